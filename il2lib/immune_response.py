r"""One antigen-specific CD8 T-cell clone through an infection: expansion, contraction, memory.

A transient antigen pulse (an infection rising and cleared over about a week) gives the clone's
cells a TCR signal :math:`s(t)` between 0 and 1. Naive precursors are activated by it and become
activated **memory-precursor** cells (P, Bcl-6 high). These divide while they see antigen, faster
with more IL-2 signal, and differentiate into **terminal effectors** (E, Blimp-1 high) at a rate
that rises steeply with their IL-2 signal (kalia2010, pipkin2010). Effectors keep dividing while
antigen lasts; they die by activation-induced cell death (AICD) when restimulated in IL-2
(lenardo1991), less so with IL-15 (waldmann2001), and die fast once antigen is gone. Memory
precursors come to rest as **memory cells** (R) when antigen is gone and persist (IL-15 keeps
memory numbers stable: becker2002). Each memory-lineage cell carries an **IL-2 imprint**
:math:`q` between 0 and 1 that follows its IL-2 signal while it sees antigen; at a later
challenge memory cells divide in proportion to it, so IL-2 signals during priming are needed for
the secondary expansion (williams2006).

IL-2 comes from antigen-specific CD4 helpers and, less, from the clone's own memory-lineage cells
while they see antigen, each secreting at the mean rate of one stimulation of
:func:`il2lib.production.simulate` (through :func:`il2lib.populations.secretion_kernel`). All
cells of the compartment (the clone, the helpers and the resting Tregs) bind IL-2 at equilibrium
(:func:`il2lib.binding.equilibrium_table`) and internalise what sits on IL-2Rβ; the clone's
pSTAT5 is the absolute fraction of :func:`il2lib.signaling.absolute_response`. As in
:mod:`il2lib.populations`, the state holds the total IL-2 and the amounts produced, supplied and
consumed, so ``produced + supplied == free + bound + consumed`` holds exactly.

Examples
--------
>>> from il2lib import immune_response
>>> course = immune_response.simulate(np.linspace(0, 60, 121))
>>> day, fold = course.peak()
>>> bool(6 <= day <= 10 and fold > 1e4)
True
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, fields
from functools import lru_cache

import numpy as np
from scipy.constants import Avogadro
from scipy.integrate import solve_ivp

from il2lib import binding, populations, signaling
from il2lib import parameters as p
from il2lib._validation import (
    as_flag,
    as_float_in,
    as_nonnegative_array,
    as_nonnegative_float,
    as_positive_float,
    as_rtol,
    as_time_grid,
)
from il2lib.cells import CELL_TYPES, ReceptorProfile
from il2lib.cytokines import IL2, IL15

MAX_T_D = 400.0
"""Longest run :func:`simulate` accepts, in days."""

MAX_OUTPUT_TIMES = 20_000
"""Most output times :func:`simulate` accepts."""

ACTIVATED_CD8 = ReceptorProfile(
    "activated CD8", CELL_TYPES["CD8"].il2ra_per_cell,
    CELL_TYPES["CD8"].il2rb_per_cell * p.IL2RB_TCR_INDUCTION_FOLD,
    CELL_TYPES["CD8"].gamma_c_per_cell)
"""An antigen-activated CD8 T cell at rest in IL-2Rα: blood CD8 numbers (farhat2021) with
IL-2Rβ raised tenfold by TCR signalling (tkach2014). Its IL-2Rα is induced in the model, up to
:data:`il2lib.parameters.IL2RA_INDUCED_MAX_PER_CELL` (robb1984)."""

_S_PER_D = 86_400.0
_H_PER_D = 24.0
_LN2 = float(np.log(2.0))
_CONC_GRID_M = np.logspace(-16, -6, 161)
_ALPHA_GRID = np.concatenate([[0.0], np.logspace(0.0, np.log10(3e4), 40)])
_ALPHA_COORD = np.log10(1.0 + _ALPHA_GRID)
_ALPHA_LIST = _ALPHA_COORD.tolist()
# State: naive N, memory precursors P, memory R, effectors E, imprints Z_P = q P and Z_R = q R,
# IL-2Rα per cell of the memory lineage and of the effectors, helpers H, then the IL-2 present
# (free + bound) and the amounts produced and supplied; what was consumed is produced + supplied
# - present, so that the balance holds by construction.
_N, _P, _R, _E, _ZP, _ZR, _AP, _AE, _H, _TOTAL, _PRODUCED, _SUPPLIED = range(12)
_SIZE = 12


@dataclass(frozen=True)
class CloneRates:
    """Rate constants and thresholds of the clone model (per day, pSTAT5 as fractions).

    Defaults come from :mod:`il2lib.parameters` (the immune-response section), where each has
    its source and is marked ASSUMED or FITTED.

    Examples
    --------
    >>> round(CloneRates().division_max_per_d, 2)
    2.77
    >>> CloneRates(effector_death_per_d=-1.0)
    Traceback (most recent call last):
    ...
    ValueError: effector_death_per_d must be >= 0; got -1.0
    """

    division_max_per_d: float = _LN2 / p.T_CELL_DIVISION_TIME_H * _H_PER_D
    activation_per_d: float = _LN2 / p.CD8_ACTIVATION_HALF_TIME_D
    il2_independent_division_fraction: float = p.CD8_IL2_INDEPENDENT_DIVISION_FRACTION
    division_half_pstat5: float = p.CD8_DIVISION_HALF_PSTAT5_FRACTION
    effector_differentiation_max_per_d: float = p.CD8_EFFECTOR_DIFFERENTIATION_MAX_PER_D
    effector_half_pstat5: float = p.CD8_EFFECTOR_HALF_PSTAT5_FRACTION
    effector_hill: float = p.CD8_EFFECTOR_HILL
    effector_death_per_d: float = _LN2 / p.CD8_EFFECTOR_HALF_LIFE_D
    aicd_max_per_d: float = p.CD8_AICD_MAX_PER_D
    il15_aicd_half_pstat5: float = p.IL15_AICD_HALF_PSTAT5_FRACTION
    memory_death_per_d: float = p.CD8_MEMORY_NET_LOSS_PER_D
    rest_per_d: float = _LN2 / p.CD8_MEMORY_REST_HALF_TIME_D
    imprint_per_d: float = _LN2 / p.IL2_IMPRINT_HALF_TIME_D
    imprint_half_pstat5: float = p.IL2_IMPRINT_HALF_PSTAT5_FRACTION
    unimprinted_recall_fraction: float = p.UNIMPRINTED_RECALL_DIVISION_FRACTION
    il2ra_half_pstat5: float = p.CD8_IL2RA_HALF_PSTAT5_FRACTION
    il2ra_turnover_per_d: float = _LN2 / p.FREE_IL2RA_HALF_LIFE_S * _S_PER_D
    il2ra_induced_max_per_cell: float = p.IL2RA_INDUCED_MAX_PER_CELL
    internalisation_per_d: float = _LN2 / p.COMPLEX_INTERNALISATION_HALF_LIFE_S * _S_PER_D
    cd8_secretion_fraction: float = p.CD8_IL2_SECRETION_FRACTION
    helper_division_fraction: float = p.HELPER_DIVISION_FRACTION

    def __post_init__(self):
        for field in fields(self):
            value = getattr(self, field.name)
            if isinstance(value, bool):
                raise ValueError(f"{field.name} must be a number; got {value!r}")
            number = as_nonnegative_float(value, field.name)
            if field.name.endswith("_fraction") and number > 1:
                raise ValueError(f"{field.name} must be between 0 and 1; got {value!r}")
            if "half" in field.name or field.name == "effector_hill":
                if number == 0:
                    raise ValueError(f"{field.name} must be > 0; got {value!r}")
            object.__setattr__(self, field.name, number)


def antigen_signal(t_d, duration_d: float = p.ANTIGEN_DURATION_D):
    """TCR signal of one antigen pulse, 0 to 1: rising over a day, cleared after ``duration_d``.

    :math:`s(t) = (1 - e^{-t/0.5\\,d}) / (1 + e^{(t - D)/0.25\\,d})` for :math:`t \\ge 0`.

    Examples
    --------
    >>> antigen_signal(np.array([0.0, 3.0, 12.0])).round(2).tolist()
    [0.0, 1.0, 0.0]
    """
    t = as_nonnegative_array(t_d, "t_d")
    duration_d = as_positive_float(duration_d, "duration_d")
    with np.errstate(over="ignore"):
        rise = -np.expm1(-np.maximum(t, 0.0) / 0.5)
        return np.where(t > 0, rise / (1.0 + np.exp((t - duration_d) / 0.25)), 0.0)


def _signal(t: float, duration_d: float) -> float:
    """:func:`antigen_signal` at one time, without its checks (the model calls it often)."""
    if t <= 0:
        return 0.0
    z = (t - duration_d) / 0.25
    clearance = 0.0 if z > 700 else 1.0 / (1.0 + math.exp(z))
    return -math.expm1(-t / 0.5) * clearance


@lru_cache(maxsize=4)
def _table(il2rb_per_cell: float, gamma_c_per_cell: float) -> np.ndarray:
    """Bound, IL-2Rβ-bound and signalling IL-2 per cell on the (α, c) grid, shape (3, α, c)."""
    profiles = [ReceptorProfile(f"alpha {k}", a, il2rb_per_cell, gamma_c_per_cell)
                for k, a in enumerate(_ALPHA_GRID)]
    table = binding.equilibrium_table(IL2, _CONC_GRID_M, profiles)
    return np.array([[getattr(table[c.name], f) for c in profiles]
                     for f in ("bound_per_cell", "beta_bound_per_cell", "signaling_per_cell")])


def _pstat5(complexes_per_cell: float) -> float:
    """:func:`il2lib.signaling.absolute_response` for one number, without its checks (speed)."""
    return complexes_per_cell / (complexes_per_cell + p.PSTAT5_HALF_MAX_COMPLEXES_PER_CELL)


def _at(row: np.ndarray, conc: float) -> float:
    """One row of the table at ``conc``, linear in the concentration below the grid."""
    if conc < _CONC_GRID_M[0]:
        return float(row[0] * conc / _CONC_GRID_M[0])
    return float(np.interp(conc, _CONC_GRID_M, row))


def _rows(table: np.ndarray, alpha: float) -> np.ndarray:
    """The table's three rows at one IL-2Rα level (linear in log10(1 + α))."""
    x = math.log10(1.0 + max(alpha, 0.0))
    j = min(max(bisect.bisect_left(_ALPHA_LIST, x) - 1, 0), len(_ALPHA_LIST) - 2)
    w = (x - _ALPHA_COORD[j]) / (_ALPHA_COORD[j + 1] - _ALPHA_COORD[j])
    return (1 - w) * table[:, j] + w * table[:, j + 1]


