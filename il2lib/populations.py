r"""Treg, Th, CD8 and NK cells competing for one pool of IL-2, over days.

The cells share one well-mixed compartment of volume :math:`V`. Every cell binds IL-2 through
:mod:`il2lib.binding` (at equilibrium: binding settles in minutes, the populations change over
days) and internalises what sits on IL-2Rβ-containing receptors, so consumption follows receptor
numbers. Each population's **absolute** pSTAT5, the fraction of its STAT5 phosphorylated
(:func:`il2lib.signaling.absolute_response`, :math:`X/(X + K_S)` with :math:`K_S` fitted by
tkach2014), drives its division and, in Tregs, IL-2Rα (CD25) induction.

IL-2 comes from Th cells that have met antigen, and each of them secretes it transiently: the
per-cell secretion time course of one stimulation, computed once by
:func:`il2lib.production.simulate` (with and without CD28 co-stimulation), is the kernel. Self
antigen stimulates a steady trickle of Th cells (rate :data:`SELF_ANTIGEN`, FITTED so that the
resting state is steady); a foreign antigen (``antigen``) stimulates a fraction of the Th cells
once, at time zero, and these antigen-specific Th cells ("responders") form a population of
their own that divides on IL-2 while antigen lasts. Tregs strip CD80/CD86 from antigen-
presenting cells (CTLA-4), so in their presence a share of the stimulations lacks CD28 co-
stimulation. Conventional T cells need TCR signal as well as IL-2 to divide; without it only
strong IL-2 signalling drives (bystander) division. IL-7 and IL-15 give every population but the
Tregs a constant homeostatic division rate (FITTED: it holds their resting numbers). The state
holds the total IL-2 (free + bound) and the cumulative amounts produced, supplied and consumed,
so ``produced + supplied = free + bound + consumed`` holds exactly. ``simulate(cytokine="IL-15")``
makes the one cytokine of the model IL-15 instead, bound through the cells' own chains; the
cells' IL-2 is then left out. The equations are in the book's model reference (section
"Populations").

Examples
--------
>>> from il2lib import populations
>>> rest = populations.simulate([0, 24 * 30])
>>> bool(abs(rest.fold("Treg")[-1] - 1) < 0.1)
True
>>> no_il2 = populations.simulate([0, 24 * 30], self_antigen=0.0)
>>> bool(no_il2.fold("Treg")[-1] < 0.5)
True
"""

from __future__ import annotations

import abc
import itertools
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from functools import lru_cache

import numpy as np
from scipy.constants import Avogadro
from scipy.integrate import solve_ivp
from scipy.interpolate import NdBSpline, make_interp_spline

from il2lib import binding, production, signaling
from il2lib import parameters as p
from il2lib._validation import (
    as_flag,
    as_nonnegative_array,
    as_nonnegative_float,
    as_positive_float,
    as_rtol,
    as_time_grid,
)
from il2lib.cells import CD56BRIGHT_NK, CELL_TYPES, ReceptorProfile
from il2lib.cytokines import IL2, Cytokine, resolve_cytokine

CELLS = ("Treg", "Th", "CD8", "NK")
"""The populations reported, in the order of every per-population array ("Th" counts all
conventional CD4 T cells: bystanders and antigen-specific responders)."""

DEFAULT_INITIAL_CELLS = {"Treg": 10_000.0, "Th": 100_000.0, "CD8": 50_000.0, "NK": 20_000.0}
"""Cells in the compartment at time zero: Tregs are about a tenth of the CD4 T cells."""

MAX_T_H = 3 * 365 * 24.0
"""Longest run :func:`simulate` accepts (three years)."""

MAX_OUTPUT_TIMES = 100_000
"""Most output times :func:`simulate` accepts."""

DEFAULT_VOLUME_L = 1e-5
"""The compartment: 10 µL around 180,000 cells (1.8 × 10⁷ cells/mL, a dense culture)."""

_LYMPHOCYTE_VOLUME_L = 200e-15
_BRIGHT = p.NK_CD56BRIGHT_FRACTION
# A resting lymphocyte, about 7 µm across, occupies about 200 fL: the crowding limit, the number
# of cells that fill the compartment; division slows as the cells approach it.

LOW_SUPPLY_M_PER_H = 1e-12
"""A low, sustained IL-2 supply (1 pM per hour)."""

HIGH_SUPPLY_M_PER_H = 1e-8
"""Ten thousand times more: free IL-2 rises to hundreds of nanomolar."""

_HOURS_PER_S = 1 / 3600
_LN2 = float(np.log(2.0))
# Lookup grids of the equilibrium: concentration (40 points per decade, up to 1 mM, where every
# receptor is saturated) and IL-2Rα per cell (uniform in log10(1 + α), from none to well above
# the induced maximum). Above the grid the cells stay saturated (the last column).
_CONC_GRID_M = np.logspace(-15, -3, 481)
_LOG_CONC_GRID = np.log10(_CONC_GRID_M)
_ALPHA_COORD = np.linspace(0.0, 5.0, 101)
_ALPHA_GRID = 10.0 ** _ALPHA_COORD - 1.0
_ALPHA_STEP = _ALPHA_COORD[1] - _ALPHA_COORD[0]
# Internal populations: the four of CELLS (Th = bystander Th, NK = its CD56-dim majority), the
# responders and the CD56-bright NK cells; Th and NK are reported as sums.
_TREG, _TH, _CD8, _NK, _RESP, _NKB = range(6)
_N = 6
_KERNEL_T_H = np.linspace(0.0, 48.0, 481)
# One stimulation lasts as long as the production chapter's run (two days); then it ends.


@dataclass(frozen=True)
class Rates:
    """Rate constants of the population model, per hour, from :mod:`il2lib.parameters`.

    ``homeostatic_division_per_h`` holds the IL-7/IL-15-driven division rates of Th, CD8 and NK
    cells (Tregs get none: IL-7 and IL-15 signal only weakly in them, vang2008); None (default)
    uses the FITTED values of :func:`resting_state`, which hold the resting numbers.

    Examples
    --------
    >>> round(float(Rates().division_max_per_h), 3)
    0.116
    >>> Rates(death_treg_per_h=-1.0)
    Traceback (most recent call last):
    ...
    ValueError: death_treg_per_h must be >= 0; got -1.0
    """

    internalisation_per_h: float = _LN2 / (p.COMPLEX_INTERNALISATION_HALF_LIFE_S * _HOURS_PER_S)
    il2ra_turnover_per_h: float = _LN2 / (p.FREE_IL2RA_HALF_LIFE_S * _HOURS_PER_S)
    il2ra_induced_max_per_cell: float = p.IL2RA_INDUCED_MAX_PER_CELL
    division_max_per_h: float = float(_LN2 / p.T_CELL_DIVISION_TIME_H)
    death_treg_per_h: float = _LN2 / p.DOUBLING_TIME_TREG_IN_VIVO_H
    death_conventional_per_h: float = _LN2 / p.DOUBLING_TIME_MEMORY_CD4_IN_VIVO_H
    death_nk_per_h: float = _LN2 / p.DOUBLING_TIME_NK_IN_VIVO_H
    suppression_half_ratio: float = p.SUPPRESSION_HALF_TREG_PER_TH_RATIO
    bystander_half_pstat5: float = p.BYSTANDER_HALF_PSTAT5_FRACTION
    il2rb_tcr_induction_fold: float = p.IL2RB_TCR_INDUCTION_FOLD
    homeostatic_division_per_h: tuple[float, float, float] | None = None

    def __post_init__(self):
        for field in fields(self):
            value = getattr(self, field.name)
            if field.name == "homeostatic_division_per_h":
                if value is not None:
                    rates = as_nonnegative_array(value, field.name)
                    if rates.shape != (3,):
                        raise ValueError(f"{field.name} must hold three rates (Th, CD8, NK); "
                                         f"got {value!r}")
                    object.__setattr__(self, field.name, tuple(float(r) for r in rates))
                continue
            if isinstance(value, bool):
                raise ValueError(f"{field.name} must be a number; got {value!r}")
            number = as_nonnegative_float(value, field.name)
            if field.name in ("division_max_per_h", "suppression_half_ratio",
                              "bystander_half_pstat5") and number == 0:
                raise ValueError(f"{field.name} must be > 0; got {value!r}")
            if field.name == "il2rb_tcr_induction_fold" and number < 1:
                raise ValueError(f"{field.name} must be >= 1; got {value!r}")
            object.__setattr__(self, field.name, number)

    def death_per_h(self) -> np.ndarray:
        """Death rate of each population of :data:`CELLS` (its measured turnover at rest).

        Examples
        --------
        >>> Rates().death_per_h().round(4)
        array([0.0036, 0.0012, 0.0012, 0.0018])
        """
        conventional = self.death_conventional_per_h
        return np.array([self.death_treg_per_h, conventional, conventional, self.death_nk_per_h])


