#!/usr/bin/env python3
"""Build the site without solutions into _build/html-student (`make book-student`).

For instructors who publish the book to a class. The sources are preprocessed, not the HTML:
book/ is copied to _build/student-site/book with every `solution` directive and every gated
`solution-start`...`solution-end` block (with its code cells) removed, and that copy is built with
the same command and strictness as `make book` (-W -n --keep-going --all). sphinx-exercise's own
`hide_solutions` option is not used: it fails on gated solutions. The student site keeps its own
execution cache in _build/student-site/_build/.jupyter_cache.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_book import build_command, build_env  # noqa: E402

from il2book import coursework  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "_build" / "student-site"
SOURCE = SITE / "book"
OUTPUT = ROOT / "_build" / "html-student"
VENDOR = ROOT / "_build" / "vendor-extra"


def prepare_sources() -> list[str]:
    """Copy book/ and _toc.yml into SITE, solutions removed; return the pages that changed."""
    shutil.rmtree(SOURCE, ignore_errors=True)
    shutil.copytree(ROOT / "book", SOURCE, ignore=shutil.ignore_patterns("_build", ".*"))
    shutil.copy2(ROOT / "_toc.yml", SITE / "_toc.yml")
    # _config.yml's html_extra_path is relative to the source folder: ../_build/vendor-extra.
    link = SITE / "_build" / "vendor-extra"
    link.parent.mkdir(parents=True, exist_ok=True)
    if not link.exists():
        link.symlink_to(VENDOR, target_is_directory=True)
    changed = []
    for page in sorted(SOURCE.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        stripped = coursework.strip_solutions(text)
        if coursework.has_solutions(text):
            page.write_text(stripped, encoding="utf-8")
            changed.append(page.stem)
    return changed


def main() -> int:
    if not (VENDOR / "vendor" / "VERSIONS.json").exists():
        print("build_student_site: run `make vendor` first", file=sys.stderr)
        return 2
    changed = prepare_sources()
    print(f"build_student_site: solutions removed from {', '.join(changed) or 'no page'}")
    cmd = build_command()
    cmd[cmd.index("build") + 1] = str(SOURCE)
    cmd[cmd.index("--toc") + 1] = str(SITE / "_toc.yml")
    cmd[cmd.index("--path-output") + 1] = str(SITE)
    for stale in (SITE / "_build" / "html", SITE / "_build" / "jupyter_execute", OUTPUT):
        shutil.rmtree(stale, ignore_errors=True)
    print("build_student_site:", " ".join(cmd), flush=True)
    rc = subprocess.call(cmd, cwd=ROOT, env=build_env())
    if rc != 0:
        print(f"\nbuild_student_site: the build FAILED (exit {rc}); see above.", file=sys.stderr)
        return rc
    shutil.copytree(SITE / "_build" / "html", OUTPUT)
    print(f"\nThe site without solutions is in {OUTPUT.relative_to(ROOT)}/.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
