"""Answer checks for the book's computational exercises.

Every computational exercise asks for one quantity; a student assigns it to ``answer`` and calls
``check`` with the exercise's id (its label without the ``ex-`` prefix)::

    answer = ...                       # the student's computation
    check("receptors-cd25", answer)    # prints feedback, returns True or False

The expected answers come from running the book's answer key (``make answers``) and are stored
encoded in ``il2lib/_exercise_answers.py``, so that reading the package does not hand them over.
The encoding hides them from a glance, not from a determined reader.

Autograders (nbgrader, otter-grader) call :func:`assert_correct` instead: it prints the same
feedback, raises ``AssertionError`` for a wrong or missing answer and returns nothing, so that a
grader never reads a return value as a score.

Examples
--------
>>> from il2lib.exercises import check
>>> check("receptors-cd25", ...)
receptors-cd25: not answered yet. Assign your result to `answer` and run this cell again.
False
>>> check("receptors-cd25", "twenty")
receptors-cd25: expected a number, got str ('twenty').
False
>>> assert_correct("receptors-cd25", -1.0)
Traceback (most recent call last):
...
AssertionError: receptors-cd25: the sign is wrong.
"""

from __future__ import annotations

import base64
import json
import math
import zlib
from collections.abc import Mapping, Sequence
from functools import cache
from numbers import Real

import numpy as np

DEFAULT_RTOL = 0.01
"""Relative tolerance of a numerical answer unless the exercise sets its own."""

def encode_store(store: Mapping) -> str:
    """Encode an answer store (a JSON-able mapping) as zlib-compressed, base64 JSON.

    Examples
    --------
    >>> decode_store(encode_store({"x": {"answer": 1.5, "rtol": 0.01}}))
    {'x': {'answer': 1.5, 'rtol': 0.01}}
    """
    raw = json.dumps(store, sort_keys=True, separators=(",", ":")).encode()
    return base64.b64encode(zlib.compress(raw, 9)).decode("ascii")


def decode_store(encoded: str) -> dict:
    """Decode what :func:`encode_store` wrote.

    Examples
    --------
    >>> decode_store(encode_store({}))
    {}
    """
    return json.loads(zlib.decompress(base64.b64decode(encoded)))


@cache
def _store() -> dict:
    from il2lib import _exercise_answers

    return decode_store(_exercise_answers.ENCODED)


def exercise_ids() -> list[str]:
    """The ids of every exercise that has an answer check, sorted.

    Examples
    --------
    >>> "receptors-cd25" in exercise_ids()
    True
    """
    return sorted(_store())


def canonical(answer):
    """``answer`` as plain JSON data: floats, lists of them, or dicts of them.

    NumPy scalars and size-1 arrays become floats, tuples and 1-d arrays become lists. Used to
    record the answer key's answers. Raises ``TypeError`` for anything else.

    Examples
    --------
    >>> canonical({"Treg": np.float64(2.5), "NK": (1, 2)})
    {'Treg': 2.5, 'NK': [1.0, 2.0]}
    """
    if isinstance(answer, Mapping):
        return {str(key): canonical(value) for key, value in answer.items()}
    number = _as_number(answer)
    if number is not None:
        return number
    if isinstance(answer, np.ndarray) and answer.ndim == 1:
        return [canonical(value) for value in answer]
    if isinstance(answer, Sequence) and not isinstance(answer, str | bytes):
        return [canonical(value) for value in answer]
    raise TypeError(f"answer must be a number, a sequence or a dict of numbers; got {answer!r}")


def _as_number(value) -> float | None:
    """``value`` as a float if it is a real number (not a bool), else None."""
    if isinstance(value, bool | np.bool_):
        return None
    if isinstance(value, Real | np.number):
        return float(value)
    if isinstance(value, np.ndarray) and value.size == 1 and np.issubdtype(value.dtype, np.number):
        return float(value.reshape(()))
    return None


def _describe(value) -> str:
    text = repr(value)
    text = text if len(text) <= 40 else text[:37] + "..."
    return f"{type(value).__name__} ({text})"


def _compare_number(expected: float, answer, rtol: float) -> str | None:
    """None if ``answer`` matches, else what is off (never the expected value itself)."""
    value = _as_number(answer)
    if value is None:
        return f"expected a number, got {_describe(answer)}."
    if not math.isfinite(value):
        return f"your answer is {value}; expected a finite number."
    if math.isclose(value, expected, rel_tol=rtol, abs_tol=0.0):
        return None
    if expected == 0:
        return "not zero, but it should be."
    if value == 0:
        return "your answer is zero; it should not be."
    if (value > 0) != (expected > 0):
        return "the sign is wrong."
    ratio = value / expected
    decades = math.log10(ratio)
    nearest = round(decades / 3) * 3
    if abs(decades) >= 2.5 and abs(decades - nearest) < 0.05:
        return (
            f"wrong units? your value is about 1e{nearest:+d} times the expected one "
            "(check the unit the exercise asks for)."
        )
    direction = "too high" if ratio > 1 else "too low"
    factor = max(ratio, 1 / ratio)
    if factor >= 10:
        return f"{direction}, by more than a factor of 10."
    if factor >= 2:
        return f"{direction}, by more than a factor of 2."
    if factor >= 1.1:
        return f"{direction}, by more than 10%."
    return (
        f"close, but {direction} by more than the tolerance of {100 * rtol:.3g}%: "
        "check your inputs and your numerical settings."
    )


