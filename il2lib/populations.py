r"""Treg, Th, CD8 and NK cells competing for one pool of IL-2, over days.

The cells share one well-mixed compartment of volume :math:`V`. Antigen-stimulated Th cells
secrete IL-2, less so when Tregs are present; an external supply may add more. Every cell binds
IL-2 through :mod:`il2lib.binding` (at equilibrium: binding settles in minutes, the populations
change over days) and internalises what sits on IL-2Rβ-containing receptors, so consumption
follows receptor numbers. Each population's pSTAT5 (:mod:`il2lib.signaling`) sets how fast it
divides and how well it survives. IL-2Rα (CD25) rises with pSTAT5 in Tregs, whose FOXP3 keeps
the IL2RA gene active; in conventional T cells it rises only with TCR signalling (antigen), and
NK cells keep their resting level. The state holds the total IL-2
(free + bound) and the cumulative amounts produced, supplied and consumed, so the IL-2 mass
balance ``produced + supplied = free + bound + consumed`` holds exactly. The equations are in
the book's model reference (section "Populations").

Examples
--------
>>> from il2lib import populations
>>> course = populations.simulate([0, 24 * 30], il2_supply_M_per_h=1e-12)
>>> bool(course.fold("Treg")[-1] > course.fold("Th")[-1])
True
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np
from scipy.constants import Avogadro
from scipy.integrate import solve_ivp

from il2lib import binding, signaling
from il2lib import parameters as p
from il2lib._validation import as_nonnegative_array, as_nonnegative_float, as_positive_float
from il2lib.cells import CELL_TYPES, ReceptorProfile
from il2lib.cytokines import IL2

CELLS = ("Treg", "Th", "CD8", "NK")
"""The populations, in the order of every per-population array."""

DEFAULT_INITIAL_CELLS = {"Treg": 10_000.0, "Th": 100_000.0, "CD8": 50_000.0, "NK": 20_000.0}
"""Cells in the compartment at time zero: Tregs are about a tenth of the CD4 T cells."""

DEFAULT_VOLUME_L = 1e-5
"""The compartment: 10 µL around 180,000 cells (1.8 × 10⁷ cells/mL, a dense culture)."""

_LYMPHOCYTE_VOLUME_L = 200e-15
# A resting lymphocyte, about 7 µm across, occupies about 200 fL: the crowding limit.

SELF_ANTIGEN = 0.001
"""Antigen strength of the resting state: one Th cell in a thousand sees a self antigen."""

LOW_SUPPLY_M_PER_H = 1e-12
"""A low, sustained IL-2 supply (1 pM per hour): free IL-2 stays near 1 pM or below."""

HIGH_SUPPLY_M_PER_H = 1e-8
"""Ten thousand times more: free IL-2 rises to hundreds of nanomolar."""

_HOURS_PER_S = 1 / 3600
_LN2 = float(np.log(2.0))
# Lookup grids of the equilibrium: concentration (40 points per decade) and IL-2Rα per cell
# (uniform in log10(1 + α), from none to well above the induced maximum).
_CONC_GRID_M = np.logspace(-15, -6, 361)
_ALPHA_COORD = np.linspace(0.0, 5.0, 101)
_ALPHA_GRID = 10.0 ** _ALPHA_COORD - 1.0
_ALPHA_STEP = _ALPHA_COORD[1] - _ALPHA_COORD[0]


@dataclass(frozen=True)
class Rates:
    """Rate constants of the population model, all per hour, from :mod:`il2lib.parameters`.

    Examples
    --------
    >>> round(float(Rates().division_max_per_h), 3)
    0.116
    """

    secretion_per_cell_per_h: float = p.IL2_SECRETION_PER_CELL_PER_S * 3600
    internalisation_per_h: float = _LN2 / (p.COMPLEX_INTERNALISATION_HALF_LIFE_S * _HOURS_PER_S)
    il2ra_turnover_per_h: float = _LN2 / (p.FREE_IL2RA_HALF_LIFE_S * _HOURS_PER_S)
    il2ra_induced_max_per_cell: float = p.IL2RA_INDUCED_MAX_PER_CELL
    division_max_per_h: float = float(_LN2 / p.T_CELL_DIVISION_TIME_H)
    death_treg_per_h: float = _LN2 / p.DOUBLING_TIME_TREG_IN_VIVO_H
    death_conventional_per_h: float = _LN2 / p.DOUBLING_TIME_MEMORY_CD4_IN_VIVO_H
    suppression_half_ratio: float = p.SUPPRESSION_HALF_TREG_PER_TH_RATIO

    def death_per_h(self) -> np.ndarray:
        """Death rate of each population without IL-2 signalling, in the order of CELLS.

        Examples
        --------
        >>> Rates().death_per_h().round(4)
        array([0.0036, 0.0012, 0.0012, 0.0012])
        """
        conventional = self.death_conventional_per_h
        return np.array([self.death_treg_per_h, conventional, conventional, conventional])


@dataclass(frozen=True)
class PopulationTimeCourse:
    """Cell numbers, IL-2 and pSTAT5 over time; per-population arrays are ``(len(t_h), 4)``.

    Amounts of IL-2 are molecules in the whole compartment. At every time
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
    il2_pM: np.ndarray
    free_molecules: np.ndarray
    bound_molecules: np.ndarray
    produced_molecules: np.ndarray
    supplied_molecules: np.ndarray
    consumed_molecules: np.ndarray

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

    def _index(self, cell: str) -> int:
        if cell not in self.cells:
            raise ValueError(f"cell must be one of {list(self.cells)}; got {cell!r}")
        return self.cells.index(cell)


