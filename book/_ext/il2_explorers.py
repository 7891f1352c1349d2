"""Sphinx extension for the IL-2 book: every explorer responds on the static page, with no kernel.

An explorer's output (``il2lib.explorers.explorer.ExplorerBox``) carries a ``text/html``
placeholder, ``<div class="il2-explorer" data-explorer="NAME">``, which the HTML pages show instead
of the ipywidgets view (``nb_mime_priority_overrides`` in ``_config.yml``). For every page with
one, this extension adds uPlot (``vendor/uplot``, from package-lock.json) and
``_static/il2-explorers.js``; it writes each explorer's data, its model run on the whole control
grid (:func:`il2lib.explorers.static.export`), to ``_static/explorers/NAME.json`` and ``NAME.bin``.
The grids are computed by two worker processes, in slices, from the start of the build, while
Sphinx reads and executes the pages; the results are cached in ``_build/.explorer_cache`` by a
hash of il2lib's source.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

from sphinx.util import logging

LOGGER = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
_PLACEHOLDER = re.compile(r'<div class="il2-explorer" data-explorer="([\w-]+)"')


def source_hash() -> str:
    """A hash of il2lib's Python source: the cached exports are valid while it is unchanged.

    Examples
    --------
    >>> len(source_hash())
    16
    """
    import il2lib

    digest = hashlib.sha256()
    for path in sorted(Path(il2lib.__file__).parent.rglob("*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


SLICES = 8
"""Each explorer's grid is cut into this many slices, handed out to the workers in turn."""


def _evaluate(name: str, start: int, stop: int) -> list:
    from il2lib.explorers import get
    from il2lib.explorers.static import evaluate

    return evaluate(get(name), start, stop)


class Exports:
    """The exports of ``names`` missing from ``cache``, computing in ``workers`` processes from
    the moment this is made; :meth:`finish` waits for them and writes them to the cache."""

    def __init__(self, names, cache: Path, workers: int = 2):
        from il2lib.explorers import get
        from il2lib.explorers.static import grid_size

        self.cache = cache / source_hash()
        self.missing = [n for n in sorted(names) if not (self.cache / f"{n}.json").exists()]
        self.tasks, self.futures, self.pool = [], [], None
        for name in self.missing:
            size = grid_size(get(name))
            edges = [size * i // SLICES for i in range(SLICES + 1)]
            self.tasks += [(name, a, b) for a, b in zip(edges, edges[1:], strict=False) if b > a]
        if self.tasks:
            # spawn, not fork: the build process runs threads (kernel clients) by then
            self.pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"))
            self.futures = [self.pool.submit(_evaluate, *task) for task in self.tasks]

    def finish(self) -> list[str]:
        """Wait for the computations, write them to the cache; return the names computed."""
        from il2lib.explorers import get
        from il2lib.explorers.static import export

        if self.pool is None:
            return []
        try:
            slices = [future.result() for future in self.futures]
        finally:
            self.pool.shutdown(cancel_futures=True)
        self.cache.mkdir(parents=True, exist_ok=True)
        for stale in self.cache.parent.iterdir():  # exports of an older il2lib
            if stale != self.cache and stale.is_dir():
                shutil.rmtree(stale)
        for name in self.missing:
            evaluated = [point for (n, _, _), part in zip(self.tasks, slices, strict=True)
                         if n == name for point in part]
            meta, blob = export(get(name), evaluated)
            (self.cache / f"{name}.bin").write_bytes(blob)
            (self.cache / f"{name}.json").write_text(json.dumps(meta, separators=(",", ":")))
        return self.missing

    def cancel(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)

    def copy(self, names, outdir: Path) -> None:
        """Copy the exports of ``names`` (computed or cached) into ``outdir``."""
        outdir.mkdir(parents=True, exist_ok=True)
        for name in names:
            for suffix in (".json", ".bin"):
                shutil.copy2(self.cache / f"{name}{suffix}", outdir / f"{name}{suffix}")


def write_exports(names, outdir: Path, cache: Path, workers: int = 2) -> list[str]:
    """Write the exports of ``names`` into ``outdir``, computing those not in ``cache`` with
    ``workers`` processes; return the names computed."""
    exports = Exports(names, cache, workers)
    computed = exports.finish()
    exports.copy(names, outdir)
    return computed


def _builder_inited(app):
    # Start on every registered explorer while Sphinx reads and executes the pages.
    if app.builder.format == "html":
        from il2lib import explorers

        app.il2_exports = Exports(explorers.names(), Path(app.outdir).parent / ".explorer_cache")


def _config_inited(app, config):
    config.html_static_path.append(str(HERE / "explorers"))


def _page_context(app, pagename, templatename, context, doctree):
    found = _PLACEHOLDER.findall(context.get("body", ""))
    if not found:
        return
    app.env.il2_explorers = getattr(app.env, "il2_explorers", set()) | set(found)
    app.add_css_file("../vendor/uplot/uPlot.min.css")
    app.add_css_file("il2-explorers.css")
    app.add_js_file("../vendor/uplot/uPlot.iife.min.js")
    app.add_js_file("il2-explorers.js")


def _build_finished(app, exception):
    exports = getattr(app, "il2_exports", None)
    if exports is None:
        return
    if exception is not None:
        exports.cancel()
        return
    computed = exports.finish()
    exports.copy(getattr(app.env, "il2_explorers", set()),
                 Path(app.outdir) / "_static" / "explorers")
    if computed:
        LOGGER.info(f"il2_explorers: computed the grids of {', '.join(computed)}")


def setup(app):
    app.connect("config-inited", _config_inited)
    app.connect("builder-inited", _builder_inited)
    app.connect("html-page-context", _page_context)
    app.connect("build-finished", _build_finished)
    return {"parallel_read_safe": True, "parallel_write_safe": False}
