#!/usr/bin/env python3
"""Build the book into _build/html: the one build command, used by `make book` and the tests.

Runs, from the repository root, with the Jupyter Book installed next to the Python that runs
this script (`make book` uses .venv/bin/python):

    jupyter-book build book --config $PWD/_config.yml --toc $PWD/_toc.yml --path-output . \
        --builder html -W -n --keep-going --all

* ``--config``/``--toc`` are absolute: Jupyter Book resolves a relative --toc against book/.
* ``-W -n --keep-going``: every warning, including nitpicky missing references, fails the build,
  and all of them are reported in one run.
* ``--all`` (a fresh Sphinx environment): every page is re-read, so a warning in an unchanged page
  is reported on every build, not only on the first one. Notebooks are still not re-executed:
  their outputs come from the jupyter-cache in _build/.jupyter_cache unless their code changed.
* _build/html and _build/jupyter_execute are emptied first, so a failed build never leaves a
  stale page behind that looks fine.

The vendored JavaScript (scripts/vendor_js.py, after `npm ci`) must already be in
_build/vendor-extra; `make book` / `make vendor` see to that. Exits with the build's exit code.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "_build"
HTML = BUILD / "html"
VENDOR = BUILD / "vendor-extra" / "vendor"


def build_command(python: str = sys.executable) -> list[str]:
    """The build command, using the jupyter-book installed next to ``python``."""
    script = Path(python).with_name("jupyter-book")
    if script.exists():
        head = [str(script)]
    else:  # no console script (unusual): call the same entry point through the interpreter
        entry = "import sys; from jupyter_book.cli.main import main; sys.exit(main())"
        head = [python, "-c", entry]
    return head + [
        "build",
        "book",
        "--config", str(ROOT / "_config.yml"),
        "--toc", str(ROOT / "_toc.yml"),
        "--path-output", ".",
        "--builder", "html",
        "-W",
        "-n",
        "--keep-going",
        "--all",
    ]  # fmt: skip


def build_env() -> dict[str, str]:
    env = dict(os.environ)
    # Run notebooks with the kernel of this environment even if the user has another
    # "python3" kernelspec installed (JUPYTER_PATH is searched before the user's folder).
    share = Path(sys.prefix) / "share" / "jupyter"
    if share.is_dir():
        env["JUPYTER_PATH"] = os.pathsep.join(filter(None, [str(share), env.get("JUPYTER_PATH")]))
    # Silence debugpy's "frozen modules" notice when kernels start.
    env.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    return env


def main() -> int:
    if not (VENDOR / "VERSIONS.json").exists():
        print(
            "build_book: the vendored JavaScript is missing from _build/vendor-extra; "
            "run `make vendor` (npm ci + scripts/vendor_js.py) first",
            file=sys.stderr,
        )
        return 2
    env = build_env()
    # On a new machine the first `import matplotlib` builds its font cache and says so on stderr;
    # in a notebook cell that stderr would fail the build (stderr_output: warn). Build it here.
    subprocess.run(
        [sys.executable, "-c", "import matplotlib.font_manager"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
    )  # fmt: skip
    for stale in (HTML, BUILD / "jupyter_execute"):
        shutil.rmtree(stale, ignore_errors=True)

    cmd = build_command()
    print("build_book:", " ".join(cmd), flush=True)
    rc = subprocess.call(cmd, cwd=ROOT, env=env)
    if rc == 0:
        print(f"\nThe book is in {HTML.relative_to(ROOT)}/ (open {HTML / 'index.html'}).")
        print("Serve it like any static site, e.g.:  python -m http.server -d _build/html")
    else:
        print(f"\nbuild_book: the build FAILED (exit {rc}); see above.", file=sys.stderr)
    return rc


if __name__ == "__main__":
    sys.exit(main())