@dataclass(frozen=True)
class SecretionKernel:
    """IL-2 secreted per Th cell per second after one stimulation, from :mod:`il2lib.production`.

    Examples
    --------
    >>> kernel = secretion_kernel()
    >>> bool(kernel.with_cd28_per_s.max() > kernel.without_cd28_per_s.max())
    True
    """

    t_h: np.ndarray
    with_cd28_per_s: np.ndarray
    without_cd28_per_s: np.ndarray
    total_with_cd28: float
    """Molecules secreted per stimulation (with CD28), over the kernel's two days."""
    total_without_cd28: float


@lru_cache(maxsize=1)
def secretion_kernel() -> SecretionKernel:
    """The per-cell secretion after one stimulation, with and without CD28 (computed once).

    :func:`il2lib.production.simulate` of a naive Th culture over its default two days,
    ``secretion_per_cell_per_s``; the stimulation ends after that.

    Examples
    --------
    >>> kernel = secretion_kernel()
    >>> bool(kernel.with_cd28_per_s[-1] < 0.1 * kernel.with_cd28_per_s.max())
    True
    """
    t_h = np.asarray(_KERNEL_T_H, dtype=float)
    runs = [production.simulate(t_h, cd28=cd28) for cd28 in (True, False)]
    with_cd28, without = (np.asarray(r.secretion_per_cell_per_s, dtype=float) for r in runs)
    totals = [float(np.trapezoid(s, t_h * 3600.0)) for s in (with_cd28, without)]
    return SecretionKernel(t_h, with_cd28, without, *totals)


@dataclass(frozen=True)
class PopulationTimeCourse:
    """Cell numbers, IL-2 and pSTAT5 over time; per-population arrays are ``(len(t_h), 4)``.

    The "Th" column counts all conventional CD4 T cells; its IL-2Rα and pSTAT5 are averages over
    bystander Th cells and antigen-specific responders, whose own values are in the
    ``responder_*`` fields. Likewise "NK" counts both NK populations, the CD56-dim majority and
    the CD56-bright cells of the ``cd56bright_nk*`` fields. ``pstat5`` is absolute: the
    fraction of each cell's STAT5 that is phosphorylated
    (:func:`il2lib.signaling.absolute_response`), not normalised to the cell type's maximum.
    Amounts of IL-2 are molecules in the whole compartment; at every time
    ``produced + supplied == free + bound + consumed``.

    Examples
    --------
    >>> course = simulate([0, 24], antigen=0.5)
    >>> course.counts.shape, course.cells
    ((2, 4), ('Treg', 'Th', 'CD8', 'NK'))
    """

    t_h: np.ndarray
    cells: tuple[str, ...]
    counts: np.ndarray
    il2ra_per_cell: np.ndarray
    pstat5: np.ndarray
    """Absolute pSTAT5 (fraction of the cell's STAT5 phosphorylated, 0 to below 1)."""
    il2_pM: np.ndarray
    free_molecules: np.ndarray
    bound_molecules: np.ndarray
    produced_molecules: np.ndarray
    supplied_molecules: np.ndarray
    consumed_molecules: np.ndarray
    responders: np.ndarray
    """Antigen-specific Th cells (stimulated by ``antigen`` at time zero, and their progeny)."""
    responder_il2ra_per_cell: np.ndarray
    responder_pstat5: np.ndarray
    secretion_per_responder_per_s: np.ndarray
    """IL-2 secreted per responder per second (the kernel, less CD28 where Tregs act)."""
    suppression: np.ndarray
    """Share of stimulations that lack CD28 co-stimulation because of Tregs (0 to 1)."""
    cd56bright_nk: np.ndarray
    """CD56-bright NK cells (:data:`il2lib.cells.CD56BRIGHT_NK`), counted within "NK"."""
    cd56bright_nk_pstat5: np.ndarray
    pool_states: np.ndarray | None = None
    """States of the ``il2_pool`` over time, ``(len(t_h), n)``; None without a pool."""
    cytokine: str = "IL-2"
    """Name of the model's cytokine (``simulate(cytokine=...)``), whose free concentration is
    ``il2_pM`` and whose amounts are the ``*_molecules`` fields."""

    def count(self, cell: str) -> np.ndarray:
        """Number of cells of one population over time.

        Examples
        --------
        >>> float(simulate([0, 1]).count("Th")[0])
        100000.0
        """
        return self.counts[:, self._index(cell)]

    def fold(self, cell: str) -> np.ndarray:
        """Number of cells of one population relative to its start (NaN if it started at 0).

        Examples
        --------
        >>> float(simulate([0, 1], tregs=False).fold("Th")[0])
        1.0
        """
        counts = self.count(cell)
        with np.errstate(divide="ignore", invalid="ignore"):
            return counts / counts[0] if counts[0] > 0 else np.full_like(counts, np.nan)

    def responder_fold(self) -> np.ndarray:
        """Antigen-specific Th cells relative to their start (NaN without antigen).

        Examples
        --------
        >>> float(simulate([0, 1], antigen=0.03).responder_fold()[0])
        1.0
        """
        with np.errstate(divide="ignore", invalid="ignore"):
            start = self.responders[0]
            return (self.responders / start if start > 0
                    else np.full_like(self.responders, np.nan))

    def _index(self, cell: str) -> int:
        if cell not in self.cells:
            raise ValueError(f"cell must be one of {list(self.cells)}; got {cell!r}")
        return self.cells.index(cell)


