"""Benchmarks for the book as a whole: build times, each chapter's execution, the site's size.

* Cold build: the repository's files copied to a temporary folder with an empty _build (no
  execution cache), built with scripts/build_book.py, the command of `make book`.
* Unchanged rebuild: the same copy built again; every notebook's outputs come from the cache.
* Each chapter of _toc.yml (each page that is a notebook) run top to bottom in a fresh kernel from
  its folder (scripts/run_chapter.py, as a reader does after launching it); the time includes
  starting the kernel.
* The site of that build: its total size, and the heaviest page (its HTML and the images it
  shows).
"""

from __future__ import annotations

import atexit
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_binder import repository_files  # noqa: E402
from test_book_build import notebook_docnames, source_of  # noqa: E402

_COPY: Path | None = None


def _copy() -> Path:
    """A fresh copy of the repository with the vendored JavaScript and no _build otherwise."""
    global _COPY
    if _COPY is None:
        vendor = ROOT / "_build" / "vendor-extra"
        if not (vendor / "vendor" / "VERSIONS.json").exists():
            raise SystemExit("bench_book: run `make vendor` first")
        _COPY = Path(tempfile.mkdtemp(prefix="il2-bench-book-"))
        atexit.register(shutil.rmtree, _COPY, True)
        for path in repository_files():
            target = _COPY / path.relative_to(ROOT)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
        shutil.copytree(vendor, _COPY / "_build" / "vendor-extra")
    return _COPY


def _build(copy: Path) -> None:
    proc = subprocess.run([sys.executable, str(copy / "scripts" / "build_book.py")], cwd=copy,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"bench_book: the build failed:\n{proc.stdout[-3000:]}")


def build_cold() -> None:
    copy = _copy()
    shutil.rmtree(copy / "_build" / ".jupyter_cache", ignore_errors=True)
    _build(copy)


def build_unchanged() -> None:
    _build(_copy())


def chapter_runner(docname: str):
    def run_chapter() -> float:
        proc = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "run_chapter.py"), str(source_of(docname))],
            stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False,
        )  # fmt: skip
        if proc.returncode != 0:
            raise SystemExit(f"bench_book: {docname} failed:\n{proc.stdout}\n{proc.stderr}")
        return json.loads(proc.stdout.strip().splitlines()[-1])["seconds"]

    run_chapter.__name__ = f"run_{docname}"
    return run_chapter


def _site() -> Path:
    html = _copy() / "_build" / "html"
    if not (html / "index.html").exists():
        build_cold()
    return html


def site_size_MB() -> tuple[float, str]:
    return sum(p.stat().st_size for p in _site().rglob("*") if p.is_file()) / 1e6, "MB"


_IMG_SRC = re.compile(r'<img[^>]*\ssrc="([^"]+)"')


def page_weights() -> dict[str, int]:
    """Bytes of each page's HTML plus the local images it shows."""
    html = _site()
    weights = {}
    for page in html.rglob("*.html"):
        if {"_static", "vendor", "_sources"}.intersection(page.relative_to(html).parts):
            continue
        text = page.read_text(encoding="utf-8")
        images = {(page.parent / src).resolve() for src in _IMG_SRC.findall(text)
                  if not src.startswith(("data:", "http:", "https:"))}
        weights[page.relative_to(html).as_posix()] = len(text.encode()) + sum(
            p.stat().st_size for p in images if p.is_file())
    return weights


def heaviest_page_MB() -> tuple[float, str]:
    name, size = max(page_weights().items(), key=lambda item: item[1])
    return size / 1e6, f"MB ({name})"


# (label, function, repeats, target in ms or None, warm-up)
CASES = [
    ("book build, cold (fresh copy, empty execution cache)", build_cold, 1, 120_000, False),
    ("book build, unchanged (every page from the cache)", build_unchanged, 3, 10_000, False),
    *[(f"{d}.md: runs top to bottom in a fresh kernel", chapter_runner(d), 1, 15_000, False)
      for d in notebook_docnames()],
]

# (label, function returning (value, unit), target or None)
MEASURES = [
    ("site: total size", site_size_MB, None),
    ("site: heaviest page (HTML and its images)", heaviest_page_MB, None),
]
