#!/usr/bin/env python3
"""Run one chapter top to bottom in a fresh kernel, as a reader does after launching it.

    python scripts/run_chapter.py book/receptors.md

The MyST Markdown file is opened through jupytext (as JupyterLab does on Binder), and every code
cell is executed in order by nbclient in a new ``python3`` kernel whose working directory is the
chapter's folder. Prints one JSON object: the chapter, the seconds the execution took, the
errors and the stderr output of each cell (``[]`` when clean), and the ``sys.prefix`` of the kernel
(so a caller can check which environment ran it). Exits 1 if a cell failed or wrote to stderr.
Used by tests/test_binder.py and benchmarks/bench_book.py.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

PER_CELL_TIMEOUT_S = 300


def run(chapter: Path) -> dict:
    import jupytext
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = jupytext.read(chapter)
    # An extra last cell, not part of the chapter: which Python ran it.
    nb.cells.append(nbformat.v4.new_code_cell("import sys; print(sys.prefix)"))
    client = NotebookClient(
        nb, kernel_name="python3", timeout=PER_CELL_TIMEOUT_S, allow_errors=False,
        resources={"metadata": {"path": str(chapter.parent)}},
    )  # fmt: skip
    errors = []
    start = time.perf_counter()
    try:
        client.execute()
    except CellExecutionError as error:
        errors.append(str(error).splitlines()[-1] if str(error) else repr(error))
    seconds = time.perf_counter() - start
    stderr = []
    for index, cell in enumerate(nb.cells[:-1], start=1):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stderr":
                stderr.append(f"cell {index}: {output.get('text', '').strip()[:300]}")
            if output.get("output_type") == "error":
                errors.append(f"cell {index}: {output.get('ename')}: {output.get('evalue')}")
    prefix_outputs = nb.cells[-1].get("outputs", [])
    prefix = "".join(o.get("text", "") for o in prefix_outputs if o.get("name") == "stdout")
    return {
        "chapter": str(chapter),
        "seconds": round(seconds, 3),
        "errors": errors,
        "stderr": stderr,
        "kernel_prefix": prefix.strip(),
    }


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    result = run(Path(argv[0]).resolve())
    print(json.dumps(result))
    return 1 if result["errors"] or result["stderr"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
