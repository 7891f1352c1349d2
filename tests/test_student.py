"""Student notebooks, answer keys and the site without solutions.

`notebooks` tests write every chapter's student notebook and answer key (as `make student` does)
into a temporary folder and run each top to bottom in a fresh kernel from that folder (a few
seconds per notebook). `build` tests build the site without solutions as `make book-student`
does (about half a minute with a warm execution cache).
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from il2book import coursework

ROOT = Path(__file__).resolve().parent.parent
BOOK = ROOT / "book"
CHAPTERS = coursework.book_exercises(BOOK, ROOT / "_toc.yml")
STUDENT_SITE = ROOT / "_build" / "html-student"
LOG = ROOT / "_build" / "book-student-build.log"


def source(chapter: str) -> str:
    return (BOOK / f"{chapter}.md").read_text(encoding="utf-8")


def normalise(text: str) -> str:
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\xa0": " "}))
    return re.sub(r"\s+", " ", text).strip()


CELL_METADATA = re.compile(r"^(```\{code-cell\}[^\n]*\n)---\n.*?^---\n", re.M | re.S)


def solution_only_lines(chapter: str) -> list[str]:
    """Lines of the chapter's solutions that appear nowhere else in the chapter.

    A code cell's YAML options (figure captions, alt text) become cell metadata in a notebook,
    not source, so they are left out.
    """
    text = CELL_METADATA.sub(r"\1", source(chapter))
    elsewhere = normalise(coursework.strip_solutions(text))
    return [line for line in coursework.block_lines(text, "solution")
            if len(line) >= 30 and normalise(line) not in elsewhere]


def plain(lines: list[str]) -> list[str]:
    """Lines without markup that changes when rendered (roles, math, emphasis)."""
    return [normalise(line) for line in lines if not re.search(r"[{}$`*\\]", line)]


def check_calls(nb) -> dict[str, dict]:
    """Per exercise id, the check cell of a notebook."""
    found = {}
    for cell in nb.cells:
        call = coursework.CHECK_CALL.search(cell.source) if cell.cell_type == "code" else None
        if call:
            assert call["id"] not in found, f"two check cells for {call['id']}"
            found[call["id"]] = cell
    return found


def cell_text(cell) -> str:
    texts = []
    for output in cell.get("outputs", []):
        if output["output_type"] == "stream":
            texts.append(output["text"])
        elif "data" in output:
            texts.append(output["data"].get("text/plain", ""))
    return "".join(texts)


def test_every_chapter_with_exercises_has_solution_text_to_hide():
    assert CHAPTERS, "no chapter with exercises in _toc.yml"
    for chapter in CHAPTERS:
        assert solution_only_lines(chapter), chapter


# ---- notebooks -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def notebooks(tmp_path_factory) -> dict[tuple[str, str], nbformat.NotebookNode]:
    """{(kind, chapter): executed notebook}, kind "student" or "answer-key"."""
    out = tmp_path_factory.mktemp("course")
    paths = coursework.write_notebooks(BOOK, out, ROOT / "_toc.yml")
    executed = {}
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        executed[(path.parent.name, path.stem)] = coursework.run_notebook(nb, path.parent)
    return executed


@pytest.mark.notebooks
def test_make_student_writes_both_notebooks_of_every_chapter(notebooks):
    assert set(notebooks) == {(kind, chapter) for chapter in CHAPTERS
                              for kind in ("student", "answer-key")}


@pytest.mark.notebooks
def test_notebooks_ran_top_to_bottom_without_errors_or_stderr(notebooks):
    for (kind, chapter), nb in notebooks.items():
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            assert isinstance(cell.execution_count, int), f"{kind}/{chapter} cell {index}"
            for output in cell.outputs:
                assert output["output_type"] != "error", f"{kind}/{chapter} cell {index}"
                assert output.get("name") != "stderr", f"{kind}/{chapter} cell {index} stderr"


@pytest.mark.notebooks
def test_student_notebooks_contain_no_solution_text(notebooks):
    for chapter in CHAPTERS:
        student = "\n".join(c.source for c in notebooks[("student", chapter)].cells)
        key = "\n".join(c.source for c in notebooks[("answer-key", chapter)].cells)
        assert not re.search(r"\{solution(-start|-end)?\}", student), chapter
        for line in solution_only_lines(chapter):
            assert line not in student, f"{chapter}: solution text in student notebook: {line}"
            assert line in key, f"{chapter}: answer key lacks solution text: {line}"


@pytest.mark.notebooks
def test_every_check_passes_on_the_answer_key(notebooks):
    for chapter, exercises in CHAPTERS.items():
        calls = check_calls(notebooks[("answer-key", chapter)])
        assert sorted(calls) == sorted(e.id for e in exercises if e.checked)
        for exercise_id, cell in calls.items():
            out = cell_text(cell)
            assert f"{exercise_id}: correct." in out and out.rstrip().endswith("True"), (
                f"{exercise_id}: the answer key's answer does not pass its check "
                f"(run `make answers`?):\n{out}"
            )


@pytest.mark.notebooks
def test_every_check_fails_without_error_on_the_unanswered_student_notebook(notebooks):
    for chapter, exercises in CHAPTERS.items():
        nb = notebooks[("student", chapter)]
        calls = check_calls(nb)
        assert sorted(calls) == sorted(e.id for e in exercises if e.checked)
        for exercise_id, cell in calls.items():
            out = cell_text(cell)
            assert f"{exercise_id}: not answered yet" in out and out.rstrip().endswith("False")


@pytest.mark.notebooks
def test_notebooks_are_plain_and_need_no_myst_nb(notebooks):
    """No nbgrader metadata (`make nbgrader` writes the nbgrader course) and no myst_nb import."""
    for (kind, chapter), nb in notebooks.items():
        assert not [c for c in nb.cells if "nbgrader" in c.metadata], f"{kind}/{chapter}"
        code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
        assert not re.search(r"^\s*(from|import) myst_nb", code, re.M), f"{kind}/{chapter}"


# ---- the site without solutions ------------------------------------------------------------


@pytest.fixture(scope="module")
def student_site(vendored) -> Path:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_student_site.py")],
        cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, timeout=3000, check=False,
    )  # fmt: skip
    LOG.parent.mkdir(parents=True, exist_ok=True)
    LOG.write_text(proc.stdout, encoding="utf-8")
    tail = "\n".join(proc.stdout.splitlines()[-40:])
    assert proc.returncode == 0, f"`make book-student` failed (log: {LOG}):\n{tail}"
    return STUDENT_SITE


def page_text(page: Path) -> str:
    body = page.read_text(encoding="utf-8")
    body = re.sub(r"<(script|style)\b.*?</\1>", "", body, flags=re.DOTALL)
    return normalise(html.unescape(re.sub(r"<[^>]+>", "", body)))


@pytest.mark.build
def test_student_site_has_every_page(student_site):
    for docname in coursework.toc_files(ROOT / "_toc.yml"):
        assert (student_site / f"{docname}.html").is_file(), docname


@pytest.mark.build
def test_student_site_contains_no_solution_text(student_site):
    for chapter in CHAPTERS:
        page = student_site / f"{chapter}.html"
        raw = page.read_text(encoding="utf-8")
        assert not re.search(r'class="[^"]*\bsolution\b', raw), f"{chapter}: solution element"
        text = page_text(page)
        for line in plain(solution_only_lines(chapter)):
            assert line not in text, f"{chapter}: solution text on the page: {line}"
        exercise_text = plain(coursework.block_lines(source(chapter), "exercise"))
        assert exercise_text and all(line in text for line in exercise_text), (
            f"{chapter}: exercise text missing from the page"
        )
        for exercise in CHAPTERS[chapter]:
            assert f'id="{exercise.label}"' in raw, f"{chapter}: {exercise.label} missing"
