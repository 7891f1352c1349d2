"""IL-2 therapy: regimens, exact pharmacokinetics, pSTAT5 over a course and vascular leak."""

import math
from dataclasses import replace

import numpy as np
import pytest
from scipy.integrate import solve_ivp

from il2lib import parameters, signaling, therapy, units
from il2lib.therapy import HIGH_DOSE, LOW_DOSE, Regimen

ONE_IV_DOSE = Regimen(1e6, "IU", "iv", interval_h=24, n_doses=1, infusion_h=0.25)


def _half_life_min(t_h, conc):
    slope = np.polyfit(t_h, np.log(conc), 1)[0]
    return math.log(2) / -slope * 60


def test_fitted_slopes_recover_the_distribution_and_elimination_half_lives():
    late = np.linspace(6, 12, 25)
    terminal = np.polyfit(late, np.log(therapy.plasma_concentration(ONE_IV_DOSE, late)), 1)
    assert _half_life_min(late, therapy.plasma_concentration(ONE_IV_DOSE, late)) == \
        pytest.approx(parameters.ALDESLEUKIN_ELIMINATION_HALF_LIFE_MIN, rel=1e-3)
    early = np.linspace(0.3, 1.0, 15)
    residual = therapy.plasma_concentration(ONE_IV_DOSE, early) - np.exp(np.polyval(terminal,
                                                                                    early))
    assert _half_life_min(early, residual) == \
        pytest.approx(parameters.ALDESLEUKIN_DISTRIBUTION_HALF_LIFE_MIN, rel=1e-3)


def test_clearance_sets_the_steady_state_of_a_long_infusion():
    # Konrad et al. 1990: 10^6 units/m^2 over 6 h gives a median steady state of 41 units/mL.
    dose_iu = 1e6 * therapy.body_surface_area_m2()
    infusion = Regimen(dose_iu * 20, "IU", "iv", interval_h=200, infusion_h=120)
    conc_iu_per_ml = units.mg_to_iu(units.mol_to_mg(
        therapy.plasma_concentration(infusion, 119.0))) / 1e3
    rate_iu_per_min = dose_iu * 20 / (120 * 60)
    assert conc_iu_per_ml == pytest.approx(
        rate_iu_per_min / parameters.ALDESLEUKIN_CLEARANCE_ML_PER_MIN, rel=1e-6)


@pytest.mark.parametrize("regimen", [HIGH_DOSE, LOW_DOSE], ids=["iv", "sc"])
def test_concentration_is_linear_in_dose(regimen):
    t = np.linspace(0, regimen.duration_h, 97)
    double = replace(regimen, dose=2 * regimen.dose)
    np.testing.assert_allclose(therapy.plasma_concentration(double, t),
                               2 * therapy.plasma_concentration(regimen, t), rtol=1e-12)


def test_high_dose_has_fourteen_infusions_every_eight_hours():
    np.testing.assert_array_equal(HIGH_DOSE.dose_times_h(), np.arange(0, 105, 8.0))
    assert HIGH_DOSE.dose_iu(70.0) == pytest.approx(42e6)
    fine = np.linspace(0, HIGH_DOSE.duration_h, 20_001)
    conc = therapy.plasma_concentration(HIGH_DOSE, fine)
    peaks = np.flatnonzero((conc[1:-1] > conc[:-2]) & (conc[1:-1] >= conc[2:])) + 1
    assert peaks.size == 14
    np.testing.assert_allclose(fine[peaks], HIGH_DOSE.dose_times_h() + 0.25, atol=0.01)


def test_a_coarse_time_grid_misses_no_dose():
    ends = HIGH_DOSE.dose_times_h() + HIGH_DOSE.infusion_h
    coarse = therapy.plasma_concentration(HIGH_DOSE, ends)
    one_by_one = [therapy.plasma_concentration(HIGH_DOSE, t) for t in ends]
    np.testing.assert_allclose(coarse, one_by_one, rtol=1e-12)
    assert coarse.min() > 0.9 * coarse.max()          # every infusion reaches its peak
    daily = therapy.simulate_course(HIGH_DOSE, step_h=24.0)
    assert daily.peak_conc_M == pytest.approx(therapy.simulate_course(HIGH_DOSE).peak_conc_M)


