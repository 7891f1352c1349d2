r"""From signalling complexes to STAT5 phosphorylation: dose–response curves and EC50s.

Complexes holding IL-2Rβ (with JAK1) and γc (with JAK3) phosphorylate STAT5, and a phosphatase
removes the phosphate again. At steady state the **fraction of the cell's STAT5 that is
phosphorylated** is :math:`X/(X + K_S)` for a cell with :math:`X` signalling complexes
(:func:`pstat5_fraction`, :func:`absolute_response`): every cell type has the same STAT5 machinery,
so a cell with few complexes phosphorylates only a small part of its STAT5. This absolute
response is what drives growth, survival and IL-2Rα induction in the other models.

Dose–response curves measured by flow cytometry are usually shown relative to each cell's own
maximum; :func:`pstat5` (and :func:`ec50`, :func:`dose_response`) report that **normalised**
response, for comparing the shapes and positions of curves.

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


def absolute_response(complexes_per_cell,
                      half_max_complexes_per_cell: float = p.PSTAT5_HALF_MAX_COMPLEXES_PER_CELL):
    """Fraction of a cell's STAT5 that is phosphorylated, from its signalling complexes.

    The steady state of phosphorylation by the complexes against a phosphatase,
    :math:`X/(X + K_S)` (model reference, eq-pstat5). It is below 1 for any finite number of
    complexes.

    Parameters
    ----------
    complexes_per_cell : float or array
        Signalling complexes (holding IL-2Rβ and γc) per cell (finite, >= 0).
    half_max_complexes_per_cell : float
        :math:`K_S`, the complexes that phosphorylate half of the STAT5 (fitted, tkach2014).

    Examples
    --------
    >>> float(absolute_response(1e4))
    0.5
    >>> round(float(absolute_response(660.0)), 3)  # a resting Treg at saturating IL-2
    0.062
    """
    complexes_per_cell = as_nonnegative_array(complexes_per_cell, "complexes_per_cell",
                                              max_ndim=2)
    half_max_complexes_per_cell = as_positive_float(half_max_complexes_per_cell,
                                                    "half_max_complexes_per_cell")
    return _transduce(complexes_per_cell, half_max_complexes_per_cell)


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


def pstat5_fraction(cytokine, conc_M, cell, *,
                    half_max_complexes_per_cell: float = p.PSTAT5_HALF_MAX_COMPLEXES_PER_CELL):
    """Fraction of the cell's STAT5 phosphorylated at equilibrium (absolute, 0 to below 1).

    Unlike :func:`pstat5` it is not normalised to the cell's own maximum, so cell types with
    different receptor numbers reach different levels at saturating cytokine.

    Parameters
    ----------
    cytokine, conc_M, cell
        As for :func:`pstat5`.
    half_max_complexes_per_cell : float
        :math:`K_S` (see :func:`absolute_response`).

    Examples
    --------
    >>> treg = float(pstat5_fraction("IL-2", 1e-6, "Treg"))
    >>> nk = float(pstat5_fraction("IL-2", 1e-6, "NK"))
    >>> treg < 0.1 < nk
    True
    """
    complexes = binding.equilibrium(cytokine, conc_M, cell).signaling_per_cell
    return absolute_response(complexes, half_max_complexes_per_cell)


def pstat5(cytokine, conc_M, cell, *,
           half_max_complexes_per_cell: float = p.PSTAT5_HALF_MAX_COMPLEXES_PER_CELL):
    """pSTAT5 at equilibrium, normalised to the cell's own maximal response (0 to 1).

    For comparing the shapes of dose–response curves; the level a cell reaches is
    :func:`pstat5_fraction`.

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
    return binding.conc_for_signaling_M(cytokine, _complexes_at_half(cytokine, cell, k_half),
                                        cell)


