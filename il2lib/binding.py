r"""Receptor assembly by sequential binding: equilibrium (algebraic) and kinetics (ODE).

A cytokine :math:`L` binds its private α chain (IL-2Rα or IL-15Rα) or IL-2Rβ from solution, and
the complex then recruits the remaining chains within the membrane::

    L + α ⇌ Lα            (K_α, molar)          Lα + β ⇌ Lαβ     (K_xβ, per cell)
    L + β ⇌ Lβ            (K_β, molar)          Lβ + γ ⇌ Lβγ     (K_xγ, per cell)
    Lβ + α ⇌ Lαβ          (detailed balance)    Lαβ + γ ⇌ Lαβγ   (K_xγ, per cell)

The cytokine concentration is held fixed (a large medium volume). Only complexes holding both
IL-2Rβ and γc (:math:`L\beta\gamma`, :math:`L\alpha\beta\gamma`) signal.

Examples
--------
>>> from il2lib import binding
>>> eq = binding.equilibrium("IL-2", [1e-12, 1e-9], "Treg")
>>> eq.signaling_per_cell.round()
array([ 65., 648.])
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
from scipy import sparse
from scipy.constants import Avogadro
from scipy.integrate import solve_ivp
from scipy.optimize import brentq, elementwise

from il2lib import parameters as p
from il2lib._validation import as_nonnegative_array, as_positive_float, as_rtol, as_time_grid
from il2lib.cells import ReceptorProfile, resolve_cell
from il2lib.cytokines import Cytokine, resolve_cytokine

SPECIES = (
    "free_alpha_per_cell", "free_beta_per_cell", "free_gamma_per_cell",
    "ligand_alpha_per_cell", "ligand_beta_per_cell", "ligand_alpha_beta_per_cell",
    "ligand_beta_gamma_per_cell", "ligand_alpha_beta_gamma_per_cell",
)


@dataclass(frozen=True)
class _Chains:
    """Chain totals of a cell as seen by one cytokine (its α is IL-2Rα or IL-15Rα)."""

    alpha: float
    beta: float
    gamma: float

    @classmethod
    def of(cls, cytokine: Cytokine, cell: ReceptorProfile) -> _Chains:
        alpha = getattr(cell, f"{cytokine.alpha_chain}_per_cell")
        return cls(alpha, cell.il2rb_per_cell, cell.gamma_c_per_cell)


@dataclass(frozen=True)
class _AssemblyState:
    """Molecules per cell of each free chain and complex (``alpha`` is the cytokine's own α)."""

    free_alpha_per_cell: np.ndarray
    free_beta_per_cell: np.ndarray
    free_gamma_per_cell: np.ndarray
    ligand_alpha_per_cell: np.ndarray
    ligand_beta_per_cell: np.ndarray
    ligand_alpha_beta_per_cell: np.ndarray
    ligand_beta_gamma_per_cell: np.ndarray
    ligand_alpha_beta_gamma_per_cell: np.ndarray

    @property
    def signaling_per_cell(self) -> np.ndarray:
        """Complexes holding both IL-2Rβ and γc: the ones that activate JAK1/JAK3."""
        return self.ligand_beta_gamma_per_cell + self.ligand_alpha_beta_gamma_per_cell

    @property
    def bound_per_cell(self) -> np.ndarray:
        """Cytokine molecules bound to the cell (each complex holds one)."""
        return (self.ligand_alpha_per_cell + self.ligand_beta_per_cell
                + self.ligand_alpha_beta_per_cell + self.signaling_per_cell)

    @property
    def beta_bound_per_cell(self) -> np.ndarray:
        """IL-2Rβ chains holding a cytokine."""
        return (self.ligand_beta_per_cell + self.ligand_alpha_beta_per_cell
                + self.signaling_per_cell)


@dataclass(frozen=True)
class Complexes(_AssemblyState):
    """Molecules per cell of every free chain and complex at equilibrium, at each concentration.

    Every field has the shape of ``conc_M``.

    Examples
    --------
    >>> eq = equilibrium("IL-2", 1e-9, "NK")
    >>> float(eq.signaling_per_cell) > 0
    True
    """

    conc_M: np.ndarray


def _monovalent(cytokine: Cytokine, what: str) -> Cytokine:
    """``cytokine`` if it has one unit per molecule; bivalent ones have an equilibrium only."""
    if cytokine.valency != 1:
        raise ValueError(f"cytokine must be monovalent for {what}; {cytokine.name!r} has "
                         f"valency {cytokine.valency} (use equilibrium or the signaling "
                         f"functions built on it)")
    return cytokine


def _rate_ratios(cytokine: Cytokine, conc: np.ndarray):
    """u = c/K_α and v = c/K_β (zero for a chain the cytokine does not bind)."""
    return conc / cytokine.kd_alpha_M, conc / cytokine.kd_beta_M


def _alpha_beta_given_gamma(free_gamma, u, v, cytokine: Cytokine, chains: _Chains):
    """Free α, free β and the α·β-containing complexes X, given free γc (closed form).

    With free γ fixed (``rho = 1 + g/K_xγ``), the α and β balances are ``a_T = a(1+u) + X`` and
    ``b_T = b(1 + v rho) + X`` with ``X = w a b``; ``X`` is the smaller root of a quadratic,
    written without cancellation (model reference, equation eq-alpha-beta-root).
    """
    rho = 1 + free_gamma / cytokine.kx_gamma_per_cell
    w = u * rho / cytokine.kx_beta_per_cell
    p, q = 1 + u, 1 + v * rho
    a_t, b_t = chains.alpha, chains.beta
    pq = p * q
    disc = np.sqrt((w * (a_t - b_t)) ** 2 + 2 * w * (a_t + b_t) * pq + pq * pq)
    x = 2 * w * a_t * b_t / (w * (a_t + b_t) + pq + disc)
    free_alpha = np.maximum(a_t - x, 0) / p
    free_beta = np.maximum(b_t - x, 0) / q
    return free_alpha, free_beta, x, rho


def _gamma_residual(free_gamma, u, v, cytokine: Cytokine, chains: _Chains):
    _, free_beta, x, rho = _alpha_beta_given_gamma(free_gamma, u, v, cytokine, chains)
    recruited = free_gamma / cytokine.kx_gamma_per_cell * (v * free_beta + x / rho)
    return free_gamma + recruited - chains.gamma


def _solve_free_gamma(u, v, cytokine: Cytokine, chains: _Chains) -> np.ndarray:
    """Free γc solving the γc balance, by bracketed root-finding on [0, γ_total] elementwise."""
    gamma_total = np.broadcast_to(chains.gamma, u.shape)
    free_gamma = np.zeros(u.shape)
    has_gamma = gamma_total > 0
    if not has_gamma.any():
        return free_gamma
    totals = [np.broadcast_to(total, u.shape)[has_gamma]
              for total in (chains.alpha, chains.beta, chains.gamma)]

    # find_root passes only the still-unconverged elements of args, so totals travel as args.
    def residual(free, u_s, v_s, alpha, beta, gamma):
        return _gamma_residual(free, u_s, v_s, cytokine, _Chains(alpha, beta, gamma))

    result = elementwise.find_root(
        residual, (np.zeros_like(totals[2]), totals[2]),
        args=(u[has_gamma], v[has_gamma], *totals),
        tolerances={"xrtol": 1e-14, "frtol": 1e-15})
    free_gamma[has_gamma] = result.x
    return free_gamma


def _equilibrium_fields(cytokine: Cytokine, conc: np.ndarray, chains: _Chains) -> dict:
    """Every species at equilibrium; ``conc`` and the chain totals broadcast together.

    For a bivalent cytokine the fields count its units (arms) in each state, found as those of
    one unit at the effective concentration of :func:`_bivalent_effective_conc`.
    """
    if cytokine.valency == 2:
        return _monovalent_fields(cytokine, _bivalent_effective_conc(cytokine, conc, chains),
                                  chains)
    return _monovalent_fields(cytokine, conc, chains)


def _second_unit_weight(cytokine: Cytokine, c_eff: np.ndarray, chains: _Chains) -> np.ndarray:
    """ψ − 1 = S / (N_A V) at the free chains of one unit's solution at ``c_eff`` (> 0).

    S sums the second unit's binding weights per molar over the states it can take; N_A V
    turns chains per cell into a local molar concentration (V: membrane area × arm reach).
    """
    fields = _monovalent_fields(cytokine, c_eff, chains)
    per_molar = (fields["free_alpha_per_cell"] / cytokine.kd_alpha_M
                 + (fields["free_beta_per_cell"] / cytokine.kd_beta_M
                    + fields["ligand_alpha_beta_per_cell"] / c_eff)
                 * (1 + fields["free_gamma_per_cell"] / cytokine.kx_gamma_per_cell))
    return per_molar / (Avogadro * contact_volume_L(gap_nm=cytokine.arm_reach_nm))


def _bivalent_effective_conc(cytokine: Cytokine, conc: np.ndarray, chains: _Chains):
    """The concentration c' = 2c ψ at which one unit alone matches a bivalent molecule.

    A molecule bound by one unit has its second unit free, or bound to the same cell's chains
    with the unit's own constants and the local concentration ``chain / (N_A V)``. Summed over
    both units' states, each chain is used as by one unit at ``c' = 2 c (1 + S/(N_A V))``, where
    S is a unit's summed binding weight per molar at the free chains of that solution
    (model reference, eq-bivalent-avidity). S falls as c' rises, so c' is one bracketed root.
    """
    shape = np.broadcast_shapes(np.shape(conc), *(np.shape(t) for t in (chains.alpha,
                                                                        chains.beta,
                                                                        chains.gamma)))
    conc = np.broadcast_to(conc, shape).astype(float)
    totals = [np.broadcast_to(t, shape).astype(float) for t in (chains.alpha, chains.beta,
                                                                chains.gamma)]
    effective = np.zeros(shape)
    bound = conc > 0
    if not bound.any():
        return effective

    def psi_minus_one(c_eff, alpha, beta, gamma):
        return _second_unit_weight(cytokine, c_eff, _Chains(alpha, beta, gamma))

    args = [t[bound] for t in totals]
    c = conc[bound]
    high = 2 * c * (1 + psi_minus_one(2e-9 * c, *args))   # ψ is largest as c' → 0

    def residual(log_c_eff, c_s, alpha, beta, gamma):
        c_eff = np.exp(log_c_eff)
        return log_c_eff - np.log(2 * c_s * (1 + psi_minus_one(c_eff, alpha, beta, gamma)))

    result = elementwise.find_root(
        residual, (np.log(2 * c), np.log(high) + 1e-12), args=(c, *args),
        tolerances={"xatol": 1e-13, "xrtol": 1e-14})
    effective[bound] = np.exp(result.x)
    return effective


def _monovalent_fields(cytokine: Cytokine, conc: np.ndarray, chains: _Chains) -> dict:
    u, v = _rate_ratios(cytokine, conc)
    shape = np.broadcast_shapes(u.shape, *(np.shape(t) for t in (chains.alpha, chains.beta,
                                                                  chains.gamma)))
    u, v = np.broadcast_to(u, shape), np.broadcast_to(v, shape)
    free_gamma = _solve_free_gamma(u, v, cytokine, chains)
    free_alpha, free_beta, x, rho = _alpha_beta_given_gamma(free_gamma, u, v, cytokine, chains)
    ligand_beta = v * free_beta
    ligand_alpha_beta = x / rho
    recruit = free_gamma / cytokine.kx_gamma_per_cell
    return {
        "free_alpha_per_cell": free_alpha,
        "free_beta_per_cell": free_beta,
        "free_gamma_per_cell": free_gamma,
        "ligand_alpha_per_cell": u * free_alpha,
        "ligand_beta_per_cell": ligand_beta,
        "ligand_alpha_beta_per_cell": ligand_alpha_beta,
        "ligand_beta_gamma_per_cell": ligand_beta * recruit,
        "ligand_alpha_beta_gamma_per_cell": ligand_alpha_beta * recruit,
    }


def equilibrium(cytokine, conc_M, cell) -> Complexes:
    """Equilibrium molecules per cell of each chain and complex, for each concentration.

    The cytokine concentration is fixed (no depletion). Free γc is found by bracketed
    root-finding (``scipy.optimize.elementwise.find_root``, vectorised over ``conc_M``); free
    α and β then follow in closed form.

    Parameters
    ----------
    cytokine : Cytokine or str
        A :class:`~il2lib.cytokines.Cytokine` or its name ("IL-2", "IL-15").
    conc_M : float or 1-D array
        Free cytokine concentration (molar, finite, >= 0).
    cell : ReceptorProfile or str
        A :class:`~il2lib.cells.ReceptorProfile` or a key of ``CELL_TYPES``.

    Returns
    -------
    Complexes
        Fields shaped like ``conc_M``.

    Examples
    --------
    >>> eq = equilibrium("IL-2", [1e-11, 1e-8], "Treg")
    >>> (eq.beta_bound_per_cell / 660).round(2)
    array([0.5, 1. ])
    """
    cytokine = resolve_cytokine(cytokine)
    cell = resolve_cell(cell)
    conc = as_nonnegative_array(conc_M, "conc_M")
    fields = _equilibrium_fields(cytokine, np.atleast_1d(conc), _Chains.of(cytokine, cell))
    return Complexes(conc_M=conc, **{k: val.reshape(conc.shape) for k, val in fields.items()})


def resolve_cells(cells) -> list[ReceptorProfile]:
    """A non-empty list of distinctly named cells, each a ReceptorProfile or a CELL_TYPES key.

    Examples
    --------
    >>> [cell.name for cell in resolve_cells(["Treg", "NK"])]
    ['Treg', 'NK']
    """
    if isinstance(cells, str | ReceptorProfile) or not isinstance(cells, list | tuple):
        raise ValueError(f"cells must be a list or tuple of cells; got {cells!r}")
    profiles = [resolve_cell(cell, f"cells[{i}]") for i, cell in enumerate(cells)]
    if not profiles:
        raise ValueError("cells must name at least one cell")
    names = [cell.name for cell in profiles]
    if len(set(names)) < len(names):
        raise ValueError(f"cells must have distinct names (the result is keyed by name); "
                         f"got {names}")
    return profiles


def equilibrium_table(cytokine, conc_M, cells) -> dict[str, Complexes]:
    """:func:`equilibrium` for several cells at once (one root-finding call), keyed by name.

    Examples
    --------
    >>> table = equilibrium_table("IL-2", [1e-11, 1e-9], ["Treg", "NK"])
    >>> sorted(table)
    ['NK', 'Treg']
    """
    cytokine = resolve_cytokine(cytokine)
    profiles = resolve_cells(cells)
    conc = as_nonnegative_array(conc_M, "conc_M")
    chain_arrays = [_Chains.of(cytokine, cell) for cell in profiles]
    chains = _Chains(*(np.array([getattr(c, name) for c in chain_arrays])[:, None]
                       for name in ("alpha", "beta", "gamma")))
    fields = _equilibrium_fields(cytokine, np.atleast_1d(conc)[None, :], chains)
    return {
        cell.name: Complexes(conc_M=conc, **{k: val[i].reshape(conc.shape)
                                             for k, val in fields.items()})
        for i, cell in enumerate(profiles)
    }


def conc_for_signaling_M(cytokine, signaling_per_cell, cell) -> float:
    """The concentration (molar) at which a cell holds ``signaling_per_cell`` signalling complexes.

    The exact inverse of :func:`equilibrium`, in closed form: fixing the signalling complexes
    fixes free γc, then free IL-2Rβ, and leaves a quadratic in the concentration.

    Examples
    --------
    >>> c = conc_for_signaling_M("IL-2", 100.0, "Treg")
    >>> round(float(equilibrium("IL-2", c, "Treg").signaling_per_cell), 6)
    100.0
    """
    cytokine = resolve_cytokine(cytokine)
    cell = resolve_cell(cell)
    target = float(as_nonnegative_array(signaling_per_cell, "signaling_per_cell", max_ndim=0))
    maximum = max_signaling_per_cell(cytokine, cell)
    if not target < maximum:
        raise ValueError(
            f"signaling_per_cell must be below the cell's maximum of {maximum:.6g}; got {target}")
    if target == 0:
        return 0.0
    chains = _Chains.of(cytokine, cell)
    if cytokine.valency == 2:
        # The unit's effective concentration c' is fixed by the target; c = c' / (2ψ).
        c_eff = conc_for_signaling_M(replace(cytokine, valency=1), target, cell)
        psi = 1 + _second_unit_weight(cytokine, np.atleast_1d(c_eff), chains)
        return float(c_eff / (2 * psi[0]))
    kx_beta, kx_gamma = cytokine.kx_beta_per_cell, cytokine.kx_gamma_per_cell
    free_gamma = chains.gamma - target
    g = 1 + free_gamma / kx_gamma
    ligand_beta_or_alpha_beta = target * kx_gamma / free_gamma   # Lβ + Lαβ
    free_beta = chains.beta - g * ligand_beta_or_alpha_beta
    y = ligand_beta_or_alpha_beta / free_beta                   # = v + u a / K_xβ
    h = (1 + free_beta * g / kx_beta) / cytokine.kd_alpha_M
    # c (1/K_β) (1 + c h) + c a_T / (K_α K_xβ) = y (1 + c h): a c² + b c − y = 0
    a = h / cytokine.kd_beta_M
    b = 1 / cytokine.kd_beta_M + chains.alpha / (cytokine.kd_alpha_M * kx_beta) - y * h
    conc = float(2 * y / (b + np.sqrt(b * b + 4 * a * y)))
    return _polish_conc_for_signaling(cytokine, chains, target, conc)


def _signaling_at(cytokine: Cytokine, chains: _Chains, conc: float) -> float:
    fields = _monovalent_fields(cytokine, np.atleast_1d(conc), chains)
    return float(fields["ligand_beta_gamma_per_cell"][0]
                 + fields["ligand_alpha_beta_gamma_per_cell"][0])


def _polish_conc_for_signaling(cytokine: Cytokine, chains: _Chains, target: float,
                               conc: float) -> float:
    """Refine the closed-form root where round-off in it is visible (unusual constants).

    The closed form subtracts nearly equal numbers when a chain is almost used up; the forward
    model is then solved for ``conc`` by bracketed root-finding in log concentration.
    """
    if abs(_signaling_at(cytokine, chains, conc) / target - 1) < 1e-10:
        return conc

    def excess(log_c):
        return _signaling_at(cytokine, chains, math.exp(log_c)) / target - 1

    low, high = math.log(conc) - 1.0, math.log(conc) + 1.0
    while excess(low) > 0:
        low -= 2.0
    while excess(high) < 0:
        high += 2.0
    return math.exp(brentq(excess, low, high, xtol=1e-14, rtol=1e-14))


def max_signaling_per_cell(cytokine, cell) -> float:
    """Signalling complexes per cell at saturating cytokine (the limit of infinite concentration).

    Every IL-2Rβ then holds its own cytokine, and γc is shared out by ``Lβ + γ ⇌ Lβγ``.

    Examples
    --------
    >>> round(max_signaling_per_cell("IL-2", "Treg"))
    656
    """
    cytokine = resolve_cytokine(cytokine)
    chains = _Chains.of(cytokine, resolve_cell(cell))
    b, g, k = chains.beta, chains.gamma, cytokine.kx_gamma_per_cell
    if b == 0 or g == 0:
        return 0.0
    disc = np.sqrt((b - g) ** 2 + 2 * k * (b + g) + k * k)
    return float(2 * b * g / (b + g + k + disc))


@dataclass(frozen=True)
class AssemblyTimeCourse(_AssemblyState):
    """Molecules per cell of every chain and complex over time after the cytokine is added.

    Species fields are shaped ``(len(t_s),) + conc_M.shape``.

    Examples
    --------
    >>> tc = kinetics("IL-2", 1e-9, "NK", [0, 60])
    >>> tc.signaling_per_cell.shape
    (2,)
    """

    t_s: np.ndarray
    conc_M: np.ndarray
    internalised_per_cell: np.ndarray | None = None
    """Complexes internalised since the start (only with ``internalisation_half_life_s``)."""


def _rate_constants(cytokine: Cytokine):
    """Forward and reverse rate constants of the seven steps (zero for absent chains)."""
    kon, k2 = cytokine.kon_per_M_per_s, cytokine.kon_membrane_per_cell_per_s
    binds_alpha, binds_beta = cytokine.binds_alpha, np.isfinite(cytokine.kd_beta_M)
    kon_a = kon if binds_alpha else 0.0
    koff_a = kon * cytokine.kd_alpha_M if binds_alpha else 0.0
    kon_b = kon if binds_beta else 0.0
    koff_b = kon * cytokine.kd_beta_M if binds_beta else 0.0
    # α joining Lβ: detailed balance gives K = K_xβ K_α / K_β around the assembly cycle.
    k_alpha_join = k2 if binds_alpha else 0.0
    k_alpha_leave = k2 * cytokine.kx_beta_per_cell * cytokine.kd_alpha_M / cytokine.kd_beta_M \
        if (binds_alpha and binds_beta) else 0.0
    return kon_a, koff_a, kon_b, koff_b, k2, k2 * cytokine.kx_beta_per_cell, \
        k_alpha_join, k_alpha_leave, k2 * cytokine.kx_gamma_per_cell


def _assembly_rhs(_t, y, conc, rates):
    kon_a, koff_a, kon_b, koff_b, k_beta_join, k_beta_leave, k_a_join, k_a_leave, \
        k_gamma_leave = rates
    a, b, g, la, lb, lab, lbg, labg = y.reshape(8, -1)
    r1 = kon_a * conc * a - koff_a * la            # L + α ⇌ Lα
    r2 = kon_b * conc * b - koff_b * lb            # L + β ⇌ Lβ
    r3 = k_beta_join * la * b - k_beta_leave * lab  # Lα + β ⇌ Lαβ
    r4 = k_a_join * lb * a - k_a_leave * lab        # Lβ + α ⇌ Lαβ
    r5 = k_beta_join * lb * g - k_gamma_leave * lbg     # Lβ + γ ⇌ Lβγ
    r6 = k_beta_join * lab * g - k_gamma_leave * labg   # Lαβ + γ ⇌ Lαβγ
    r7 = k_a_join * lbg * a - k_a_leave * labg          # Lβγ + α ⇌ Lαβγ
    return np.concatenate([
        -r1 - r4 - r7,
        -r2 - r3,
        -r5 - r6,
        r1 - r3,
        r2 - r4 - r5,
        r3 + r4 - r6,
        r5 - r7,
        r6 + r7,
    ])


def _integrate(rhs, y0: np.ndarray, times: np.ndarray, args: tuple, chains: _Chains,
               rtol: float, what: str) -> np.ndarray:
    """Integrate ``y0`` (rows × concentrations) with BDF; states shaped (rows, times, concs).

    Every concentration is an independent block, so the Jacobian is block-sparse.
    """
    rows, n = y0.shape
    sparsity = sparse.kron(np.ones((rows, rows)), sparse.identity(n), format="csc")
    scale = max(chains.alpha, chains.beta, chains.gamma, 1.0)
    solution = solve_ivp(
        rhs, (0.0, times[-1]), y0.ravel(), method="BDF", t_eval=times,
        args=args, rtol=rtol, atol=1e-12 * scale, jac_sparsity=sparsity)
    if not solution.success:
        raise RuntimeError(f"receptor {what} failed to integrate: {solution.message}")
    return solution.y.reshape(rows, n, times.size).transpose(0, 2, 1)


def _internalisation_rhs(t, y, conc, rates, internalisation_per_s):
    """:func:`_assembly_rhs` plus internalisation of every complex that holds IL-2Rβ.

    IL-2 and the IL-2Rβ and γc chains of an internalised complex are degraded; IL-2Rα recycles
    to the surface free. The ninth row counts the complexes internalised so far.
    """
    n = conc.size
    dy = _assembly_rhs(t, y[:8 * n], conc, rates).reshape(8, n)
    _a, _b, _g, _la, lb, lab, lbg, labg = y[:8 * n].reshape(8, n)
    lost = internalisation_per_s * np.array([lb, lab, lbg, labg])
    dy[4:8] -= lost
    dy[0] += lost[1] + lost[3]
    return np.concatenate([dy.ravel(), lost.sum(axis=0)])


def kinetics(cytokine, conc_M, cell, t_s, *, rtol: float = 1e-10,
             internalisation_half_life_s: float | None = None) -> AssemblyTimeCourse:
    """Receptor assembly over time after the cytokine is added to a cell with all chains free.

    The same scheme as :func:`equilibrium`, integrated with ``scipy.integrate.solve_ivp``
    (BDF, block-sparse Jacobian) for all concentrations at once.

    Parameters
    ----------
    cytokine, conc_M, cell
        As for :func:`equilibrium`.
    t_s : 1-D array
        Output times in seconds (finite, >= 0, increasing).
    rtol : float
        Relative tolerance of the integrator (between 1e-13 and 1e-2).
    internalisation_half_life_s : float, optional
        If given (seconds, > 0), every complex holding IL-2Rβ is internalised with this half-life:
        IL-2, IL-2Rβ and γc are degraded and IL-2Rα recycles, with no new chains made (a
        measurement lasting an hour or so). ``internalised_per_cell`` then counts them.

    Examples
    --------
    >>> tc = kinetics("IL-2", 1e-9, "NK", [0.0, 1e7])
    >>> eq = equilibrium("IL-2", 1e-9, "NK")
    >>> bool(abs(tc.signaling_per_cell[-1] / eq.signaling_per_cell - 1) < 1e-6)
    True
    """
    cytokine = _monovalent(resolve_cytokine(cytokine), "kinetics")
    cell = resolve_cell(cell)
    conc = as_nonnegative_array(conc_M, "conc_M")
    times = as_time_grid(t_s, "t_s")
    rtol = as_rtol(rtol)
    chains = _Chains.of(cytokine, cell)
    flat = np.atleast_1d(conc)
    rows = 8 if internalisation_half_life_s is None else 9
    y0 = np.zeros((rows, flat.size))
    y0[0], y0[1], y0[2] = chains.alpha, chains.beta, chains.gamma
    args = (flat, _rate_constants(cytokine))
    rhs = _assembly_rhs
    if internalisation_half_life_s is not None:
        half_life = as_positive_float(internalisation_half_life_s, "internalisation_half_life_s")
        rhs, args = _internalisation_rhs, (*args, math.log(2) / half_life)
    states = _integrate(rhs, y0, times, args, chains, rtol, "kinetics")
    fields = {name: states[i].reshape(times.shape + conc.shape) for i, name in enumerate(SPECIES)}
    internalised = states[8].reshape(times.shape + conc.shape) if rows == 9 else None
    return AssemblyTimeCourse(t_s=times, conc_M=conc, internalised_per_cell=internalised,
                              **fields)


def dissociation(cytokine, conc_M, cell, t_s, *, rtol: float = 1e-10) -> AssemblyTimeCourse:
    """Receptor complexes over time after a cell at equilibrium is washed free of cytokine.

    The cell starts at :func:`equilibrium` with ``conc_M``; at time zero the free cytokine is
    removed (as in a radioligand dissociation experiment, at 4 °C so nothing is internalised)
    and bound cytokine leaves through the same steps as in :func:`kinetics`.

    Parameters
    ----------
    cytokine, conc_M, cell
        As for :func:`equilibrium`; ``conc_M`` is the loading concentration.
    t_s : 1-D array
        Output times in seconds after the wash (finite, >= 0, increasing).
    rtol : float
        Relative tolerance of the integrator (between 1e-13 and 1e-2).

    Examples
    --------
    >>> tc = dissociation("IL-2", 1e-10, "Treg", [0.0, 60.0])
    >>> bool(tc.bound_per_cell[1] < tc.bound_per_cell[0])
    True
    """
    cytokine = _monovalent(resolve_cytokine(cytokine), "dissociation")
    cell = resolve_cell(cell)
    loading = equilibrium(cytokine, conc_M, cell)
    times = as_time_grid(t_s, "t_s")
    rtol = as_rtol(rtol)
    y0 = np.array([np.atleast_1d(getattr(loading, name)) for name in SPECIES])
    washed = np.zeros(y0.shape[1])
    states = _integrate(_assembly_rhs, y0, times, (washed, _rate_constants(cytokine)),
                        _Chains.of(cytokine, cell), rtol, "dissociation")
    shape = times.shape + loading.conc_M.shape
    fields = {name: states[i].reshape(shape) for i, name in enumerate(SPECIES)}
    return AssemblyTimeCourse(t_s=times, conc_M=loading.conc_M, **fields)


# --- A fixed amount of cytokine per cell, and trans-presentation -------------------------
#
# Trans-presentation uses the assembly scheme above unchanged. The cytokine held by its α chain
# on a presenting cell is a ligand that no longer needs the responder's α chain; it binds the
# responder's IL-2Rβ with the constant K_β and recruits γc in the membrane exactly as in cis.
# Free presented complexes are confined to the thin slab between the two membranes, so they
# act as a concentration c = N_free / (N_A · A · h) (model reference, eq-il15-contact-conc),
# and each one that binds is no longer free (eq-il15-ligand-balance).


@dataclass(frozen=True)
class FiniteLigandComplexes(Complexes):
    """Equilibrium with a fixed amount of cytokine per cell, depleted by what the cell binds.

    ``conc_M`` is the free cytokine concentration that results in ``volume_per_cell_L``.

    Examples
    --------
    >>> eq = equilibrium_finite_ligand("IL-2", 1e4, "NK", 1e-12)
    >>> round(float(eq.ligand_per_cell))
    10000
    """

    ligand_per_cell: np.ndarray
    volume_per_cell_L: float


def _molecules_per_molar(volume_per_cell_L: float) -> float:
    return Avogadro * volume_per_cell_L


def _bound_per_cell(cytokine: Cytokine, conc: np.ndarray, chains: _Chains) -> np.ndarray:
    return _AssemblyState(**_equilibrium_fields(cytokine, conc, chains)).bound_per_cell


def _finite_ligand_complexes(cytokine, conc, cell, volume, ligand_shape) -> FiniteLigandComplexes:
    fields = _equilibrium_fields(cytokine, np.atleast_1d(conc), _Chains.of(cytokine, cell))
    state = _AssemblyState(**fields)
    ligand = np.atleast_1d(conc) * _molecules_per_molar(volume) + state.bound_per_cell
    return FiniteLigandComplexes(
        conc_M=np.reshape(conc, ligand_shape), ligand_per_cell=ligand.reshape(ligand_shape),
        volume_per_cell_L=volume, **{k: val.reshape(ligand_shape) for k, val in fields.items()})


def finite_ligand_from_free_conc(cytokine, conc_M, cell,
                                 volume_per_cell_L: float) -> FiniteLigandComplexes:
    """The cytokine per cell that leaves free concentration ``conc_M``: the exact forward map.

    Total cytokine per cell is what is free in the cell's volume plus what the cell binds. One
    equilibrium call gives exact (cytokine per cell, response) pairs: the cheap way to draw a
    whole curve.

    Examples
    --------
    >>> eq = finite_ligand_from_free_conc("IL-2", 1e-10, "Treg", 1e-12)
    >>> bool(eq.ligand_per_cell > eq.bound_per_cell)
    True
    """
    cytokine = _monovalent(resolve_cytokine(cytokine), "a finite ligand")
    cell = resolve_cell(cell)
    conc = as_nonnegative_array(conc_M, "conc_M")
    volume = as_positive_float(volume_per_cell_L, "volume_per_cell_L")
    return _finite_ligand_complexes(cytokine, conc, cell, volume, conc.shape)


def _equilibrium_finite_ligand(cytokine: Cytokine, ligand_per_cell, cell: ReceptorProfile,
                               volume: float, ligand_name: str) -> FiniteLigandComplexes:
    total = as_nonnegative_array(ligand_per_cell, ligand_name)
    flat = np.atleast_1d(total)
    chains = _Chains.of(cytokine, cell)
    n_per_molar = _molecules_per_molar(volume)
    conc = np.zeros(flat.shape)
    positive = flat > 0

    # find_root passes only the unconverged elements of args, so the totals travel as args.
    def residual(c, totals):
        return c * n_per_molar + _bound_per_cell(cytokine, c, chains) - totals

    if positive.any():
        result = elementwise.find_root(
            residual, (np.zeros(positive.sum()), flat[positive] / n_per_molar),
            args=(flat[positive],), tolerances={"xrtol": 1e-13})
        if not np.all(result.success):
            raise RuntimeError("the cytokine balance did not converge")
        conc[positive] = result.x
    return _finite_ligand_complexes(cytokine, conc, cell, volume, total.shape)


def equilibrium_finite_ligand(cytokine, ligand_per_cell, cell,
                              volume_per_cell_L: float) -> FiniteLigandComplexes:
    """Equilibrium when each cell shares a fixed number of cytokine molecules with its volume.

    The free concentration ``c`` solves the cytokine balance
    ``ligand_per_cell = c · N_A · volume_per_cell_L + bound(c)`` (bracketed root-finding), where
    ``bound(c)`` comes from :func:`equilibrium`: the same assembly, with depletion.

    Parameters
    ----------
    cytokine, cell
        As for :func:`equilibrium`.
    ligand_per_cell : float or 1-D array
        Cytokine molecules per cell, free or bound (finite, >= 0).
    volume_per_cell_L : float
        Volume the free cytokine of one cell is spread through (litres, > 0).

    Examples
    --------
    >>> eq = equilibrium_finite_ligand("IL-2", [100.0, 1e5], "Treg", 1e-12)
    >>> bool(eq.bound_per_cell[0] < 100)
    True
    """
    cytokine = _monovalent(resolve_cytokine(cytokine), "a finite ligand")
    cell = resolve_cell(cell)
    volume = as_positive_float(volume_per_cell_L, "volume_per_cell_L")
    return _equilibrium_finite_ligand(cytokine, ligand_per_cell, cell, volume, "ligand_per_cell")


def ligand_for_signaling_per_cell(cytokine, signaling_per_cell, cell,
                                  volume_per_cell_L: float) -> float:
    """Cytokine molecules per cell that give ``signaling_per_cell`` complexes (exact inverse).

    Examples
    --------
    >>> n = ligand_for_signaling_per_cell("IL-2", 100.0, "Treg", 1e-12)
    >>> round(float(equilibrium_finite_ligand("IL-2", n, "Treg", 1e-12).signaling_per_cell), 6)
    100.0
    """
    cytokine = _monovalent(resolve_cytokine(cytokine), "a finite ligand")
    cell = resolve_cell(cell)
    volume = as_positive_float(volume_per_cell_L, "volume_per_cell_L")
    conc = conc_for_signaling_M(cytokine, signaling_per_cell, cell)
    return float(finite_ligand_from_free_conc(cytokine, conc, cell, volume).ligand_per_cell)


_ALPHA_CHAIN_NAMES = {"il2ra": "IL-2Rα", "il15ra": "IL-15Rα"}


def trans_presented(cytokine, *, kd_beta_M: float | None = None) -> Cytokine:
    """The cytokine held by its α chain on a presenting cell, as a ligand for the responder.

    It binds the responder's IL-2Rβ with ``kd_beta_M`` (default: the free cytokine's own
    constant) and recruits γc with the cytokine's membrane constant; it does not use the
    responder's own α chain.

    Examples
    --------
    >>> ligand = trans_presented("IL-15")
    >>> ligand.name, ligand.binds_alpha
    ('IL-15·IL-15Rα (trans)', False)
    """
    cytokine = _monovalent(resolve_cytokine(cytokine), "trans presentation")
    if not cytokine.binds_alpha:
        raise ValueError(f"cytokine must bind its α chain to be presented in trans; "
                         f"{cytokine.name!r} does not")
    kd_beta = cytokine.kd_beta_M if kd_beta_M is None else as_positive_float(kd_beta_M,
                                                                             "kd_beta_M")
    alpha = _ALPHA_CHAIN_NAMES[cytokine.alpha_chain]
    return replace(cytokine, name=f"{cytokine.name}·{alpha} (trans)", kd_alpha_M=math.inf,
                   kd_beta_M=kd_beta)


def contact_volume_L(*, membrane_area_um2: float = p.LYMPHOCYTE_MEMBRANE_AREA_UM2,
                     gap_nm: float = p.CONTACT_GAP_NM) -> float:
    """Volume (litres) that makes presented complexes in a contact act as a concentration.

    Free complexes in a contact of area ``A_c`` fill a slab of height ``gap_nm``; the
    responder's free chains are spread evenly over ``membrane_area_um2``, a fraction
    ``A_c / A`` of them facing the slab. The contact area cancels, leaving ``A · h``.

    Examples
    --------
    >>> round(contact_volume_L() * 1e15, 2)  # femtolitres
    3.9
    """
    area_m2 = as_positive_float(membrane_area_um2, "membrane_area_um2") * 1e-12
    gap_m = as_positive_float(gap_nm, "gap_nm") * 1e-9
    return area_m2 * gap_m * 1e3


def trans_equilibrium(cytokine, presented_per_cell, cell, *, kd_beta_M: float | None = None,
                      membrane_area_um2: float = p.LYMPHOCYTE_MEMBRANE_AREA_UM2,
                      gap_nm: float = p.CONTACT_GAP_NM) -> FiniteLigandComplexes:
    """Equilibrium of a responder cell with cytokine presented in trans by a neighbour.

    Parameters
    ----------
    cytokine : Cytokine or str
        The presented cytokine ("IL-15"), bound to its α chain on the presenting cell.
    presented_per_cell : float or 1-D array
        Cytokine·α complexes the presenting cell displays in its contact with one responder
        (molecules per responder; finite, >= 0). Bound ones are no longer free.
    cell : ReceptorProfile or str
        The responding cell.
    kd_beta_M : float, optional
        IL-2Rβ binding constant of the presented complex (default: the free cytokine's).
    membrane_area_um2, gap_nm : float
        Responder membrane area and intermembrane gap (see :func:`contact_volume_L`).

    Examples
    --------
    >>> eq = trans_equilibrium("IL-15", [100.0, 1e4], "NK")
    >>> bool(eq.signaling_per_cell[0] < 100 < eq.signaling_per_cell[1])
    True
    """
    ligand = trans_presented(cytokine, kd_beta_M=kd_beta_M)
    cell = resolve_cell(cell)
    volume = contact_volume_L(membrane_area_um2=membrane_area_um2, gap_nm=gap_nm)
    return _equilibrium_finite_ligand(ligand, presented_per_cell, cell, volume,
                                      "presented_per_cell")
