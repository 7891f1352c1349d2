"""The nbgrader course (`make nbgrader`), graded by real nbgrader.

Once per test session, with nbgrader from requirements-nbgrader.txt (`make nbgrader-venv`
installs it into .venv-nbgrader, with il2lib and nothing of the book's build: every kernel here
has il2lib and its dependencies but no myst_nb or jupytext). The chapters are shared between two
course directories, graded side by side (two cores; each has its own gradebook). In each:

1. scripts/nbgrader_course.py writes source/<chapter>/<chapter>.ipynb for every chapter with
   exercises, and nbgrader_config.py (the other course's chapters are then removed);
2. `nbgrader generate_assignment "*"` writes the release;
3. `nbgrader autograde "*"` grades four submissions of every chapter: ``solution`` (the release
   with the instructor's solutions filled in, as a student who got everything right would hand
   it in), ``blank`` (the release untouched), ``wrong`` (every computational answer replaced by
   a wrong number) and ``edited`` (wrong answers, and every locked test cell rewritten to pass),
   while `nbgrader validate` runs on every release notebook (which must fail) and on one
   chapter's solutions (which must pass);
4. `nbgrader generate_feedback` (for the wrong answers) and `nbgrader export` run on the
   result, and the grades are read from nbgrader's gradebook (scripts/nbgrader_scores.py).

About two minutes on two cores, more when other work shares them (the 20 autograded notebooks
dominate); a test fails past TIME_BOUND_S. The commands' output, their times and the score
table are kept in _build/nbgrader-test.log.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest
from test_student import solution_only_lines

from il2book import coursework
from il2lib import exercises

pytestmark = pytest.mark.nbgrader

ROOT = Path(__file__).resolve().parent.parent
BOOK = ROOT / "book"
CHAPTERS = coursework.book_exercises(BOOK, ROOT / "_toc.yml")
NBG_VENV = ROOT / ".venv-nbgrader"
LOG = ROOT / "_build" / "nbgrader-test.log"
STUDENTS = ("solution", "blank", "wrong", "edited")
QUICK = "il15" if "il15" in CHAPTERS else next(iter(CHAPTERS))  # validated with its solutions
TIME_BOUND_S = 420  # about three times what it takes on two cores that nothing else uses
TIMEOUT_S = 900
BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"
KERNEL_PROBE = ("import importlib.util, sys\n"
                "print('kernel prefix:', sys.prefix)\n"
                "print('myst_nb importable:', importlib.util.find_spec('myst_nb') is not None)\n"
                "print('jupytext importable:', importlib.util.find_spec('jupytext') is not None)")


@dataclass
class Course:
    roots: dict[str, Path]  # {chapter: the course directory that holds it}
    logs: dict[str, str]
    grades: dict  # {student: {chapter: {notebook: {grade_id: grade}}}}
    seconds: float

    def notebook(self, folder: str, chapter: str, student: str | None = None):
        parts = [folder, student, chapter] if student else [folder, chapter]
        return nbformat.read(self.roots[chapter].joinpath(*parts, f"{chapter}.ipynb"),
                             as_version=4)

    def cells(self, student: str, chapter: str) -> dict[str, dict]:
        return self.grades[student][chapter][chapter]

    def log(self, step: str) -> str:
        return "\n".join(text for name, text in self.logs.items() if name.startswith(step))


def grade_id(cell) -> str:
    return cell.metadata.get("nbgrader", {}).get("grade_id", "")


def nbgrader_cells(nb) -> dict[str, nbformat.NotebookNode]:
    return {grade_id(cell): cell for cell in nb.cells if grade_id(cell)}


def nbgrader_env() -> dict[str, str]:
    """The environment of an instructor who grades with .venv-nbgrader: its kernel, its tools."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("JUPYTER", "PYTHON", "VIRTUAL_ENV", "IPYTHON"))}
    env.update(VIRTUAL_ENV=str(NBG_VENV), PATH=f"{NBG_VENV / 'bin'}{os.pathsep}{env['PATH']}",
               JUPYTER_PATH=str(NBG_VENV / "share" / "jupyter"),
               PYDEVD_DISABLE_FILE_VALIDATION="1")
    return env


def run(cmd: list[str], cwd: Path, what: str, *, check: bool = True) -> str:
    proc = subprocess.run(cmd, cwd=cwd, env=nbgrader_env(), stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          timeout=TIMEOUT_S, check=False)
    if check:
        assert proc.returncode == 0, f"{what}: exit {proc.returncode}\n{proc.stdout[-4000:]}"
    return proc.stdout


def wrong(expected):
    """A wrong answer of the same shape: each number tripled (zero becomes one)."""
    if isinstance(expected, dict):
        return {key: wrong(value) for key, value in expected.items()}
    if isinstance(expected, list):
        return tuple(wrong(value) for value in expected)
    return 3 * expected if expected else 1.0


