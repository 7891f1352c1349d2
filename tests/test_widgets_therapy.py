"""The therapy explorer is a thin view: what it shows is what simulate_course returns."""

import numpy as np
import pytest

from il2lib import signaling, therapy, widgets_therapy


def test_explorer_model_is_five_days_of_the_chosen_regimen():
    course = widgets_therapy.therapy_explorer_model(600_000, 8, "iv", "IL-2")
    expected = therapy.simulate_course(therapy.HIGH_DOSE)
    np.testing.assert_allclose(course.conc_M[: expected.conc_M.size], expected.conc_M)
    assert course.t_h[-1] >= 120


def test_figure_update_moves_the_curves_and_the_ec50_marks():
    figure = widgets_therapy.TherapyExplorerFigure()
    figure.update(600_000, 8, "iv", "IL-2")
    before = figure.png()
    course = figure.update(20_000, 24, "sc", "Treg mutein")
    shown = course.t_h <= 120
    np.testing.assert_allclose(figure.response_lines["NK"].get_ydata(), course.pstat5_nk[shown])
    ec50 = signaling.ec50(therapy.TREG_MUTEIN, "NK") * 1e12
    assert figure.ec50_lines["NK"].get_ydata()[0] == pytest.approx(ec50)
    assert figure.png() != before


def test_explorer_controls_drive_the_readout():
    box = widgets_therapy.therapy_explorer()
    dose, interval, route, variant, readout, image = box.children
    shown = readout.value
    route.value = "sc"
    assert readout.value != shown and 'src="data:image/png;base64,iVBOR' in image.value
    assert 'alt="Two panels over 5 days' in image.value
    variant.value = "not-alpha IL-2"
    course = widgets_therapy.therapy_explorer_model(dose.value, interval.value, "sc",
                                                    "not-alpha IL-2")
    assert f"leak index {course.toxicity_index:.2f}" in readout.value


def test_bad_explorer_input_names_the_argument():
    with pytest.raises(ValueError, match="interval_h"):
        widgets_therapy.therapy_explorer_model(600_000, 0, "iv", "IL-2")
    with pytest.raises(ValueError, match="cytokine"):
        widgets_therapy.therapy_explorer_model(600_000, 8, "iv", "IL-7")
