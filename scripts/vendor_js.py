#!/usr/bin/env python3
"""Copy the JavaScript the site serves itself from node_modules into the staging folder.

The built site must load nothing from another host, so MathJax 3, require.js and the ipywidgets
HTML manager are installed from the npm registry (`npm ci`, pinned in package-lock.json) and
copied here into ``_build/vendor-extra/vendor/``. ``_config.yml`` lists ``_build/vendor-extra`` in
``html_extra_path``, so Sphinx copies it to ``_build/html/vendor/``. (Not ``book/_static``:
Jupyter Book adds every script found there to every page.)

Only what is needed at run time is copied:

* MathJax: the combined ``tex-mml-chtml.js`` component, the CHTML woff2 fonts it loads, and the
  components it loads on demand (TeX extensions via autoload/require, MathML entities, the menu's
  ``ui`` and ``a11y`` components). Not the speech-rule-engine (``es5/sre``, ~4 MB), which is only
  loaded when a reader switches on the menu's speech explorer.
* require.js: ``require.js``.
* @jupyter-widgets/html-manager: ``dist/embed-amd.js`` and the Font Awesome web fonts it loads
  (woff2 and woff; the bundle's CSS lists them first), plus ``scripts/widgets_setup.js``, which
  makes the manager find those fonts next to itself, never use a CDN, and typeset with MathJax 3.
* uPlot: ``uPlot.iife.min.js``, its stylesheet and LICENSE (the static explorers' charts).

MathJax's LICENSE goes along (the other two carry theirs in the script). Run from the repository
root: ``python scripts/vendor_js.py`` (`make vendor` does). Stdlib only, so any Python 3 runs it.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"
STAGING = ROOT / "_build" / "vendor-extra"
DEST = STAGING / "vendor"

# Parts of the mathjax package that are copied, keeping their es5/ layout.
MATHJAX_PARTS = [
    "es5/tex-mml-chtml.js",
    "es5/output/chtml/fonts/woff-v2",
    "es5/input/tex/extensions",
    "es5/input/mml/entities.js",
    "es5/input/mml/extensions",
    "es5/ui",
    "es5/a11y",
]


def _copy(src: Path, dst: Path, patterns: tuple[str, ...] | None = None) -> None:
    if not src.exists():
        raise SystemExit(f"vendor_js: missing {src}; run `npm ci` (or `make node`) first")
    dst.parent.mkdir(parents=True, exist_ok=True)
    if src.is_dir():
        ignore = None
        if patterns is not None:

            def ignore(_dir: str, names: list[str]) -> list[str]:
                return [n for n in names if not n.endswith(patterns)]

        shutil.copytree(src, dst, ignore=ignore)
    else:
        shutil.copy2(src, dst)


def _version(package: str) -> str:
    return json.loads((NODE_MODULES / package / "package.json").read_text())["version"]


def main() -> int:
    if DEST.exists():
        shutil.rmtree(DEST)
    DEST.mkdir(parents=True)
    versions = {}

    # MathJax 3: keep the es5/ layout, since the combined component finds its fonts and
    # extensions relative to its own URL.
    mj = NODE_MODULES / "mathjax"
    for part in MATHJAX_PARTS:
        _copy(mj / part, DEST / "mathjax" / Path(part).relative_to("es5"))
    _copy(mj / "LICENSE", DEST / "mathjax" / "LICENSE")
    versions["mathjax"] = _version("mathjax")

    rq = NODE_MODULES / "requirejs"
    _copy(rq / "require.js", DEST / "requirejs" / "require.js")
    # require.js carries its MIT license in its header comment.
    versions["requirejs"] = _version("requirejs")

    hm = NODE_MODULES / "@jupyter-widgets" / "html-manager"
    _copy(hm / "dist" / "embed-amd.js", DEST / "html-manager" / "embed-amd.js")
    for font in sorted((hm / "dist").iterdir()):
        if font.suffix in {".woff2", ".woff"}:
            _copy(font, DEST / "html-manager" / font.name)
            # The controls' stylesheet (e.g. ToggleButtons) asks for its Font Awesome files
            # under "@jupyter-widgets/" relative to the page; every page sits at the site root.
            _copy(font, DEST.parent / "@jupyter-widgets" / font.name)
    # embed-amd.js is BSD-3-Clause (Jupyter Development Team); the package ships no LICENSE file,
    # the bundle's license comments stay in the script.
    versions["@jupyter-widgets/html-manager"] = _version("@jupyter-widgets/html-manager")

    # uPlot draws the explorers on the static pages (book/_ext/il2_explorers.py).
    up = NODE_MODULES / "uplot"
    for part in ("dist/uPlot.iife.min.js", "dist/uPlot.min.css", "LICENSE"):
        _copy(up / part, DEST / "uplot" / Path(part).name)
    versions["uplot"] = _version("uplot")

    # Our own glue for the widget manager (paths, no CDN, MathJax 2 call on MathJax 3).
    _copy(ROOT / "scripts" / "widgets_setup.js", DEST / "widgets-setup.js")

    (DEST / "VERSIONS.json").write_text(json.dumps(versions, indent=2, sort_keys=True) + "\n")
    size = sum(f.stat().st_size for f in DEST.rglob("*") if f.is_file())
    count = sum(1 for f in DEST.rglob("*") if f.is_file())
    print(f"vendor_js: {count} files, {size / 1e6:.1f} MB -> {DEST.relative_to(ROOT)} {versions}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
