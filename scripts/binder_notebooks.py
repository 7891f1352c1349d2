#!/usr/bin/env python3
"""Write the notebooks a launch button opens (Binder runs this in postBuild).

    python scripts/binder_notebooks.py            # writes book/launch/<page>.ipynb
    python scripts/binder_notebooks.py --out DIR  # elsewhere

JupyterLab renders plain Markdown, not MyST: opened as they are, the book's pages would show every
role and directive as raw text, glued numbers as their keys, and the solutions of the exercises.
So each page of ``_toc.yml`` that is a notebook becomes ``book/launch/<page>.ipynb``:

* the student view: the exercises without their solutions (``il2book.coursework``, as
  ``make student``), each exercise a heading numbered as in the book ("Exercise 1.2");
* ``{glue:text}`` and ``{glue:md}`` replaced by their values: the page is executed once, here, by
  nbclient, and the glued outputs are formatted by myst-nb's own functions;
* citations as "Author, year" linking to the published book's bibliography, glossary terms and
  ``{doc}``/``{ref}``/``{numref}``/``{eq}`` references as links to the published book's pages
  with the text the book shows (section titles, "Fig. 1.2", "(1.3)"); labels, admonitions, tables
  and labelled equations become plain Markdown (``\\tag`` for equation numbers);
* a first code cell that runs the page from ``book/`` (as the book build does) and makes Markdown
  that code cells display (``IPython.display.Markdown``) readable the same way;
* no outputs, cell ids, and the kernelspec and language_info of this environment's ``python3``
  kernel, so JupyterLab opens it as it is: not modified, nothing rewritten on autosave.

The published site's address comes from ``_config.yml``: ``html: baseurl`` if set, else the GitHub
Pages address of ``repository: url``. The launch buttons point at these notebooks
(book/_ext/il2_html.py).
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BOOK = ROOT / "book"
LAUNCH_FOLDER = "launch"  # book/launch/<page>.ipynb
ROLE_TICKS = ("`", "``")
HIDDEN_TAGS = {"remove-cell", "remove-input", "hide-input", "hide-cell"}
MYST_EXTENSIONS = {"amsmath", "colon_fence", "deflist", "dollarmath", "substitution"}

SETUP_CELL = """\
# Set-up of this launched notebook (not part of the book's page): run from book/, as the book
# build does, and show Markdown that cells display with the book's citations and links.
import os
import sys

if os.path.basename(os.getcwd()) == "launch":
    os.chdir("..")
sys.path.insert(0, os.path.abspath(os.path.join("..", "scripts")))
import binder_notebooks

binder_notebooks.render_markdown_outputs()"""


# ---- the book: configuration, pages, labels, terms, references -----------------------------


def site_url(config: dict) -> str:
    """The published book's address, ending in "/".

    Examples
    --------
    >>> site_url({"repository": {"url": "https://github.com/il2-textbook/il2-book"}})
    'https://il2-textbook.github.io/il2-book/'
    >>> site_url({"html": {"baseurl": "https://example.org/il2"}})
    'https://example.org/il2/'
    """
    base = (config.get("html") or {}).get("baseurl")
    if not base:
        url = config["repository"]["url"].rstrip("/")
        owner, name = url.removeprefix("https://github.com/").split("/")[:2]
        base = f"https://{owner.lower()}.github.io/{name}"
    return base.rstrip("/") + "/"


def make_id(text: str) -> str:
    """The HTML id Sphinx gives ``text`` (sphinx.util.nodes._make_id: case and dots kept).

    Examples
    --------
    >>> make_id("term-IL-2 receptor α")
    'term-IL-2-receptor'
    """
    from sphinx.util.nodes import _make_id

    return _make_id(unicodedata.normalize("NFKC", text))


@dataclass
class Target:
    page: str
    anchor: str
    text: str


@dataclass
class Book:
    """What the conversion needs to know about the whole book."""

    url: str
    pages: list[str]
    titles: dict[str, str] = field(default_factory=dict)
    labels: dict[str, Target] = field(default_factory=dict)
    equations: dict[str, Target] = field(default_factory=dict)
    terms: dict[str, str] = field(default_factory=dict)  # lower-case term -> anchor
    citations: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (authors, year)

    def link(self, page: str, anchor: str = "") -> str:
        return f"{self.url}{page}.html" + (f"#{anchor}" if anchor else "")


def _parser():
    from markdown_it.renderer import RendererHTML
    from myst_parser.config.main import MdParserConfig
    from myst_parser.parsers.mdit import create_md_parser

    return create_md_parser(MdParserConfig(enable_extensions=MYST_EXTENSIONS), RendererHTML)


def _options(content: str) -> tuple[dict[str, str], str]:
    """A directive's ``:key: value`` options (or a YAML block) and the rest of its body."""
    import yaml

    lines = content.splitlines()
    options: dict[str, str] = {}
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
        if end is not None:
            block = yaml.safe_load("\n".join(lines[1:end])) or {}
            options = {k: str(v) for k, v in block.items()}
            lines = lines[end + 1:]
    while lines and (m := re.match(r"^:([\w-]+):\s*(.*)$", lines[0])):
        options[m[1]] = m[2]
        lines = lines[1:]
    return options, "\n".join(lines).strip("\n")


