"""Answer checks (il2lib.exercises), the exercise metadata and the answer store.

Fast: nothing here runs a notebook. tests/test_student.py runs the notebooks.
"""

from __future__ import annotations

import re
import string
import sys
from pathlib import Path

import numpy as np
import pytest

from il2book import coursework
from il2lib import exercises
from il2lib.exercises import check, decode_store

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import nbgrader_course  # noqa: E402 (scripts/nbgrader_course.py, `make nbgrader`)

BOOK = ROOT / "book"
CHAPTERS = coursework.book_exercises(BOOK, ROOT / "_toc.yml")
ALL = [e for found in CHAPTERS.values() for e in found]
CHECKED = [e for e in ALL if e.checked]
META = coursework.exercise_metadata(BOOK)


def expected(exercise_id: str):
    return exercises._store()[exercise_id]["answer"]


# ---- check -----------------------------------------------------------------------------------


@pytest.mark.parametrize("missing", [..., None])
def test_missing_answer_says_not_answered_and_returns_false(missing, capsys):
    assert check("receptors-cd25", missing) is False
    assert "not answered yet" in capsys.readouterr().out


def test_right_answer_is_correct_within_tolerance(capsys):
    value = expected("receptors-cd25")
    assert check("receptors-cd25", value * 1.005) is True
    assert check("receptors-cd25", np.float64(value)) is True
    assert check("ex-receptors-cd25", np.array([value])) is True  # label and size-1 array
    assert capsys.readouterr().out.count("correct.") == 3


@pytest.mark.parametrize(
    ("factor", "message"),
    [
        (1.05, "close, but too high"),
        (0.95, "close, but too low"),
        (1.5, "too high, by more than 10%"),
        (0.7, "too low, by more than 10%"),
        (3.0, "too high, by more than a factor of 2"),
        (0.2, "too low, by more than a factor of 2"),
        (30.0, "too high, by more than a factor of 10"),
        (1e12, "wrong units?"),
        (1e-3, "wrong units?"),
        (-1.0, "the sign is wrong"),
        (0.0, "your answer is zero"),
    ],
)
def test_wrong_value_says_what_is_off_without_the_answer(factor, message, capsys):
    value = expected("receptors-cd25")
    assert check("receptors-cd25", value * factor) is False
    out = capsys.readouterr().out
    assert message in out
    for shown in (f"{value:.2g}", f"{value:.3g}", f"{value:.4g}", str(round(value))):
        assert shown not in out


@pytest.mark.parametrize("wrong", ["49", [49.0, 2.0], {"Th": 49.0}, True, object(), np.ones(3)])
def test_wrong_type_gives_a_clear_message_and_never_raises(wrong, capsys):
    assert check("receptors-cd25", wrong) is False
    assert "expected a number, got" in capsys.readouterr().out


@pytest.mark.parametrize("bad", [float("nan"), float("inf")])
def test_non_finite_answer_is_rejected(bad, capsys):
    assert check("receptors-cd25", bad) is False
    assert "finite" in capsys.readouterr().out


@pytest.mark.parametrize("unknown", ["receptors-cd52", "", 7])
def test_unknown_exercise_id_raises_valueerror_listing_the_ids(unknown):
    with pytest.raises(ValueError, match="exercise_id must be one of") as error:
        check(unknown, 1.0)
    assert "'receptors-cd25'" in str(error.value)


def test_assert_correct_raises_for_wrong_and_missing_answers_and_prints_the_feedback(capsys):
    with pytest.raises(AssertionError, match="receptors-cd25: not answered yet"):
        exercises.assert_correct("receptors-cd25", ...)
    assert "not answered yet. Assign" in capsys.readouterr().out
    with pytest.raises(AssertionError, match="receptors-cd25: the sign is wrong"):
        exercises.assert_correct("receptors-cd25", -1.0)
    assert "the sign is wrong" in capsys.readouterr().out
    assert exercises.assert_correct("receptors-cd25", expected("receptors-cd25")) is None
    assert capsys.readouterr().out == "receptors-cd25: correct.\n"
    with pytest.raises(ValueError, match="exercise_id must be one of"):
        exercises.assert_correct("receptors-cd52", 1.0)


