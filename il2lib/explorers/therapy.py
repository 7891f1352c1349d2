"""The therapy explorer: dose, interval, route and IL-2 variant → a five-day course.

A thin view over :func:`il2lib.therapy.simulate_course`.

Examples
--------
>>> from il2lib.explorers import therapy as explorer
>>> course = explorer.therapy_explorer_model(600_000, 8, "iv", "IL-2")
>>> course.dose_times_h.size
15
"""

from __future__ import annotations

import math

import numpy as np

from il2lib import plotting, signaling, therapy
from il2lib._validation import as_positive_float
from il2lib.explorers.explorer import Control, Explorer, ExplorerBox, Panel, Series
from il2lib.explorers.figure import blit_background, canvas_png

EXPLORER_DAYS = 5
EXPLORER_CELLS = ("Treg", "CD8", "NK")


def therapy_explorer_model(dose_iu_per_kg: float, interval_h: float, route: str,
                           variant: str) -> therapy.Course:
    """The model call behind one update of :func:`therapy_explorer`: five days of dosing.

    Examples
    --------
    >>> therapy_explorer_model(20_000, 24, "sc", "IL-2").toxicity_index < 0.1
    True
    """
    interval = as_positive_float(interval_h, "interval_h")
    n_doses = math.ceil(EXPLORER_DAYS * 24 / interval - 1e-9)
    regimen = therapy.Regimen(dose_iu_per_kg, "IU/kg", route, interval_h=interval,
                              n_doses=n_doses, infusion_h=min(0.25, interval / 2))
    return therapy.simulate_course(regimen, therapy.resolve_variant(variant))


