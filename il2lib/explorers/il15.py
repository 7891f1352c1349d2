"""The IL-2 / IL-15 explorer: one responder cell, soluble IL-2 and IL-15, and presented IL-15.

Examples
--------
>>> from il2lib.explorers import il15
>>> curves = il15.il15_explorer_model(22, 510, 12_400)
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
from il2lib.explorers.explorer import Control, Explorer, ExplorerBox, Panel, Preset, Series
from il2lib.explorers.figure import blit_background, canvas_png, follow_preset

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


READOUT = ("<b>EC50s of your cell:</b> IL-2 {ec50_il2_pM} pM, soluble IL-15 {ec50_il15_pM} pM, "
           "presented IL-15 {ec50_trans} complexes per cell")


def texts_of(curves: IL15ExplorerCurves) -> dict[str, str]:
    """The EC50s the readout shows, formatted."""
    return {"ec50_il2_pM": f"{curves.ec50_il2_M * 1e12:.3g}",
            "ec50_il15_pM": f"{curves.ec50_il15_M * 1e12:.3g}",
            "ec50_trans": f"{curves.ec50_trans_presented_per_cell:.3g}"}


STATIC_CONC_M = EXPLORER_CONC_M[::2]
STATIC_PRESENTED_PER_CELL = np.logspace(0, 6, 61)


def _static_curves(curves: IL15ExplorerCurves):
    trans = np.interp(np.log10(STATIC_PRESENTED_PER_CELL), np.log10(curves.presented_per_cell),
                      curves.pstat5_trans, left=np.nan, right=np.nan)
    return {"il2": curves.pstat5_il2[::2], "il15": curves.pstat5_il15[::2], "trans": trans,
            "ec50_il2": (curves.ec50_il2_M * plotting.PICOMOLAR_PER_MOLAR, 0.5),
            "ec50_il15": (curves.ec50_il15_M * plotting.PICOMOLAR_PER_MOLAR, 0.5),
            "ec50_trans": (curves.ec50_trans_presented_per_cell, 0.5)}


def _log_control(name, label, value, high, grid_exponents):
    return Control(name, label, "log", value, grid=tuple(10.0 ** e for e in grid_exponents),
                   low=0, high=high, step=0.05, width="32em")


_START = CELL_TYPES["CD8"]
EXPLORER = Explorer(
    name="il15",
    title="IL-2 and IL-15 explorer",
    controls=(
        _log_control("il2ra_per_cell", "IL-2Rα", _START.il2ra_per_cell, 5, range(0, 6)),
        _log_control("il2rb_per_cell", "IL-2Rβ", _START.il2rb_per_cell, 5,
                     np.arange(0, 5.01, 0.5)),
        _log_control("gamma_c_per_cell", "γc", _START.gamma_c_per_cell, 5, range(3, 6)),
        _log_control("beta_affinity_gain", "IL-15Rα boost of IL-2Rβ binding", 1.0, 3,
                     range(0, 4)),
    ),
    model=il15_explorer_model,
    texts=lambda curves, settings: texts_of(curves),
    readout=READOUT,
    alt=ALT_TEXT.replace("{", "{{").replace("}", "}}"),
    curves=_static_curves,
    panels=(
        Panel(x_label="cytokine (pM)", x=STATIC_CONC_M * plotting.PICOMOLAR_PER_MOLAR,
              x_log=True, y_label="pSTAT5 (fraction of max.)", y_limits=(0.0, 1.02),
              title="soluble",
              series=(Series("il2", "IL-2", IL2_COLOUR),
                      Series("il15", "IL-15 (soluble)", IL15_COLOUR),
                      Series("ec50_il2", "EC50 of IL-2", IL2_COLOUR, kind="point"),
                      Series("ec50_il15", "EC50 of soluble IL-15", IL15_COLOUR, kind="point"))),
        Panel(x_label="IL-15·IL-15Rα presented per responder", x=STATIC_PRESENTED_PER_CELL,
              x_log=True, y_label="pSTAT5 (fraction of max.)", y_limits=(0.0, 1.02),
              x_limits=PRESENTED_AXIS_LIMITS, title="presented in trans",
              series=(Series("trans", "IL-15 presented in trans", TRANS_COLOUR),
                      Series("ec50_trans", "EC50 of presented IL-15", TRANS_COLOUR,
                             kind="point"))),
    ),
    preset=Preset("start from", "CD8", {
        name: {"il2ra_per_cell": cell.il2ra_per_cell, "il2rb_per_cell": cell.il2rb_per_cell,
               "gamma_c_per_cell": cell.gamma_c_per_cell} for name, cell in CELL_TYPES.items()}),
)


def il15_explorer():
    """Receptor numbers → IL-2, soluble IL-15 and presented IL-15 responses of one cell.

    Returns an ``ipywidgets.VBox``; display it as a cell's last expression.

    Examples
    --------
    >>> box = il15_explorer()
    >>> len(box.children)
    7
    """
    controls = EXPLORER.widgets()
    preset = EXPLORER.preset_widget()
    figure = IL15ExplorerFigure()
    readout, image, redraw = EXPLORER.live(
        controls, figure, lambda s: texts_of(figure.update(**s)),
        observed=[controls["beta_affinity_gain"]])
    chains = {k: v for k, v in controls.items() if k != "beta_affinity_gain"}
    follow_preset(preset, EXPLORER.preset.choices, chains, redraw)
    redraw()
    return ExplorerBox([preset, *controls.values(), readout, image], explorer=EXPLORER.name)
