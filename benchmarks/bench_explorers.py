"""The static explorers: update time in headless Chromium, data weight, page weight, grid build.

* Update: on the built site (_build/html, from `make book`, served by a plain static server),
  each explorer's controls are moved one step at a time, round and round, by keyboard; the time
  from the control's event to the figure and readouts redrawn is what the page's script records
  (``data-update-ms``). Median and worst of the moves; target 50 ms median.
* Data: the explorer's ``.json`` and ``.bin`` (what the page fetches for it); target 1 MB.
* Page: the heaviest explorer page, its HTML, images and explorer data; target 3 MB.
* Grid build: every explorer's export computed cold, two at a time, as the book build does
  (book/_ext/il2_explorers.py); target 30 s.
"""

from __future__ import annotations

import functools
import statistics
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HTML = ROOT / "_build" / "html"
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "book" / "_ext"))

from il2lib import explorers  # noqa: E402

MOVES = 40
_RESULTS: dict | None = None


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def _page_bytes(page: Path, names: list[str]) -> int:
    import re

    text = page.read_text(encoding="utf-8")
    size = len(text.encode())
    for src in set(re.findall(r'<img[^>]+src="(?!data:)([^"]+)"', text)):
        path = HTML / src
        size += path.stat().st_size if path.exists() else 0
    for name in names:
        size += sum((HTML / "_static" / "explorers" / f"{name}{s}").stat().st_size
                    for s in (".json", ".bin"))
    return size


def measure() -> dict:
    """Everything this module reports, measured once."""
    global _RESULTS
    if _RESULTS is not None:
        return _RESULTS
    if not (HTML / "_static" / "explorers").is_dir():
        raise SystemExit("bench_explorers: run `make book` first")
    from conftest import chromium
    from test_static_explorers import Session, _move, explorer_pages, meta_of

    pages = explorer_pages(HTML)
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(_Quiet, directory=str(HTML)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/"
    results = {"explorers": {}, "pages": {}}
    try:
        with chromium() as browser:
            for name, page in pages.items():
                meta = meta_of(HTML, name)
                session = Session(browser, url + page, name)
                times = []
                try:
                    state = [c["initial"] for c in meta["controls"]]
                    for i in range(MOVES):
                        k = i % len(meta["controls"])
                        before = session.snapshot()
                        _move(session, meta["controls"][k], k, state, "keyboard")
                        times.append(session.after(before)["ms"])
                finally:
                    session.close()
                data = sum((HTML / "_static" / "explorers" / f"{name}{s}").stat().st_size
                           for s in (".json", ".bin"))
                results["explorers"][name] = {
                    "median_ms": statistics.median(times), "worst_ms": max(times),
                    "data_kB": data / 1e3, "grid": meta["shape"]}
            by_page = {}
            for name, page in pages.items():
                by_page.setdefault(page, []).append(name)
            results["pages"] = {p: _page_bytes(HTML / p, n) / 1e6 for p, n in by_page.items()}
    finally:
        server.shutdown()
        server.server_close()
    from il2_explorers import write_exports

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        write_exports(explorers.names(), Path(tmp) / "out", Path(tmp) / "cache")
        results["grid_build_s"] = time.perf_counter() - start
    _RESULTS = results
    return results


def _explorer(name: str, key: str, unit: str):
    return lambda: (measure()["explorers"][name][key], unit)


MEASURES = [
    entry
    for name in explorers.names()
    for entry in (
        (f"static explorer {name}: update, median (Chromium)", _explorer(name, "median_ms", "ms"),
         50),
        (f"static explorer {name}: update, worst (Chromium)", _explorer(name, "worst_ms", "ms"),
         None),
        (f"static explorer {name}: data (json + bin)", _explorer(name, "data_kB", "kB"), 1000),
    )
] + [
    ("static explorers: heaviest explorer page (HTML, images, data)",
     lambda: (max(measure()["pages"].values()), "MB"), 3),
    ("static explorers: building every grid, cold (2 workers)",
     lambda: (measure()["grid_build_s"], "s"), 30),
]
CASES = []


def report() -> None:
    results = measure()
    print("Static explorers (grid = values offered per control):")
    for name, r in results["explorers"].items():
        print(f"- {name}: grid {' x '.join(map(str, r['grid']))}, {r['data_kB']:.0f} kB, update "
              f"median {r['median_ms']:.2f} ms, worst {r['worst_ms']:.2f} ms")
    for page, mb in results["pages"].items():
        print(f"- page {page}: {mb:.2f} MB (HTML, images, explorer data)")
