"""The therapy explorer: dose, interval, route and IL-2 variant → a five-day course.

A thin view over :func:`il2lib.therapy.simulate_course`.

Examples
--------
>>> from il2lib import widgets_therapy
>>> course = widgets_therapy.therapy_explorer_model(600_000, 8, "iv", "IL-2")
>>> course.dose_times_h.size
15
"""

from __future__ import annotations

import math

import numpy as np

from il2lib import plotting, signaling, therapy
from il2lib._validation import as_positive_float
from il2lib.widgets import blit_background, canvas_png, png_img_html

EXPLORER_DAYS = 5
EXPLORER_CELLS = ("Treg", "CD8", "NK")


def therapy_explorer_model(dose_iu_per_kg: float, interval_h: float, route: str,
                           variant: str) -> therapy.Course:
    """The model call behind one update of :func:`therapy_explorer`: five days of dosing.

    Examples
    --------
    >>> therapy_explorer_model(20_000, 24, "sc", "Treg mutein").toxicity_index < 0.1
    True
    """
    interval = as_positive_float(interval_h, "interval_h")
    n_doses = math.ceil(EXPLORER_DAYS * 24 / interval - 1e-9)
    regimen = therapy.Regimen(dose_iu_per_kg, "IU/kg", route, interval_h=interval,
                              n_doses=n_doses, infusion_h=min(0.25, interval / 2))
    return therapy.simulate_course(regimen, therapy.resolve_variant(variant))


class TherapyExplorerFigure:
    """Plasma IL-2 (top) and pSTAT5 with plasma-volume loss (bottom), redrawn in place.

    Axes and the EC50 marks of the chosen variant are rendered once into a background image;
    an update restores it and draws only the moving curves (matplotlib's blitting).

    Examples
    --------
    >>> figure = TherapyExplorerFigure()
    >>> course = figure.update(600_000, 8, "iv", "IL-2")
    >>> figure.png()[:4]
    b'\\x89PNG'
    """

    def __init__(self):
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(6.4, 4.8), dpi=90)
        self.figure.subplots_adjust(left=0.13, right=0.97, bottom=0.11, top=0.97, hspace=0.12)
        self.canvas = FigureCanvasAgg(self.figure)
        self.conc_ax, self.response_ax = self.figure.subplots(2, 1, sharex=True)
        x = [0.0, EXPLORER_DAYS * 24.0]
        (self.conc_line,) = self.conc_ax.plot(x, [np.nan, np.nan], color=plotting.OTHER_COLOUR,
                                              label="plasma IL-2")
        self.ec50_lines = {
            cell: self.conc_ax.axhline(1.0, color=plotting.colour_of(cell), linestyle=":",
                                       linewidth=1.2, label=f"EC50 {cell}")
            for cell in EXPLORER_CELLS
        }
        self.conc_ax.set_yscale("log")
        self.conc_ax.set_ylim(0.1, 3e5)
        self.conc_ax.set_ylabel("IL-2 (pM)")
        self.conc_ax.legend(loc="upper right", fontsize=7, ncol=4)
        self.response_lines = {
            cell: self.response_ax.plot(x, [np.nan, np.nan], color=plotting.colour_of(cell),
                                        label=cell, linewidth=1.5)[0]
            for cell in EXPLORER_CELLS
        }
        (self.leak_line,) = self.response_ax.plot(x, [np.nan, np.nan], color="#555555",
                                                  linestyle="--",
                                                  label="leak index (high dose = 1)")
        self.response_ax.set_ylim(-0.02, 1.05)
        self.response_ax.set_xlim(*x)
        self.response_ax.set_xticks(np.arange(0, EXPLORER_DAYS * 24 + 1, 24))
        self.response_ax.set_xlabel("time (h)")
        self.response_ax.set_ylabel("pSTAT5 (fraction of max.)")
        self.response_ax.legend(loc="upper right", fontsize=7, ncol=4)
        self.moving = [self.conc_line, *self.response_lines.values(), self.leak_line]
        self.variant = None
        self.background = None

    def update(self, dose_iu_per_kg: float, interval_h: float, route: str,
               variant: str) -> therapy.Course:
        """Simulate the course for new inputs and redraw; return the course."""
        course = therapy_explorer_model(dose_iu_per_kg, interval_h, route, variant)
        if variant != self.variant:
            cytokine = therapy.resolve_variant(variant)
            for cell, line in self.ec50_lines.items():
                ec50_pM = signaling.ec50(cytokine, cell) * plotting.PICOMOLAR_PER_MOLAR
                line.set_ydata([ec50_pM, ec50_pM])
            self.variant = variant
            self.background = blit_background(self.canvas, self.moving)
        shown = course.t_h <= EXPLORER_DAYS * 24
        t = course.t_h[shown]
        self.conc_line.set_data(t, course.conc_M[shown] * plotting.PICOMOLAR_PER_MOLAR)
        for cell, line in self.response_lines.items():
            line.set_data(t, course.pstat5(cell)[shown])
        self.leak_line.set_data(t, course.leak_index[shown])
        self.canvas.restore_region(self.background)
        for artist in self.moving:
            artist.axes.draw_artist(artist)
        return course

    def png(self) -> bytes:
        """The figure as it was last drawn, as PNG bytes."""
        return canvas_png(self.canvas)


