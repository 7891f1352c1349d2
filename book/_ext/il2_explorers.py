"""Sphinx extension for the IL-2 book: every explorer responds on the static page, with no kernel.

An explorer's output (``il2lib.explorers.explorer.ExplorerBox``) carries a ``text/html``
placeholder, ``<div class="il2-explorer" data-explorer="NAME">``, which the HTML pages show instead
of the ipywidgets view (``nb_mime_priority_overrides`` in ``_config.yml``). For every page with
one, this extension adds uPlot (``vendor/uplot``, from package-lock.json) and
``_static/il2-explorers.js``; when the build is done it writes each explorer's data, its model
run on the whole control grid (:func:`il2lib.explorers.static.export`), to
``_static/explorers/NAME.json`` and ``NAME.bin``. Exports are cached in ``_build/.explorer_cache``
by a hash of il2lib's source, and computed two at a time in worker processes.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from concurrent.futures import ProcessPoolExecutor
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


def _export(name: str, folder: str) -> str:
    from il2lib.explorers import get
    from il2lib.explorers.static import export

    meta, blob = export(get(name))
    folder = Path(folder)
    (folder / f"{name}.bin").write_bytes(blob)
    (folder / f"{name}.json").write_text(json.dumps(meta, separators=(",", ":")))
    return name


def write_exports(names, outdir: Path, cache: Path) -> list[str]:
    """Write the exports of ``names`` into ``outdir``, computing those not in ``cache``; return
    the names computed."""
    cache = cache / source_hash()
    cache.mkdir(parents=True, exist_ok=True)
    missing = [n for n in sorted(names) if not (cache / f"{n}.json").exists()]
    if missing:
        with ProcessPoolExecutor(max_workers=min(2, len(missing))) as pool:
            list(pool.map(_export, missing, [str(cache)] * len(missing)))
    outdir.mkdir(parents=True, exist_ok=True)
    for name in names:
        for suffix in (".json", ".bin"):
            shutil.copy2(cache / f"{name}{suffix}", outdir / f"{name}{suffix}")
    return missing


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
    names = getattr(app.env, "il2_explorers", set())
    if exception is not None or not names or app.builder.format != "html":
        return
    outdir = Path(app.outdir)
    computed = write_exports(names, outdir / "_static" / "explorers",
                             outdir.parent / ".explorer_cache")
    if computed:
        LOGGER.info(f"il2_explorers: computed the grids of {', '.join(computed)}")


def setup(app):
    app.connect("config-inited", _config_inited)
    app.connect("html-page-context", _page_context)
    app.connect("build-finished", _build_finished)
    return {"parallel_read_safe": True, "parallel_write_safe": False}
