"""The closed-form calibration of the membrane constants, and its guards."""

from dataclasses import replace

import pytest
from scipy.optimize import brentq

from il2lib import binding, calibration, parameters
from il2lib.cells import ReceptorProfile
from il2lib.cytokines import IL2


def test_gamma_constant_matches_a_numerical_solve():
    """Solve the half-occupancy condition by brute force and compare with the closed form."""
    cell = ReceptorProfile("βγ", 0, parameters.CD8_IL2RB_PER_CELL, parameters.CD8_GAMMA_C_PER_CELL)

    def excess(kx_gamma):
        cytokine = replace(IL2, kx_gamma_per_cell=kx_gamma)
        eq = binding.equilibrium(cytokine, parameters.KD_APPARENT_INTERMEDIATE_M, cell)
        return float(eq.beta_bound_per_cell) / cell.il2rb_per_cell - 0.5

    numerical = brentq(excess, 1e-3, 1e6, xtol=1e-12, rtol=1e-13)
    assert IL2.kx_gamma_per_cell == pytest.approx(numerical, rel=1e-8)


@pytest.mark.parametrize("kwargs, name", [
    ({"kd_intermediate_M": 2e-7}, "kd_intermediate_M"),
    ({"gamma_c_per_cell": 10.0}, "gamma_c_per_cell"),
    ({"kd_beta_M": -1.0}, "kd_beta_M"),
])
def test_gamma_calibration_rejects_impossible_inputs(kwargs, name):
    args = {"kd_intermediate_M": 1e-9, "kd_beta_M": 144e-9, "il2rb_per_cell": 8500,
            "gamma_c_per_cell": 7600, **kwargs}
    with pytest.raises(ValueError, match=name):
        calibration.gamma_recruitment_kd_per_cell(**args)


@pytest.mark.parametrize("kwargs, name", [
    ({"kd_high_M": 1e-9}, "kd_high_M"),
    ({"il2ra_per_cell": 100.0}, "il2ra_per_cell"),
    ({"kx_gamma_per_cell": float("nan")}, "kx_gamma_per_cell"),
])
def test_beta_calibration_rejects_impossible_inputs(kwargs, name):
    args = {"kd_high_M": 10e-12, "kd_alpha_M": 10e-9, "kd_beta_M": 144e-9,
            "kx_gamma_per_cell": 23.6, "il2ra_per_cell": 3480, "il2rb_per_cell": 660,
            "gamma_c_per_cell": 14000, **kwargs}
    with pytest.raises(ValueError, match=name):
        calibration.beta_recruitment_kd_per_cell(**args)
