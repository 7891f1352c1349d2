"""Every internal link of the built site leads somewhere: offline, in `make test`.

Each ``href`` and ``src`` of every page of _build/html that points into the site (relative, no
scheme) must name a file that exists, and a ``#fragment`` must name an element id (or anchor
name) of that page. The external links of the references and bibliography need the internet and
are checked by `make linkcheck` in the deploy workflow, not here.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

pytestmark = pytest.mark.build

ASSET_DIRS = {"_static", "_images", "_sources", "vendor", "_sphinx_design_static"}


class _LinksAndIds(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("id", "name") if tag == "a" else ("id",):
            if values.get(name):
                self.ids.add(values[name])
        for name in ("href", "src"):
            if values.get(name) and not (tag == "link" and values.get("rel") == "canonical"):
                self.links.append(values[name])


def parse(page: Path) -> _LinksAndIds:
    parser = _LinksAndIds()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def broken_internal_links(html: Path) -> list[str]:
    """``page: link (why)`` for every internal link of the site at ``html`` that leads nowhere.

    Examples
    --------
    >>> import tempfile
    >>> site = Path(tempfile.mkdtemp())
    >>> _ = (site / "a.html").write_text('<a href="b.html#x">b</a> <a href="#top" id="top">a</a>')
    >>> _ = (site / "b.html").write_text('<p id="y">b</p>')
    >>> broken_internal_links(site)
    ['a.html: b.html#x (no element with id "x")']
    """
    pages = sorted(p for p in html.rglob("*.html")
                   if not ASSET_DIRS.intersection(p.relative_to(html).parts[:-1]))
    parsed = {p: parse(p) for p in pages}
    problems = []
    for page, found in parsed.items():
        for link in found.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("data:", "mailto:")):
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if target.is_dir():
                target = target / "index.html"
            where = f"{page.relative_to(html).as_posix()}: {link}"
            if not target.is_file():
                problems.append(f"{where} (no such file)")
            elif parts.fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else parse(target).ids
                if unquote(parts.fragment) not in ids:
                    problems.append(f'{where} (no element with id "{unquote(parts.fragment)}")')
    return problems


def test_every_internal_link_leads_somewhere(built_site: Path) -> None:
    problems = broken_internal_links(built_site)
    assert not problems, f"{len(problems)} broken internal links:\n" + "\n".join(problems[:50])
