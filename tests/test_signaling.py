"""pSTAT5 dose–response and EC50s."""

import numpy as np
import pytest

import il2lib
from il2lib import signaling
from il2lib.cells import ReceptorProfile

CONC_M = np.logspace(-15, -5, 101)
CELLS = list(il2lib.CELL_TYPES)


@pytest.mark.parametrize("cell", CELLS)
@pytest.mark.parametrize("cytokine", ["IL-2", "IL-15"])
def test_pstat5_is_monotone_and_within_zero_one(cytokine, cell):
    response = signaling.pstat5(cytokine, CONC_M, cell)
    assert np.all(np.diff(response) >= 0)
    assert response.min() >= 0 and response.max() <= 1
    assert response[0] < 0.01 and response[-1] > 0.99


@pytest.mark.parametrize("cell", CELLS)
@pytest.mark.parametrize("cytokine", ["IL-2", "IL-15"])
def test_pstat5_is_one_half_at_ec50(cytokine, cell):
    c50 = signaling.ec50(cytokine, cell)
    assert signaling.pstat5(cytokine, c50, cell) == pytest.approx(0.5, abs=1e-9)


def test_tregs_are_the_most_sensitive_to_il2():
    ec50 = {cell: signaling.ec50("IL-2", cell) for cell in CELLS}
    assert min(ec50, key=ec50.get) == "Treg"
    assert ec50["Th"] > 5 * ec50["Treg"] and ec50["CD8"] > 5 * ec50["Treg"]


def test_sensitivity_comes_from_receptor_numbers():
    """Give a CD8 cell the Treg's receptors and it responds like a Treg."""
    treg = il2lib.CELL_TYPES["Treg"]
    disguised = ReceptorProfile("CD8 with Treg receptors", treg.il2ra_per_cell,
                                treg.il2rb_per_cell, treg.gamma_c_per_cell)
    assert signaling.ec50("IL-2", disguised) == pytest.approx(signaling.ec50("IL-2", "Treg"))


def test_il2ra_shifts_the_il2_but_not_the_il15_response():
    treg = il2lib.CELL_TYPES["Treg"]
    no_alpha = ReceptorProfile("Treg without CD25", 0, treg.il2rb_per_cell,
                               treg.gamma_c_per_cell)
    assert signaling.ec50("IL-2", no_alpha) > 10 * signaling.ec50("IL-2", treg)
    assert signaling.ec50("IL-15", no_alpha) == pytest.approx(signaling.ec50("IL-15", treg))


def test_table_matches_single_calls():
    table = signaling.pstat5_table("IL-2", CONC_M)
    for cell in CELLS:
        np.testing.assert_allclose(table[cell], signaling.pstat5("IL-2", CONC_M, cell),
                                   atol=1e-12)


def test_dose_response_bundles_curve_and_ec50():
    curve = signaling.dose_response("IL-2", "NK", CONC_M)
    assert curve.ec50_M == signaling.ec50("IL-2", "NK")
    np.testing.assert_array_equal(curve.pstat5, signaling.pstat5("IL-2", CONC_M, "NK"))


def test_cell_without_beta_has_no_response_and_no_ec50():
    cell = ReceptorProfile("no β", 1000, 0, 1000)
    assert np.all(signaling.pstat5("IL-2", CONC_M, cell) == 0)
    with pytest.raises(ValueError, match="no IL-2Rβ"):
        signaling.ec50("IL-2", cell)
