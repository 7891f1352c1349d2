#!/usr/bin/env python3
"""Record the expected answers of every checked exercise (`make answers`).

Builds each chapter's answer key (as `make student` does), runs it in a fresh kernel with every
`check("<id>", answer)` replaced by a cell that records `answer`, and writes what the model
computed, with each exercise's tolerance from book/exercises.yml, encoded into
il2lib/_exercise_answers.py. Run it after adding or changing an exercise with an answer check.
"""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

import nbformat

from il2book import coursework
from il2lib.exercises import DEFAULT_RTOL, encode_store

ROOT = Path(__file__).resolve().parent.parent
STORE = ROOT / "il2lib" / "_exercise_answers.py"
WORK = ROOT / "_build" / "answer-key"
MARKER = "recorded answers: "

SETUP = """\
from il2lib.exercises import canonical as _canonical
_recorded_answers = {}
"""
REPORT = f"""\
import json as _json
print({MARKER!r} + _json.dumps(_recorded_answers))
"""


def record_chapter(chapter: str) -> dict:
    """Run the chapter's answer key; return {exercise id: answer} as JSON data."""
    text = (ROOT / "book" / f"{chapter}.md").read_text(encoding="utf-8")
    nb = coursework.notebook(text, chapter, answer_key=True)
    for cell in nb.cells:
        call = coursework.CHECK_CALL.search(cell.source) if cell.cell_type == "code" else None
        if call:
            cell.source = f"_recorded_answers[{call['id']!r}] = _canonical(answer)"
    nb.cells.insert(0, nbformat.v4.new_code_cell(SETUP))
    nb.cells.append(nbformat.v4.new_code_cell(REPORT))
    WORK.mkdir(parents=True, exist_ok=True)
    coursework.run_notebook(nb, WORK)
    for output in nb.cells[-1].outputs:
        if output.get("name") == "stdout" and MARKER in output["text"]:
            return json.loads(output["text"].split(MARKER, 1)[1])
    raise RuntimeError(f"{chapter}: the answer key did not report its answers")


def main() -> int:
    meta = coursework.exercise_metadata(ROOT / "book")
    store = {}
    for chapter, exercises in coursework.book_exercises(ROOT / "book").items():
        checked = [e for e in exercises if e.checked]
        if not checked:
            continue
        answers = record_chapter(chapter)
        for exercise in checked:
            if exercise.id not in answers:
                print(f"record_answers: {exercise.label}: its solution did not set `answer`",
                      file=sys.stderr)
                return 1
            tolerance = meta.get(chapter, {}).get(exercise.label, {}).get("tolerance",
                                                                          DEFAULT_RTOL)
            store[exercise.id] = {"chapter": chapter, "answer": answers[exercise.id],
                                  "rtol": float(tolerance)}
            print(f"record_answers: {exercise.id} recorded", flush=True)
    encoded = "\n".join(f'    "{line}"' for line in textwrap.wrap(encode_store(store), 92))
    STORE.write_text(
        '"""Expected answers of the book\'s checked exercises, encoded (see il2lib.exercises).\n\n'
        "Written by scripts/record_answers.py (`make answers`) from the answer key; do not edit.\n"
        '"""\n\n'
        f"ENCODED = (\n{encoded}\n)\n",
        encoding="utf-8",
    )
    print(f"record_answers: {len(store)} answers -> {STORE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