@lru_cache(maxsize=16)
def _binding_table(il2rb_per_cell: float, gamma_c_per_cell: float) -> np.ndarray:
    """Equilibrium IL-2 bound, on IL-2Rβ, and signalling, per cell, on the (α, c) grid.

    Shape ``(3, len(_ALPHA_GRID), len(_CONC_GRID_M))``, from one vectorised
    :func:`il2lib.binding.equilibrium_table` call.
    """
    profiles = [ReceptorProfile(f"alpha {k}", alpha, il2rb_per_cell, gamma_c_per_cell)
                for k, alpha in enumerate(_ALPHA_GRID)]
    table = binding.equilibrium_table(IL2, _CONC_GRID_M, profiles)
    return np.array([[getattr(table[cell.name], field) for cell in profiles]
                     for field in ("bound_per_cell", "beta_bound_per_cell",
                                   "signaling_per_cell")])


class _Model:
    """The right-hand side and its algebraic parts, for fixed inputs."""

    def __init__(self, profiles, rates: Rates, volume_L: float, antigen: float,
                 supply: Callable[[float], float], cd25_block: bool, initial_th: float,
                 max_cells: float, imposed: Callable[[float], float] | None = None):
        self.rates = rates
        self.antigen = antigen
        self.supply = supply
        self.imposed = imposed
        self.cd25_block = cd25_block
        self.max_cells = max_cells
        self.molecules_per_M = Avogadro * volume_L
        self.tables = np.array([_binding_table(c.il2rb_per_cell, c.gamma_c_per_cell)
                                for c in profiles])               # (4, 3, n_alpha, n_conc)
        self.bound_table = np.ascontiguousarray(self.tables[:, 0])      # (4, n_alpha, n_conc)
        self.bound_step = np.diff(self.bound_table, axis=1)
        self.free_on_grid = self.molecules_per_M * _CONC_GRID_M
        self.fields = np.ascontiguousarray(self.tables.transpose(0, 2, 3, 1))  # (.., n_conc, 3)
        self.max_signaling = np.array([binding.max_signaling_per_cell(IL2, c) for c in profiles])
        self.il2ra_resting = np.array([c.il2ra_per_cell for c in profiles])
        self.k_half = p.PSTAT5_HALF_MAX_COMPLEXES_PER_CELL
        response_max = signaling._transduce(self.max_signaling, self.k_half)
        # A cell without IL-2Rβ or γc never signals (relative_response returns 0 for it).
        self.per_response_max = np.divide(1.0, response_max, out=np.zeros(4),
                                          where=response_max > 0)
        # The antigen-specific Th cells: a fixed pool of producers (they do not expand here).
        self.producers = antigen * initial_th
        self.death_per_h = rates.death_per_h()
        # IL-2Rα induction. In Tregs FOXP3 keeps the IL2RA locus active, so pSTAT5 alone raises
        # IL-2Rα; in conventional T cells the gene needs TCR signalling as well, which only the
        # antigen-stimulated Th cells receive; NK cells have no TCR and keep their resting level.
        self.stat5_induces_il2ra = np.array([1.0, 0.0, 0.0, 0.0])
        self.tcr_signal = np.array([0.0, antigen, 0.0, 0.0])
        # How far stimulation can raise IL-2Rα above rest (none if rest is above the maximum).
        self.il2ra_inducible = np.maximum(
            rates.il2ra_induced_max_per_cell - self.il2ra_resting, 0.0)
        self._rows = np.arange(len(profiles))

    def _alpha_weights(self, il2ra_per_cell):
        """Grid row below each population's IL-2Rα and the weight of the row above."""
        alpha = 0.0 * il2ra_per_cell if self.cd25_block else il2ra_per_cell
        coord = np.clip(np.log10(1.0 + alpha), _ALPHA_COORD[0], _ALPHA_COORD[-1])
        j = np.minimum((coord / _ALPHA_STEP).astype(int), len(_ALPHA_COORD) - 2)
        return j, (coord - _ALPHA_COORD[j]) / _ALPHA_STEP

    def _interpolate(self, j, w, k, fraction, scale):
        """Per-cell complexes (4, 3: bound, on IL-2Rβ, signalling) between four table points.

        Rows ``j`` and ``j + 1`` are mixed by ``w``, concentration columns ``k`` and ``k + 1``
        by ``fraction``, and the result is multiplied by ``scale`` (below the grid).
        """
        below = self.fields[self._rows, j, k:k + 2]                     # (4, 2, 3)
        above = self.fields[self._rows, j + 1, k:k + 2]
        mixed = below + w[:, None, None] * (above - below)
        return (mixed[:, 0] + fraction * (mixed[:, 1] - mixed[:, 0])) * scale

    def split(self, total_molecules, counts, il2ra_per_cell):
        """Free concentration and per-cell complexes that hold ``total_molecules`` of IL-2.

        Tables are interpolated linearly in log10(1 + α) and, between grid points, linearly in
        concentration, so the total is linear in concentration there too and the split is
        exact: free + bound == total.
        """
        j, w = self._alpha_weights(il2ra_per_cell)
        # Σ_i N_i B_i(c) on the concentration grid, each B_i interpolated at its own α.
        totals = (self.free_on_grid + counts @ self.bound_table[self._rows, j]
                  + (counts * w) @ self.bound_step[self._rows, j])
        total = max(float(total_molecules), 0.0)
        if total <= totals[0]:        # below the grid every term is linear in c
            k, fraction, scale = 0, 0.0, total / totals[0]
            conc = _CONC_GRID_M[0] * scale
        else:
            k = min(int(np.searchsorted(totals, total)) - 1, len(totals) - 2)
            fraction, scale = (total - totals[k]) / (totals[k + 1] - totals[k]), 1.0
            conc = _CONC_GRID_M[k] + fraction * (_CONC_GRID_M[k + 1] - _CONC_GRID_M[k])
        return conc, self._interpolate(j, w, k, fraction, scale)

    def at_concentration(self, conc, il2ra_per_cell):
        """Per-cell complexes at a given free concentration: the tables of :meth:`split`."""
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

    def state_of_il2(self, t_h, total_molecules, counts, il2ra_per_cell):
        """Free concentration and per-cell complexes: imposed, or from the IL-2 in the state."""
        if self.imposed is not None:
            conc = self.imposed(t_h)
            return conc, self.at_concentration(conc, il2ra_per_cell)
        return self.split(total_molecules, counts, il2ra_per_cell)

    def pstat5(self, signaling_per_cell):
        """pSTAT5 of each population: :func:`il2lib.signaling.relative_response`, vectorised."""
        return signaling._transduce(signaling_per_cell, self.k_half) * self.per_response_max

    def production_per_h(self, counts):
        treg, th = counts[0], counts[1]
        if self.producers <= 0 or th <= 0:
            return 0.0
        suppression = 1.0 / (1.0 + treg / th / self.rates.suppression_half_ratio)
        return self.rates.secretion_per_cell_per_h * self.producers * suppression

    def rhs(self, t_h, y):
        counts, il2ra = y[0:4], y[4:8]
        total = y[8]
        conc, per_cell = self.state_of_il2(t_h, total, counts, il2ra)
        response = self.pstat5(per_cell[:, 2])
        r = self.rates
        room = max(1.0 - counts.sum() / self.max_cells, 0.0)
        growth = r.division_max_per_h * response * room - self.death_per_h * (1.0 - response)
        stimulation = np.maximum(self.stat5_induces_il2ra * response, self.tcr_signal)
        il2ra_target = self.il2ra_resting + self.il2ra_inducible * stimulation
        produced = self.production_per_h(counts)
        supplied = self.supply(t_h) * self.molecules_per_M
        consumed = r.internalisation_per_h * float(counts @ per_cell[:, 1])
        if self.imposed is not None:
            # The outside holds free IL-2 at the imposed level; what it supplies is booked
            # afterwards, from the mass balance (see _time_course).
            produced_total, supplied = 0.0, 0.0
        else:
            produced_total = produced + supplied - consumed
        return np.concatenate([
            growth * counts,
            r.il2ra_turnover_per_h * (il2ra_target - il2ra),
            [produced_total, produced, supplied, consumed],
        ])


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