def _directive(token) -> tuple[str, str] | None:
    """(name, argument) of a fence token that is a MyST directive."""
    m = re.match(r"^\{([\w:+-]+)\}\s*(.*)$", token.info.strip())
    return (m[1], m[2]) if m else None


def _plain(inline: str) -> str:
    """Heading text as the book shows it: roles reduced to their text, emphasis marks dropped."""
    text = re.sub(r"\{[\w:+-]+\}`([^`]*)`", lambda m: re.sub(r"\s*<[^>]*>$", "", m[1]), inline)
    return re.sub(r"[*_`]", "", text).strip()


def _author_year(entry) -> tuple[str, str]:
    """"Malek", "Leonard et al." or "Smith and Jones", and the year, as author_year shows them."""
    import latexcodec  # noqa: F401  (registers the "ulatex" codec)

    persons = entry.persons.get("author") or entry.persons.get("editor") or []
    last = [codecs_decode(" ".join(p.prelast_names + p.last_names)) for p in persons]
    if not last:
        names = codecs_decode(entry.fields.get("title", entry.key))
    elif len(last) == 1:
        names = last[0]
    elif len(last) == 2:
        names = f"{last[0]} and {last[1]}"
    else:
        names = f"{last[0]} *et al.*"
    return names, entry.fields.get("year", "n.d.")


def codecs_decode(latex: str) -> str:
    import codecs

    return codecs.decode(latex, "ulatex").replace("{", "").replace("}", "")


def load_book(root: Path = ROOT) -> Book:
    """Pages, titles, labels with the numbers the book gives them, glossary terms, references."""
    import jupytext
    import yaml
    from pybtex.database import parse_file

    sys.path.insert(0, str(root))
    from il2book import coursework

    config = yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8"))
    toc = yaml.safe_load((root / "_toc.yml").read_text(encoding="utf-8"))
    book_dir = root / config["repository"].get("path_to_book", "book")
    numbered = [str(c["file"]) for part in toc.get("parts", []) if part.get("numbered")
                for c in part.get("chapters", [])]
    book = Book(site_url(config), coursework.toc_files(root / "_toc.yml"))
    md = _parser()
    for page in book.pages:
        source = book_dir / f"{page}.md"
        if not source.exists():
            continue
        prefix = f"{numbered.index(page) + 1}." if page in numbered else ""
        number = _numbering(prefix)
        nb = jupytext.read(source, fmt="myst") if _is_notebook(source) else None
        cells = nb.cells if nb else [_MdCell(source.read_text(encoding="utf-8"))]
        for cell in cells:
            if cell.cell_type == "code":
                figure = (cell.metadata.get("mystnb") or {}).get("figure") or {}
                if figure.get("name"):
                    book.labels[figure["name"]] = Target(page, figure["name"],
                                                         f"Fig. {number('fig')}")
                continue
            _index_markdown(book, md, page, cell.source, number)
        if page not in book.titles:
            book.titles[page] = page
        if page == "glossary":
            book.terms = _glossary_terms(source.read_text(encoding="utf-8"))
    for bib in config.get("bibtex_bibfiles", []):
        for key, entry in parse_file(str(book_dir / bib)).entries.items():
            book.citations[key.lower()] = _author_year(entry)
    return book