def describe(course: therapy.Course) -> str:
    """The explorer's read-out of a course, as HTML.

    Examples
    --------
    >>> "leak index" in describe(therapy.simulate_course(therapy.LOW_DOSE))
    True
    """
    days = course.t_h[-1] / 24
    exposures = ", ".join(f"{cell} {course.exposure_h(cell) / days:.1f} h/day"
                          for cell in EXPLORER_CELLS)
    return (f"<b>peak {course.peak_conc_M * 1e12:,.3g} pM, trough "
            f"{course.trough_conc_M * 1e12:,.3g} pM; leak index "
            f"{course.toxicity_index:.2f} (1 = the label's high-dose course)</b><br>"
            f"pSTAT5 exposure: {exposures}")


def alt_text(course: therapy.Course, dose_iu_per_kg: float, interval_h: float, route: str,
             variant: str) -> str:
    """What the explorer's figure shows, in words (the image's alt text).

    Examples
    --------
    >>> course = therapy.simulate_course(therapy.HIGH_DOSE)
    >>> alt_text(course, 600_000, 8, "iv", "IL-2")[:44]
    'Two panels over 5 days for IL-2 at 600,000 I'
    """
    route_name = {"iv": "15-minute intravenous infusions", "sc": "subcutaneous injections"}[route]
    return (f"Two panels over 5 days for {variant} at {dose_iu_per_kg:,.0f} IU/kg as "
            f"{route_name} every {interval_h:g} h. Top: plasma concentration in picomolar on a "
            f"log axis (peak {course.peak_conc_M * 1e12:,.3g} pM, trough "
            f"{course.trough_conc_M * 1e12:,.3g} pM), with dotted lines at the EC50s of Treg, "
            f"CD8 and NK cells. Bottom: pSTAT5 of Treg, CD8 and NK cells as a fraction of "
            f"maximum, and a dashed line for the vascular-leak index (1 at the peak of the "
            f"label's high-dose course), reaching {course.toxicity_index:.2f}.")


def therapy_explorer():
    """Dose, interval, route and IL-2 variant → plasma IL-2, pSTAT5 and vascular leak over 5 days.

    Returns an ``ipywidgets.VBox``; display it as a cell's last expression.

    Examples
    --------
    >>> box = therapy_explorer()
    >>> len(box.children)
    6
    """
    import ipywidgets as w

    style = {"description_width": "7em"}
    dose = w.FloatLogSlider(value=600_000, base=10, min=3, max=6.3, step=0.05,
                            description="dose (IU/kg)", readout_format=",.3g",
                            continuous_update=False, style=style, layout=w.Layout(width="30em"))
    interval = w.FloatSlider(value=8, min=4, max=48, step=4, description="interval (h)",
                             continuous_update=False, style=style, layout=w.Layout(width="30em"))
    route = w.ToggleButtons(options=[("IV infusion", "iv"), ("subcutaneous", "sc")], value="iv",
                            description="route", style={**style, "button_width": "8em"})
    variant = w.Dropdown(options=list(therapy.VARIANTS), value="IL-2", description="variant",
                         style=style, layout=w.Layout(width="20em"))
    readout = w.HTML()
    image = w.HTML()  # the figure, as an <img> with alt text: see widgets.png_img_html
    figure = TherapyExplorerFigure()

    def redraw(*_):
        course = figure.update(dose.value, interval.value, route.value, variant.value)
        readout.value = describe(course)
        image.value = png_img_html(figure.png(), alt_text(
            course, dose.value, interval.value, route.value, variant.value))

    for control in (dose, interval, route, variant):
        control.observe(redraw, names="value")
    redraw()
    return w.VBox([dose, interval, route, variant, readout, image])