def test_check_never_raises_whatever_the_environment(monkeypatch):
    monkeypatch.setenv("IL2LIB_CHECK_RAISES", "1")  # the switch of earlier versions is gone
    assert check("receptors-cd25", -1.0) is False


@pytest.fixture
def synthetic_store(monkeypatch):
    store = {
        "demo-dict": {"answer": {"Treg": 10.0, "NK": 200.0}, "rtol": 0.01},
        "demo-pair": {"answer": [1.0, 2e-12], "rtol": 0.1},
    }
    monkeypatch.setattr(exercises, "_store", lambda: store)


def test_dict_answers_are_checked_key_by_key(synthetic_store, capsys):
    assert check("demo-dict", {"Treg": 10.0, "NK": 200.0}) is True
    assert check("demo-dict", {"Treg": 10.0, "NK": 600.0}) is False
    assert "['NK']: too high, by more than a factor of 2" in capsys.readouterr().out
    assert check("demo-dict", {"Treg": 10.0}) is False
    assert "missing keys ['NK']" in capsys.readouterr().out
    assert check("demo-dict", 10.0) is False
    assert "expected a dict with keys ['NK', 'Treg']" in capsys.readouterr().out


def test_tuple_answers_are_checked_element_by_element(synthetic_store, capsys):
    assert check("demo-pair", (1.05, 2.1e-12)) is True
    assert check("demo-pair", np.array([1.0, 2e-12])) is True
    assert check("demo-pair", (1.0,)) is False
    assert "expected 2 values, got 1" in capsys.readouterr().out
    assert check("demo-pair", (1.0, 2.0)) is False
    assert "[1]: wrong units?" in capsys.readouterr().out


def test_canonical_turns_numpy_into_plain_json_data():
    assert exercises.canonical((np.float64(1.5), np.int64(2))) == [1.5, 2.0]
    with pytest.raises(TypeError):
        exercises.canonical("a string")


# ---- the answer store -----------------------------------------------------------------------


def test_store_holds_exactly_the_checked_exercises_with_their_tolerances():
    store = exercises._store()
    assert sorted(store) == sorted(e.id for e in CHECKED), "run `make answers`"
    for exercise in CHECKED:
        entry = META[exercise.chapter][exercise.label]
        assert store[exercise.id]["rtol"] == entry.get("tolerance", exercises.DEFAULT_RTOL), (
            f"{exercise.id}: tolerance changed in book/exercises.yml; run `make answers`"
        )
        assert store[exercise.id]["chapter"] == exercise.chapter


def test_store_does_not_show_the_answers_in_plain_text():
    # The store is base64 of compressed JSON: its alphabet cannot hold JSON text, so the
    # answers are not readable there. (Short numbers like "68" can occur in base64 by chance,
    # so they are looked for only in the rest of the file.)
    from il2lib import _exercise_answers
    source = (ROOT / "il2lib" / "_exercise_answers.py").read_text(encoding="utf-8")
    assert set(_exercise_answers.ENCODED) <= set(string.ascii_letters + string.digits + "+/=")
    outside = re.sub(r'^\s*"[A-Za-z0-9+/=]+"\s*$', "", source, flags=re.MULTILINE)
    for exercise in CHECKED:
        value = expected(exercise.id)
        for shown in (repr(value), f"{value:.3g}", exercise.id):
            assert shown not in outside
        assert exercise.id in decode_store(_exercise_answers.ENCODED)


# ---- the exercises of the book ---------------------------------------------------------------


def test_the_book_has_exercises_with_checks():
    assert "receptors" in CHAPTERS
    assert len(CHECKED) >= 5


def test_every_exercise_has_difficulty_and_time_and_no_entry_is_stale():
    labels = {(e.chapter, e.label) for e in ALL}
    listed = {(chapter, label) for chapter, entries in META.items() for label in entries}
    assert not labels - listed, f"add to book/exercises.yml: {sorted(labels - listed)}"
    assert not listed - labels, f"not exercises in the book: {sorted(listed - labels)}"
    for exercise in ALL:
        entry = META[exercise.chapter][exercise.label]
        assert entry.get("difficulty") in (1, 2, 3), exercise.label
        assert isinstance(entry.get("minutes"), int) and 0 < entry["minutes"] <= 180
        assert set(entry) <= {"difficulty", "minutes", "tolerance"}, exercise.label
        if "tolerance" in entry:
            assert exercise.checked, f"{exercise.label}: tolerance without an answer check"
            assert 0 < entry["tolerance"] < 0.5