def _numbering(prefix: str):
    """A counter per kind of numbered thing on one page: ``number("fig")`` -> "1.1", "1.2", ..."""
    counters = {"fig": 0, "table": 0, "exercise": 0, "eq": 0}

    def number(kind: str) -> str:
        counters[kind] += 1
        return f"{prefix}{counters[kind]}"

    return number


@dataclass
class _MdCell:
    source: str
    cell_type: str = "markdown"


def _is_notebook(source: Path) -> bool:
    head = source.read_text(encoding="utf-8")[:2000]
    return head.startswith("---") and "kernelspec:" in head.split("\n---", 1)[0]


def _index_markdown(book: Book, md, page: str, text: str, number) -> None:
    tokens = md.parse(text)
    pending: list[str] = []
    for index, token in enumerate(tokens):
        if token.type == "myst_target":
            pending.append(token.content)
        elif token.type == "heading_open":
            title = _plain(tokens[index + 1].content)
            if token.tag == "h1" and page not in book.titles:
                book.titles[page] = title
            for label in pending:
                anchor = page if label == page else label
                book.labels[label] = Target(page, "" if token.tag == "h1" else anchor, title)
            pending = []
        elif token.type == "math_block_label":
            book.equations[token.info] = Target(page, f"equation-{token.info}",
                                                f"({number('eq')})")
        elif token.type in ("fence", "colon_fence") and (d := _directive(token)):
            name, _ = d
            options, body = _options(token.content)
            if name == "table" and options.get("name"):
                book.labels[options["name"]] = Target(page, options["name"],
                                                      f"Table {number('table')}")
            elif name in ("exercise", "exercise-start") and options.get("label"):
                book.labels[options["label"]] = Target(page, options["label"],
                                                       f"Exercise {number('exercise')}")
            elif name == "math" and options.get("label"):
                label = options["label"]
                book.equations[label] = Target(page, f"equation-{label}", f"({number('eq')})")
            elif body and name not in ("code-cell", "glossary"):
                _index_markdown(book, md, page, body, number)
        elif token.type in ("paragraph_open", "bullet_list_open", "ordered_list_open"):
            pending = []


def _glossary_terms(text: str) -> dict[str, str]:
    """Each term of the ``{glossary}`` directive, lower-cased, with its HTML anchor."""
    terms: dict[str, str] = {}
    used: set[str] = set()
    serial = 0
    inside = False
    for line in text.splitlines():
        if re.match(r"^(`{3,}|:{3,})\{glossary\}", line):
            inside = True
        elif inside and re.match(r"^(`{3,}|:{3,})\s*$", line):
            inside = False
        elif inside and line.strip() and not line.startswith((" ", "\t", ":")):
            # A term may be emphasised (*IL2*, a gene symbol); Sphinx uses its text.
            name = re.sub(r"^([*_])(.+)\1$", r"\2", line.strip())
            # As sphinx.util.nodes.make_id: an id already taken becomes term-<serial number>.
            anchor = make_id(f"term-{name}")
            if anchor in used or anchor == "term-":
                anchor, serial = f"term-{serial}", serial + 1
            used.add(anchor)
            terms[name.lower()] = anchor
    return terms


# ---- MyST -> Markdown ------------------------------------------------------------------------


