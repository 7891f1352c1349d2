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


# --- absolute pSTAT5 ---------------------------------------------------------------------


@pytest.mark.parametrize("cell", CELLS)
@pytest.mark.parametrize("cytokine", ["IL-2", "IL-15"])
def test_absolute_pstat5_is_monotone_and_below_one(cytokine, cell):
    fraction = signaling.pstat5_fraction(cytokine, CONC_M, cell)
    assert np.all(np.diff(fraction) >= 0)
    assert fraction.min() >= 0 and fraction.max() < 1


def test_absolute_pstat5_at_saturation_follows_the_complexes_a_cell_can_make():
    """Same STAT5 machinery everywhere: more possible complexes, more STAT5 phosphorylated."""
    top = {cell: float(signaling.pstat5_fraction("IL-2", 1e-5, cell)) for cell in CELLS}
    most = {cell: il2lib.binding.max_signaling_per_cell("IL-2", cell) for cell in CELLS}
    assert sorted(top, key=top.get) == sorted(most, key=most.get)
    assert top["NK"] > 5 * top["Treg"]
    assert top["Treg"] < 0.1


def test_normalised_response_is_the_absolute_one_over_its_maximum():
    for cell in CELLS:
        fraction = signaling.pstat5_fraction("IL-2", CONC_M, cell)
        maximum = signaling.absolute_response(il2lib.binding.max_signaling_per_cell("IL-2", cell))
        np.testing.assert_allclose(signaling.pstat5("IL-2", CONC_M, cell), fraction / maximum,
                                   rtol=1e-12)


def test_absolute_response_is_half_at_k_s():
    assert signaling.absolute_response(250.0, 250.0) == pytest.approx(0.5)


def test_half_max_conc_of_a_sampled_curve_matches_the_exact_ec50():
    conc = np.logspace(-14, -5, 2001)
    response = signaling.pstat5("IL-2", conc, "NK")
    assert signaling.half_max_conc_M(conc, response) == pytest.approx(
        signaling.ec50("IL-2", "NK"), rel=1e-3)


@pytest.mark.parametrize("conc, response, match", [
    ([1e-9], [0.5], "same length"),
    ([1e-9, 1e-10], [0.1, 0.5], "increasing"),
    ([1e-9, 1e-8], [0.0, 0.0], "zero everywhere"),
    ([1e-9, 1e-8], [0.9, 1.0], "lowest conc_M"),
])
def test_half_max_conc_rejects_unusable_curves(conc, response, match):
    with pytest.raises(ValueError, match=match):
        signaling.half_max_conc_M(conc, response)


def test_k_s_is_labelled_fitted():
    assert "FITTED" in il2lib.parameters.SOURCES["PSTAT5_HALF_MAX_COMPLEXES_PER_CELL"].note


def test_treg_advantage_over_nk_is_not_compressed():
    """The intermediate affinity imposed where γc is in excess: NK/Treg well above 35."""
    ratio = signaling.ec50("IL-2", "NK") / signaling.ec50("IL-2", "Treg")
    measured = (il2lib.parameters.MEASURED_EC50_IL2_NK_M
                / il2lib.parameters.MEASURED_EC50_IL2_TREG_M)
    assert measured / 2 < ratio < measured * 2


# --- the CD56-bright NK subset (nagler1990 receptor counts) --------------------------------

def test_cd56bright_nk_signals_at_treg_concentrations_through_its_il2ra():
    from dataclasses import replace as _replace

    from il2lib.cells import CD56BRIGHT_NK, CELL_TYPES
    low_M = 1e-12

    def signal(cell):
        return float(signaling.pstat5_fraction("IL-2", low_M, cell))

    bright, dim, treg = signal(CD56BRIGHT_NK), signal(CELL_TYPES["NK"]), signal(CELL_TYPES["Treg"])
    assert bright > treg
    assert bright > 10 * dim
    # the high-affinity route is IL-2Rα: without it the subset signals like CD16+ NK cells
    without_alpha = signal(_replace(CD56BRIGHT_NK, il2ra_per_cell=0.0))
    assert without_alpha < bright / 10
    assert without_alpha == pytest.approx(dim * CD56BRIGHT_NK.il2rb_per_cell
                                          / CELL_TYPES["NK"].il2rb_per_cell, rel=0.5)