def test_subcutaneous_peak_is_later_and_lower_than_intravenous():
    t = np.linspace(0, 24, 4801)
    iv = therapy.plasma_concentration(ONE_IV_DOSE, t)
    sc = therapy.plasma_concentration(replace(ONE_IV_DOSE, route="sc"), t)
    assert t[sc.argmax()] > t[iv.argmax()]
    assert sc.max() < 0.1 * iv.max()
    pk = therapy.pharmacokinetics()
    bolus_level = units.mg_to_mol(units.iu_to_mg(1e6)) / pk.central_volume_L
    assert sc.max() / bolus_level == pytest.approx(
        parameters.ALDESLEUKIN_SC_PEAK_TO_BOLUS_FRACTION, rel=1e-3)


def test_subcutaneous_peak_falls_in_the_published_window():
    # Proleukin SmPC: the peak comes 2-6 h after a subcutaneous dose; it is not a model input.
    t = np.linspace(0, 24, 24_001)
    sc = therapy.plasma_concentration(replace(ONE_IV_DOSE, route="sc"), t)
    assert 2.0 <= t[sc.argmax()] <= 6.0
    # Konrad et al. 1990: the level stays near its plateau for about 8 h.
    above_half = t[sc >= sc.max() / 2]
    assert 5.0 <= above_half.max() - above_half.min() <= 10.0


def test_subcutaneous_closed_form_matches_the_compartment_odes():
    pk = therapy.pharmacokinetics()
    k = pk.ka_per_h

    def rhs(_t, y):
        site, lymph, central, tissue = y
        return [-k * site, k * site - k * lymph,
                k * lymph - (pk.k10_per_h + pk.k12_per_h) * central + pk.k21_per_h * tissue,
                pk.k12_per_h * central - pk.k21_per_h * tissue]

    t = np.linspace(0, 48, 97)
    ode = solve_ivp(rhs, (0, 48), [1.0, 0, 0, 0], t_eval=t, rtol=1e-10, atol=1e-14)
    closed = therapy._sc_profile(pk, t, k) * pk.central_volume_L
    np.testing.assert_allclose(closed, ode.y[2], rtol=1e-6, atol=1e-12)
    # the series near k = lambda joins the exact expression continuously
    slow = pk.exponents_per_h[1]
    near = [therapy._sc_profile(pk, [3.0], slow * f)[0] for f in (1 - 1e-5, 1.0, 1 + 1e-5)]
    assert near[0] < near[1] < near[2]
    assert near[2] - near[0] < 1e-4 * near[1]


def test_subcutaneous_exposure_is_the_bioavailable_fraction():
    t = np.linspace(0, 400, 40_001)
    iv = therapy.plasma_concentration(ONE_IV_DOSE, t)
    sc = therapy.plasma_concentration(replace(ONE_IV_DOSE, route="sc"), t)
    assert np.trapezoid(sc, t) / np.trapezoid(iv, t) == pytest.approx(
        parameters.ALDESLEUKIN_SC_BIOAVAILABILITY_FRACTION, rel=1e-3)


def test_iu_mg_mol_round_trip():
    dose_iu = np.array([1e3, 6e5, 42e6])
    back = units.mg_to_iu(units.mol_to_mg(units.mg_to_mol(units.iu_to_mg(dose_iu))))
    np.testing.assert_allclose(back, dose_iu, rtol=1e-12)


def test_mosteller_body_surface_area():
    assert therapy.body_surface_area_m2(64.0, 225.0) == pytest.approx(2.0)
    by_area = Regimen(1e6, "IU/m2", "sc", 24, 1)
    assert by_area.dose_iu(64.0, 225.0) == pytest.approx(2e6)


def test_toxicity_ranks_high_dose_above_low_dose():
    high, low = therapy.simulate_course(HIGH_DOSE), therapy.simulate_course(LOW_DOSE)
    assert high.toxicity_index == pytest.approx(1.0)      # the reference of the ranking
    assert high.exposure_h("NK") > 5 * low.exposure_h("NK")
    # low dose keeps most of the Treg signal while NK cells stay nearly silent
    assert low.exposure_h("Treg") > 5 * low.exposure_h("NK")


@pytest.mark.parametrize("il2ra", [0.0, parameters.TH_IL2RA_PER_CELL,
                                   parameters.TREG_IL2RA_PER_CELL])
def test_low_dose_leak_is_small_next_to_high_dose_for_any_endothelial_cd25(il2ra):
    endothelium = replace(therapy.ENDOTHELIUM, il2ra_per_cell=il2ra)
    high = therapy.simulate_course(HIGH_DOSE, endothelium=endothelium)
    low = therapy.simulate_course(LOW_DOSE, endothelium=endothelium)
    lost = [c.plasma_volume_loss_fraction.max() for c in (high, low)]
    assert lost[1] < 0.15 * lost[0]