def half_max_conc_M(conc_M, response) -> float:
    """Concentration at which a sampled response first reaches half of its largest value.

    For curves that have no closed-form inverse (a time course read at a fixed time, say), by
    interpolation in log concentration between the two samples around the half-maximum.

    Parameters
    ----------
    conc_M : 1-D array
        Increasing concentrations (molar, > 0).
    response : 1-D array
        The response at each concentration (finite, >= 0, not all zero).

    Examples
    --------
    >>> conc = np.logspace(-12, -6, 601)
    >>> round(half_max_conc_M(conc, conc / (conc + 1e-10)) * 1e12)
    100
    """
    conc = as_nonnegative_array(conc_M, "conc_M")
    values = as_nonnegative_array(response, "response")
    if conc.ndim != 1 or conc.shape != values.shape or conc.size < 2:
        raise ValueError(f"conc_M and response must be 1-D arrays of the same length (>= 2); "
                         f"got shapes {conc.shape} and {values.shape}")
    if np.any(conc <= 0) or np.any(np.diff(conc) <= 0):
        raise ValueError("conc_M must be > 0 and strictly increasing")
    half = 0.5 * values.max()
    if half == 0:
        raise ValueError("response must not be zero everywhere")
    i = int(np.argmax(values >= half))
    if i == 0:
        raise ValueError("response is already above half of its maximum at the lowest conc_M; "
                         "extend conc_M downwards")
    log_c = np.interp(half, values[i - 1:i + 1], np.log(conc[i - 1:i + 1]))
    return float(np.exp(log_c))


def _complexes_at_half(cytokine, cell, k_half: float) -> float:
    """Signalling complexes that give half of the cell's maximal response (eq-ec50)."""
    maximum = binding.max_signaling_per_cell(cytokine, cell)
    if maximum == 0:
        raise ValueError(f"cell {cell.name!r} has no IL-2Rβ or no γc, so it has no EC50")
    half = 0.5 * _transduce(maximum, k_half)
    return k_half * half / (1 - half)


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
        for profile in binding.resolve_cells(cells)
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


# --- A fixed amount of cytokine per cell, and trans-presentation -------------------------


def pstat5_finite_ligand(cytokine, ligand_per_cell, cell, volume_per_cell_L: float, *,
                         half_max_complexes_per_cell: float = p.PSTAT5_HALF_MAX_COMPLEXES_PER_CELL):
    """pSTAT5 when each cell shares ``ligand_per_cell`` cytokine molecules with its volume.

    Examples
    --------
    >>> r = pstat5_finite_ligand("IL-15", [1e4, 1e7], "NK", 1e-9)  # 1e6 cells per mL
    >>> bool(r[0] < r[1])
    True
    """
    k_half = as_positive_float(half_max_complexes_per_cell, "half_max_complexes_per_cell")
    complexes = binding.equilibrium_finite_ligand(cytokine, ligand_per_cell, cell,
                                                  volume_per_cell_L).signaling_per_cell
    return relative_response(complexes, binding.max_signaling_per_cell(cytokine, cell), k_half)


def ec50_finite_ligand(cytokine, cell, volume_per_cell_L: float, *,
                       half_max_complexes_per_cell: float = p.PSTAT5_HALF_MAX_COMPLEXES_PER_CELL
                       ) -> float:
    """Cytokine molecules per cell, free or bound, that give half the maximal response.

    Examples
    --------
    >>> n50 = ec50_finite_ligand("IL-15", "NK", 1e-9)
    >>> round(float(pstat5_finite_ligand("IL-15", n50, "NK", 1e-9)), 6)
    0.5
    """
    k_half = as_positive_float(half_max_complexes_per_cell, "half_max_complexes_per_cell")
    cell = resolve_cell(cell)
    return binding.ligand_for_signaling_per_cell(
        cytokine, _complexes_at_half(cytokine, cell, k_half), cell, volume_per_cell_L)


def _trans_setup(cytokine, kd_beta_M, membrane_area_um2, gap_nm):
    ligand = binding.trans_presented(cytokine, kd_beta_M=kd_beta_M)
    volume = binding.contact_volume_L(membrane_area_um2=membrane_area_um2, gap_nm=gap_nm)
    return ligand, volume


