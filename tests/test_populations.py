"""The population model: resting steady state, transient producers, absolute pSTAT5, IL-2 mass
balance at and beyond the lookup tables, the Treg sink, low- versus high-dose IL-2, IL-15 against
IL-2, bad input."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

import il2lib
from il2lib import binding, populations, signaling
from il2lib.cells import CD56BRIGHT_NK, CELL_TYPES, ReceptorProfile

MONTH_H = np.linspace(0.0, 30 * 24.0, 31)


def nk_mean(course, dim, bright):
    """The reported NK value: the two NK populations' values weighted by their numbers."""
    share = course.cd56bright_nk / course.count("NK")
    return (1 - share) * dim + share * bright


@pytest.fixture(scope="module")
def responses():
    """One run per scenario, shared by the tests below."""
    return {
        "self": populations.simulate(MONTH_H),
        "no producers": populations.simulate(MONTH_H, self_antigen=0.0),
        "infection": populations.simulate(MONTH_H, antigen=0.03),
        "infection, no Tregs": populations.simulate(MONTH_H, antigen=0.03, tregs=False),
        "low": populations.simulate(MONTH_H, il2_supply_M_per_h=populations.LOW_SUPPLY_M_PER_H),
        "high": populations.simulate(MONTH_H,
                                     il2_supply_M_per_h=populations.HIGH_SUPPLY_M_PER_H),
    }


def test_il2_mass_balance_holds_to_1e_9(responses):
    for course in responses.values():
        put_in = course.produced_molecules + course.supplied_molecules
        accounted = course.free_molecules + course.bound_molecules + course.consumed_molecules
        assert put_in[-1] > 0
        assert np.all(np.abs(put_in - accounted) <= 1e-9 * put_in[-1])
        assert np.all(np.diff(course.consumed_molecules) >= -1e-12 * course.consumed_molecules[-1])


def test_bound_il2_agrees_with_the_binding_model(responses):
    course = responses["infection"]
    responder = replace(CELL_TYPES["Th"], il2rb_per_cell=CELL_TYPES["Th"].il2rb_per_cell
                        * populations.Rates().il2rb_tcr_induction_fold)
    for k in (5, 15, 30):
        conc = course.il2_pM[k] * 1e-12
        th_bystanders = course.counts[k, 1] - course.responders[k]
        expected = th_bystanders * float(binding.equilibrium("IL-2", conc, "Th").bound_per_cell)
        eq = binding.equilibrium(
            "IL-2", conc, replace(responder, il2ra_per_cell=course.responder_il2ra_per_cell[k]))
        expected += course.responders[k] * float(eq.bound_per_cell)
        bright = course.cd56bright_nk[k]
        eq = binding.equilibrium("IL-2", conc, CD56BRIGHT_NK)
        expected += bright * float(eq.bound_per_cell)
        expected += (course.count("NK")[k] - bright) * float(
            binding.equilibrium("IL-2", conc, "NK").bound_per_cell)
        assert course.cd56bright_nk_pstat5[k] == pytest.approx(
            float(signaling.pstat5_fraction("IL-2", conc, CD56BRIGHT_NK)), rel=2e-3, abs=1e-6)
        for i, name in enumerate(course.cells):
            if name in ("Th", "NK"):
                continue   # Th and NK mix two populations each (counted above)
            cell = replace(CELL_TYPES[name], il2ra_per_cell=course.il2ra_per_cell[k, i])
            eq = binding.equilibrium("IL-2", conc, cell)
            expected += course.counts[k, i] * float(eq.bound_per_cell)
            pstat5 = signaling.pstat5_fraction("IL-2", conc, cell)
            assert course.pstat5[k, i] == pytest.approx(float(pstat5), rel=2e-3, abs=1e-6)
        assert course.bound_molecules[k] == pytest.approx(expected, rel=2e-3)


def test_resting_state_is_steady_for_30_days(responses):
    rest = responses["self"]
    for cell in rest.cells:
        assert np.all(np.abs(rest.fold(cell) - 1) <= 0.1), cell
    assert rest.il2_pM[-1] == pytest.approx(rest.il2_pM[0], rel=0.1)


