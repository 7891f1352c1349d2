"""The pathway explorer: IL-2 dose, cell type, drug and feedback → two hours of signalling.

A thin view over :func:`il2lib.pathways.time_course`; the model call is
:func:`pathways_explorer_model`, the figure is redrawn in place by blitting. The static page
offers every setting of the live controls (:data:`EXPLORER`).

Examples
--------
>>> from il2lib.explorers import pathways as explorer
>>> course = explorer.pathways_explorer_model(1e-9, "Treg", "none", True)
>>> float(course.t_min[-1])
120.0
"""

from __future__ import annotations

import numpy as np

from il2lib import parameters as p
from il2lib import pathways
from il2lib.cells import CELL_TYPES
from il2lib.explorers.explorer import Control, Explorer, ExplorerBox, Panel, Series
from il2lib.explorers.figure import blit_background, canvas_png

EXPLORER_CONC_M = (1e-12, 1e-11, 1e-10, 1e-9, 1e-8)
EXPLORER_T_MIN = np.linspace(0.0, 120.0, 121)
INHIBITORS = {
    "none": {},
    "JAK inhibitor": {"jak_inhibition": p.JAK_INHIBITOR_BLOCK_FRACTION},
    "rapamycin": {"mtorc1_inhibition": p.RAPAMYCIN_BLOCK_FRACTION},
}
"""The explorer's drug choices and the switches of :func:`~il2lib.pathways.time_course`."""
BRANCH_COLOURS = {"STAT5": "#0072B2", "ERK": "#E69F00", "S6": "#009E73"}
BRANCH_LABELS = {"STAT5": "pSTAT5", "ERK": "pERK", "S6": "pS6"}


def pathways_explorer_model(conc_M: float, cell: str, inhibitor: str,
                            feedback: bool) -> pathways.PathwayTimeCourse:
    """The model call behind one update of :func:`pathways_explorer`: a 2-hour time course.

    Examples
    --------
    >>> course = pathways_explorer_model(1e-9, "NK", "rapamycin", False)
    >>> bool(course.ps6_fraction.max() < 0.1)
    True
    """
    if inhibitor not in INHIBITORS:
        raise ValueError(f"inhibitor must be one of {list(INHIBITORS)}; got {inhibitor!r}")
    return pathways.time_course(conc_M, cell, EXPLORER_T_MIN, feedback=feedback,
                                **INHIBITORS[inhibitor])


def dose_label(conc_M: float) -> str:
    """A reader's label for a concentration, e.g. ``'10 pM'``.

    Examples
    --------
    >>> dose_label(1e-11), dose_label(1e-8)
    ('10 pM', '10 nM')
    """
    pm = conc_M * 1e12
    return f"{pm:g} pM" if pm < 1000 else f"{pm / 1000:g} nM"


class PathwaysExplorerFigure:
    """pSTAT5, pERK and pS6 over two hours, redrawn in place.

    Examples
    --------
    >>> figure = PathwaysExplorerFigure()
    >>> course = figure.update(1e-9, "Th", "none", True)
    >>> figure.png()[:4]
    b'\\x89PNG'
    """

    def __init__(self):
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(6.4, 3.6), dpi=90)
        self.figure.subplots_adjust(left=0.12, right=0.97, bottom=0.15, top=0.95)
        self.canvas = FigureCanvasAgg(self.figure)
        ax = self.ax = self.figure.add_subplot()
        nan = np.full_like(EXPLORER_T_MIN, np.nan)
        self.lines = {branch: ax.plot(EXPLORER_T_MIN, nan, color=BRANCH_COLOURS[branch],
                                      label=BRANCH_LABELS[branch], linewidth=2)[0]
                      for branch in pathways.BRANCHES}
        ax.set_xlim(0, EXPLORER_T_MIN[-1])
        ax.set_ylim(0, 0.6)
        ax.set_xlabel("time after IL-2 (min)")
        ax.set_ylabel("fraction phosphorylated")
        ax.legend(loc="upper right", fontsize=9)
        self.background = blit_background(self.canvas, self.lines.values())

    def update(self, conc_M: float, cell: str, inhibitor: str,
               feedback: bool) -> pathways.PathwayTimeCourse:
        """Run the model for new settings and redraw the three lines; return the time course."""
        course = pathways_explorer_model(conc_M, cell, inhibitor, feedback)
        self.canvas.restore_region(self.background)
        for branch, line in self.lines.items():
            line.set_ydata(course.branch(branch))
            self.ax.draw_artist(line)
        return course

    def png(self) -> bytes:
        """The figure as it was last drawn, as PNG bytes."""
        return canvas_png(self.canvas)


