"""ipywidgets explorer of IL-2 production: a thin view over :func:`il2lib.production.simulate`.

Examples
--------
>>> from il2lib.explorers import production as explorer
>>> course = explorer.production_explorer_model(10.0, True, True, "naive", 1e6)
>>> float(course.t_h[-1])
36.0
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from il2lib import plotting, production
from il2lib.explorers.explorer import Control, Explorer, ExplorerBox, Panel, Series
from il2lib.explorers.figure import blit_background, canvas_png

EXPLORER_T_H = np.linspace(0.0, 36.0, 145)
EXPLORER_RTOL = 1e-3
"""The explorer integrates less tightly than the chapter's figures (curves differ < 0.1 %)."""


def production_explorer_model(antigen: float, cd28: bool, stat5_feedback: bool,
                              differentiation: str, cells_per_ml: float
                              ) -> production.ProductionTimeCourse:
    """The model call behind one update of :func:`production_explorer`.

    Examples
    --------
    >>> production_explorer_model(1.0, False, True, "memory", 1e6).il2_pM.shape
    (145,)
    """
    return production.simulate(EXPLORER_T_H, antigen=antigen, cd28=cd28,
                               stat5_feedback=stat5_feedback, differentiation=differentiation,
                               cells_per_ml=cells_per_ml, rtol=EXPLORER_RTOL)


class ProductionExplorerFigure:
    """Three panels redrawn in place: secretion per cell, IL-2 in the medium, CD25 per cell.

    The default run is drawn faintly once into a background image; an update restores it and
    draws only the new curves (matplotlib's blitting), then encodes the PNG.

    Examples
    --------
    >>> figure = ProductionExplorerFigure()
    >>> course = figure.update(10.0, True, False, "naive", 1e6)
    >>> figure.png()[:4]
    b'\\x89PNG'
    """

    FIELDS = (("secretion_per_producer_per_s", "secretion per producer\n(molecules/s)", 25.0),
              ("il2_pM", "IL-2 in medium (pM)", 1000.0),
              ("il2ra_per_cell", "CD25 per producer", 4000.0))

    def __init__(self):
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(9.6, 3.0), dpi=80)
        self.figure.subplots_adjust(left=0.08, right=0.98, bottom=0.17, top=0.95, wspace=0.42)
        self.canvas = FigureCanvasAgg(self.figure)
        self.axes = self.figure.subplots(1, 3)
        default = production_explorer_model(10.0, True, True, "naive", 1e6)
        self.lines = []
        for ax, (field, label, top) in zip(self.axes, self.FIELDS, strict=True):
            ax.plot(default.t_h, getattr(default, field), color="#999999", linewidth=1.2,
                    label="default")
            (line,) = ax.plot(default.t_h, getattr(default, field),
                              color=plotting.colour_of("Th"), label="your settings")
            self.lines.append(line)
            ax.set_xlabel("time after stimulation (h)")
            ax.set_ylabel(label)
            ax.set_xlim(0, EXPLORER_T_H[-1])
            ax.set_ylim(0, top)
            ax.set_xticks([0, 6, 12, 18, 24, 30, 36])
        self.axes[0].legend(loc="upper right", fontsize=8)
        self.background = blit_background(self.canvas, self.lines)

    def update(self, antigen: float, cd28: bool, stat5_feedback: bool, differentiation: str,
               cells_per_ml: float) -> production.ProductionTimeCourse:
        """Run the model for new inputs and redraw; return the time course."""
        course = production_explorer_model(antigen, cd28, stat5_feedback, differentiation,
                                           cells_per_ml)
        self.canvas.restore_region(self.background)
        for ax, line, (field, _, top) in zip(self.axes, self.lines, self.FIELDS, strict=True):
            line.set_ydata(np.minimum(getattr(course, field), 1.05 * top))
            ax.draw_artist(line)
        return course

    def png(self) -> bytes:
        """The figure as it was last drawn, as PNG bytes."""
        return canvas_png(self.canvas)


READOUT = ("<b>secretion peaks at {peak_h} h ({peak_rate} molecules/producer/s, {producers} of "
           "cells produce); IL-2 in the medium reaches {il2_max_pM} pM</b>")
ALT = ("Three panels against time after stimulation, 0 to 36 hours: IL-2 secretion per cell, "
       "IL-2 in the medium and CD25 per producer, for the chosen settings (coloured) over the "
       "default run (grey). Settings: {settings}. Secretion peaks at {peak_h} hours with "
       "{peak_rate} molecules per producer per second ({producers} of the cells produce); IL-2 in "
       "the medium reaches {il2_max_pM} picomolar; CD25 reaches {cd25_max} per cell.")


