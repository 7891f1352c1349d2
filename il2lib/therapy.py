r"""IL-2 as a drug: dosing regimens, pharmacokinetics, pSTAT5 in blood cells and vascular leak.

Pharmacokinetics (PK) is a linear two-compartment model: IL-2 enters the plasma (central
compartment) by intravenous infusion or, after a subcutaneous injection, through the lymph,
exchanges with the tissues and is cleared from the plasma. Its constants are the published
distribution and elimination half-lives and clearance :cite:p:`konrad1990` and the subcutaneous
bioavailability :cite:p:`proleukin_smpc`. Proteins of IL-2's size leave the injection site
largely through the lymphatics :cite:p:`supersaxo1990,porter2000`, so a subcutaneous dose passes
two first-order steps, injection site to lymph and lymph to blood, with one rate constant set by
the published plateau level :cite:p:`konrad1990`; the time of the peak then follows from the
model (3.2 h; published 2–6 h :cite:p:`proleukin_smpc`). Because the model is linear, the plasma
concentration is a sum of exponentials from each dose, added up exactly (no time stepping), so no
dose is ever missed, whatever the output times.

Pharmacodynamics (PD) reuses :mod:`il2lib.signaling`: at each time the cells see the plasma
concentration, and their pSTAT5 is the equilibrium response to it. Vascular leak is driven by IL-2
acting on CD25-bearing endothelium and on NK cells :cite:p:`krieg2010`; the leak drains plasma
volume, which returns with a recovery half-life.

Examples
--------
>>> from il2lib import therapy
>>> therapy.HIGH_DOSE.dose_times_h()[:3]
array([ 0.,  8., 16.])
>>> c = therapy.plasma_concentration(therapy.HIGH_DOSE, [0.25, 8.0])
>>> bool(c[0] > 100 * c[1])
True
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, replace
from types import MappingProxyType

import numpy as np
from scipy import constants as scipy_constants
from scipy.integrate import trapezoid
from scipy.optimize import brentq

from il2lib import binding, populations, signaling, units
from il2lib import parameters as p
from il2lib._validation import (
    as_finite_array,
    as_flag,
    as_float_in,
    as_nonnegative_array,
    as_positive_float,
    as_time_grid,
)
from il2lib.cells import CELL_TYPES, ReceptorProfile
from il2lib.cytokines import IL2, Cytokine, bivalent, interface_variant, resolve_cytokine

UNITS = ("IU/kg", "IU/m2", "IU")
ROUTES = ("iv", "sc")
DEFAULT_WEIGHT_KG = 70.0
DEFAULT_HEIGHT_CM = 170.0
MAX_COURSE_H = 60 * 24.0
"""Longest course :func:`simulate_course` accepts (60 days)."""

MAX_GRID_POINTS = 1_000_000
"""Most time points :func:`leak` accepts."""


# --- regimens ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Regimen:
    """A course of repeated, equal doses.

    Parameters
    ----------
    dose : float
        Dose per administration, > 0, in ``unit``.
    unit : {"IU/kg", "IU/m2", "IU"}
        Per kg of body weight, per m² of body-surface area, or per patient.
    route : {"iv", "sc"}
        Intravenous infusion (over ``infusion_h``) or subcutaneous injection.
    interval_h : float
        Time between doses (h, > 0).
    n_doses : int
        Number of doses (>= 1).
    infusion_h : float
        Duration of each intravenous infusion (h, > 0, shorter than ``interval_h``); ignored for
        subcutaneous doses.
    name : str
        Label for figures.

    Examples
    --------
    >>> Regimen(1e6, "IU/m2", "sc", interval_h=24, n_doses=3).dose_times_h()
    array([ 0., 24., 48.])
    """

    dose: float
    unit: str = "IU/kg"
    route: str = "iv"
    interval_h: float = 8.0
    n_doses: int = 1
    infusion_h: float = 0.25
    name: str = ""

    def __post_init__(self):
        as_positive_float(self.dose, "dose")
        if not isinstance(self.name, str):
            raise ValueError(f"name must be a string; got {self.name!r}")
        if self.unit not in UNITS:
            raise ValueError(f"unit must be one of {UNITS}; got {self.unit!r}")
        if self.route not in ROUTES:
            raise ValueError(f"route must be one of {ROUTES}; got {self.route!r}")
        interval = as_positive_float(self.interval_h, "interval_h")
        whole = (isinstance(self.n_doses, int | np.integer | float)
                 and not isinstance(self.n_doses, bool) and math.isfinite(self.n_doses)
                 and float(self.n_doses).is_integer())
        if not whole or self.n_doses < 1:
            raise ValueError(f"n_doses must be an integer >= 1; got {self.n_doses!r}")
        infusion = as_positive_float(self.infusion_h, "infusion_h")
        if self.route == "iv" and self.n_doses > 1 and infusion >= interval:
            raise ValueError(
                f"infusion_h must be shorter than interval_h ({interval} h); got {infusion}")
        for name, value in (("dose", self.dose), ("interval_h", interval),
                            ("infusion_h", infusion), ("n_doses", int(self.n_doses))):
            object.__setattr__(self, name, value if name == "n_doses" else float(value))

    def dose_times_h(self) -> np.ndarray:
        """Start of each dose (h from the first)."""
        return self.interval_h * np.arange(self.n_doses, dtype=float)

    @property
    def duration_h(self) -> float:
        """From the first dose to one interval after the last."""
        return self.interval_h * self.n_doses

    def dose_iu(self, weight_kg: float = DEFAULT_WEIGHT_KG,
                height_cm: float = DEFAULT_HEIGHT_CM) -> float:
        """International units given per dose to a patient of this weight and height.

        Examples
        --------
        >>> round(HIGH_DOSE.dose_iu(70.0) / 1e6, 1)
        42.0
        """
        weight = as_positive_float(weight_kg, "weight_kg")
        if self.unit == "IU/kg":
            return self.dose * weight
        if self.unit == "IU/m2":
            return self.dose * body_surface_area_m2(weight, height_cm)
        return self.dose


HIGH_DOSE = Regimen(600_000.0, "IU/kg", "iv", interval_h=8.0, n_doses=14, infusion_h=0.25,
                    name="high dose")
"""The label's high-dose course: 600,000 IU/kg over 15 min every 8 h, 14 doses."""