@dataclass(frozen=True)
class CloneTimeCourse:
    """The clone, its helpers and IL-2 over time (days). Counts are cells in the compartment.

    ``pstat5_memory_lineage`` and ``pstat5_effector`` are absolute pSTAT5 fractions; amounts of
    IL-2 are molecules, with ``produced + supplied == free + bound + consumed`` at every time.

    Examples
    --------
    >>> course = simulate([0, 8, 60])
    >>> course.clone.shape
    (3,)
    """

    t_d: np.ndarray
    antigen: np.ndarray
    naive: np.ndarray
    memory_precursors: np.ndarray
    memory: np.ndarray
    effectors: np.ndarray
    helpers: np.ndarray
    imprint: np.ndarray
    """Mean IL-2 imprint of the memory lineage (precursors and memory), 0 to 1."""
    il2ra_memory_lineage: np.ndarray
    il2ra_effector: np.ndarray
    pstat5_memory_lineage: np.ndarray
    pstat5_effector: np.ndarray
    il2_pM: np.ndarray
    free_molecules: np.ndarray
    bound_molecules: np.ndarray
    produced_molecules: np.ndarray
    supplied_molecules: np.ndarray
    consumed_molecules: np.ndarray
    rechallenge_d: float | None

    @property
    def clone(self) -> np.ndarray:
        """All cells of the clone: naive, memory precursors, memory and effectors."""
        return self.naive + self.memory_precursors + self.memory + self.effectors

    def peak(self, after_d: float = 0.0) -> tuple[float, float]:
        """Day and fold expansion (over the clone at ``after_d``) of the clone's largest size
        after ``after_d``.

        Examples
        --------
        >>> day, fold = simulate(np.linspace(0, 20, 41)).peak()
        >>> bool(fold > 1)
        True
        """
        after_d = as_nonnegative_float(after_d, "after_d")
        inside = self.t_d >= after_d
        if not inside.any():
            raise ValueError(f"after_d must be within the run (0 to {self.t_d[-1]}); "
                             f"got {after_d}")
        clone = self.clone[inside]
        k = int(np.argmax(clone))
        start = float(np.interp(after_d, self.t_d, self.clone))
        return float(self.t_d[inside][k]), float(clone[k] / start)

    def effector_fraction(self, t_d: float) -> float:
        """Share of terminal effectors among the activated clone at ``t_d`` (0 to 1).

        Examples
        --------
        >>> 0 < simulate(np.linspace(0, 10, 21)).effector_fraction(8.0) < 1
        True
        """
        t_d = as_float_in(t_d, "t_d", float(self.t_d[0]), float(self.t_d[-1]))
        effectors = np.interp(t_d, self.t_d, self.effectors)
        activated = effectors + np.interp(t_d, self.t_d,
                                          self.memory_precursors + self.memory)
        return float(effectors / activated) if activated > 0 else 0.0


