"""The book's interactive explorers: one module per explorer, each one :class:`Explorer`.

Each module holds its explorer's model call, its live ipywidgets view (``receptor_explorer()``
and so on, for a kernel: Binder, JupyterLab) and its one definition, ``EXPLORER``, from which the
live controls, the readout and alt text, and the static page are all made. On the book's HTML
pages the explorer responds with no kernel: the build evaluates ``EXPLORER.model`` on the grid of
control values the static page offers (:mod:`il2lib.explorers.static`, run by
``book/_ext/il2_explorers.py``) and the page draws what il2lib computed.

Adding an explorer
------------------
1. Write ``il2lib/explorers/<name>.py`` with ``EXPLORER = Explorer(...)``:

   * ``controls``: one :class:`Control` per keyword of the model call, with ``grid``, the values
     the static page offers (keep the product of the grid sizes times one model call under
     a few seconds of build time, and each series' data under 1 MB);
   * ``model(**settings)``: the il2lib call; ``texts(result, settings)``: the numbers the
     ``readout`` (HTML) and ``alt`` templates show, formatted as the reader sees them;
   * ``curves(result)``: each drawn series' data by key: an array over its :class:`Panel`'s
     ``x`` for a ``"line"``, a number for an ``"hline"``, ``(x, y)`` for a ``"point"``;
   * ``panels``: axes labels, scales and limits, and the :class:`Series` drawn in each.

2. Its live view builds its controls with ``EXPLORER.widgets()``, fills the readout and the
   figure with its alt text with ``EXPLORER.show(readout, image, settings, values, png)``, and
   returns ``ExplorerBox(children, explorer=EXPLORER.name)``.
3. Add the module's name to :data:`MODULES`. The chapter imports and calls the live view as
   before; the build, the browser test (``tests/test_static_explorers.py``) and the benchmark
   (``benchmarks/bench_explorers.py``) find the explorer from here and from the built pages.

Examples
--------
>>> from il2lib import explorers
>>> {"receptors", "therapy"} <= set(explorers.names())
True
>>> explorers.get("receptors").controls[0].label
'cytokine'
"""

from __future__ import annotations

import importlib

from il2lib.explorers.explorer import Control, Explorer, ExplorerBox, Panel, Preset, Series

MODULES = ("receptors", "pathways", "production", "tregs", "immune", "il15", "therapy")
"""The explorer modules of this package; each defines ``EXPLORER``."""

__all__ = ["Control", "Explorer", "ExplorerBox", "MODULES", "Panel", "Preset", "Series", "get",
           "names"]


def get(name: str) -> Explorer:
    """The explorer called ``name`` (its ``EXPLORER.name``)."""
    for module in MODULES:
        explorer = importlib.import_module(f"il2lib.explorers.{module}").EXPLORER
        if explorer.name == name:
            return explorer
    raise ValueError(f"name must be one of {names()}; got {name!r}")


def names() -> list[str]:
    """The names of every explorer."""
    return [importlib.import_module(f"il2lib.explorers.{m}").EXPLORER.name for m in MODULES]
