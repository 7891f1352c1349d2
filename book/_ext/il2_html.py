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

Also the launch link: sphinx-book-theme's Binder button opens the page's own source,
``lab/tree/book/<page>.md``, which JupyterLab shows with raw MyST and the solutions. It is pointed
at ``lab/tree/book/launch/<page>.ipynb``, the notebook scripts/binder_notebooks.py writes from the
page when Binder builds the image (postBuild). tests/test_binder.py checks the built link.
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


LAUNCH_FOLDER = "launch"  # scripts/binder_notebooks.py writes book/launch/<page>.ipynb
_BINDER_URLPATH = re.compile(r"(\?urlpath=lab/tree/)(?P<path>[^&#]*)$")


def launched_notebook_url(url: str, pagename: str) -> str:
    """A Binder launch URL that opens the page's launched notebook instead of its source.

    Examples
    --------
    >>> launched_notebook_url(
    ...     "https://mybinder.org/v2/gh/o/r/main?urlpath=lab/tree/book/receptors.md", "receptors")
    'https://mybinder.org/v2/gh/o/r/main?urlpath=lab/tree/book/launch/receptors.ipynb'
    """
    match = _BINDER_URLPATH.search(url)
    if not match:
        return url
    path = match["path"]
    folder = path[: len(path) - len(path.rsplit("/", pagename.count("/") + 1)[-1])] \
        if "/" in path else ""
    new = f"{folder}{LAUNCH_FOLDER}/{pagename}.ipynb"
    return url[: match.start("path")] + new


def _retarget_binder(buttons, pagename: str) -> None:
    for button in buttons or []:
        if not isinstance(button, dict):
            continue
        if button.get("text") == "Binder" and "url" in button:
            button["url"] = launched_notebook_url(button["url"], pagename)
        _retarget_binder(button.get("buttons"), pagename)


def _page_context(app, pagename, templatename, context, doctree) -> None:
    if "body" in context:
        context["body"] = fix_accessibility(context["body"])
    _retarget_binder(context.get("header_buttons"), pagename)


def setup(app):
    # After sphinx-book-theme's add_launch_buttons (priority 501), which builds the launch links.
    app.connect("html-page-context", _page_context, priority=600)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