@dataclass(frozen=True)
class _Model:
    rates: CloneRates
    duration_d: float
    rechallenge_d: float | None
    recall_duration_d: float
    cd25_priming: bool
    cd25: bool
    helper_il2_fold: float
    supply_molecules_per_d: float
    molecules_per_M: float
    treg_cells: float
    il15_pstat5: float
    secretion_per_cell_per_d: float
    clone_table: np.ndarray
    treg_rows: np.ndarray
    helper_rows: np.ndarray

    def recall(self, t):
        return self.rechallenge_d is not None and t >= self.rechallenge_d

    def tcr(self, t):
        if self.recall(t):
            return _signal(t - self.rechallenge_d, self.recall_duration_d)
        return _signal(t, self.duration_d)

    def cd25_allowed(self, t):
        if not self.cd25:
            return False
        if self.cd25_priming:
            return True
        return self.recall(t)

    def il2_state(self, y):
        """Free IL-2 (M), per-cell rows of the two clone compartments, from the total."""
        lineage = _rows(self.clone_table, y[_AP])
        effector = _rows(self.clone_table, y[_AE])
        bound = ((y[_P] + y[_R]) * lineage[0] + y[_E] * effector[0]
                 + self.treg_cells * self.treg_rows[0] + y[_H] * self.helper_rows[0])
        total_grid = _CONC_GRID_M * self.molecules_per_M + bound
        total = max(y[_TOTAL], 0.0)
        if total <= total_grid[0]:
            conc = total / total_grid[0] * _CONC_GRID_M[0]
        else:
            conc = float(np.interp(total, total_grid, _CONC_GRID_M))
        return conc, lineage, effector

    def rhs(self, t, y):
        r = self.rates
        y = np.maximum(y, 0.0)
        conc, lineage, effector = self.il2_state(y)
        p_lin = _pstat5(_at(lineage[2], conc))
        p_eff = _pstat5(_at(effector[2], conc))
        s = self.tcr(t)
        phi = r.il2_independent_division_fraction

        def division(pstat5):
            return r.division_max_per_d * s * (phi + (1 - phi) * pstat5
                                               / (pstat5 + r.division_half_pstat5))

        q_r = y[_ZR] / y[_R] if y[_R] > 0 else 0.0
        recall = r.unimprinted_recall_fraction + (1 - r.unimprinted_recall_fraction) * q_r
        hill = r.effector_hill
        to_effector = (r.effector_differentiation_max_per_d * s * p_lin ** hill
                       / (p_lin ** hill + r.effector_half_pstat5 ** hill))
        rest = r.rest_per_d * (1 - s)
        aicd = (r.aicd_max_per_d * s * p_eff / (p_eff + r.division_half_pstat5)
                / (1 + self.il15_pstat5 / r.il15_aicd_half_pstat5))
        effector_loss = r.effector_death_per_d * (1 - s) + aicd
        activation = r.activation_per_d * s * y[_N]
        grow_p = division(p_lin) - to_effector - rest - r.memory_death_per_d
        grow_r = division(p_lin) * recall - to_effector - r.memory_death_per_d
        imprint_target = p_lin / (p_lin + r.imprint_half_pstat5)
        # The imprint is made during priming and carried, unchanged, into the recall.
        imprint = 0.0 if self.recall(t) else r.imprint_per_d * s
        d = np.zeros_like(y)
        d[_N] = -activation
        d[_P] = activation + grow_p * y[_P]
        d[_R] = rest * y[_P] + grow_r * y[_R]
        d[_E] = (division(p_eff) - effector_loss) * y[_E] + to_effector * (y[_P] + y[_R])
        d[_ZP] = grow_p * y[_ZP] + imprint * (imprint_target * y[_P] - y[_ZP])
        d[_ZR] = rest * y[_ZP] + grow_r * y[_ZR] + imprint * (imprint_target * y[_R] - y[_ZR])
        # IL-2Rα: induced by TCR signal and sustained by pSTAT5 (positive feedback, kalia2010).
        alpha_rest = ACTIVATED_CD8.il2ra_per_cell if self.cd25_allowed(t) else 0.0
        induced = r.il2ra_induced_max_per_cell if self.cd25_allowed(t) else 0.0
        for index, pstat5 in ((_AP, p_lin), (_AE, p_eff)):
            target = alpha_rest + induced * s * pstat5 / (pstat5 + r.il2ra_half_pstat5)
            d[index] = r.il2ra_turnover_per_d * (target - y[index])
        helper_growth = r.division_max_per_d * s * r.helper_division_fraction
        # Helpers contract back to their precursor number once antigen is gone (ASSUMED).
        d[_H] = (helper_growth * y[_H]
                 - r.effector_death_per_d * (1 - s) * max(y[_H] - p.HELPER_PRECURSOR_CELLS, 0.0))
        secreting = s * (self.helper_il2_fold * y[_H]
                         + r.cd8_secretion_fraction * (y[_P] + y[_R]))
        produced = secreting * self.secretion_per_cell_per_d
        supplied = self.supply_molecules_per_d if s > 0.01 else 0.0
        consumed = r.internalisation_per_d * float(
            (y[_P] + y[_R]) * _at(lineage[1], conc)
            + y[_E] * _at(effector[1], conc)
            + self.treg_cells * _at(self.treg_rows[1], conc)
            + y[_H] * _at(self.helper_rows[1], conc))
        d[_TOTAL] = produced + supplied - consumed
        d[_PRODUCED], d[_SUPPLIED] = produced, supplied
        return d


