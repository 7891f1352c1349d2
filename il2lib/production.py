r"""IL-2 production by a stimulated T-cell population: TCR/CD28 → mRNA → secreted IL-2 → uptake.

A culture of T cells is stimulated through the TCR at time zero, with or without CD28
co-stimulation. The model (model reference, equations eq-production-tcr to
eq-production-balance) follows the producers, the cells that do not produce, and the medium they
share:

1. **Antigen and producers.** Production is all-or-none per cell (tkach2014): the antigen dose
   sets the fraction of producers, :func:`producer_fraction`, and every producer starts at the
   full rate. Engaged TCRs use the antigen up, so it is lost faster the more T cells share it
   (half-life chosen at the default density), and they are down-modulated, so a producer's
   signal falls over hours, sooner at a weak dose.
2. **Activation.** The signal passes through a chain of activation compartments (the build-up of
   NFAT, AP-1 and NF-κB activity and the opening of the IL-2 locus): two for naive cells, one,
   and a shorter transit, for memory cells, whose locus is already demethylated (both fitted).
   Memory cells also hold preformed IL-2 mRNA, kept from the ribosomes until stimulation
   releases it (salerno2018; amount fitted).
3. **Transcription and mRNA.** Active transcription factors make IL-2 mRNA, which the AU-rich
   element of its 3′ UTR makes unstable (half-life 1–2 h); CD28 raises transcription and
   stabilises the mRNA.
4. **Secretion.** The mRNA is translated into the endoplasmic reticulum; the new IL-2 passes
   through the Golgi to the plasma membrane (first-order steps) and into a well-mixed medium.
   Sustained TCR signalling accelerates translation, autocatalytically, up to 30-fold
   (tkach2014; its rate assumed).
5. **Uptake and receptors.** IL-2 in the medium binds the receptors of every cell through the
   sequential-assembly kinetics of :mod:`il2lib.binding`; bound complexes are internalised, the
   IL-2 is destroyed, IL-2Rα recycles and IL-2Rβ and γc are degraded (hemar1995). An activated
   producer commits to raising IL-2Rβ, which then builds up over a day, to the measured 10,000
   per cell at 48 h (tkach2014; the synthesis that gives it is fitted).
6. **Feedback.** Signalling complexes phosphorylate STAT5; the absolute pSTAT5 (fraction of the
   cell's STAT5, :func:`il2lib.signaling.absolute_response`, with K_S fitted by tkach2014),
   lowered in the producers by their engaged TCRs (tkach2014), induces IL-2Rα (CD25) and, in
   the producers, a slowly accumulating repressor (Blimp-1) that shuts IL-2 transcription off
   (its strength fitted to the published shut-off).

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
from il2lib._validation import (
    as_flag,
    as_nonnegative_float,
    as_positive_float,
    as_rtol,
    as_time_grid,
)
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

MAX_T_H = 30 * 24.0
"""Longest run :func:`simulate` accepts (30 days; one stimulation is over within days)."""

MAX_OUTPUT_TIMES = 100_000
"""Most output times :func:`simulate` accepts."""

ANTIGEN_REFERENCE_CELLS_PER_ML = 1e6
"""T-cell density at which the antigen is lost with ``parameters.ANTIGEN_HALF_LIFE_H`` (the
default culture; chosen). With ``shared_antigen`` the loss rate is proportional to the density."""

_S_PER_H = 3600.0
_ML_PER_L = 1e3
_LN2 = np.log(2.0)

# Indices into the state vector; the activation chain (its length depends on differentiation)
# comes last. Receptors are per cell, for producers and for non-producers; the secretory pathway
# is per producer; free, internalised and secreted IL-2 are per cell of the culture.
_TCR = 0
_ANTIGEN = 1
_MRNA = 2
_ER = 3
_GOLGI = 4
_REPRESSOR = 5
_FREE = 6
_PRODUCERS = slice(7, 15)
_OTHERS = slice(15, 23)
_INTERNALISED = 23
_SECRETED = 24
_COMMITTED = 25
_IL2RB_PROGRAMME = 26
_BOOST = 27
_CHAIN_START = 28


def _atol(stages: int) -> np.ndarray:
    """Absolute tolerances: 1e-6 for fractions (TCR, antigen, mRNA, repressor, chain), 1e-2
    molecules/cell otherwise.

    The RHS is vectorised, so the solver's finite-difference Jacobian costs one call.
    """
    atol = np.full(_CHAIN_START + stages, 1e-2)
    atol[[_TCR, _ANTIGEN, _MRNA, _REPRESSOR, _COMMITTED, _IL2RB_PROGRAMME, _BOOST]] = 1e-6
    atol[_CHAIN_START:] = 1e-6
    return atol


def producer_fraction(antigen: float) -> float:
    """Fraction of the stimulated cells that become IL-2 producers at an antigen dose.

    Activation is all-or-none in each cell (tkach2014): the antigen dose, in units of the dose
    that switches on half of the cells, sets how many cells produce, :math:`u/(1+u)`, and every
    producer secretes at the full rate.

    Examples
    --------
    >>> producer_fraction(1.0)
    0.5
    >>> round(producer_fraction(10.0), 3)
    0.909
    """
    antigen = as_nonnegative_float(antigen, "antigen")
    return antigen / (1.0 + antigen)


@dataclass(frozen=True)
class ProductionTimeCourse:
    """IL-2 production by a stimulated population over time; every field has the shape of ``t_h``.

    Per-cell amounts are molecules per cell; "per cell" without qualification means per cell of
    the culture (producers and non-producers together); the medium concentration is in pM.

    Examples
    --------
    >>> course = simulate([0.0, 6.0, 24.0])
    >>> course.il2_pM.shape
    (3,)
    """

    t_h: np.ndarray
    tcr_surface_fraction: np.ndarray
    """Surface TCR of the producers as a fraction of the resting level (down-modulated after
    engagement)."""
    tcr_activity: np.ndarray
    """Active transcription factors (NFAT/AP-1/NF-κB) in a producer, as a fraction of full
    stimulation."""
    mrna_relative: np.ndarray
    """IL-2 mRNA per producer relative to a fully stimulated, co-stimulated cell without
    feedback."""
    repressor: np.ndarray
    """STAT5-induced repressor of IL-2 transcription in the producers (stands for Blimp-1)."""
    intracellular_per_cell: np.ndarray
    """Newly made IL-2 in the secretory pathway (ER and Golgi) per producer, not yet secreted."""
    secretion_per_cell_per_s: np.ndarray
    """IL-2 secretion per cell of the culture (the producer fraction times
    :attr:`secretion_per_producer_per_s`)."""
    il2_pM: np.ndarray
    """Free IL-2 in the medium."""
    il2ra_per_cell: np.ndarray
    """Surface IL-2Rα (CD25) of a producer, free and in complexes."""
    signaling_per_cell: np.ndarray
    """Signalling complexes (holding IL-2Rβ and γc) of a producer."""
    pstat5: np.ndarray
    """Absolute pSTAT5 of a producer: the fraction of its STAT5 that is phosphorylated,
    :func:`il2lib.signaling.absolute_response` of :attr:`signaling_per_cell`, lowered by its
    engaged TCRs (``tcr_inhibits_pstat5``)."""
    secreted_per_cell: np.ndarray
    """IL-2 secreted since stimulation (cumulative), per cell of the culture."""
    free_per_cell: np.ndarray
    """Free IL-2 in the medium, as molecules per cell of the culture."""
    bound_per_cell: np.ndarray
    """IL-2 held by receptors, per cell of the culture."""
    internalised_per_cell: np.ndarray
    """IL-2 internalised (and destroyed) since stimulation (cumulative), per cell of the
    culture."""
    secretion_per_producer_per_s: np.ndarray = None
    """IL-2 secretion of one producer."""
    producer_fraction: float = 1.0
    """Fraction of the cells that produce IL-2 (:func:`producer_fraction` of the antigen)."""
    antigen_remaining: np.ndarray = None
    """Antigen (peptide–MHC) left on the presenting cells, relative to the dose given."""
    il2rb_per_cell: np.ndarray = None
    """Surface IL-2Rβ of a producer, free and in complexes (induced by the TCR signal)."""
    il2ra_per_nonproducer: np.ndarray = None
    """Surface IL-2Rα of a cell that does not produce (induced by pSTAT5 only)."""
    pstat5_nonproducer: np.ndarray = None
    """Absolute pSTAT5 of a cell that does not produce."""
    consumed_fraction: np.ndarray = None
    """Internalised IL-2 as a fraction of the IL-2 secreted so far (0 before any secretion)."""

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
    producer_fraction: float
    antigen_decay_per_s: float
    start_occupancy: float
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
    beta_gamma_decay_per_s: float
    il2ra_resting: float
    il2ra_induction_fold: float
    il2rb_resting: float
    il2rb_activated: float
    il2rb_induction_per_s: float
    commitment_per_s: float
    gamma_c: float
    half_max_complexes: float
    tcr_pstat5_inhibition: float
    boost_fold: float
    boost_per_s: float
    boost_seed: float


def _pstat5(signaling_per_cell, r: _Rates):
    """Absolute pSTAT5 (:func:`il2lib.signaling.absolute_response`): X / (X + K_S)."""
    return signaling._transduce(signaling_per_cell, r.half_max_complexes)


def _occupancy(antigen):
    return antigen / (1.0 + antigen)


def _receptor_turnover(receptors, il2ra_target, il2rb_target, r: _Rates):
    """Internalisation of complexes and turnover of free chains (columns: cells and states).

    Complexes are internalised; their IL-2 is destroyed, IL-2Rα returns to the surface and
    IL-2Rβ and γc are degraded (hemar1995). Free IL-2Rα turns over slowly towards its target;
    free IL-2Rβ and γc are made and removed fast, with a surface half-life of about an hour.
    """
    internalised = r.internalisation_per_s * receptors[3:]
    change = np.empty_like(receptors)
    change[3:] = -internalised
    # IL-2Rα of every internalised complex (Lα, Lαβ, Lαβγ) recycles.
    change[0] = (internalised[0] + internalised[2] + internalised[4]
                 + r.il2ra_decay_per_s * (il2ra_target - receptors[0]))
    change[1] = r.beta_gamma_decay_per_s * (il2rb_target - receptors[1])
    change[2] = r.beta_gamma_decay_per_s * (r.gamma_c - receptors[2])
    return change, internalised.sum(axis=0)


def _rhs(_t, y, r: _Rates):
    """Rates of change; ``y`` is one state (n,) or k states side by side (n, k)."""
    shape = y.shape
    y = y.reshape(_CHAIN_START + r.stages, -1)
    dy = np.empty_like(y)
    # Antigen is lost from the presenting cells; engaged TCRs are down-modulated (to a floor kept
    # up by resynthesis). A producer's signal is its TCR occupancy relative to the start, so
    # every producer starts fully stimulated and its signal falls as antigen and TCR are lost.
    occupancy = _occupancy(y[_ANTIGEN])
    dy[_ANTIGEN] = -r.antigen_decay_per_s * y[_ANTIGEN]
    dy[_TCR] = -r.tcr_downmodulation_per_s * occupancy * (y[_TCR] - r.tcr_floor)
    signal = occupancy * y[_TCR] / r.start_occupancy if r.start_occupancy > 0 else 0.0 * occupancy
    chain = y[_CHAIN_START:]
    dy[_CHAIN_START] = r.chain_per_s * (signal - chain[0])
    dy[_CHAIN_START + 1:] = r.chain_per_s * (chain[:-1] - chain[1:])
    producers = y[_PRODUCERS]
    others = y[_OTHERS]
    # Engaged TCRs lower the pSTAT5 that a producer's complexes achieve (tkach2014).
    pstat5 = (_pstat5(producers[6] + producers[7], r)
              / (1.0 + r.tcr_pstat5_inhibition * signal))
    pstat5_others = _pstat5(others[6] + others[7], r)
    repression = 1.0 / (1.0 + y[_REPRESSOR] / r.repression_half_max) if r.stat5_feedback else 1.0
    dy[_MRNA] = r.transcription_per_s * chain[-1] * repression - r.mrna_decay_per_s * y[_MRNA]
    dy[_REPRESSOR] = r.repressor_per_s * (pstat5 - y[_REPRESSOR])
    # An activated producer commits (fast, all-or-none) to the programme that raises IL-2Rβ;
    # the programme then builds up over hours and outlasts the TCR signal that started it.
    dy[_COMMITTED] = r.commitment_per_s * chain[-1] * (1.0 - y[_COMMITTED])
    dy[_IL2RB_PROGRAMME] = r.il2rb_induction_per_s * (y[_COMMITTED] - y[_IL2RB_PROGRAMME])
    # Sustained TCR signalling accelerates secretion per producer, autocatalytically (tkach2014).
    boost = y[_BOOST]
    dy[_BOOST] = r.boost_per_s * signal * (r.boost_seed + boost) * (1.0 - boost)
    # Translation into the ER, then ER → Golgi → plasma membrane (first-order steps).
    er_exit = r.er_exit_per_s * y[_ER]
    secretion = r.golgi_exit_per_s * y[_GOLGI]
    dy[_ER] = (r.translation_per_cell_per_s * (1.0 + (r.boost_fold - 1.0) * boost) * y[_MRNA]
               - er_exit)
    dy[_GOLGI] = er_exit - secretion

    conc_M = y[_FREE] * r.molar_per_molecule_per_cell
    k = y.shape[1]
    both = np.concatenate([producers, others], axis=1)
    assembly = binding._assembly_rhs(0.0, both, np.concatenate([conc_M, conc_M]),
                                     r.binding_rates).reshape(8, 2 * k)
    captured = assembly[3:].sum(axis=0)      # binding from solution (membrane steps keep IL-2)
    # IL-2Rα: induced in producers by the TCR signal and pSTAT5, in the others by pSTAT5 alone;
    # IL-2Rβ: induced by the TCR signal in producers (tkach2014).
    cd25_p = pstat5 if r.cd25_induction else 0.0
    cd25_o = pstat5_others if r.cd25_induction else 0.0
    fold = 0.5 * (r.il2ra_induction_fold - 1.0)
    il2ra_target = r.il2ra_resting * (1.0 + fold * np.concatenate(
        [chain[-1] + cd25_p, cd25_o + 0.0 * chain[-1]]))
    il2rb_target = np.concatenate(
        [r.il2rb_resting + (r.il2rb_activated - r.il2rb_resting) * y[_IL2RB_PROGRAMME],
         np.full(k, r.il2rb_resting)])
    turnover, internalised = _receptor_turnover(both, il2ra_target, il2rb_target, r)
    dy[_PRODUCERS] = assembly[:, :k] + turnover[:, :k]
    dy[_OTHERS] = assembly[:, k:] + turnover[:, k:]
    f = r.producer_fraction
    dy[_FREE] = f * secretion - f * captured[:k] - (1.0 - f) * captured[k:]
    dy[_INTERNALISED] = f * internalised[:k] + (1.0 - f) * internalised[k:]
    dy[_SECRETED] = f * secretion
    return dy.reshape(shape)


def _check_times(t_h) -> np.ndarray:
    times = as_time_grid(DEFAULT_T_H if t_h is None else t_h, "t_h", min_size=2,
                         max_time=MAX_T_H, max_size=MAX_OUTPUT_TIMES)
    return times


def simulate(t_h=None, *, antigen: float = 10.0, cd28: bool = True,
             stat5_feedback: bool = True, cd25_induction: bool = True,
             differentiation: str = "naive", cell="Th", cells_per_ml: float = 1e6,
             mrna_half_life_h: float = p.IL2_MRNA_HALF_LIFE_H,
             il2rb_induction: bool = True,
             shared_antigen: bool = True, tcr_inhibits_pstat5: bool = True,
             secretion_boost: bool = True, preformed_mrna: bool | None = None,
             rtol: float = 1e-5) -> ProductionTimeCourse:
    """IL-2 production, uptake and feedback after TCR stimulation at time zero.

    Parameters
    ----------
    t_h : 1-D array, optional
        Output times in hours (finite, >= 0, strictly increasing); default 0 to 48 h.
    antigen : float
        Antigen dose in units of the dose that switches on half of the cells (>= 0); it sets
        the fraction of producers (:func:`producer_fraction`) and how long the antigen lasts.
    cd28 : bool
        CD28 co-stimulation, which raises IL-2 transcription and stabilises IL-2 mRNA.
    stat5_feedback : bool
        Whether pSTAT5 represses IL-2 transcription (False: the repression is removed).
    cd25_induction : bool
        Whether pSTAT5 induces IL-2Rα (CD25). False stands for cells that cannot raise CD25
        beyond what the TCR signal gives; for a CD25 knockout pass a ``cell`` without IL-2Rα.
    differentiation : {"naive", "memory"}
        Memory cells pass through a shorter, faster activation chain (their IL-2 locus is poised).
    cell : ReceptorProfile or str
        The resting receptor numbers of the stimulated cells (default conventional CD4, "Th").
    cells_per_ml : float
        Cell density of the culture (> 0).
    mrna_half_life_h : float
        IL-2 mRNA half-life with CD28 co-stimulation (> 0).
    il2rb_induction : bool
        Whether the TCR signal raises IL-2Rβ in the producers (towards
        ``parameters.IL2RB_INDUCED_TARGET_PER_CELL``, fitted so that the producers carry the
        measured ``parameters.IL2RB_ACTIVATED_PER_CELL`` at 48 h in the default culture).
    shared_antigen : bool
        Whether the T cells use up the antigen they share, so that it is lost faster the more
        T cells there are (tkach2014); False: it is lost with the same half-life at any density.
    tcr_inhibits_pstat5 : bool
        Whether engaged TCRs lower the pSTAT5 of the producers (tkach2014).
    secretion_boost : bool
        Whether sustained TCR signalling accelerates secretion per producer, up to
        ``parameters.SECRETION_BOOST_FOLD`` (tkach2014).
    preformed_mrna : bool, optional
        Whether the cells hold translationally repressed IL-2 mRNA that stimulation releases
        (salerno2018); default True for memory cells and False for naive cells.
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
    cd28 = as_flag(cd28, "cd28")
    stat5_feedback = as_flag(stat5_feedback, "stat5_feedback")
    cd25_induction = as_flag(cd25_induction, "cd25_induction")
    il2rb_induction = as_flag(il2rb_induction, "il2rb_induction")
    shared_antigen = as_flag(shared_antigen, "shared_antigen")
    tcr_inhibits_pstat5 = as_flag(tcr_inhibits_pstat5, "tcr_inhibits_pstat5")
    secretion_boost = as_flag(secretion_boost, "secretion_boost")
    if differentiation not in DIFFERENTIATION:
        raise ValueError(
            f"differentiation must be one of {list(DIFFERENTIATION)}; got {differentiation!r}")
    profile = resolve_cell(cell)
    cells_per_ml = as_positive_float(cells_per_ml, "cells_per_ml")
    mrna_half_life_h = as_positive_float(mrna_half_life_h, "mrna_half_life_h")
    rtol = as_rtol(rtol)

    naive = differentiation == "naive"
    preformed_mrna = as_flag(not naive if preformed_mrna is None else preformed_mrna,
                                 "preformed_mrna")
    density_factor = cells_per_ml / ANTIGEN_REFERENCE_CELLS_PER_ML if shared_antigen else 1.0
    delay_h = p.NAIVE_ACTIVATION_DELAY_H if naive else p.MEMORY_ACTIVATION_DELAY_H
    stages = NAIVE_ACTIVATION_STAGES if naive else MEMORY_ACTIVATION_STAGES
    half_life_h = mrna_half_life_h if cd28 else mrna_half_life_h / p.CD28_MRNA_STABILISATION_FOLD
    costimulated_decay_per_s = _LN2 / (mrna_half_life_h * _S_PER_H)
    transcription_per_s = (costimulated_decay_per_s if cd28
                           else costimulated_decay_per_s / p.CD28_TRANSCRIPTION_FOLD)
    rates = _Rates(
        stages=stages,
        chain_per_s=stages / (delay_h * _S_PER_H),
        producer_fraction=producer_fraction(antigen),
        antigen_decay_per_s=_LN2 * density_factor / (p.ANTIGEN_HALF_LIFE_H * _S_PER_H),
        start_occupancy=_occupancy(antigen),
        tcr_downmodulation_per_s=_LN2 / (p.TCR_DOWNMODULATION_HALF_TIME_H * _S_PER_H),
        tcr_floor=1.0 - p.TCR_DOWNMODULATED_FRACTION,
        transcription_per_s=transcription_per_s,
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
        beta_gamma_decay_per_s=_LN2 / p.FREE_IL2RB_GAMMA_C_HALF_LIFE_S,
        il2ra_resting=profile.il2ra_per_cell,
        il2ra_induction_fold=p.IL2RA_INDUCTION_FOLD,
        il2rb_resting=profile.il2rb_per_cell,
        il2rb_activated=(max(p.IL2RB_INDUCED_TARGET_PER_CELL, profile.il2rb_per_cell)
                         if il2rb_induction else profile.il2rb_per_cell),
        il2rb_induction_per_s=_LN2 / (p.IL2RB_INDUCTION_HALF_TIME_H * _S_PER_H),
        commitment_per_s=stages / (delay_h * _S_PER_H),
        gamma_c=profile.gamma_c_per_cell,
        half_max_complexes=p.PSTAT5_HALF_MAX_COMPLEXES_PER_CELL,
        tcr_pstat5_inhibition=p.TCR_PSTAT5_INHIBITION_FOLD - 1.0 if tcr_inhibits_pstat5 else 0.0,
        boost_fold=p.SECRETION_BOOST_FOLD if secretion_boost else 1.0,
        boost_per_s=_LN2 / (p.SECRETION_BOOST_DOUBLING_TIME_H * _S_PER_H),
        boost_seed=p.SECRETION_BOOST_SEED_FRACTION,
    )
    y0 = np.zeros(_CHAIN_START + stages)
    y0[_TCR] = 1.0
    y0[_ANTIGEN] = antigen
    if preformed_mrna and antigen > 0:
        # Preformed mRNA, held back from the ribosomes in resting cells, is released at once.
        y0[_MRNA] = p.MEMORY_PREFORMED_MRNA_FOLD
    resting = (profile.il2ra_per_cell, profile.il2rb_per_cell, profile.gamma_c_per_cell)
    y0[_PRODUCERS][:3] = resting
    y0[_OTHERS][:3] = resting
    t_s = times * _S_PER_H
    solution = solve_ivp(_rhs, (0.0, t_s[-1]), y0, method="BDF", t_eval=t_s, args=(rates,),
                         rtol=rtol, atol=_atol(stages), vectorized=True)
    if not solution.success:
        raise RuntimeError(f"IL-2 production failed to integrate: {solution.message}")
    return _course(times, solution.y, rates, antigen)


