"""The pathway model: conserved pools, bounded fractions, drugs on their own steps, steady state."""

import numpy as np
import pytest

from il2lib import binding, pathways, signaling

T_MIN = np.linspace(0.0, 120.0, 61)
FRACTIONS = [name for name in pathways.STATES if name.endswith("_fraction")]


@pytest.fixture(scope="module")
def course():
    return pathways.time_course(1e-9, "NK", T_MIN)


def test_stat5_is_conserved_over_time(course):
    np.testing.assert_allclose(course.stat5_total_fraction, 1.0, atol=1e-6)


def test_every_phosphorylated_fraction_stays_in_0_1(course):
    for name in FRACTIONS:
        values = getattr(course, name)
        assert np.all((values >= 0) & (values <= 1)), name


def test_the_modules_are_driven_by_the_complexes_of_binding_kinetics(course):
    receptor = binding.kinetics("IL-2", 1e-9, "NK", T_MIN * 60.0, rtol=1e-8)
    np.testing.assert_allclose(course.signaling_per_cell, receptor.signaling_per_cell,
                               rtol=1e-3, atol=1e-3)


def test_nothing_happens_without_cytokine():
    tc = pathways.time_course(0.0, "Treg", T_MIN)
    for name in ("pstat5_fraction", "perk_fraction", "ps6_fraction", "pakt_fraction"):
        assert np.all(getattr(tc, name) == 0.0), name


def test_steady_state_equals_the_long_time_ode_state():
    long = pathways.time_course(1e-9, "Treg", [0.0, 3 * 24 * 60.0], rtol=1e-9)
    steady = pathways.steady_state(1e-9, "Treg")
    for name in pathways.STATES:
        np.testing.assert_allclose(getattr(long, name)[-1], getattr(steady, name), rtol=1e-4,
                                   atol=1e-8, err_msg=name)


def test_steady_state_conserves_stat5_and_cis_follows_nuclear_pstat5():
    steady = pathways.steady_state(np.logspace(-13, -7, 7), "CD8")
    np.testing.assert_allclose(steady.stat5_total_fraction, 1.0)
    np.testing.assert_allclose(steady.cis_level, steady.pstat5_nucleus_fraction)


def test_without_feedback_or_nuclear_cycle_the_stat5_kinase_matches_signaling():
    # With the nucleus lumped in, the cycle is phosphorylation against one phosphatase, so the
    # steady pSTAT5 of all STAT5 exposed to the kinase is X / (X + K_S) as in signaling.
    steady = pathways.steady_state(1e-9, "NK", feedback=False)
    exposed = steady.stat5_cytoplasm_fraction + steady.pstat5_fraction
    ratio = steady.pstat5_fraction / exposed
    x = binding.equilibrium("IL-2", 1e-9, "NK").signaling_per_cell
    np.testing.assert_allclose(ratio, signaling.absolute_response(x), rtol=1e-9)


def _steady(**options):
    return pathways.steady_state(1e-9, "Th", **options)


def test_rapamycin_acts_on_mtorc1_only():
    base, rapa = _steady(), _steady(mtorc1_inhibition=0.95)
    assert rapa.ps6_fraction < 0.2 * base.ps6_fraction
    for name in pathways.STATES:
        if name != "ps6_fraction":
            np.testing.assert_allclose(getattr(rapa, name), getattr(base, name), err_msg=name)


def test_a_jak_inhibitor_acts_below_the_receptor_and_on_every_branch():
    base, jaki = _steady(), _steady(jak_inhibition=0.9)
    np.testing.assert_allclose(jaki.signaling_per_cell, base.signaling_per_cell)
    for branch in pathways.BRANCHES:
        assert jaki.branch(branch) < 0.5 * base.branch(branch), branch


def test_the_stat5_phosphatase_acts_on_stat5_only_without_feedback():
    base = _steady(feedback=False)
    faster = _steady(feedback=False, stat5_phosphatase_fold=3.0)
    assert faster.pstat5_fraction < base.pstat5_fraction
    for name in ("jak_active_fraction", "perk_fraction", "pakt_fraction", "ps6_fraction"):
        np.testing.assert_allclose(getattr(faster, name), getattr(base, name), err_msg=name)


def test_cis_feedback_lowers_late_pstat5_but_not_early(course):
    open_loop = pathways.time_course(1e-9, "NK", T_MIN, feedback=False)
    early = T_MIN <= 5
    np.testing.assert_allclose(course.pstat5_fraction[early], open_loop.pstat5_fraction[early],
                               rtol=0.05)
    assert course.pstat5_fraction[-1] < 0.95 * open_loop.pstat5_fraction[-1]


def test_erk_is_transient_and_s6_sustained(course):
    assert course.perk_fraction[-1] < 0.9 * course.perk_fraction.max()
    assert course.peak_time_min("ERK") < course.peak_time_min("STAT5") \
        < course.peak_time_min("S6")


def test_more_pten_lowers_akt_and_s6_and_nothing_upstream():
    base, pten = _steady(), _steady(pten_fold=5.0)
    assert pten.pakt_fraction < base.pakt_fraction and pten.ps6_fraction < base.ps6_fraction
    np.testing.assert_allclose(pten.pstat5_fraction, base.pstat5_fraction)
    np.testing.assert_allclose(pten.perk_fraction, base.perk_fraction)


def test_dose_response_at_a_time_is_the_time_course_read_there():
    dr = pathways.dose_response([1e-11, 1e-9], "Treg", t_min=20.0)
    tc = pathways.time_course(1e-9, "Treg", [0.0, 20.0])
    np.testing.assert_allclose(dr.ps6_fraction[1], tc.ps6_fraction[-1], rtol=1e-3)
    assert dr.pstat5_fraction[0] < dr.pstat5_fraction[1]


def test_dose_response_without_a_time_is_the_steady_state():
    dr = pathways.dose_response([1e-10], "NK", t_min=None)
    np.testing.assert_allclose(dr.perk_fraction, pathways.steady_state([1e-10], "NK").perk_fraction)


def test_branch_names_are_checked():
    with pytest.raises(ValueError, match="name"):
        pathways.steady_state(1e-9, "NK").branch("AKT")