def solution_text(source: str) -> str:
    """An instructor's cell as a student who got it right would write it: no region markers."""
    return "\n".join(line for line in source.splitlines() if line.strip() not in (BEGIN, END))


def submissions(root: Path) -> None:
    """submitted/<student>/<chapter>/<chapter>.ipynb for the four students of every chapter."""
    store = exercises._store()
    for chapter in sorted(p.name for p in (root / "source").iterdir()):
        source = nbgrader_cells(nbformat.read(root / "source" / chapter / f"{chapter}.ipynb", 4))
        for student in STUDENTS:
            nb = nbformat.read(root / "release" / chapter / f"{chapter}.ipynb", as_version=4)
            for cell in nb.cells:
                name = grade_id(cell)
                meta = cell.metadata.get("nbgrader", {})
                if student == "solution" and meta.get("solution"):
                    cell.source = solution_text(source[name].source)
                elif student in ("wrong", "edited") and name.endswith("-answer") and (
                        cell.cell_type == "code"):
                    answer = wrong(store[name.removesuffix("-answer")]["answer"])
                    cell.source = f"answer = {answer!r}"
                if student == "edited" and name.endswith("-check"):
                    cell.source = 'print("correct")'
            if student == "wrong":
                nb.cells.append(nbformat.v4.new_code_cell(KERNEL_PROBE))
            path = root / "submitted" / student / chapter / f"{chapter}.ipynb"
            path.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, path)


def score_table(grades: dict) -> str:
    rows = ["chapter | " + " | ".join(STUDENTS) + "   (autograded points / maximum)"]
    for chapter in CHAPTERS:
        cells = [grades[student][chapter][chapter] for student in STUDENTS]
        shown = []
        for found in cells:
            checks = [g for name, g in found.items() if name.endswith("-check")]
            shown.append(f"{sum(g['score'] for g in checks):g}/"
                         f"{sum(g['max_score'] for g in checks):g}")
        rows.append(f"{chapter} | " + " | ".join(shown))
    return "\n".join(rows)


def run_together(steps: dict[str, tuple[list[str], Path]], logs: dict, times: dict,
                 env: dict[str, str] | None = None) -> None:
    """Run the commands of ``steps`` ({name: (command, folder)}) side by side; all must pass.

    Each one's time in ``times`` is that of the whole group (they share the two cores).
    """
    began = time.monotonic()
    procs = {name: subprocess.Popen(cmd, cwd=cwd, env=env or nbgrader_env(),
                                    stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT, text=True)
             for name, (cmd, cwd) in steps.items()}
    try:
        for name, proc in procs.items():
            logs[name] = proc.communicate(timeout=TIMEOUT_S)[0]
            times[name] = time.monotonic() - began
            assert proc.returncode == 0, f"{name}: exit {proc.returncode}\n{logs[name][-4000:]}"
    finally:
        for proc in procs.values():
            if proc.poll() is None:
                proc.kill()


@pytest.fixture(scope="session")
def course(tmp_path_factory: pytest.TempPathFactory) -> Course:
    venv = subprocess.run(["make", "--no-print-directory", "nbgrader-venv"], cwd=ROOT,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False)
    assert venv.returncode == 0, f"`make nbgrader-venv` failed:\n{venv.stdout}\n{venv.stderr}"
    start = time.monotonic()
    base = tmp_path_factory.mktemp("nbgrader")
    chapters = list(CHAPTERS)
    halves = {"course-a": chapters[0::2], "course-b": chapters[1::2]}
    roots = {chapter: base / name for name, half in halves.items() for chapter in half}
    logs, times = {}, {}
    nbgrader = str(NBG_VENV / "bin" / "nbgrader")
    began = time.monotonic()
    logs["make nbgrader"] = run([sys.executable, str(ROOT / "scripts" / "nbgrader_course.py"),
                                 "--out", str(base / "course-a")], ROOT, "nbgrader_course.py")
    shutil.copytree(base / "course-a", base / "course-b")
    for name, half in halves.items():
        for other in set(chapters) - set(half):
            shutil.rmtree(base / name / "source" / other)
    times["make nbgrader"] = time.monotonic() - began
    run_together({f"generate_assignment {name}": ([nbgrader, "generate_assignment", "*"],
                                                  base / name) for name in halves}, logs, times)
    for name in halves:
        submissions(base / name)
    # validate needs no gradebook: it runs beside the two autogrades. Unbuffered, so that each
    # verdict follows its "Validating" line.
    notebooks = [str(roots[c] / "release" / c / f"{c}.ipynb") for c in chapters]
    notebooks.append(str(roots[QUICK] / "source" / QUICK / f"{QUICK}.ipynb"))
    steps = {f"autograde {name}": ([nbgrader, "autograde", "*"], base / name) for name in halves}
    steps["validate"] = ([nbgrader, "validate", *notebooks], base / "course-a")
    run_together(steps, logs, times, env={**nbgrader_env(), "PYTHONUNBUFFERED": "1"})
    run_together({f"generate_feedback {name}": (
        [nbgrader, "generate_feedback", "*", "--student=wrong"], base / name) for name in halves},
        logs, times)
    run_together({f"export {name}": ([nbgrader, "export"], base / name) for name in halves},
                 logs, times)
    run_together({f"scores {name}": ([str(NBG_VENV / "bin" / "python"),
                                      str(ROOT / "scripts" / "nbgrader_scores.py"),
                                      str(base / name)], base) for name in halves}, logs, times)
    grades: dict = {}
    for name in halves:
        text = logs[f"scores {name}"]
        for student, found in json.loads(text[text.index("{"):]).items():
            grades.setdefault(student, {}).update(found)
    seconds = time.monotonic() - start
    LOG.parent.mkdir(parents=True, exist_ok=True)
    LOG.write_text("".join(f"==== {name} ({times[name]:.0f} s)\n{text}\n"
                           for name, text in logs.items())
                   + f"==== scores, {seconds:.0f} s in all\n{score_table(grades)}\n",
                   encoding="utf-8")
    return Course(roots, logs, grades, seconds)