def _split_target(content: str) -> tuple[str | None, str]:
    """``"text <target>"`` -> ("text", "target"); ``"target"`` -> (None, "target")."""
    m = re.match(r"^(.*?)\s*<([^<>]+)>$", content.strip(), re.S)
    return (m[1], m[2]) if m and m[1] else (None, content.strip())


class Converter:
    """Turns the MyST of one page into Markdown that JupyterLab renders.

    ``glue`` maps glue keys to their outputs (myst-nb's glue data of the executed page).
    """

    def __init__(self, book: Book, page: str, glue: dict | None = None):
        self.book, self.page, self.glue = book, page, glue or {}
        self.md = _parser()
        self.problems: list[str] = []

    # roles
    def role(self, name: str, content: str) -> str:
        book = self.book
        if name in ("cite:p", "cite:t", "cite:ps", "cite:ts", "cite"):
            keys = [k.strip() for k in content.split(",") if k.strip()]
            found = [(k, book.citations.get(k.lower())) for k in keys]
            link = book.link("bibliography")
            if name.startswith("cite:t"):
                return "; ".join(f"[{c[0]} ({c[1]})]({link})" if c else k for k, c in found)
            inner = "; ".join(f"[{c[0]}, {c[1]}]({link})" if c else k for k, c in found)
            return f"({inner})"
        if name == "term":
            text, term = _split_target(content)
            anchor = book.terms.get(term.lower())
            if anchor is None:
                self.problems.append(f"unknown term {term!r}")
            return f"[{text or term}]({book.link('glossary', anchor or '')})"
        if name == "doc":
            text, target = _split_target(content)
            target = target.removesuffix(".md").lstrip("/")
            return f"[{text or book.titles.get(target, target)}]({book.link(target)})"
        if name in ("ref", "numref"):
            text, label = _split_target(content)
            found = book.labels.get(label)
            if found is None:
                self.problems.append(f"unknown label {label!r}")
                return text or label
            shown = found.text
            if text:
                number = re.sub(r"^\D*", "", found.text)
                shown = text.replace("%s", number).replace("{number}", number)
            return f"[{shown}]({book.link(found.page, found.anchor)})"
        if name == "eq":
            text, label = _split_target(content)
            found = book.equations.get(label)
            if found is None:
                self.problems.append(f"unknown equation {label!r}")
                return text or label
            return f"[{text or found.text}]({book.link(found.page, found.anchor)})"
        if name in ("glue:text", "glue"):
            return self.glue_text(content)
        if name in ("math",):
            return f"${content}$"
        if name in ("kbd", "key", "keys", "guilabel", "menuselection", "code", "samp", "file"):
            return f"`{content}`"
        if name in ("sub", "sup"):
            return f"<{name}>{content}</{name}>"
        if name in ("abbr",):
            return _split_target(content.replace("(", "<").replace(")", ">"))[0] or content
        self.problems.append(f"role {name!r} left as its text")
        return content

    def glue_text(self, content: str) -> str:
        from myst_nb.core.variables import format_plain_text

        key, _, spec = content.partition(":")
        output = self.glue.get(key)
        if output is None or "text/plain" not in output.get("data", {}):
            self.problems.append(f"no glued value {key!r}")
            return key
        return format_plain_text(output["data"]["text/plain"], spec)

    def roles(self, text: str) -> str:
        """``text`` with every role the MyST parser finds replaced by its Markdown."""
        out, position = [], 0
        for token in self.md.parse(text):
            for child in token.children or []:
                if child.type != "myst_role":
                    continue
                name = child.meta["name"]
                for ticks in ROLE_TICKS:
                    # The parser joins a role's lines with a space or a newline: match either.
                    words = map(re.escape, f"{{{name}}}{ticks}{child.content}{ticks}".split())
                    found = re.compile(r"\s+".join(words)).search(text, position)
                    if found:
                        content = " ".join(child.content.split())
                        out += [text[position:found.start()], self.role(name, content)]
                        position = found.end()
                        break
        return "".join(out) + text[position:]

    # blocks
    def markdown(self, text: str) -> str:
        """A Markdown cell's source: directives, labels and labelled maths as Markdown."""
        lines = text.splitlines()
        replace: dict[int, tuple[int, str | None]] = {}
        for token in self.md.parse(text):
            if token.level != 0 or token.map is None:
                continue
            first, last = token.map
            if token.type == "myst_target":
                replace[first] = (last, None)
            elif token.type == "myst_line_comment":
                replace[first] = (last, None)
            elif token.type == "math_block_label":
                found = self.book.equations.get(token.info)
                tag = f"\\tag{{{found.text.strip('()')}}}" if found else ""
                replace[first] = (last, f"$$\n{token.content.strip()}\n{tag}\n$$".replace(
                    "\n\n$$", "\n$$"))
            elif token.type in ("fence", "colon_fence") and (d := _directive(token)):
                replace[first] = (last, self.directive(*d, token.content))
        out, index = [], 0
        while index < len(lines):
            if index in replace:
                last, new = replace[index]
                if new is not None:
                    out.append(new)
                index = last
                continue
            out.append(lines[index])
            index += 1
        converted = "\n".join(out)
        return re.sub(r"\n{3,}", "\n\n", self.roles(converted)).strip("\n")

    def directive(self, name: str, argument: str, content: str) -> str:
        options, body = _options(content)
        inner = self.markdown(body) if body else ""
        if name == "table":
            label = self.book.labels.get(options.get("name", ""))
            title = f"**{label.text}:** " if label else ""
            return f"{title}{argument}\n\n{inner}".strip()
        if name == "glue:md" or name == "glue:any" or name == "glue":
            output = self.glue.get(argument.strip())
            data = (output or {}).get("data", {})
            if "text/markdown" in data:
                return self.markdown(data["text/markdown"])
            if "text/plain" in data:
                return data["text/plain"]
            self.problems.append(f"no glued value {argument.strip()!r}")
            return ""
        if name in ("math",):
            label = self.book.equations.get(options.get("label", ""))
            tag = f"\n\\tag{{{label.text.strip('()')}}}" if label else ""
            return f"$$\n{body}{tag}\n$$"
        if name in ("figure", "image"):
            alt = options.get("alt", "")
            return f"![{alt}]({argument})\n\n{inner}".strip()
        if name in ("code-block", "code", "sourcecode"):
            return f"```{argument}\n{body}\n```"
        if name in ("glossary", "bibliography", "toctree", "tableofcontents"):
            return ""
        title = argument or name.capitalize()
        if name == "dropdown":
            return f"<details><summary>{title}</summary>\n\n{inner}\n\n</details>"
        quoted = "\n".join(f"> {line}" if line else ">" for line in inner.splitlines())
        return f"> **{self.roles(title)}**\n>\n{quoted}".rstrip("\n>")


