"""Every page of the built site in a real browser: Debian's chromium, driven by Playwright.

The site (_build/html, from the session's `build` fixture) is served by a static file server on
127.0.0.1, as a reader's server would, under the sub-path GitHub Pages gives a project site
(`/<repository name>/`, nothing outside it), so a link or asset that assumes the site is at the
root of its host fails here as it would once published. Each page is opened once, in a fresh
browser context, and everything the checks below need is recorded in a PageReport:

* requests that failed (network error or HTTP status >= 400) or went to another host;
* console errors and uncaught exceptions;
* math: every MathJax node typeset, no MathJax error;
* every <img>: its alt text;
* every dropdown admonition (the solutions): hidden until its toggle is clicked, then shown;
* axe-core's violations (axe from node_modules, pinned in package-lock.json), run after the
  dropdowns were opened, so solutions are checked too; and again with the page in dark mode
  (the site follows the reader's system setting), for the colour contrast of the dark theme.

Playwright never downloads a browser here: it starts /usr/bin/chromium (set IL2_CHROMIUM to use
another build). A summary of the axe results by page and impact is written to
_build/browser-report.json.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

import pytest
from conftest import chromium, site_prefix, static_server
from test_book_build import toc_docnames

pytestmark = pytest.mark.build

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
REPORT = ROOT / "_build" / "browser-report.json"
# Folders of the site that hold assets, not pages.
ASSET_DIRS = {"_static", "_images", "_sources", "vendor", "_sphinx_design_static"}
PAGE_TIMEOUT_MS = 30_000
IMAGE_FILE = re.compile(r"\.(png|jpe?g|gif|svg|webp|avif|bmp)$", re.IGNORECASE)
SEARCH_TERM = "aldesleukin"


@dataclass
class PageReport:
    page: str
    failed_requests: list[str] = field(default_factory=list)
    other_hosts: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    math_nodes: int = 0
    math_untypeset: int = 0
    math_errors: int = 0
    widget_errors: int = 0
    images: list[dict] = field(default_factory=list)  # {"src": ..., "alt": ... or None}
    dropdowns: int = 0
    dropdown_problems: list[str] = field(default_factory=list)
    axe: list[dict] = field(default_factory=list)  # {"id", "impact", "nodes", "help", "targets"}
    axe_dark: list[dict] = field(default_factory=list)  # the same, in dark mode


@pytest.fixture(scope="module")
def site_url(built_site: Path):
    with static_server(built_site, site_prefix()) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


def site_pages(html: Path) -> list[str]:
    """Site-relative paths of every HTML page (not the assets), sorted."""
    return sorted(
        p.relative_to(html).as_posix()
        for p in html.rglob("*.html")
        if not ASSET_DIRS.intersection(p.relative_to(html).parts[:-1])
    )


_WIDGETS_RENDERED = """() => Array.from(
    document.querySelectorAll('script[type="application/vnd.jupyter.widget-view+json"]'))
  .every(s => s.parentElement.querySelector('.jupyter-widgets, .jupyter-widgets-error-widget'))"""

_MATH = """async () => {
  if (window.MathJax && MathJax.startup && MathJax.startup.promise) {
    await MathJax.startup.promise;
  }
  const nodes = Array.from(document.querySelectorAll('.math'));
  return {
    nodes: nodes.length,
    untypeset: nodes.filter(n => !n.querySelector('mjx-container')).length,
    errors: document.querySelectorAll('mjx-merror').length,
    widgetErrors: document.querySelectorAll('.jupyter-widgets-error-widget').length,
  };
}"""

_IMAGES = """() => Array.from(document.querySelectorAll('img')).map(
  i => ({src: (i.getAttribute('src') || '').slice(0, 80), alt: i.getAttribute('alt')}))"""

_AXE = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help,
    targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')),
  }));
}"""


