"""Input checks shared by the models: bad input raises ``ValueError`` naming the argument.

Numbers must be real and finite: booleans, strings (even numeric ones), complex numbers and
object arrays are refused rather than converted, so that ``True`` never becomes 1 M and
``1e-9 + 5j`` never loses its imaginary part silently.
"""

from __future__ import annotations

import math

import numpy as np

RTOL_RANGE = (1e-13, 1e-2)
"""Relative tolerances an integrator accepts: tighter is round-off, looser is not a solution."""


def _real_array(value, name: str) -> np.ndarray:
    if isinstance(value, bool | np.bool_ | str | bytes):
        raise ValueError(f"{name} must be a real number or an array of real numbers; "
                         f"got {value!r}")
    try:
        array = np.asarray(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number or an array of numbers; got {value!r}") from None
    if array.dtype.kind not in "iuf":
        raise ValueError(f"{name} must be a real number or an array of real numbers; "
                         f"got {value!r}")
    return array.astype(float)


def as_real_float(value, name: str) -> float:
    """Return ``value`` as a float if it is one real number (NaN and infinity allowed).

    Examples
    --------
    >>> as_real_float(float("inf"), "kd_alpha_M")
    inf
    """
    array = _real_array(value, name)
    if array.ndim != 0:
        raise ValueError(f"{name} must be a single number; got shape {array.shape}")
    return float(array)


def as_finite_array(value, name: str, *, max_ndim: int = 1) -> np.ndarray:
    """Return ``value`` as a float array of finite real numbers (of any sign).

    Examples
    --------
    >>> as_finite_array([-1.0, 2.0], "t_h")
    array([-1.,  2.])
    """
    array = _real_array(value, name)
    if array.ndim > max_ndim:
        raise ValueError(f"{name} must be a scalar or an array with at most {max_ndim} "
                         f"dimension(s); got shape {array.shape}")
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{name} must be finite (no NaN or infinity); got {value!r}")
    return array


def as_nonnegative_array(value, name: str, *, max_ndim: int = 1) -> np.ndarray:
    """Return ``value`` as a float array after checking it is finite, >= 0 and low-dimensional.

    Examples
    --------
    >>> as_nonnegative_array([0.0, 1e-9], "conc_M")
    array([0.e+00, 1.e-09])
    """
    array = as_finite_array(value, name, max_ndim=max_ndim)
    if np.any(array < 0):
        raise ValueError(f"{name} must be >= 0; got {value!r}")
    return array


def as_nonnegative_float(value, name: str) -> float:
    """Return ``value`` as a finite, non-negative float.

    Examples
    --------
    >>> as_nonnegative_float(3, "il2ra_per_cell")
    3.0
    """
    return float(as_nonnegative_array(value, name, max_ndim=0))


def as_positive_float(value, name: str) -> float:
    """Return ``value`` as a finite float > 0.

    Examples
    --------
    >>> as_positive_float(1e-9, "kd_alpha_M")
    1e-09
    """
    number = as_nonnegative_float(value, name)
    if number == 0:
        raise ValueError(f"{name} must be > 0; got {value!r}")
    return number


def as_float_in(value, name: str, low: float, high: float) -> float:
    """Return ``value`` as a finite float with ``low <= value <= high``.

    Examples
    --------
    >>> as_float_in(0.39, "bioavailability_fraction", 0.0, 1.0)
    0.39
    """
    number = as_real_float(value, name)
    if not math.isfinite(number) or not low <= number <= high:
        raise ValueError(f"{name} must be between {low:g} and {high:g}; got {value!r}")
    return number


def as_rtol(value, name: str = "rtol") -> float:
    """A relative tolerance for an integrator, within :data:`RTOL_RANGE`.

    Examples
    --------
    >>> as_rtol(1e-6)
    1e-06
    """
    low, high = RTOL_RANGE
    return as_float_in(value, name, low, high)


def as_flag(value, name: str) -> bool:
    """Return ``value`` if it is a real boolean (``True``/``False``), else raise.

    Strings such as ``"False"`` and numbers such as 0 are refused: they are truthy or falsy in
    ways a caller rarely means.

    Examples
    --------
    >>> as_flag(False, "tregs")
    False
    """
    if not isinstance(value, bool | np.bool_):
        raise ValueError(f"{name} must be True or False; got {value!r}")
    return bool(value)


def as_name(value, name: str) -> str:
    """Return ``value`` if it is a non-empty string (a label), else raise.

    Examples
    --------
    >>> as_name("Treg", "name")
    'Treg'
    """
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name} must be a non-empty string; got {value!r}")
    return value


def as_time_grid(value, name: str, *, min_size: int = 1, max_time: float = math.inf,
                 max_size: float = math.inf) -> np.ndarray:
    """Return ``value`` as a 1-D array of at least ``min_size`` times, >= 0, strictly increasing.

    ``max_time`` and ``max_size`` bound the last time and the number of times, so that a run
    that would take too long or too much memory fails at once.

    Examples
    --------
    >>> as_time_grid([0, 1, 2], "t_h")
    array([0., 1., 2.])
    """
    times = as_nonnegative_array(value, name)
    if times.ndim != 1 or times.size < min_size:
        raise ValueError(f"{name} must be a 1-D array of at least {min_size} time(s); "
                         f"got shape {times.shape}")
    if np.any(np.diff(times) <= 0):
        raise ValueError(f"{name} must be strictly increasing (sorted, no repeated times)")
    if times[-1] > max_time or times.size > max_size:
        raise ValueError(f"{name} must end by {max_time:g} and hold at most {max_size:,} times; "
                         f"got {times[-1]:g} and {times.size:,} times")
    return times