def _course(times, y, rates: _Rates, antigen: float) -> ProductionTimeCourse:
    producers = y[_PRODUCERS]
    others = y[_OTHERS]
    f = rates.producer_fraction
    signaling_complexes = producers[6] + producers[7]
    signal = (_occupancy(y[_ANTIGEN]) * y[_TCR] / rates.start_occupancy
              if rates.start_occupancy > 0 else np.zeros_like(times))
    secretion = rates.golgi_exit_per_s * y[_GOLGI]
    secreted = y[_SECRETED]
    with np.errstate(invalid="ignore", divide="ignore"):
        consumed = np.where(secreted > 0, y[_INTERNALISED] / np.where(secreted > 0, secreted, 1.0),
                            0.0)
    return ProductionTimeCourse(
        t_h=times,
        tcr_surface_fraction=y[_TCR],
        tcr_activity=y[-1],
        mrna_relative=y[_MRNA],
        repressor=y[_REPRESSOR],
        intracellular_per_cell=y[_ER] + y[_GOLGI],
        secretion_per_cell_per_s=f * secretion,
        il2_pM=y[_FREE] * rates.molar_per_molecule_per_cell * 1e12,
        il2ra_per_cell=producers[[0, 3, 5, 7]].sum(axis=0),
        signaling_per_cell=signaling_complexes,
        pstat5=_pstat5(signaling_complexes, rates) / (1.0 + rates.tcr_pstat5_inhibition * signal),
        secreted_per_cell=secreted,
        free_per_cell=y[_FREE],
        bound_per_cell=f * producers[3:].sum(axis=0) + (1.0 - f) * others[3:].sum(axis=0),
        internalised_per_cell=y[_INTERNALISED],
        secretion_per_producer_per_s=secretion,
        producer_fraction=f,
        antigen_remaining=y[_ANTIGEN] / antigen if antigen > 0 else np.zeros_like(times),
        il2rb_per_cell=producers[[1, 4, 5, 6, 7]].sum(axis=0),
        il2ra_per_nonproducer=others[[0, 3, 5, 7]].sum(axis=0),
        pstat5_nonproducer=_pstat5(others[6] + others[7], rates),
        consumed_fraction=consumed,
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
    if not isinstance(course, ProductionTimeCourse):
        raise ValueError(f"course must be a ProductionTimeCourse from simulate(); got {course!r}")
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