def pstat5_trans(cytokine, presented_per_cell, cell, *, kd_beta_M: float | None = None,
                 membrane_area_um2: float = p.LYMPHOCYTE_MEMBRANE_AREA_UM2,
                 gap_nm: float = p.CONTACT_GAP_NM,
                 half_max_complexes_per_cell: float = p.PSTAT5_HALF_MAX_COMPLEXES_PER_CELL):
    """pSTAT5 of a responder given cytokine presented in trans (fraction of its maximum).

    Parameters
    ----------
    cytokine : Cytokine or str
        The presented cytokine ("IL-15").
    presented_per_cell : float or 1-D array
        Presented cytokine·α complexes in the contact with one responder (finite, >= 0).
    cell : ReceptorProfile or str
        The responding cell.
    kd_beta_M, membrane_area_um2, gap_nm
        As for :func:`~il2lib.binding.trans_equilibrium`.
    half_max_complexes_per_cell : float
        As for :func:`pstat5`.

    Examples
    --------
    >>> pstat5_trans("IL-15", [0.0, 1e6], "CD8").round(3)
    array([0., 1.])
    """
    k_half = as_positive_float(half_max_complexes_per_cell, "half_max_complexes_per_cell")
    cell = resolve_cell(cell)
    ligand, volume = _trans_setup(cytokine, kd_beta_M, membrane_area_um2, gap_nm)
    complexes = binding._equilibrium_finite_ligand(ligand, presented_per_cell, cell, volume,
                                                   "presented_per_cell").signaling_per_cell
    return relative_response(complexes, binding.max_signaling_per_cell(ligand, cell), k_half)


def ec50_trans(cytokine, cell, *, kd_beta_M: float | None = None,
               membrane_area_um2: float = p.LYMPHOCYTE_MEMBRANE_AREA_UM2,
               gap_nm: float = p.CONTACT_GAP_NM,
               half_max_complexes_per_cell: float = p.PSTAT5_HALF_MAX_COMPLEXES_PER_CELL
               ) -> float:
    """Presented complexes per responder that give half of its maximal pSTAT5 (exact inverse).

    Examples
    --------
    >>> n50 = ec50_trans("IL-15", "NK")
    >>> round(float(pstat5_trans("IL-15", n50, "NK")), 6)
    0.5
    """
    k_half = as_positive_float(half_max_complexes_per_cell, "half_max_complexes_per_cell")
    cell = resolve_cell(cell)
    ligand, volume = _trans_setup(cytokine, kd_beta_M, membrane_area_um2, gap_nm)
    return binding.ligand_for_signaling_per_cell(
        ligand, _complexes_at_half(ligand, cell, k_half), cell, volume)


@dataclass(frozen=True)
class TransDoseResponse:
    """pSTAT5 against presented complexes per responder, with the trans EC50.

    Examples
    --------
    >>> curve = trans_dose_response("IL-15", "NK", [10.0, 1e4])
    >>> curve.ec50_presented_per_cell > 10
    True
    """

    presented_per_cell: np.ndarray
    pstat5: np.ndarray
    ec50_presented_per_cell: float


def trans_dose_response(cytokine, cell, presented_per_cell, **kwargs) -> TransDoseResponse:
    """:func:`pstat5_trans` over ``presented_per_cell`` with :func:`ec50_trans`.

    Keyword arguments are those of :func:`pstat5_trans`.

    Examples
    --------
    >>> trans_dose_response("IL-15", "CD8", [1.0, 100.0]).pstat5.shape
    (2,)
    """
    presented = as_nonnegative_array(presented_per_cell, "presented_per_cell")
    return TransDoseResponse(
        presented_per_cell=presented,
        pstat5=pstat5_trans(cytokine, presented, cell, **kwargs),
        ec50_presented_per_cell=ec50_trans(cytokine, cell, **kwargs),
    )