@lru_cache(maxsize=16)
def _binding_table(cytokine: Cytokine, il2rb_per_cell: float, gamma_c_per_cell: float,
                   il15ra_per_cell: float = 0.0) -> np.ndarray:
    """Equilibrium cytokine bound, on IL-2Rβ, and signalling, per cell, on the (α, c) grid.

    α is IL-2Rα. Shape ``(3, len(_ALPHA_GRID), len(_CONC_GRID_M))``, from one vectorised
    :func:`il2lib.binding.equilibrium_table` call. For a cytokine whose α chain is IL-15Rα the
    rows do not differ (IL-2Rα does not bind it) and ``il15ra_per_cell`` is the cell's own.
    """
    profiles = [ReceptorProfile(f"alpha {k}", alpha, il2rb_per_cell, gamma_c_per_cell,
                                il15ra_per_cell)
                for k, alpha in enumerate(_ALPHA_GRID)]
    table = binding.equilibrium_table(cytokine, _CONC_GRID_M, profiles)
    return np.array([[getattr(table[cell.name], field) for cell in profiles]
                     for field in ("bound_per_cell", "beta_bound_per_cell",
                                   "signaling_per_cell")])


def _chains(cytokine: Cytokine, profiles) -> tuple[tuple[float, float, float], ...]:
    """What the tables of each cell depend on besides IL-2Rα: IL-2Rβ, γc and IL-15Rα.

    IL-15Rα counts only for a cytokine that binds it (so IL-2's tables ignore it).
    """
    own_il15ra = cytokine.alpha_chain == "il15ra"
    return tuple((c.il2rb_per_cell, c.gamma_c_per_cell,
                  c.il15ra_per_cell if own_il15ra else 0.0) for c in profiles)


@lru_cache(maxsize=4)
def _linear_tables(cytokine: Cytokine,
                   chains: tuple[tuple[float, float, float], ...]) -> tuple[np.ndarray, ...]:
    """The tables of several cells (:func:`_chains`), stacked for linear interpolation.

    Returns the bound table ``(n, n_alpha, n_conc)``, its steps along α and all three fields
    ``(n, n_alpha, n_conc, 3)``; read-only, shared by every run with these receptors.
    """
    tables = np.array([_binding_table(cytokine, *c) for c in chains])  # (n, 3, α, c)
    bound = np.ascontiguousarray(tables[:, 0])
    arrays = (bound, np.diff(bound, axis=1),
              np.ascontiguousarray(tables.transpose(0, 2, 3, 1)))
    for array in arrays:
        array.flags.writeable = False
    return arrays


@lru_cache(maxsize=4)
def _smooth_tables(cytokine: Cytokine,
                   chains: tuple[tuple[float, float, float], ...]) -> NdBSpline:
    """Cubic B-spline through the tables of several cells, in (log10(1 + α), log10 c).

    It passes through every grid point, as the linear interpolation does, its slopes are
    continuous, and between grid points it agrees with :func:`il2lib.binding.equilibrium` to
    about 1e-5 (the linear reading to about 2e-3). The cells are
    a degree-0 axis (cell ``i`` on ``[i, i + 1)``), so that one call evaluates every cell at its
    own IL-2Rα; the three fields (bound, on IL-2Rβ, signalling) are the trailing axis.
    """
    values = np.array([_binding_table(cytokine, *c) for c in chains]).transpose(0, 2, 3, 1)
    along_alpha = make_interp_spline(_ALPHA_COORD, values, k=3, axis=1)
    along_conc = make_interp_spline(_LOG_CONC_GRID, along_alpha.c, k=3, axis=2)
    coefficients = np.ascontiguousarray(along_conc.c.transpose(2, 1, 0, 3))
    return NdBSpline((np.arange(len(chains) + 1.0), along_alpha.t, along_conc.t),
                     coefficients, (0, 3, 3))


