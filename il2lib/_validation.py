"""Input checks shared by the models: bad input raises ``ValueError`` naming the argument."""

from __future__ import annotations

import numpy as np


def as_nonnegative_array(value, name: str, *, max_ndim: int = 1) -> np.ndarray:
    """Return ``value`` as a float array after checking it is finite, >= 0 and low-dimensional.

    Examples
    --------
    >>> as_nonnegative_array([0.0, 1e-9], "conc_M")
    array([0.e+00, 1.e-09])
    """
    try:
        array = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number or an array of numbers; got {value!r}") from None
    if array.ndim > max_ndim:
        raise ValueError(
            f"{name} must be a scalar or an array with at most {max_ndim} dimension(s); "
            f"got shape {array.shape}"
        )
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{name} must be finite (no NaN or infinity); got {value!r}")
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
