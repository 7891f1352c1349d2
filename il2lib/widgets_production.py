"""ipywidgets explorer of IL-2 production: a thin view over :func:`il2lib.production.simulate`.

Examples
--------
>>> from il2lib import widgets_production
>>> course = widgets_production.production_explorer_model(10.0, True, True, "naive", 1e6)
>>> float(course.t_h[-1])
36.0
"""

from __future__ import annotations

import numpy as np

from il2lib import plotting, production
from il2lib.widgets import blit_background, canvas_png, png_img_html

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


def explorer_alt_text(course: production.ProductionTimeCourse, antigen: float, cd28: bool,
                      stat5_feedback: bool, differentiation: str, cells_per_ml: float) -> str:
    """What the production explorer's figure shows for one run, in words (its alt text).

    Examples
    --------
    >>> course = production_explorer_model(10.0, True, True, "naive", 1e6)
    >>> explorer_alt_text(course, 10.0, True, True, "naive", 1e6)[:43]
    'Three panels against time after stimulation'
    """
    when = production.timing(course)
    settings = (f"antigen {antigen:.3g} times the half-maximal dose, "
                f"{'with' if cd28 else 'without'} CD28, "
                f"{'with' if stat5_feedback else 'without'} the STAT5 repression, "
                f"{differentiation} cells at {float(f'{cells_per_ml:.2g}'):,.0f} per millilitre")
    return ("Three panels against time after stimulation, 0 to 36 hours: IL-2 secretion per cell, "
            "IL-2 in the medium and CD25 per producer, for the chosen settings (coloured) over the "
            f"default run (grey). Settings: {settings}. Secretion peaks at "
            f"{when.secretion_peak_h:.1f} hours with "
            f"{course.secretion_per_producer_per_s.max():.2g} molecules per producer per second "
            f"({course.producer_fraction:.0%} of the cells produce); IL-2 in "
            f"the medium reaches {course.il2_pM.max():.3g} picomolar; CD25 reaches "
            f"{course.il2ra_per_cell.max():.0f} per cell.")


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

    style = {"description_width": "9em"}
    wide = w.Layout(width="30em")
    antigen = w.FloatLogSlider(value=10.0, base=10, min=-2, max=2, step=0.1,
                               description="antigen (× half-max)", readout_format=".3g",
                               continuous_update=False, style=style, layout=wide)
    density = w.FloatLogSlider(value=1e6, base=10, min=4, max=7, step=0.1,
                               description="cells per mL", readout_format=".2g",
                               continuous_update=False, style=style, layout=wide)
    cd28 = w.Checkbox(value=True, description="CD28 co-stimulation", indent=False)
    feedback = w.Checkbox(value=True, description="STAT5 represses IL-2", indent=False)
    differentiation = w.ToggleButtons(options=list(production.DIFFERENTIATION), value="naive",
                                      description="T cell", style=style)
    readout = w.HTML()
    image = w.HTML()  # the figure, as an <img> with alt text: see widgets.png_img_html
    figure = ProductionExplorerFigure()

    def redraw(*_):
        course = figure.update(antigen.value, cd28.value, feedback.value, differentiation.value,
                               density.value)
        when = production.timing(course)
        readout.value = (f"<b>secretion peaks at {when.secretion_peak_h:.1f} h "
                         f"({course.secretion_per_producer_per_s.max():.2g} molecules/producer/s, "
                         f"{course.producer_fraction:.0%} of cells produce); "
                         f"IL-2 in the medium reaches {course.il2_pM.max():.3g} pM</b>")
        image.value = png_img_html(
            figure.png(), explorer_alt_text(course, antigen.value, cd28.value, feedback.value,
                                            differentiation.value, density.value))

    for control in (antigen, density, cd28, feedback, differentiation):
        control.observe(redraw, names="value")
    redraw()
    return w.VBox([antigen, density, w.HBox([cd28, feedback]), differentiation, readout, image,
                   w.HTML("grey: the default run (antigen 10, CD28, feedback, naive, 10⁶/mL)")])