LOW_12_WEEKS = replace(LOW_DOSE, n_doses=84)


@pytest.fixture(scope="module")
def twelve_weeks():
    return therapy.expansion(LOW_12_WEEKS)


def test_twelve_week_course_runs_and_carries_its_plasma_il2(twelve_weeks):
    run = twelve_weeks
    assert run.t_h[-1] == pytest.approx(84 * 24.0)
    assert run.plasma_il2_M.shape == run.t_h.shape
    assert np.all(run.plasma_il2_M >= 0)
    fold = {cell: run.fold(cell)[-1] for cell in ("Treg", "Th", "CD8", "NK")}
    # koreth2016: Tregs and NK cells rise, conventional CD4 and CD8 T cells do not change
    assert fold["Treg"] > 2 and fold["NK"] > 1.5
    assert abs(fold["Th"] - 1) < 0.05 and abs(fold["CD8"] - 1) < 0.05
    assert run.treg_to_tcon_fold()[-1] == pytest.approx(fold["Treg"] / fold["Th"])


def test_exposure_falls_as_the_cells_expand(twelve_weeks):
    run = twelve_weeks
    day = 24.0

    def weekly_auc(week):
        inside = (run.t_h >= (week - 1) * 7 * day) & (run.t_h <= week * 7 * day)
        return np.trapezoid(run.plasma_il2_M[inside], run.t_h[inside])

    assert weekly_auc(8) < 0.9 * weekly_auc(1)          # same daily dose, more receptors
    kidneys_only = therapy.expansion(LOW_12_WEEKS, cells_clear=False)
    assert abs(weekly_auc(8) / weekly_auc(1) - 1) > 5 * abs(
        np.trapezoid(kidneys_only.plasma_il2_M[-28:], kidneys_only.t_h[-28:])
        / np.trapezoid(kidneys_only.plasma_il2_M[:28], kidneys_only.t_h[:28]) - 1)


def test_cells_at_rest_and_kidneys_together_give_the_measured_levels():
    # konrad1990's clearance and subcutaneous level were measured with the patients' cells
    # present: with the cells clearing, the kidneys keep only part of the measured clearance,
    # and the model still has the measured levels (6-h infusion, subcutaneous peak).
    linear, kidneys = therapy.pharmacokinetics(), therapy.coupled_pharmacokinetics()
    assert kidneys.k10_per_h < linear.k10_per_h
    assert (kidneys.k12_per_h, kidneys.k21_per_h) == (linear.k12_per_h, linear.k21_per_h)
    dose = therapy.CALIBRATION_DOSE_IU_PER_M2
    six_hours = Regimen(dose, "IU/m2", "iv", interval_h=24, n_doses=1, infusion_h=6.0)
    infusion = therapy.expansion(six_hours, step_h=0.5)
    at_6h = infusion.plasma_il2_M[np.argmin(abs(infusion.t_h - 6.0))]
    assert at_6h == pytest.approx(therapy.plasma_concentration(six_hours, 6.0), rel=1e-2)
    injection = therapy.expansion(Regimen(dose, "IU/m2", "sc", interval_h=24, n_doses=1),
                                  step_h=0.1)
    bolus_M = units.mg_to_mol(units.iu_to_mg(dose * therapy.body_surface_area_m2())) \
        / linear.central_volume_L
    assert injection.plasma_il2_M.max() / bolus_M == pytest.approx(
        parameters.ALDESLEUKIN_SC_PEAK_TO_BOLUS_FRACTION, rel=1e-2)
    # without the kidneys' refit, the cells' uptake on top of the measured clearance would
    # pull the infusion level well below the measured one
    assert therapy._coupled_levels_M(six_hours, linear, [0.0, 6.0])[-1] < 0.8 * at_6h


def test_more_lymphocytes_clear_more_il2():
    short = replace(LOW_DOSE, n_doses=3)
    few = therapy.expansion(short, body_lymphocytes=1e11)
    many = therapy.expansion(short, body_lymphocytes=1e12)
    assert np.trapezoid(many.plasma_il2_M, many.t_h) < np.trapezoid(few.plasma_il2_M, few.t_h)
    none = therapy.expansion(short, cells_clear=False)
    kidneys = therapy.plasma_concentration(short, none.t_h)
    np.testing.assert_allclose(none.plasma_il2_M, kidneys, rtol=1e-3, atol=1e-15)