def test_every_computational_exercise_has_a_check_and_every_check_an_answer():
    for exercise in ALL:
        assert exercise.computes_answer == exercise.checked, (
            f"{exercise.label}: its solution {'sets' if exercise.computes_answer else 'lacks'} "
            f"`answer` but the exercise {'has' if exercise.checked else 'lacks'} a starter cell "
            "calling check (see the instructors' guide)"
        )


def test_exercise_labels_name_their_chapter():
    for exercise in ALL:
        assert exercise.label.startswith(f"ex-{exercise.chapter}-"), exercise.label


# ---- source processing -----------------------------------------------------------------------

DEMO = """\
# Demo

````{exercise-start}
:label: ex-demo-x
````

Compute x, in pM.

```{code-cell} ipython3
answer = ...
check("demo-x", answer)
```

````{exercise-end}
````

````{solution-start} ex-demo-x
:class: dropdown
````

```{code-cell} ipython3
secret_code = 2
answer = secret_code
```

The secret explanation.

````{solution-end}
````

```{exercise}
:label: ex-demo-y

Why?
```

:::{solution} ex-demo-y
:class: dropdown

Because of the secret reason.
:::

After the exercises.
"""


def test_strip_solutions_removes_prose_and_gated_solutions_only():
    stripped = coursework.strip_solutions(DEMO)
    assert "secret" not in stripped and "solution" not in stripped
    for kept in ("Compute x, in pM.", 'check("demo-x", answer)', "Why?", "After the exercises."):
        assert kept in stripped
    assert coursework.has_solutions(DEMO) and not coursework.has_solutions(stripped)


def test_find_exercises_sees_checks_and_answers():
    found = coursework.find_exercises(DEMO, "demo")
    assert [(e.id, e.checked, e.computes_answer) for e in found] == [
        ("demo-x", True, True), ("demo-y", False, False)]


def test_answer_key_drops_the_starter_and_checks_after_the_solution():
    key = coursework.answer_key_text(DEMO, "demo")
    assert "answer = ...\n" not in key
    assert key.index("secret_code = 2") < key.index('check("demo-x", answer)')
    assert key.index('check("demo-x", answer)') < key.index("{solution-end}")


def test_a_check_with_another_exercises_id_is_an_error():
    with pytest.raises(ValueError, match="ex-demo-x calls check"):
        coursework.find_exercises(DEMO.replace('check("demo-x"', 'check("demo-z"'), "demo")


def test_an_unclosed_gated_exercise_is_an_error():
    with pytest.raises(ValueError, match="no exercise-end"):
        coursework.find_exercises(DEMO.split("````{exercise-end}")[0], "demo")


def test_exercise_table_has_a_row_per_exercise():
    table = coursework.exercise_table(BOOK, ROOT / "_toc.yml").splitlines()
    assert len(table) == 2 + len(ALL)
    for exercise in ALL:
        assert any(f"{{ref}}`{exercise.label}`" in row for row in table)


def test_nbgrader_notebook_turns_every_exercise_into_graded_cells():
    nb = nbgrader_course.nbgrader_notebook(DEMO, "demo")
    cells = {c.metadata["nbgrader"]["grade_id"]: c for c in nb.cells if "nbgrader" in c.metadata}
    assert list(cells) == ["demo-x-answer", "demo-x-check", "demo-x-written", "demo-y-answer"]
    assert cells["demo-x-answer"].source == (
        "answer = ...\n### BEGIN SOLUTION\nsecret_code = 2\nanswer = secret_code\n"
        "### END SOLUTION")
    assert cells["demo-x-check"].source.endswith('assert_correct("demo-x", answer)')
    assert cells["demo-x-check"].metadata["nbgrader"]["locked"]
    assert "The secret explanation." in cells["demo-x-written"].source
    assert cells["demo-y-answer"].cell_type == "markdown"
    assert "Because of the secret reason." in cells["demo-y-answer"].source
    outside = "\n".join(c.source for c in nb.cells if "nbgrader" not in c.metadata)
    assert "secret" not in outside and "Compute x, in pM." in outside