# ---- the course as written -------------------------------------------------------------------


def test_make_nbgrader_writes_a_source_notebook_per_chapter_and_the_config(course):
    roots = set(course.roots.values())
    written = [p.parent.name for root in roots for p in root.glob("source/*/*.ipynb")]
    assert sorted(written) == sorted(CHAPTERS)
    for chapter, root in course.roots.items():
        assert (root / "release" / chapter / f"{chapter}.ipynb").is_file()
    config = (next(iter(roots)) / "nbgrader_config.py").read_text(encoding="utf-8")
    assert "c.CourseDirectory.root = os.path.dirname(os.path.abspath(__file__))" in config
    assert "ClearSolutions.code_stub" in config
    assert str(ROOT) not in config


def test_every_exercise_has_its_nbgrader_cells(course):
    for chapter, found in CHAPTERS.items():
        cells = nbgrader_cells(course.notebook("source", chapter))
        for exercise in found:
            answer = cells[f"{exercise.id}-answer"].metadata["nbgrader"]
            assert answer["solution"] and answer["schema_version"] == 3
            if exercise.checked:
                assert cells[f"{exercise.id}-answer"].cell_type == "code" and not answer["grade"]
                check = cells[f"{exercise.id}-check"]
                assert check.metadata["nbgrader"]["grade"] and check.metadata["nbgrader"]["locked"]
                assert not check.metadata["nbgrader"]["solution"]
                assert f'assert_correct("{exercise.id}", answer)' in check.source
            else:
                assert cells[f"{exercise.id}-answer"].cell_type == "markdown" and answer["grade"]
        assert len(cells) == len({*cells}), f"{chapter}: duplicate grade ids"


def test_no_notebook_of_the_course_needs_myst_nb(course):
    for folder in ("source", "release"):
        for chapter in CHAPTERS:
            text = "\n".join(c.source for c in course.notebook(folder, chapter).cells
                             if c.cell_type == "code")
            assert not re.search(r"^\s*(from|import) myst_nb", text, re.M), f"{folder}/{chapter}"
            assert "def glue(" in text, f"{folder}/{chapter}"


def test_release_keeps_the_hint_lines_and_no_solution(course):
    for chapter in CHAPTERS:
        source = "\n".join(c.source for c in course.notebook("source", chapter).cells)
        release = "\n".join(c.source for c in course.notebook("release", chapter).cells)
        assert BEGIN in source and BEGIN not in release and END not in release
        hints = re.findall(r"^answer = \.\.\.  # .+$", (BOOK / f"{chapter}.md").read_text(), re.M)
        assert hints and all(hint in release for hint in hints), chapter
        for line in solution_only_lines(chapter):
            assert line not in release, f"{chapter}: solution text in the release: {line}"
        for exercise in CHAPTERS[chapter]:
            if exercise.checked:
                cell = nbgrader_cells(course.notebook("release", chapter))[f"{exercise.id}-answer"]
                assert cell.source.splitlines()[0].startswith("answer = ...  # ")
                assert "NotImplementedError" not in cell.source


# ---- validate, autograde, feedback ------------------------------------------------------------


def validation(course: Course) -> dict[str, str]:
    """{notebook path: what `nbgrader validate` said about it}."""
    parts = re.split(r"^\[ValidateApp \| INFO\] Validating '([^']+)'$", course.logs["validate"],
                     flags=re.M)
    return {"/".join(Path(path).parts[-3:]): said
            for path, said in zip(parts[1::2], parts[2::2], strict=True)}


