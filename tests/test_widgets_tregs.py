"""The Treg explorer shows the model's runs and rejects settings outside its grid."""

from __future__ import annotations

import numpy as np
import pytest

from il2lib import populations
from il2lib.explorers import tregs as widgets_tregs


def test_explorer_grid_holds_the_model_runs():
    grid = widgets_tregs.explorer_grid()
    folds, il2_pM = grid.run(0.03, 1e-12, tregs=False)
    course = populations.simulate(grid.t_h, antigen=0.03, il2_supply_M_per_h=1e-12,
                                  tregs=False)
    np.testing.assert_allclose(folds[:, 1], course.fold("Th"))
    np.testing.assert_allclose(il2_pM, course.il2_pM)


def test_explorer_figure_draws_the_chosen_run():
    figure = widgets_tregs.TregExplorerFigure()
    folds = figure.update(0.1, 0.0, tregs=True)
    np.testing.assert_allclose(figure.lines["Treg"].get_ydata(), folds[:, 0])
    assert figure.png()[:4] == b"\x89PNG"


@pytest.mark.parametrize(("antigen", "supply", "argument"), [
    (0.5, 0.0, "antigen"), (0.03, 3e-12, "supply_M_per_h")])
def test_settings_outside_the_grid_are_rejected(antigen, supply, argument):
    with pytest.raises(ValueError, match=argument):
        widgets_tregs.explorer_grid().run(antigen, supply, tregs=True)


def test_explorer_widget_has_alt_text():
    box = widgets_tregs.treg_explorer()
    image = box.children[-1]
    assert image.value.startswith('<img src="data:image/png;base64,iVBOR')
    assert 'alt="Fold expansion of Treg' in image.value and "After 30 days" in image.value
