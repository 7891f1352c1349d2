r"""From signalling complexes to STAT5 phosphorylation: dose–response curves and EC50s.

Complexes holding IL-2Rβ (with JAK1) and γc (with JAK3) phosphorylate STAT5. The response of a
cell with :math:`X` such complexes is the saturable function :math:`X/(X + K_S)`, reported as a
fraction of the same cell's response at saturating cytokine, as dose–response curves measured
by flow cytometry are. Differences between cell types come only from their receptor numbers.

Examples
--------
>>> from il2lib import signaling
>>> ec50_treg = signaling.ec50("IL-2", "Treg")
>>> ec50_nk = signaling.ec50("IL-2", "NK")
>>> bool(ec50_treg < ec50_nk)
True
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from il2lib import binding
from il2lib import parameters as p
from il2lib._validation import as_nonnegative_array, as_nonnegative_float, as_positive_float
from il2lib.cells import resolve_cell


def _transduce(complexes_per_cell, half_max_complexes_per_cell):
    return complexes_per_cell / (complexes_per_cell + half_max_complexes_per_cell)


def relative_response(complexes_per_cell, maximum_per_cell: float,
                      half_max_complexes_per_cell: float = p.PSTAT5_HALF_MAX_COMPLEXES_PER_CELL):
    """pSTAT5, relative to the cell's response at saturation, from its signalling complexes.

    The transduction step of :func:`pstat5` on its own (model reference, eq-pstat5), for
    complexes that come from elsewhere, e.g. the kinetic model.

    Examples
    --------
    >>> float(relative_response(0.0, 660.0))
    0.0
    >>> float(relative_response(660.0, 660.0))
    1.0
    """
    complexes_per_cell = as_nonnegative_array(complexes_per_cell, "complexes_per_cell",
                                              max_ndim=2)
    maximum_per_cell = as_nonnegative_float(maximum_per_cell, "maximum_per_cell")
    half_max_complexes_per_cell = as_positive_float(half_max_complexes_per_cell,
                                                    "half_max_complexes_per_cell")
    if maximum_per_cell == 0:
        return np.zeros_like(complexes_per_cell)
    response = (_transduce(complexes_per_cell, half_max_complexes_per_cell)
                / _transduce(maximum_per_cell, half_max_complexes_per_cell))
    return np.clip(response, 0.0, 1.0)


def pstat5(cytokine, conc_M, cell, *,
           half_max_complexes_per_cell: float = p.PSTAT5_HALF_MAX_COMPLEXES_PER_CELL):
    """pSTAT5 response at equilibrium, as a fraction of the cell's maximal response (0 to 1).

    Parameters
    ----------
    cytokine : Cytokine or str
        A :class:`~il2lib.cytokines.Cytokine` or its name ("IL-2", "IL-15").
    conc_M : float or 1-D array
        Cytokine concentration (molar, finite, >= 0).
    cell : ReceptorProfile or str
        A :class:`~il2lib.cells.ReceptorProfile` or a key of ``CELL_TYPES``.
    half_max_complexes_per_cell : float
        Signalling complexes per cell that phosphorylate half of the STAT5 pool.

    Returns
    -------
    float or ndarray
        Shaped like ``conc_M``; 0 without cytokine, 1 at saturation.

    Examples
    --------
    >>> round(float(pstat5("IL-2", 1e-5, "NK")), 2)
    1.0
    >>> float(pstat5("IL-2", 0.0, "Treg"))
    0.0
    """
    k_half = as_positive_float(half_max_complexes_per_cell, "half_max_complexes_per_cell")
    complexes = binding.equilibrium(cytokine, conc_M, cell).signaling_per_cell
    return relative_response(complexes, binding.max_signaling_per_cell(cytokine, cell), k_half)


def ec50(cytokine, cell, *,
         half_max_complexes_per_cell: float = p.PSTAT5_HALF_MAX_COMPLEXES_PER_CELL) -> float:
    """Concentration (molar) that gives half of the cell's maximal pSTAT5 response.

    Half the maximal response needs a definite number of signalling complexes; the equilibrium
    model is then inverted exactly (:func:`~il2lib.binding.conc_for_signaling_M`).

    Examples
    --------
    >>> c50 = ec50("IL-2", "Treg")
    >>> round(float(pstat5("IL-2", c50, "Treg")), 6)
    0.5
    """
    k_half = as_positive_float(half_max_complexes_per_cell, "half_max_complexes_per_cell")
    cell = resolve_cell(cell)
    maximum = binding.max_signaling_per_cell(cytokine, cell)
    if maximum == 0:
        raise ValueError(f"cell {cell.name!r} has no IL-2Rβ or no γc, so it has no EC50")
    half = 0.5 * _transduce(maximum, k_half)
    complexes_at_half = k_half * half / (1 - half)
    return binding.conc_for_signaling_M(cytokine, complexes_at_half, cell)


def pstat5_table(cytokine, conc_M, cells=("Treg", "Th", "CD8", "NK"), *,
                 half_max_complexes_per_cell: float = p.PSTAT5_HALF_MAX_COMPLEXES_PER_CELL
                 ) -> dict[str, np.ndarray]:
    """:func:`pstat5` for several cells in one vectorised solve, keyed by cell name.

    Examples
    --------
    >>> table = pstat5_table("IL-2", [1e-12, 1e-9])
    >>> list(table)
    ['Treg', 'Th', 'CD8', 'NK']
    """
    k_half = as_positive_float(half_max_complexes_per_cell, "half_max_complexes_per_cell")
    complexes = binding.equilibrium_table(cytokine, conc_M, cells)
    return {
        profile.name: relative_response(complexes[profile.name].signaling_per_cell,
                                        binding.max_signaling_per_cell(cytokine, profile), k_half)
        for profile in map(resolve_cell, cells)
    }


@dataclass(frozen=True)
class DoseResponse:
    """A pSTAT5 dose–response curve and its EC50.

    Examples
    --------
    >>> curve = dose_response("IL-2", "Th", np.logspace(-13, -7, 5))
    >>> curve.pstat5.shape
    (5,)
    """

    conc_M: np.ndarray
    pstat5: np.ndarray
    ec50_M: float


def dose_response(cytokine, cell, conc_M, *,
                  half_max_complexes_per_cell: float = p.PSTAT5_HALF_MAX_COMPLEXES_PER_CELL
                  ) -> DoseResponse:
    """pSTAT5 over ``conc_M`` together with the EC50: the model call behind each figure.

    Examples
    --------
    >>> curve = dose_response("IL-2", "Treg", [1e-12, 1e-9])
    >>> bool(curve.pstat5[0] < curve.pstat5[1])
    True
    """
    kwargs = {"half_max_complexes_per_cell": half_max_complexes_per_cell}
    conc = as_nonnegative_array(conc_M, "conc_M")
    return DoseResponse(
        conc_M=conc,
        pstat5=pstat5(cytokine, conc, cell, **kwargs),
        ec50_M=ec50(cytokine, cell, **kwargs),
    )