LOW_DOSE = Regimen(1e6, "IU/m2", "sc", interval_h=24.0, n_doses=5, name="low dose")
"""Low-dose IL-2: 1 million IU/m² under the skin once a day (the first five days)."""


def body_surface_area_m2(weight_kg: float = DEFAULT_WEIGHT_KG,
                         height_cm: float = DEFAULT_HEIGHT_CM) -> float:
    """Body-surface area by the Mosteller formula, :math:`\\sqrt{h w / 3600}` (m²).

    Examples
    --------
    >>> round(body_surface_area_m2(70.0, 170.0), 2)
    1.82
    """
    weight = as_positive_float(weight_kg, "weight_kg")
    height = as_positive_float(height_cm, "height_cm")
    return math.sqrt(weight * height / 3600.0)


# --- pharmacokinetics --------------------------------------------------------------------

@dataclass(frozen=True)
class TwoCompartment:
    """Rate constants of the two-compartment model (per hour) and the central volume (L).

    ``ka_per_h`` is the rate constant of each of the two steps of subcutaneous absorption
    (injection site to lymph, lymph to blood); ``bioavailability_fraction`` the share of a
    subcutaneous dose that reaches the blood.

    Examples
    --------
    >>> pk = pharmacokinetics()
    >>> [round(math.log(2) / rate * 60, 1) for rate in pk.exponents_per_h]
    [12.9, 85.0]
    """

    central_volume_L: float
    k10_per_h: float
    k12_per_h: float
    k21_per_h: float
    ka_per_h: float
    bioavailability_fraction: float

    def __post_init__(self):
        for name in ("central_volume_L", "k10_per_h", "k12_per_h", "k21_per_h", "ka_per_h"):
            object.__setattr__(self, name, as_positive_float(getattr(self, name), name))
        fraction = as_float_in(self.bioavailability_fraction, "bioavailability_fraction", 0.0, 1.0)
        if fraction == 0:
            raise ValueError("bioavailability_fraction must be > 0; got 0")
        object.__setattr__(self, "bioavailability_fraction", fraction)

    @property
    def exponents_per_h(self) -> tuple[float, float]:
        """Fast and slow disposition rate constants (the half-lives' rates)."""
        total = self.k10_per_h + self.k12_per_h + self.k21_per_h
        root = math.sqrt(total * total - 4 * self.k10_per_h * self.k21_per_h)
        return (total + root) / 2, (total - root) / 2

    def impulse_coefficients_per_L(self) -> np.ndarray:
        """Plasma concentration after a unit amount enters the plasma: Σ C_i exp(-λ_i t)."""
        fast, slow = self.exponents_per_h
        k21 = self.k21_per_h
        return np.array([fast - k21, k21 - slow]) / (self.central_volume_L * (fast - slow))


def _rate_constants_per_h() -> tuple[float, float, float]:
    """k10, k12, k21 from the two half-lives, clearance and plasma volume (70 kg, 170 cm)."""
    fast = math.log(2) / (p.ALDESLEUKIN_DISTRIBUTION_HALF_LIFE_MIN / 60)
    slow = math.log(2) / (p.ALDESLEUKIN_ELIMINATION_HALF_LIFE_MIN / 60)
    volume_L = p.PLASMA_VOLUME_L_PER_M2 * body_surface_area_m2()
    k10 = p.ALDESLEUKIN_CLEARANCE_ML_PER_MIN * 60 / 1e3 / volume_L
    k21 = fast * slow / k10
    return k10, fast + slow - k10 - k21, k21


def _lymph_route(rate_per_h: float, absorption_per_h: float, t) -> np.ndarray:
    r"""Plasma input through two equal steps, convolved with :math:`e^{-\lambda t}`.

    :math:`\int_0^t k^2 s e^{-ks} e^{-\lambda (t - s)} ds
    = k^2 [e^{-\lambda t} - e^{-kt}(1 + dt)] / d^2` with :math:`d = k - \lambda`; near
    :math:`d = 0` its Taylor series, which avoids the cancellation.
    """
    k, lam = absorption_per_h, rate_per_h
    d = k - lam
    x = d * t
    small = np.abs(x) < 1e-3
    safe_d = d if d != 0 else 1.0
    exact = (np.exp(-lam * t) - np.exp(-k * t) * (1 + x)) / safe_d ** 2
    series = np.exp(-lam * t) * t ** 2 * (0.5 - x / 3 + x * x / 8)
    return k * k * np.where(small, series, exact)


def _sc_profile(pk: TwoCompartment, t_h, ka_per_h):
    """Plasma concentration per unit absorbed amount after a subcutaneous dose at t = 0.

    The dose leaves the injection site for the lymph, and the lymph for the blood, each step
    first order with rate ``ka_per_h`` (model reference, eq-therapy-sc).
    """
    t = np.asarray(t_h, dtype=float)
    return sum(c * _lymph_route(rate, ka_per_h, t)
               for c, rate in zip(pk.impulse_coefficients_per_L(), pk.exponents_per_h,
                                  strict=True))


def _sc_peak_time_h(pk: TwoCompartment, ka_per_h: float) -> float:
    # Each term is (input into the blood) * exp(-lambda t): its slope is
    # k^2 t exp(-k t) - lambda * term.
    coefficients = pk.impulse_coefficients_per_L()
    rates = pk.exponents_per_h

    def slope(t):
        inflow = ka_per_h ** 2 * t * np.exp(-ka_per_h * t)
        return sum(c * (inflow - rate * _lymph_route(rate, ka_per_h, t))
                   for c, rate in zip(coefficients, rates, strict=True))

    return brentq(slope, 1e-6, 1e3)


