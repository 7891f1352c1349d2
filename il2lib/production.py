r"""IL-2 production by a stimulated T-cell population: TCR/CD28 → mRNA → secreted IL-2 → uptake.

A culture of identical T cells is stimulated through the TCR at time zero, with or without CD28
co-stimulation. The model (model reference, equations eq-production-tcr to
eq-production-balance) follows one average cell and the medium it shares with the others:

1. **TCR.** Antigen engages the TCRs, and engaged TCRs are down-modulated from the surface over
   hours, to a floor that resynthesis keeps up; the signal falls with them.
2. **Activation.** The signal passes through a chain of activation compartments (the build-up of
   NFAT, AP-1 and NF-κB activity and the opening of the IL-2 locus): two for naive cells, one,
   and a shorter transit, for memory cells, whose locus is already demethylated.
3. **Transcription and mRNA.** Active transcription factors make IL-2 mRNA, which decays with a
   half-life of 1–2 h; CD28 stabilises it.
4. **Secretion.** The mRNA is translated into the endoplasmic reticulum; the new IL-2 passes
   through the Golgi to the plasma membrane (first-order steps) and into a well-mixed medium.
5. **Uptake.** IL-2 in the medium binds the cells' own receptors through the sequential-assembly
   kinetics of :mod:`il2lib.binding`; bound complexes are internalised and destroyed, and the
   receptor chains are resynthesised.
6. **Feedback.** Signalling complexes phosphorylate STAT5 (:mod:`il2lib.signaling`). pSTAT5
   induces IL-2Rα (CD25) and, through a slowly accumulating repressor, shuts IL-2 transcription
   off.

The IL-2 a population secretes is always somewhere: free in the medium, bound to a receptor, or
internalised; :attr:`ProductionTimeCourse.mass_balance_error` checks this.

Examples
--------
>>> from il2lib import production
>>> course = production.simulate()
>>> timing = production.timing(course)
>>> 6 <= timing.secretion_peak_h <= 8
True
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.constants import Avogadro
from scipy.integrate import solve_ivp

from il2lib import binding, signaling
from il2lib import parameters as p
from il2lib._validation import as_nonnegative_array, as_nonnegative_float, as_positive_float
from il2lib.cells import resolve_cell
from il2lib.cytokines import IL2

DIFFERENTIATION = ("naive", "memory")
"""Valid values of ``differentiation``."""

NAIVE_ACTIVATION_STAGES = 2
"""Compartments between TCR engagement and an open, transcribing IL-2 locus in naive cells.