def test_removing_the_producers_makes_tregs_decline(responses):
    rest, no_il2 = responses["self"], responses["no producers"]
    assert no_il2.produced_molecules[-1] == 0
    assert no_il2.fold("Treg")[-1] < 0.5 * rest.fold("Treg")[-1]
    assert np.all(np.diff(no_il2.count("Treg")) < 0)
    # setoguchi2005: neutralising IL-2 reduces the Tregs, not conventional CD4 T cells
    assert abs(no_il2.fold("Th")[-1] - 1) < 0.1


def test_producers_stop_secreting_within_a_day_of_one_stimulation():
    course = populations.simulate(np.linspace(0, 72, 289), antigen=0.03, self_antigen=0.0)
    secretion = course.secretion_per_responder_per_s
    assert secretion.max() > 0
    day = course.t_h >= 24
    assert np.all(secretion[day] < 0.1 * secretion.max())
    rate = np.gradient(course.produced_molecules, course.t_h)
    assert np.all(rate[course.t_h >= 50] <= 1e-9 * rate.max())
    # what production secretes per cell, the population model's responders secrete
    kernel = populations.secretion_kernel()
    assert secretion.max() <= kernel.with_cd28_per_s.max() * (1 + 1e-9)


def test_absolute_pstat5_stays_below_one_and_differs_between_cell_types_at_saturation():
    course = populations.simulate([0, 1, 2], il2_conc_M=1e-2)      # far above the tables
    assert np.all(course.pstat5 < 1) and np.all(course.responder_pstat5 < 1)
    saturated = course.pstat5[-1]
    def most(cell):
        return float(signaling.absolute_response(binding.max_signaling_per_cell("IL-2", cell)))

    expected = [most(c) for c in populations.CELLS]
    expected[3] = nk_mean(course, expected[3], most(CD56BRIGHT_NK))[-1]   # NK: both populations
    np.testing.assert_allclose(saturated[[0, 2, 3]], np.array(expected)[[0, 2, 3]], rtol=1e-3)
    # a Treg (660 IL-2Rbeta) phosphorylates far less of its STAT5 than an NK cell (8,500)
    assert saturated[3] > 5 * saturated[0]


@pytest.mark.parametrize("supply_M_per_h", [1e-7, 1e-6, 1e-4])
def test_mass_balance_and_receptor_limits_hold_beyond_the_tables(supply_M_per_h):
    course = populations.simulate(np.linspace(0, 48, 13), il2_supply_M_per_h=supply_M_per_h)
    put_in = course.produced_molecules + course.supplied_molecules
    accounted = course.free_molecules + course.bound_molecules + course.consumed_molecules
    assert np.all(np.abs(put_in - accounted) <= 1e-9 * put_in[-1])
    if supply_M_per_h >= 1e-4:
        assert course.il2_pM[-1] > 1e9               # past the tables' 1 mM edge
    assert np.all(course.pstat5 < 1)
    beta = np.array([CELL_TYPES[c].il2rb_per_cell for c in course.cells])
    alpha = course.il2ra_per_cell
    most_bound = (course.counts * (alpha + beta)).sum(axis=1) + course.responders * (
        course.responder_il2ra_per_cell + 10 * CELL_TYPES["Th"].il2rb_per_cell)
    most_bound += course.cd56bright_nk * (CD56BRIGHT_NK.il2rb_per_cell
                                          - CELL_TYPES["NK"].il2rb_per_cell)
    assert np.all(course.bound_molecules <= most_bound * (1 + 2e-3))   # table accuracy


def test_split_is_exact_at_the_table_edges():
    for conc in (1e-15, 1e-3, 5e-3):
        course = populations.simulate([0, 1e-6], il2_conc_M=conc)
        put_in = course.produced_molecules + course.supplied_molecules
        accounted = course.free_molecules + course.bound_molecules + course.consumed_molecules
        np.testing.assert_allclose(put_in, accounted, rtol=1e-12)
        assert course.il2_pM[-1] == pytest.approx(conc * 1e12)


def test_removing_tregs_raises_responder_expansion(responses):
    with_tregs, without = responses["infection"], responses["infection, no Tregs"]
    assert without.responder_fold()[-1] > with_tregs.responder_fold()[-1]
    assert without.fold("Th")[-1] > with_tregs.fold("Th")[-1]
    assert without.il2_pM.max() > with_tregs.il2_pM.max()
    assert np.all(without.count("Treg") == 0)
    # Tregs act through suppression (less CD28) and consumption
    assert with_tregs.suppression.max() > 0 and np.all(without.suppression == 0)