@functools.lru_cache(maxsize=1)
def _absorption_rate_per_h() -> float:
    """The absorption rate constant that gives the published subcutaneous plasma level.

    After a subcutaneous dose the plasma level reaches a plateau at a published fraction of the
    level just after an intravenous bolus of the same dose; the plateau height rises with the
    absorption rate, so one root is sought (given the bioavailability).
    """
    k10, k12, k21 = _rate_constants_per_h()
    pk = TwoCompartment(1.0, k10, k12, k21, 1.0, 1.0)
    bolus_level = 1.0 / pk.central_volume_L

    def peak_ratio(ka):
        peak = _sc_profile(pk, _sc_peak_time_h(pk, ka), ka)
        return p.ALDESLEUKIN_SC_BIOAVAILABILITY_FRACTION * peak / bolus_level

    slow = pk.exponents_per_h[1]
    return brentq(lambda ka: peak_ratio(ka) - p.ALDESLEUKIN_SC_PEAK_TO_BOLUS_FRACTION,
                  1e-2 * slow, 10 * pk.exponents_per_h[0])


def pharmacokinetics(weight_kg: float = DEFAULT_WEIGHT_KG,
                     height_cm: float = DEFAULT_HEIGHT_CM,
                     clearance_mL_per_min: float | None = None) -> TwoCompartment:
    """The two-compartment model for a patient; volume and clearance scale with surface area.

    ``clearance_mL_per_min`` (> 0) sets another patient's clearance (for 70 kg and 170 cm;
    it scales with surface area like the default), as kidney function does: the elimination
    rate constant changes, the exchange with the tissues does not. None: the published
    :data:`il2lib.parameters.ALDESLEUKIN_CLEARANCE_ML_PER_MIN`.

    Examples
    --------
    >>> round(pharmacokinetics(70.0, 170.0).central_volume_L, 2)
    2.8
    >>> slow = pharmacokinetics(clearance_mL_per_min=60.0)
    >>> round(slow.k10_per_h / pharmacokinetics().k10_per_h, 2)
    0.5
    """
    k10, k12, k21 = _rate_constants_per_h()
    if clearance_mL_per_min is not None:
        k10 *= (as_positive_float(clearance_mL_per_min, "clearance_mL_per_min")
                / p.ALDESLEUKIN_CLEARANCE_ML_PER_MIN)
    volume_L = p.PLASMA_VOLUME_L_PER_M2 * body_surface_area_m2(weight_kg, height_cm)
    return TwoCompartment(volume_L, k10, k12, k21, _absorption_rate_per_h(),
                          p.ALDESLEUKIN_SC_BIOAVAILABILITY_FRACTION)


def _as_times(t_h) -> np.ndarray:
    return as_finite_array(t_h, "t_h")


def plasma_concentration(regimen: Regimen, t_h, weight_kg: float = DEFAULT_WEIGHT_KG,
                         height_cm: float = DEFAULT_HEIGHT_CM,
                         clearance_mL_per_min: float | None = None):
    """Plasma IL-2 (molar) at times ``t_h`` (h after the first dose) during a regimen.

    Each dose adds its exact two-compartment response (infusion or subcutaneous absorption),
    so the result does not depend on how coarse ``t_h`` is.

    Parameters
    ----------
    regimen : Regimen
        The course, e.g. :data:`HIGH_DOSE` or :data:`LOW_DOSE`.
    t_h : float or 1-D array
        Times in hours (finite; before the first dose the concentration is 0).
    weight_kg, height_cm : float
        The patient (> 0); height enters through the body-surface area.
    clearance_mL_per_min : float or None
        The patient's clearance (> 0; see :func:`pharmacokinetics`); None: the published one.

    Returns
    -------
    float or ndarray
        Molar concentration, shaped like ``t_h``.

    Examples
    --------
    >>> c_end_of_infusion = plasma_concentration(HIGH_DOSE, 0.25)
    >>> round(units.molar_to_ng_per_ml(c_end_of_infusion))
    641
    """
    if not isinstance(regimen, Regimen):
        raise ValueError(f"regimen must be a Regimen; got {regimen!r}")
    t = _as_times(t_h)
    pk = pharmacokinetics(weight_kg, height_cm, clearance_mL_per_min)
    dose_mol = units.mg_to_mol(units.iu_to_mg(regimen.dose_iu(weight_kg, height_cm)))
    tau = t[..., None] - regimen.dose_times_h()         # time since each dose
    after = tau >= 0
    tau = np.where(after, tau, 0.0)
    if regimen.route == "iv":
        duration = regimen.infusion_h
        rate = dose_mol / duration
        infused = np.minimum(tau, duration)
        total = 0.0
        rates = pk.exponents_per_h
        for c, lam in zip(pk.impulse_coefficients_per_L(), rates, strict=True):
            total = total + c / lam * (1 - np.exp(-lam * infused)) \
                * np.exp(-lam * (tau - infused))
        conc = rate * total
    else:
        conc = pk.bioavailability_fraction * dose_mol * _sc_profile(pk, tau, pk.ka_per_h)
    conc = np.where(after, conc, 0.0).sum(axis=-1)
    return conc.item() if conc.ndim == 0 else conc


# --- engineered IL-2s --------------------------------------------------------------------

NOT_ALPHA = interface_variant(IL2, "not-alpha IL-2", alpha_fold=math.inf)
"""IL-2 with its IL-2Rα (CD25) binding removed."""


def _fc_fold(mutant_M: float, wild_type_M: float) -> float:
    return mutant_M / wild_type_M