Naive cells build up NFAT, AP-1 and NF-κB activity and open the IL-2 locus step by step, and they
need the TCR signal to last for hours to get through; many stages make the chain a sharp delay."""

MEMORY_ACTIVATION_STAGES = 1
"""Compartments in memory cells, whose IL-2 locus is already demethylated and poised."""

DEFAULT_T_H = np.linspace(0.0, 48.0, 481)
"""Default output times (hours)."""

_S_PER_H = 3600.0
_ML_PER_L = 1e3
_LN2 = np.log(2.0)

# Indices into the state vector; the activation chain (its length depends on differentiation)
# comes last.
_TCR = 0
_MRNA = 1
_ER = 2
_GOLGI = 3
_REPRESSOR = 4
_FREE = 5
_RECEPTORS = slice(_FREE + 1, _FREE + 9)
_INTERNALISED = _FREE + 9
_SECRETED = _FREE + 10
_CHAIN_START = _FREE + 11


def _atol(stages: int) -> np.ndarray:
    """Absolute tolerances: 1e-6 for fractions (TCR, mRNA, repressor, chain), 1e-2 molecules/cell.

    The RHS is vectorised, so the solver's finite-difference Jacobian costs one call.
    """
    atol = np.full(_CHAIN_START + stages, 1e-2)
    atol[[_TCR, _MRNA, _REPRESSOR]] = 1e-6
    atol[_CHAIN_START:] = 1e-6
    return atol


@dataclass(frozen=True)
class ProductionTimeCourse:
    """IL-2 production by a stimulated population over time; every field has the shape of ``t_h``.

    Per-cell amounts are molecules per cell; the medium concentration is in pM.

    Examples
    --------
    >>> course = simulate([0.0, 6.0, 24.0])
    >>> course.il2_pM.shape
    (3,)
    """

    t_h: np.ndarray
    tcr_surface_fraction: np.ndarray
    """Surface TCR as a fraction of the resting level (down-modulated after engagement)."""
    tcr_activity: np.ndarray
    """Active transcription factors (NFAT/AP-1/NF-κB), as a fraction of full stimulation."""
    mrna_relative: np.ndarray
    """IL-2 mRNA relative to a fully stimulated, co-stimulated cell without feedback."""
    repressor: np.ndarray
    """STAT5-induced repressor of IL-2 transcription (0 to 1)."""
    intracellular_per_cell: np.ndarray
    """Newly made IL-2 in the secretory pathway (ER and Golgi), not yet secreted."""
    secretion_per_cell_per_s: np.ndarray
    il2_pM: np.ndarray
    """Free IL-2 in the medium."""
    il2ra_per_cell: np.ndarray
    """Surface IL-2Rα (CD25), free and in complexes."""
    signaling_per_cell: np.ndarray
    pstat5: np.ndarray
    """pSTAT5 as a fraction of the cell's maximal response."""
    secreted_per_cell: np.ndarray
    """IL-2 secreted since stimulation (cumulative)."""
    free_per_cell: np.ndarray
    """Free IL-2 in the medium, as molecules per cell of the culture."""
    bound_per_cell: np.ndarray
    internalised_per_cell: np.ndarray
    """IL-2 internalised (and destroyed) since stimulation (cumulative)."""

    @property
    def mass_balance_error(self) -> float:
        """Largest |secreted − (free + bound + internalised)| relative to the total secreted.

        Examples
        --------
        >>> simulate().mass_balance_error < 1e-9
        True
        """
        accounted = self.free_per_cell + self.bound_per_cell + self.internalised_per_cell
        scale = max(float(np.max(self.secreted_per_cell)), 1e-300)
        return float(np.max(np.abs(self.secreted_per_cell - accounted)) / scale)


@dataclass(frozen=True)
class _Rates:
    """Everything the right-hand side needs, in seconds and molecules per cell."""

    stages: int
    chain_per_s: float
    tcr_occupancy: float
    tcr_downmodulation_per_s: float
    tcr_floor: float
    transcription_per_s: float
    mrna_decay_per_s: float
    repressor_per_s: float
    repression_half_max: float
    stat5_feedback: bool
    cd25_induction: bool
    translation_per_cell_per_s: float
    er_exit_per_s: float
    golgi_exit_per_s: float
    molar_per_molecule_per_cell: float
    binding_rates: tuple
    internalisation_per_s: float
    il2ra_decay_per_s: float
    il2ra_resting: float
    il2ra_induction_fold: float
    half_max_complexes: float
    transduced_max: float


def _pstat5(signaling_per_cell, r: _Rates):
    """pSTAT5 as a fraction of the cell's maximum (:func:`il2lib.signaling.relative_response`)."""
    return signaling._transduce(signaling_per_cell, r.half_max_complexes) / r.transduced_max


