"""Fixtures shared by the test modules.

`build`: the whole book, built once per test session exactly as `make book` does. It runs
`make vendor` (npm ci + copying MathJax, require.js and the widget manager, skipped when up to
date) and then scripts/build_book.py with the Python running pytest. The build log is kept in
_build/book-build.log. Tests that need the site depend on it (tests/test_book_build.py,
tests/test_browser.py).
"""

from __future__ import annotations

import functools
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
LOG = ROOT / "_build" / "book-build.log"
BUILD_TIMEOUT_S = 3000
# Debian's chromium, driven by Playwright, which never downloads a browser of its own.
CHROMIUM = os.environ.get("IL2_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@contextmanager
def chromium() -> Iterator[object]:
    """A Playwright Chromium browser on Debian's chromium, closed on exit.

    Two synchronous Playwright instances cannot run at once, so each test module opens its own
    with a module-scoped fixture around this.
    """
    if not Path(CHROMIUM).exists():
        pytest.fail(f"no browser at {CHROMIUM}: install Debian's chromium (apt-get install "
                    "chromium), or set IL2_CHROMIUM to a Chromium executable")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def site_prefix() -> str:
    """The sub-path the published site lives under: ``/<repository name>/``, as on GitHub Pages.

    Read from ``repository: url`` in _config.yml (a project site of ``owner/name`` is served at
    ``https://owner.github.io/name/``).
    """
    match = re.search(r"^\s+url:\s*(\S+)", (ROOT / "_config.yml").read_text(encoding="utf-8"),
                      re.MULTILINE)
    assert match, "_config.yml has no repository url"
    return "/" + urlsplit(match.group(1)).path.rstrip("/").rsplit("/", 1)[-1] + "/"


class _SubPathHandler(SimpleHTTPRequestHandler):
    """A static file server that serves its directory under ``prefix`` only (404 elsewhere)."""

    prefix = "/"

    def send_head(self):
        if not self.path.startswith(self.prefix):
            self.send_error(404, "outside the site's sub-path")
            return None
        return super().send_head()

    def translate_path(self, path: str) -> str:
        return super().translate_path("/" + path[len(self.prefix):])

    def log_message(self, *args) -> None:
        pass


@contextmanager
def static_server(directory: Path, prefix: str = "/") -> Iterator[str]:
    """Serve ``directory`` on 127.0.0.1 under the sub-path ``prefix``; yield the site's URL.

    A plain static file server, as a reader's host would be; nothing outside ``prefix`` exists,
    so a link or asset that escapes the sub-path fails with 404 as it would on GitHub Pages.
    """
    handler = type("Handler", (_SubPathHandler,), {"prefix": prefix})
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(handler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@dataclass(frozen=True)
class Build:
    returncode: int
    log: str


@pytest.fixture(scope="session")
def vendored() -> None:
    """`make vendor` has run: npm ci and the vendored JavaScript (a no-op when up to date)."""
    vendor = subprocess.run(
        ["make", "--no-print-directory", "vendor"],
        cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert vendor.returncode == 0, f"`make vendor` failed:\n{vendor.stdout}\n{vendor.stderr}"


@pytest.fixture(scope="session")
def build(vendored) -> Build:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_book.py")],
        cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, timeout=BUILD_TIMEOUT_S, check=False,
    )  # fmt: skip
    log = re.sub(r"\x1b\[[0-9;]*m", "", proc.stdout)  # drop colour codes
    LOG.parent.mkdir(parents=True, exist_ok=True)
    LOG.write_text(log, encoding="utf-8")
    return Build(proc.returncode, log)


@pytest.fixture(scope="session")
def built_site(build: Build) -> Path:
    """_build/html after a successful build (tests of the site fail at once if it failed)."""
    if build.returncode != 0:
        pytest.fail(f"the book build failed (exit {build.returncode}); see {LOG.relative_to(ROOT)}")
    return ROOT / "_build" / "html"