def test_validate_passes_the_solutions_and_fails_the_blank_release(course):
    said = validation(course)
    assert "Success! Your notebook passes all the tests." in said[f"source/{QUICK}/{QUICK}.ipynb"]
    for chapter in CHAPTERS:
        blank = said[f"release/{chapter}/{chapter}.ipynb"]
        graded = [c for c in nbgrader_cells(course.notebook("release", chapter)).values()
                  if c.metadata["nbgrader"]["grade"]]  # every check and every written answer
        assert f"VALIDATION FAILED ON {len(graded)} CELL(S)!" in blank, f"{chapter}:\n{blank}"
        for exercise in CHAPTERS[chapter]:
            if exercise.checked:
                assert f"AssertionError: {exercise.id}: not answered yet" in blank


def test_solution_gets_full_marks_and_its_written_answers_wait_for_a_grader(course):
    for chapter in CHAPTERS:
        for name, grade in course.cells("solution", chapter).items():
            if name.endswith("-check"):
                assert grade["auto_score"] == grade["max_score"] == 1, f"{chapter}: {name}"
            else:
                assert grade["needs_manual_grade"] and grade["auto_score"] is None, name


def test_untouched_release_gets_zero(course):
    for chapter in CHAPTERS:
        cells = course.cells("blank", chapter)
        graded = {name for name, cell in nbgrader_cells(course.notebook("source", chapter)).items()
                  if cell.metadata["nbgrader"]["grade"]}
        assert set(cells) == graded, chapter
        for name, grade in cells.items():
            assert grade["score"] == 0 and not grade["needs_manual_grade"], f"{chapter}: {name}"


def test_wrong_answers_get_zero_on_every_checked_cell(course):
    for chapter in CHAPTERS:
        checks = {n: g for n, g in course.cells("wrong", chapter).items() if n.endswith("-check")}
        assert len(checks) == sum(e.checked for e in CHAPTERS[chapter])
        assert all(g["score"] == 0 for g in checks.values()), (chapter, checks)


def test_edited_test_cells_are_restored_and_get_zero(course):
    for chapter in CHAPTERS:
        release = nbgrader_cells(course.notebook("release", chapter))
        graded = nbgrader_cells(course.notebook("autograded", chapter, "edited"))
        submitted = nbgrader_cells(course.notebook("submitted", chapter, "edited"))
        for name, cell in graded.items():
            if name.endswith("-check"):
                assert submitted[name].source == 'print("correct")'
                assert cell.source == release[name].source, f"{chapter}: {name} not restored"
                assert course.cells("edited", chapter)[name]["score"] == 0


def test_test_cells_print_the_students_feedback_and_show_no_value(course):
    assert "cannot be converted to a float" not in course.log("autograde")
    for chapter in CHAPTERS:
        for student in ("solution", "wrong"):
            nb = course.notebook("autograded", chapter, student)
            for name, cell in nbgrader_cells(nb).items():
                if not name.endswith("-check"):
                    continue
                assert not [o for o in cell.outputs if o.output_type == "execute_result"]
                text = "".join(o.get("text", "") for o in cell.outputs)
                if student == "solution":
                    assert text == f"{name.removesuffix('-check')}: correct.\n"
                else:
                    assert "too high" in text or "wrong units" in text, (name, text)
                    assert any(o.output_type == "error" for o in cell.outputs)


def test_grading_kernel_has_il2lib_but_not_the_book_build(course):
    for chapter in CHAPTERS:
        probe = course.notebook("autograded", chapter, "wrong").cells[-1]
        text = "".join(o.get("text", "") for o in probe.outputs)
        assert f"kernel prefix: {NBG_VENV}" in text, text
        assert "myst_nb importable: False" in text and "jupytext importable: False" in text


def test_feedback_and_export(course):
    for chapter in CHAPTERS:
        page = course.roots[chapter] / "feedback" / "wrong" / chapter / f"{chapter}.html"
        assert "too high" in page.read_text(encoding="utf-8") or "wrong units" in page.read_text(
            encoding="utf-8")
    rows = []
    for root in set(course.roots.values()):
        with open(root / "grades.csv", encoding="utf-8") as handle:
            rows += list(csv.DictReader(handle))
    assert {(r["assignment"], r["student_id"]) for r in rows} == {
        (chapter, student) for chapter in CHAPTERS for student in STUDENTS}
    for row in rows:
        expected = sum(e.checked for e in CHAPTERS[row["assignment"]])
        assert float(row["score"]) == (expected if row["student_id"] == "solution" else 0), row


def test_the_nbgrader_test_stays_within_its_time(course):
    assert course.seconds < TIME_BOUND_S, f"the nbgrader course took {course.seconds:.0f} s"
