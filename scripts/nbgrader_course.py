#!/usr/bin/env python3
"""Write the book's exercises as an nbgrader course (`make nbgrader`).

For every chapter in _toc.yml that has exercises, from its MyST source in book/:

    _build/nbgrader/source/<chapter>/<chapter>.ipynb   the instructor's copy of the assignment
    _build/nbgrader/nbgrader_config.py                 the course's configuration

The instructor's copy is the whole chapter; its exercises become nbgrader cells:

- a computational exercise (one with a `check` starter cell) gets an autograded answer cell,
  ``<id>-answer``: the starter's first line, ``answer = ...  # <quantity, unit>``, then the
  solution's code between ``### BEGIN SOLUTION`` and ``### END SOLUTION``; then a locked test
  cell, ``<id>-check``, worth one point, that calls ``il2lib.exercises.assert_correct`` (it prints
  the feedback ``check`` gives and raises unless the answer is right, with no environment
  variable); and, if the solution also has prose, a manually graded answer cell
  ``<id>-written`` holding it;
- a discussion exercise gets a manually graded answer cell, ``<id>-answer``, whose solution
  region holds the written solution.

``nbgrader generate_assignment`` then removes every solution region. The notebooks need only
il2lib and its dependencies: ``myst_nb.glue`` is replaced by a stand-in. The course directory is
where the instructor runs nbgrader (see book/instructors.md).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import jupytext
import nbformat

from il2book import coursework

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "_build" / "nbgrader"
BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"
CODE_STUB = "# YOUR CODE HERE: compute the quantity and assign it to `answer`"
TEXT_STUB = "YOUR ANSWER HERE"
PLACEHOLDER = "# nbgrader cells {}"
SCHEMA = {"schema_version": 3, "task": False}

CONFIG = f'''\
"""nbgrader configuration of the IL-2 textbook's course, written by `make nbgrader`.

Run nbgrader from this folder (see the book's instructors' guide).
"""

import os

c = get_config()  # noqa: F821 (nbgrader defines it)

# This folder is the course directory: source/, release/, submitted/, autograded/, feedback/ and
# gradebook.db live here.
c.CourseDirectory.root = os.path.dirname(os.path.abspath(__file__))
# The course's name in the exchange (release_assignment, collect); change it to your course's.
c.CourseDirectory.course_id = "il2-textbook"

# A released answer cell keeps its first line, `answer = ...  # <quantity, unit>`; the
# solution region below it becomes this stub.
c.ClearSolutions.code_stub = {{"python": {CODE_STUB!r}}}
c.ClearSolutions.text_stub = {TEXT_STUB!r}

# A chapter's cells may take as long as they may in the book build.
c.Execute.timeout = 120
'''


def _nbgrader(grade_id: str, *, solution: bool, grade: bool, locked: bool) -> dict:
    meta = {**SCHEMA, "grade_id": grade_id, "solution": solution, "grade": grade,
            "locked": locked}
    if grade:
        meta["points"] = 1
    return {"nbgrader": dict(sorted(meta.items()))}


def answer_cell(exercise_id: str, starter: str, code: list[str]):
    """The autograded answer cell: the starter's lines, then the solution's code as a region."""
    body = "\n\n".join(part.strip("\n") for part in code if part.strip())
    source = f"{starter.strip()}\n{BEGIN}\n{body}\n{END}"
    return nbformat.v4.new_code_cell(
        source, metadata=_nbgrader(f"{exercise_id}-answer", solution=True, grade=False,
                                   locked=False))


def check_cell(exercise_id: str):
    """The locked, autograded test cell: raises unless ``answer`` is right; shows no value."""
    source = ("from il2lib.exercises import assert_correct\n\n"
              f'assert_correct("{exercise_id}", answer)')
    return nbformat.v4.new_code_cell(
        source, metadata=_nbgrader(f"{exercise_id}-check", solution=False, grade=True,
                                   locked=True))


def written_cell(grade_id: str, prose: str):
    """A manually graded answer cell with the written solution as its solution region."""
    return nbformat.v4.new_markdown_cell(
        f"{BEGIN}\n\n{prose.strip()}\n\n{END}",
        metadata=_nbgrader(grade_id, solution=True, grade=True, locked=False))


def _code_body(lines: list[str]) -> str:
    """A MyST code cell's source without its options (``:key:`` lines or a YAML block)."""
    index = 0
    if lines and lines[0].strip() == "---":
        index = next(i for i in range(1, len(lines)) if lines[i].strip() == "---") + 1
    while index < len(lines) and re.match(r"^:\w[\w-]*:", lines[index]):
        index += 1
    return "\n".join(lines[index:]).strip("\n")


def solution_parts(lines: list[str], first: int, last: int, codes: list[tuple[int, int]],
                   *, code_as_text: bool) -> tuple[list[str], str]:
    """The code cells and the prose of the solution block ``lines[first:last + 1]``.

    With ``code_as_text``, code cells stay in the prose as fenced Python blocks instead.
    """
    start = coursework.DIRECTIVE.match(lines[first])
    skip = {first}
    index = first + 1
    while index < last and re.match(r"^:\w[\w-]*:", lines[index]):
        skip.add(index)
        index += 1
    if start["name"].endswith("-start"):
        skip.add(coursework._closing(lines, first, start["fence"]))
        end = next(i for i in range(first + 1, last + 1)
                   if (m := coursework.DIRECTIVE.match(lines[i])) and m["name"] == "solution-end")
        skip.update(range(end, last + 1))
    else:
        skip.add(last)
    code, prose = [], []
    index = first
    while index <= last:
        inner = next(((a, b) for a, b in codes if a == index), None)
        if inner:
            body = _code_body(lines[inner[0] + 1:inner[1]])
            if code_as_text:
                prose += ["```python", body, "```"]
            else:
                code.append(body)
            index = inner[1] + 1
            continue
        if index not in skip:
            prose.append(lines[index])
        index += 1
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(prose)).strip("\n")
    return code, text


