"""Membrane (two-dimensional) constants calibrated from apparent receptor affinities.

A cytokine binds one chain from solution, then recruits the other chains within the membrane.
The membrane steps have dissociation constants in molecules per cell, which cannot be measured
directly. We choose them so that the equilibrium model reproduces two published apparent
affinities: half of IL-2Rβ is bound at ``kd_intermediate_M`` on a cell with IL-2Rβ and γc only
(the intermediate-affinity receptor), and at ``kd_high_M`` on a cell with all three chains (the
high-affinity receptor). Both conditions can be solved in closed form, given here.

Examples
--------
>>> kx_gamma = gamma_recruitment_kd_per_cell(1e-9, 144e-9, 8500, 7600)
>>> round(kx_gamma, 1)
23.6
"""

from __future__ import annotations

import math

from il2lib._validation import as_nonnegative_float, as_positive_float


def gamma_recruitment_kd_per_cell(
    kd_intermediate_M: float, kd_beta_M: float, il2rb_per_cell: float, gamma_c_per_cell: float
) -> float:
    """γc recruitment constant that half-occupies IL-2Rβ at ``kd_intermediate_M`` (no IL-2Rα).

    At half occupancy free IL-2Rβ is ``b/2``; the bound half splits into cytokine·β
    (``v b/2`` with ``v = c/K_β``) and cytokine·β·γc (``(1 - v) b/2``), which fixes free γc
    and hence ``K_γ = v·γ_free / (1 - v)``.

    Examples
    --------
    >>> round(gamma_recruitment_kd_per_cell(1e-9, 144e-9, 8500, 7600), 1)
    23.6
    """
    conc = as_positive_float(kd_intermediate_M, "kd_intermediate_M")
    kd_beta = as_positive_float(kd_beta_M, "kd_beta_M")
    beta = as_positive_float(il2rb_per_cell, "il2rb_per_cell")
    gamma = as_positive_float(gamma_c_per_cell, "gamma_c_per_cell")
    if conc >= kd_beta:
        raise ValueError("kd_intermediate_M must be below kd_beta_M: γc can only raise affinity")
    v = conc / kd_beta
    free_gamma = gamma - (1 - v) * beta / 2
    if free_gamma <= 0:
        raise ValueError("gamma_c_per_cell is too low to half-occupy IL-2Rβ by recruitment")
    return v * free_gamma / (1 - v)


def beta_recruitment_kd_per_cell(
    kd_high_M: float, kd_alpha_M: float, kd_beta_M: float, kx_gamma_per_cell: float,
    il2ra_per_cell: float, il2rb_per_cell: float, gamma_c_per_cell: float,
) -> float:
    """IL-2Rβ recruitment constant (to cytokine·α) that half-occupies IL-2Rβ at ``kd_high_M``.

    With free IL-2Rβ fixed at ``b/2`` the γc balance is a quadratic in free γc and the
    IL-2Rα balance is linear in free IL-2Rα; the constant then follows directly.

    Examples
    --------
    >>> kx = beta_recruitment_kd_per_cell(10e-12, 10e-9, 144e-9, 23.6, 3480, 660, 14000)
    >>> 1000 < kx < 3000
    True
    """
    conc = as_positive_float(kd_high_M, "kd_high_M")
    kd_alpha = as_positive_float(kd_alpha_M, "kd_alpha_M")
    kd_beta = as_positive_float(kd_beta_M, "kd_beta_M")
    kx_gamma = as_positive_float(kx_gamma_per_cell, "kx_gamma_per_cell")
    alpha = as_positive_float(il2ra_per_cell, "il2ra_per_cell")
    beta = as_positive_float(il2rb_per_cell, "il2rb_per_cell")
    gamma = as_nonnegative_float(gamma_c_per_cell, "gamma_c_per_cell")
    u, v = conc / kd_alpha, conc / kd_beta
    free_beta = beta / 2
    # gamma: total = free + free_beta * free/(kx + free)  ->  quadratic in free gamma
    b = kx_gamma + free_beta - gamma
    free_gamma = (-b + math.sqrt(b * b + 4 * gamma * kx_gamma)) / 2
    g = 1 + free_gamma / kx_gamma
    if v * g >= 1:
        raise ValueError("kd_high_M is too high: IL-2Rβ·γc alone already half-occupies IL-2Rβ")
    free_alpha = (alpha - (1 - v * g) * free_beta) / (1 + u)
    if free_alpha <= 0:
        raise ValueError("il2ra_per_cell is too low to half-occupy IL-2Rβ through IL-2Rα")
    return u * g * free_alpha / (1 - v * g)
