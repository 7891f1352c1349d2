"""The explorers' one definition: live controls, texts and the static export agree."""

from __future__ import annotations

import numpy as np
import pytest

from il2lib import explorers
from il2lib.explorers import Control, Explorer, Panel, Series
from il2lib.explorers.static import MISSING, export, quantise


def _toy() -> Explorer:
    """A two-control explorer whose model is cheap and known: y = a * x, marked at (a, a)."""
    x = np.linspace(0.0, 1.0, 5)
    return Explorer(
        name="toy", title="toy",
        controls=(Control("a", "a", "log", 1.0, grid=(0.5, 1.0), low=-1, high=0, step=0.1),
                  Control("flip", "flip", "checkbox", False)),
        model=lambda a, flip: a * (1 - x if flip else x),
        texts=lambda y, settings: {"top": f"{y.max():.3g}"},
        readout="<b>top {top}</b>", alt="a line reaching {top}",
        curves=lambda y: {"y": y, "fixed": x, "mark": (y.max(), 0.5)},
        panels=(Panel("x", x, "y", (0.0, 1.0), series=(
            Series("y", "y", "#0072B2"), Series("fixed", "fixed", "#999999"),
            Series("mark", "mark", "#000000", kind="point"))),))


def test_export_holds_every_grid_point_and_stores_repeated_lines_once():
    meta, blob = export(_toy())
    assert meta["shape"] == [2, 2]
    y, fixed, mark = meta["panels"][0]["series"]
    assert fixed["data"]["length"] == 5  # one stored line for four grid points
    assert y["data"]["length"] == 4 * 5
    marks = np.frombuffer(blob, np.float32, mark["data"]["length"], mark["data"]["offset"])
    np.testing.assert_allclose(marks.reshape(4, 2)[:, 0], [0.5, 0.5, 1.0, 1.0])
    assert meta["texts"]["strings"]["top"] == ["0.5", "1"]


def test_quantised_lines_come_back_to_a_step_of_their_axis():
    y = np.array([1e-2, 0.5, 7.0, 1e4])
    for log, limits in ((True, (1e-2, 1e4)), (False, (0.0, 1e4))):
        codes, (lo, hi) = quantise(y, limits, log)
        t = lo + codes / (MISSING - 1) * (hi - lo)
        step = (hi - lo) / (MISSING - 1)
        np.testing.assert_array_less(np.abs(t - (np.log10(y) if log else y)), step)


def test_log_axes_have_no_value_for_zero():
    codes, _ = quantise(np.array([0.0, 1.0]), (0.1, 10.0), log=True)
    assert codes[0] == MISSING


@pytest.mark.parametrize("name", explorers.names())
def test_live_and_static_texts_come_from_one_definition(name):
    explorer = explorers.get(name)
    settings = explorer.defaults()
    result = explorer.model(**settings)
    values = explorer.texts(result, settings)
    assert explorer.readout_html(settings) == explorer.readout.format(**values)
    curves = explorer.curves(result)
    for panel in explorer.panels:
        for series in panel.series:
            data = np.asarray(curves[series.key], dtype=float)
            expected = {"line": np.shape(panel.x), "hline": (), "point": (2,)}[series.kind]
            assert data.shape == expected, (name, series.key)


@pytest.mark.parametrize("name", explorers.names())
def test_static_grid_lies_in_the_live_controls_range(name):
    for control in explorers.get(name).controls:
        live = control.widget()
        for value in control.grid:
            if control.kind == "log":
                assert 10 ** control.low <= value <= 10 ** control.high, (name, control.name)
            elif control.kind == "slider":
                assert control.low <= value <= control.high, (name, control.name)
            elif control.kind != "checkbox":
                assert value in [v for _, v in live.options], (name, control.name)


def test_unknown_explorer_names_the_valid_ones():
    with pytest.raises(ValueError, match="name must be one of .*receptors"):
        explorers.get("receptor")


def test_control_kind_must_be_known():
    with pytest.raises(ValueError, match="kind must be one of"):
        Control("a", "a", "knob", 1.0, grid=(1.0,))