def readout(course: pathways.PathwayTimeCourse) -> str:
    """Peak and 2-hour values of each branch, as one sentence.

    Examples
    --------
    >>> readout(pathways_explorer_model(1e-9, "NK", "none", True))[:6]
    'pSTAT5'
    """
    parts = [f"{BRANCH_LABELS[b]} peaks at {course.branch(b).max():.3f} "
             f"({course.peak_time_min(b):.0f} min), {course.branch(b)[-1]:.3f} at 2 h"
             for b in pathways.BRANCHES]
    return "; ".join(parts)


ALT_TEXT = ("Fractions of STAT5, ERK and S6 phosphorylated over two hours after IL-2, for the "
            "chosen dose, cell type, drug and feedback.")
READOUT = "<b>{cell}, {dose}:</b> {sentence}"
ALT = ALT_TEXT + " {sentence}."


def texts_of(course: pathways.PathwayTimeCourse, conc_M: float, cell: str) -> dict[str, str]:
    """What the readout and alt text show for one setting.

    Examples
    --------
    >>> texts_of(pathways_explorer_model(1e-9, "NK", "none", True), 1e-9, "NK")["dose"]
    '1 nM'
    """
    return {"cell": cell, "dose": dose_label(conc_M), "sentence": readout(course)}


def _static_curves(course: pathways.PathwayTimeCourse) -> dict[str, np.ndarray]:
    return {branch: course.branch(branch) for branch in pathways.BRANCHES}


EXPLORER = Explorer(
    name="pathways",
    title="Pathway explorer",
    controls=(
        Control("conc_M", "IL-2", "steps", 1e-9,
                options=tuple((dose_label(c), c) for c in EXPLORER_CONC_M), width="34em"),
        Control("cell", "cell type", "select", "Treg",
                options=tuple((name, name) for name in CELL_TYPES)),
        Control("inhibitor", "drug", "select", "none",
                options=tuple((name, name) for name in INHIBITORS)),
        Control("feedback", "CIS/SOCS feedback", "checkbox", True),
    ),
    model=pathways_explorer_model,
    texts=lambda course, settings: texts_of(course, settings["conc_M"], settings["cell"]),
    readout=READOUT,
    alt=ALT,
    curves=_static_curves,
    panels=(
        Panel(x_label="time after IL-2 (min)", x=EXPLORER_T_MIN,
              y_label="fraction phosphorylated", y_limits=(0.0, 0.6),
              x_limits=(0.0, float(EXPLORER_T_MIN[-1])),
              series=tuple(Series(branch, BRANCH_LABELS[branch], BRANCH_COLOURS[branch])
                           for branch in pathways.BRANCHES)),
    ),
)


def pathways_explorer():
    """IL-2 dose, cell type, drug and CIS/SOCS feedback → pSTAT5, pERK and pS6 over two hours.

    Returns an ``ipywidgets.VBox``; display it as a cell's last expression.

    Examples
    --------
    >>> box = pathways_explorer()
    >>> len(box.children)
    6
    """
    controls = EXPLORER.widgets()
    figure = PathwaysExplorerFigure()

    def texts(s):
        course = figure.update(s["conc_M"], s["cell"], s["inhibitor"], s["feedback"])
        return texts_of(course, s["conc_M"], s["cell"])

    text, image, redraw = EXPLORER.live(controls, figure, texts)
    redraw()
    return ExplorerBox([*controls.values(), text, image], explorer=EXPLORER.name)