def _check_dropdowns(page, report: PageReport) -> None:
    dropdowns = page.locator("div.admonition.dropdown")
    report.dropdowns = dropdowns.count()
    for i in range(report.dropdowns):
        dropdown = dropdowns.nth(i)
        label = dropdown.get_attribute("id") or f"dropdown {i + 1}"
        body = dropdown.locator(":scope > :not(.admonition-title)").first
        if body.is_visible():
            report.dropdown_problems.append(f"{label}: content visible before a click")
            continue
        toggle = dropdown.locator("button.toggle-button").first
        if toggle.count() == 0:
            report.dropdown_problems.append(f"{label}: no toggle button")
            continue
        toggle.click()
        try:
            body.wait_for(state="visible", timeout=5_000)
        except Exception:  # noqa: BLE001 - any failure to show up is the finding
            report.dropdown_problems.append(f"{label}: content still hidden after a click")


def _load(page, url: str) -> None:
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    page.wait_for_function(_WIDGETS_RENDERED)


def axe_in_dark_mode(browser, url: str) -> list[dict]:
    context = browser.new_context(color_scheme="dark")
    try:
        page = context.new_page()
        page.set_default_timeout(PAGE_TIMEOUT_MS)
        _load(page, url)
        assert page.evaluate("document.documentElement.dataset.theme") == "dark", url
        page.add_script_tag(path=str(AXE))
        return page.evaluate(_AXE)
    finally:
        context.close()


def visit(browser, base_url: str, path: str) -> PageReport:
    report = PageReport(path)
    origin = urlsplit(base_url).netloc
    context = browser.new_context(color_scheme="light")
    page = context.new_page()
    page.set_default_timeout(PAGE_TIMEOUT_MS)

    def on_request(request) -> None:
        parts = urlsplit(request.url)
        if parts.scheme not in {"data", "blob", "about"} and parts.netloc != origin:
            report.other_hosts.append(request.url)

    def on_response(response) -> None:
        if response.status >= 400:
            report.failed_requests.append(f"{response.status} {response.url}")

    page.on("request", on_request)
    page.on("response", on_response)
    page.on("requestfailed", lambda r: report.failed_requests.append(f"{r.failure} {r.url}"))
    def on_console(message) -> None:
        # Chromium may ask for /favicon.ico by itself before it reads the page's <link rel=icon>;
        # that request is the browser's, not the page's, so its 404 is not a page error.
        if message.type == "error" and not message.location.get("url", "").endswith(
                "/favicon.ico"):
            where = message.location.get("url", "")
            report.console_errors.append(f"{message.text} ({where})" if where else message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda e: report.console_errors.append(f"uncaught: {e}"))
    try:
        _load(page, base_url + path)
        math = page.evaluate(_MATH)
        report.math_nodes, report.math_untypeset = math["nodes"], math["untypeset"]
        report.math_errors, report.widget_errors = math["errors"], math["widgetErrors"]
        report.images = page.evaluate(_IMAGES)
        _check_dropdowns(page, report)
        # let the dropdowns' fade-in finish: axe reads half-transparent text as low contrast
        page.evaluate("Promise.all(document.getAnimations().map(a => a.finished))")
        page.add_script_tag(path=str(AXE))
        report.axe = page.evaluate(_AXE)
    finally:
        context.close()
    report.axe_dark = axe_in_dark_mode(browser, base_url + path)
    return report


@pytest.fixture(scope="module")
def reports(built_site: Path, site_url: str, browser) -> dict[str, PageReport]:
    assert AXE.is_file(), f"missing {AXE.relative_to(ROOT)}: run `make node` (npm ci)"
    result = {path: visit(browser, site_url, path) for path in site_pages(built_site)}
    summary = {
        path: {mode: dict(Counter(v["impact"] for v in violations))
               for mode, violations in (("light", r.axe), ("dark", r.axe_dark))}
        for path, r in result.items()
    }
    REPORT.write_text(
        json.dumps({"axe_by_page_mode_and_impact": summary,
                    "pages": [asdict(r) for r in result.values()]}, indent=1),
        encoding="utf-8",
    )  # fmt: skip
    return result


# ---- tests --------------------------------------------------------------------------------