def test_suppression_follows_treg_activity():
    rates = populations.Rates()
    resting = populations.simulate([0, 1])
    active = populations.simulate([0, 1], il2_conc_M=1e-9)
    assert active.suppression[-1] > resting.suppression[-1] > 0
    weak = populations.simulate([0, 1], rates=replace(rates, suppression_half_ratio=1e6))
    assert weak.suppression[-1] < 1e-4


def test_bystander_division_needs_high_il2(responses):
    low, high = responses["low"], responses["high"]
    assert abs(low.fold("CD8")[-1] - 1) < 0.05
    assert high.count("CD8")[:8].max() > 1.1 * high.count("CD8")[0]


def test_low_supply_favours_tregs_and_high_supply_nk_cells(responses):
    rest, low, high = responses["self"], responses["low"], responses["high"]
    assert low.fold("Treg")[-1] > 1.1 * rest.fold("Treg")[-1]
    assert low.fold("Treg")[-1] > low.fold("Th")[-1]
    assert high.fold("NK")[-1] > 10 * low.fold("NK")[-1]


def test_il2_raises_il2ra_in_tregs_only_and_antigen_in_responders(responses):
    resting = np.array([CELL_TYPES[name].il2ra_per_cell for name in populations.CELLS])
    high = responses["high"]
    assert high.il2ra_per_cell[-1, 0] > 1.05 * high.il2ra_per_cell[0, 0]  # Tregs: pSTAT5 alone
    assert np.abs(high.il2ra_per_cell[:, 2] / resting[2] - 1).max() < 1e-6    # CD8
    # NK: each population keeps its own IL-2Rα; the reported mean moves with their shares
    mix = nk_mean(high, resting[3], CD56BRIGHT_NK.il2ra_per_cell)
    np.testing.assert_allclose(high.il2ra_per_cell[:, 3], mix, rtol=1e-6)
    assert np.abs(high.il2ra_per_cell[:, 1] / resting[1] - 1).max() < 1e-6    # bystander Th
    infection = responses["infection"]
    induced = populations.Rates().il2ra_induced_max_per_cell
    at_two_days = np.interp(48, infection.t_h, infection.responder_il2ra_per_cell)
    assert at_two_days > 0.9 * induced
    assert infection.responder_il2ra_per_cell[-1] < 0.1 * induced    # back down after antigen


def test_cd25_block_removes_the_treg_advantage(responses):
    blocked = populations.simulate(MONTH_H, antigen=0.03, cd25_block=True)
    assert blocked.fold("Treg")[-1] < responses["infection"].fold("Treg")[-1]
    assert blocked.fold("NK")[-1] > responses["infection"].fold("NK")[-1]


def test_supply_may_be_a_function_of_time():
    constant = populations.simulate([0, 48], il2_supply_M_per_h=1e-12)
    function = populations.simulate([0, 48], il2_supply_M_per_h=lambda t_h: 1e-12)
    np.testing.assert_allclose(function.counts, constant.counts, rtol=1e-9)
    pulse = populations.simulate([0, 48], il2_supply_M_per_h=lambda t_h: 1e-11 * (t_h < 24))
    added = pulse.supplied_molecules[-1] - pulse.supplied_molecules[0]
    assert added == pytest.approx(1e-11 * 24 * populations.DEFAULT_VOLUME_L * 6.02214076e23,
                                  rel=1e-3)


def test_imposed_concentration_holds_free_il2_and_balances_the_mass():
    clamped = populations.simulate(np.linspace(0, 72, 13), il2_conc_M=1e-11)
    np.testing.assert_allclose(clamped.il2_pM, 10.0, rtol=1e-12)
    produced_and_supplied = clamped.produced_molecules + clamped.supplied_molecules
    np.testing.assert_allclose(
        produced_and_supplied,
        clamped.free_molecules + clamped.bound_molecules + clamped.consumed_molecules,
        rtol=1e-12)
    # pSTAT5 at the imposed level is the signalling model's (absolute) at that concentration
    resting = populations.simulate([0, 1e-6], il2_conc_M=1e-11)
    for k, cell in enumerate(populations.CELLS):
        if cell == "Treg":
            cell = replace(CELL_TYPES["Treg"], il2ra_per_cell=resting.il2ra_per_cell[0, 0])
        expected = float(signaling.pstat5_fraction("IL-2", 1e-11, cell))
        if cell == "NK":
            expected = nk_mean(resting, expected, float(
                signaling.pstat5_fraction("IL-2", 1e-11, CD56BRIGHT_NK)))[0]
        assert resting.pstat5[0, k] == pytest.approx(expected, abs=2e-4)
    # a step in time: Tregs decline before the IL-2 arrives and grow after it
    step = populations.simulate([0, 24, 96], il2_conc_M=lambda t_h: 1e-10 * (t_h >= 24),
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
    ({"self_antigen": -1.0}, "self_antigen"),
    ({"tregs": 1}, "tregs"),
    ({"cd25_block": "yes"}, "cd25_block"),
    ({"cytokine": "IL-7"}, "cytokine"),
    ({"cytokine": "il-15"}, "cytokine"),
    ({"cytokine": 15}, "cytokine"),
    ({"cytokine": None}, "cytokine"),
])
def test_bad_input_raises_value_error_naming_the_argument(kwargs, argument):
    kwargs = {"t_h": [0, 24], **kwargs}
    with pytest.raises(ValueError, match=argument):
        populations.simulate(**kwargs)