def test_expansion_favours_tregs_through_il2ra_induction():
    low = therapy.expansion(LOW_DOSE)
    il2ra = low.populations.il2ra_per_cell
    assert il2ra[:, 0].max() > il2ra[0, 0]
    assert np.abs(il2ra[:, 2] / il2ra[0, 2] - 1).max() < 1e-6       # CD8 T cells: none induced
    fixed = therapy.expansion(LOW_DOSE, rates=replace(therapy.populations.Rates(),
                                                      il2ra_induced_max_per_cell=0.0))
    assert fixed.fold("Treg")[-1] < low.fold("Treg")[-1]


def test_high_dose_expands_nk_cells_more_than_low_dose():
    high, low = therapy.expansion(HIGH_DOSE), therapy.expansion(LOW_DOSE)
    assert high.fold("NK")[-1] > 2 * low.fold("NK")[-1]


def test_leak_quadrature_matches_an_ode_solver():
    course = therapy.simulate_course(HIGH_DOSE)
    k_l = parameters.LEAK_RATE_PER_H
    k_r = math.log(2) / parameters.LEAK_RECOVERY_HALF_LIFE_H

    def rhs(t, v):
        return k_l * np.interp(t, course.t_h, course.leak_drive) * (1 - v) - k_r * v

    ode = solve_ivp(rhs, (0, course.t_h[-1]), [0.0], t_eval=course.t_h, max_step=1 / 12,
                    rtol=1e-8, atol=1e-10)
    np.testing.assert_allclose(course.plasma_volume_loss_fraction, ode.y[0], atol=1e-4)


def test_interpolated_pstat5_equals_the_signalling_model():
    conc = np.geomspace(1e-14, 1e-7, 57)
    response = therapy.pstat5_over_time(therapy.TREG_MUTEIN, conc)
    for cell in therapy.PD_CELLS:
        np.testing.assert_allclose(response[cell],
                                   signaling.pstat5(therapy.TREG_MUTEIN, conc, cell), atol=2e-3)


def test_an_interface_mutation_changes_solution_and_membrane_constants_together():
    from il2lib.cytokines import IL2, interface_variant
    n88d = therapy.N88D
    beta = parameters.KD_FC_N88D_IL2RB_GAMMA_C_M / parameters.KD_FC_IL2_IL2RB_GAMMA_C_M
    alpha = parameters.KD_FC_N88D_IL2RA_M / parameters.KD_FC_IL2_IL2RA_M
    assert n88d.kd_beta_M / IL2.kd_beta_M == pytest.approx(beta)
    assert n88d.kx_beta_per_cell / IL2.kx_beta_per_cell == pytest.approx(beta)
    assert n88d.kd_alpha_M / IL2.kd_alpha_M == pytest.approx(alpha)
    assert n88d.kx_gamma_per_cell == IL2.kx_gamma_per_cell
    gamma = interface_variant(IL2, "weak γc", gamma_fold=3.0)
    assert gamma.kx_gamma_per_cell == pytest.approx(3 * IL2.kx_gamma_per_cell)
    assert (gamma.kd_beta_M, gamma.kx_beta_per_cell) == (IL2.kd_beta_M, IL2.kx_beta_per_cell)
    # the bivalent mutein carries two of exactly these units
    mutein = therapy.TREG_MUTEIN
    assert mutein.valency == 2
    assert (mutein.kd_alpha_M, mutein.kd_beta_M, mutein.kx_beta_per_cell) == (
        n88d.kd_alpha_M, n88d.kd_beta_M, n88d.kx_beta_per_cell)


def test_a_beta_face_mutation_alone_does_not_make_il2_treg_selective():
    # Weakening both steps through IL-2Rbeta scales every route to a signalling complex: one
    # N88D per molecule loses potency on Tregs as on NK cells.
    def nk_over_treg(cytokine):
        return signaling.ec50(cytokine, "NK") / signaling.ec50(cytokine, "Treg")

    for cell in ("Treg", "NK"):
        assert signaling.ec50(therapy.N88D, cell) > 5 * signaling.ec50("IL-2", cell)
    assert nk_over_treg(therapy.N88D) <= nk_over_treg("IL-2")