def test_every_toc_page_was_opened(reports: dict[str, PageReport]) -> None:
    missing = [d for d in toc_docnames() if f"{d}.html" not in reports]
    assert not missing, f"pages of _toc.yml not in the site: {missing}"


def test_no_failed_request(reports: dict[str, PageReport]) -> None:
    problems = [f"{p}: {url}" for p, r in reports.items() for url in r.failed_requests]
    assert not problems, "\n".join(problems)


def test_no_request_to_another_host(reports: dict[str, PageReport]) -> None:
    problems = [f"{p}: {url}" for p, r in reports.items() for url in r.other_hosts]
    assert not problems, "\n".join(problems)


def test_no_console_error(reports: dict[str, PageReport]) -> None:
    problems = [f"{p}: {msg}" for p, r in reports.items() for msg in r.console_errors]
    problems += [f"{p}: {r.widget_errors} widget(s) failed to render"
                 for p, r in reports.items() if r.widget_errors]
    assert not problems, "\n".join(problems)


def test_math_is_rendered(reports: dict[str, PageReport]) -> None:
    with_math = {p: r for p, r in reports.items() if r.math_nodes}
    assert with_math, "no page has math: the check would prove nothing"
    problems = [
        f"{p}: {r.math_untypeset} of {r.math_nodes} math nodes not typeset, "
        f"{r.math_errors} MathJax errors"
        for p, r in with_math.items()
        if r.math_untypeset or r.math_errors
    ]
    assert not problems, "\n".join(problems)


def is_real_alt_text(alt: str | None, src: str) -> bool:
    """Alt text that describes: present, not blank, not a file name or the image's path.

    Examples
    --------
    >>> is_real_alt_text("Four sigmoid curves of pSTAT5 against IL-2", "_images/a.png")
    True
    >>> [is_real_alt_text(a, "_images/ab12.png") for a in (None, " ", "_images/ab12.png", "x.svg")]
    [False, False, False, False]
    """
    if alt is None or not alt.strip():
        return False
    alt = alt.strip()
    name = PurePosixPath(unquote(urlsplit(src).path)).name
    return not IMAGE_FILE.search(alt) and alt != src and (not name or alt != name)


def test_every_image_has_real_alt_text(reports: dict[str, PageReport]) -> None:
    images = [(p, img) for p, r in reports.items() for img in r.images]
    assert images, "no image in the site: the check would prove nothing"
    problems = [
        f"{p}: <img src={img['src']!r}> alt={img['alt']!r}"
        for p, img in images
        if not is_real_alt_text(img["alt"], img["src"])
    ]
    assert not problems, "\n".join(problems)


def test_solution_dropdowns_open_on_click(reports: dict[str, PageReport]) -> None:
    assert sum(r.dropdowns for r in reports.values()), "no dropdown in the site"
    problems = [f"{p}: {msg}" for p, r in reports.items() for msg in r.dropdown_problems]
    assert not problems, "\n".join(problems)


def test_axe_finds_no_serious_or_critical_violation(reports: dict[str, PageReport]) -> None:
    problems = [
        f"{p} ({mode} mode): {v['impact']} {v['id']} ({v['nodes']} elements: {v['help']}) "
        f"e.g. {v['targets']}"
        for p, r in reports.items()
        for mode, violations in (("light", r.axe), ("dark", r.axe_dark))
        for v in violations
        if v["impact"] in {"serious", "critical"}
    ]
    assert not problems, "\n".join(problems)


def test_search_page_finds_aldesleukin(built_site: Path, site_url: str, browser) -> None:
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"{site_url}search.html?q={SEARCH_TERM}", wait_until="load")
        results = page.locator("ul.search li a")
        results.first.wait_for(state="attached", timeout=PAGE_TIMEOUT_MS)
        hrefs = [results.nth(i).get_attribute("href") or "" for i in range(results.count())]
    finally:
        context.close()
    assert any(h.split("?")[0].split("#")[0].endswith("glossary.html") for h in hrefs), (
        f"search for {SEARCH_TERM!r} did not find the glossary: {hrefs}"
    )
