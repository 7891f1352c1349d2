"""Helpers of the live explorers' matplotlib figures: blitting, fast PNG, ``<img>`` with alt text.

Examples
--------
>>> png_img_html(b"\\x89PNG", "a plot").startswith('<img src="data:image/png;base64,')
True
"""

from __future__ import annotations

import base64
import html
import io

import numpy as np


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


def follow_preset(preset, choices, controls, redraw) -> None:
    """Redraw when a control moves; when the ``preset`` dropdown picks a choice, load it.

    ``choices`` maps each preset name to control values by keyword; ``controls`` maps keywords
    to widgets. Loading a preset redraws once, not once per control.

    Examples
    --------
    >>> import ipywidgets as w
    >>> preset, sliders = w.Dropdown(options=["a", "b"]), {"x": w.FloatText(), "y": w.FloatText()}
    >>> redraws = []
    >>> follow_preset(preset, {"a": {"x": 1}, "b": {"x": 2}}, sliders,
    ...               lambda: redraws.append(sliders["x"].value))
    >>> preset.value = "b"
    >>> redraws
    [2.0]
    """
    loading_preset = False

    def redraw_unless_loading(_change):
        if not loading_preset:
            redraw()

    def load_preset(change):
        nonlocal loading_preset
        loading_preset = True
        for name, value in choices[change["new"]].items():
            controls[name].value = value
        loading_preset = False
        redraw()

    for control in controls.values():
        control.observe(redraw_unless_loading, names="value")
    preset.observe(load_preset, names="value")
