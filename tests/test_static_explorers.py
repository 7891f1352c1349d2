"""Every explorer responds on the static site, with no kernel, and shows il2lib's numbers.

The built site (the session's `build`) is served by a plain static file server and opened in
Debian's chromium. The explorers are found on the built pages (``<div class="il2-explorer"
data-explorer=...>``), so a new explorer is covered without editing this file. On each:

* every control is moved by keyboard and by pointer (and the preset, where there is one); each
  move changes the figure (its canvases), and after each the readout and the figure's text
  description equal il2lib's for the new control values;
* at two settings (the defaults and the far end of every control) the readout and the text
  description equal what il2lib returns for those control values
  (:meth:`il2lib.explorers.Explorer.readout_html`, computed here);
* no request goes to another host or fails, no console error, and axe-core finds no serious or
  critical violation, in light and in dark mode, after the controls moved.

The update times (control change → figure and readouts redrawn) are written to
_build/static-explorers-report.json; their targets live in benchmarks/bench_explorers.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from test_browser import _AXE, AXE, PAGE_TIMEOUT_MS, browser, site_url  # noqa: F401 - fixtures

from il2lib import explorers
from il2lib.explorers.explorer import plain_text
from il2lib.explorers.static import settings_at

pytestmark = pytest.mark.build

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "_build" / "static-explorers-report.json"
PLACEHOLDER = re.compile(r'<div class="il2-explorer" data-explorer="([\w-]+)"')

_SNAPSHOT = """(name) => {
  const root = document.querySelector(`.il2-explorer[data-explorer="${name}"]`);
  return {state: root.dataset.state, ms: Number(root.dataset.updateMs || 'NaN'),
          readout: root.querySelector('.il2-explorer-readout').innerText.trim(),
          alt: root.querySelector('.il2-explorer-figure').getAttribute('aria-label'),
          pixels: Array.from(root.querySelectorAll('canvas')).map(c => c.toDataURL()).join()};
}"""

# Set every control to grid index state[k] through its input, as a reader would, then redraw.
_SET_STATE = """([name, state]) => {
  const root = document.querySelector(`.il2-explorer[data-explorer="${name}"]`);
  const controls = root.querySelectorAll(
    '.il2-explorer-controls > .il2-explorer-control:not(.il2-explorer-preset)');
  controls.forEach((c, k) => {
    const i = state[k];
    const range = c.querySelector('input[type=range]'), select = c.querySelector('select');
    const box = c.querySelector('input[type=checkbox]');
    const radios = c.querySelectorAll('input[type=radio]');
    if (range) { range.value = i; range.dispatchEvent(new Event('input')); }
    else if (select) { select.value = i; select.dispatchEvent(new Event('change')); }
    else if (box) { box.checked = i === 1; box.dispatchEvent(new Event('change')); }
    else { radios[i].checked = true; radios[i].dispatchEvent(new Event('change')); }
  });
  return root.dataset.state;
}"""


def explorer_pages(html: Path) -> dict[str, str]:
    """Each explorer on the built site, by name: the page it is on."""
    found = {}
    for page in sorted(html.glob("*.html")):
        for name in PLACEHOLDER.findall(page.read_text(encoding="utf-8")):
            found[name] = page.name
    return found


@pytest.fixture(scope="module")
def pages(built_site: Path) -> dict[str, str]:
    found = explorer_pages(built_site)
    assert found, "no explorer on the built site: the checks would prove nothing"
    return found


def test_every_registered_explorer_is_on_a_page(pages) -> None:
    assert set(explorers.names()) <= set(pages), f"not on any page: {set(explorers.names())}"


def meta_of(built_site: Path, name: str) -> dict:
    return json.loads((built_site / "_static" / "explorers" / f"{name}.json").read_text())


class Session:
    """One page open in chromium, recording other hosts, failed requests and console errors."""

    def __init__(self, browser_, url: str, name: str, scheme: str = "light"):
        self.problems: list[str] = []
        self.name = name
        origin = urlsplit(url).netloc
        self.context = browser_.new_context(color_scheme=scheme)
        page = self.page = self.context.new_page()
        page.set_default_timeout(PAGE_TIMEOUT_MS)
        page.on("request", lambda r: urlsplit(r.url).scheme in {"data", "blob", "about"}
                or urlsplit(r.url).netloc == origin or self.problems.append(f"host: {r.url}"))
        page.on("response", lambda r: r.status < 400 or self.problems.append(
            f"{r.status} {r.url}"))
        page.on("console", lambda m: m.type != "error" or m.location.get("url", "").endswith(
            "/favicon.ico") or self.problems.append(f"console: {m.text}"))
        page.on("pageerror", lambda e: self.problems.append(f"uncaught: {e}"))
        page.goto(url, wait_until="load")
        page.wait_for_selector(f'.il2-explorer[data-explorer="{name}"][data-ready="true"]')

    def snapshot(self) -> dict:
        return self.page.evaluate(_SNAPSHOT, self.name)

    def after(self, before: dict) -> dict:
        """The state after a move: waits for the redraw (the state attribute changes)."""
        self.page.wait_for_function(
            "([n, s]) => document.querySelector(`.il2-explorer[data-explorer=\"${n}\"]`)"
            ".dataset.state !== s", arg=[self.name, before["state"]])
        self.page.evaluate("() => new Promise(r => requestAnimationFrame(() => r()))")
        return self.snapshot()

    def close(self):
        self.context.close()


def _root(session):
    return session.page.locator(f'.il2-explorer[data-explorer="{session.name}"]')


def _move(session, control: dict, k: int, state: list[int], how: str) -> None:
    """Move control ``k`` from its grid index ``state[k]`` by keyboard or by pointer."""
    root = _root(session)
    wrap = root.locator(
        ".il2-explorer-controls > .il2-explorer-control:not(.il2-explorer-preset)").nth(k)
    n, i = len(control["labels"]), state[k]
    target = i + 1 if i + 1 < n else i - 1
    kind = control["kind"]
    if kind in {"log", "slider", "steps"}:
        slider = wrap.locator("input[type=range]")
        if how == "keyboard":
            slider.focus()
            session.page.keyboard.press("ArrowRight" if target > i else "ArrowLeft")
        else:
            box = slider.bounding_box()
            # the thumb's centre runs from half a thumb in from each end; aim at the target step
            thumb = 16
            x = box["x"] + thumb / 2 + (box["width"] - thumb) * target / (n - 1)
            session.page.mouse.click(x, box["y"] + box["height"] / 2)
    elif kind == "select":
        select = wrap.locator("select")
        if how == "keyboard":
            select.focus()
            session.page.keyboard.press("ArrowDown" if target > i else "ArrowUp")
        else:
            select.select_option(str(target))
    elif kind == "toggle":
        if how == "keyboard":
            wrap.locator("input[type=radio]").nth(i).focus()
            session.page.keyboard.press("ArrowRight" if target > i else "ArrowLeft")
        else:
            wrap.locator("label").nth(target).click()
    else:  # checkbox
        box = wrap.locator("input[type=checkbox]")
        if how == "keyboard":
            box.focus()
            session.page.keyboard.press("Space")
        else:
            wrap.locator("label").click()
    state[k] = target


@pytest.fixture(scope="module")
def moves(built_site, site_url, browser, pages) -> dict[str, dict]:  # noqa: F811
    """Every control of every explorer moved by keyboard and pointer: what changed, how fast."""
    results = {}
    for name, page in pages.items():
        meta = meta_of(built_site, name)
        session = Session(browser, site_url + page, name)
        record = {"page": page, "moves": [], "update_ms": [], "problems": session.problems}
        try:
            state = [c["initial"] for c in meta["controls"]]
            steps = [(k, how) for k in range(len(state)) for how in ("keyboard", "pointer")]
            for k, how in steps + ([("preset", "pointer")] if meta["preset"] else []):
                before = session.snapshot()
                if k == "preset":
                    names = [c["name"] for c in meta["controls"]]
                    differs = [choice for choice, loads in meta["preset"]["choices"].items()
                               if any(state[names.index(c)] != i for c, i in loads.items())]
                    _root(session).locator(".il2-explorer-preset select").select_option(
                        differs[0])
                else:
                    _move(session, meta["controls"][k], k, state, how)
                try:
                    now = session.after(before)
                except Exception as error:  # noqa: BLE001 - say which move did not redraw
                    raise AssertionError(f"{name}: moving {k} by {how} did not redraw") from error
                state = [int(i) for i in now["state"].split(",")]
                record["moves"].append({
                    "control": k if k == "preset" else meta["controls"][k]["name"], "how": how,
                    "state": list(state), "figure": now["pixels"] != before["pixels"],
                    "readout": now["readout"], "alt": now["alt"]})
                record["update_ms"].append(now["ms"])
        finally:
            session.close()
        results[name] = record
    REPORT.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return results


def test_every_control_moves_the_figure(moves) -> None:
    problems = [f"{name}: {m['control']} by {m['how']} did not change the figure"
                for name, r in moves.items() for m in r["moves"] if not m["figure"]]
    assert not problems, "\n".join(problems)


def test_after_every_move_the_texts_are_il2libs(moves) -> None:
    """Readout and text description equal il2lib's for the new control values, so they change
    whenever il2lib's numbers do."""
    problems = []
    for name, r in moves.items():
        explorer = explorers.get(name)
        for m in r["moves"]:
            settings = settings_at(explorer, m["state"])
            values = explorer.values(settings)
            expected = (plain_text(explorer.readout_html(settings, values)),
                        explorer.alt_text(settings, values))
            if (" ".join(m["readout"].split()), m["alt"]) != expected:
                problems.append(f"{name}: after {m['control']} by {m['how']}: {m['readout']!r}")
    assert not problems, "\n".join(problems)


