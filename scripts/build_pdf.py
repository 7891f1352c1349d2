#!/usr/bin/env python3
"""The PDF editions: the built site printed by Chromium, one PDF for students, one for instructors.

`make pdf` builds the site (scripts/build_book.py) and then runs this script, which writes

* ``_build/pdf/il2-textbook.pdf``: every page of _toc.yml in order (introduction, chapters,
  appendices with the bibliography), solutions omitted;
* ``_build/pdf/il2-textbook-instructor.pdf``: the same with every solution printed open.

Each page of _build/html is served by a static file server and opened in Debian's chromium
(Playwright; it never downloads a browser), where MathJax typesets the equations and the widget
static explorers draw their figures, exactly as a reader sees them; then Chromium prints it with the
book's print stylesheet (``PRINT_CSS``: no navigation, code toggles or buttons; solutions hidden
or open; an explorer appears as its figure, with a caption saying so). Figures, tables and
equations keep the numbers the site gives them. pypdf joins the pages behind a title page with
the contents, adds a bookmark per page and stamps continuous page numbers (an overlay page,
printed by Chromium too).

Run from the repository root with the .venv Python: ``python scripts/build_pdf.py`` (the site
must be built). Set IL2_CHROMIUM to use a Chromium other than /usr/bin/chromium.
"""

from __future__ import annotations