class TherapyExplorerFigure:
    """Plasma IL-2 (top) and pSTAT5 with the leak index (bottom), redrawn in place.

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


READOUT = ("<b>peak {peak_pM} pM, trough {trough_pM} pM; leak index {toxicity} (1 = the label's "
           "high-dose course)</b><br>pSTAT5 exposure: {exposures}")
ALT = ("Two panels over 5 days for {variant} at {dose} IU/kg as {route_name} every {interval} h. "
       "Top: plasma concentration in picomolar on a log axis (peak {peak_pM} pM, trough "
       "{trough_pM} pM), with dotted lines at the EC50s of Treg, CD8 and NK cells. Bottom: pSTAT5 "
       "of Treg, CD8 and NK cells as a fraction of maximum, and a dashed line for the "
       "vascular-leak index (1 at the peak of the label's high-dose course), reaching {toxicity}.")
ROUTE_NAMES = {"iv": "15-minute intravenous infusions", "sc": "subcutaneous injections"}


def texts_of(course: therapy.Course, dose_iu_per_kg: float | None = None,
             interval_h: float | None = None, route: str | None = None,
             variant: str | None = None) -> dict[str, str]:
    """The numbers and settings the readout and alt text show, formatted."""
    days = course.t_h[-1] / 24
    values = {
        "peak_pM": f"{course.peak_conc_M * 1e12:,.3g}",
        "trough_pM": f"{course.trough_conc_M * 1e12:,.3g}",
        "toxicity": f"{course.toxicity_index:.2f}",
        "exposures": ", ".join(f"{cell} {course.exposure_h(cell) / days:.1f} h/day"
                               for cell in EXPLORER_CELLS)}
    if variant is not None:
        values.update(variant=variant, dose=f"{dose_iu_per_kg:,.0f}", route_name=ROUTE_NAMES[route],
                      interval=f"{interval_h:g}")
    return values


def describe(course: therapy.Course) -> str:
    """The explorer's read-out of a course, as HTML.

    Examples
    --------
    >>> "leak index" in describe(therapy.simulate_course(therapy.LOW_DOSE))
    True
    """
    return READOUT.format(**texts_of(course))


def alt_text(course: therapy.Course, dose_iu_per_kg: float, interval_h: float, route: str,
             variant: str) -> str:
    """What the explorer's figure shows, in words (the image's alt text).

    Examples
    --------
    >>> course = therapy.simulate_course(therapy.HIGH_DOSE)
    >>> alt_text(course, 600_000, 8, "iv", "IL-2")[:44]
    'Two panels over 5 days for IL-2 at 600,000 I'
    """
    return ALT.format(**texts_of(course, dose_iu_per_kg, interval_h, route, variant))


STATIC_T_H = np.arange(0.0, EXPLORER_DAYS * 24 + 0.01, 0.5)
_FINE_T_H = np.arange(0.0, EXPLORER_DAYS * 24 + 0.01, 0.1)


def _on_static_grid(t_h, y):
    """``y(t_h)`` every half hour, each point the maximum of its half hour (keeps the peaks)."""
    fine = np.pad(np.interp(_FINE_T_H, t_h, y), 2, mode="edge")
    return np.lib.stride_tricks.sliding_window_view(fine, 5)[::5].max(axis=1)


def _static_curves(result):
    course, variant = result
    cytokine = therapy.resolve_variant(variant)
    curves = {"conc_pM": _on_static_grid(course.t_h, course.conc_M * plotting.PICOMOLAR_PER_MOLAR),
              "leak": _on_static_grid(course.t_h, course.leak_index)}
    for cell in EXPLORER_CELLS:
        curves[cell] = _on_static_grid(course.t_h, course.pstat5(cell))
        curves["ec50 " + cell] = signaling.ec50(cytokine, cell) * plotting.PICOMOLAR_PER_MOLAR
    return curves


EXPLORER = Explorer(
    name="therapy",
    title="Therapy explorer",
    controls=(
        Control("dose_iu_per_kg", "dose (IU/kg)", "log", 600_000, low=3, high=6.3, step=0.05,
                grid=(1_000, 3_000, 10_000, 30_000, 100_000, 300_000, 600_000, 1_000_000),
                readout_format=",.3g"),
        Control("interval_h", "interval (h)", "slider", 8, low=4, high=48, step=4,
                grid=(4, 8, 12, 24, 48), readout_format="g"),
        Control("route", "route", "toggle", "iv",
                options=(("IV infusion", "iv"), ("subcutaneous", "sc"))),
        Control("variant", "variant", "select", "IL-2",
                options=tuple((v, v) for v in therapy.VARIANTS)),
    ),
    model=lambda variant, **regimen: (therapy_explorer_model(variant=variant, **regimen), variant),
    texts=lambda result, settings: texts_of(result[0], **settings),
    readout=READOUT,
    alt=ALT,
    curves=_static_curves,
    panels=(
        Panel(x_label="time (h)", x=STATIC_T_H, y_label="IL-2 (pM)", y_limits=(0.1, 3e5),
              y_log=True, x_limits=(0.0, EXPLORER_DAYS * 24.0),
              series=(Series("conc_pM", "plasma IL-2", plotting.OTHER_COLOUR),
                      *(Series("ec50 " + cell, f"EC50 {cell}", plotting.colour_of(cell),
                               kind="hline", dash=True, width=1.2) for cell in EXPLORER_CELLS))),
        Panel(x_label="time (h)", x=STATIC_T_H, y_label="pSTAT5 (fraction of max.)",
              y_limits=(-0.02, 1.05), x_limits=(0.0, EXPLORER_DAYS * 24.0),
              series=(*(Series(cell, cell, plotting.colour_of(cell), width=1.5)
                        for cell in EXPLORER_CELLS),
                      Series("leak", "leak index (high dose = 1)", "#555555", dash=True))),
    ),
)


def therapy_explorer():
    """Dose, interval, route and IL-2 variant → plasma IL-2, pSTAT5 and vascular leak over 5 days.

    Returns an ``ipywidgets.VBox``; display it as a cell's last expression.

    Examples
    --------
    >>> box = therapy_explorer()
    >>> len(box.children)
    6
    """
    controls = EXPLORER.widgets()
    figure = TherapyExplorerFigure()
    readout, image, redraw = EXPLORER.live(
        controls, figure, lambda s: texts_of(figure.update(**s), **s))
    redraw()
    return ExplorerBox([*controls.values(), readout, image], explorer=EXPLORER.name)
