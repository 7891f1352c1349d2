"""The PDF editions (scripts/build_pdf.py, `make pdf`) hold the whole book, as printed text.

Built from the session's site build, then read back with pdftotext and pdfinfo (Debian's
poppler-utils): every page of _toc.yml is in, in order; every figure's number and caption and
every numbered equation's number is on paper; nothing shows raw MyST or a traceback; the student
edition has no solutions and the instructor edition has every one.
"""

from __future__ import annotations

import re
import subprocess
import sys
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytestmark = pytest.mark.build

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "_build" / "pdf"
STUDENT, INSTRUCTOR = PDF / "il2-textbook.pdf", PDF / "il2-textbook-instructor.pdf"
RAW_MYST = re.compile(r"\{(cite|term|numref|ref|eq|glue|doc)(:[a-z]+)?\}`|^:::|```\{|\{figure\}",
                      re.MULTILINE)


class _Captions(HTMLParser):
    """Text of every <figcaption> and every equation number of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.captions: list[str] = []
        self.equations: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag, attrs) -> None:
        classes = dict(attrs).get("class") or ""
        if tag == "figcaption":
            self._in, self.captions = "caption", [*self.captions, ""]
        elif tag == "span" and "eqno" in classes.split():
            self._in, self.equations = "eqno", [*self.equations, ""]

    def handle_endtag(self, tag) -> None:
        if (tag == "figcaption" and self._in == "caption") or (tag == "span" and self._in):
            self._in = None

    def handle_data(self, data) -> None:
        if self._in == "caption":
            self.captions[-1] += data
        elif self._in == "eqno":
            self.equations[-1] += data


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def pdfs(built_site: Path) -> dict[Path, str]:
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_pdf.py")], cwd=ROOT,
                          capture_output=True, text=True, timeout=900, stdin=subprocess.DEVNULL,
                          check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return {pdf: flat(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                     text=True, check=True).stdout)
            for pdf in (STUDENT, INSTRUCTOR)}


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE).group(1))


def site_titles(html: Path) -> list[str]:
    from test_book_build import toc_docnames

    titles = []
    for doc in toc_docnames():
        heading = re.search(r"<h1[^>]*>(.*?)</h1>", (html / f"{doc}.html").read_text("utf-8"),
                            re.DOTALL)
        titles.append(flat(re.sub(r"<[^>]+>|#", "", heading.group(1))))
    return titles


def test_both_editions_have_many_pages_and_instructors_more(pdfs) -> None:
    assert page_count(STUDENT) >= 100
    assert page_count(INSTRUCTOR) > page_count(STUDENT)


def test_every_page_is_in_reading_order_with_its_title(pdfs, built_site: Path) -> None:
    from pypdf import PdfReader

    titles = site_titles(built_site)
    for pdf in pdfs:
        reader = PdfReader(pdf)
        marks = [(flat(m.title), reader.get_destination_page_number(m)) for m in reader.outline]
        assert [t for t, _ in marks] == titles, pdf.name
        assert [n for _, n in marks] == sorted(n for _, n in marks), pdf.name
        for title, number in marks:
            assert title in flat(reader.pages[number].extract_text()), (pdf.name, title)


def test_every_figure_caption_and_equation_number_is_printed(pdfs, built_site: Path) -> None:
    missing = []
    for page in sorted(built_site.glob("*.html")):
        found = _Captions()
        found.feed(page.read_text(encoding="utf-8"))
        for caption in found.captions:
            start = flat(caption)[:60]
            missing += [f"{page.name}: caption {start!r}" for text in pdfs.values()
                        if start not in text]
        for number in found.equations:
            missing += [f"{page.name}: equation {flat(number)}" for text in pdfs.values()
                        if flat(number).rstrip("#") not in text]
    assert not missing, "\n".join(missing[:20])


def code_blocks(html: Path) -> str:
    """The text of every code block of the site, flattened: where MyST is shown on purpose."""
    blocks = []
    for page in html.glob("*.html"):
        for block in re.findall(r"<pre[^>]*>(.*?)</pre>", page.read_text("utf-8"), re.DOTALL):
            blocks.append(flat(unescape(re.sub(r"<[^>]+>", "", block))))
    return " | ".join(blocks)


def test_no_raw_myst_or_traceback(pdfs, built_site: Path) -> None:
    shown = code_blocks(built_site)
    for pdf, text in pdfs.items():
        raw = [text[m.start():m.start() + 30] for m in RAW_MYST.finditer(text)
               if text[m.start():m.start() + 30] not in shown]
        assert not raw, (pdf.name, raw[:5])
        assert "Traceback (most recent call last)" not in text, pdf.name


def test_solutions_only_in_the_instructor_edition(pdfs) -> None:
    exercises = len(re.findall(r"Exercise \d+\.\d+ ", pdfs[STUDENT]))
    assert exercises > 10
    assert "Solution to Exercise" not in pdfs[STUDENT]
    solutions = set(re.findall(r"Solution to Exercise (\d+\.\d+)", pdfs[INSTRUCTOR]))
    assert len(solutions) >= 20, sorted(solutions)
