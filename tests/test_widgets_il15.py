"""The IL-2/IL-15 explorer is a thin view: what it shows is what the model functions return."""

import numpy as np
import pytest

from il2lib import binding, signaling
from il2lib.cells import ReceptorProfile
from il2lib.cytokines import IL15
from il2lib.explorers import il15 as widgets_il15


def test_explorer_model_is_the_models_dose_responses():
    curves = widgets_il15.il15_explorer_model(22, 510, 12_400, beta_affinity_gain=10.0)
    cell = ReceptorProfile("x", 22, 510, 12_400)
    np.testing.assert_array_equal(
        curves.pstat5_il15, signaling.pstat5("IL-15", widgets_il15.EXPLORER_CONC_M, cell))
    assert curves.ec50_il2_M == signaling.ec50("IL-2", cell)
    kd_beta_M = IL15.kd_beta_M / 10
    np.testing.assert_allclose(
        curves.pstat5_trans,
        signaling.pstat5_trans("IL-15", curves.presented_per_cell, cell, kd_beta_M=kd_beta_M),
        atol=1e-9)
    assert curves.ec50_trans_presented_per_cell == signaling.ec50_trans(
        "IL-15", cell, kd_beta_M=kd_beta_M)


def test_trans_grid_covers_the_plotted_axis():
    curves = widgets_il15.il15_explorer_model(22, 8500, 7600)
    low, high = widgets_il15.PRESENTED_AXIS_LIMITS
    assert curves.presented_per_cell[0] < low and curves.presented_per_cell[-1] > high
    assert np.all(np.diff(curves.presented_per_cell) > 0)
    assert binding.contact_volume_L() > 0


def test_figure_update_moves_the_curves_and_marks():
    figure = widgets_il15.IL15ExplorerFigure()
    first = figure.update(22, 510, 12_400)
    before = figure.png()
    second = figure.update(22, 510, 12_400, 100.0)
    assert second.ec50_trans_presented_per_cell <= first.ec50_trans_presented_per_cell
    np.testing.assert_array_equal(figure.line_trans.get_ydata(), second.pstat5_trans)
    assert figure.markers[2].get_xdata()[0] == second.ec50_trans_presented_per_cell
    third = figure.update(20_000, 510, 12_400)
    assert third.ec50_il2_M < first.ec50_il2_M
    assert figure.png() != before


def test_explorer_controls_drive_the_readout():
    box = widgets_il15.il15_explorer()
    preset, alpha, _, _, _, readout, image = box.children
    shown = readout.value
    alpha.value = 20_000
    assert readout.value != shown and 'src="data:image/png;base64,iVBOR' in image.value
    preset.value = "NK"
    expected = signaling.ec50("IL-15", "NK") * 1e12
    assert f"soluble IL-15 {expected:.3g} pM" in readout.value
    assert 'alt="Two panels of pSTAT5' in image.value


@pytest.mark.parametrize("argument, call", [
    ("il2rb_per_cell", lambda: widgets_il15.il15_explorer_model(22, -1, 12_400)),
    ("beta_affinity_gain", lambda: widgets_il15.il15_explorer_model(22, 510, 12_400, 0.0)),
])
def test_bad_explorer_input_names_the_argument(argument, call):
    with pytest.raises(ValueError, match=argument):
        call()