N88D = interface_variant(
    IL2, "N88D IL-2",
    alpha_fold=_fc_fold(p.KD_FC_N88D_IL2RA_M, p.KD_FC_IL2_IL2RA_M),
    beta_fold=_fc_fold(p.KD_FC_N88D_IL2RB_GAMMA_C_M, p.KD_FC_IL2_IL2RB_GAMMA_C_M))
"""IL-2 N88D, one per molecule: its IL-2Rβ face weakened (in solution and in the membrane
alike) and its IL-2Rα binding changed by the folds measured for Fc fusions :cite:p:`farhat2021`,
relative to the wild-type fusion measured alongside."""

V91K = interface_variant(
    IL2, "V91K IL-2",
    alpha_fold=_fc_fold(p.KD_FC_V91K_IL2RA_M, p.KD_FC_IL2_IL2RA_M),
    beta_fold=_fc_fold(p.KD_FC_V91K_IL2RB_GAMMA_C_M, p.KD_FC_IL2_IL2RB_GAMMA_C_M))
"""IL-2 V91K, one per molecule, set up from its measured folds like :data:`N88D`."""

TREG_MUTEIN = bivalent(N88D, "Treg mutein")
"""The Treg-selective mutein IgG-(IL-2N88D)2 :cite:p:`peterson2018`: two IL-2 N88D on one IgG.
Each copy binds as :data:`N88D`; the second binds the cell it is on, so the molecule holds on to
cells with many free chains, above all CD25 on Tregs (avidity)."""

SUPERKINE = replace(IL2, name="superkine H9",
                    kd_beta_M=IL2.kd_beta_M / p.SUPERKINE_IL2RB_AFFINITY_GAIN_FOLD)
"""The superkine H9 (super-2). Its mutations lie mostly in the cytokine's core, not in the
IL-2Rβ face, and hold free IL-2 in the conformation that binding IL-2Rα induces
:cite:p:`levin2012`: free H9 binds IL-2Rβ more tightly from solution, while IL-2·IL-2Rα, already
in that conformation, recruits IL-2Rβ in the membrane as IL-2 does (``kx_beta_per_cell``
unchanged)."""

VARIANTS = MappingProxyType({c.name: c for c in (IL2, NOT_ALPHA, TREG_MUTEIN, SUPERKINE)})
"""IL-2 and its engineered variants, keyed by name."""


def resolve_variant(cytokine) -> Cytokine:
    """A :class:`~il2lib.cytokines.Cytokine`, or the name of IL-2 or one of its variants.

    Examples
    --------
    >>> resolve_variant("superkine H9").kd_beta_M < IL2.kd_beta_M
    True
    """
    if isinstance(cytokine, str) and cytokine in VARIANTS:
        return VARIANTS[cytokine]
    if isinstance(cytokine, Cytokine):
        return cytokine
    try:
        return resolve_cytokine(cytokine)
    except ValueError:
        raise ValueError(f"cytokine must be a Cytokine or one of {sorted(VARIANTS)}; "
                         f"got {cytokine!r}") from None


# --- pharmacodynamics and vascular leak ---------------------------------------------------

ENDOTHELIUM = replace(CELL_TYPES["Th"], name="endothelium")
"""Lung endothelium with IL-2Rα :cite:p:`krieg2010`. No receptor counts are published: the
model gives it those of a conventional CD4 T cell (a few hundred CD25), ASSUMED; the chapter
brackets it between no CD25 and a Treg's number."""

PD_CELLS = ("Treg", "CD8", "NK")
_PD_CONC_M = np.logspace(-16, -5, 331)


@functools.lru_cache(maxsize=32)
def _pstat5_curves(cytokine: Cytokine, endothelium: ReceptorProfile = ENDOTHELIUM) -> np.ndarray:
    """pSTAT5 on a log-spaced grid (rows), for interpolation: Treg, CD8, NK and endothelium as
    fractions of their maximum, then NK and endothelium absolute (the leak drive)."""
    cells = [CELL_TYPES[name] for name in PD_CELLS] + [endothelium]
    table = signaling.pstat5_table(cytokine, _PD_CONC_M, cells)
    complexes = binding.equilibrium_table(cytokine, _PD_CONC_M, [cells[2], endothelium])
    absolute = [signaling.absolute_response(complexes[c.name].signaling_per_cell)
                for c in (cells[2], endothelium)]
    return np.array([table[cell.name] for cell in cells] + absolute)


def pstat5_over_time(cytokine, conc_M) -> dict[str, np.ndarray]:
    """pSTAT5 (fraction of maximum) of Treg, CD8, NK and endothelium at each concentration.

    The equilibrium response of :func:`il2lib.signaling.pstat5`, tabulated once per cytokine on a
    fine log grid (30 points per decade) and interpolated, so that a course costs microseconds.

    Examples
    --------
    >>> r = pstat5_over_time("IL-2", [1e-12, 1e-9])
    >>> sorted(r)
    ['CD8', 'NK', 'Treg', 'endothelium']
    """
    cytokine = resolve_variant(cytokine)
    conc = as_nonnegative_array(conc_M, "conc_M")
    curves = _interpolated(_pstat5_curves(cytokine), conc)
    names = (*PD_CELLS, ENDOTHELIUM.name)
    return dict(zip(names, curves[:4], strict=True))


def _interpolated(curves: np.ndarray, conc: np.ndarray) -> np.ndarray:
    log_conc = np.log10(np.maximum(conc, 1e-300))
    grid = np.log10(_PD_CONC_M)
    return np.array([np.interp(log_conc, grid, curve, left=0.0) for curve in curves])