# ---- the launched notebook -------------------------------------------------------------------


def kernel_metadata() -> dict:
    """kernelspec and language_info as JupyterLab writes them for this environment's python3."""
    from jupyter_client import KernelManager

    manager = KernelManager(kernel_name="python3")
    spec = manager.kernel_spec
    manager.start_kernel()
    client = manager.client()
    try:
        client.start_channels()
        client.wait_for_ready(timeout=120)
        info = client.kernel_info(reply=True, timeout=60)["content"]["language_info"]
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    return {"kernelspec": {"display_name": spec.display_name, "language": spec.language,
                           "name": "python3"},
            "language_info": info}


def glue_data(source: Path) -> dict:
    """Every glued output of ``source``, run top to bottom in a fresh kernel from its folder."""
    import jupytext
    from myst_nb.ext.glue import extract_glue_data_cell

    sys.path.insert(0, str(ROOT))
    from il2book import coursework

    text = source.read_text(encoding="utf-8")
    if "{glue" not in text:
        return {}
    nb = coursework.run_notebook(jupytext.reads(text, fmt="myst"), source.parent)
    data = {}
    for cell in nb.cells:
        if cell.cell_type == "code":
            data.update(dict(extract_glue_data_cell(cell)))
    return data


def launched_notebook(book: Book, page: str, source: Path, glue: dict, metadata: dict):
    """The notebook of ``page`` that the launch button opens (see the module docstring)."""
    import nbformat

    sys.path.insert(0, str(ROOT))
    from il2book import coursework

    text = source.read_text(encoding="utf-8")
    nb = coursework.notebook(text, page, answer_key=False)
    converter = Converter(book, page, glue)
    intro = (f"*This notebook is the page [{book.titles.get(page, page)}]({book.link(page)}) "
             "of the book, to run and change. Run the cells from the top (Run ▸ Run All Cells).")
    if coursework.has_solutions(text):
        intro += (" The exercises' solutions are not included: they are on the book's page. "
                  "In an exercise with a `check` cell, assign your result to `answer` and run "
                  "the `check` cell.")
    cells = [nbformat.v4.new_markdown_cell(intro + "*")]
    setup = nbformat.v4.new_code_cell(SETUP_CELL)
    setup.metadata["tags"] = ["launch-setup"]
    setup.metadata["jupyter"] = {"source_hidden": True}
    cells.append(setup)
    for cell in nb.cells[1:]:  # [0] is coursework's note for `make student`
        if cell.cell_type == "markdown":
            source_md = re.sub(
                r"^(#+) (Exercise|Solution) `([\w-]+)`$",
                lambda m: f"{m[1]} {book.labels.get('ex-' + m[3], Target('', '', m[2])).text}",
                cell.source, flags=re.M)
            cell.source = converter.markdown(source_md)
            if not cell.source.strip():
                continue
            cell.metadata = {}
        else:
            tags = set(cell.metadata.get("tags", []))
            if tags & HIDDEN_TAGS:
                cell.metadata["jupyter"] = {"source_hidden": True}
        cells.append(cell)
    nb.cells = cells
    nb.metadata = nbformat.from_dict(metadata)
    for index, cell in enumerate(nb.cells):
        cell["id"] = f"{page}-{index}"
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    nb.nbformat, nb.nbformat_minor = 4, 5
    nbformat.validate(nb)
    return nb, converter.problems


