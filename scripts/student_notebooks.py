#!/usr/bin/env python3
"""Write the student notebooks and the answer keys (`make student`).

For every chapter in _toc.yml that has exercises, from its MyST source in book/:

    _build/student/<chapter>.ipynb     the chapter, its exercises and starter cells, no solutions
    _build/answer-key/<chapter>.ipynb  the same with the solutions, each followed by its check

With --execute, also run every notebook top to bottom in a fresh kernel from its own folder and
fail on the first error (the tests do this too).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

from il2book import coursework

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--execute", action="store_true", help="run each notebook after writing")
    args = parser.parse_args(argv)
    paths = coursework.write_notebooks(ROOT / "book", ROOT / "_build", ROOT / "_toc.yml")
    for path in paths:
        print(f"student_notebooks: wrote {path.relative_to(ROOT)}", flush=True)
        if args.execute:
            nb = nbformat.read(path, as_version=4)
            coursework.run_notebook(nb, path.parent)
            print(f"student_notebooks: ran {path.relative_to(ROOT)} without error", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