@dataclass(frozen=True)
class Course:
    """A simulated course: plasma IL-2, pSTAT5 in each cell type and the vascular leak.

    ``plasma_volume_loss_fraction`` is the leak state of :func:`leak`. Its scale is ASSUMED
    (no clinical end point calibrates it), so it ranks courses and is not a measured share of
    the plasma volume: :attr:`toxicity_index` gives it relative to the label's high-dose course.

    Examples
    --------
    >>> course = simulate_course(LOW_DOSE)
    >>> course.t_h.shape == course.conc_M.shape
    True
    """

    t_h: np.ndarray
    conc_M: np.ndarray
    pstat5_treg: np.ndarray
    pstat5_cd8: np.ndarray
    pstat5_nk: np.ndarray
    pstat5_endothelium: np.ndarray
    leak_drive: np.ndarray
    plasma_volume_loss_fraction: np.ndarray
    dose_times_h: np.ndarray

    @property
    def peak_conc_M(self) -> float:
        """Highest plasma concentration of the course."""
        return float(self.conc_M.max())

    @property
    def trough_conc_M(self) -> float:
        """Plasma concentration just before the last dose (at the end, for a single dose)."""
        if self.dose_times_h.size == 1:
            return float(self.conc_M[-1])
        return float(np.interp(self.dose_times_h[-1], self.t_h, self.conc_M))

    @property
    def leak_index(self) -> np.ndarray:
        """The leak over time relative to the peak of the label's high-dose IL-2 course."""
        return self.plasma_volume_loss_fraction / _high_dose_leak()

    @property
    def toxicity_index(self) -> float:
        """Largest leak of the course relative to the label's high-dose IL-2 course (= 1).

        A ranking, not a percentage: the leak's scale is not calibrated.
        """
        return float(self.leak_index.max())

    def pstat5(self, cell: str) -> np.ndarray:
        """pSTAT5 (fraction of maximum) over the course of one of Treg, CD8, NK, endothelium.

        Examples
        --------
        >>> course = simulate_course(LOW_DOSE)
        >>> course.pstat5("NK") is course.pstat5_nk
        True
        """
        series = {"Treg": self.pstat5_treg, "CD8": self.pstat5_cd8, "NK": self.pstat5_nk,
                  "endothelium": self.pstat5_endothelium}
        if cell not in series:
            raise ValueError(f"cell must be one of {sorted(series)}; got {cell!r}")
        return series[cell]

    def exposure_h(self, cell: str) -> float:
        """pSTAT5 integrated over the course (hours at full pSTAT5): an exposure, not growth."""
        return float(trapezoid(self.pstat5(cell), self.t_h))


def course_times_h(regimen: Regimen, step_h: float = 1 / 12) -> np.ndarray:
    """Output grid of a course: every ``step_h`` plus each dose start and infusion end.

    Examples
    --------
    >>> t = course_times_h(HIGH_DOSE)
    >>> bool(np.isin(HIGH_DOSE.dose_times_h() + 0.25, t).all())
    True
    """
    _check_course(regimen)
    step = as_positive_float(step_h, "step_h")
    if regimen.duration_h / step > MAX_GRID_POINTS:
        raise ValueError(f"step_h must give at most {MAX_GRID_POINTS:,} points over the course; "
                         f"got {step_h!r}")
    starts = regimen.dose_times_h()
    events = [starts, starts + regimen.infusion_h] if regimen.route == "iv" else [starts]
    grid = np.arange(0.0, regimen.duration_h + step / 2, step)
    return np.union1d(np.round(grid, 9), np.concatenate(events))


def leak(drive, t_h, *, leak_rate_per_h: float = p.LEAK_RATE_PER_H,
         recovery_half_life_h: float = p.LEAK_RECOVERY_HALF_LIFE_H) -> np.ndarray:
    r"""Plasma-volume loss from a leak drive in [0, 1] (model reference, eq-therapy-leak).

    Solves :math:`dV/dt = k_L D(t) (1 - V) - k_R V`, :math:`V(0) = 0`, through its exact
    integrating-factor solution, evaluated by cumulative trapezoidal quadrature on ``t_h``.

    Examples
    --------
    >>> t = np.linspace(0, 200, 2001)
    >>> v = leak(np.ones_like(t), t)
    >>> k_r = np.log(2) / 12.0
    >>> bool(abs(v[-1] - 0.02 / (0.02 + k_r)) < 1e-4)
    True
    """
    t = as_time_grid(t_h, "t_h")
    if t.size > MAX_GRID_POINTS:
        raise ValueError(f"t_h must have at most {MAX_GRID_POINTS:,} points; got {t.size:,}")
    drive = as_nonnegative_array(drive, "drive")
    if drive.shape != t.shape:
        raise ValueError(f"drive must have the shape of t_h, {t.shape}; got {drive.shape}")
    if np.any(drive > 1):
        raise ValueError(f"drive must be between 0 and 1; got a maximum of {drive.max():g}")
    gain = drive * as_positive_float(leak_rate_per_h, "leak_rate_per_h")
    recovery = math.log(2) / as_positive_float(recovery_half_life_h, "recovery_half_life_h")
    # The trapezoidal integrating-factor solution, advanced one interval at a time so that
    # the factor exp(Φ) never overflows on long grids.
    dt = np.diff(t)
    decay = np.exp(-0.5 * dt * (gain[1:] + gain[:-1] + 2 * recovery))
    source = 0.5 * dt * (gain[:-1] * decay + gain[1:])
    lost = np.zeros_like(t)
    for n in range(dt.size):
        lost[n + 1] = lost[n] * decay[n] + source[n]
    return lost


def _check_course(regimen) -> None:
    """Raise ValueError unless ``regimen`` is a Regimen no longer than MAX_COURSE_H."""
    if not isinstance(regimen, Regimen):
        raise ValueError(f"regimen must be a Regimen; got {regimen!r}")
    if regimen.duration_h > MAX_COURSE_H:
        raise ValueError(f"regimen must last at most {MAX_COURSE_H:g} h; "
                         f"got {regimen.duration_h:g} h")


@functools.lru_cache(maxsize=1)
def _high_dose_leak() -> float:
    """Largest leak state of the label's high-dose IL-2 course (the reference, index 1)."""
    return float(simulate_course(HIGH_DOSE).plasma_volume_loss_fraction.max())


