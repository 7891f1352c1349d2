r"""NK-cell killing of tumour targets, raised by IL-2 or IL-15 signalling (LAK activity).

Cultured for two to three days in IL-2, blood lymphocytes lyse fresh tumour cells that resting NK
cells spare: lymphokine-activated killer (LAK) activity (grimm1982), carried mostly by NK cells
(phillips1986). Here each NK cell kills targets at a rate that rises linearly with its
**activation**, which follows its absolute pSTAT5 (:func:`il2lib.signaling.pstat5_fraction`,
the same signalling model as every other chapter) with a lag of about a day:

.. math:: k = k_0 + k_S\,a(t), \qquad a(t) = P\,(1 - 2^{-t/t_{1/2}}),

and in a killing assay of ``assay_h`` hours at effector:target ratio :math:`r` a target survives
with probability :math:`e^{-k r t}`. :math:`k_0`, :math:`k_S` and :math:`t_{1/2}` are ASSUMED
(see :mod:`il2lib.parameters`).

Examples
--------
>>> from il2lib import nk_killing
>>> rest = nk_killing.specific_lysis("IL-2", 0.0)
>>> lak = nk_killing.specific_lysis("IL-2", 1e-9)
>>> bool(lak > 5 * rest)
True
"""

from __future__ import annotations

import numpy as np

from il2lib import parameters as p
from il2lib import signaling
from il2lib._validation import as_nonnegative_array, as_nonnegative_float, as_positive_float

_LN2 = float(np.log(2.0))


def killing_rate_per_h(pstat5_fraction, *,
                       resting_per_h: float = p.NK_RESTING_KILLING_PER_H,
                       per_pstat5_per_h: float = p.NK_PSTAT5_KILLING_PER_H):
    """Targets killed per hour per NK cell per target cell, at NK activation ``pstat5_fraction``.

    Examples
    --------
    >>> bool(killing_rate_per_h(0.3) > killing_rate_per_h(0.0))
    True
    """
    activation = as_nonnegative_array(pstat5_fraction, "pstat5_fraction")
    if np.any(activation >= 1):
        raise ValueError(f"pstat5_fraction must be between 0 and 1; got {pstat5_fraction!r}")
    resting_per_h = as_nonnegative_float(resting_per_h, "resting_per_h")
    per_pstat5_per_h = as_nonnegative_float(per_pstat5_per_h, "per_pstat5_per_h")
    return resting_per_h + per_pstat5_per_h * activation


def nk_activation(cytokine, conc_M, culture_d: float = 3.0, *,
                  half_time_d: float = p.LAK_ACTIVATION_HALF_TIME_D):
    """NK activation after ``culture_d`` days in ``conc_M`` of cytokine (0 to below 1).

    The absolute pSTAT5 of the cytokine on NK cells (:func:`il2lib.signaling.pstat5_fraction`),
    reached with half-time ``half_time_d``.

    Examples
    --------
    >>> round(float(nk_activation("IL-2", 1e-9, culture_d=0.0)), 3)
    0.0
    """
    culture_d = as_nonnegative_float(culture_d, "culture_d")
    half_time_d = as_positive_float(half_time_d, "half_time_d")
    pstat5 = signaling.pstat5_fraction(cytokine, conc_M, "NK")
    return pstat5 * (1.0 - 2.0 ** (-culture_d / half_time_d))


def specific_lysis(cytokine, conc_M, *, culture_d: float = 3.0,
                   effector_to_target: float = 20.0, assay_h: float = 4.0):
    """Fraction of targets killed in an assay, after NK culture in cytokine (0 to below 1).

    Parameters
    ----------
    cytokine : Cytokine or str
        "IL-2" or "IL-15" (or a :class:`~il2lib.cytokines.Cytokine`).
    conc_M : float or 1-D array
        Cytokine concentration during the culture (molar, >= 0).
    culture_d : float
        Days of culture before the assay (>= 0).
    effector_to_target : float
        NK cells per target cell in the assay (> 0).
    assay_h : float
        Length of the assay in hours (> 0).

    Examples
    --------
    >>> lysis = specific_lysis("IL-2", [0.0, 1e-11, 1e-9])
    >>> bool(np.all(np.diff(lysis) > 0))
    True
    """
    effector_to_target = as_positive_float(effector_to_target, "effector_to_target")
    assay_h = as_positive_float(assay_h, "assay_h")
    rate = killing_rate_per_h(nk_activation(cytokine, conc_M, culture_d))
    return -np.expm1(-rate * effector_to_target * assay_h)