def render_markdown_outputs(root: Path = ROOT) -> None:
    """In a kernel: show ``IPython.display.Markdown`` with roles converted (the book's links)."""
    from IPython import get_ipython
    from IPython.display import Markdown

    shell = get_ipython()
    if shell is None:
        return
    converter = Converter(_cached_book(str(root)), "")
    formatter = shell.display_formatter.formatters["text/markdown"]
    formatter.for_type(Markdown, lambda obj: converter.markdown(obj.data or ""))


@lru_cache(maxsize=1)
def _cached_book(root: str) -> Book:
    return load_book(Path(root))


def write_notebooks(out: Path, root: Path = ROOT, execute: bool = True) -> list[Path]:
    import nbformat

    book = load_book(root)
    metadata = kernel_metadata()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for page in book.pages:
        source = root / "book" / f"{page}.md"
        if not source.exists() or not _is_notebook(source):
            continue
        glue = glue_data(source) if execute else {}
        nb, problems = launched_notebook(book, page, source, glue, metadata)
        for problem in problems:
            print(f"binder_notebooks: {page}: {problem}", file=sys.stderr)
        path = out / f"{page}.ipynb"
        nbformat.write(nb, path)
        written.append(path)
        print(f"binder_notebooks: wrote {path}", flush=True)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=BOOK / LAUNCH_FOLDER)
    parser.add_argument("--no-execute", action="store_true",
                        help="do not run the pages (glued values are then left as their keys)")
    args = parser.parse_args(argv)
    write_notebooks(args.out.resolve(), execute=not args.no_execute)
    return 0


if __name__ == "__main__":
    sys.exit(main())