def simulate(t_d, *, antigen_duration_d: float = p.ANTIGEN_DURATION_D,
             precursors: float = p.CD8_NAIVE_PRECURSOR_CELLS, cd25: bool = True,
             cd25_priming: bool = True, helper_il2_fold: float = 1.0,
             il2_supply_M_per_h: float = 0.0, il15_M: float = 0.0,
             rechallenge_d: float | None = None,
             recall_antigen_duration_d: float = p.RECALL_ANTIGEN_DURATION_D,
             treg_cells: float = p.COMPARTMENT_TREG_CELLS,
             volume_L: float = p.COMPARTMENT_VOLUME_L, rates: CloneRates = CloneRates(),
             rtol: float = 1e-4) -> CloneTimeCourse:
    """The clone's response to one antigen pulse (and optionally a second), over days.

    Parameters
    ----------
    t_d : 1-D array
        Output times in days (finite, >= 0, strictly increasing); the infection starts at 0.
    antigen_duration_d : float
        Days until antigen is cleared (> 0; :func:`antigen_signal`).
    precursors : float
        Naive precursors of the clone at day 0 (> 0).
    cd25 : bool
        False: the clone has no IL-2Rα at any time (an IL-2Rα-deficient clone).
    cd25_priming : bool
        False: no IL-2Rα during priming, restored from ``rechallenge_d`` on.
    helper_il2_fold : float
        IL-2 secretion of the CD4 helpers relative to the production model's cells (>= 0).
    il2_supply_M_per_h : float
        IL-2 added while antigen is present, molar per hour (>= 0), as in IL-2 therapy.
    il15_M : float
        IL-15 in solution (molar, >= 0); its pSTAT5 in the effectors opposes AICD.
    rechallenge_d : float or None
        Day of a second antigen pulse (> 0), or None.
    recall_antigen_duration_d : float
        Days until the second pulse is cleared (> 0): an immune host clears it sooner.
    treg_cells : float
        Resting Tregs sharing the compartment (>= 0), consuming IL-2.
    volume_L : float
        Volume of the compartment in litres (> 0).
    rates : CloneRates
        Rate constants; change one with :func:`dataclasses.replace`.
    rtol : float
        Relative tolerance of ``scipy.integrate.solve_ivp`` (LSODA).

    Returns
    -------
    CloneTimeCourse

    Examples
    --------
    >>> with_il2 = simulate([0, 8])
    >>> no_cd25 = simulate([0, 8], cd25=False)
    >>> bool(with_il2.effector_fraction(8) > no_cd25.effector_fraction(8))
    True
    """
    times = as_time_grid(t_d, "t_d", max_time=MAX_T_D, max_size=MAX_OUTPUT_TIMES)
    antigen_duration_d = as_positive_float(antigen_duration_d, "antigen_duration_d")
    if antigen_duration_d > 60:
        raise ValueError(f"antigen_duration_d must be at most 60 days; got {antigen_duration_d}")
    precursors = as_positive_float(precursors, "precursors")
    cd25 = as_flag(cd25, "cd25")
    cd25_priming = as_flag(cd25_priming, "cd25_priming")
    helper_il2_fold = as_nonnegative_float(helper_il2_fold, "helper_il2_fold")
    il2_supply_M_per_h = as_nonnegative_float(il2_supply_M_per_h, "il2_supply_M_per_h")
    il15_M = as_nonnegative_float(il15_M, "il15_M")
    if rechallenge_d is not None:
        rechallenge_d = as_positive_float(rechallenge_d, "rechallenge_d")
    recall_antigen_duration_d = as_positive_float(recall_antigen_duration_d,
                                                  "recall_antigen_duration_d")
    if recall_antigen_duration_d > 60:
        raise ValueError("recall_antigen_duration_d must be at most 60 days; got "
                         f"{recall_antigen_duration_d}")
    treg_cells = as_nonnegative_float(treg_cells, "treg_cells")
    volume_L = as_positive_float(volume_L, "volume_L")
    rtol = as_rtol(rtol)
    if not isinstance(rates, CloneRates):
        raise ValueError(f"rates must be a CloneRates instance; got {rates!r}")
    molecules_per_M = volume_L * Avogadro
    kernel = populations.secretion_kernel()
    helper = ReceptorProfile("helper", 0.0, CELL_TYPES["Th"].il2rb_per_cell
                             * p.IL2RB_TCR_INDUCTION_FOLD, CELL_TYPES["Th"].gamma_c_per_cell)
    treg = CELL_TYPES["Treg"]
    il15_pstat5 = float(signaling.pstat5_fraction(IL15, il15_M, ACTIVATED_CD8))
    model = _Model(
        rates, antigen_duration_d, rechallenge_d, recall_antigen_duration_d, cd25_priming, cd25,
        helper_il2_fold,
        il2_supply_M_per_h * _H_PER_D * molecules_per_M, molecules_per_M, treg_cells,
        il15_pstat5, kernel.total_with_cd28 / (kernel.t_h[-1] / _H_PER_D),
        _table(ACTIVATED_CD8.il2rb_per_cell, ACTIVATED_CD8.gamma_c_per_cell),
        _rows(_table(treg.il2rb_per_cell, treg.gamma_c_per_cell), treg.il2ra_per_cell),
        _rows(_table(helper.il2rb_per_cell, helper.gamma_c_per_cell),
              CELL_TYPES["Th"].il2ra_per_cell * 10))
    y0 = np.zeros(_SIZE)
    y0[_N] = precursors
    y0[_H] = p.HELPER_PRECURSOR_CELLS
    alpha0 = ACTIVATED_CD8.il2ra_per_cell if model.cd25_allowed(0.0) else 0.0
    y0[_AP] = y0[_AE] = alpha0
    edges = [0.0, float(times[-1]) if times[-1] > 0 else 1e-9]
    if rechallenge_d is not None and rechallenge_d < edges[-1]:
        edges = [0.0, rechallenge_d, edges[-1]]
    pieces = []
    for k in range(len(edges) - 1):
        start, stop = edges[k], edges[k + 1]
        last = k == len(edges) - 2
        inside = (times >= start) & ((times <= stop) if last else (times < stop))
        scale = np.maximum(np.abs(y0), 1.0)
        solution = solve_ivp(model.rhs, (start, stop), y0, method="LSODA",
                             t_eval=times[inside], rtol=rtol,
                             atol=np.maximum(1e-6 * scale, 1e-3), max_step=0.25,
                             dense_output=not last)
        if not solution.success:
            raise RuntimeError(f"clone model failed to integrate: {solution.message}")
        pieces.append(solution.y)
        if not last:
            y0 = solution.sol(stop)
    return _time_course(model, times, np.concatenate(pieces, axis=1))