def _rhs(_t, y, r: _Rates):
    """Rates of change; ``y`` is one state (n,) or k states side by side (n, k)."""
    shape = y.shape
    y = y.reshape(_CHAIN_START + r.stages, -1)
    dy = np.empty_like(y)
    # Engaged TCRs are down-modulated (to a floor kept up by resynthesis); the signal is the
    # occupancy of the TCRs that remain.
    dy[_TCR] = -r.tcr_downmodulation_per_s * r.tcr_occupancy * (y[_TCR] - r.tcr_floor)
    chain = y[_CHAIN_START:]
    dy[_CHAIN_START] = r.chain_per_s * (r.tcr_occupancy * y[_TCR] - chain[0])
    dy[_CHAIN_START + 1:] = r.chain_per_s * (chain[:-1] - chain[1:])
    receptors = y[_RECEPTORS]
    signaling_complexes = receptors[6] + receptors[7]
    pstat5 = _pstat5(signaling_complexes, r)
    repression = 1.0 / (1.0 + y[_REPRESSOR] / r.repression_half_max) if r.stat5_feedback else 1.0
    dy[_MRNA] = r.transcription_per_s * chain[-1] * repression - r.mrna_decay_per_s * y[_MRNA]
    dy[_REPRESSOR] = r.repressor_per_s * (pstat5 - y[_REPRESSOR])
    # Translation into the ER, then ER → Golgi → plasma membrane (first-order steps).
    er_exit = r.er_exit_per_s * y[_ER]
    secretion = r.golgi_exit_per_s * y[_GOLGI]
    dy[_ER] = r.translation_per_cell_per_s * y[_MRNA] - er_exit
    dy[_GOLGI] = er_exit - secretion

    conc_M = y[_FREE] * r.molar_per_molecule_per_cell
    assembly = binding._assembly_rhs(0.0, receptors, conc_M, r.binding_rates).reshape(8, -1)
    captured = assembly[3:].sum(axis=0)      # binding from solution (membrane steps keep IL-2)
    # Complexes are internalised; IL-2 is destroyed and the chains return to the surface.
    internalised = r.internalisation_per_s * receptors[3:]
    assembly[3:] -= internalised
    la, lb, lab, lbg, labg = internalised
    assembly[0] += la + lab + labg
    assembly[1] += lb + lab + lbg + labg
    assembly[2] += lbg + labg
    # TCR signalling and pSTAT5 each drive half of the maximal IL-2Rα induction.
    induction = 0.5 * (chain[-1] + (pstat5 if r.cd25_induction else 0.0))
    il2ra_target = r.il2ra_resting * (1.0 + (r.il2ra_induction_fold - 1.0) * induction)
    assembly[0] += r.il2ra_decay_per_s * (il2ra_target - receptors[0])
    dy[_RECEPTORS] = assembly
    dy[_FREE] = secretion - captured
    dy[_INTERNALISED] = internalised.sum(axis=0)
    dy[_SECRETED] = secretion
    return dy.reshape(shape)


def _check_flag(value, name: str) -> bool:
    if not isinstance(value, (bool, np.bool_)):
        raise ValueError(f"{name} must be True or False; got {value!r}")
    return bool(value)


def _check_times(t_h) -> np.ndarray:
    times = as_nonnegative_array(DEFAULT_T_H if t_h is None else t_h, "t_h")
    if times.ndim != 1 or times.size < 2:
        raise ValueError(f"t_h must be a 1-D array of at least two times; got shape {times.shape}")
    if np.any(np.diff(times) <= 0):
        raise ValueError("t_h must be strictly increasing")
    return times


