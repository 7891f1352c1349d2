"""The population model: IL-2 mass balance, the Treg sink, low- versus high-dose IL-2, bad input."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from il2lib import binding, populations, signaling
from il2lib.cells import CELL_TYPES, ReceptorProfile

MONTH_H = np.linspace(0.0, 30 * 24.0, 31)


@pytest.fixture(scope="module")
def responses():
    """One run per scenario, shared by the tests below."""
    return {
        "self": populations.simulate(MONTH_H, antigen=populations.SELF_ANTIGEN),
        "infection": populations.simulate(MONTH_H, antigen=0.03),
        "infection, no Tregs": populations.simulate(MONTH_H, antigen=0.03, tregs=False),
        "low": populations.simulate(MONTH_H, antigen=populations.SELF_ANTIGEN,
                                    il2_supply_M_per_h=populations.LOW_SUPPLY_M_PER_H),
        "high": populations.simulate(MONTH_H, antigen=populations.SELF_ANTIGEN,
                                     il2_supply_M_per_h=populations.HIGH_SUPPLY_M_PER_H),
    }


def test_il2_mass_balance_holds_to_1e_9(responses):
    for course in responses.values():
        put_in = course.produced_molecules + course.supplied_molecules
        accounted = course.free_molecules + course.bound_molecules + course.consumed_molecules
        assert put_in[-1] > 0
        assert np.all(np.abs(put_in - accounted) <= 1e-9 * put_in[-1])
        assert np.all(np.diff(course.consumed_molecules) >= 0)


def test_bound_il2_agrees_with_the_binding_model(responses):
    course = responses["infection"]
    for k in (5, 15, 30):
        expected = 0.0
        for i, name in enumerate(course.cells):
            cell = replace(CELL_TYPES[name], il2ra_per_cell=course.il2ra_per_cell[k, i])
            eq = binding.equilibrium("IL-2", course.il2_pM[k] * 1e-12, cell)
            expected += course.counts[k, i] * float(eq.bound_per_cell)
            pstat5 = signaling.pstat5("IL-2", course.il2_pM[k] * 1e-12, cell)
            assert course.pstat5[k, i] == pytest.approx(float(pstat5), rel=2e-3, abs=1e-6)
        assert course.bound_molecules[k] == pytest.approx(expected, rel=2e-3)


def test_removing_tregs_raises_effector_expansion(responses):
    with_tregs, without = responses["infection"], responses["infection, no Tregs"]
    assert without.fold("Th")[-1] > 5 * with_tregs.fold("Th")[-1]
    assert without.fold("CD8")[-1] > with_tregs.fold("CD8")[-1]
    assert np.all(without.count("Treg") == 0)


def test_antigen_threshold_moves_up_with_tregs():
    antigens = [0.003, 0.01, 0.03]
    with_tregs = [populations.simulate(MONTH_H, antigen=a).fold("Th")[-1] for a in antigens]
    without = [populations.simulate(MONTH_H, antigen=a, tregs=False).fold("Th")[-1]
               for a in antigens]
    assert with_tregs[0] < 1.0 < without[0] or with_tregs[1] < 2.0 < without[1]
    assert all(w < wo for w, wo in zip(with_tregs, without, strict=True))


def test_low_supply_raises_treg_to_th_ratio_and_high_supply_does_not(responses):
    def ratio_gain(course):
        return course.fold("Treg")[-1] / course.fold("Th")[-1]

    baseline = ratio_gain(responses["self"])
    assert ratio_gain(responses["low"]) > 2 * baseline
    assert ratio_gain(responses["high"]) < baseline
    assert responses["low"].fold("NK")[-1] < 1.0 < responses["high"].fold("NK")[-1]
    assert responses["low"].fold("CD8")[-1] < 1.0 < responses["high"].fold("CD8")[-1]


def test_il2_raises_il2ra_in_tregs_only_and_antigen_in_th_cells(responses):
    resting = np.array([CELL_TYPES[name].il2ra_per_cell for name in populations.CELLS])
    high = responses["high"]
    assert high.il2ra_per_cell[-1, 0] > 4 * resting[0]          # Tregs: pSTAT5 alone
    assert np.abs(high.il2ra_per_cell[:, 2:] / resting[2:] - 1).max() < 1e-6  # CD8, NK
    # Th cells: only the antigen-stimulated fraction carries induced IL-2Ralpha
    induced = populations.Rates().il2ra_induced_max_per_cell
    for course, antigen in ((high, populations.SELF_ANTIGEN), (responses["infection"], 0.03)):
        expected = resting[1] + (induced - resting[1]) * antigen
        assert course.il2ra_per_cell[-1, 1] == pytest.approx(expected, rel=1e-3)


def test_cd25_block_removes_the_treg_advantage(responses):
    blocked = populations.simulate(MONTH_H, antigen=0.03, cd25_block=True)
    assert blocked.fold("Treg")[-1] < responses["infection"].fold("Treg")[-1]
    assert blocked.fold("NK")[-1] > responses["infection"].fold("NK")[-1]


def test_supply_may_be_a_function_of_time():
    constant = populations.simulate([0, 48], il2_supply_M_per_h=1e-12)
    function = populations.simulate([0, 48], il2_supply_M_per_h=lambda t_h: 1e-12)
    np.testing.assert_allclose(function.counts, constant.counts, rtol=1e-9)
    pulse = populations.simulate([0, 48], il2_supply_M_per_h=lambda t_h: 1e-11 * (t_h < 24))
    assert pulse.supplied_molecules[-1] == pytest.approx(
        1e-11 * 24 * populations.DEFAULT_VOLUME_L * 6.02214076e23, rel=1e-3)


def test_imposed_concentration_holds_free_il2_and_balances_the_mass():
    clamped = populations.simulate(np.linspace(0, 72, 13), il2_conc_M=1e-11)
    np.testing.assert_allclose(clamped.il2_pM, 10.0, rtol=1e-12)
    produced_and_supplied = clamped.produced_molecules + clamped.supplied_molecules
    np.testing.assert_allclose(
        produced_and_supplied,
        clamped.free_molecules + clamped.bound_molecules + clamped.consumed_molecules,
        rtol=1e-12)
    # pSTAT5 at the imposed level is the signalling model's at that concentration
    resting = populations.simulate([0, 1e-6], il2_conc_M=1e-11)
    for k, cell in enumerate(populations.CELLS):
        assert resting.pstat5[0, k] == pytest.approx(
            float(signaling.pstat5("IL-2", 1e-11, cell)), abs=2e-3)
    # a step in time: nothing grows before the IL-2 arrives, Tregs grow after it
    step = populations.simulate([0, 24, 96], il2_conc_M=lambda t_h: 1e-11 * (t_h >= 24),
                                max_step_h=1.0)
    assert step.fold("Treg")[1] < 1.0 < step.fold("Treg")[2]
    # the same run as a supply that keeps free IL-2 at 0 imposes nothing: behaviour unchanged
    free_run = populations.simulate([0, 48], il2_supply_M_per_h=1e-12)
    again = populations.simulate([0, 48], il2_supply_M_per_h=1e-12, max_step_h=None)
    np.testing.assert_array_equal(free_run.counts, again.counts)


def test_fold_of_an_absent_population_is_nan(responses):
    assert np.isnan(responses["infection, no Tregs"].fold("Treg")).all()


@pytest.mark.parametrize(("kwargs", "argument"), [
    ({"t_h": [0, -1]}, "t_h"),
    ({"t_h": [5, 1]}, "t_h"),
    ({"t_h": [[0, 1]]}, "t_h"),
    ({"antigen": 1.5}, "antigen"),
    ({"antigen": -0.1}, "antigen"),
    ({"antigen": float("nan")}, "antigen"),
    ({"il2_supply_M_per_h": -1e-12}, "il2_supply_M_per_h"),
    ({"il2_supply_M_per_h": lambda t_h: -1.0}, "il2_supply_M_per_h"),
    ({"volume_L": 0.0}, "volume_L"),
    ({"max_cells": 10.0}, "max_cells"),
    ({"initial_cells": {"B cell": 10.0}}, "initial_cells"),
    ({"initial_cells": {"Th": -1.0}}, "initial_cells"),
    ({"initial_cells": [1, 2]}, "initial_cells"),
    ({"cells": {"Th": CELL_TYPES["Th"]}}, "cells"),
    ({"rates": 3}, "rates"),
    ({"rtol": 0}, "rtol"),
    ({"il2_conc_M": -1e-12}, "il2_conc_M"),
    ({"il2_conc_M": lambda t_h: float("nan")}, "il2_conc_M"),
    ({"il2_conc_M": 1e-12, "il2_supply_M_per_h": 1e-12}, "il2_supply_M_per_h"),
    ({"max_step_h": 0.0}, "max_step_h"),
])
def test_bad_input_raises_value_error_naming_the_argument(kwargs, argument):
    kwargs = {"t_h": [0, 24], **kwargs}
    with pytest.raises(ValueError, match=argument):
        populations.simulate(**kwargs)


def test_unknown_cell_names_are_rejected():
    course = populations.simulate([0, 1])
    with pytest.raises(ValueError, match="cell"):
        course.fold("B cell")
    with pytest.raises(ValueError, match="cell"):
        populations.with_receptors("B cell", il2ra_per_cell=0)


def test_with_receptors_changes_one_population():
    cells = populations.with_receptors("Th", il2ra_per_cell=5000)
    assert cells["Th"].il2ra_per_cell == 5000
    assert cells["Treg"] is CELL_TYPES["Treg"]
    assert isinstance(cells["NK"], ReceptorProfile)


def test_default_tolerance_agrees_with_a_tight_run(responses):
    tight = populations.simulate(MONTH_H, antigen=0.03, rtol=1e-7)
    np.testing.assert_allclose(responses["infection"].counts, tight.counts, rtol=1e-3)
    np.testing.assert_allclose(responses["infection"].il2_pM, tight.il2_pM, rtol=1e-2)