def _time_course(model: _Model, times, y) -> CloneTimeCourse:
    y = np.maximum(y, 0.0)
    n = times.size
    conc, bound, p_lin, p_eff = (np.empty(n) for _ in range(4))
    for k in range(n):
        conc[k], lineage, effector = model.il2_state(y[:, k])
        bound[k] = ((y[_P, k] + y[_R, k]) * _at(lineage[0], conc[k])
                    + y[_E, k] * _at(effector[0], conc[k])
                    + model.treg_cells * _at(model.treg_rows[0], conc[k])
                    + y[_H, k] * _at(model.helper_rows[0], conc[k]))
        p_lin[k] = signaling.absolute_response(_at(lineage[2], conc[k]))
        p_eff[k] = signaling.absolute_response(_at(effector[2], conc[k]))
    lineage_cells = y[_P] + y[_R]
    imprint = np.divide(y[_ZP] + y[_ZR], lineage_cells, out=np.zeros(n),
                        where=lineage_cells > 0)
    # The free IL-2 is whatever of the total is not bound: exact bookkeeping.
    free = y[_TOTAL] - bound
    return CloneTimeCourse(
        t_d=times, antigen=np.array([model.tcr(t) for t in times]), naive=y[_N],
        memory_precursors=y[_P], memory=y[_R], effectors=y[_E], helpers=y[_H],
        imprint=np.clip(imprint, 0.0, 1.0), il2ra_memory_lineage=y[_AP],
        il2ra_effector=y[_AE], pstat5_memory_lineage=p_lin, pstat5_effector=p_eff,
        il2_pM=conc * 1e12, free_molecules=free, bound_molecules=bound,
        produced_molecules=y[_PRODUCED], supplied_molecules=y[_SUPPLIED],
        consumed_molecules=y[_PRODUCED] + y[_SUPPLIED] - y[_TOTAL],
        rechallenge_d=model.rechallenge_d)