@pytest.mark.parametrize(("field", "value"), [
    ("death_treg_per_h", -1e-3), ("death_conventional_per_h", float("nan")),
    ("death_nk_per_h", -1.0), ("division_max_per_h", 0.0), ("suppression_half_ratio", 0.0),
    ("internalisation_per_h", -1.0), ("bystander_half_pstat5", 0.0),
    ("il2rb_tcr_induction_fold", 0.5), ("homeostatic_division_per_h", (1e-3, -1e-3, 0.0)),
    ("homeostatic_division_per_h", (1e-3,)), ("division_max_per_h", True),
])
def test_bad_rates_raise_value_error_naming_the_field(field, value):
    with pytest.raises(ValueError, match=field):
        populations.Rates(**{field: value})


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


def test_self_antigen_is_the_fitted_resting_rate_and_the_default():
    rest = populations.resting_state()
    assert populations.SELF_ANTIGEN == rest.self_antigen_per_h > 0
    default = populations.simulate([0, 48])
    explicit = populations.simulate([0, 48], self_antigen=populations.SELF_ANTIGEN)
    np.testing.assert_array_equal(default.counts, explicit.counts)
    # more self antigen, more IL-2: the Tregs grow
    doubled = populations.simulate([0, 240], self_antigen=2 * populations.SELF_ANTIGEN)
    assert doubled.fold("Treg")[-1] > 1.1


def test_homeostatic_input_holds_conventional_t_cells_without_il2():
    without = replace(populations.Rates(), homeostatic_division_per_h=(0.0, 0.0, 0.0))
    course = populations.simulate(MONTH_H, self_antigen=0.0, rates=without)
    assert course.fold("Th")[-1] < 0.5 and course.fold("CD8")[-1] < 0.5
    held = populations.simulate(MONTH_H, self_antigen=0.0)
    assert abs(held.fold("Th")[-1] - 1) < 0.1


TWO_WEEKS_H = np.linspace(0.0, 14 * 24.0, 15)
EQUAL_CONC_M = 1e-10     # 100 pM: above the Tregs' IL-2 EC50, below IL-2Rβ·γc saturation


@pytest.fixture(scope="module")
def il2_against_il15():
    """Two weeks at one imposed concentration of each cytokine, and of IL-2 with CD25 blocked."""
    return {
        "IL-2": populations.simulate(TWO_WEEKS_H, il2_conc_M=EQUAL_CONC_M),
        "IL-15": populations.simulate(TWO_WEEKS_H, il2_conc_M=EQUAL_CONC_M, cytokine="IL-15"),
        "IL-2, CD25 blocked": populations.simulate(TWO_WEEKS_H, il2_conc_M=EQUAL_CONC_M,
                                                   cd25_block=True),
        "IL-15, CD25 blocked": populations.simulate(TWO_WEEKS_H, il2_conc_M=EQUAL_CONC_M,
                                                    cytokine="IL-15", cd25_block=True),
    }


def test_il2_expands_tregs_more_than_il15_at_equal_concentration(il2_against_il15):
    runs = il2_against_il15
    assert runs["IL-2"].fold("Treg")[-1] > 2 * runs["IL-15"].fold("Treg")[-1]
    # the advantage is IL-2's IL-2Rα route: blocking CD25 takes it away
    assert runs["IL-2, CD25 blocked"].fold("Treg")[-1] < 0.5 * runs["IL-2"].fold("Treg")[-1]