def simulate_course(regimen: Regimen, cytokine=IL2, weight_kg: float = DEFAULT_WEIGHT_KG,
                    height_cm: float = DEFAULT_HEIGHT_CM, step_h: float = 1 / 12,
                    endothelium: ReceptorProfile = ENDOTHELIUM) -> Course:
    """Pharmacokinetics, pSTAT5 and vascular leak over a course.

    The leak drive is the weighted mean of the endothelium's and the NK cells' absolute pSTAT5
    (:func:`il2lib.signaling.absolute_response`; weight ``LEAK_ENDOTHELIAL_WEIGHT_FRACTION`` on
    the endothelium), so a cell type with few receptors drives little even when saturated.

    Parameters
    ----------
    endothelium : ReceptorProfile
        Receptor numbers of the leaking endothelium (default :data:`ENDOTHELIUM`, ASSUMED).

    Examples
    --------
    >>> high, low = simulate_course(HIGH_DOSE), simulate_course(LOW_DOSE)
    >>> round(high.toxicity_index, 6)
    1.0
    >>> bool(low.toxicity_index < 0.15)
    True
    """
    _check_course(regimen)
    if not isinstance(endothelium, ReceptorProfile):
        raise ValueError(f"endothelium must be a ReceptorProfile; got {endothelium!r}")
    t = course_times_h(regimen, step_h)
    conc = plasma_concentration(regimen, t, weight_kg, height_cm)
    curves = _interpolated(_pstat5_curves(resolve_variant(cytokine), endothelium), conc)
    response = dict(zip((*PD_CELLS, ENDOTHELIUM.name), curves[:4], strict=True))
    w = p.LEAK_ENDOTHELIAL_WEIGHT_FRACTION
    drive = w * curves[5] + (1 - w) * curves[4]
    return Course(
        t_h=t, conc_M=conc, pstat5_treg=response["Treg"], pstat5_cd8=response["CD8"],
        pstat5_nk=response["NK"], pstat5_endothelium=response["endothelium"], leak_drive=drive,
        plasma_volume_loss_fraction=leak(drive, t), dose_times_h=regimen.dose_times_h())


@dataclass(frozen=True)
class DoseSweep:
    """Efficacy proxies and toxicity of one regimen and cytokine at scaled doses.

    ``effector_exposure_h_per_day`` is the mean of CD8 and NK pSTAT5 exposure per day of the
    course; ``treg_exposure_h_per_day`` the same for Tregs.

    Examples
    --------
    >>> sweep = dose_sweep(HIGH_DOSE, [0.1, 1.0])
    >>> bool(sweep.toxicity_index[0] < sweep.toxicity_index[1])
    True
    """

    dose_factor: np.ndarray
    effector_exposure_h_per_day: np.ndarray
    treg_exposure_h_per_day: np.ndarray
    toxicity_index: np.ndarray


def dose_sweep(regimen: Regimen, dose_factors, cytokine=IL2) -> DoseSweep:
    """:func:`simulate_course` at ``regimen.dose`` times each factor: a therapeutic window.

    Examples
    --------
    >>> dose_sweep(LOW_DOSE, [1.0]).toxicity_index.shape
    (1,)
    """
    factors = as_nonnegative_array(dose_factors, "dose_factors")
    _check_course(regimen)
    days = regimen.duration_h / 24
    effector, treg, toxicity = [], [], []
    for factor in np.atleast_1d(factors):
        course = simulate_course(replace(regimen, dose=regimen.dose * factor), cytokine)
        effector.append((course.exposure_h("CD8") + course.exposure_h("NK")) / 2 / days)
        treg.append(course.exposure_h("Treg") / days)
        toxicity.append(course.toxicity_index)
    return DoseSweep(np.atleast_1d(factors), np.array(effector), np.array(treg),
                     np.array(toxicity))


# --- expansion over a course, with the cells clearing the drug -----------------------------

MAX_EXPANSION_H = 120 * 24.0
"""Longest course :func:`expansion` accepts (120 days: a 12-week low-dose course fits)."""


_EXPANSION_RTOL = {"sc": 1e-3, "iv": 1e-4}
# Relative tolerance of expansion's solver, by route. After an injection the plasma IL-2 rises
# and falls over hours: at 1e-3 a 12-week daily course stays within 0.1 % (cell numbers) and
# 1 % (plasma IL-2, at every output time) of a run at 1e-6, in half the steps of 1e-4.
# Infusions switch on and off within minutes and keep simulate's default.


def _input_rate_mol_per_h(regimen: Regimen, pk: TwoCompartment, dose_mol: float, t_h: float):
    """Drug entering the plasma per hour: the infusions, or the lymph after each injection."""
    # Only the latest doses contribute: the last one for an infusion, those of the past
    # 50/ka hours (what is left of an injection then is below 1e-19 of its peak) for injections.
    k = pk.ka_per_h
    interval = regimen.interval_h
    last = math.floor(t_h / interval)
    if last < 0:
        return 0.0
    last = min(last, regimen.n_doses - 1)
    if regimen.route == "iv":
        inside = t_h - last * interval < regimen.infusion_h
        return dose_mol / regimen.infusion_h if inside else 0.0
    first = max(0, last - int(50.0 / k / interval) - 1)
    total = 0.0
    for j in range(first, last + 1):
        tau = t_h - interval * j
        total += tau * math.exp(-k * tau)
    return pk.bioavailability_fraction * dose_mol * k * k * total


CALIBRATION_DOSE_IU_PER_M2 = 1e6
"""Dose to which konrad1990 refers its levels (10⁶ units/m²); :func:`coupled_pharmacokinetics`
reproduces them at this dose."""