def _compare(expected, answer, rtol: float, where: str = "") -> list[str]:
    """Everything that is off in ``answer`` compared with ``expected`` (empty: correct)."""
    prefix = f"{where}: " if where else ""
    if isinstance(expected, dict):
        if not isinstance(answer, Mapping):
            return [f"{prefix}expected a dict with keys {sorted(expected)}, "
                    f"got {_describe(answer)}."]
        problems = []
        missing = sorted(set(expected) - {str(k) for k in answer})
        extra = sorted({str(k) for k in answer} - set(expected))
        if missing:
            problems.append(f"{prefix}missing keys {missing}.")
        if extra:
            problems.append(f"{prefix}unexpected keys {extra}.")
        for key, value in answer.items():
            if str(key) in expected:
                problems += _compare(expected[str(key)], value, rtol, f"{where}[{key!r}]")
        return problems
    if isinstance(expected, list):
        if isinstance(answer, np.ndarray):
            answer = list(answer.reshape(-1)) if answer.ndim <= 1 else answer
        if not isinstance(answer, Sequence) or isinstance(answer, str | bytes):
            return [f"{prefix}expected {len(expected)} numbers (a tuple or list), "
                    f"got {_describe(answer)}."]
        if len(answer) != len(expected):
            return [f"{prefix}expected {len(expected)} values, got {len(answer)}."]
        problems = []
        for index, (want, got) in enumerate(zip(expected, answer, strict=True)):
            problems += _compare(want, got, rtol, f"{where}[{index}]")
        return problems
    problem = _compare_number(float(expected), answer, rtol)
    return [] if problem is None else [prefix + problem]


def _feedback(exercise_id: str, answer) -> tuple[str, bool | None, list[str]]:
    """(id, verdict, lines to print): verdict True (correct), False (wrong) or None (missing)."""
    store = _store()
    key = exercise_id.removeprefix("ex-") if isinstance(exercise_id, str) else exercise_id
    if key not in store:
        raise ValueError(
            f"exercise_id must be one of {', '.join(map(repr, sorted(store)))}; "
            f"got {exercise_id!r}"
        )
    entry = store[key]
    if answer is ... or answer is None:
        return key, None, [
            f"{key}: not answered yet. Assign your result to `answer` and run this cell again."]
    problems = _compare(entry["answer"], answer, float(entry.get("rtol", DEFAULT_RTOL)))
    if problems:
        return key, False, [f"{key}: {problem}" for problem in problems]
    return key, True, [f"{key}: correct."]


def check(exercise_id: str, answer) -> bool:
    """Check an exercise's answer, print feedback and return whether it is right.

    Parameters
    ----------
    exercise_id : str
        The exercise's id, e.g. ``"receptors-cd25"`` (its label ``ex-receptors-cd25`` works too).
    answer : float, tuple or dict
        The quantity the exercise asks for, in the unit it asks for. ``...`` or ``None`` means
        "not answered yet".

    Returns
    -------
    bool
        True if the answer is within the exercise's tolerance. A missing answer, a wrong type or
        a wrong value prints what is off and returns False; it never raises (graders use
        :func:`assert_correct`, which does).

    Raises
    ------
    ValueError
        If ``exercise_id`` is not the id of an exercise with a check; the message lists them.

    Examples
    --------
    >>> check("receptors-cd25", None)
    receptors-cd25: not answered yet. Assign your result to `answer` and run this cell again.
    False
    """
    _, verdict, lines = _feedback(exercise_id, answer)
    print("\n".join(lines))
    return bool(verdict)


def assert_correct(exercise_id: str, answer) -> None:
    """Like :func:`check`, for graders: print the same feedback, raise unless the answer is right.

    The test cells of the nbgrader course (``make nbgrader``) call it: nbgrader gives a test cell
    its points when the cell runs without an error. It returns None, so the cell shows no value
    that nbgrader would read as a partial score.

    Raises
    ------
    AssertionError
        If the answer is missing or not correct; the message is the feedback, so that a grader's
        report that shows only the error (``nbgrader validate``) says what is off too.
    ValueError
        If ``exercise_id`` is not the id of an exercise with a check.

    Examples
    --------
    >>> assert_correct("receptors-cd25", "twenty")
    Traceback (most recent call last):
    ...
    AssertionError: receptors-cd25: expected a number, got str ('twenty').
    """
    _, verdict, lines = _feedback(exercise_id, answer)
    print("\n".join(lines))
    if not verdict:
        raise AssertionError("\n".join(lines))
