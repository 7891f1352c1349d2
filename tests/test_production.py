"""IL-2 production: published timing, feedback, co-stimulation, mass balance, bad input."""

import numpy as np
import pytest

from il2lib import parameters, production
from il2lib.cells import CELL_TYPES, ReceptorProfile
from il2lib.explorers import production as widgets_production

T_H = np.linspace(0.0, 48.0, 481)
T_72 = np.linspace(0.0, 72.0, 361)


def _cd25_knockout():
    th = CELL_TYPES["Th"]
    return ReceptorProfile("CD25 knockout", 0.0, th.il2rb_per_cell, th.gamma_c_per_cell)


@pytest.fixture(scope="module")
def default():
    return production.simulate(T_H)


@pytest.fixture(scope="module")
def no_feedback():
    return production.simulate(T_H, stat5_feedback=False)


def test_mrna_appears_within_an_hour_and_peaks_at_four_to_six_hours(default):
    # grabstein1986: detectable within 60 min, peak at about 5 h.
    peak = default.mrna_relative.max()
    assert np.interp(1.0, default.t_h, default.mrna_relative) > 0.01 * peak
    assert 4.0 <= production.timing(default).mrna_peak_h <= 6.0


def test_naive_secretion_in_the_published_windows(default):
    # sojka2004: starts 1–2 h, peaks 6–8 h, gone by 20–24 h.
    when = production.timing(default)
    assert 1.0 <= when.secretion_onset_h <= 2.0
    assert 6.0 <= when.secretion_peak_h <= 8.0
    assert 20.0 <= when.secretion_below_10pct_h <= 24.0


def test_secretion_lags_mrna_by_the_secretory_pathway(default):
    when = production.timing(default)
    assert 0.5 <= when.secretion_peak_h - when.mrna_peak_h <= 2.5
    # Newly made IL-2 passes through the ER and Golgi before it reaches the medium, so at the
    # start more IL-2 is inside the cells than has been secreted.
    early = (default.t_h > 0) & (default.t_h <= 1.0)
    assert np.all(default.intracellular_per_cell[early] > default.secreted_per_cell[early])


def test_engaged_tcr_is_down_modulated_to_a_floor(default):
    assert default.tcr_surface_fraction[0] == 1.0
    assert np.all(np.diff(default.tcr_surface_fraction) <= 0)
    assert 0.2 <= default.tcr_surface_fraction[-1] < 0.3
    resting = production.simulate(T_H, antigen=0.0)
    assert np.all(resting.tcr_surface_fraction == 1.0)


def test_memory_cells_start_and_peak_earlier_than_naive(default):
    naive = production.timing(default)
    memory = production.timing(production.simulate(T_H, differentiation="memory"))
    assert memory.secretion_onset_h < naive.secretion_onset_h - 0.5
    assert memory.secretion_peak_h < naive.secretion_peak_h - 1.0
    assert memory.mrna_peak_h < naive.mrna_peak_h


def test_preformed_mrna_makes_memory_secretion_start_within_minutes():
    # salerno2018: memory cells translate preformed cytokine mRNA on restimulation. Released at
    # once, it is secreted after the ER and Golgi transit only; made anew, after transcription.
    fine = np.linspace(0.0, 24.0, 961)
    preformed = production.timing(production.simulate(fine, differentiation="memory"))
    made_anew = production.timing(production.simulate(fine, differentiation="memory",
                                                      preformed_mrna=False))
    assert preformed.secretion_onset_h < 0.5 < 1.0 < made_anew.secretion_onset_h
    assert preformed.secretion_peak_h < made_anew.secretion_peak_h - 1.0
    # The secretory pathway alone sets a floor: the peak cannot come before about an hour.
    assert preformed.secretion_peak_h > 1.0


def test_removing_stat5_feedback_raises_and_prolongs_il2(default, no_feedback):
    assert no_feedback.il2_pM.max() > default.il2_pM.max()
    assert no_feedback.secreted_per_cell[-1] > default.secreted_per_cell[-1]
    assert (production.timing(no_feedback).secretion_below_10pct_h
            > production.timing(default).secretion_below_10pct_h)


