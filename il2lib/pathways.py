r"""Inside the cell: JAK–STAT5, Ras/MAPK and PI3K/Akt/mTORC1 driven by the signalling complexes.

The signalling complexes of :func:`il2lib.binding.kinetics` (IL-2Rβ with JAK1, γc with JAK3)
drive three modules, each a chain of activation–deactivation cycles whose pools are conserved:

* **JAK–STAT5.** A fraction :math:`a` of the complexes holds active JAKs. Active complexes
  phosphorylate cytoplasmic STAT5; pSTAT5 enters the nucleus, phosphatases remove the phosphate
  in both compartments and unphosphorylated STAT5 leaves the nucleus again. Nuclear pSTAT5
  induces CIS/SOCS (mRNA, then protein), which speeds JAK inactivation: negative feedback.
* **Shc/Ras/MAPK.** Active complexes phosphorylate Shc on IL-2Rβ; pShc activates Ras through
  Grb2–SOS, Ras activates ERK through Raf–MEK, and ERK inhibits SOS (a slower feedback that
  makes pERK transient).
* **PI3K/Akt/mTORC1.** Active complexes phosphorylate Akt (through PI3K and PIP3; PTEN reverses
  it); pAkt activates mTORC1, which phosphorylates S6 (through S6 kinase).

Drugs are switches on single steps: a JAK inhibitor blocks JAK activation, rapamycin blocks
mTORC1's phosphorylation of S6 kinase, and the STAT5 phosphatase can be made faster or slower.
Every rate comes from :mod:`il2lib.parameters` (``PATHWAY_PARAMETERS``); the STAT5 kinase is
scaled so that, without feedback, the model has the half-maximum :math:`K_S` of
:mod:`il2lib.signaling`.

Examples
--------
>>> from il2lib import pathways
>>> tc = pathways.time_course(1e-9, "NK", [0.0, 30.0, 120.0])
>>> bool(0 < tc.pstat5_fraction[1] < 1)
True
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy.integrate import solve_ivp
from scipy.optimize import brentq

from il2lib import binding
from il2lib import parameters as p
from il2lib._validation import (
    as_flag,
    as_float_in,
    as_nonnegative_array,
    as_positive_float,
    as_rtol,
    as_time_grid,
)
from il2lib.cells import resolve_cell
from il2lib.cytokines import resolve_cytokine

STATES = (
    "jak_active_fraction",
    "stat5_cytoplasm_fraction", "pstat5_cytoplasm_fraction",
    "pstat5_nucleus_fraction", "stat5_nucleus_fraction",
    "cis_mrna_level", "cis_level",
    "pshc_fraction", "ras_gtp_fraction", "perk_fraction", "sos_inhibited_fraction",
    "pakt_fraction", "mtorc1_active_fraction", "ps6_fraction",
)
"""ODE state variables, in order. ``*_fraction`` are fractions of a conserved pool; the CIS
levels are in units of the nuclear pSTAT5 fraction that would make them at steady state."""

BRANCHES = {"STAT5": "pstat5_fraction", "ERK": "perk_fraction", "S6": "ps6_fraction"}
"""The read-out of each module: phosphorylated STAT5 (both compartments), ERK and S6."""

_LN2 = math.log(2.0)
MAX_TIME_MIN = 7 * 24 * 60.0
"""Longest time course (minutes): a week of signalling with the receptors unchanged."""


@dataclass(frozen=True)
class PathwayState:
    """Signalling complexes and every state of the three modules (fractions in [0, 1]).

    Examples
    --------
    >>> state = steady_state(1e-9, "Treg")
    >>> round(float(state.stat5_total_fraction), 12)
    1.0
    """

    signaling_per_cell: np.ndarray
    jak_active_fraction: np.ndarray
    stat5_cytoplasm_fraction: np.ndarray
    pstat5_cytoplasm_fraction: np.ndarray
    pstat5_nucleus_fraction: np.ndarray
    stat5_nucleus_fraction: np.ndarray
    cis_mrna_level: np.ndarray
    cis_level: np.ndarray
    pshc_fraction: np.ndarray
    ras_gtp_fraction: np.ndarray
    perk_fraction: np.ndarray
    sos_inhibited_fraction: np.ndarray
    pakt_fraction: np.ndarray
    mtorc1_active_fraction: np.ndarray
    ps6_fraction: np.ndarray

    @property
    def pstat5_fraction(self) -> np.ndarray:
        """Phosphorylated STAT5 in cytoplasm and nucleus, as a fraction of all STAT5."""
        return self.pstat5_cytoplasm_fraction + self.pstat5_nucleus_fraction

    @property
    def stat5_total_fraction(self) -> np.ndarray:
        """All four STAT5 pools together: 1 (STAT5 is conserved)."""
        return (self.stat5_cytoplasm_fraction + self.pstat5_cytoplasm_fraction
                + self.pstat5_nucleus_fraction + self.stat5_nucleus_fraction)

    def branch(self, name: str) -> np.ndarray:
        """The read-out of one module: ``"STAT5"``, ``"ERK"`` or ``"S6"``.

        Examples
        --------
        >>> steady_state(1e-9, "NK").branch("ERK").shape
        ()
        """
        if name not in BRANCHES:
            raise ValueError(f"name must be one of {list(BRANCHES)}; got {name!r}")
        return getattr(self, BRANCHES[name])


@dataclass(frozen=True)
class PathwayTimeCourse(PathwayState):
    """Every state over time after the cytokine is added at ``t_min = 0`` (shape of ``t_min``).

    Examples
    --------
    >>> tc = time_course(1e-9, "Th", [0.0, 10.0, 60.0])
    >>> tc.perk_fraction.shape
    (3,)
    """

    t_min: np.ndarray
    conc_M: float

    def peak_time_min(self, name: str) -> float:
        """Time (minutes) at which a module's read-out is highest on the output grid.

        Examples
        --------
        >>> tc = time_course(1e-8, "NK", np.linspace(0, 120, 121))
        >>> tc.peak_time_min("ERK") < tc.peak_time_min("S6")
        True
        """
        return float(self.t_min[int(np.argmax(self.branch(name)))])


@dataclass(frozen=True)
class PathwayDoseResponse(PathwayState):
    """Every state at one time (or at steady state) for each concentration (shape of ``conc_M``).

    Examples
    --------
    >>> dose_response([1e-11, 1e-9], "Treg", t_min=30.0).ps6_fraction.shape
    (2,)
    """

    conc_M: np.ndarray
    t_min: float | None
    """Time of the read-out in minutes; ``None`` for the steady state."""


@dataclass(frozen=True)
class _Rates:
    """Rate constants (per second) of every step, with the drugs and options applied."""

    jak_on: float
    jak_off: float
    stat5_kinase_per_complex: float
    stat5_phosphatase: float
    nuclear_import: float
    nuclear_export: float
    cis_mrna: float
    cis_protein: float
    cis_half: float
    feedback: bool
    shc_on_per_complex: float
    shc_off: float
    ras_on: float
    ras_off: float
    erk_on: float
    erk_off: float
    sos_on: float
    sos_off: float
    akt_on_per_complex: float
    akt_off: float
    mtorc1_on: float
    mtorc1_off: float
    s6_on: float
    s6_off: float


def _per_s(half_time_min: float) -> float:
    return _LN2 / (60.0 * half_time_min)


def _rates(jak_inhibition: float, mtorc1_inhibition: float, stat5_phosphatase_fold: float,
           pten_fold: float, feedback: bool) -> _Rates:
    jak_on = _LN2 / p.JAK_ACTIVATION_HALF_TIME_S
    jak_off = _LN2 / p.JAK_INACTIVATION_HALF_LIFE_S
    phosphatase = _per_s(p.STAT5_PHOSPHATASE_HALF_LIFE_MIN)
    # Without inhibitor or feedback a fraction jak_on/(jak_on+jak_off) of complexes is active;
    # the kinase is scaled so that K_S complexes phosphorylate STAT5 as fast as it is removed.
    active_fraction = jak_on / (jak_on + jak_off)
    kinase = phosphatase / (active_fraction * p.PSTAT5_HALF_MAX_COMPLEXES_PER_CELL)
    shc_off = _per_s(p.SHC_DEPHOSPHORYLATION_HALF_LIFE_MIN)
    akt_off = _per_s(p.AKT_DEPHOSPHORYLATION_HALF_LIFE_MIN)
    return _Rates(
        jak_on=jak_on * (1.0 - jak_inhibition), jak_off=jak_off,
        stat5_kinase_per_complex=kinase,
        stat5_phosphatase=phosphatase * stat5_phosphatase_fold,
        nuclear_import=_per_s(p.STAT5_NUCLEAR_IMPORT_HALF_TIME_MIN),
        nuclear_export=_per_s(p.STAT5_NUCLEAR_EXPORT_HALF_TIME_MIN),
        cis_mrna=_per_s(p.CIS_MRNA_HALF_LIFE_MIN), cis_protein=_per_s(p.CIS_PROTEIN_HALF_LIFE_MIN),
        cis_half=p.CIS_HALF_INHIBITION_FRACTION, feedback=feedback,
        shc_on_per_complex=shc_off / (active_fraction * p.SHC_HALF_MAX_COMPLEXES_PER_CELL),
        shc_off=shc_off,
        ras_on=_per_s(p.RAS_ACTIVATION_HALF_TIME_MIN), ras_off=_per_s(p.RAS_GAP_HALF_LIFE_MIN),
        erk_on=_per_s(p.ERK_ACTIVATION_HALF_TIME_MIN),
        erk_off=_per_s(p.ERK_DEPHOSPHORYLATION_HALF_LIFE_MIN),
        sos_on=_per_s(p.SOS_FEEDBACK_HALF_TIME_MIN), sos_off=_per_s(p.SOS_FEEDBACK_HALF_LIFE_MIN),
        akt_on_per_complex=akt_off / (active_fraction * p.AKT_HALF_MAX_COMPLEXES_PER_CELL),
        akt_off=akt_off * pten_fold,
        mtorc1_on=_per_s(p.MTORC1_ACTIVATION_HALF_TIME_MIN),
        mtorc1_off=_per_s(p.MTORC1_INACTIVATION_HALF_LIFE_MIN),
        s6_on=_per_s(p.S6_PHOSPHORYLATION_HALF_TIME_MIN) * (1.0 - mtorc1_inhibition),
        s6_off=_per_s(p.S6_DEPHOSPHORYLATION_HALF_LIFE_MIN),
    )


def _jak_off(r: _Rates, cis):
    return r.jak_off * (1.0 + cis / r.cis_half) if r.feedback else r.jak_off


def _rhs(t, y, t_grid_s, complexes_grid, r: _Rates):
    a, uc, pc, pn, un, cm, cis, shc, ras, erk, sos, akt, mt, s6 = y
    complexes = np.interp(t, t_grid_s, complexes_grid)
    active = a * complexes                      # complexes holding active JAKs
    phos = r.stat5_kinase_per_complex * active * uc
    shc_on = r.shc_on_per_complex * active
    akt_on = r.akt_on_per_complex * active
    return np.array([
        r.jak_on * (1 - a) - _jak_off(r, cis) * a,
        -phos + r.stat5_phosphatase * pc + r.nuclear_export * un,
        phos - (r.stat5_phosphatase + r.nuclear_import) * pc,
        r.nuclear_import * pc - r.stat5_phosphatase * pn,
        r.stat5_phosphatase * pn - r.nuclear_export * un,
        r.cis_mrna * (pn - cm),
        r.cis_protein * (cm - cis),
        shc_on * (1 - shc) - r.shc_off * shc,
        r.ras_on * shc * (1 - sos) * (1 - ras) - r.ras_off * ras,
        r.erk_on * ras * (1 - erk) - r.erk_off * erk,
        r.sos_on * erk * (1 - sos) - r.sos_off * sos,
        akt_on * (1 - akt) - r.akt_off * akt,
        r.mtorc1_on * akt * (1 - mt) - r.mtorc1_off * mt,
        r.s6_on * mt * (1 - s6) - r.s6_off * s6,
    ])


def _initial_state() -> np.ndarray:
    y0 = np.zeros(len(STATES))
    y0[STATES.index("stat5_cytoplasm_fraction")] = 1.0
    return y0


def _options(jak_inhibition, mtorc1_inhibition, stat5_phosphatase_fold, pten_fold, feedback):
    return _rates(as_float_in(jak_inhibition, "jak_inhibition", 0.0, 1.0),
                  as_float_in(mtorc1_inhibition, "mtorc1_inhibition", 0.0, 1.0),
                  as_positive_float(stat5_phosphatase_fold, "stat5_phosphatase_fold"),
                  as_positive_float(pten_fold, "pten_fold"),
                  as_flag(feedback, "feedback"))


def _conc_scalar(conc_M) -> float:
    return float(as_nonnegative_array(conc_M, "conc_M", max_ndim=0))


def _receptor_grid_s(t_end_s: float) -> np.ndarray:
    """Times at which receptor assembly is computed: dense early, where complexes form."""
    if t_end_s <= 0:
        return np.array([0.0, 1.0])
    return np.concatenate([[0.0], np.geomspace(min(0.1, t_end_s), t_end_s, 120)])


def _receptor_complexes(cytokine, conc, cell, grid_s: np.ndarray) -> np.ndarray:
    """Signalling complexes on ``grid_s`` (rows) for each concentration (columns)."""
    flat = np.atleast_1d(conc)
    complexes = binding.kinetics(cytokine, flat, cell, grid_s, rtol=1e-5).signaling_per_cell
    return complexes.reshape(grid_s.size, flat.size)


def _integrate(grid_s: np.ndarray, complexes: np.ndarray, times_s: np.ndarray, r: _Rates,
               rtol: float) -> np.ndarray:
    solution = solve_ivp(_rhs, (0.0, max(float(times_s[-1]), grid_s[-1])), _initial_state(),
                         method="LSODA", t_eval=times_s, args=(grid_s, complexes, r),
                         rtol=rtol, atol=1e-10)
    if not solution.success:
        raise RuntimeError(f"the pathway model failed to integrate: {solution.message}")
    return np.clip(solution.y, 0.0, None)


def time_course(conc_M, cell, t_min, *, cytokine="IL-2", jak_inhibition: float = 0.0,
                mtorc1_inhibition: float = 0.0, stat5_phosphatase_fold: float = 1.0,
                pten_fold: float = 1.0, feedback: bool = True,
                rtol: float = 1e-6) -> PathwayTimeCourse:
    """The three modules over time after the cytokine is added to a resting cell.

    Receptor assembly comes from :func:`il2lib.binding.kinetics` (all chains free at time 0);
    the modules start unphosphorylated and are integrated with ``scipy.integrate.solve_ivp``.

    Parameters
    ----------
    conc_M : float
        Cytokine concentration (molar, finite, >= 0), held fixed.
    cell : ReceptorProfile or str
        A :class:`~il2lib.cells.ReceptorProfile` or a key of ``CELL_TYPES``.
    t_min : 1-D array
        Output times in minutes (finite, >= 0, increasing).
    cytokine : Cytokine or str
        "IL-2" (default) or "IL-15" or a :class:`~il2lib.cytokines.Cytokine`.
    jak_inhibition : float
        Fraction of JAK activation blocked by a JAK inhibitor (0 to 1).
    mtorc1_inhibition : float
        Fraction of mTORC1's phosphorylation of S6 kinase blocked by rapamycin (0 to 1).
    stat5_phosphatase_fold : float
        STAT5 phosphatase activity relative to the default (> 0).
    pten_fold : float
        Akt dephosphorylation (PTEN, PP2A) relative to the default (> 0).
    feedback : bool
        Whether CIS/SOCS made by nuclear pSTAT5 inhibits the JAKs.
    rtol : float
        Relative tolerance of the integrator (between 1e-13 and 1e-2).

    Examples
    --------
    >>> tc = time_course(1e-9, "Treg", [0.0, 15.0, 120.0])
    >>> bool(tc.pstat5_fraction[0] == 0.0 < tc.pstat5_fraction[1])
    True
    """
    conc = _conc_scalar(conc_M)
    cell = resolve_cell(cell)
    cytokine = resolve_cytokine(cytokine)
    times_min = as_time_grid(t_min, "t_min", max_time=MAX_TIME_MIN, max_size=100_000)
    r = _options(jak_inhibition, mtorc1_inhibition, stat5_phosphatase_fold, pten_fold, feedback)
    rtol = as_rtol(rtol)
    times_s = times_min * 60.0
    grid = _receptor_grid_s(float(times_s[-1]))
    complexes = _receptor_complexes(cytokine, conc, cell, grid)[:, 0]
    y = _integrate(grid, complexes, times_s, r, rtol)
    states = {name: y[i] for i, name in enumerate(STATES)}
    return PathwayTimeCourse(signaling_per_cell=np.interp(times_s, grid, complexes),
                             t_min=times_min, conc_M=conc, **states)


def _steady_fields(complexes: float, r: _Rates) -> dict:
    """Steady state at a fixed number of complexes: two scalar root-findings, the rest algebra."""

    def stat5_given_cis(cis):
        a = r.jak_on / (r.jak_on + _jak_off(r, cis)) if r.jak_on > 0 else 0.0
        phos = r.stat5_kinase_per_complex * a * complexes
        kdp, kin, kex = r.stat5_phosphatase, r.nuclear_import, r.nuclear_export
        if phos == 0:
            return a, 1.0, 0.0, 0.0, 0.0
        pc = 1.0 / ((kdp + kin) / phos + 1 + kin / kdp + kin / kex)
        return a, (kdp + kin) * pc / phos, pc, kin * pc / kdp, kin * pc / kex

    def cis_excess(cis):
        return stat5_given_cis(cis)[3] - cis

    cis = brentq(cis_excess, 0.0, 1.0, xtol=1e-15) if cis_excess(0.0) > 0 else 0.0
    a, uc, pc, pn, un = stat5_given_cis(cis)
    active = a * complexes
    shc_on = r.shc_on_per_complex * active
    shc = shc_on / (shc_on + r.shc_off)

    def erk_chain(erk):
        sos = r.sos_on * erk / (r.sos_on * erk + r.sos_off)
        ras_on = r.ras_on * shc * (1 - sos)
        ras = ras_on / (ras_on + r.ras_off)
        return sos, ras, r.erk_on * ras / (r.erk_on * ras + r.erk_off)

    def erk_excess(erk):
        return erk_chain(erk)[2] - erk

    erk = brentq(erk_excess, 0.0, 1.0, xtol=1e-15) if erk_excess(0.0) > 0 else 0.0
    sos, ras, _ = erk_chain(erk)
    akt_on = r.akt_on_per_complex * active
    akt = akt_on / (akt_on + r.akt_off)
    mt = r.mtorc1_on * akt / (r.mtorc1_on * akt + r.mtorc1_off)
    s6 = r.s6_on * mt / (r.s6_on * mt + r.s6_off) if r.s6_on > 0 else 0.0
    values = (a, uc, pc, pn, un, pn, pn, shc, ras, erk, sos, akt, mt, s6)
    return dict(zip(STATES, values, strict=True))


def _stack(per_conc: list[dict], complexes: np.ndarray, shape: tuple) -> dict:
    fields_ = {name: np.array([row[name] for row in per_conc]).reshape(shape) for name in STATES}
    return {"signaling_per_cell": complexes.reshape(shape), **fields_}


def steady_state(conc_M, cell, *, cytokine="IL-2", jak_inhibition: float = 0.0,
                 mtorc1_inhibition: float = 0.0, stat5_phosphatase_fold: float = 1.0,
                 pten_fold: float = 1.0, feedback: bool = True) -> PathwayDoseResponse:
    """The steady state of every module at receptor equilibrium, for each concentration.

    The complexes come from :func:`il2lib.binding.equilibrium`; CIS and ERK (the two feedback
    loops) are found by bracketed root-finding and everything else follows in closed form.
    Arguments are those of :func:`time_course`; ``conc_M`` may be an array.

    Examples
    --------
    >>> ss = steady_state([1e-12, 1e-9], "Treg")
    >>> bool(ss.pstat5_fraction[0] < ss.pstat5_fraction[1])
    True
    """
    conc = as_nonnegative_array(conc_M, "conc_M")
    cell = resolve_cell(cell)
    cytokine = resolve_cytokine(cytokine)
    r = _options(jak_inhibition, mtorc1_inhibition, stat5_phosphatase_fold, pten_fold, feedback)
    complexes = np.atleast_1d(binding.equilibrium(cytokine, conc, cell).signaling_per_cell)
    rows = [_steady_fields(float(x), r) for x in complexes]
    return PathwayDoseResponse(conc_M=conc, t_min=None, **_stack(rows, complexes, conc.shape))


def dose_response(conc_M, cell, *, t_min: float | None = 30.0, cytokine="IL-2",
                  jak_inhibition: float = 0.0, mtorc1_inhibition: float = 0.0,
                  stat5_phosphatase_fold: float = 1.0, pten_fold: float = 1.0,
                  feedback: bool = True) -> PathwayDoseResponse:
    """Every module read ``t_min`` minutes after the cytokine is added, at each concentration.

    With ``t_min=None`` the result is :func:`steady_state`. Other arguments are those of
    :func:`time_course`.

    Examples
    --------
    >>> dr = dose_response([1e-12, 1e-10, 1e-8], "NK", t_min=15.0)
    >>> bool(np.all(np.diff(dr.pstat5_fraction) > 0))
    True
    """
    if t_min is None:
        return steady_state(conc_M, cell, cytokine=cytokine, jak_inhibition=jak_inhibition,
                            mtorc1_inhibition=mtorc1_inhibition,
                            stat5_phosphatase_fold=stat5_phosphatase_fold, pten_fold=pten_fold,
                            feedback=feedback)
    time = as_positive_float(t_min, "t_min")
    if time > MAX_TIME_MIN:
        raise ValueError(f"t_min must be at most {MAX_TIME_MIN:g} minutes; got {t_min!r}")
    conc = as_nonnegative_array(conc_M, "conc_M")
    cell = resolve_cell(cell)
    cytokine = resolve_cytokine(cytokine)
    r = _options(jak_inhibition, mtorc1_inhibition, stat5_phosphatase_fold, pten_fold, feedback)
    grid = _receptor_grid_s(time * 60.0)
    complexes = _receptor_complexes(cytokine, conc, cell, grid)   # one receptor solve for all
    ends = [_integrate(grid, complexes[:, i], np.array([0.0, time * 60.0]), r, 1e-6)[:, -1]
            for i in range(complexes.shape[1])]
    rows = [dict(zip(STATES, end, strict=True)) for end in ends]
    return PathwayDoseResponse(conc_M=conc, t_min=time,
                               **_stack(rows, complexes[-1], conc.shape))
