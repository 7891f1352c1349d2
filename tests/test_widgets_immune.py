"""The immune-response explorer shows the model's runs and rejects settings outside its grid."""

from __future__ import annotations

import numpy as np
import pytest

from il2lib import immune_response, widgets_immune


def test_explorer_model_is_the_clone_model():
    run = widgets_immune.immune_explorer_model(8.0, 3.0, False)
    course = immune_response.simulate(widgets_immune.EXPLORER_T_D, helper_il2_fold=3.0,
                                      cd25=False)
    np.testing.assert_allclose(run.effectors, course.effectors)
    np.testing.assert_allclose(run.il2_pM, course.il2_pM)
    assert run.peak_day == course.peak()[0]


def test_explorer_figure_draws_the_chosen_run():
    figure = widgets_immune.ImmuneExplorerFigure()
    run = figure.update(11.0, 1.0, True)
    np.testing.assert_allclose(figure.effector_line.get_ydata(), np.maximum(run.effectors, 1e-3))
    assert figure.png()[:4] == b"\x89PNG"


@pytest.mark.parametrize(("setting", "argument"), [
    ((7.0, 1.0, True), "antigen_duration_d"), ((8.0, 2.0, True), "il2_fold"),
    ((8.0, 1.0, 1), "cd25")])
def test_settings_outside_the_grid_are_rejected(setting, argument):
    with pytest.raises(ValueError, match=argument):
        widgets_immune.explorer_run(*setting)


def test_explorer_widget_has_alt_text_with_the_run_numbers():
    box = widgets_immune.immune_explorer()
    image = box.children[-1]
    run = widgets_immune.explorer_run(8.0, 1.0, True)
    assert image.value.startswith('<img src="data:image/png;base64,iVBOR')
    assert f"day {run.peak_day:.3g}" in image.value