def test_without_cd28_less_il2_is_made(default):
    # CD28 raises transcription and stabilises the mRNA: the effect is the product of both.
    no_cd28 = production.simulate(T_H, cd28=False)
    assert no_cd28.mrna_relative.max() < 0.5 * default.mrna_relative.max()
    assert no_cd28.secreted_per_cell[-1] < 0.2 * default.secreted_per_cell[-1]


def test_tcr_signal_and_pstat5_induce_cd25(default):
    without = production.simulate(T_H, cd25_induction=False)
    assert default.il2ra_per_cell.max() > without.il2ra_per_cell.max()
    assert default.il2ra_per_cell.max() > 3 * default.il2ra_per_cell[0]
    # Cells that do not produce raise CD25 only through pSTAT5.
    assert default.il2ra_per_nonproducer.max() > default.il2ra_per_nonproducer[0]


def test_pstat5_is_absolute_and_below_one(default):
    assert np.all((default.pstat5 >= 0) & (default.pstat5 < 1))
    k_s = parameters.PSTAT5_HALF_MAX_COMPLEXES_PER_CELL
    uninhibited = production.simulate(T_H, tcr_inhibits_pstat5=False)
    x = uninhibited.signaling_per_cell
    assert np.allclose(uninhibited.pstat5, x / (x + k_s))


def test_engaged_tcrs_lower_the_producers_pstat5(default):
    # tkach2014: TCR signalling lowers the amplitude of the pSTAT5 response.
    x = default.signaling_per_cell
    uninhibited = x / (x + parameters.PSTAT5_HALF_MAX_COMPLEXES_PER_CELL)
    assert np.all(default.pstat5 <= uninhibited + 1e-15)
    early = (default.t_h > 1.0) & (default.t_h < 4.0)
    assert np.all(default.pstat5[early] < 0.5 * uninhibited[early])


def test_free_il2_peaks_and_falls_within_72_h():
    course = production.simulate(T_72)
    peak = int(np.argmax(course.il2_pM))
    assert course.t_h[peak] < 48.0
    assert course.il2_pM[-1] < 0.5 * course.il2_pM[peak]


def test_tcr_induces_il2rb_and_consumption_rises_with_it(default):
    # tkach2014: IL-2Rβ rises about tenfold after TCR stimulation.
    at_48 = int(np.searchsorted(default.t_h, 48.0))
    assert default.il2rb_per_cell[at_48] > 5 * default.il2rb_per_cell[0]
    # Captured IL-2 takes IL-2Rβ into the cell to be degraded: the surface level stays below
    # what the induced synthesis alone would give.
    assert default.il2rb_per_cell[at_48] < parameters.IL2RB_INDUCED_TARGET_PER_CELL
    resting_beta = production.simulate(T_H, il2rb_induction=False)
    assert np.all(resting_beta.il2rb_per_cell <= resting_beta.il2rb_per_cell[0] + 1e-6)
    assert default.consumed_fraction[-1] > 2 * resting_beta.consumed_fraction[-1]


def test_il2rb_induction_outlasts_the_tcr_signal(default):
    # The producers commit within their activation transit; IL-2Rβ goes on rising after the
    # TCR signal has fallen.
    i12, i24 = (int(np.searchsorted(default.t_h, t)) for t in (12.0, 24.0))
    assert default.tcr_activity[i24] < 0.2 * default.tcr_activity.max()
    assert default.il2rb_per_cell[i24] > default.il2rb_per_cell[i12]


def _density_exponent(**kwargs):
    density = np.array([1e4, 1e5, 1e6])
    peak = [production.simulate(T_72, cells_per_ml=n, **kwargs).il2_pM.max() for n in density]
    return np.polyfit(np.log10(density), np.log10(peak), 1)[0]


