"""The explorers are thin views: what they show is what the model functions return."""

import base64
import re

import numpy as np
import pytest

from il2lib import signaling
from il2lib.cells import ReceptorProfile
from il2lib.explorers import receptors as widgets


def test_explorer_model_is_the_dose_response_of_the_chosen_receptors():
    curve = widgets.receptor_explorer_model("IL-2", 330, 160, 13_300)
    cell = ReceptorProfile("x", 330, 160, 13_300)
    np.testing.assert_array_equal(curve.pstat5,
                                  signaling.pstat5("IL-2", widgets.EXPLORER_CONC_M, cell))
    assert curve.ec50_M == signaling.ec50("IL-2", cell)


def test_figure_update_moves_the_curve_and_the_ec50_mark():
    figure = widgets.ReceptorExplorerFigure()
    first = figure.update("IL-2", 330, 160, 13_300)
    before = figure.png()
    second = figure.update("IL-2", 20_000, 160, 13_300)
    assert second.ec50_M < first.ec50_M
    np.testing.assert_array_equal(figure.line.get_ydata(), second.pstat5)
    assert figure.marker.get_xdata()[0] == pytest.approx(second.ec50_M * 1e12)
    assert figure.png() != before


def test_switching_cytokine_redraws_the_reference_curves():
    figure = widgets.ReceptorExplorerFigure()
    figure.update("IL-2", 330, 160, 13_300)
    figure.update("IL-15", 330, 160, 13_300)
    np.testing.assert_array_equal(figure.reference_lines["NK"].get_ydata(),
                                  signaling.pstat5("IL-15", widgets.EXPLORER_CONC_M, "NK"))
    assert figure.ax.get_xlabel() == "IL-15 (pM)"


def test_explorer_controls_drive_the_readout():
    box = widgets.receptor_explorer()
    preset, _, alpha, _, _, readout, image = box.children
    shown = readout.value
    alpha.value = 20_000
    assert readout.value != shown and image.value.startswith('<img src="data:image/png;base64,')
    preset.value = "Treg"
    expected = signaling.ec50("IL-2", "Treg") * 1e12
    assert f"{expected:.3g} pM" in readout.value


def test_explorer_figure_has_alt_text_for_what_it_shows():
    box = widgets.receptor_explorer()
    preset, _, _, _, _, _, image = box.children
    preset.value = "NK"
    img = re.fullmatch(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)" alt="([^"]+)" .*>',
                       image.value)
    assert img is not None
    assert base64.b64decode(img.group(1))[:4] == b"\x89PNG"
    expected = signaling.ec50("IL-2", "NK") * 1e12
    assert f"EC50 of {expected:.3g} pM" in img.group(2)


def test_bad_explorer_input_names_the_argument():
    with pytest.raises(ValueError, match="il2ra_per_cell"):
        widgets.receptor_explorer_model("IL-2", -1, 160, 13_300)