def simulate(t_h=None, *, antigen: float = 10.0, cd28: bool = True,
             stat5_feedback: bool = True, cd25_induction: bool = True,
             differentiation: str = "naive", cell="Th", cells_per_ml: float = 1e6,
             mrna_half_life_h: float = p.IL2_MRNA_HALF_LIFE_H,
             rtol: float = 1e-5) -> ProductionTimeCourse:
    """IL-2 production, uptake and feedback after TCR stimulation at time zero.

    Parameters
    ----------
    t_h : 1-D array, optional
        Output times in hours (finite, >= 0, strictly increasing); default 0 to 48 h.
    antigen : float
        Antigen dose in units of the dose that gives half-maximal TCR signal (>= 0).
    cd28 : bool
        CD28 co-stimulation, which stabilises IL-2 mRNA.
    stat5_feedback : bool
        Whether pSTAT5 represses IL-2 transcription (False: the repression is removed).
    cd25_induction : bool
        Whether pSTAT5 induces IL-2Rα (CD25).
    differentiation : {"naive", "memory"}
        Memory cells pass through a shorter, faster activation chain (their IL-2 locus is poised).
    cell : ReceptorProfile or str
        The resting receptor numbers of the stimulated cells (default conventional CD4, "Th").
    cells_per_ml : float
        Cell density of the culture (> 0).
    mrna_half_life_h : float
        IL-2 mRNA half-life with CD28 co-stimulation (> 0).
    rtol : float
        Relative tolerance of the integrator (BDF).

    Returns
    -------
    ProductionTimeCourse

    Examples
    --------
    >>> course = simulate(np.linspace(0, 24, 97))
    >>> bool(course.il2_pM.max() > 1.0)
    True
    """
    times = _check_times(t_h)
    antigen = as_nonnegative_float(antigen, "antigen")
    cd28 = _check_flag(cd28, "cd28")
    stat5_feedback = _check_flag(stat5_feedback, "stat5_feedback")
    cd25_induction = _check_flag(cd25_induction, "cd25_induction")
    if differentiation not in DIFFERENTIATION:
        raise ValueError(
            f"differentiation must be one of {list(DIFFERENTIATION)}; got {differentiation!r}")
    profile = resolve_cell(cell)
    cells_per_ml = as_positive_float(cells_per_ml, "cells_per_ml")
    mrna_half_life_h = as_positive_float(mrna_half_life_h, "mrna_half_life_h")
    rtol = as_positive_float(rtol, "rtol")

    naive = differentiation == "naive"
    delay_h = p.NAIVE_ACTIVATION_DELAY_H if naive else p.MEMORY_ACTIVATION_DELAY_H
    stages = NAIVE_ACTIVATION_STAGES if naive else MEMORY_ACTIVATION_STAGES
    half_life_h = mrna_half_life_h if cd28 else mrna_half_life_h / p.CD28_MRNA_STABILISATION_FOLD
    costimulated_decay_per_s = _LN2 / (mrna_half_life_h * _S_PER_H)
    max_signaling = binding.max_signaling_per_cell(IL2, profile)
    rates = _Rates(
        stages=stages,
        chain_per_s=stages / (delay_h * _S_PER_H),
        tcr_occupancy=antigen / (1.0 + antigen),
        tcr_downmodulation_per_s=_LN2 / (p.TCR_DOWNMODULATION_HALF_TIME_H * _S_PER_H),
        tcr_floor=1.0 - p.TCR_DOWNMODULATED_FRACTION,
        transcription_per_s=costimulated_decay_per_s,
        mrna_decay_per_s=_LN2 / (half_life_h * _S_PER_H),
        repressor_per_s=_LN2 / (p.STAT5_REPRESSOR_HALF_LIFE_H * _S_PER_H),
        repression_half_max=p.STAT5_REPRESSION_HALF_MAX_FRACTION,
        stat5_feedback=stat5_feedback,
        cd25_induction=cd25_induction,
        translation_per_cell_per_s=p.IL2_SECRETION_PER_CELL_PER_S,
        er_exit_per_s=p.ER_TO_GOLGI_PER_H / _S_PER_H,
        golgi_exit_per_s=p.GOLGI_TO_MEMBRANE_PER_H / _S_PER_H,
        molar_per_molecule_per_cell=cells_per_ml * _ML_PER_L / Avogadro,
        binding_rates=binding._rate_constants(IL2),
        internalisation_per_s=_LN2 / p.COMPLEX_INTERNALISATION_HALF_LIFE_S,
        il2ra_decay_per_s=_LN2 / p.FREE_IL2RA_HALF_LIFE_S,
        il2ra_resting=profile.il2ra_per_cell,
        il2ra_induction_fold=p.IL2RA_INDUCTION_FOLD,
        half_max_complexes=p.PSTAT5_HALF_MAX_COMPLEXES_PER_CELL,
        transduced_max=(signaling._transduce(max_signaling, p.PSTAT5_HALF_MAX_COMPLEXES_PER_CELL)
                        if max_signaling > 0 else 1.0),
    )
    y0 = np.zeros(_CHAIN_START + stages)
    y0[_TCR] = 1.0
    y0[_RECEPTORS][:3] = (profile.il2ra_per_cell, profile.il2rb_per_cell,
                          profile.gamma_c_per_cell)
    t_s = times * _S_PER_H
    solution = solve_ivp(_rhs, (0.0, t_s[-1]), y0, method="BDF", t_eval=t_s, args=(rates,),
                         rtol=rtol, atol=_atol(stages), vectorized=True)
    if not solution.success:
        raise RuntimeError(f"IL-2 production failed to integrate: {solution.message}")
    return _course(times, solution.y, rates)


