"""Build the whole book exactly as `make book` does, then check the site a reader gets.

The session-scoped `build` fixture (tests/conftest.py, shared with tests/test_browser.py) runs
`make vendor` (npm ci + copying MathJax, require.js and the widget manager, skipped when up to
date) and then scripts/build_book.py with the Python running pytest: the same
`jupyter-book build ... -W -n --keep-going --all` command as `make book`. Notebook
outputs come from the jupyter-cache in _build/.jupyter_cache, so only changed pages are re-run.
The build log is kept in _build/book-build.log. Executed notebooks are read back from the
jupyter-cache (see executed_notebook).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import nbformat
import pytest
import yaml
from conftest import Build
from jupyter_cache import get_cache
from myst_nb.core.read import read_myst_markdown_notebook

pytestmark = pytest.mark.build

ROOT = Path(__file__).resolve().parent.parent
BOOK = ROOT / "book"
HTML = ROOT / "_build" / "html"
CACHE = ROOT / "_build" / ".jupyter_cache"
LOG = ROOT / "_build" / "book-build.log"

WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
# Site-relative paths of the vendored JavaScript (see scripts/vendor_js.py and _config.yml).
MATHJAX = "vendor/mathjax/tex-mml-chtml.js"
REQUIREJS = "vendor/requirejs/require.js"
WIDGETS_SETUP = "vendor/widgets-setup.js"
EMBED_AMD = "vendor/html-manager/embed-amd.js"
WIDGET_SCRIPTS = [REQUIREJS, WIDGETS_SETUP, EMBED_AMD]


# ---- helpers ------------------------------------------------------------------------------


def toc_docnames() -> list[str]:
    """Every `file` entry of _toc.yml (root, parts, chapters, sections), in order."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    names = [toc["root"]]

    def walk(entries: list[dict]) -> None:
        for entry in entries or []:
            if "file" in entry:
                names.append(str(entry["file"]))
            for key in ("sections", "chapters", "parts"):
                walk(entry.get(key))

    walk(toc.get("parts"))
    walk(toc.get("chapters"))
    walk(toc.get("sections"))
    return [re.sub(r"\.(md|ipynb)$", "", n) for n in names]


def source_of(docname: str) -> Path | None:
    for suffix in (".md", ".ipynb"):
        path = BOOK / f"{docname}{suffix}"
        if path.exists():
            return path
    return None


def is_notebook(source: Path) -> bool:
    """An .ipynb, or a MyST Markdown notebook (front matter with a kernelspec)."""
    if source.suffix == ".ipynb":
        return True
    text = source.read_text(encoding="utf-8")
    front = re.match(r"---\s*\n(.*?)\n---\s*\n", text, re.DOTALL)
    return bool(front and re.search(r"^kernelspec:", front.group(1), re.MULTILINE))


def notebook_docnames() -> list[str]:
    return [d for d in toc_docnames() if (s := source_of(d)) is not None and is_notebook(s)]


def executed_notebook(docname: str) -> dict:
    """The executed notebook the page was rendered from, from the build's jupyter-cache.

    Not _build/jupyter_execute/<page>.ipynb: when a page's outputs come from the cache, myst-nb
    1.4 writes the source notebook there, without outputs (it merges the cached outputs into a
    copy). The cache lookup is the one myst-nb makes: the notebook read from the source file,
    matched on its code cells and kernelspec.
    """
    source = source_of(docname)
    assert source is not None, f"{docname}: no source"
    text = source.read_text(encoding="utf-8")
    if source.suffix == ".ipynb":
        nb = nbformat.reads(text, as_version=4)
    else:
        nb = read_myst_markdown_notebook(text, path=source)
    try:
        _, merged = get_cache(str(CACHE)).merge_match_into_notebook(nb)
    except KeyError:
        pytest.fail(f"{docname}: no executed version in {CACHE.relative_to(ROOT)} (did it run?)")
    return merged


def has_widget_views(nb: dict) -> bool:
    return any(
        WIDGET_VIEW in output.get("data", {})
        for cell in nb["cells"]
        if cell["cell_type"] == "code"
        for output in cell.get("outputs", [])
    )


def html_pages() -> list[Path]:
    return sorted(HTML.rglob("*.html"))


class _Resources(HTMLParser):
    """Collect the URLs a page makes the browser fetch, and its inline <script> types."""

    FETCHING = {
        "script": ["src"],
        "link": ["href"],
        "img": ["src", "srcset"],
        "iframe": ["src"],
        "embed": ["src"],
        "source": ["src", "srcset"],
        "audio": ["src"],
        "video": ["src", "poster"],
        "object": ["data"],
        "track": ["src"],
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[tuple[str, str]] = []  # (tag, url)
        self.scripts: list[str] = []  # src of <script src=...>, in page order
        self.script_types: list[str] = []
        self._in_style = False
        self.styles: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v for k, v in attrs if v is not None}
        for attr in self.FETCHING.get(tag, []):
            if attr in values:
                for url in _split_srcset(values[attr]) if attr == "srcset" else [values[attr]]:
                    self.urls.append((tag, url))
        if tag == "script":
            self.script_types.append(values.get("type", ""))
            if "src" in values:
                self.scripts.append(values["src"])
        if "style" in values:
            self.styles.append(values["style"])
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)


def _split_srcset(value: str) -> list[str]:
    return [part.strip().split()[0] for part in value.split(",") if part.strip()]


def parse(page: Path) -> _Resources:
    parser = _Resources()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def is_other_host(url: str) -> bool:
    """True for absolute (scheme://...) and protocol-relative (//host/...) URLs."""
    url = url.strip()
    scheme = urlsplit(url).scheme
    return scheme in {"http", "https", "ftp", "ws", "wss"} or url.startswith("//")


CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)""")


def site_path(page: Path, url: str) -> str | None:
    """The site-relative path a relative URL on `page` points at (None if it leaves the site)."""
    base = "http://site/" + page.relative_to(HTML).as_posix()
    resolved = urlsplit(urljoin(base, url))
    if resolved.netloc != "site":
        return None
    return unquote(resolved.path.lstrip("/"))


# ---- tests --------------------------------------------------------------------------------


def test_build_succeeds(build: Build) -> None:
    if build.returncode != 0:
        problems = [
            line
            for line in build.log.splitlines()
            if re.search(r"WARNING|ERROR|CRITICAL|Error|Exception", line)
        ]
        tail = "\n".join(build.log.splitlines()[-60:])
        pytest.fail(
            f"book build exited {build.returncode} (full log: {LOG.relative_to(ROOT)})\n"
            + "\n".join(problems[:80])
            + f"\n--- last lines ---\n{tail}"
        )


def test_every_toc_page_has_html(build: Build) -> None:
    missing_source = [d for d in toc_docnames() if source_of(d) is None]
    assert not missing_source, f"_toc.yml lists pages with no source in book/: {missing_source}"
    missing = [d for d in toc_docnames() if not (HTML / f"{d}.html").exists()]
    assert not missing, f"no HTML for toc pages: {missing}"
    assert (HTML / "index.html").exists()


def test_every_code_cell_ran_without_error(build: Build) -> None:
    problems = []
    for docname in notebook_docnames():
        nb = executed_notebook(docname)
        for index, cell in enumerate(nb["cells"], start=1):
            if cell["cell_type"] != "code":
                continue
            if not isinstance(cell.get("execution_count"), int):
                problems.append(f"{docname} cell {index}: not executed")
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    problems.append(
                        f"{docname} cell {index}: {output.get('ename')}: {output.get('evalue')}"
                    )
                if output.get("output_type") == "stream" and output.get("name") == "stderr":
                    problems.append(f"{docname} cell {index}: wrote to stderr")
    assert not problems, "\n".join(problems)


def test_no_traceback_or_stderr_in_any_page(build: Build) -> None:
    bad = re.compile(
        r"Traceback \(most recent call last\)"
        r"|class=\"[^\"]*\boutput (?:traceback|stderr)\b"
        r"|CellExecutionError"
    )
    offenders = [
        f"{page.relative_to(HTML)}: {m.group(0)}"
        for page in html_pages()
        if (m := bad.search(page.read_text(encoding="utf-8")))
    ]
    assert not offenders, "\n".join(offenders)


def test_no_page_loads_anything_from_another_host(build: Build) -> None:
    offenders = []
    for page in html_pages():
        res = parse(page)
        for tag, url in res.urls:
            if is_other_host(url):
                offenders.append(f"{page.relative_to(HTML)}: <{tag}> {url}")
        for css in res.styles:
            offenders += [
                f"{page.relative_to(HTML)}: inline style {u}"
                for u in CSS_URL.findall(css)
                if is_other_host(u)
            ]
    for sheet in sorted(HTML.rglob("*.css")):
        offenders += [
            f"{sheet.relative_to(HTML)}: {u}"
            for u in CSS_URL.findall(sheet.read_text(encoding="utf-8", errors="replace"))
            if is_other_host(u)
        ]
    assert not offenders, "\n".join(offenders)


def test_vendored_javascript_is_in_the_site(build: Build) -> None:
    for rel in [MATHJAX, *WIDGET_SCRIPTS]:
        assert (HTML / rel).is_file(), f"missing {rel} in the site"
    fonts = list((HTML / "vendor/mathjax/output/chtml/fonts/woff-v2").glob("*.woff"))
    assert fonts, "MathJax CHTML fonts missing"
    assert list((HTML / "vendor/mathjax/input/tex/extensions").glob("*.js")), (
        "MathJax TeX extensions (loaded on demand) missing"
    )
    assert list((HTML / "vendor/html-manager").glob("*.woff2")), "widget manager fonts missing"


def test_pages_with_math_load_the_local_mathjax(build: Build) -> None:
    math_node = re.compile(r'class="math notranslate')
    for page in html_pages():
        srcs = [s for s in parse(page).scripts if "mathjax" in s.lower()]
        for src in srcs:
            assert not is_other_host(src) and not src.startswith("/"), (
                f"{page.relative_to(HTML)}: MathJax not loaded by a relative URL: {src}"
            )
            assert site_path(page, src) == MATHJAX, f"{page.relative_to(HTML)}: {src}"
        if math_node.search(page.read_text(encoding="utf-8")):
            assert srcs, f"{page.relative_to(HTML)} has math but does not load MathJax"


def test_widget_pages_have_state_and_local_manager(build: Build) -> None:
    for docname in notebook_docnames():
        page = HTML / f"{docname}.html"
        res = parse(page)
        widget_scripts = [site_path(page, s) for s in res.scripts if "vendor/" in s]
        if not has_widget_views(executed_notebook(docname)):
            continue
        assert WIDGET_STATE in res.script_types, f"{docname}: widget state script missing"
        for src in res.scripts:
            if any(name in src for name in ("require", "embed-amd", "widgets-setup")):
                assert not is_other_host(src) and not src.startswith("/"), (
                    f"{docname}: widget JavaScript not loaded by a relative URL: {src}"
                )
        in_order = [p for p in widget_scripts if p in WIDGET_SCRIPTS]
        assert in_order == WIDGET_SCRIPTS, (
            f"{docname}: expected {WIDGET_SCRIPTS} in this order, got {in_order}"
        )