class _PreparedSpline:
    """A fixed :class:`~scipy.interpolate.NdBSpline`, evaluated without per-call preparation.

    ``NdBSpline.__call__`` reshapes its coefficients and recomputes their strides on every call,
    about two thirds of its cost for the few points the population model asks for, tens of
    thousands of times a run. Here that is done once and scipy's compiled evaluator (the one
    ``__call__`` uses) is called directly. If this scipy's evaluator does not take these
    arguments, or gives another result on a check point, the spline's own ``__call__`` is used.
    """

    def __init__(self, spline: NdBSpline):
        self.spline = spline
        self._evaluate = None
        try:
            from scipy.interpolate import _dierckx
            ndim = len(spline.t)
            flat = np.ascontiguousarray(spline.c).reshape(spline.c.shape[:ndim] + (-1,))
            strides = np.asarray([s // flat.dtype.itemsize for s in flat.strides], dtype=np.int64)
            self._args = (spline._t, spline._len_t, spline._k, np.zeros(ndim, dtype=np.int64),
                          bool(spline.extrapolate), flat.ravel(), flat.shape[-1], strides,
                          spline._indices_k1d)
            self._trailing = spline.c.shape[ndim:]
            check = np.ascontiguousarray([[0.5 * (t[0] + t[-1]) for t in spline.t]])
            if np.array_equal(_dierckx.evaluate_ndbspline(check, *self._args).reshape(
                    (1, *self._trailing)), spline(check)):
                self._evaluate = _dierckx.evaluate_ndbspline
        except (ImportError, AttributeError, TypeError, ValueError):
            self._evaluate = None

    def __call__(self, points: np.ndarray) -> np.ndarray:
        if self._evaluate is None:
            return self.spline(points)
        out = self._evaluate(points, *self._args)
        return out.reshape(points.shape[:-1] + self._trailing)


def _responder_profile(th: ReceptorProfile, rates: Rates) -> ReceptorProfile:
    """An antigen-stimulated Th cell: IL-2Rβ raised by TCR signalling (tkach2014)."""
    return replace(th, name="Th responder",
                   il2rb_per_cell=th.il2rb_per_cell * rates.il2rb_tcr_induction_fold)


@dataclass(frozen=True)
class RestingState:
    """The resting state the model is built around, and the values FITTED to hold it.

    At rest (self antigen only, no added IL-2) each population's division equals its death,
    which is its measured turnover. Tregs divide on IL-2 alone, so their pSTAT5 at rest is
    ``death / division_max``; the free IL-2 that gives it is a prediction of the binding and
    signalling models. The self-antigen stimulation rate and the homeostatic (IL-7/IL-15)
    division rates are FITTED so that production equals consumption and every population holds
    its number there.

    Examples
    --------
    >>> rest = resting_state()
    >>> bool(0 < rest.il2_M < 1e-10)
    True
    """

    il2_M: float
    """Free IL-2 at rest (predicted from the Treg turnover, receptors and K_S)."""
    treg_pstat5: float
    treg_il2ra_per_cell: float
    consumption_per_h: float
    """IL-2 molecules consumed per hour in the compartment at rest."""
    suppression: float
    self_antigen_per_h: float
    """FITTED: fraction of the bystander Th cells stimulated by self antigen per hour."""
    homeostatic_division_per_h: tuple[float, float, float]
    """FITTED: IL-7/IL-15-driven division of Th, CD8 and NK cells (per hour)."""
    cd56bright_death_per_h: float = 0.0
    """FITTED: death of the CD56-bright NK cells, equal to their IL-2-driven division at rest."""


def _suppression(treg, conventional, treg_pstat5, treg_saturated, rates: Rates) -> float:
    """Share of stimulations without CD28: x/(1 + x), x = active Tregs per Th / θ."""
    if treg <= 0 or conventional <= 0 or treg_saturated <= 0:
        return 0.0
    x = treg / conventional * (treg_pstat5 / treg_saturated) / rates.suppression_half_ratio
    return x / (1.0 + x)


def _bystander_factor(pstat5, tcr, half):
    """Division allowed to a T cell: 1 with TCR signal; without it p/(p + p_half)."""
    return tcr + (1.0 - tcr) * pstat5 / (pstat5 + half)


def _resting(profiles, rates: Rates, counts, volume_L, max_cells) -> RestingState:
    k_s = p.PSTAT5_HALF_MAX_COMPLEXES_PER_CELL
    room = max(1.0 - counts.sum() / max_cells, 1e-12)
    treg = profiles[_TREG]
    treg_pstat5 = rates.death_treg_per_h / (rates.division_max_per_h * room)
    treg_saturated = float(signaling.absolute_response(binding.max_signaling_per_cell(IL2, treg)))
    if not treg_pstat5 < treg_saturated:
        raise ValueError("rates: Tregs cannot balance their death on IL-2 (death_treg_per_h too "
                         "large for division_max_per_h)")
    treg_il2ra = treg.il2ra_per_cell + max(
        rates.il2ra_induced_max_per_cell - treg.il2ra_per_cell, 0.0) * treg_pstat5
    treg_rest = replace(treg, il2ra_per_cell=treg_il2ra)
    conc = binding.conc_for_signaling_M(IL2, k_s * treg_pstat5 / (1 - treg_pstat5), treg_rest)
    rest_profiles = [treg_rest, *profiles[1:4], CD56BRIGHT_NK]
    eq = [binding.equilibrium(IL2, conc, c) for c in rest_profiles]
    split_counts = [*counts[:_NK], counts[_NK] * (1 - _BRIGHT), counts[_NK] * _BRIGHT]
    consumption = rates.internalisation_per_h * sum(
        n * float(e.beta_bound_per_cell) for n, e in zip(split_counts, eq, strict=True))
    pstat5 = np.array([float(signaling.absolute_response(e.signaling_per_cell)) for e in eq])
    bright_death = rates.division_max_per_h * float(pstat5[-1]) * room
    pstat5 = pstat5[:4]
    death = rates.death_per_h()
    il2_division = rates.division_max_per_h * pstat5 * np.array(
        [1.0, *(_bystander_factor(pstat5[1:3], 0.0, rates.bystander_half_pstat5)), 1.0])
    homeostatic = np.maximum(death / room - il2_division, 0.0)[1:]
    kernel = secretion_kernel()
    suppression = _suppression(counts[_TREG], counts[_TH], treg_pstat5, treg_saturated, rates)
    per_stimulation = ((1 - suppression) * kernel.total_with_cd28
                       + suppression * kernel.total_without_cd28)
    self_antigen = (consumption / (counts[_TH] * per_stimulation)
                    if counts[_TH] > 0 and per_stimulation > 0 else 0.0)
    return RestingState(float(conc), float(treg_pstat5), float(treg_il2ra), float(consumption),
                        float(suppression), float(self_antigen),
                        tuple(float(h) for h in homeostatic), float(bright_death))


@lru_cache(maxsize=1)
def resting_state() -> RestingState:
    """The default compartment's resting state (cached); see :class:`RestingState`.

    Examples
    --------
    >>> rest = resting_state()
    >>> bool(rest.treg_pstat5 < 0.1)
    True
    """
    profiles = [CELL_TYPES[name] for name in CELLS]
    counts = np.array([DEFAULT_INITIAL_CELLS[name] for name in CELLS])
    return _resting(profiles, Rates(), counts, DEFAULT_VOLUME_L,
                    DEFAULT_VOLUME_L / _LYMPHOCYTE_VOLUME_L)


def __getattr__(name):
    if name == "SELF_ANTIGEN":
        return resting_state().self_antigen_per_h
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _Model:
    """The right-hand side and its algebraic parts, for fixed inputs."""

    def __init__(self, profiles, rates: Rates, volume_L: float, antigen: float,
                 self_antigen_per_h: float, supply: Callable[[float], float], cd25_block: bool,
                 max_cells: float, homeostatic, imposed: Callable[[float], float] | None = None,
                 pool=None, cytokine: Cytokine = IL2):
        self.rates = rates
        self.cytokine = cytokine
        # The cells secrete IL-2: it joins the cytokine of the state only when that is IL-2.
        self.secretes = cytokine == IL2
        self.pool = pool
        self.antigen = antigen
        self.self_antigen_per_h = self_antigen_per_h
        self.supply = supply
        self.imposed = imposed
        self.cd25_block = cd25_block
        self.max_cells = max_cells
        self.molecules_per_M = Avogadro * volume_L
        chains = _chains(cytokine, profiles)
        # (6, n_alpha, n_conc), its steps along α, and (6, n_alpha, n_conc, 3)
        self.bound_table, self.bound_step, self.fields = _linear_tables(cytokine, chains)
        self.free_on_grid = self.molecules_per_M * _CONC_GRID_M
        # With the concentration given from outside (imposed or a pool) the complexes are read
        # off a smooth interpolation of the same tables; with the IL-2 in the state, ``split``
        # keeps the linear one, which makes free + bound == total exact.
        self.given_conc = imposed is not None or pool is not None
        self.smooth = (_PreparedSpline(_smooth_tables(cytokine, chains)) if self.given_conc
                       else None)
        self._cell_axis = np.arange(len(profiles)) + 0.5
        self._points = np.zeros((len(profiles), 3))     # (cell, log10(1 + α), log10 c)
        self._points[:, 0] = self._cell_axis
        self.il2ra_resting = np.array([c.il2ra_per_cell for c in profiles])
        self.k_half = p.PSTAT5_HALF_MAX_COMPLEXES_PER_CELL
        self.treg_saturated = float(signaling.absolute_response(
            binding.max_signaling_per_cell(cytokine, profiles[_TREG])))
        death = rates.death_per_h()
        # responders die as Th; the CD56-bright NK cells at their FITTED resting rate
        self.death_per_h = np.append(death, [death[_TH], resting_state().cd56bright_death_per_h])
        self.homeostatic = np.array([0.0, *homeostatic, homeostatic[0], 0.0])
        # TCR signal: the responders have it while their stimulation lasts; bystander Th
        # and CD8 T cells have none; Tregs divide on IL-2 (their tonic self-antigen signal is
        # taken as given) and NK cells need no TCR.
        self.tcr = np.array([1.0, 0.0, 0.0, 1.0, 1.0, 1.0])
        self.tcr_after = np.array([1.0, 0.0, 0.0, 1.0, 0.0, 1.0])
        self.no_tcr_il2ra = np.zeros(_N)
        # IL-2Rα induction: pSTAT5 in Tregs (FOXP3 keeps IL2RA active); TCR in responders.
        # The CD56-bright NK cells keep their constitutive IL-2Rα.
        self.stat5_induces_il2ra = np.array([1.0, 0.0, 0.0, 0.0, 0.0, 0.0])
        self.tcr_induces_il2ra = np.array([0.0, 0.0, 0.0, 0.0, 1.0, 0.0])
        self.il2ra_inducible = np.maximum(
            rates.il2ra_induced_max_per_cell - self.il2ra_resting, 0.0)
        kernel = secretion_kernel()
        self.kernel_t_h = kernel.t_h
        self.kernel_with = kernel.with_cd28_per_s * 3600.0
        self.kernel_without = kernel.without_cd28_per_s * 3600.0
        self.total_with, self.total_without = kernel.total_with_cd28, kernel.total_without_cd28
        self._rows = np.arange(len(profiles))
        self.kernel_end_h = float(self.kernel_t_h[-1])
        self.division_max_per_h = rates.division_max_per_h
        self.bystander_half = rates.bystander_half_pstat5
        self.internalisation_per_h = rates.internalisation_per_h
        self.il2ra_turnover_per_h = rates.il2ra_turnover_per_h
        for name in ("tcr", "tcr_after", "tcr_induces_il2ra", "no_tcr_il2ra", "homeostatic",
                     "stat5_induces_il2ra", "il2ra_resting", "il2ra_inducible"):
            setattr(self, f"{name}_l", getattr(self, name).tolist())
        self.death_l = self.death_per_h.tolist()

    def _alpha_weights(self, il2ra_per_cell):
        """Grid row below each population's IL-2Rα and the weight of the row above."""
        alpha = 0.0 * il2ra_per_cell if self.cd25_block else il2ra_per_cell
        coord = np.clip(np.log10(1.0 + alpha), _ALPHA_COORD[0], _ALPHA_COORD[-1])
        j = np.minimum((coord / _ALPHA_STEP).astype(int), len(_ALPHA_COORD) - 2)
        return j, (coord - _ALPHA_COORD[j]) / _ALPHA_STEP

    def _interpolate(self, j, w, k, fraction, scale):
        """Per-cell complexes (6, 3: bound, on IL-2Rβ, signalling) between four table points."""
        below = self.fields[self._rows, j, k:k + 2]                     # (6, 2, 3)
        above = self.fields[self._rows, j + 1, k:k + 2]
        mixed = below + w[:, None, None] * (above - below)
        return (mixed[:, 0] + fraction * (mixed[:, 1] - mixed[:, 0])) * scale

    def split(self, total_molecules, counts, il2ra_per_cell):
        """Free concentration and per-cell complexes that hold ``total_molecules`` of IL-2.

        Tables are interpolated linearly in log10(1 + α) and, between grid points, linearly in
        concentration, so the total is linear in concentration there too and the split is
        exact: free + bound == total. Above the grid the cells are saturated: they keep the
        complexes of the last grid point and the rest of the IL-2 is free.
        """
        j, w = self._alpha_weights(il2ra_per_cell)
        totals = (self.free_on_grid + counts @ self.bound_table[self._rows, j]
                  + (counts * w) @ self.bound_step[self._rows, j])
        total = max(float(total_molecules), 0.0)
        last = len(totals) - 1
        if total <= totals[0]:        # below the grid every term is linear in c
            k, fraction, scale = 0, 0.0, total / totals[0]
            conc = _CONC_GRID_M[0] * scale
        elif total >= totals[last]:   # above it the receptors are saturated
            k, fraction, scale = last - 1, 1.0, 1.0
            conc = _CONC_GRID_M[last] + (total - totals[last]) / self.molecules_per_M
        else:
            k = min(int(np.searchsorted(totals, total)) - 1, last - 1)
            fraction, scale = (total - totals[k]) / (totals[k + 1] - totals[k]), 1.0
            conc = _CONC_GRID_M[k] + fraction * (_CONC_GRID_M[k + 1] - _CONC_GRID_M[k])
        return conc, self._interpolate(j, w, k, fraction, scale)

    def at_concentration(self, conc, il2ra_per_cell):
        """Per-cell complexes at a given free concentration (saturated above the grid).

        Smooth (cubic in log10(1 + α) and log10 c, :func:`_smooth_tables`) when the
        concentration is given from outside; linear otherwise (see :meth:`split`). Below the
        grid every complex is proportional to c.
        """
        if self.smooth is None:
            return self._linear_at_concentration(conc, il2ra_per_cell)
        points = self._points
        if not self.cd25_block:
            top = _ALPHA_COORD[-1]
            points[:, 1] = [min(math.log10(1.0 + a), top) if a > 0.0 else 0.0
                            for a in il2ra_per_cell.tolist()]
        conc = float(conc)
        if conc <= _CONC_GRID_M[0]:
            points[:, 2] = _LOG_CONC_GRID[0]
            return self.smooth(points) * (max(conc, 0.0) / _CONC_GRID_M[0])
        points[:, 2] = min(math.log10(conc), _LOG_CONC_GRID[-1])
        return self.smooth(points)

    def _linear_at_concentration(self, conc, il2ra_per_cell):
        j, w = self._alpha_weights(il2ra_per_cell)
        conc = max(float(conc), 0.0)
        if conc <= _CONC_GRID_M[0]:
            k, fraction, scale = 0, 0.0, conc / _CONC_GRID_M[0]
        else:
            k = min(int(np.searchsorted(_CONC_GRID_M, conc)) - 1, len(_CONC_GRID_M) - 2)
            fraction = min((conc - _CONC_GRID_M[k]) / (_CONC_GRID_M[k + 1] - _CONC_GRID_M[k]),
                           1.0)
            scale = 1.0
        return self._interpolate(j, w, k, fraction, scale)

    def state_of_il2(self, t_h, total_molecules, counts, il2ra_per_cell, pool_state=None):
        """Free concentration and per-cell complexes: imposed, or from the IL-2 in the state."""
        if self.pool is not None:
            conc = self.pool.conc_M(t_h, pool_state)
            return conc, self.at_concentration(conc, il2ra_per_cell)
        if self.imposed is not None:
            conc = self.imposed(t_h)
            return conc, self.at_concentration(conc, il2ra_per_cell)
        return self.split(total_molecules, counts, il2ra_per_cell)

    def pstat5(self, signaling_per_cell):
        """Absolute pSTAT5: :func:`il2lib.signaling.absolute_response`, vectorised."""
        return signaling._transduce(signaling_per_cell, self.k_half)

    def suppression(self, counts, response):
        return _suppression(counts[_TREG], counts[_TH] + counts[_RESP], response[_TREG],
                            self.treg_saturated, self.rates)

    def secretion_per_responder_per_h(self, t_h, suppression):
        """The kernel at ``t_h`` after the stimulation at time zero (0 once it has ended).

        0 when the model's cytokine is not IL-2 (the cells' IL-2 is then left out).
        """
        if t_h > self.kernel_t_h[-1] or not self.secretes:
            return 0.0
        with_cd28 = np.interp(t_h, self.kernel_t_h, self.kernel_with)
        without = np.interp(t_h, self.kernel_t_h, self.kernel_without)
        return float((1 - suppression) * with_cd28 + suppression * without)

    def production_per_h(self, t_h, counts, suppression):
        if not self.secretes:
            return 0.0
        responders = (counts[_RESP] * self.secretion_per_responder_per_h(t_h, suppression)
                      if counts[_RESP] else 0.0)
        per_stimulation = (1 - suppression) * self.total_with + suppression * self.total_without
        return responders + self.self_antigen_per_h * counts[_TH] * per_stimulation

    def rhs(self, t_h, y):
        # Written for speed (a long run calls it tens of thousands of times): the six
        # populations in a loop over Python floats, constants gathered in __init__ as lists.
        # The TCR signal (see __init__) changes when the responders' stimulation, the kernel's
        # two days, ends.
        n = y[0:_N].tolist()
        il2ra = y[_N:2 * _N].tolist()
        pool_state = y[2 * _N + 4:]
        conc, per_cell = self.state_of_il2(t_h, y[2 * _N], y[0:_N], y[_N:2 * _N], pool_state)
        complexes = per_cell.tolist()
        k_half, half = self.k_half, self.bystander_half
        room = 1.0 - sum(n) / self.max_cells
        if room < 0.0:
            room = 0.0
        if t_h <= self.kernel_end_h:
            tcr, tcr_il2ra = self.tcr_l, self.tcr_induces_il2ra_l
        else:
            tcr, tcr_il2ra = self.tcr_after_l, self.no_tcr_il2ra_l
        growth, il2ra_rate, response = [], [], []
        consumed = 0.0
        division_max, turnover = self.division_max_per_h, self.il2ra_turnover_per_h
        for (count, alpha, (_, beta, signal), tcr_i, tcr_il2ra_i, homeostatic, death,
             by_stat5, resting, inducible) in zip(
                n, il2ra, complexes, tcr, tcr_il2ra, self.homeostatic_l, self.death_l,
                self.stat5_induces_il2ra_l, self.il2ra_resting_l, self.il2ra_inducible_l,
                strict=True):
            p = signal / (signal + k_half)
            response.append(p)
            # IL-2-driven division: in full with TCR signal, as p/(p + p_half) without it
            division = division_max * p * (tcr_i + (1.0 - tcr_i) * p / (p + half))
            growth.append(((division + homeostatic) * room - death) * count)
            stimulation = max(by_stat5 * p, tcr_il2ra_i)
            il2ra_rate.append(turnover * (resting + inducible * stimulation - alpha))
            consumed += count * beta
        consumed *= self.internalisation_per_h
        suppression = _suppression(n[_TREG], n[_TH] + n[_RESP], response[_TREG],
                                   self.treg_saturated, self.rates)
        produced = self.production_per_h(t_h, n, suppression)
        if self.given_conc:
            # The outside holds free IL-2 at the imposed level; what it supplies is booked
            # afterwards, from the mass balance (see _time_course).
            il2 = [0.0, produced, 0.0, consumed]
        else:
            supplied = self.supply(t_h) * self.molecules_per_M
            il2 = [produced + supplied - consumed, produced, supplied, consumed]
        if self.pool is None:
            return np.array(growth + il2ra_rate + il2)
        rates = np.empty(y.shape[0])
        rates[:2 * _N + 4] = growth + il2ra_rate + il2
        rates[2 * _N + 4:] = self.pool.rhs(t_h, pool_state, consumed, conc)
        return rates


class IL2Pool(abc.ABC):
    """An outside pool of IL-2 the cells see and deplete (for ``simulate(il2_pool=...)``).

    A subclass implements the three abstract methods: the pool's state at time zero, the free
    IL-2 the cells see in a state, and the state's rate of change given the IL-2 the
    compartment's cells internalise; the solver integrates it with the cells.
    :class:`il2lib.therapy.Plasma` is one.
    """

    @abc.abstractmethod
    def initial_state(self) -> np.ndarray:
        """The pool's state at time zero."""

    def state_scale(self) -> np.ndarray:
        """Typical size of each state, for the solver's absolute tolerance."""
        return np.maximum(np.abs(self.initial_state()), 1.0)

    def breaks_h(self) -> np.ndarray:
        """Times (h) where the pool's rate of change jumps or kinks; the solver restarts there."""
        return np.zeros(0)

    @abc.abstractmethod
    def conc_M(self, t_h: float, state: np.ndarray) -> float:
        """Free IL-2 (molar) the cells see."""

    @abc.abstractmethod
    def rhs(self, t_h: float, state: np.ndarray, consumed_per_h: float,
            conc_M: float) -> np.ndarray | list[float]:
        """d(state)/dt given the compartment's uptake (molecules per hour) at ``conc_M``."""


def _as_function_of_time(value, name: str) -> Callable[[float], float]:
    """A constant or a function of time in hours, checked to give values >= 0 (at 0 now)."""
    if callable(value):
        def checked(t_h):
            return as_nonnegative_float(value(t_h), f"{name}(t_h)")
        checked(0.0)
        return checked
    constant = as_nonnegative_float(value, name)
    return lambda _t_h: constant


def _initial_counts(initial_cells, tregs: bool) -> np.ndarray:
    if not isinstance(initial_cells, Mapping):
        raise ValueError(f"initial_cells must be a mapping from {list(CELLS)} to cell numbers")
    unknown = set(initial_cells) - set(CELLS)
    if unknown:
        raise ValueError(
            f"initial_cells keys must be among {list(CELLS)}; got {sorted(unknown)}")
    counts = np.array([as_nonnegative_float(initial_cells.get(cell, 0.0),
                                            f"initial_cells[{cell!r}]") for cell in CELLS])
    if not tregs:
        counts[0] = 0.0
    return counts


def simulate(t_h, *, antigen: float = 0.0, self_antigen: float | None = None,
             il2_supply_M_per_h=0.0, tregs: bool = True,
             cd25_block: bool = False, initial_cells: Mapping[str, float] = DEFAULT_INITIAL_CELLS,
             volume_L: float = DEFAULT_VOLUME_L, max_cells: float | None = None,
             cells: Mapping[str, ReceptorProfile] = CELL_TYPES,
             rates: Rates = Rates(), rtol: float = 1e-4, il2_conc_M=None,
             max_step_h: float | None = None, il2_pool=None,
             cytokine="IL-2") -> PopulationTimeCourse:
    """Treg, Th, CD8 and NK numbers, IL-2 and pSTAT5 over time, from the resting state.

    The run starts at rest: free IL-2 at :attr:`RestingState.il2_M`, Treg IL-2Rα at its resting
    level for it, and every cell bound at equilibrium.

    The model holds one cytokine, ``cytokine``: the external input (``il2_supply_M_per_h``,
    ``il2_conc_M`` or ``il2_pool``, whose names keep "il2") is that cytokine, and the cells bind,
    signal on and internalise it. The cells secrete IL-2, which joins it only when it is IL-2.
    With any other cytokine (IL-15, or an IL-2 variant) the cells' own IL-2 secretion is
    switched off (``produced_molecules`` stays 0; ``self_antigen`` then changes nothing), the
    run starts from the same resting cells with none of the cytokine, and the result is that
    cytokine alone, with no IL-2. The blood cells of :data:`il2lib.CELL_TYPES` carry no
    IL-15Rα, so IL-15 acts through IL-2Rβ·γc only, in cis; IL-2Rα (and ``cd25_block``) does not
    touch it.

    Parameters
    ----------
    t_h : 1-D array
        Output times in hours (finite, >= 0, strictly increasing); the run starts at 0.
    antigen : float
        A foreign antigen, 0 to 1: the fraction of Th cells it stimulates, once, at time zero.
        These responders secrete IL-2 as the production model's cells do after one stimulation,
        carry induced IL-2Rα and IL-2Rβ, and divide on IL-2 while antigen lasts (the whole run).
    self_antigen : float or None
        Fraction of the bystander Th cells stimulated by self antigen per hour (>= 0), each
        secreting one burst of IL-2. None (default): :data:`SELF_ANTIGEN`, FITTED so that the
        default compartment is at steady state. 0 removes the IL-2 producers.
    il2_supply_M_per_h : float or callable
        External IL-2 added to the compartment, molar per hour (>= 0), or a function of time in
        hours returning it.
    tregs : bool
        False removes the Tregs (their initial number is set to 0).
    cd25_block : bool
        True blocks IL-2 binding to IL-2Rα on every cell (an anti-CD25 antibody).
    initial_cells : mapping
        Cells at time zero, keyed by names in :data:`CELLS` (missing names start at 0).
    volume_L : float
        Volume of the compartment in litres (> 0).
    max_cells : float or None
        Crowding limit: division slows in proportion to the room left, ``1 - cells/max_cells``,
        and stops when the compartment is full. None (default) fills ``volume_L`` with resting
        lymphocytes of 200 fL each.
    cells : mapping
        Receptor profiles at rest, keyed by the names in :data:`CELLS`; "NK" is the CD56-dim
        majority, a share :data:`il2lib.parameters.NK_CD56BRIGHT_FRACTION` of the NK cells starts
        as CD56-bright NK cells (:data:`il2lib.cells.CD56BRIGHT_NK`).
    rates : Rates
        Rate constants; change one with :func:`dataclasses.replace`.
    rtol : float
        Relative tolerance of ``scipy.integrate.solve_ivp`` (LSODA). The IL-2 mass balance is
        exact at any tolerance.
    il2_conc_M : None, float or callable
        None (default): free IL-2 follows from production, supply and consumption. Otherwise
        the free IL-2 concentration is imposed from outside, molar (>= 0), or a function of time
        in hours returning it, as when the cells sit in plasma whose IL-2 is set by a drug's
        pharmacokinetics. ``supplied_molecules`` is then whatever the outside adds to hold it
        there, and ``il2_supply_M_per_h`` must stay 0.
    max_step_h : float or None
        Largest integration step in hours (> 0); set it below the width of the narrowest peak of
        an imposed concentration so that the solver cannot step over it. None: no limit.
    il2_pool : IL2Pool or None
        An outside pool of IL-2 that the cells see and deplete, integrated with them (as a
        patient's plasma is by :func:`il2lib.therapy.expansion`); its states are returned as
        ``pool_states``. Excludes ``il2_conc_M`` and ``il2_supply_M_per_h``.
    cytokine : Cytokine or str
        The cytokine of the model (see above): a :class:`~il2lib.cytokines.Cytokine` or its
        name, "IL-2" (default) or "IL-15". ``il2_pM`` is then its free concentration.

    Returns
    -------
    PopulationTimeCourse

    Examples
    --------
    >>> with_tregs = simulate([0, 240], antigen=0.3)
    >>> without = simulate([0, 240], antigen=0.3, tregs=False)
    >>> bool(without.fold("Th")[-1] > with_tregs.fold("Th")[-1])
    True
    >>> clamped = simulate([0, 24], il2_conc_M=1e-11)
    >>> round(float(clamped.il2_pM[-1]), 6)
    10.0
    >>> il2, il15 = (simulate([0, 24 * 14], il2_conc_M=1e-10, cytokine=c)
    ...              for c in ("IL-2", "IL-15"))
    >>> bool(il2.fold("Treg")[-1] > il15.fold("Treg")[-1])
    True
    """
    times = as_time_grid(t_h, "t_h", max_time=MAX_T_H, max_size=MAX_OUTPUT_TIMES)
    cytokine = resolve_cytokine(cytokine)
    if cytokine.valency != 1:
        # Internalisation and the mass balance count molecules, one per bound unit.
        raise ValueError(f"cytokine must be monovalent; {cytokine.name!r} has valency "
                         f"{cytokine.valency}")
    antigen = as_nonnegative_float(antigen, "antigen")
    if antigen > 1:
        raise ValueError(f"antigen must be between 0 and 1; got {antigen}")
    tregs = as_flag(tregs, "tregs")
    cd25_block = as_flag(cd25_block, "cd25_block")
    supply = _as_function_of_time(il2_supply_M_per_h, "il2_supply_M_per_h")
    imposed = (None if il2_conc_M is None
               else _as_function_of_time(il2_conc_M, "il2_conc_M"))
    if imposed is not None and (callable(il2_supply_M_per_h) or il2_supply_M_per_h != 0):
        raise ValueError("il2_supply_M_per_h must be 0 when il2_conc_M imposes the "
                         "concentration")
    if il2_pool is not None:
        if not isinstance(il2_pool, IL2Pool):
            raise ValueError(f"il2_pool must be an IL2Pool; got {il2_pool!r}")
        if imposed is not None or callable(il2_supply_M_per_h) or il2_supply_M_per_h != 0:
            raise ValueError("il2_pool excludes il2_conc_M and il2_supply_M_per_h")
    max_step = np.inf if max_step_h is None else as_positive_float(max_step_h, "max_step_h")
    volume_L = as_positive_float(volume_L, "volume_L")
    rtol = as_rtol(rtol)
    if not isinstance(rates, Rates):
        raise ValueError(f"rates must be a Rates instance; got {rates!r}")
    if not isinstance(cells, Mapping) or any(name not in cells for name in CELLS):
        raise ValueError(f"cells must map each of {list(CELLS)} to a ReceptorProfile")
    profiles = [cells[name] for name in CELLS]
    if not all(isinstance(c, ReceptorProfile) for c in profiles):
        raise ValueError("cells must map each name to a ReceptorProfile")
    counts0 = _initial_counts(initial_cells, tregs)
    if max_cells is None:
        max_cells = volume_L / _LYMPHOCYTE_VOLUME_L
    max_cells = as_positive_float(max_cells, "max_cells")
    if counts0.sum() >= max_cells:
        raise ValueError(f"max_cells must exceed the initial number of cells, {counts0.sum():g}; "
                         f"got {max_cells:g}")
    rest = resting_state()
    self_antigen = (rest.self_antigen_per_h if self_antigen is None
                    else as_nonnegative_float(self_antigen, "self_antigen"))
    homeostatic = (rest.homeostatic_division_per_h if rates.homeostatic_division_per_h is None
                   else rates.homeostatic_division_per_h)
    profiles = [*profiles, _responder_profile(profiles[_TH], rates), CD56BRIGHT_NK]
    model = _Model(profiles, rates, volume_L, antigen, self_antigen, supply, cd25_block,
                   max_cells, homeostatic, imposed, il2_pool, cytokine)
    counts = np.append(counts0, [counts0[_TH] * antigen, counts0[_NK] * _BRIGHT])
    counts[_TH] -= counts[_RESP]
    counts[_NK] -= counts[_NKB]
    il2ra0 = model.il2ra_resting.copy()
    il2ra0[_TREG] += model.il2ra_inducible[_TREG] * rest.treg_pstat5   # raised by resting pSTAT5
    per_cell = model.at_concentration(rest.il2_M, il2ra0)
    total0 = rest.il2_M * model.molecules_per_M + float(counts @ per_cell[:, 0])
    if imposed is not None or il2_pool is not None or not model.secretes:
        total0 = 0.0        # given from outside, or a cytokine the cells do not make
    pool0 = np.zeros(0) if il2_pool is None else np.asarray(il2_pool.initial_state(), float)
    pool_scale = np.zeros(0) if il2_pool is None else np.asarray(il2_pool.state_scale(), float)
    # The IL-2 present at time zero is booked as supplied (it came from earlier production).
    y0 = np.concatenate([counts, il2ra0, [total0, 0.0, total0, 0.0], pool0])
    scale = np.concatenate([np.maximum(counts, 1.0), np.full(_N, 100.0), np.full(4, 1e3),
                            pool_scale])
    # The responders' stimulation ends at the end of the kernel: integrate up to it and from it,
    # so that the solver does not have to find the step in the right-hand side.
    end = max(times[-1], 1e-9)
    edges = [0.0, end]
    if antigen > 0 and 0 < model.kernel_t_h[-1] < end:
        edges = [0.0, float(model.kernel_t_h[-1]), end]
    if il2_pool is not None:
        # Where the pool's input jumps or kinks (each dose), the solver restarts.
        breaks = np.asarray(il2_pool.breaks_h(), dtype=float)
        edges = sorted(set(edges) | {float(b) for b in breaks if 0 < b < end})
    # With a pool the problem turns stiff (a drug's plasma clears in minutes, the cells change
    # over days). LSODA's Newton iterations need the Jacobian only roughly: a tridiagonal one
    # holds the stiff part, the pool's own states (the last ones, coupled to each other), and
    # costs three right-hand-side calls instead of one per state. The error control, and so
    # the result, does not depend on it.
    jacobian = {"lband": 1, "uband": 1} if il2_pool is not None else {}
    pieces = []
    for k, (start, stop) in enumerate(itertools.pairwise(edges)):
        last = k == len(edges) - 2
        inside = (times >= start) & ((times <= stop) if last else (times < stop))
        # Each piece also reports its end, the next piece's start (no dense output needed).
        t_eval = times[inside] if last else np.append(times[inside], stop)
        solution = solve_ivp(model.rhs, (start, stop), y0, method="LSODA", t_eval=t_eval,
                             rtol=rtol, atol=1e-6 * scale, max_step=max_step, **jacobian)
        if not solution.success:
            raise RuntimeError(f"population model failed to integrate: {solution.message}")
        y = np.asarray(solution.y, dtype=float).reshape(y0.size, -1)
        if last:
            pieces.append(y)
        else:
            pieces.append(y[:, :-1])
            y0 = y[:, -1]
    return _time_course(model, times, np.concatenate(pieces, axis=1))


def _time_course(model: _Model, times, y) -> PopulationTimeCourse:
    counts, il2ra, total = y[0:_N].T, y[_N:2 * _N].T, y[2 * _N]
    conc = np.empty(times.size)
    bound = np.empty(times.size)
    response = np.empty((times.size, _N))
    secretion = np.empty(times.size)
    suppression = np.empty(times.size)
    pool_states = y[2 * _N + 4:].T
    for k in range(times.size):
        conc[k], per_cell = model.state_of_il2(times[k], total[k], counts[k], il2ra[k],
                                               pool_states[k])
        bound[k] = counts[k] @ per_cell[:, 0]
        response[k] = model.pstat5(per_cell[:, 2])
        suppression[k] = model.suppression(counts[k], response[k])
        secretion[k] = model.secretion_per_responder_per_h(times[k], suppression[k]) / 3600.0
    free = conc * model.molecules_per_M
    supplied = y[2 * _N + 2]
    if model.imposed is not None or model.pool is not None:
        supplied = free + bound + y[2 * _N + 3] - y[2 * _N + 1]
    # The reported Th: bystanders and responders together (counts; count-weighted averages).
    th = counts[:, _TH] + counts[:, _RESP]
    weight = np.divide(counts[:, _RESP], th, out=np.zeros_like(th), where=th > 0)

    nk = counts[:, _NK] + counts[:, _NKB]
    bright = np.divide(counts[:, _NKB], nk, out=np.zeros_like(nk), where=nk > 0)

    def report(per_population):
        mixed = per_population[:, :4].copy()
        mixed[:, _TH] = (1 - weight) * per_population[:, _TH] + weight * per_population[:, _RESP]
        mixed[:, _NK] = (1 - bright) * per_population[:, _NK] + bright * per_population[:, _NKB]
        return mixed

    reported_counts = counts[:, :4].copy()
    reported_counts[:, _TH] = th
    reported_counts[:, _NK] = nk
    return PopulationTimeCourse(
        t_h=times, cells=CELLS, counts=reported_counts, il2ra_per_cell=report(il2ra),
        pstat5=report(response), il2_pM=conc * 1e12, free_molecules=free,
        bound_molecules=bound, produced_molecules=y[2 * _N + 1], supplied_molecules=supplied,
        consumed_molecules=y[2 * _N + 3], responders=counts[:, _RESP],
        responder_il2ra_per_cell=il2ra[:, _RESP], responder_pstat5=response[:, _RESP],
        secretion_per_responder_per_s=secretion, suppression=suppression,
        cd56bright_nk=counts[:, _NKB], cd56bright_nk_pstat5=response[:, _NKB],
        pool_states=pool_states if model.pool is not None else None,
        cytokine=model.cytokine.name)


def with_receptors(cell: str, **chains) -> dict[str, ReceptorProfile]:
    """:data:`CELL_TYPES` with one population's receptor numbers changed, for ``cells=``.

    Examples
    --------
    >>> with_receptors("Treg", il2ra_per_cell=0)["Treg"].il2ra_per_cell
    0.0
    """
    if cell not in CELLS:
        raise ValueError(f"cell must be one of {list(CELLS)}; got {cell!r}")
    profiles = dict(CELL_TYPES)
    profiles[cell] = replace(profiles[cell], **chains)
    return profiles


def survival_death_per_h(cytokine, conc_M, cell="memory CD8", *,
                         death_without_signal_per_h: float | None = None,
                         half_pstat5_fraction: float = p.MEMORY_CD8_SURVIVAL_HALF_PSTAT5_FRACTION
                         ) -> np.ndarray:
    r"""Death rate of a T cell kept alive by IL-2 or IL-15 signalling (per hour).

    The population model's death term (:meth:`Rates.death_per_h`) is a constant; here it falls
    with the cell's absolute pSTAT5 :math:`x` (:func:`il2lib.signaling.pstat5_fraction`) as
    :math:`\delta(x) = \delta_0\, K / (K + x)`. The form and :math:`K` are ASSUMED
    (``MEMORY_CD8_SURVIVAL_HALF_PSTAT5_FRACTION``).

    Parameters
    ----------
    cytokine : Cytokine or str
        The cytokine ("IL-2", "IL-15") or a presented ligand from
        :func:`il2lib.binding.trans_presented`.
    conc_M : array_like
        Concentrations (molar), finite and >= 0.
    cell : ReceptorProfile or str
        The cell; "memory CD8" (default) is :data:`il2lib.cells.MEMORY_CD8`, other names are
        keys of :data:`il2lib.CELL_TYPES`.
    death_without_signal_per_h : float, optional
        :math:`\delta_0`, the death rate without any signal (per hour, >= 0); by default the
        population model's death rate of conventional T cells
        (``Rates().death_conventional_per_h``).
    half_pstat5_fraction : float
        :math:`K`, the absolute pSTAT5 that halves the death rate (> 0).

    Returns
    -------
    numpy.ndarray
        Death rate per hour, shaped like ``conc_M``.

    Examples
    --------
    >>> import numpy as np
    >>> rates = survival_death_per_h("IL-15", np.array([0.0, 1e-9]))
    >>> bool(rates[1] < rates[0] == Rates().death_conventional_per_h)
    True
    """
    from il2lib.cells import MEMORY_CD8

    if isinstance(cell, str) and cell == MEMORY_CD8.name:
        cell = MEMORY_CD8
    if death_without_signal_per_h is None:
        death_without_signal_per_h = Rates().death_conventional_per_h
    death0 = as_nonnegative_float(death_without_signal_per_h, "death_without_signal_per_h")
    half = as_positive_float(half_pstat5_fraction, "half_pstat5_fraction")
    if half >= 1.0:
        raise ValueError(f"half_pstat5_fraction must be < 1; got {half_pstat5_fraction!r}")
    x = signaling.pstat5_fraction(cytokine, conc_M, cell)
    return death0 * half / (half + x)