def test_two_n88d_per_molecule_make_it_treg_selective():
    # peterson2018: IgG-(IL-2N88D)2 is Treg-selective. The second unit binds the chains of
    # the cell the first is on, which helps most where chains abound for it: CD25 on Tregs.
    def over_treg(cytokine, cell):
        return signaling.ec50(cytokine, cell) / signaling.ec50(cytokine, "Treg")

    for cell in ("Th", "CD8", "NK"):
        assert over_treg(therapy.TREG_MUTEIN, cell) > 2 * over_treg("IL-2", cell)
        assert over_treg(therapy.TREG_MUTEIN, cell) > 2 * over_treg(therapy.N88D, cell)


def test_variants_shift_selectivity_as_their_mechanism_says():
    def nk_over_treg(cytokine):
        return signaling.ec50(cytokine, "NK") / signaling.ec50(cytokine, "Treg")

    assert not therapy.NOT_ALPHA.binds_alpha
    assert nk_over_treg(therapy.NOT_ALPHA) < 2
    # the superkine strengthens free IL-2's IL-2Rbeta binding only: CD25 matters less
    assert therapy.SUPERKINE.kx_beta_per_cell == therapy.IL2.kx_beta_per_cell
    assert nk_over_treg(therapy.SUPERKINE) < 0.1 * nk_over_treg("IL-2")


def test_dose_sweep_toxicity_rises_with_dose():
    sweep = therapy.dose_sweep(HIGH_DOSE, [0.01, 0.1, 1.0])
    assert np.all(np.diff(sweep.toxicity_index) > 0)
    assert np.all(np.diff(sweep.effector_exposure_h_per_day) > 0)


@pytest.mark.parametrize(("kwargs", "name"), [
    ({"dose": -1.0}, "dose"),
    ({"dose": 0.0}, "dose"),
    ({"dose": float("nan")}, "dose"),
    ({"route": "oral"}, "route"),
    ({"unit": "mg/kg"}, "unit"),
    ({"interval_h": 0.0}, "interval_h"),
    ({"n_doses": 0}, "n_doses"),
    ({"n_doses": 2.5}, "n_doses"),
    ({"n_doses": "many"}, "n_doses"),
    ({"infusion_h": -0.25}, "infusion_h"),
    ({"infusion_h": 9.0}, "infusion_h"),
])
def test_bad_regimen_names_the_argument(kwargs, name):
    with pytest.raises(ValueError, match=name):
        replace(HIGH_DOSE, **kwargs)


@pytest.mark.parametrize(("call", "name"), [
    (lambda: therapy.plasma_concentration(HIGH_DOSE, 1.0, weight_kg=-70.0), "weight_kg"),
    (lambda: therapy.plasma_concentration(LOW_DOSE, 1.0, height_cm=0.0), "height_cm"),
    (lambda: therapy.plasma_concentration(HIGH_DOSE, [0.0, np.nan]), "t_h"),
    (lambda: therapy.plasma_concentration("high", 1.0), "regimen"),
    (lambda: therapy.simulate_course(HIGH_DOSE, "IL-99"), "cytokine"),
    (lambda: therapy.simulate_course(replace(LOW_DOSE, n_doses=100)), "regimen"),
    (lambda: therapy.simulate_course(HIGH_DOSE).exposure_h("B cell"), "cell"),
    (lambda: therapy.simulate_course(LOW_DOSE).pstat5("B cell"), "cell"),
    (lambda: therapy.expansion("low"), "regimen"),
    (lambda: therapy.expansion(replace(LOW_DOSE, n_doses=130)), "regimen"),
    (lambda: therapy.expansion(LOW_DOSE, step_h=0.0), "step_h"),
    (lambda: therapy.expansion(LOW_DOSE, body_lymphocytes=-1.0), "body_lymphocytes"),
    (lambda: therapy.expansion(LOW_DOSE, cells_clear="yes"), "cells_clear"),
    (lambda: therapy.simulate_course(LOW_DOSE, endothelium="lung"), "endothelium"),
    (lambda: therapy.Plasma("low"), "regimen"),
    (lambda: therapy.interface_variant(therapy.IL2, "x", beta_fold=0.0), "beta_fold"),
    (lambda: therapy.interface_variant(therapy.IL2, "x", alpha_fold=np.nan), "alpha_fold"),
    (lambda: therapy.interface_variant(therapy.IL2, "x", gamma_fold=-2.0), "gamma_fold"),
    (lambda: therapy.interface_variant("IL-2", "x"), "cytokine"),
    (lambda: therapy.populations.simulate([0, 1], il2_pool=object()), "il2_pool"),
])
def test_bad_model_input_names_the_argument(call, name):
    with pytest.raises(ValueError, match=name):
        call()