def _run_with_plasma(plasma: Plasma, times_h, rates: populations.Rates | None = None):
    """The population model integrated with ``plasma``: its result and the drug's level."""
    regimen = plasma.regimen
    max_step = regimen.infusion_h if regimen.route == "iv" else 1.0
    run = populations.simulate(times_h, il2_pool=plasma, max_step_h=max_step,
                               rtol=_EXPANSION_RTOL[regimen.route],
                               rates=populations.Rates() if rates is None else rates)
    return run, np.array([plasma.drug_conc_M(state) for state in run.pool_states])


def _coupled_levels_M(regimen: Regimen, pk: TwoCompartment, times_h) -> np.ndarray:
    """Plasma drug level of the default patient with constants ``pk``, resting cells clearing."""
    return _run_with_plasma(Plasma._with_pk(regimen, pk), times_h)[1]


@functools.lru_cache(maxsize=1)
def _coupled_constants() -> tuple[float, float]:
    """Kidneys' share of the measured clearance, and the absorption rate, with the cells.

    konrad1990 measured its levels in patients whose lymphocytes bound and internalised IL-2, so
    its clearance is the kidneys' and the cells' together. Both are FITTED so that the default
    patient, cells at rest and clearing, has konrad1990's level at the end of a 6-h infusion
    (the level the clearance was derived from) and its subcutaneous peak at 2 % of the bolus
    level, each for :data:`CALIBRATION_DOSE_IU_PER_M2`.
    """
    linear = pharmacokinetics()
    six_hours = Regimen(CALIBRATION_DOSE_IU_PER_M2, "IU/m2", "iv", interval_h=24.0,
                        n_doses=1, infusion_h=6.0)
    infusion_level = plasma_concentration(six_hours, 6.0)

    def infusion_miss(share):
        pk = replace(linear, k10_per_h=share * linear.k10_per_h)
        return _coupled_levels_M(six_hours, pk, [0.0, 6.0])[-1] / infusion_level - 1

    kidney_share = brentq(infusion_miss, 0.05, 1.0, xtol=1e-4)
    kidneys = replace(linear, k10_per_h=kidney_share * linear.k10_per_h)
    injection = Regimen(CALIBRATION_DOSE_IU_PER_M2, "IU/m2", "sc", interval_h=24.0, n_doses=1)
    dose_mol = units.mg_to_mol(units.iu_to_mg(injection.dose_iu()))
    bolus_level = dose_mol / linear.central_volume_L
    times = np.linspace(0.0, 24.0, 241)

    def peak_miss(ka):
        pk = replace(kidneys, ka_per_h=ka)
        peak = _coupled_levels_M(injection, pk, times).max()
        return peak / bolus_level / p.ALDESLEUKIN_SC_PEAK_TO_BOLUS_FRACTION - 1

    ka = brentq(peak_miss, linear.ka_per_h, 20 * linear.ka_per_h, xtol=1e-4)
    return kidney_share, ka


def coupled_pharmacokinetics(weight_kg: float = DEFAULT_WEIGHT_KG,
                             height_cm: float = DEFAULT_HEIGHT_CM) -> TwoCompartment:
    """The two-compartment model of the kidneys alone, for use with the cells' clearance.

    :func:`pharmacokinetics` lumps the cells' uptake into one measured, linear clearance. When
    :class:`Plasma` takes the cells' uptake from the plasma explicitly, the kidneys' rate
    constant is the FITTED share of the measured one and the absorption rate is refitted, so
    that with the cells at rest the model has the levels konrad1990 measured (model reference,
    eq-therapy-expansion). The exchange with the tissues is unchanged.

    Examples
    --------
    >>> kidneys = coupled_pharmacokinetics()
    >>> bool(kidneys.k10_per_h < pharmacokinetics().k10_per_h)
    True
    """
    linear = pharmacokinetics(weight_kg, height_cm)
    kidney_share, ka = _coupled_constants()
    return replace(linear, k10_per_h=kidney_share * linear.k10_per_h, ka_per_h=ka)