import functools
import html
import io
import os
import sys
import threading
import time
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "_build" / "html"
OUT = ROOT / "_build" / "pdf"
EDITIONS = {"il2-textbook.pdf": False, "il2-textbook-instructor.pdf": True}  # name: solutions?
CHROMIUM = os.environ.get("IL2_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
PAGE_FORMAT = {"format": "A4", "margin": {"top": "18mm", "bottom": "20mm", "left": "16mm",
                                          "right": "16mm"}}
TIMEOUT_MS = 60_000

PRINT_CSS = """
@media print {
  .bd-header, .bd-sidebar-primary, .bd-sidebar-secondary, .bd-header-article, .prev-next-area,
  .bd-footer, .bd-footer-article, .bd-footer-content, .skip-link, .copybtn, .headerlink,
  details.hide > summary, .toggle-details__summary, button.toggle-button, .sd-tab-set > input,
  #pst-back-to-top, .search-button-field, .theme-switch-button { display: none !important; }
  .bd-main .bd-content .bd-article-container { max-width: 100% !important; }
  .bd-page-width { max-width: 100% !important; }
  details.hide, details.hide[open] { display: block; }
  details.hide > .cell_input, details.hide > div { display: block !important; }
  figure, table, .cell_output img, .admonition, div.math-wrapper, mjx-container[display="true"] {
    break-inside: avoid;
  }
  h1, h2, h3 { break-after: avoid; }
  pre { white-space: pre-wrap !important; word-break: break-word; }
  h1 { break-before: auto; }
  /* an explorer: its controls do nothing on paper, its figure stays, with a caption */
  .il2-explorer-controls, .il2-explorer-control, .widget-slider, .widget-dropdown,
  .widget-toggle-buttons, .widget-checkbox, .widget-radio, .widget-text, .widget-button {
    display: none !important;
  }
  .il2-explorer-caption { display: block !important; font-size: 0.9em; font-style: italic; }
}
.il2-explorer-caption { display: none; }
"""
STUDENT_CSS = "@media print { .solution.admonition { display: none !important; } }"
INSTRUCTOR_CSS = """@media print {
  .solution.admonition > * { display: block !important; visibility: visible !important; }
  .solution.admonition .toggle-button, .solution.admonition button { display: none !important; }
}"""
# Opens what sphinx-togglebutton hid (it sets the `toggle-hidden` class and hides the body).
OPEN_SOLUTIONS_JS = """() => {
  document.querySelectorAll('.solution.admonition').forEach(s => {
    s.classList.remove('toggle-hidden');
    s.querySelectorAll('.toggle-hidden').forEach(e => e.classList.remove('toggle-hidden'));
    s.querySelectorAll('*').forEach(e => { if (e.style.display === 'none') e.style.display = ''; });
  });
}"""
# Waits for MathJax, then puts a caption under every explorer (the static explorers of
# il2-explorers.js, and any live ipywidgets output).
READY_JS = """async () => {
  if (window.MathJax && MathJax.startup && MathJax.startup.promise) {
    await MathJax.startup.promise;
  }
  const explorers = Array.from(document.querySelectorAll('.il2-explorer')).concat(
    Array.from(document.querySelectorAll('.cell_output')).filter(
      out => out.querySelector('.jupyter-widgets') && !out.querySelector('.il2-explorer')));
  explorers.forEach(out => {
    if (!out.querySelector('.il2-explorer-caption')) {
      const caption = document.createElement('p');
      caption.className = 'il2-explorer-caption';
      caption.textContent = 'Interactive explorer, shown here at its starting values. Move its '
        + 'controls on the web edition of the book, or run it in a live notebook (Binder).';
      out.appendChild(caption);
    }
  });
}"""
WIDGETS_RENDERED_JS = """() => Array.from(
    document.querySelectorAll('script[type="application/vnd.jupyter.widget-view+json"]'))
  .every(s => s.parentElement.querySelector('.jupyter-widgets, .jupyter-widgets-error-widget'))
  && Array.from(document.querySelectorAll('.il2-explorer')).every(e => e.querySelector('canvas'))"""


@dataclass(frozen=True)
class Part:
    docname: str
    title: str


def toc_parts(toc: Path = ROOT / "_toc.yml") -> list[Part]:
    """The pages of the book in reading order, with the titles the site gives them.

    Examples
    --------
    >>> [p.docname for p in toc_parts()][:2]
    ['intro', 'receptors']
    """
    data = yaml.safe_load(toc.read_text(encoding="utf-8"))
    entries = [{"file": data["root"]}]
    for part in data.get("parts", []):
        entries += part.get("chapters", [])
    return [Part(e["file"], e.get("title", "")) for e in entries]


def page_title(page) -> str:
    return page.evaluate("() => (document.querySelector('main h1') || {}).textContent || ''"
                         ).replace("#", "").strip()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def serve(directory: Path) -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(_QuietHandler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/"


def print_page(browser, url: str, solutions: bool) -> tuple[bytes, str]:
    """One page of the site as PDF bytes, and its title."""
    context = browser.new_context(color_scheme="light")
    try:
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        page.goto(url, wait_until="load")
        page.wait_for_load_state("networkidle")
        page.wait_for_function(WIDGETS_RENDERED_JS)
        page.evaluate(READY_JS)
        page.add_style_tag(content=PRINT_CSS + (INSTRUCTOR_CSS if solutions else STUDENT_CSS))
        if solutions:
            page.evaluate(OPEN_SOLUTIONS_JS)
        page.emulate_media(media="print")
        return page.pdf(print_background=True, scale=0.9, **PAGE_FORMAT), page_title(page)
    finally:
        context.close()


def print_html(browser, body: str, css: str, **options) -> bytes:
    context = browser.new_context()
    try:
        page = context.new_page()
        page.set_content(f"<!doctype html><html><head><meta charset='utf-8'><style>{css}"
                         f"</style></head><body>{body}</body></html>")
        return page.pdf(print_background=True, **{**PAGE_FORMAT, **options})
    finally:
        context.close()


TITLE_CSS = """body { font-family: 'DejaVu Sans', sans-serif; }
h1 { font-size: 30pt; margin-top: 60mm; } .sub { font-size: 14pt; color: #444; }
.contents { break-before: page; } .contents h2 { font-size: 18pt; }
.contents li { display: flex; font-size: 12pt; margin: 0.35em 0; }
.contents li .t { flex: 1; } ol { list-style: none; padding: 0; }"""


def title_pages(browser, title: str, edition: str, contents: list[tuple[str, int]]) -> bytes:
    rows = "".join(f"<li><span class='t'>{html.escape(t)}</span><span>{n}</span></li>"
                   for t, n in contents)
    body = (f"<h1>{html.escape(title)}</h1><p class='sub'>{html.escape(edition)}</p>"
            f"<section class='contents'><h2>Contents</h2><ol>{rows}</ol></section>")
    return print_html(browser, body, TITLE_CSS)


def page_numbers(browser, count: int, title: str) -> bytes:
    """``count`` otherwise empty A4 pages with a footer ``title · n``: the page-number overlay."""
    pages = "".join(
        f"<div class='p'><span>{html.escape(title)}</span><span>{n}</span></div>"
        for n in range(1, count + 1))
    css = ("@page { size: A4; margin: 0; } body { margin: 0; font: 9pt 'DejaVu Sans', sans-serif;"
           " color: #555; } .p { height: 297mm; position: relative; break-after: page; }"
           " .p span { position: absolute; bottom: 9mm; } .p span:first-child { left: 16mm; }"
           " .p span:last-child { right: 16mm; }")
    return print_html(browser, pages, css, margin={"top": "0", "bottom": "0", "left": "0",
                                                   "right": "0"})


def build_edition(browser, base_url: str, name: str, solutions: bool) -> dict:
    from pypdf import PdfReader, PdfWriter

    book_title = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))["title"]
    printed = []
    for part in toc_parts():
        data, title = print_page(browser, f"{base_url}{part.docname}.html", solutions)
        printed.append((title or part.title or part.docname, PdfReader(io.BytesIO(data))))
    edition = "Instructor edition, with solutions" if solutions else "Student edition"
    # the title pages' length does not depend on the page numbers they list: print twice
    front = PdfReader(io.BytesIO(title_pages(browser, book_title, edition,
                                             [(t, 0) for t, _ in printed])))
    start, contents = len(front.pages) + 1, []
    for title, reader in printed:
        contents.append((title, start))
        start += len(reader.pages)
    front = PdfReader(io.BytesIO(title_pages(browser, book_title, edition, contents)))
    writer = PdfWriter()
    for page in front.pages:
        writer.add_page(page)
    for (title, reader), (_, first) in zip(printed, contents, strict=True):
        for page in reader.pages:
            writer.add_page(page)
        writer.add_outline_item(title=title, page_number=first - 1)
    numbers = PdfReader(io.BytesIO(page_numbers(browser, len(writer.pages), book_title)))
    for index, page in enumerate(writer.pages):
        if index >= len(front.pages):
            page.merge_page(numbers.pages[index])
    writer.add_metadata({"/Title": f"{book_title} ({edition.lower()})",
                         "/Author": yaml.safe_load(
                             (ROOT / "_config.yml").read_text(encoding="utf-8"))["author"]})
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / name, "wb") as stream:
        writer.write(stream)
    return {"file": name, "pages": len(writer.pages)}


def main() -> int:
    if not (SITE / "index.html").is_file():
        print("no site in _build/html: run `make book` first", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    server, base_url = serve(SITE)
    started = time.perf_counter()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                for name, solutions in EDITIONS.items():
                    made = build_edition(browser, base_url, name, solutions)
                    print(f"{OUT.relative_to(ROOT) / made['file']}: {made['pages']} pages")
            finally:
                browser.close()
    finally:
        server.shutdown()
    print(f"PDF editions written in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