def test_no_other_host_no_failed_request_no_console_error(moves) -> None:
    problems = [f"{name}: {p}" for name, r in moves.items() for p in r["problems"]]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("end", ["defaults", "far end"])
def test_readouts_are_il2libs_numbers(built_site, site_url, browser, pages, end) -> None:  # noqa: F811
    for name, page in pages.items():
        explorer, meta = explorers.get(name), meta_of(built_site, name)
        state = [c["initial"] if end == "defaults" else len(c["labels"]) - 1
                 for c in meta["controls"]]
        session = Session(browser, site_url + page, name)
        try:
            before = session.snapshot()
            session.page.evaluate(_SET_STATE, [name, state])
            shown = session.after(before) if before["state"] != ",".join(map(str, state)) \
                else before
        finally:
            session.close()
        settings = settings_at(explorer, state)
        assert " ".join(shown["readout"].split()) == plain_text(explorer.readout_html(settings)), (
            name, settings)
        assert shown["alt"] == explorer.alt_text(settings), (name, settings)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_or_critical_violation(site_url, browser, pages, scheme) -> None:  # noqa: F811
    problems = []
    for name, page in pages.items():
        session = Session(browser, site_url + page, name, scheme)
        try:
            session.page.add_script_tag(path=str(AXE))
            violations = session.page.evaluate(_AXE)
        finally:
            session.close()
        problems += [f"{name} ({scheme}): {v['impact']} {v['id']}: {v['help']} {v['targets']}"
                     for v in violations if v["impact"] in {"serious", "critical"}]
    assert not problems, "\n".join(problems)
