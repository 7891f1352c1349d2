"""The book's exercises as course material: find them, strip solutions, write notebooks.

Reads the MyST Markdown chapters listed in ``_toc.yml``. An exercise is a sphinx-exercise
``exercise`` directive or a gated ``exercise-start``/``exercise-end`` pair, labelled
``ex-<chapter>-<slug>``; its id is the label without ``ex-``. A *checked* exercise holds a starter
code cell that calls ``check("<id>", answer)``; its gated solution's code ends by assigning
``answer``. Used by ``make student`` (scripts/student_notebooks.py), ``make nbgrader``
(scripts/nbgrader_course.py), ``make answers`` (scripts/record_answers.py), ``make book-student``
(scripts/build_student_site.py) and the instructors' guide.

Examples
--------
>>> text = '''```{exercise}
... :label: ex-demo-one
...
... What is IL-2?
... ```
...
... ```{solution} ex-demo-one
... :class: dropdown
...
... A cytokine.
... ```
... '''
>>> [e.label for e in find_exercises(text, "demo")]
['ex-demo-one']
>>> "cytokine" in strip_solutions(text)
False
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

DIRECTIVE = re.compile(r"^(?P<fence>`{3,}|:{3,})\{(?P<name>[\w-]+)\}\s*(?P<arg>.*?)\s*$")
CHECK_CALL = re.compile(r"""^\s*check\(\s*["'](?P<id>[\w-]+)["']\s*,\s*answer\s*\)\s*$""", re.M)
ASSIGNS_ANSWER = re.compile(r"^answer\s*=", re.M)
EXERCISE_METADATA = "exercises.yml"

GLUE_IMPORT = re.compile(r"^from myst_nb import glue[ \t]*\n?", re.M)
GLUE_STANDIN = '''

def glue(name, value, display=True):
    """Stand-in for myst_nb.glue, which puts `value` into the book's text at {glue:text}`name`."""
    if display:
        from IPython.display import display as show

        show(value)'''


@dataclass(frozen=True)
class Exercise:
    """One exercise of a chapter.

    Attributes
    ----------
    label : str
        Its label, ``ex-<chapter>-<slug>``.
    chapter : str
        The chapter's docname (its file name in book/ without ``.md``).
    checked : bool
        Whether the exercise holds a starter cell that calls ``check``.
    computes_answer : bool
        Whether its solution's code assigns ``answer`` (a computational exercise).
    """

    label: str
    chapter: str
    checked: bool
    computes_answer: bool

    @property
    def id(self) -> str:
        """The id ``check`` takes: the label without ``ex-``."""
        return self.label.removeprefix("ex-")


def _closing(lines: list[str], start: int, fence: str) -> int:
    """Index of the line that closes the directive or code cell opened at ``start``."""
    closer = re.compile(rf"^{re.escape(fence[0])}{{{len(fence)},}}\s*$")
    for index in range(start + 1, len(lines)):
        if closer.match(lines[index]):
            return index
    raise ValueError(f"unclosed {fence} block opened on line {start + 1}: {lines[start]!r}")


def _label(lines: list[str], start: int) -> str | None:
    """The ``:label:`` option of the directive opened at ``start``."""
    for line in lines[start + 1:]:
        match = re.match(r"^:label:\s*(\S+)", line)
        if match:
            return match.group(1)
        if not line.startswith(":"):
            return None
    return None


def _blocks(lines: list[str]):
    """Yield (kind, label, first, last) for exercises, solutions and code cells.

    ``kind`` is "exercise", "solution" or "code"; gated pairs span from the start directive to
    the closing fence of the end directive; ``label`` is the exercise label (None for code).
    """
    index = 0
    while index < len(lines):
        match = DIRECTIVE.match(lines[index])
        if not match:
            index += 1
            continue
        name, fence = match["name"], match["fence"]
        if name in ("exercise", "solution", "exercise-start", "solution-start"):
            label = _label(lines, index) if name.startswith("exercise") else match["arg"]
            kind = name.split("-")[0]
            if name.endswith("-start"):
                end = index
                while True:
                    end += 1
                    if end >= len(lines):
                        raise ValueError(f"{name} on line {index + 1} has no {kind}-end")
                    end_match = DIRECTIVE.match(lines[end])
                    if end_match and end_match["name"] == f"{kind}-end":
                        break
                last = _closing(lines, end, end_match["fence"])
                # Code cells inside a gated block are reported too.
                yield kind, label, index, last
                index += 1
                continue
            last = _closing(lines, index, fence)
            yield kind, label, index, last
            index = last + 1
        elif name == "code-cell":
            last = _closing(lines, index, fence)
            yield "code", None, index, last
            index = last + 1
        else:
            index += 1


def find_exercises(text: str, chapter: str) -> list[Exercise]:
    """The exercises of a MyST chapter, in order.

    Raises ``ValueError`` if a starter cell's ``check`` id does not match its exercise's label.

    Examples
    --------
    >>> find_exercises("no exercises here", "demo")
    []
    """
    lines = text.splitlines()
    blocks = list(_blocks(lines))
    codes = [(first, last) for kind, _, first, last in blocks if kind == "code"]
    exercises: dict[str, dict] = {}
    for kind, label, first, last in blocks:
        if kind == "code":
            continue
        if not label:
            raise ValueError(f"{chapter}: {kind} on line {first + 1} has no label")
        inside = [
            "\n".join(lines[a + 1:b]) for a, b in codes if first < a and b < last
        ]
        entry = exercises.setdefault(label, {"checked": False, "computes": False})
        if kind == "exercise":
            for source in inside:
                for call in CHECK_CALL.finditer(source):
                    if call["id"] != label.removeprefix("ex-"):
                        raise ValueError(
                            f"{chapter}: exercise {label} calls check({call['id']!r}, ...); "
                            f"its id is {label.removeprefix('ex-')!r}"
                        )
                    entry["checked"] = True
        else:
            entry["computes"] = any(ASSIGNS_ANSWER.search(source) for source in inside)
    return [
        Exercise(label, chapter, entry["checked"], entry["computes"])
        for label, entry in exercises.items()
    ]


def has_solutions(text: str) -> bool:
    """Whether ``text`` holds a ``solution`` directive or a gated solution.

    Examples
    --------
    >>> has_solutions("```{solution} ex-a\\nText.\\n```\\n"), has_solutions("Text.")
    (True, False)
    """
    return any(kind == "solution" for kind, *_ in _blocks(text.splitlines()))


def block_lines(text: str, kind: str) -> list[str]:
    """The content lines of every ``kind`` block ("exercise" or "solution"), stripped.

    Directive fences and options and blank lines are left out; what remains is the text and code
    a reader sees. Used to check that no solution text is left in student material.

    Examples
    --------
    >>> block_lines("```{solution} ex-a\\n:class: dropdown\\n\\nA cytokine.\\n```\\n", "solution")
    ['A cytokine.']
    """
    lines = text.splitlines()
    content = []
    for block_kind, _, first, last in _blocks(lines):
        if block_kind != kind:
            continue
        for line in lines[first + 1:last]:
            stripped = line.strip()
            markup = DIRECTIVE.match(stripped) or re.match(r"^(`{3,}|:{3,})$|^:\w+:", stripped)
            if stripped and not markup:
                content.append(stripped)
    return content


def strip_solutions(text: str) -> str:
    """``text`` without any ``solution`` directive or gated solution (with its code cells).

    Examples
    --------
    >>> strip_solutions("before\\n````{solution-start} ex-a\\n````\\nsecret\\n"
    ...                 "````{solution-end}\\n````\\nafter\\n")
    'before\\nafter\\n'
    """
    lines = text.splitlines()
    drop: set[int] = set()
    for kind, _, first, last in _blocks(lines):
        if kind == "solution":
            drop.update(range(first, last + 1))
    kept = "\n".join(line for index, line in enumerate(lines) if index not in drop)
    return re.sub(r"\n{3,}", "\n\n", kept).strip("\n") + "\n"


def answer_key_text(text: str, chapter: str) -> str:
    """``text`` for the answer key: starter cells removed, a ``check`` cell ending each solution.

    Examples
    --------
    >>> source = ("````{exercise-start}\\n:label: ex-d-x\\n````\\n```{code-cell} ipython3\\n"
    ...           "answer = ...\\ncheck(\\"d-x\\", answer)\\n```\\n````{exercise-end}\\n````\\n"
    ...           "````{solution-start} ex-d-x\\n````\\n```{code-cell} ipython3\\n"
    ...           "answer = 2\\n```\\n````{solution-end}\\n````\\n")
    >>> print(answer_key_text(source, "d"))  # doctest: +NORMALIZE_WHITESPACE
    ````{exercise-start}
    :label: ex-d-x
    ````
    ````{exercise-end}
    ````
    ````{solution-start} ex-d-x
    ````
    ```{code-cell} ipython3
    answer = 2
    ```
    ```{code-cell} ipython3
    check("d-x", answer)
    ```
    ````{solution-end}
    ````
    """
    checked = {e.label for e in find_exercises(text, chapter) if e.checked}
    lines = text.splitlines()
    blocks = list(_blocks(lines))
    drop: set[int] = set()
    insert: dict[int, list[str]] = {}
    for kind, label, first, last in blocks:
        if label not in checked:
            continue
        if kind == "exercise":
            for code_kind, _, a, b in blocks:
                if code_kind == "code" and first < a and b < last:
                    if CHECK_CALL.search("\n".join(lines[a + 1:b])):
                        drop.update(range(a, b + 1))
        elif kind == "solution":
            end = max(i for i in range(first, last + 1)
                      if (m := DIRECTIVE.match(lines[i])) and m["name"] == "solution-end")
            exercise_id = label.removeprefix("ex-")
            insert[end] = ["```{code-cell} ipython3", f'check("{exercise_id}", answer)', "```",
                           ""]
    out: list[str] = []
    for index, line in enumerate(lines):
        out += insert.get(index, [])
        if index not in drop:
            out.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n") + "\n"


# ---- the book ---------------------------------------------------------------------------------


def toc_files(toc_path: Path) -> list[str]:
    """Every ``file`` entry of a Jupyter Book ``_toc.yml``, in order, without extension.

    Examples
    --------
    >>> toc_files(Path(__file__).parent.parent / "_toc.yml")[:2]
    ['intro', 'receptors']
    """
    import yaml

    toc = yaml.safe_load(Path(toc_path).read_text(encoding="utf-8"))
    names = [toc["root"]]

    def walk(entries) -> None:
        for entry in entries or []:
            if "file" in entry:
                names.append(str(entry["file"]))
            for key in ("sections", "chapters", "parts"):
                walk(entry.get(key))

    for key in ("parts", "chapters", "sections"):
        walk(toc.get(key))
    return [re.sub(r"\.(md|ipynb)$", "", name) for name in names]


def book_exercises(book_dir: Path, toc_path: Path | None = None) -> dict[str, list[Exercise]]:
    """Every chapter in the table of contents that has exercises, with its exercises.

    ``toc_path`` defaults to ``_toc.yml`` next to ``book_dir``.

    Examples
    --------
    >>> book = Path(__file__).parent.parent / "book"
    >>> [e.id for e in book_exercises(book)["receptors"]][:2]
    ['receptors-alpha', 'receptors-cd25']
    """
    book_dir = Path(book_dir).resolve()
    toc_path = Path(toc_path) if toc_path else book_dir.parent / "_toc.yml"
    chapters = {}
    for name in toc_files(toc_path):
        source = book_dir / f"{name}.md"
        if not source.exists():
            continue
        found = find_exercises(source.read_text(encoding="utf-8"), name)
        if found:
            chapters[name] = found
    return chapters


def exercise_metadata(book_dir: Path) -> dict[str, dict[str, dict]]:
    """book/exercises.yml: per chapter, per exercise label, difficulty, minutes and tolerance.

    Examples
    --------
    >>> meta = exercise_metadata(Path(__file__).parent.parent / "book")
    >>> sorted(meta["receptors"]["ex-receptors-alpha"])
    ['difficulty', 'minutes']
    """
    import yaml

    return yaml.safe_load((Path(book_dir) / EXERCISE_METADATA).read_text(encoding="utf-8")) or {}


def exercise_table(book_dir: Path, toc_path: Path | None = None) -> str:
    """The instructors' table of every exercise, as MyST Markdown.

    Examples
    --------
    >>> table = exercise_table(Path(__file__).parent.parent / "book")
    >>> table.splitlines()[0].startswith("| chapter")
    True
    """
    meta = exercise_metadata(book_dir)
    stars = {1: "★", 2: "★★", 3: "★★★"}
    rows = ["| chapter | exercise | kind | answer check | difficulty | time (min) |",
            "|---|---|---|---|---|---|"]
    for chapter, exercises in book_exercises(book_dir, toc_path).items():
        for exercise in exercises:
            entry = meta.get(chapter, {}).get(exercise.label, {})
            kind = "computation" if exercise.computes_answer else "discussion"
            checked = f'`"{exercise.id}"`' if exercise.checked else "—"
            rows.append(
                f"| {{doc}}`{chapter}` | {{ref}}`{exercise.label}` | {kind} | {checked} | "
                f"{stars.get(entry.get('difficulty'), '?')} | {entry.get('minutes', '?')} |"
            )
    return "\n".join(rows)


# ---- notebooks -----------------------------------------------------------------------------


def plain_exercise_headings(text: str) -> str:
    """Replace exercise and solution directives by Markdown headings, keeping their content.

    Notebooks are read in JupyterLab, which does not render sphinx-exercise directives.

    Examples
    --------
    >>> print(plain_exercise_headings("```{exercise}\\n:label: ex-a-b\\n\\nWhy?\\n```\\n"))
    ### Exercise `a-b`
    <BLANKLINE>
    Why?
    <BLANKLINE>
    """
    lines = text.splitlines()
    replace: dict[int, str | None] = {}
    for kind, label, first, last in _blocks(lines):
        if kind == "code":
            continue
        title = f"### {kind.capitalize()} `{(label or '').removeprefix('ex-')}`"
        options = first + 1
        while options < len(lines) and re.match(r"^:\w[\w-]*:", lines[options]):
            replace[options] = None
            options += 1
        replace[first] = title
        if DIRECTIVE.match(lines[first])["name"].endswith("-start"):
            replace[_closing(lines, first, DIRECTIVE.match(lines[first])["fence"])] = None
            end = next(i for i in range(first + 1, last + 1)
                       if (m := DIRECTIVE.match(lines[i])) and m["name"] == f"{kind}-end")
            replace.update({i: None for i in range(end, last + 1)})
        else:
            replace[last] = None
    out = [replace.get(i, line) for i, line in enumerate(lines)]
    kept = "\n".join(line for line in out if line is not None)
    return re.sub(r"\n{3,}", "\n\n", kept).strip("\n") + "\n"




def without_myst_nb(nb) -> None:
    """Replace ``from myst_nb import glue`` by a stand-in (in place), so that il2lib suffices.

    In the book, ``glue`` puts computed values into the text; a notebook shows the
    ``{glue:text}`` roles as markup anyway, so outside the book ``glue`` only displays what it
    would display there.

    Examples
    --------
    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
    ...     "import numpy as np\\nfrom myst_nb import glue\\nimport il2lib")])
    >>> without_myst_nb(nb)
    >>> "myst_nb import" in nb.cells[0].source, "def glue(" in nb.cells[0].source
    (False, True)
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
    ...     "from myst_nb import glue\\nglue('x', 1, display=False)")])
    >>> without_myst_nb(nb)
    >>> exec(nb.cells[0].source)
    """
    for cell in nb.cells:
        if cell.cell_type == "code" and GLUE_IMPORT.search(cell.source):
            # The stand-in goes where the import was: the same cell may call glue below it.
            cell.source = GLUE_IMPORT.sub(GLUE_STANDIN.strip("\n") + "\n\n\n", cell.source,
                                          count=1).rstrip("\n")


def _split_check_cells(nb, exercise_ids: set[str]) -> None:
    """Split each starter cell into the student's cell and a ``check`` cell (in place)."""
    import nbformat

    cells = []
    for cell in nb.cells:
        call = CHECK_CALL.search(cell.source) if cell.cell_type == "code" else None
        if not call or call["id"] not in exercise_ids:
            cells.append(cell)
            continue
        starter = CHECK_CALL.sub("", cell.source).strip("\n")
        if starter:
            cell.source = starter
            cell.metadata.pop("tags", None)
            cells.append(cell)
        cells.append(nbformat.v4.new_code_cell(call.group(0).strip()))
    nb.cells = cells


def notebook(text: str, chapter: str, *, answer_key: bool):
    """The student notebook (``answer_key=False``) or answer key of a MyST chapter.

    The student notebook has no solutions; each starter cell becomes the cell the student fills
    in, followed by a cell calling ``check``. The answer key keeps the solutions, drops
    the starter cells and calls ``check`` after each solution. Both need only il2lib (and
    IPython) to run: ``myst_nb.glue`` is replaced by a stand-in (:func:`without_myst_nb`). For
    nbgrader, ``make nbgrader`` writes a course of its own (scripts/nbgrader_course.py).

    Examples
    --------
    >>> nb = notebook("# Title\\n\\nText.\\n", "demo", answer_key=False)
    >>> [cell.cell_type for cell in nb.cells]
    ['markdown', 'markdown']
    """
    import jupytext

    exercises = find_exercises(text, chapter)
    checked = {e.id for e in exercises if e.checked}
    source = answer_key_text(text, chapter) if answer_key else strip_solutions(text)
    nb = jupytext.reads(plain_exercise_headings(source), fmt="myst")
    _split_check_cells(nb, checked)
    without_myst_nb(nb)
    for cell in nb.cells:
        cell.pop("id", None)
    import nbformat

    what = ("Answer key: the chapter with its exercises' solutions" if answer_key
            else "Student notebook: the chapter with its exercises, without solutions")
    how = ("Each solution ends by calling `check`, which confirms the stored answer."
           if answer_key else
           "In each exercise with a `check` cell, compute the quantity it asks for, replace "
           "`...` in `answer = ...` with your result and run the `check` cell below it.")
    note = nbformat.v4.new_markdown_cell(f"*{what}. {how} Run the cells from the top.*")
    nb.cells.insert(0, note)
    nb.metadata.pop("jupytext", None)
    nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python",
                                 "name": "python3"}
    nb.nbformat, nb.nbformat_minor = 4, max(5, nb.get("nbformat_minor", 5))
    for index, cell in enumerate(nb.cells):
        cell["id"] = f"{chapter}-{index}"
    return nb


def write_notebooks(book_dir: Path, out_dir: Path, toc_path: Path | None = None) -> list[Path]:
    """Write ``<out_dir>/student/<chapter>.ipynb`` and ``<out_dir>/answer-key/<chapter>.ipynb``.

    One of each for every chapter in the table of contents that has exercises; returns the paths.
    """
    import nbformat

    written = []
    for chapter in book_exercises(book_dir, toc_path):
        text = (Path(book_dir) / f"{chapter}.md").read_text(encoding="utf-8")
        for folder, answer_key in (("student", False), ("answer-key", True)):
            path = Path(out_dir) / folder / f"{chapter}.ipynb"
            path.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(notebook(text, chapter, answer_key=answer_key), path)
            written.append(path)
    return written


def run_notebook(nb, folder: Path, timeout_s: int = 600):
    """Execute ``nb`` top to bottom in a fresh Python kernel, in ``folder``; return it.

    The kernel is the one of the Python running this function. Raises
    ``nbclient.exceptions.CellExecutionError`` if a cell fails.
    """
    import os
    import sys

    from nbclient import NotebookClient

    share = str(Path(sys.prefix) / "share" / "jupyter")
    paths = os.environ.get("JUPYTER_PATH", "").split(os.pathsep)
    if share not in paths:
        os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [share, *paths]))
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    client = NotebookClient(nb, timeout=timeout_s, kernel_name="python3",
                            resources={"metadata": {"path": str(folder)}})
    client.execute()
    return nb