def simulate(t_h, *, antigen: float = 0.0, il2_supply_M_per_h=0.0, tregs: bool = True,
             cd25_block: bool = False, initial_cells: Mapping[str, float] = DEFAULT_INITIAL_CELLS,
             volume_L: float = DEFAULT_VOLUME_L, max_cells: float | None = None,
             cells: Mapping[str, ReceptorProfile] = CELL_TYPES,
             rates: Rates = Rates(), rtol: float = 1e-4, il2_conc_M=None,
             max_step_h: float | None = None) -> PopulationTimeCourse:
    """Treg, Th, CD8 and NK numbers, IL-2 and pSTAT5 over time, from resting cells and no IL-2.

    Parameters
    ----------
    t_h : 1-D array
        Output times in hours (finite, >= 0, strictly increasing); the run starts at 0.
    antigen : float
        Strength of antigen stimulation, 0 to 1: the fraction of Th cells that secrete IL-2
        (and raise IL-2Rα) at full rate.
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
        Crowding limit: division stops as the total number of cells approaches it. None
        (default) fills ``volume_L`` with resting lymphocytes of 200 fL each.
    cells : mapping
        Receptor profiles at rest, keyed by the names in :data:`CELLS`.
    rates : Rates
        Rate constants; change one with :func:`dataclasses.replace`.
    rtol : float
        Relative tolerance of ``scipy.integrate.solve_ivp`` (LSODA). At the default, cell
        numbers agree with a run at ``rtol=1e-7`` to about 1e-4; the IL-2 mass balance is exact
        at any tolerance.
    il2_conc_M : None, float or callable
        None (default): free IL-2 follows from production, supply and consumption. Otherwise
        the free IL-2 concentration is imposed from outside, molar (>= 0), or a function of time
        in hours returning it, as when the cells sit in plasma whose IL-2 is set by a drug's
        pharmacokinetics. ``supplied_molecules`` is then whatever the outside adds to hold it
        there, and ``il2_supply_M_per_h`` must stay 0.
    max_step_h : float or None
        Largest integration step in hours (> 0); set it below the width of the narrowest peak of
        an imposed concentration so that the solver cannot step over it. None: no limit.

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
    """
    times = as_nonnegative_array(t_h, "t_h")
    if times.ndim != 1 or times.size == 0:
        raise ValueError(f"t_h must be a non-empty 1-D array of times; got shape {times.shape}")
    if np.any(np.diff(times) <= 0):
        raise ValueError("t_h must be strictly increasing")
    antigen = as_nonnegative_float(antigen, "antigen")
    if antigen > 1:
        raise ValueError(f"antigen must be between 0 and 1; got {antigen}")
    supply = _as_function_of_time(il2_supply_M_per_h, "il2_supply_M_per_h")
    imposed = (None if il2_conc_M is None
               else _as_function_of_time(il2_conc_M, "il2_conc_M"))
    if imposed is not None and (callable(il2_supply_M_per_h) or il2_supply_M_per_h != 0):
        raise ValueError("il2_supply_M_per_h must be 0 when il2_conc_M imposes the "
                         "concentration")
    max_step = np.inf if max_step_h is None else as_positive_float(max_step_h, "max_step_h")
    volume_L = as_positive_float(volume_L, "volume_L")
    rtol = as_positive_float(rtol, "rtol")
    if not isinstance(rates, Rates):
        raise ValueError(f"rates must be a Rates instance; got {rates!r}")
    if not isinstance(cells, Mapping) or any(name not in cells for name in CELLS):
        raise ValueError(f"cells must map each of {list(CELLS)} to a ReceptorProfile")
    profiles = [cells[name] for name in CELLS]
    if not all(isinstance(c, ReceptorProfile) for c in profiles):
        raise ValueError("cells must map each name to a ReceptorProfile")
    counts0 = _initial_counts(initial_cells, bool(tregs))
    if max_cells is None:
        max_cells = volume_L / _LYMPHOCYTE_VOLUME_L
    max_cells = as_positive_float(max_cells, "max_cells")
    if counts0.sum() >= max_cells:
        raise ValueError(f"max_cells must exceed the initial number of cells, {counts0.sum():g}; "
                         f"got {max_cells:g}")
    model = _Model(profiles, rates, volume_L, antigen, supply, bool(cd25_block), counts0[1],
                   max_cells, imposed)
    y0 = np.concatenate([counts0, model.il2ra_resting, np.zeros(4)])
    scale = np.concatenate([np.maximum(counts0, 1.0), np.full(4, 100.0), np.full(4, 1e3)])
    solution = solve_ivp(model.rhs, (0.0, max(times[-1], 1e-9)), y0, method="LSODA",
                         t_eval=times, rtol=rtol, atol=1e-6 * scale, max_step=max_step)
    if not solution.success:
        raise RuntimeError(f"population model failed to integrate: {solution.message}")
    return _time_course(model, times, solution.y)


def _time_course(model: _Model, times, y) -> PopulationTimeCourse:
    counts, il2ra, total = y[0:4].T, y[4:8].T, y[8]
    conc = np.empty(times.size)
    bound = np.empty(times.size)
    response = np.empty((times.size, 4))
    for k in range(times.size):
        conc[k], per_cell = model.state_of_il2(times[k], total[k], counts[k], il2ra[k])
        bound[k] = counts[k] @ per_cell[:, 0]
        response[k] = model.pstat5(per_cell[:, 2])
    free = conc * model.molecules_per_M
    supplied = y[10]
    if model.imposed is not None:
        supplied = free + bound + y[11] - y[9]
    return PopulationTimeCourse(
        t_h=times, cells=CELLS, counts=counts, il2ra_per_cell=il2ra, pstat5=response,
        il2_pM=conc * 1e12, free_molecules=free,
        bound_molecules=bound, produced_molecules=y[9], supplied_molecules=supplied,
        consumed_molecules=y[11])


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