class Plasma(populations.IL2Pool):
    """A patient's plasma and tissue compartments, cleared by the kidneys and by the cells.

    The two-compartment model of :func:`pharmacokinetics` (amounts of drug in the plasma and
    the tissues, mol) with one more sink: the IL-2 that the body's lymphocytes bind and
    internalise. The population model's compartment stands for ``body_lymphocytes`` cells;
    what its cells internalise, scaled up, is taken from the plasma, in the drug's share of all
    free IL-2 (drug and the body's own IL-2 bind alike). The cells see the drug on top of the
    body's own IL-2 (:attr:`il2lib.populations.RestingState.il2_M`). With the cells clearing,
    the kidneys' rate constant and the absorption rate are those of
    :func:`coupled_pharmacokinetics`; without (``cells_clear=False``), the measured clearance
    of :func:`pharmacokinetics` is held fixed.

    Examples
    --------
    >>> plasma = Plasma(LOW_DOSE)
    >>> plasma.initial_state().tolist()
    [0.0, 0.0]
    """

    def __init__(self, regimen: Regimen, weight_kg: float = DEFAULT_WEIGHT_KG,
                 height_cm: float = DEFAULT_HEIGHT_CM,
                 body_lymphocytes: float = p.LYMPHOCYTES_PER_BODY, cells_clear: bool = True):
        if not isinstance(regimen, Regimen):
            raise ValueError(f"regimen must be a Regimen; got {regimen!r}")
        lymphocytes = as_positive_float(body_lymphocytes, "body_lymphocytes")
        cells_clear = as_flag(cells_clear, "cells_clear")
        pk = (coupled_pharmacokinetics(weight_kg, height_cm) if cells_clear
              else pharmacokinetics(weight_kg, height_cm))
        self._set_up(regimen, pk, weight_kg, height_cm, lymphocytes if cells_clear else 0.0)

    @classmethod
    def _with_pk(cls, regimen: Regimen, pk: TwoCompartment) -> Plasma:
        # The default patient with given constants and the cells clearing (for calibration).
        plasma = cls.__new__(cls)
        plasma._set_up(regimen, pk, DEFAULT_WEIGHT_KG, DEFAULT_HEIGHT_CM,
                       p.LYMPHOCYTES_PER_BODY)
        return plasma

    def _set_up(self, regimen, pk, weight_kg, height_cm, clearing_lymphocytes):
        self.regimen = regimen
        self.pk = pk
        self.dose_mol = units.mg_to_mol(units.iu_to_mg(regimen.dose_iu(weight_kg, height_cm)))
        compartment_cells = sum(populations.DEFAULT_INITIAL_CELLS.values())
        self.scale_mol_per_molecule = (clearing_lymphocytes / compartment_cells
                                       / scipy_constants.Avogadro)
        self.resting_M = populations.resting_state().il2_M

    def initial_state(self) -> np.ndarray:
        return np.zeros(2)

    def state_scale(self) -> np.ndarray:
        return np.full(2, 0.1 * self.dose_mol)

    def breaks_h(self) -> np.ndarray:
        starts = self.regimen.dose_times_h()
        if self.regimen.route == "iv":
            return np.union1d(starts, starts + self.regimen.infusion_h)
        return starts

    def drug_conc_M(self, state) -> float:
        """Plasma concentration of the drug (molar)."""
        return max(float(state[0]), 0.0) / self.pk.central_volume_L

    def conc_M(self, t_h, state) -> float:
        return self.drug_conc_M(state) + self.resting_M

    def rhs(self, t_h, state, consumed_per_h, conc_M) -> list[float]:
        pk = self.pk
        central, tissue = state.tolist()
        drug = max(central, 0.0) / pk.central_volume_L
        share = drug / conc_M if conc_M > 0 else 0.0
        uptake = self.scale_mol_per_molecule * consumed_per_h * share
        inflow = _input_rate_mol_per_h(self.regimen, pk, self.dose_mol, t_h)
        return [
            inflow - (pk.k10_per_h + pk.k12_per_h) * central + pk.k21_per_h * tissue - uptake,
            pk.k12_per_h * central - pk.k21_per_h * tissue,
        ]


@dataclass(frozen=True)
class Expansion:
    """Cell numbers and plasma IL-2 over a course (:func:`expansion`).

    ``plasma_il2_M`` is the drug in the plasma, on ``t_h``; the cells also see the body's own
    IL-2. ``populations`` is the full population-model result.

    Examples
    --------
    >>> run = expansion(LOW_DOSE)
    >>> run.plasma_il2_M.shape == run.t_h.shape
    True
    """

    t_h: np.ndarray
    plasma_il2_M: np.ndarray
    populations: populations.PopulationTimeCourse
    cells_clear: bool

    @property
    def cells(self) -> tuple[str, ...]:
        return self.populations.cells

    def count(self, cell: str) -> np.ndarray:
        """Cells of one of "Treg", "Th", "CD8", "NK" in the body, over time."""
        return self.populations.count(cell)

    def fold(self, cell: str) -> np.ndarray:
        """Cells of one population relative to the start of the course.

        Examples
        --------
        >>> float(expansion(LOW_DOSE).fold("Th")[0])
        1.0
        """
        return self.populations.fold(cell)

    def treg_to_tcon_fold(self) -> np.ndarray:
        """The Treg : conventional CD4 (Th) ratio relative to its start."""
        return self.fold("Treg") / self.fold("Th")


def expansion(regimen: Regimen, weight_kg: float = DEFAULT_WEIGHT_KG,
              height_cm: float = DEFAULT_HEIGHT_CM,
              step_h: float = 6.0,
              rates: populations.Rates | None = None, *,
              body_lymphocytes: float = p.LYMPHOCYTES_PER_BODY,
              cells_clear: bool = True) -> Expansion:
    """Treg, Th, CD8 and NK numbers over a course, and the plasma IL-2 they are bathed in.

    The population model (:func:`il2lib.populations.simulate`) integrated together with the
    drug's pharmacokinetics (:class:`Plasma`; model reference, eq-therapy-expansion): the cells
    see the plasma IL-2 on top of the body's own, and what they internalise is cleared from the
    plasma, on top of the kidneys' clearance. As the cells expand they clear more, so the same
    daily dose gives less exposure. The cells start at rest, with self antigen only.

    Parameters
    ----------
    regimen : Regimen
        The course; the run lasts ``regimen.duration_h`` (at most 120 days).
    weight_kg, height_cm : float
        The patient (> 0).
    step_h : float
        Spacing of the output times (h, > 0).
    rates : il2lib.populations.Rates or None
        Rate constants of the population model; None (default) uses ``populations.Rates()``.
    body_lymphocytes : float
        Lymphocytes in the body (> 0), default :data:`il2lib.parameters.LYMPHOCYTES_PER_BODY`.
    cells_clear : bool
        False leaves out the cells' clearance and holds the measured clearance fixed.

    Returns
    -------
    Expansion

    Examples
    --------
    >>> run = expansion(LOW_DOSE)
    >>> bool(run.fold("Treg")[-1] > 1.0)
    True
    """
    if not isinstance(regimen, Regimen):
        raise ValueError(f"regimen must be a Regimen; got {regimen!r}")
    if regimen.duration_h > MAX_EXPANSION_H:
        raise ValueError(f"regimen must last at most {MAX_EXPANSION_H:g} h; "
                         f"got {regimen.duration_h:g} h")
    step = as_positive_float(step_h, "step_h")
    plasma = Plasma(regimen, weight_kg, height_cm, body_lymphocytes, cells_clear)
    end = regimen.duration_h
    times = np.union1d(np.arange(0.0, end, step), [end])
    run, conc = _run_with_plasma(plasma, times, rates)
    return Expansion(t_h=run.t_h, plasma_il2_M=conc, populations=run,
                     cells_clear=bool(plasma.scale_mol_per_molecule))