def _course(times, y, rates: _Rates) -> ProductionTimeCourse:
    receptors = y[_RECEPTORS]
    signaling_complexes = receptors[6] + receptors[7]
    pstat5 = _pstat5(signaling_complexes, rates)
    alpha_species = receptors[[0, 3, 5, 7]].sum(axis=0)
    return ProductionTimeCourse(
        t_h=times,
        tcr_surface_fraction=y[_TCR],
        tcr_activity=y[-1],
        mrna_relative=y[_MRNA],
        repressor=y[_REPRESSOR],
        intracellular_per_cell=y[_ER] + y[_GOLGI],
        secretion_per_cell_per_s=rates.golgi_exit_per_s * y[_GOLGI],
        il2_pM=y[_FREE] * rates.molar_per_molecule_per_cell * 1e12,
        il2ra_per_cell=alpha_species,
        signaling_per_cell=signaling_complexes,
        pstat5=pstat5,
        secreted_per_cell=y[_SECRETED],
        free_per_cell=y[_FREE],
        bound_per_cell=receptors[3:].sum(axis=0),
        internalised_per_cell=y[_INTERNALISED],
    )


@dataclass(frozen=True)
class Timing:
    """Landmark times (hours) of a production time course.

    Examples
    --------
    >>> timing(simulate()).mrna_peak_h > 1
    True
    """

    mrna_peak_h: float
    secretion_onset_h: float
    """First time secretion reaches 10 % of its peak."""
    secretion_peak_h: float
    secretion_below_10pct_h: float
    """First time after the peak that secretion falls below 10 % of its peak (nan if never)."""
    il2_peak_h: float
    il2_below_10pct_h: float
    """First time after the peak that free IL-2 falls below 10 % of its peak (nan if never)."""


def _crossing_h(t_h, values, level, start):
    """First time at or after index ``start`` where ``values`` crosses ``level`` (interpolated)."""
    later = np.nonzero((values[start:] >= level) != (values[start] >= level))[0]
    if later.size == 0:
        return float("nan")
    j = start + later[0]
    return float(np.interp(level, sorted([values[j - 1], values[j]]),
                           [t_h[j - 1], t_h[j]] if values[j - 1] <= values[j]
                           else [t_h[j], t_h[j - 1]]))


def timing(course: ProductionTimeCourse) -> Timing:
    """Peak times, onset and shut-off of a :func:`simulate` run, interpolated between outputs.

    Examples
    --------
    >>> t = timing(simulate())
    >>> t.secretion_onset_h < t.secretion_peak_h < t.secretion_below_10pct_h
    True
    """
    t = course.t_h
    secretion = course.secretion_per_cell_per_s
    i_sec = int(np.argmax(secretion))
    i_il2 = int(np.argmax(course.il2_pM))
    return Timing(
        mrna_peak_h=float(t[int(np.argmax(course.mrna_relative))]),
        secretion_onset_h=_crossing_h(t, secretion, 0.1 * secretion[i_sec], 0),
        secretion_peak_h=float(t[i_sec]),
        secretion_below_10pct_h=_crossing_h(t, secretion, 0.1 * secretion[i_sec], i_sec),
        il2_peak_h=float(t[i_il2]),
        il2_below_10pct_h=_crossing_h(t, course.il2_pM, 0.1 * course.il2_pM[i_il2], i_il2),
    )
