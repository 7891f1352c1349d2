"""What an explorer is: its controls, its model call, its texts and its figure's panels.

One :class:`Explorer` definition feeds both views of an explorer: the ipywidgets view, live in a
kernel (its controls come from :meth:`Control.widget`), and the static page, where the book build
evaluates :attr:`Explorer.model` on the grid of :attr:`Control.grid` values
(:mod:`il2lib.explorers.static`) and the browser only looks results up and draws them.

Examples
--------
>>> from il2lib.explorers import receptors
>>> explorer = receptors.EXPLORER
>>> [c.name for c in explorer.controls]
['cytokine', 'il2ra_per_cell', 'il2rb_per_cell', 'gamma_c_per_cell']
>>> explorer.readout_html(explorer.defaults())[:22]
'<b>EC50 of your cell: '
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import ipywidgets as w

from il2lib.explorers.figure import png_img_html

KINDS = ("log", "slider", "steps", "select", "toggle", "checkbox")


@dataclass(frozen=True)
class Control:
    """One control: a keyword argument of the model call, live and on the static page.

    ``kind`` is ``"log"`` (a log slider over ``10**low`` to ``10**high``), ``"slider"`` (linear,
    ``low`` to ``high`` by ``step``), ``"steps"`` (a slider over ``options``), ``"select"`` (a
    dropdown), ``"toggle"`` (buttons) or ``"checkbox"``. ``options`` are ``(label, value)``
    pairs. ``grid`` lists the values the static page offers (there, ``value`` snaps to the nearest).

    Examples
    --------
    >>> c = Control("antigen", "antigen", "log", 10.0, grid=(1.0, 10.0), low=-2, high=2, step=0.1)
    >>> c.grid_labels()
    ['1', '10']
    >>> Control("n", "n", "log", 1e4, grid=(0.0316, 31622.8, 1e6)).grid_labels()
    ['0.0316', '31,600', '1,000,000']
    >>> type(c.widget()).__name__
    'FloatLogSlider'
    """

    name: str
    label: str
    kind: str
    value: object
    grid: tuple = ()
    options: tuple = ()
    low: float | None = None
    high: float | None = None
    step: float | None = None
    readout_format: str = ".3g"
    width: str = "30em"

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {list(KINDS)}; got {self.kind!r}")
        if not self.grid:
            object.__setattr__(self, "grid", tuple(v for _, v in self.options) if self.options
                               else (False, True) if self.kind == "checkbox" else ())

    def grid_labels(self) -> list[str]:
        """What the static page shows for each grid value."""
        if self.options:
            labels = dict((v, label) for label, v in self.options)
            return [str(labels.get(v, v)) for v in self.grid]
        if self.kind == "checkbox":
            return ["off", "on"]
        digits = self.readout_format.replace(",", "")
        rounded = [float(format(v, digits)) for v in self.grid]
        return [f"{r:,.0f}" if r >= 1 and r == round(r) else f"{r:g}" for r in rounded]

    def widget(self) -> w.Widget:
        """The live ipywidgets control."""
        style = {"description_width": "10em"}
        layout = w.Layout(width=self.width)
        common = {"description": self.label, "value": self.value}
        if self.kind == "log":
            return w.FloatLogSlider(base=10, min=self.low, max=self.high, step=self.step,
                                    readout_format=self.readout_format, continuous_update=False,
                                    style=style, layout=layout, **common)
        if self.kind == "slider":
            return w.FloatSlider(min=self.low, max=self.high, step=self.step,
                                 continuous_update=False, style=style, layout=layout, **common)
        if self.kind == "steps":
            return w.SelectionSlider(options=list(self.options), continuous_update=False,
                                     style=style, layout=layout, **common)
        if self.kind == "select":
            return w.Dropdown(options=list(self.options), style=style,
                              layout=w.Layout(width="20em"), **common)
        if self.kind == "toggle":
            return w.ToggleButtons(options=list(self.options),
                                   style={**style, "button_width": "8em"}, **common)
        return w.Checkbox(indent=False, **common)


@dataclass(frozen=True)
class Series:
    """One drawn thing of a panel, keyed by what :attr:`Explorer.curves` returns.

    ``kind`` is ``"line"`` (y over the panel's x grid), ``"hline"`` (one y value) or ``"point"``
    (an ``(x, y)`` mark). ``faint`` draws it light, behind the others.
    """

    key: str
    label: str
    colour: str
    kind: str = "line"
    dash: bool = False
    faint: bool = False
    width: float = 2.0


@dataclass(frozen=True)
class Panel:
    """One set of axes: the x grid the lines are drawn over, the axis labels, scales and limits.

    Examples
    --------
    >>> Panel("t (h)", [0.0, 1.0], "y", (0.0, 1.0), series=()).x_log
    False
    """

    x_label: str
    x: object
    y_label: str
    y_limits: tuple[float, float]
    series: tuple[Series, ...]
    x_log: bool = False
    y_log: bool = False
    x_limits: tuple[float, float] | None = None
    title: str = ""


@dataclass(frozen=True)
class Preset:
    """A dropdown that loads several controls at once (e.g. a cell type's receptor numbers)."""

    label: str
    value: str
    choices: Mapping[str, Mapping[str, float]]


@dataclass(frozen=True)
class Explorer:
    """One explorer: ``model(**settings)`` → result; ``texts(result, settings)`` → the strings
    filled into the ``readout`` and ``alt`` templates; ``curves(result)`` → each series' data.
    """

    name: str
    title: str
    controls: tuple[Control, ...]
    model: Callable
    texts: Callable[[object, dict], dict[str, str]]
    readout: str
    alt: str
    curves: Callable[[object], dict]
    panels: tuple[Panel, ...]
    preset: Preset | None = None
    note: str = ""
    extra: dict = field(default_factory=dict)

    def defaults(self) -> dict:
        """The controls' default values, by keyword."""
        return {c.name: c.value for c in self.controls}

    def values(self, settings: Mapping) -> dict[str, str]:
        """Run the model for ``settings`` and format what the texts show."""
        return self.texts(self.model(**settings), dict(settings))

    def readout_html(self, settings: Mapping, values: Mapping | None = None) -> str:
        """The readout (HTML) for ``settings``."""
        return self.readout.format(**(self.values(settings) if values is None else values))

    def alt_text(self, settings: Mapping, values: Mapping | None = None) -> str:
        """The figure's text description for ``settings``."""
        return self.alt.format(**(self.values(settings) if values is None else values))

    def show(self, readout: w.HTML, image: w.HTML, settings: Mapping, values: Mapping,
             png: bytes) -> None:
        """Fill a live view's readout and its figure (an ``<img>`` with the alt text)."""
        readout.value = self.readout_html(settings, values)
        image.value = png_img_html(png, self.alt_text(settings, values))

    def live(self, controls: Mapping[str, w.Widget], figure, texts: Callable[[dict], Mapping],
             observed=None) -> tuple[w.HTML, w.HTML, Callable[..., None]]:
        """A live view's readout and figure widgets, and the ``redraw`` that fills them.

        ``redraw`` reads the ``controls``' values as settings, calls ``texts(settings)`` (which
        updates ``figure`` and returns the values for the templates) and shows the readout and
        ``figure.png()``. Each control in ``observed`` (default: all) redraws when it moves;
        the caller draws the first time.
        """
        readout, image = w.HTML(), w.HTML()

        def redraw(*_):
            settings = {name: control.value for name, control in controls.items()}
            values = texts(settings)
            self.show(readout, image, settings, values, figure.png())

        for control in controls.values() if observed is None else observed:
            control.observe(redraw, names="value")
        return readout, image, redraw

    def widgets(self) -> dict[str, w.Widget]:
        """The live controls, by keyword."""
        return {c.name: c.widget() for c in self.controls}

    def preset_widget(self) -> w.Dropdown:
        """The live preset dropdown (only when the explorer has a :attr:`preset`)."""
        return w.Dropdown(options=list(self.preset.choices), value=self.preset.value,
                          description=self.preset.label, style={"description_width": "10em"},
                          layout=w.Layout(width="20em"))


def plain_text(markup: str) -> str:
    """An HTML readout as the text a reader sees.

    Examples
    --------
    >>> plain_text("<b>peak</b> 3 &amp; 4<br>x")
    'peak 3 & 4 x'
    """
    return " ".join(html.unescape(re.sub(r"<br\s*/?>|<[^>]+>", lambda m: " " if "br" in
                                         m.group() else "", markup)).split())


def nearest(grid, value) -> int:
    """Index of the grid value nearest ``value`` (on a log scale when all are positive).

    Examples
    --------
    >>> nearest((1, 10, 100), 40)
    2
    """
    def distance(g):
        if g > 0 and value > 0:
            return abs(math.log(g) - math.log(value))
        return abs(g - value)
    return min(range(len(grid)), key=lambda i: distance(grid[i]))


class ExplorerBox(w.VBox):
    """An explorer's live view (a ``VBox``) that also offers its static view as ``text/html``.

    JupyterLab and Notebook show the live widgets; the book's HTML pages prefer ``text/html``
    (``nb_mime_priority_overrides`` in ``_config.yml``), a placeholder that the page's script
    fills with the static explorer.

    Examples
    --------
    >>> box = ExplorerBox([], explorer="receptors")
    >>> 'data-explorer="receptors"' in box._repr_mimebundle_()["text/html"]
    True
    """

    def __init__(self, children, *, explorer: str, **kwargs):
        super().__init__(children, **kwargs)
        self.explorer = explorer

    def _repr_mimebundle_(self, **kwargs):
        bundle = super()._repr_mimebundle_(**kwargs) or {}
        bundle["text/html"] = static_placeholder(self.explorer)
        return bundle


def static_placeholder(name: str) -> str:
    """The element the static page's script turns into the explorer ``name``.

    Examples
    --------
    >>> static_placeholder("tregs")[:50]
    '<div class="il2-explorer" data-explorer="tregs"><p'
    """
    return (f'<div class="il2-explorer" data-explorer="{html.escape(name)}">'
            '<p class="il2-explorer-loading">Loading the explorer… (it needs JavaScript; in a '
            'notebook, run the cell to get the live version).</p></div>')
