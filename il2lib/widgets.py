"""ipywidgets explorers: each a thin view over one model function.

Examples
--------
>>> from il2lib import widgets
>>> curve = widgets.receptor_explorer_model("IL-2", 3480, 660, 14000)
>>> curve.ec50_M < 1e-10
True
"""

from __future__ import annotations

import base64
import html
import io

import numpy as np

from il2lib import plotting, signaling
from il2lib.cells import CELL_TYPES, ReceptorProfile

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


def blit_background(canvas, moving) -> object:
    """Draw ``canvas`` without the ``moving`` artists and return the image, to restore on updates.

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from matplotlib.backends.backend_agg import FigureCanvasAgg
    >>> canvas = FigureCanvasAgg(Figure(figsize=(1, 1)))
    >>> (line,) = canvas.figure.add_subplot().plot([0, 1])
    >>> background = blit_background(canvas, [line])
    >>> line.get_visible()
    True
    """
    for artist in moving:
        artist.set_visible(False)
    canvas.draw()
    background = canvas.copy_from_bbox(canvas.figure.bbox)
    for artist in moving:
        artist.set_visible(True)
    return background


def canvas_png(canvas) -> bytes:
    """What an Agg canvas holds now (blitted artists included), as PNG bytes, quickly.

    Saving the canvas's buffer directly skips the full redraw that ``savefig`` would make.

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from matplotlib.backends.backend_agg import FigureCanvasAgg
    >>> canvas = FigureCanvasAgg(Figure(figsize=(1, 1)))
    >>> canvas.draw()
    >>> canvas_png(canvas)[:4]
    b'\\x89PNG'
    """
    from PIL import Image

    buffer = io.BytesIO()
    Image.fromarray(np.asarray(canvas.buffer_rgba())).save(buffer, format="png", compress_level=1)
    return buffer.getvalue()


def png_img_html(png: bytes, alt: str) -> str:
    """An ``<img>`` element showing PNG bytes inline, with alt text, for an ``ipywidgets.HTML``.

    An explorer shows its figure this way rather than in an ``ipywidgets.Image``, whose ``<img>``
    has no alt text (and whose view fails to render when its ``tooltip`` is set).

    Examples
    --------
    >>> png_img_html(b"\\x89PNG", 'a "plot"')
    '<img src="data:image/png;base64,iVBORw==" alt="a &quot;plot&quot;" style="max-width: 100%">'
    """
    data = base64.b64encode(png).decode("ascii")
    return (f'<img src="data:image/png;base64,{data}" alt="{html.escape(alt, quote=True)}" '
            f'style="max-width: 100%">')


def explorer_alt_text(cytokine: str, ec50_M: float) -> str:
    """What the receptor explorer's figure shows, in words (the image's alt text).

    Examples
    --------
    >>> explorer_alt_text("IL-2", 8.1e-11)[:40]
    'A sigmoid curve of pSTAT5, as a fraction'
    """
    return (f"A sigmoid curve of pSTAT5, as a fraction of maximum, against {cytokine} "
            f"concentration in picomolar on a log axis, for the receptor numbers chosen above; "
            f"a dot marks its EC50 of {ec50_M * 1e12:.3g} pM. Faint curves behind it show the "
            f"Treg, Th, CD8 and NK cells for comparison.")


def follow_cell_preset(preset, alpha, beta, gamma, redraw) -> None:
    """Redraw when a chain slider moves; when ``preset`` picks a cell type, move all three.

    ``preset`` is a dropdown of :data:`~il2lib.cells.CELL_TYPES` names; ``alpha``, ``beta`` and
    ``gamma`` are the IL-2Rα, IL-2Rβ and γc sliders. Loading a preset redraws once, not once per
    slider.

    Examples
    --------
    >>> import ipywidgets as w
    >>> preset, sliders = w.Dropdown(options=list(CELL_TYPES)), [w.FloatText() for _ in "abc"]
    >>> redraws = []
    >>> follow_cell_preset(preset, *sliders, lambda: redraws.append(sliders[0].value))
    >>> preset.value = "NK"
    >>> redraws == [CELL_TYPES["NK"].il2ra_per_cell]
    True
    """
    loading_preset = False

    def redraw_unless_loading(_change):
        if not loading_preset:
            redraw()

    def load_preset(change):
        nonlocal loading_preset
        cell = CELL_TYPES[change["new"]]
        loading_preset = True
        alpha.value, beta.value = cell.il2ra_per_cell, cell.il2rb_per_cell
        gamma.value = cell.gamma_c_per_cell
        loading_preset = False
        redraw()

    for slider in (alpha, beta, gamma):
        slider.observe(redraw_unless_loading, names="value")
    preset.observe(load_preset, names="value")


def receptor_explorer():
    """Receptor numbers and cytokine → pSTAT5 dose–response, against the four blood cell types.

    Returns an ``ipywidgets.VBox``; display it as a cell's last expression.

    Examples
    --------
    >>> box = receptor_explorer()
    >>> len(box.children)
    7
    """
    import ipywidgets as w

    def chain_slider(description, value):
        return w.FloatLogSlider(value=value, base=10, min=0, max=5, step=0.05,
                                description=description, readout_format=".3g",
                                continuous_update=False, style={"description_width": "6em"},
                                layout=w.Layout(width="28em"))

    start = CELL_TYPES["Th"]
    label_style = {"description_width": "6em"}
    preset = w.Dropdown(options=list(CELL_TYPES), value="Th", description="start from",
                        style=label_style, layout=w.Layout(width="16em"))
    cytokine = w.ToggleButtons(options=["IL-2", "IL-15"], value="IL-2", description="cytokine",
                               style={**label_style, "button_width": "5em"})
    alpha = chain_slider("IL-2Rα", start.il2ra_per_cell)
    beta = chain_slider("IL-2Rβ", start.il2rb_per_cell)
    gamma = chain_slider("γc", start.gamma_c_per_cell)
    readout = w.HTML()
    image = w.HTML()  # the figure, as an <img> with alt text: see png_img_html
    figure = ReceptorExplorerFigure()

    def redraw(*_):
        curve = figure.update(cytokine.value, alpha.value, beta.value, gamma.value)
        readout.value = (f"<b>EC50 of your cell: {curve.ec50_M * 1e12:.3g} pM</b> "
                         f"({cytokine.value}; faint lines: the four blood cell types)")
        image.value = png_img_html(figure.png(), explorer_alt_text(cytokine.value, curve.ec50_M))

    cytokine.observe(redraw, names="value")
    follow_cell_preset(preset, alpha, beta, gamma, redraw)
    redraw()
    return w.VBox([preset, cytokine, alpha, beta, gamma, readout, image])
