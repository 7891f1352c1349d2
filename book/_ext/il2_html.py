"""Sphinx extension for the IL-2 book: accessibility corrections to the HTML of each page's body.

* Citations: docutils' HTML5 writer puts each bibliography entry (``role="doc-biblioentry"``) in a
  ``role="list"`` container. A list may only contain list items, and ``doc-biblioentry`` is
  deprecated in DPUB-ARIA 1.1, so assistive technology gets a broken list (axe:
  aria-required-children, critical). The entries become ``role="listitem"``.
* Hidden code cells: myst-nb labels the ``<summary>`` of a hidden cell "Toggle hidden content",
  while it shows "Show code cell source"; a name that differs from the visible text fails speech
  input (axe: label-content-name-mismatch, serious). Without the label the visible text is the
  name.
* Code blocks: a code line wider than the page makes its ``<pre>`` scroll sideways, and a
  scrollable region must be reachable from the keyboard (axe: scrollable-region-focusable,
  serious). Every ``<pre>`` gets ``tabindex="0"``.

tests/test_browser.py runs axe-core on every page of the built site.
"""

from __future__ import annotations

import re

_BIBLIOENTRY = re.compile(r'(<div class="citation"[^>]*?) role="doc-biblioentry"')
_SUMMARY_LABEL = re.compile(r'<summary aria-label="Toggle hidden content">')
_PRE = re.compile(r"<pre(?![^>]*\btabindex=)(?=[\s>])")


def fix_accessibility(html: str) -> str:
    """The page body with list-item roles for citations, no mismatched summary labels and
    keyboard-reachable code blocks.

    Examples
    --------
    >>> fix_accessibility('<div class="citation" id="x" role="doc-biblioentry">')
    '<div class="citation" id="x" role="listitem">'
    >>> fix_accessibility('<summary aria-label="Toggle hidden content"><span>Show</span>')
    '<summary><span>Show</span>'
    >>> fix_accessibility('<pre><span>x = 1</span></pre><pre tabindex="-1">y</pre>')
    '<pre tabindex="0"><span>x = 1</span></pre><pre tabindex="-1">y</pre>'
    """
    html = _BIBLIOENTRY.sub(r'\1 role="listitem"', html)
    html = _PRE.sub('<pre tabindex="0"', html)
    return _SUMMARY_LABEL.sub("<summary>", html)


def _page_context(app, pagename, templatename, context, doctree) -> None:
    if "body" in context:
        context["body"] = fix_accessibility(context["body"])


def setup(app):
    app.connect("html-page-context", _page_context)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
