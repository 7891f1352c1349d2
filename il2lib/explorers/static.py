"""An explorer's static export: its model run on every point of its control grid, packed small.

:func:`export` evaluates ``explorer.model`` at every combination of the controls' ``grid`` values
and returns what the static page needs: a JSON-able description (controls, panels, series, text
templates) and one binary blob holding the data. Lines are quantised to 16 bits on their axis
(log or linear; 65535 is "no value"), identical lines are stored once, x grids and marks are
float32, and each text value is stored once with a 16-bit index per grid point.

Examples
--------
>>> from il2lib.explorers import get
>>> meta, blob = export(get("tregs"))
>>> meta["shape"], len(blob) < 1_000_000
([6, 6, 2], True)
"""

from __future__ import annotations

import itertools
import math

import numpy as np

from il2lib.explorers.explorer import Explorer, nearest

MISSING = 65535
MARGIN = 0.5
"""Lines are quantised over their axis range widened by this fraction at each end."""


class _Blob:
    """Arrays appended one after another (4-byte aligned), each described by a small dict."""

    def __init__(self):
        self.parts, self.size = [], 0

    def add(self, array: np.ndarray, **extra) -> dict:
        data = np.ascontiguousarray(array).astype(array.dtype.newbyteorder("<")).tobytes()
        chunk = {"offset": self.size, "dtype": array.dtype.name, "length": int(array.size),
                 **extra}
        self.parts.append(data + b"\0" * (-len(data) % 4))
        self.size += len(self.parts[-1])
        return chunk

    def bytes(self) -> bytes:
        return b"".join(self.parts)


def quantise(y: np.ndarray, limits, log: bool) -> tuple[np.ndarray, list[float]]:
    """``y`` as uint16 codes over ``limits`` widened by :data:`MARGIN`, and that range.

    Examples
    --------
    >>> codes, (lo, hi) = quantise(np.array([0.0, 0.5, np.nan]), (0.0, 1.0), log=False)
    >>> codes.tolist(), lo, hi
    ([16384, 32767, 65535], -0.5, 1.5)
    """
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.log10(np.where(y > 0, y, np.nan)) if log else np.asarray(y, dtype=float)
    lo, hi = (math.log10(v) for v in limits) if log else limits
    span = hi - lo
    lo, hi = lo - MARGIN * span, hi + MARGIN * span
    codes = np.clip(np.round((t - lo) / (hi - lo) * (MISSING - 1)), 0, MISSING - 1)
    return np.where(np.isfinite(t), codes, MISSING).astype(np.uint16), [lo, hi]


def grid_size(explorer: Explorer) -> int:
    """How many model calls the static export makes: the product of the grid sizes.

    Examples
    --------
    >>> from il2lib.explorers import get
    >>> grid_size(get("tregs"))
    72
    """
    return math.prod(len(c.grid) for c in explorer.controls)


def evaluate(explorer: Explorer, start: int = 0, stop: int | None = None) -> list:
    """``(texts, curves)`` at grid points ``start`` to ``stop`` (row-major over the controls).

    Slices can run in separate processes; :func:`export` joins them.
    """
    controls = explorer.controls
    points = itertools.islice(itertools.product(*(c.grid for c in controls)), start, stop)
    out = []
    for point in points:
        settings = {c.name: value for c, value in zip(controls, point, strict=True)}
        result = explorer.model(**settings)
        curves = explorer.curves(result)
        out.append((explorer.texts(result, settings),
                    {k: np.asarray(v, dtype=float) for k, v in curves.items()}))
    return out


def export(explorer: Explorer, evaluated: list | None = None) -> tuple[dict, bytes]:
    """Run ``explorer`` on its grid (or take ``evaluated``, all of :func:`evaluate`'s slices in
    order); return the static page's description and data blob."""
    controls = explorer.controls
    shape = [len(c.grid) for c in controls]
    evaluated = evaluate(explorer) if evaluated is None else evaluated
    series = [(panel, s) for panel in explorer.panels for s in panel.series]
    data = {s.key: [curves[s.key] for _, curves in evaluated] for _, s in series}
    texts = [t for t, _ in evaluated]

    blob = _Blob()
    panels = []
    for panel in explorer.panels:
        x = np.asarray(panel.x, dtype=float)
        described = []
        for s in panel.series:
            rows = np.array(data[s.key])
            entry = {"key": s.key, "label": s.label, "colour": s.colour, "kind": s.kind,
                     "dash": s.dash, "faint": s.faint, "width": s.width}
            if s.kind == "line":
                if rows.shape[1:] != x.shape:
                    raise ValueError(f"curves[{s.key!r}] must have the shape of its panel's x "
                                     f"{x.shape}; got {rows.shape[1:]}")
                codes, code_range = quantise(rows, panel.y_limits, panel.y_log)
                unique, index = np.unique(codes, axis=0, return_inverse=True)
                entry["data"] = blob.add(unique, range=code_range, log=panel.y_log)
                entry["index"] = blob.add(index.reshape(-1).astype(np.uint32))
            else:
                entry["data"] = blob.add(rows.astype(np.float32))
            described.append(entry)
        panels.append({"title": panel.title, "x_label": panel.x_label, "y_label": panel.y_label,
                       "x_log": panel.x_log, "y_log": panel.y_log,
                       "x_limits": list(panel.x_limits or (float(x[0]), float(x[-1]))),
                       "y_limits": list(panel.y_limits), "x": blob.add(x.astype(np.float32)),
                       "series": described})

    keys = list(texts[0])
    strings, indices = {}, {}
    for key in keys:
        column = [t[key] for t in texts]
        strings[key] = sorted(set(column))
        lookup = {v: i for i, v in enumerate(strings[key])}
        indices[key] = blob.add(np.array([lookup[v] for v in column], dtype=np.uint16))

    preset = None
    if explorer.preset is not None:
        grids = {c.name: c.grid for c in controls}
        preset = {"label": explorer.preset.label, "initial": explorer.preset.value,
                  "choices": {name: {k: nearest(grids[k], v) for k, v in values.items()}
                              for name, values in explorer.preset.choices.items()}}
    meta = {
        "name": explorer.name, "title": explorer.title, "note": explorer.note, "shape": shape,
        "controls": [{"name": c.name, "label": c.label, "kind": c.kind,
                      "labels": c.grid_labels(), "initial": nearest_value(c.grid, c.value)}
                     for c in controls],
        "preset": preset, "panels": panels,
        "texts": {"readout": explorer.readout, "alt": explorer.alt, "strings": strings,
                  "index": indices},
        "bytes": blob.size,
    }
    return meta, blob.bytes()


def nearest_value(grid, value) -> int:
    """Index of ``value`` in ``grid``, or of the nearest grid value (names must match).

    Examples
    --------
    >>> nearest_value(("iv", "sc"), "sc"), nearest_value((1.0, 10.0), 3.3)
    (1, 1)
    """
    if value in grid:
        return list(grid).index(value)
    return nearest(grid, value)


def settings_at(explorer: Explorer, indices) -> dict:
    """The control values at grid ``indices`` (one index per control), by keyword.

    Examples
    --------
    >>> from il2lib.explorers import get
    >>> settings_at(get("tregs"), [0, 0, 1])
    {'antigen': 0.001, 'supply_M_per_h': 0.0, 'tregs': True}
    """
    return {c.name: c.grid[i] for c, i in zip(explorer.controls, indices, strict=True)}
