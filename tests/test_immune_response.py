"""The CD8 clone through an infection, and NK killing: mechanisms, not tuned numbers."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import numpy as np
import pytest

from il2lib import immune_response, nk_killing, signaling

T_D = np.linspace(0.0, 60.0, 121)


@lru_cache(maxsize=8)
def _course(**kwargs):
    return immune_response.simulate(T_D, **kwargs)


def test_il2_is_conserved():
    course = _course()
    left = course.produced_molecules + course.supplied_molecules
    right = course.free_molecules + course.bound_molecules + course.consumed_molecules
    np.testing.assert_allclose(left, right, rtol=1e-6, atol=1.0)


def test_il2_is_conserved_with_a_supply():
    course = immune_response.simulate(T_D, il2_supply_M_per_h=1e-12)
    left = course.produced_molecules + course.supplied_molecules
    right = course.free_molecules + course.bound_molecules + course.consumed_molecules
    np.testing.assert_allclose(left, right, rtol=1e-6, atol=1.0)
    assert course.supplied_molecules[-1] > 0


@pytest.mark.parametrize("kwargs", [{}, {"cd25": False}, {"helper_il2_fold": 0.0},
                                    {"il2_supply_M_per_h": 1e-10}])
def test_no_negative_counts_or_concentrations(kwargs):
    course = immune_response.simulate(T_D, **kwargs)
    for field in ("naive", "memory_precursors", "memory", "effectors", "helpers", "il2_pM",
                  "free_molecules", "bound_molecules"):
        assert np.all(getattr(course, field) >= 0), field


def test_expansion_then_contraction_then_stable_memory():
    course = _course()
    day, fold = course.peak()
    assert 0 < day < 15 and fold > 100
    assert course.clone[-1] < 0.5 * course.clone.max()
    # Memory holds once the effectors are gone.
    at_40 = np.interp(40.0, course.t_d, course.clone)
    assert course.clone[-1] == pytest.approx(at_40, rel=0.05)


def test_more_il2_signalling_raises_the_effector_fraction():
    low = _course(helper_il2_fold=0.3)
    default = _course()
    high = _course(il2_supply_M_per_h=1e-12)
    fractions = [c.effector_fraction(8.0) for c in (low, default, high)]
    assert fractions[0] < fractions[1] < fractions[2]
    assert low.pstat5_memory_lineage.max() < high.pstat5_memory_lineage.max()


def test_without_cd25_fewer_effectors_and_more_memory():
    default, no_cd25 = _course(), _course(cd25=False)
    assert no_cd25.effector_fraction(8.0) < default.effector_fraction(8.0)
    assert no_cd25.memory[-1] > default.memory[-1]


def test_removing_il2_signals_during_priming_lowers_the_secondary_expansion():
    with_cd25 = immune_response.secondary_expansion()
    without = immune_response.secondary_expansion(cd25_priming=False)
    assert without < with_cd25


def test_the_imprint_is_what_carries_priming_into_the_recall():
    # With an imprint that makes no difference to recall, priming without CD25 no longer costs
    # secondary expansion through that route: the gap shrinks.
    flat = replace(immune_response.CloneRates(), unimprinted_recall_fraction=1.0)
    gap = (immune_response.secondary_expansion()
           / immune_response.secondary_expansion(cd25_priming=False))
    flat_gap = (immune_response.secondary_expansion(rates=flat)
                / immune_response.secondary_expansion(cd25_priming=False, rates=flat))
    assert flat_gap < gap


def test_aicd_needs_il2_and_il15_opposes_it():
    no_aicd = replace(immune_response.CloneRates(), aicd_max_per_d=0.0)
    base, without = _course(), immune_response.simulate(T_D, rates=no_aicd)
    assert without.effectors.max() > base.effectors.max()
    with_il15 = immune_response.simulate(T_D, il15_M=1e-8)
    assert with_il15.effectors.max() > base.effectors.max()


def test_no_antigen_signal_before_infection_and_after_clearance():
    signal = immune_response.antigen_signal(np.array([0.0, 4.0, 20.0]), 8.0)
    assert signal[0] == 0 and signal[1] > 0.9 and signal[2] < 1e-6


def test_nk_killing_rises_with_pstat5():
    pstat5 = np.linspace(0.0, 0.5, 6)
    assert np.all(np.diff(nk_killing.killing_rate_per_h(pstat5)) > 0)
    conc = np.logspace(-13, -8, 6)
    lysis = nk_killing.specific_lysis("IL-2", conc)
    assert np.all(np.diff(lysis) > 0)
    # The same signalling model: the NK cells' absolute pSTAT5 sets the activation.
    activation = nk_killing.nk_activation("IL-2", conc, culture_d=100.0)
    np.testing.assert_allclose(activation, signaling.pstat5_fraction("IL-2", conc, "NK"),
                               rtol=1e-9)


def test_lak_activity_needs_days_of_culture():
    early = nk_killing.specific_lysis("IL-2", 1e-9, culture_d=0.0)
    late = nk_killing.specific_lysis("IL-2", 1e-9, culture_d=3.0)
    assert late > 2 * early


@pytest.mark.parametrize("kwargs, name", [
    ({"antigen_duration_d": -1.0}, "antigen_duration_d"),
    ({"antigen_duration_d": 100.0}, "antigen_duration_d"),
    ({"precursors": 0.0}, "precursors"),
    ({"cd25": "yes"}, "cd25"),
    ({"helper_il2_fold": np.nan}, "helper_il2_fold"),
    ({"il2_supply_M_per_h": -1e-12}, "il2_supply_M_per_h"),
    ({"rechallenge_d": 0.0}, "rechallenge_d"),
    ({"rates": "fast"}, "rates"),
])
def test_bad_inputs_name_the_argument(kwargs, name):
    with pytest.raises(ValueError, match=name):
        immune_response.simulate(T_D, **kwargs)


def test_bad_nk_inputs_name_the_argument():
    with pytest.raises(ValueError, match="pstat5_fraction"):
        nk_killing.killing_rate_per_h(1.5)
    with pytest.raises(ValueError, match="effector_to_target"):
        nk_killing.specific_lysis("IL-2", 1e-9, effector_to_target=0.0)
    with pytest.raises(ValueError, match="cytokine"):
        nk_killing.specific_lysis("IL-7", 1e-9)
