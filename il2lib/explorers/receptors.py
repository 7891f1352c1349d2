"""The receptor explorer: receptor numbers and cytokine → your cell's pSTAT5 dose–response.

A thin view over :func:`il2lib.signaling.dose_response`, against the four blood cell types.

Examples
--------
>>> from il2lib.explorers import receptors
>>> curve = receptors.receptor_explorer_model("IL-2", 3480, 660, 14000)
>>> curve.ec50_M < 1e-10
True
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from il2lib import plotting, signaling
from il2lib.cells import CELL_TYPES, ReceptorProfile
from il2lib.explorers.explorer import Control, Explorer, ExplorerBox, Panel, Preset, Series
from il2lib.explorers.figure import blit_background, canvas_png, follow_preset

EXPLORER_CONC_M = np.logspace(-14, -6, 161)


def receptor_explorer_model(cytokine: str, il2ra_per_cell: float, il2rb_per_cell: float,
                            gamma_c_per_cell: float, il15ra_per_cell: float = 0.0
                            ) -> signaling.DoseResponse:
    """The model call behind one update of :func:`receptor_explorer`.

    Examples
    --------
    >>> receptor_explorer_model("IL-15", 22, 8500, 7600).pstat5.shape
    (161,)
    """
    cell = ReceptorProfile("your cell", il2ra_per_cell, il2rb_per_cell, gamma_c_per_cell,
                           il15ra_per_cell)
    return signaling.dose_response(cytokine, cell, EXPLORER_CONC_M)


class ReceptorExplorerFigure:
    """One figure, redrawn in place: your cell's dose–response over the four blood cell types.

    The axes, labels and reference curves depend only on the cytokine, so they are rendered once
    into a background image; an update restores it and draws only your cell's curve and EC50 mark
    (matplotlib's blitting), then encodes the PNG.

    Examples
    --------
    >>> figure = ReceptorExplorerFigure()
    >>> curve = figure.update("IL-2", 3480, 660, 14000)
    >>> figure.png()[:4]
    b'\\x89PNG'
    """

    def __init__(self):
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(6.4, 3.8), dpi=90)
        self.figure.subplots_adjust(left=0.12, right=0.97, bottom=0.15, top=0.96)
        self.canvas = FigureCanvasAgg(self.figure)
        ax = self.ax = self.figure.add_subplot()
        self.reference_lines = {
            name: plotting.plot_dose_response(
                ax, EXPLORER_CONC_M, np.zeros_like(EXPLORER_CONC_M), label=name,
                colour=plotting.colour_of(name), alpha=0.35, linewidth=1.2)
            for name in CELL_TYPES
        }
        self.line = plotting.plot_dose_response(
            ax, EXPLORER_CONC_M, np.zeros_like(EXPLORER_CONC_M), label="your cell",
            colour=plotting.OTHER_COLOUR)
        (self.marker,) = ax.plot([np.nan], [0.5], "o", color=plotting.OTHER_COLOUR,
                                 markersize=7, markeredgecolor="white", zorder=3)
        plotting.conc_axis(ax)
        ax.legend(loc="upper left", fontsize=9)
        self.cytokine = None
        self.background = None

    def update(self, cytokine: str, il2ra_per_cell: float, il2rb_per_cell: float,
               gamma_c_per_cell: float) -> signaling.DoseResponse:
        """Recompute the curves for new inputs and redraw; return your cell's curve."""
        curve = receptor_explorer_model(cytokine, il2ra_per_cell, il2rb_per_cell,
                                        gamma_c_per_cell)
        if cytokine != self.cytokine:
            for name, response in signaling.pstat5_table(cytokine, EXPLORER_CONC_M).items():
                self.reference_lines[name].set_ydata(response)
            plotting.conc_axis(self.ax, cytokine)
            self.cytokine = cytokine
            self.background = blit_background(self.canvas, (self.line, self.marker))
        self.line.set_ydata(curve.pstat5)
        self.marker.set_xdata([curve.ec50_M * plotting.PICOMOLAR_PER_MOLAR])
        self.canvas.restore_region(self.background)
        self.ax.draw_artist(self.line)
        self.ax.draw_artist(self.marker)
        return curve

    def png(self) -> bytes:
        """The figure as it was last drawn, as PNG bytes."""
        return canvas_png(self.canvas)


READOUT = ("<b>EC50 of your cell: {ec50_pM} pM</b> "
           "({cytokine}; faint lines: the four blood cell types)")
ALT = ("A sigmoid curve of pSTAT5, as a fraction of maximum, against {cytokine} concentration in "
       "picomolar on a log axis, for the receptor numbers chosen above; a dot marks its EC50 of "
       "{ec50_pM} pM. Faint curves behind it show the Treg, Th, CD8 and NK cells for comparison.")


def explorer_alt_text(cytokine: str, ec50_M: float) -> str:
    """What the receptor explorer's figure shows, in words (the image's alt text).

    Examples
    --------
    >>> explorer_alt_text("IL-2", 8.1e-11)[:40]
    'A sigmoid curve of pSTAT5, as a fraction'
    """
    return ALT.format(**texts_of(ec50_M, cytokine))


def texts_of(ec50_M: float, cytokine: str) -> dict[str, str]:
    """The numbers and names the readout and alt text show, formatted."""
    return {"ec50_pM": f"{ec50_M * 1e12:.3g}", "cytokine": cytokine}


def _chain(name, label, value, grid_exponents):
    return Control(name, label, "log", value, grid=tuple(10.0 ** e for e in grid_exponents),
                   low=0, high=5, step=0.05, width="28em")


STATIC_CONC_M = EXPLORER_CONC_M[::2]
_START = CELL_TYPES["Th"]


@lru_cache(maxsize=2)
def _references(cytokine: str) -> dict:
    return signaling.pstat5_table(cytokine, STATIC_CONC_M)


def _static_curves(result):
    curve, cytokine = result
    references = _references(cytokine)
    return {**{name: references[name] for name in CELL_TYPES},
            "cell": curve.pstat5[::2],
            "ec50": (curve.ec50_M * plotting.PICOMOLAR_PER_MOLAR, 0.5)}


EXPLORER = Explorer(
    name="receptors",
    title="Receptor explorer",
    controls=(
        Control("cytokine", "cytokine", "toggle", "IL-2",
                options=(("IL-2", "IL-2"), ("IL-15", "IL-15"))),
        _chain("il2ra_per_cell", "IL-2Rα", _START.il2ra_per_cell, np.arange(0, 5.01, 0.5)),
        _chain("il2rb_per_cell", "IL-2Rβ", _START.il2rb_per_cell, np.arange(0, 5.01, 0.5)),
        _chain("gamma_c_per_cell", "γc", _START.gamma_c_per_cell, np.arange(0, 5.01, 1.0)),
    ),
    model=lambda cytokine, **chains: (receptor_explorer_model(cytokine, **chains), cytokine),
    texts=lambda result, settings: texts_of(result[0].ec50_M, settings["cytokine"]),
    readout=READOUT,
    alt=ALT,
    curves=_static_curves,
    panels=(Panel(
        x_label="{cytokine} (pM)", x=STATIC_CONC_M * plotting.PICOMOLAR_PER_MOLAR, x_log=True,
        y_label="pSTAT5 (fraction of max.)", y_limits=(0.0, 1.02),
        series=(*(Series(name, name, plotting.colour_of(name), faint=True, width=1.2)
                  for name in CELL_TYPES),
                Series("cell", "your cell", plotting.OTHER_COLOUR),
                Series("ec50", "EC50 of your cell", plotting.OTHER_COLOUR, kind="point"))),),
    preset=Preset("start from", "Th", {
        name: {"il2ra_per_cell": cell.il2ra_per_cell, "il2rb_per_cell": cell.il2rb_per_cell,
               "gamma_c_per_cell": cell.gamma_c_per_cell} for name, cell in CELL_TYPES.items()}),
)


def receptor_explorer():
    """Receptor numbers and cytokine → pSTAT5 dose–response, against the four blood cell types.

    Returns an ``ipywidgets.VBox``; display it as a cell's last expression.

    Examples
    --------
    >>> box = receptor_explorer()
    >>> len(box.children)
    7
    """
    controls = EXPLORER.widgets()
    preset = EXPLORER.preset_widget()
    figure = ReceptorExplorerFigure()
    readout, image, redraw = EXPLORER.live(
        controls, figure, lambda s: texts_of(figure.update(**s).ec50_M, s["cytokine"]),
        observed=[controls["cytokine"]])
    chains = {k: v for k, v in controls.items() if k != "cytokine"}
    follow_preset(preset, EXPLORER.preset.choices, chains, redraw)
    redraw()
    return ExplorerBox([preset, *controls.values(), readout, image], explorer=EXPLORER.name)