@dataclass(frozen=True)
class Summary:
    """The numbers the chapter compares with data, from :func:`summarise`.

    Examples
    --------
    >>> s = summarise()
    >>> bool(0 < s.memory_fraction < 1)
    True
    """

    peak_day: float
    peak_fold: float
    peak_cells: float
    memory_cells_day60: float
    memory_fraction: float
    """Clone at day 60 over the clone at its peak."""
    effector_fraction_day8: float


def summarise(*, antigen_duration_d: float = p.ANTIGEN_DURATION_D, cd25: bool = True,
              helper_il2_fold: float = 1.0, il2_supply_M_per_h: float = 0.0,
              rates: CloneRates = CloneRates()) -> Summary:
    """Peak (day, fold over the precursors, cells), memory at day 60 and the effector share.

    The arguments are those of :func:`simulate`.

    Examples
    --------
    >>> summarise().peak_day > 5
    True
    """
    course = simulate(np.linspace(0.0, 60.0, 241), antigen_duration_d=antigen_duration_d,
                      cd25=cd25, helper_il2_fold=helper_il2_fold,
                      il2_supply_M_per_h=il2_supply_M_per_h, rates=rates)
    day, fold = course.peak()
    peak_cells = float(course.clone.max())
    memory = float(course.clone[-1])
    return Summary(day, fold, peak_cells, memory, memory / peak_cells,
                   course.effector_fraction(8.0))


def secondary_expansion(*, cd25_priming: bool = True, rechallenge_d: float = 60.0,
                        helper_il2_fold: float = 1.0,
                        rates: CloneRates = CloneRates()) -> float:
    """Fold expansion of the clone after a second antigen pulse at ``rechallenge_d``.

    The clone's peak within three weeks of the challenge over its size on the day of it; the
    other arguments are those of :func:`simulate`.

    Examples
    --------
    >>> bool(secondary_expansion() > secondary_expansion(cd25_priming=False))
    True
    """
    rechallenge_d = as_positive_float(rechallenge_d, "rechallenge_d")
    if rechallenge_d > MAX_T_D - 21:
        raise ValueError(f"rechallenge_d must be at most {MAX_T_D - 21}; got {rechallenge_d}")
    t_d = np.concatenate([np.linspace(0.0, rechallenge_d, 121)[:-1],
                          np.linspace(rechallenge_d, rechallenge_d + 21.0, 85)])
    course = simulate(t_d, cd25_priming=cd25_priming, rechallenge_d=rechallenge_d,
                      helper_il2_fold=helper_il2_fold, rates=rates)
    return course.peak(after_d=rechallenge_d)[1]