def nbgrader_notebook(text: str, chapter: str):
    """The instructor's copy of a chapter as an nbgrader assignment (see the module docstring).

    Examples
    --------
    >>> source = ("# Demo\\n\\n````{exercise-start}\\n:label: ex-d-x\\n````\\n\\nCompute x.\\n\\n"
    ...           "```{code-cell} ipython3\\nanswer = ...  # x, in pM\\ncheck(\\"d-x\\", answer)\\n"
    ...           "```\\n\\n````{exercise-end}\\n````\\n\\n````{solution-start} ex-d-x\\n"
    ...           ":class: dropdown\\n````\\n\\n```{code-cell} ipython3\\nanswer = 2\\n```\\n\\n"
    ...           "Because.\\n\\n````{solution-end}\\n````\\n")
    >>> nb = nbgrader_notebook(source, "d")
    >>> [c.metadata.get("nbgrader", {}).get("grade_id") for c in nb.cells]
    [None, None, 'd-x-answer', 'd-x-check', 'd-x-written']
    >>> print(nb.cells[2].source)
    answer = ...  # x, in pM
    ### BEGIN SOLUTION
    answer = 2
    ### END SOLUTION
    """
    exercises = {e.label: e for e in coursework.find_exercises(text, chapter)}
    lines = text.splitlines()
    blocks = list(coursework._blocks(lines))
    codes = [(a, b) for kind, _, a, b in blocks if kind == "code"]
    solutions = {label: (a, b) for kind, label, a, b in blocks if kind == "solution"}
    replace: dict[int, tuple[int, list]] = {}  # first line -> (last line, cells instead)
    for kind, label, first, last in blocks:
        if kind != "exercise":
            continue
        exercise = exercises[label]
        solution = solutions.get(label)
        if solution is None:
            raise ValueError(f"{chapter}: exercise {label} has no solution")
        code, prose = solution_parts(lines, *solution, codes, code_as_text=not exercise.checked)
        written = []
        if exercise.checked:
            starter = next((a, b) for a, b in codes if first < a and b < last
                           and coursework.CHECK_CALL.search("\n".join(lines[a + 1:b])))
            hint = coursework.CHECK_CALL.sub("", _code_body(lines[starter[0] + 1:starter[1]]))
            replace[starter[0]] = (starter[1], [answer_cell(exercise.id, hint, code),
                                                check_cell(exercise.id)])
            if prose:
                written = [written_cell(f"{exercise.id}-written", prose)]
        else:
            written = [written_cell(f"{exercise.id}-answer", prose)]
        replace[solution[0]] = (solution[1], written)
    out, cells, index = [], [], 0
    while index < len(lines):
        if index in replace:
            last, instead = replace[index]
            out += ["", "```{code-cell} ipython3", PLACEHOLDER.format(len(cells)), "```", ""]
            cells.append(instead)
            index = last + 1
            continue
        out.append(lines[index])
        index += 1
    nb = jupytext.reads(coursework.plain_exercise_headings("\n".join(out)), fmt="myst")
    new_cells = []
    for cell in nb.cells:
        match = re.fullmatch(PLACEHOLDER.format(r"(\d+)"), cell.source.strip())
        if cell.cell_type == "code" and match:
            new_cells += cells[int(match.group(1))]
        else:
            new_cells.append(cell)
    nb.cells = new_cells
    coursework.without_myst_nb(nb)
    note = nbformat.v4.new_markdown_cell(
        "*Assignment: the chapter with its exercises. Run the cells from the top. In each "
        "computational exercise, compute the quantity it asks for in the cell that starts with "
        "`answer = ...` and assign it to `answer`, then run the test cell below it: it says what "
        "is off, and fails until the answer is right. Write your explanations in the cells that "
        f"say {TEXT_STUB}.*")
    nb.cells.insert(0, note)
    nb.metadata.pop("jupytext", None)
    nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python",
                                 "name": "python3"}
    nb.metadata["language_info"] = {"name": "python"}
    nb.nbformat, nb.nbformat_minor = 4, 5
    for index, cell in enumerate(nb.cells):
        cell["id"] = f"{chapter}-{index}"
    return nb


def write_course(book_dir: Path, out_dir: Path, toc_path: Path | None = None) -> list[Path]:
    """Write ``source/<chapter>/<chapter>.ipynb`` per chapter and ``nbgrader_config.py``."""
    out_dir = Path(out_dir)
    written = []
    for chapter in coursework.book_exercises(book_dir, toc_path):
        text = (Path(book_dir) / f"{chapter}.md").read_text(encoding="utf-8")
        path = out_dir / "source" / chapter / f"{chapter}.ipynb"
        path.parent.mkdir(parents=True, exist_ok=True)
        nb = nbgrader_notebook(text, chapter)
        nbformat.validate(nb)
        nbformat.write(nb, path)
        written.append(path)
    config = out_dir / "nbgrader_config.py"
    config.write_text(CONFIG, encoding="utf-8")
    written.append(config)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="the course directory to write")
    args = parser.parse_args(argv)
    for path in write_course(ROOT / "book", args.out, ROOT / "_toc.yml"):
        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        print(f"nbgrader_course: wrote {shown}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