def test_more_cells_do_not_raise_peak_il2_in_proportion():
    # tkach2014: the peak hardly depends on the number of T cells. The shared antigen (used up
    # faster by more T cells) and the secretion boost each lower the model's exponent.
    none = _density_exponent(shared_antigen=False, tcr_inhibits_pstat5=False,
                             secretion_boost=False)
    shared = _density_exponent(tcr_inhibits_pstat5=False, secretion_boost=False)
    every = _density_exponent()
    assert none > 0.8
    assert shared < none - 0.15
    assert every < shared - 0.05
    assert every < 0.7


def test_fewer_t_cells_use_the_antigen_up_more_slowly():
    sparse = production.simulate(T_H, cells_per_ml=1e4)
    dense = production.simulate(T_H)
    at_12 = int(np.searchsorted(T_H, 12.0))
    assert sparse.antigen_remaining[at_12] > 5 * dense.antigen_remaining[at_12]
    fixed = production.simulate(T_H, cells_per_ml=1e4, shared_antigen=False)
    assert np.allclose(fixed.antigen_remaining, dense.antigen_remaining, atol=1e-6)


def test_sustained_tcr_signal_accelerates_secretion_per_producer():
    # tkach2014: the acceleration is largest where the antigen lasts, in small populations.
    basal = parameters.IL2_SECRETION_PER_CELL_PER_S

    def gain(cells_per_ml):
        boosted = production.simulate(T_72, cells_per_ml=cells_per_ml)
        flat = production.simulate(T_72, cells_per_ml=cells_per_ml, secretion_boost=False)
        assert flat.secretion_per_producer_per_s.max() <= basal
        assert (boosted.secretion_per_producer_per_s.max()
                <= parameters.SECRETION_BOOST_FOLD * basal)
        return boosted.secreted_per_cell[-1] / flat.secreted_per_cell[-1]

    assert gain(1e4) > gain(1e6) > 1.0


def test_consumption_rises_with_cd25(default):
    knockout = production.simulate(T_H, cell=_cd25_knockout())
    more_cd25 = production.simulate(T_H, cell=ReceptorProfile("CD25 high", 3000, 160, 13_300))
    assert knockout.consumed_fraction[-1] < default.consumed_fraction[-1]
    assert default.consumed_fraction[-1] < more_cd25.consumed_fraction[-1]


def test_cd25_knockout_leaves_more_free_il2_for_longer(default):
    # The positive loop: CD25 makes the producers capture their IL-2; without it IL-2 stays out.
    knockout = production.simulate(T_72, cell=_cd25_knockout())
    wild_type = production.simulate(T_72)
    assert knockout.il2_pM.max() > wild_type.il2_pM.max()
    assert knockout.il2_pM[-1] > 1.5 * wild_type.il2_pM[-1]
    assert knockout.pstat5.max() < wild_type.pstat5.max()


def test_antigen_sets_the_fraction_of_producers_each_secreting_at_full_rate():
    weak = production.simulate(T_H, antigen=0.1)
    strong = production.simulate(T_H, antigen=10.0)
    assert weak.producer_fraction < 0.2 < 0.8 < strong.producer_fraction
    # Per producer, secretion reaches nearly the same peak whatever the dose.
    ratio = weak.secretion_per_producer_per_s.max() / strong.secretion_per_producer_per_s.max()
    assert 0.7 < ratio < 1.3
    assert production.producer_fraction(0.0) == 0.0


def test_weaker_antigen_does_not_lengthen_secretion():
    # sojka2004: a weaker stimulus shortens IL-2 secretion (and lowers the frequency of producers).
    off = [production.timing(production.simulate(T_H, antigen=a)).secretion_below_10pct_h
           for a in (0.01, 0.1, 10.0, 100.0)]
    assert np.all(np.isfinite(off))
    assert off[0] <= off[2] and off[1] <= off[2] <= off[3]


def test_more_antigen_more_il2():
    secreted = [production.simulate(T_H, antigen=a).secreted_per_cell[-1]
                for a in (0.1, 1.0, 10.0)]
    assert secreted[0] < secreted[1] < secreted[2]
    assert production.simulate(T_H, antigen=0.0).secreted_per_cell[-1] == 0.0