def texts_of(course: production.ProductionTimeCourse, antigen: float, cd28: bool,
             stat5_feedback: bool, differentiation: str, cells_per_ml: float) -> dict[str, str]:
    """The numbers and settings the readout and alt text show, formatted."""
    when = production.timing(course)
    settings = (f"antigen {antigen:.3g} times the half-maximal dose, "
                f"{'with' if cd28 else 'without'} CD28, "
                f"{'with' if stat5_feedback else 'without'} the STAT5 repression, "
                f"{differentiation} cells at {float(f'{cells_per_ml:.2g}'):,.0f} per millilitre")
    return {"peak_h": f"{when.secretion_peak_h:.1f}",
            "peak_rate": f"{course.secretion_per_producer_per_s.max():.2g}",
            "producers": f"{course.producer_fraction:.0%}",
            "il2_max_pM": f"{course.il2_pM.max():.3g}",
            "cd25_max": f"{course.il2ra_per_cell.max():.0f}", "settings": settings}


def explorer_alt_text(course: production.ProductionTimeCourse, antigen: float, cd28: bool,
                      stat5_feedback: bool, differentiation: str, cells_per_ml: float) -> str:
    """What the production explorer's figure shows for one run, in words (its alt text).

    Examples
    --------
    >>> course = production_explorer_model(10.0, True, True, "naive", 1e6)
    >>> explorer_alt_text(course, 10.0, True, True, "naive", 1e6)[:43]
    'Three panels against time after stimulation'
    """
    return ALT.format(**texts_of(course, antigen, cd28, stat5_feedback, differentiation,
                                 cells_per_ml))


DEFAULT = {"antigen": 10.0, "cd28": True, "stat5_feedback": True, "differentiation": "naive",
           "cells_per_ml": 1e6}


@lru_cache(maxsize=1)
def _default_run() -> production.ProductionTimeCourse:
    return production_explorer_model(**DEFAULT)


def _static_curves(course):
    default = _default_run()
    curves = {}
    for field, _, top in ProductionExplorerFigure.FIELDS:
        curves[field] = np.minimum(getattr(course, field), 1.05 * top)
        curves["default " + field] = getattr(default, field)
    return curves


EXPLORER = Explorer(
    name="production",
    title="IL-2 production explorer",
    controls=(
        Control("antigen", "antigen (× half-max)", "log", 10.0,
                grid=tuple(10.0 ** np.arange(-2, 2.01, 0.5)), low=-2, high=2, step=0.1),
        Control("cells_per_ml", "cells per mL", "log", 1e6, grid=(1e4, 1e5, 1e6, 1e7),
                low=4, high=7, step=0.1, readout_format=".2g"),
        Control("cd28", "CD28 co-stimulation", "checkbox", True),
        Control("stat5_feedback", "STAT5 represses IL-2", "checkbox", True),
        Control("differentiation", "T cell", "toggle", "naive",
                options=tuple((d, d) for d in production.DIFFERENTIATION)),
    ),
    model=production_explorer_model,
    texts=lambda course, settings: texts_of(course, **settings),
    readout=READOUT,
    alt=ALT,
    curves=_static_curves,
    panels=tuple(
        Panel(x_label="time after stimulation (h)", x=EXPLORER_T_H,
              y_label=label.replace("\n", " "),
              y_limits=(0.0, top), x_limits=(0.0, float(EXPLORER_T_H[-1])),
              series=(Series("default " + field, "default", "#999999", width=1.2),
                      Series(field, "your settings", plotting.colour_of("Th"))))
        for field, label, top in ProductionExplorerFigure.FIELDS),
    note="grey: the default run (antigen 10, CD28, feedback, naive, 10⁶/mL)",
)


def production_explorer():
    """Antigen dose, CD28, STAT5 feedback, naive or memory, cell density → IL-2 time courses.

    Returns an ``ipywidgets.VBox``; display it as a cell's last expression.

    Examples
    --------
    >>> box = production_explorer()
    >>> len(box.children)
    7
    """
    import ipywidgets as w

    controls = EXPLORER.widgets()
    figure = ProductionExplorerFigure()
    readout, image, redraw = EXPLORER.live(
        controls, figure, lambda s: texts_of(figure.update(**s), **s))
    redraw()
    c = controls
    return ExplorerBox([c["antigen"], c["cells_per_ml"], w.HBox([c["cd28"], c["stat5_feedback"]]),
                        c["differentiation"], readout, image, w.HTML(EXPLORER.note)],
                       explorer=EXPLORER.name)