def test_il15_favours_nk_and_cd8_cells_over_tregs_more_than_il2(il2_against_il15):
    runs = il2_against_il15

    def over_tregs(run, cell):
        return run.fold(cell)[-1] / run.fold("Treg")[-1]

    for cell in ("NK", "CD8"):
        assert over_tregs(runs["IL-15"], cell) > 2 * over_tregs(runs["IL-2"], cell)


def test_il15_has_no_il2ra_route_on_blood_cells(il2_against_il15):
    runs = il2_against_il15
    # blocking CD25 changes nothing for IL-15, which these cells bind through IL-2Rβ·γc only
    np.testing.assert_allclose(runs["IL-15, CD25 blocked"].counts, runs["IL-15"].counts,
                               rtol=1e-9)
    assert runs["IL-15"].cytokine == "IL-15" and runs["IL-2"].cytokine == "IL-2"


def test_with_il15_the_cells_own_il2_is_left_out():
    course = populations.simulate(TWO_WEEKS_H, il2_supply_M_per_h=populations.LOW_SUPPLY_M_PER_H,
                                  cytokine="IL-15")
    assert np.all(course.produced_molecules == 0)
    assert course.il2_pM[0] == 0 and course.il2_pM[-1] > 0     # only the supply brings IL-15
    put_in = course.supplied_molecules
    accounted = course.free_molecules + course.bound_molecules + course.consumed_molecules
    assert np.all(np.abs(put_in - accounted) <= 1e-9 * put_in[-1])
    # without IL-2 the Tregs, which divide on it alone, decline
    assert course.fold("Treg")[-1] < 0.9


def test_the_default_cytokine_is_il2():
    default = populations.simulate([0, 48], antigen=0.03)
    named = populations.simulate([0, 48], antigen=0.03, cytokine="IL-2")
    np.testing.assert_array_equal(default.counts, named.counts)
    np.testing.assert_array_equal(default.produced_molecules, named.produced_molecules)


def test_a_bivalent_cytokine_is_refused_by_name():
    from il2lib import therapy
    with pytest.raises(ValueError, match="cytokine must be monovalent"):
        populations.simulate([0, 24], cytokine=therapy.TREG_MUTEIN)


# --- the CD56-bright NK cells ------------------------------------------------------------

def test_cd56bright_nk_cells_hold_at_rest_and_are_a_share_of_the_nk_cells():
    rest = populations.simulate([0, 24 * 30])
    assert rest.cd56bright_nk[0] == pytest.approx(
        il2lib.parameters.NK_CD56BRIGHT_FRACTION * rest.count("NK")[0])
    assert rest.cd56bright_nk[-1] == pytest.approx(rest.cd56bright_nk[0], rel=0.02)


def test_low_il2_expands_cd56bright_nk_cells_through_their_il2ra():
    days = np.array([0.0, 24.0 * 14])
    supplied = populations.simulate(days, il2_conc_M=3e-11)
    bright = supplied.cd56bright_nk[-1] / supplied.cd56bright_nk[0]
    dim = ((supplied.count("NK") - supplied.cd56bright_nk)[-1]
           / (supplied.count("NK") - supplied.cd56bright_nk)[0])
    assert bright > 2 * dim > 2.0
    blocked = populations.simulate(days, il2_conc_M=3e-11, cd25_block=True)
    assert blocked.cd56bright_nk[-1] < supplied.cd56bright_nk[-1]


def test_prepared_spline_evaluates_exactly_as_the_spline_itself():
    # The population model's fast evaluation of its smooth binding tables (a fixed NdBSpline)
    # must give the spline's own values, bit for bit, wherever it is evaluated.
    chains = tuple((c.il2ra_per_cell, c.il2rb_per_cell, c.gamma_c_per_cell)
                   for c in (populations.CELL_TYPES[name] for name in populations.CELLS))
    spline = populations._smooth_tables(populations.IL2, chains)
    prepared = populations._PreparedSpline(spline)
    rng = np.random.default_rng(1)
    points = np.zeros((len(chains), 3))
    points[:, 0] = np.arange(len(chains)) + 0.5
    for _ in range(50):
        points[:, 1] = rng.uniform(0.0, 5.0, len(chains))
        points[:, 2] = rng.uniform(-15.0, -3.0, len(chains))
        np.testing.assert_array_equal(prepared(points), spline(points))