@pytest.mark.parametrize("kwargs", [{}, {"stat5_feedback": False}, {"cd28": False},
                                    {"differentiation": "memory"}, {"cells_per_ml": 1e4},
                                    {"cell": "Treg"}, {"antigen": 0.05},
                                    {"cell": _cd25_knockout()},
                                    {"cells_per_ml": 1e4, "antigen": 100.0}])
def test_every_secreted_molecule_is_free_bound_or_internalised(kwargs):
    course = production.simulate(T_H, **kwargs)
    assert course.secreted_per_cell[-1] > 0
    assert course.mass_balance_error < 1e-9
    assert np.all(course.internalised_per_cell[1:] > 0)


def test_explorer_model_agrees_with_the_chapter_runs():
    coarse = widgets_production.production_explorer_model(10.0, True, True, "naive", 1e6)
    fine = production.simulate(coarse.t_h)
    assert np.allclose(coarse.il2_pM, fine.il2_pM, rtol=2e-3, atol=1e-3)


def test_explorer_figure_draws():
    figure = widgets_production.ProductionExplorerFigure()
    figure.update(1.0, False, True, "memory", 1e5)
    assert figure.png()[:4] == b"\x89PNG"


def test_explorer_widget_shows_its_figure_with_alt_text_of_the_current_run():
    box = widgets_production.production_explorer()
    image = box.children[5]
    assert image.value.startswith('<img src="data:image/png;base64,iVBOR')
    assert 'alt="Three panels against time after stimulation' in image.value
    assert "naive cells at 1,000,000 per millilitre" in image.value
    box.children[2].children[0].value = False  # CD28 off: the alt text follows the run
    assert "without CD28" in image.value
    course = widgets_production.production_explorer_model(10.0, False, True, "naive", 1e6)
    assert f"reaches {course.il2_pM.max():.3g} picomolar" in image.value


@pytest.mark.parametrize(("kwargs", "name"), [
    ({"t_h": [0.0, -1.0]}, "t_h"),
    ({"t_h": [0.0, np.nan]}, "t_h"),
    ({"t_h": [0.0, np.inf]}, "t_h"),
    ({"t_h": [1.0, 1.0]}, "t_h"),
    ({"t_h": [1.0]}, "t_h"),
    ({"t_h": np.ones((2, 2))}, "t_h"),
    ({"antigen": -1.0}, "antigen"),
    ({"antigen": np.nan}, "antigen"),
    ({"antigen": "strong"}, "antigen"),
    ({"cells_per_ml": 0.0}, "cells_per_ml"),
    ({"cells_per_ml": -1e6}, "cells_per_ml"),
    ({"cells_per_ml": np.nan}, "cells_per_ml"),
    ({"mrna_half_life_h": 0.0}, "mrna_half_life_h"),
    ({"mrna_half_life_h": np.inf}, "mrna_half_life_h"),
    ({"rtol": -1e-6}, "rtol"),
    ({"cd28": "yes"}, "cd28"),
    ({"stat5_feedback": 1}, "stat5_feedback"),
    ({"cd25_induction": None}, "cd25_induction"),
    ({"il2rb_induction": "no"}, "il2rb_induction"),
    ({"shared_antigen": 0}, "shared_antigen"),
    ({"tcr_inhibits_pstat5": "yes"}, "tcr_inhibits_pstat5"),
    ({"secretion_boost": None}, "secretion_boost"),
    ({"preformed_mrna": 1}, "preformed_mrna"),
])
def test_bad_input_names_the_argument(kwargs, name):
    with pytest.raises(ValueError, match=name):
        production.simulate(**kwargs)


def test_unknown_differentiation_lists_the_valid_names():
    with pytest.raises(ValueError, match=r"differentiation.*'naive', 'memory'"):
        production.simulate(differentiation="effector")


def test_unknown_cell_lists_the_valid_names():
    with pytest.raises(ValueError, match=r"cell.*'CD8', 'NK', 'Th', 'Treg'"):
        production.simulate(cell="B cell")


def test_a_custom_cell_is_accepted():
    cell = ReceptorProfile("activated", 2000, 1000, 10_000)
    assert production.simulate([0.0, 6.0], cell=cell).il2ra_per_cell[0] == 2000
