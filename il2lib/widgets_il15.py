"""The IL-2 / IL-15 explorer: one responder cell, soluble IL-2 and IL-15, and presented IL-15.

Examples
--------
>>> from il2lib import widgets_il15
>>> curves = widgets_il15.il15_explorer_model(22, 510, 12_400)
>>> bool(curves.ec50_il2_M < curves.ec50_il15_M)
True
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from il2lib import binding, plotting, signaling
from il2lib._validation import as_positive_float
from il2lib.cells import CELL_TYPES, ReceptorProfile
from il2lib.cytokines import IL15
from il2lib.widgets import blit_background, canvas_png, follow_cell_preset, png_img_html

EXPLORER_CONC_M = np.logspace(-14, -6, 121)
# Free presented complexes in the contact (as a concentration): spans 1 to 10⁶ presented per cell.
EXPLORER_TRANS_FREE_CONC_M = np.logspace(-16, -3, 131)
PRESENTED_AXIS_LIMITS = (1.0, 1e6)
IL2_COLOUR, IL15_COLOUR, TRANS_COLOUR = "#0072B2", "#D55E00", "#009E73"


@dataclass(frozen=True)
class IL15ExplorerCurves:
    """What the explorer shows for one responder cell.

    Examples
    --------
    >>> il15_explorer_model(330, 160, 13_300).pstat5_trans.shape
    (131,)
    """

    conc_M: np.ndarray
    pstat5_il2: np.ndarray
    pstat5_il15: np.ndarray
    ec50_il2_M: float
    ec50_il15_M: float
    presented_per_cell: np.ndarray
    pstat5_trans: np.ndarray
    ec50_trans_presented_per_cell: float


def il15_explorer_model(il2ra_per_cell: float, il2rb_per_cell: float, gamma_c_per_cell: float,
                        beta_affinity_gain: float = 1.0) -> IL15ExplorerCurves:
    """The model call behind one update of :func:`il15_explorer`.

    Soluble IL-2 and IL-15 on a responder with the given chains (no IL-15Rα), and IL-15
    presented in trans, whose IL-2Rβ constant is IL-15's divided by ``beta_affinity_gain``.
    The trans curve is drawn exactly from a grid of free presented complexes
    (:func:`~il2lib.binding.finite_ligand_from_free_conc`).

    Examples
    --------
    >>> curves = il15_explorer_model(22, 8500, 7600, beta_affinity_gain=10)
    >>> bool(curves.ec50_trans_presented_per_cell > 1)
    True
    """
    gain = as_positive_float(beta_affinity_gain, "beta_affinity_gain")
    cell = ReceptorProfile("your cell", il2ra_per_cell, il2rb_per_cell, gamma_c_per_cell)
    il2 = signaling.dose_response("IL-2", cell, EXPLORER_CONC_M)
    il15 = signaling.dose_response("IL-15", cell, EXPLORER_CONC_M)
    kd_beta_M = IL15.kd_beta_M / gain
    presented = binding.trans_presented(IL15, kd_beta_M=kd_beta_M)
    trans = binding.finite_ligand_from_free_conc(presented, EXPLORER_TRANS_FREE_CONC_M, cell,
                                                 binding.contact_volume_L())
    return IL15ExplorerCurves(
        conc_M=EXPLORER_CONC_M, pstat5_il2=il2.pstat5, pstat5_il15=il15.pstat5,
        ec50_il2_M=il2.ec50_M, ec50_il15_M=il15.ec50_M,
        presented_per_cell=trans.ligand_per_cell,
        pstat5_trans=signaling.relative_response(
            trans.signaling_per_cell, binding.max_signaling_per_cell(presented, cell)),
        ec50_trans_presented_per_cell=signaling.ec50_trans(IL15, cell, kd_beta_M=kd_beta_M),
    )


class IL15ExplorerFigure:
    """Two panels redrawn in place: soluble IL-2 and IL-15 (left), presented IL-15 (right).

    Axes and labels are rendered once into a background image; an update restores it and draws
    only the three curves and their EC50 marks (matplotlib's blitting), then encodes the PNG.

    Examples
    --------
    >>> figure = IL15ExplorerFigure()
    >>> curves = figure.update(22, 510, 12_400)
    >>> figure.png()[:4]
    b'\\x89PNG'
    """

    def __init__(self):
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(8.6, 3.6), dpi=90)
        self.figure.subplots_adjust(left=0.08, right=0.98, bottom=0.16, top=0.9, wspace=0.25)
        self.canvas = FigureCanvasAgg(self.figure)
        self.ax_cis, self.ax_trans = self.figure.subplots(1, 2, sharey=True)
        blank = np.full_like(EXPLORER_CONC_M, np.nan)
        self.line_il2 = plotting.plot_dose_response(self.ax_cis, EXPLORER_CONC_M, blank,
                                                    label="IL-2", colour=IL2_COLOUR)
        self.line_il15 = plotting.plot_dose_response(self.ax_cis, EXPLORER_CONC_M, blank,
                                                     label="IL-15 (soluble)", colour=IL15_COLOUR)
        (self.line_trans,) = self.ax_trans.plot(
            EXPLORER_TRANS_FREE_CONC_M, np.full_like(EXPLORER_TRANS_FREE_CONC_M, np.nan),
            color=TRANS_COLOUR, label="IL-15 presented in trans")
        self.markers = [
            ax.plot([np.nan], [0.5], "o", color=colour, markersize=7, markeredgecolor="white",
                    zorder=3)[0]
            for ax, colour in ((self.ax_cis, IL2_COLOUR), (self.ax_cis, IL15_COLOUR),
                               (self.ax_trans, TRANS_COLOUR))
        ]
        plotting.conc_axis(self.ax_cis, "cytokine")
        self.ax_cis.set_xlim(EXPLORER_CONC_M[0] * 1e12, EXPLORER_CONC_M[-1] * 1e12)
        self.ax_cis.set_title("soluble", fontsize=10)
        self.ax_cis.legend(loc="upper left", fontsize=9)
        self.ax_trans.set_xscale("log")
        self.ax_trans.set_xlim(*PRESENTED_AXIS_LIMITS)
        self.ax_trans.set_xlabel("IL-15·IL-15Rα presented per responder")
        self.ax_trans.set_title("presented in trans", fontsize=10)
        self.ax_trans.legend(loc="lower right", fontsize=9)
        self.artists = [self.line_il2, self.line_il15, self.line_trans, *self.markers]
        self.background = blit_background(self.canvas, self.artists)

    def update(self, il2ra_per_cell: float, il2rb_per_cell: float, gamma_c_per_cell: float,
               beta_affinity_gain: float = 1.0) -> IL15ExplorerCurves:
        """Recompute the curves for new inputs and redraw; return them."""
        curves = il15_explorer_model(il2ra_per_cell, il2rb_per_cell, gamma_c_per_cell,
                                     beta_affinity_gain)
        self.line_il2.set_ydata(curves.pstat5_il2)
        self.line_il15.set_ydata(curves.pstat5_il15)
        self.line_trans.set_data(curves.presented_per_cell, curves.pstat5_trans)
        for marker, x in zip(self.markers, (curves.ec50_il2_M * plotting.PICOMOLAR_PER_MOLAR,
                                            curves.ec50_il15_M * plotting.PICOMOLAR_PER_MOLAR,
                                            curves.ec50_trans_presented_per_cell), strict=True):
            marker.set_xdata([x])
        self.canvas.restore_region(self.background)
        for artist in self.artists:
            artist.axes.draw_artist(artist)
        return curves

    def png(self) -> bytes:
        """The figure as it was last drawn, as PNG bytes."""
        return canvas_png(self.canvas)


ALT_TEXT = ("Two panels of pSTAT5, as a fraction of maximum, for the chosen responder cell. "
            "Left: against cytokine concentration in picomolar, a blue IL-2 curve and an orange "
            "soluble IL-15 curve with dots at their EC50s. Right: against the number of "
            "IL-15·IL-15Rα complexes presented to the cell, a green curve with a dot at its EC50.")


def il15_explorer():
    """Receptor numbers → IL-2, soluble IL-15 and presented IL-15 responses of one cell.

    Returns an ``ipywidgets.VBox``; display it as a cell's last expression.

    Examples
    --------
    >>> box = il15_explorer()
    >>> len(box.children)
    7
    """
    import ipywidgets as w

    label_style = {"description_width": "9em"}

    def log_slider(description, value, low, high):
        return w.FloatLogSlider(value=value, base=10, min=low, max=high, step=0.05,
                                description=description, readout_format=".3g",
                                continuous_update=False, style=label_style,
                                layout=w.Layout(width="32em"))

    start = CELL_TYPES["CD8"]
    preset = w.Dropdown(options=list(CELL_TYPES), value="CD8", description="start from",
                        style=label_style, layout=w.Layout(width="20em"))
    alpha = log_slider("IL-2Rα", start.il2ra_per_cell, 0, 5)
    beta = log_slider("IL-2Rβ", start.il2rb_per_cell, 0, 5)
    gamma = log_slider("γc", start.gamma_c_per_cell, 0, 5)
    gain = log_slider("IL-15Rα boost of IL-2Rβ binding", 1.0, 0, 3)
    readout = w.HTML()
    image = w.HTML()  # the figure, as an <img> with alt text: see widgets.png_img_html
    figure = IL15ExplorerFigure()

    def redraw(*_):
        curves = figure.update(alpha.value, beta.value, gamma.value, gain.value)
        readout.value = (
            f"<b>EC50s of your cell:</b> IL-2 {curves.ec50_il2_M * 1e12:.3g} pM, "
            f"soluble IL-15 {curves.ec50_il15_M * 1e12:.3g} pM, "
            f"presented IL-15 {curves.ec50_trans_presented_per_cell:.3g} complexes per cell")
        image.value = png_img_html(figure.png(), ALT_TEXT)

    gain.observe(redraw, names="value")
    follow_cell_preset(preset, alpha, beta, gamma, redraw)
    redraw()
    return w.VBox([preset, alpha, beta, gamma, gain, readout, image])
