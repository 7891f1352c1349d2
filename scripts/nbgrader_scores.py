#!/usr/bin/env python3
"""Print the grades of an nbgrader course's gradebook as JSON (used by tests/test_nbgrader.py).

Run it with the Python that has nbgrader (`.venv-nbgrader/bin/python`), from anywhere:

    python scripts/nbgrader_scores.py _build/nbgrader

prints ``{student: {assignment: {notebook: {grade_id: {...}}}}}``, where each grade has
``auto_score``, ``score``, ``max_score`` and ``needs_manual_grade`` as nbgrader's gradebook
(``nbgrader.api.Gradebook``) records them after ``nbgrader autograde``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from nbgrader.api import Gradebook
from traitlets.config.loader import PyFileConfigLoader


def course_id(root: Path) -> str:
    """The course id that root/nbgrader_config.py sets, loaded as nbgrader loads it."""
    config = PyFileConfigLoader("nbgrader_config.py", path=str(root)).load_config()
    return config.CourseDirectory.get("course_id") or "default_course"


def grades(root: Path) -> dict:
    out: dict = {}
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}", course_id=course_id(root)) as gb:
        for assignment in gb.assignments:
            for submission in assignment.submissions:
                for notebook in submission.notebooks:
                    cells = out.setdefault(submission.student.id, {}).setdefault(
                        assignment.name, {}).setdefault(notebook.name, {})
                    for grade in notebook.grades:
                        cells[grade.name] = {
                            "auto_score": grade.auto_score, "score": grade.score,
                            "max_score": grade.max_score,
                            "needs_manual_grade": grade.needs_manual_grade,
                        }
    return out


if __name__ == "__main__":
    json.dump(grades(Path(sys.argv[1]).resolve()), sys.stdout, indent=1, sort_keys=True)
    print()
