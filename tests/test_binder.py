"""Do what Binder does, without Binder, and open every launched page in a real JupyterLab.

Binder (repo2docker) copies the repository into an image whose Python environment already holds
JupyterLab and Notebook (repo2docker pins them: jupyterlab 4.4.9 and notebook 7.4.7 in
repo2docker/buildpacks/conda/environment.py-3.11-linux-64.lock), installs requirements.txt with pip
on top, runs postBuild, and starts JupyterLab in the repository; a chapter's launch button opens
book/launch/<page>.ipynb, which postBuild wrote from the page (scripts/binder_notebooks.py). Here,
once per test session and per JupyterLab (Binder's, and the newest 4.x on PyPI):

1. the repository's files (git's tracked and untracked-but-not-ignored files, as in a clone) are
   copied to a temporary folder;
2. a new virtual environment (no system site-packages) gets that JupyterLab and Notebook, then
   `pip install -r requirements.txt` and nothing else, from the copy (pip's cache makes this quick
   after the first time);
3. postBuild runs in that environment with a fresh home folder;
4. `jupyter lab` starts on 127.0.0.1 (fixed port, no token) and Debian's chromium, driven by
   Playwright, opens every page through its launch URL path (`lab/tree/book/launch/<page>.ipynb`):
   it must open as a notebook with a python3 kernel of that environment, unmodified, show no raw
   MyST in its rendered Markdown, run all cells without an error or stderr output and without
   printing an exercise's answer, and redraw its explorer when a slider moves.

The measurements (per page and JupyterLab: open, Run All and redraw times, raw MyST strings) are
written to _build/jupyterlab-report.json.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pytest
import yaml
from conftest import chromium
from test_book_build import notebook_docnames, source_of

pytestmark = pytest.mark.binder

ROOT = Path(__file__).resolve().parent.parent
INSTALL_TIMEOUT_S = 1800
POSTBUILD_TIMEOUT_S = 900
SKIP_WHEN_COPYING = {".git", ".venv", "node_modules", "_build", ".pytest_cache", ".ruff_cache",
                     ".hypothesis", "__pycache__"}
# What Binder's image holds before requirements.txt: repo2docker's conda environment for
# Python 3.11 (environment.py-3.11-linux-64.lock). Update with repo2docker.
BINDER_JUPYTER = ("jupyterlab==4.4.9", "notebook==7.4.7")
# The second JupyterLab the launch is tested on: the newest 4.x (and its Notebook) on PyPI.
NEWEST_JUPYTER = ("jupyterlab>=4,<5", "notebook>=7,<8")
LAUNCH_FOLDER = "launch"
LAB_PORTS = {"binder": 18931, "newest": 18932}
OPEN_TIMEOUT_MS = 90_000
RUN_ALL_TIMEOUT_MS = 300_000
REDRAW_TIMEOUT_MS = 60_000
REPORT = ROOT / "_build" / "jupyterlab-report.json"
# MyST that JupyterLab would show as text: a role or directive name in braces, a `(label)=`
# target, a directive option line.
RAW_MYST = re.compile(
    r"\{(?:cite|term|glue|numref|ref|eq|doc|math|exercise|solution|admonition|table|figure|"
    r"code-cell|note|tip|warning|dropdown|glossary|bibliography|prf|index)[\w:+-]*\}"
    r"|^\s*\([\w-]+\)=\s*$|^\s*:(?:label|class|name|tags|format):", re.M)


@dataclass(frozen=True)
class BinderEnv:
    repo: Path
    venv: Path
    home: Path
    postbuild_log: str = ""

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    def env(self) -> dict[str, str]:
        """A user's environment inside the image: the venv first on PATH, a fresh home."""
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("JUPYTER", "PYTHON", "VIRTUAL_ENV", "MPL", "IPYTHON"))}
        env.update(HOME=str(self.home), VIRTUAL_ENV=str(self.venv),
                   PATH=f"{self.venv / 'bin'}{os.pathsep}{env.get('PATH', '')}",
                   PYDEVD_DISABLE_FILE_VALIDATION="1")
        # pip's cache stays where it is: it only saves downloads.
        env.setdefault("PIP_CACHE_DIR", str(Path.home() / ".cache" / "pip"))
        return env


def repository_files() -> list[Path]:
    """The files a clone of the repository would have (with uncommitted changes, if any)."""
    if (ROOT / ".git").exists() and shutil.which("git"):
        out = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT, capture_output=True, check=True,
        ).stdout  # fmt: skip
        return [ROOT / p for p in out.decode().split("\0") if p and (ROOT / p).is_file()]
    return [p for p in ROOT.rglob("*")
            if p.is_file() and not SKIP_WHEN_COPYING.intersection(p.relative_to(ROOT).parts)]


def _run(cmd: list[str], env: BinderEnv, cwd: Path, timeout: float, what: str) -> str:
    proc = subprocess.run(cmd, cwd=cwd, env=env.env(), stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          timeout=timeout, check=False)
    assert proc.returncode == 0, f"{what} failed (exit {proc.returncode}):\n{proc.stdout[-4000:]}"
    return proc.stdout


def binder_like_env(base: Path, jupyter: tuple[str, ...]) -> BinderEnv:
    """A copy of the repository, a venv with ``jupyter`` then requirements.txt, postBuild run."""
    env = BinderEnv(base / "repo", base / "venv", base / "home")
    for path in repository_files():
        target = env.repo / path.relative_to(ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    env.home.mkdir()
    python = getattr(sys, "_base_executable", None) or sys.executable
    _run([python, "-m", "venv", str(env.venv)], env, base, 300, "python -m venv")
    pip = [str(env.python), "-m", "pip", "install", "--disable-pip-version-check",
           "--progress-bar", "off"]
    _run([*pip, *jupyter], env, env.repo, INSTALL_TIMEOUT_S, f"pip install {' '.join(jupyter)}")
    _run([*pip, "-r", "requirements.txt"], env, env.repo, INSTALL_TIMEOUT_S,
         "pip install -r requirements.txt")
    log = _run(["bash", "postBuild"], env, env.repo, POSTBUILD_TIMEOUT_S, "postBuild")
    return BinderEnv(env.repo, env.venv, env.home, log)


@pytest.fixture(scope="session")
def binder(tmp_path_factory: pytest.TempPathFactory) -> BinderEnv:
    """Binder's image: Binder's JupyterLab, then requirements.txt, then postBuild."""
    return binder_like_env(tmp_path_factory.mktemp("binder"), BINDER_JUPYTER)


@pytest.fixture(scope="session")
def newest_lab_env(tmp_path_factory: pytest.TempPathFactory) -> BinderEnv:
    """The same on the newest JupyterLab 4.x."""
    return binder_like_env(tmp_path_factory.mktemp("binder-newest"), NEWEST_JUPYTER)


def test_requirements_alone_give_the_book_environment(binder: BinderEnv) -> None:
    code = ("import il2lib, jupytext, nbclient, ipykernel, ipywidgets, matplotlib, scipy, sys;"
            "print(sys.prefix); print(il2lib.__file__)")
    prefix, il2lib_file = _run([str(binder.python), "-c", code], binder, binder.repo, 300,
                               "importing the book's packages").split()[:2]
    assert Path(prefix) == binder.venv
    assert Path(il2lib_file).is_relative_to(binder.repo), "il2lib is not the repository's own"
    cfg = _run([str(binder.python), "-c",
                "import sys; print(any('system-site-packages = true' in l for l in "
                "open(sys.prefix + '/pyvenv.cfg')))"], binder, binder.repo, 60, "pyvenv.cfg")
    assert cfg.strip() == "False"
    # jupytext's JupyterLab extension ships in its wheel: what opens .md as a notebook.
    lab_extension = binder.venv / "share/jupyter/labextensions/jupyterlab-jupytext/package.json"
    assert lab_extension.is_file(), "jupytext's JupyterLab extension is not installed"


def test_postbuild_makes_myst_markdown_open_as_a_notebook(binder: BinderEnv) -> None:
    settings = binder.home / ".jupyter/labconfig/default_setting_overrides.json"
    assert settings.is_file(), "postBuild wrote no JupyterLab settings"
    viewers = json.loads(settings.read_text())["@jupyterlab/docmanager-extension:plugin"][
        "defaultViewers"]
    assert viewers.get("markdown") == viewers.get("myst") == "Jupytext Notebook"


def test_runtime_matches_the_python_requirements_need() -> None:
    runtime = (ROOT / "runtime.txt").read_text().strip()
    assert runtime.startswith("python-3.")
    requires = next(line for line in (ROOT / "pyproject.toml").read_text().splitlines()
                    if line.startswith("requires-python"))
    minimum = requires.split(">=")[1].strip().strip('"')
    as_tuple = lambda v: tuple(int(x) for x in v.split("."))  # noqa: E731
    assert as_tuple(runtime.removeprefix("python-")) >= as_tuple(minimum)


def test_binder_jupyterlab_survives_requirements(binder: BinderEnv) -> None:
    """requirements.txt does not replace the JupyterLab and Notebook that Binder provides."""
    code = ("from importlib.metadata import version; "
            "print(version('jupyterlab'), version('notebook'))")
    versions = _run([str(binder.python), "-c", code], binder, binder.repo, 60, "versions").split()
    assert versions == [spec.split("==")[1] for spec in BINDER_JUPYTER]


def without_math(text: str) -> str:
    """``text`` with its $...$ and $$...$$ spans removed (MathJax typesets them, roles or not)."""
    text = re.sub(r"\$\$.*?\$\$", "", text, flags=re.S)
    return re.sub(r"\$[^$\n]+\$", "", text)


def raw_myst_in_markdown(markdown: str) -> list[str]:
    """What JupyterLab would show of MyST in this Markdown: directive fences rendered as code
    blocks, roles, targets and options in the text (code blocks and spans, which show code on
    purpose, are left out, and so is math, which MathJax typesets: ``n_{\\mathrm{ref}}`` is not a
    role)."""
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").enable("table").render(without_math(markdown))
    fences = re.findall(r'<code class="language-(\{[^"]*\})', html)
    text = re.sub(r"<code[^>]*>.*?</code>", "", html, flags=re.S)
    return fences + RAW_MYST.findall(re.sub(r"<[^>]+>", "", text))


def launched_notebook_path(env: BinderEnv, docname: str) -> Path:
    return env.repo / "book" / LAUNCH_FOLDER / f"{docname}.ipynb"


def test_postbuild_writes_a_launched_notebook_for_every_page(binder: BinderEnv) -> None:
    problems = [line for line in binder.postbuild_log.splitlines()
                if re.match(r"^binder_notebooks: [\w-]+: ", line)]
    assert not problems, "binder_notebooks.py could not convert:\n" + "\n".join(problems)
    for docname in notebook_docnames():
        assert launched_notebook_path(binder, docname).is_file(), f"{docname}: no notebook"


@pytest.mark.parametrize("docname", notebook_docnames())
def test_launched_notebook_is_plain_markdown_without_solutions(binder: BinderEnv,
                                                               docname: str) -> None:
    import nbformat

    sys.path.insert(0, str(ROOT))
    from il2book import coursework

    nb = nbformat.read(launched_notebook_path(binder, docname), as_version=4)
    nbformat.validate(nb)
    assert nb.nbformat_minor >= 5 and all(cell.get("id") for cell in nb.cells)
    assert nb.metadata.kernelspec.name == "python3"
    assert nb.metadata.language_info.name == "python"
    assert all(not cell.get("outputs") for cell in nb.cells if cell.cell_type == "code")
    markdown = "\n\n".join(cell.source for cell in nb.cells if cell.cell_type == "markdown")
    raw = raw_myst_in_markdown(markdown)
    assert not raw, f"{docname}: raw MyST in the Markdown cells: {raw}"
    text = source_of(docname).read_text(encoding="utf-8")
    kept = {line.strip() for line in coursework.strip_solutions(text).splitlines()}
    secret = [line for line in coursework.block_lines(text, "solution")
              if len(line) > 20 and line not in kept]
    everything = {line.strip() for cell in nb.cells for line in cell.source.splitlines()}
    leaked = [line for line in secret if line in everything]
    assert not leaked, f"{docname}: solution text in the launched notebook: {leaked[:3]}"


def test_launched_notebooks_refer_to_the_book_as_it_numbers(built_site: Path) -> None:
    """The link texts binder_notebooks.py gives references are those of the built book."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import binder_notebooks

    book = binder_notebooks.load_book(ROOT)
    link = re.compile(r'<a class="reference internal" href="([^"]*#[^"]*)"[^>]*>'
                      r'(?:<span class="std std-(?:numref|ref)">([^<]*)</span>|(\([\d.]+\)))')
    checked, problems = 0, []
    for html in sorted(built_site.glob("*.html")):
        for href, ref_text, eq_text in link.findall(html.read_text(encoding="utf-8")):
            page, _, anchor = href.partition("#")
            page = page.removesuffix(".html") or html.stem
            if anchor.startswith("equation-"):
                target = book.equations.get(anchor.removeprefix("equation-"))
            else:
                target = book.labels.get(anchor)
            shown = ref_text or eq_text
            if not re.search(r"\d", shown) and target and target.text != shown:
                continue  # a {ref} with its own text
            checked += 1
            if target is None or target.page != page or target.text != shown:
                problems.append(f"{html.name}: {href} shows {shown!r}, notebooks: {target}")
    assert checked > 0
    assert not problems, "\n".join(problems[:20])
    glossary = (built_site / "glossary.html").read_text(encoding="utf-8")
    ids = set(re.findall(r'<dt id="(term-[^"]*)"', glossary))
    assert set(book.terms.values()) == ids


def test_every_chapter_has_a_binder_link_to_its_launched_notebook(built_site: Path) -> None:
    """The launch button opens book/launch/<page>.ipynb in JupyterLab, in the configured repo."""
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    repo = config["repository"]
    org_repo = repo["url"].removeprefix("https://github.com/").strip("/")
    binder = config["launch_buttons"]["binderhub_url"].rstrip("/")
    folder = repo.get("path_to_book", "book")
    problems = []
    for docname in notebook_docnames():
        path = f"{folder}/{LAUNCH_FOLDER}/{docname}.ipynb"
        link = f'href="{binder}/v2/gh/{org_repo}/{repo["branch"]}?urlpath=lab/tree/{path}"'
        if link not in (built_site / f"{docname}.html").read_text(encoding="utf-8"):
            problems.append(f"{docname}: no launch link {link}")
    assert not problems, "\n".join(problems)


def test_launch_folder_is_the_one_the_launch_links_use() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    sys.path.insert(0, str(ROOT / "book" / "_ext"))
    import binder_notebooks
    import il2_html

    assert binder_notebooks.LAUNCH_FOLDER == il2_html.LAUNCH_FOLDER == LAUNCH_FOLDER


# ---- the real client: JupyterLab in chromium -------------------------------------------------


@dataclass
class LabServer:
    name: str
    env: BinderEnv
    url: str
    version: str
    process: subprocess.Popen


@dataclass
class LaunchReport:
    lab: str
    jupyterlab: str
    page: str
    opens_as_notebook: bool = False
    kernel: str = ""
    open_s: float = 0.0
    modified_on_open: bool = True
    raw_myst: list[str] = field(default_factory=list)
    rendered_markdown_cells: int = 0
    run_all_s: float = 0.0
    errors: list[str] = field(default_factory=list)
    answers_printed: int = 0
    checks_unanswered: int = 0
    explorers: int = 0
    sliders: int = 0
    redraw_s: float | None = None
    kernel_prefix: str = ""


def _start_lab(name: str, env: BinderEnv) -> LabServer:
    port = LAB_PORTS[name]
    log = (env.home / "jupyterlab.log").open("w")
    command = [str(env.venv / "bin" / "jupyter"), "lab", "--no-browser", "--ip=127.0.0.1",
               f"--port={port}", "--port-retries=20", "--allow-root",
               "--IdentityProvider.token=", "--ServerApp.password=",
               "--ServerApp.disable_check_xsrf=True", "--LabApp.expose_app_in_browser=True",
               f"--ServerApp.root_dir={env.repo}"]
    process = subprocess.Popen(command, cwd=env.repo, env=env.env(), stdin=subprocess.DEVNULL,
                               stdout=log, stderr=subprocess.STDOUT)
    # The server records where it listens in its runtime file (another port if this one is taken).
    runtime = env.home / ".local/share/jupyter/runtime" / f"jpserver-{process.pid}.json"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if runtime.is_file():
            try:
                info = json.loads(runtime.read_text())
                url = f"http://127.0.0.1:{info['port']}/"
                with urllib.request.urlopen(url + "api/status", timeout=5):
                    pass
                version = _run([str(env.python), "-c", "import jupyterlab; "
                                "print(jupyterlab.__version__)"], env, env.repo, 60, "version")
                return LabServer(name, env, url, version.strip(), process)
            except (OSError, ValueError, KeyError):
                pass
        time.sleep(0.5)
    _stop_lab(process)
    pytest.fail(f"jupyter lab did not start:\n{(env.home / 'jupyterlab.log').read_text()[-3000:]}")


def _stop_lab(process: subprocess.Popen) -> None:
    """Stop the server this test started (by its PID); it shuts its kernels down."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=30)


@pytest.fixture(scope="session", params=["binder", "newest"])
def jupyterlab(request: pytest.FixtureRequest) -> LabServer:
    env = request.getfixturevalue("binder" if request.param == "binder" else "newest_lab_env")
    server = _start_lab(request.param, env)
    yield server
    _stop_lab(server.process)


@pytest.fixture(scope="module")
def lab_browser():
    """Chromium for this module only: test_browser.py starts its own Playwright afterwards, and
    two synchronous Playwright instances cannot run at once."""
    with chromium() as browser:
        yield browser


@pytest.fixture(scope="session")
def lab_reports():
    reports: list[LaunchReport] = []
    yield reports
    if reports:
        REPORT.parent.mkdir(parents=True, exist_ok=True)
        REPORT.write_text(json.dumps([asdict(r) for r in reports], indent=1), encoding="utf-8")


# JavaScript run in the page; `window.jupyterapp` is there with --LabApp.expose_app_in_browser.
# Each function takes the notebook's path and finds its panel among the open documents.
JS_FIND = """const find = (path) => {
  if (!window.jupyterapp) return null;
  for (const w of window.jupyterapp.shell.widgets('main'))
    if (w.context && w.context.path === path) return w;
  return null;
};"""
JS_NOTEBOOK_READY = """(path) => {
  const w = find(path);
  const kernel = w && w.sessionContext && w.sessionContext.session
                 && w.sessionContext.session.kernel;
  return !!(w && w.context.isReady && kernel && kernel.status === 'idle');
}"""
JS_FIND_READY_DOCUMENT = """(path) => {
  const w = find(path);
  return !!(w && w.context.isReady);
}"""
JS_NOTEBOOK_STATE = """(path) => {
  const w = find(path);
  return {notebook: w.hasClass('jp-NotebookPanel'), dirty: w.context.model.dirty,
          kernel: w.sessionContext.session.kernel.name, cells: w.content.widgets.length};
}"""
JS_RUN_ALL = """(path) => {
  const w = find(path);
  window.jupyterapp.shell.activateById(w.id);
  return window.jupyterapp.commands.execute('notebook:run-all-cells');
}"""
JS_RUN_ALL_DONE = """(path) => {
  const w = find(path);
  const code = w.content.widgets.filter(c => c.model.type === 'code');
  return code.every(c => c.model.executionCount !== null)
         && w.sessionContext.session.kernel.status === 'idle';
}"""
JS_OUTPUTS = """(path) => {
  const w = find(path);
  const problems = [], texts = [];
  w.content.widgets.forEach((c, i) => {
    if (c.model.type !== 'code') return;
    for (const o of c.model.outputs.toJSON()) {
      if (o.output_type === 'error') problems.push(`cell ${i}: ${o.ename}: ${o.evalue}`);
      if (o.output_type === 'stream' && o.name === 'stderr')
        problems.push(`cell ${i} stderr: ${String(o.text).slice(0, 300)}`);
      if (o.output_type === 'stream') texts.push(String(o.text));
    }
  });
  return {problems, texts};
}"""
# Every cell is scrolled into view (JupyterLab renders only what is near the viewport) and the
# text of its rendered Markdown (cells and Markdown outputs) is collected, without typeset maths.
JS_RENDERED_MARKDOWN = """async (path) => {
  const w = find(path);
  const texts = [];
  let rendered = 0;
  for (let i = 0; i < w.content.widgets.length; i++) {
    const cell = w.content.widgets[i];
    await w.content.scrollToItem(i, 'start');
    if (cell.model.type === 'markdown') {
      let node = null;
      for (let t = 0; t < 100 && !(node = cell.node.querySelector('.jp-RenderedMarkdown')); t++)
        await new Promise(r => setTimeout(r, 50));
      if (node) rendered++;
    }
    for (const node of cell.node.querySelectorAll('.jp-RenderedMarkdown')) {
      const copy = node.cloneNode(true);
      copy.querySelectorAll('code[class*="language-{"]').forEach(
        c => texts.push('{' + c.className.split('language-{')[1]));
      copy.querySelectorAll('mjx-container, .MathJax, script, pre, code').forEach(
        m => m.remove());
      texts.push(copy.textContent);
    }
  }
  return {texts, rendered,
          markdownCells: w.content.widgets.filter(c => c.model.type === 'markdown').length};
}"""
# The first cell whose output is an ipywidgets view (an explorer): scrolled into view and marked.
JS_SHOW_EXPLORER = """async (path) => {
  const w = find(path);
  const widget = 'application/vnd.jupyter.widget-view+json';
  const explorers = w.content.widgets.filter(c => c.model.type === 'code' &&
    c.model.outputs.toJSON().some(o => o.data && o.data[widget]));
  if (!explorers.length) return 0;
  await w.content.scrollToItem(w.content.widgets.indexOf(explorers[0]), 'start');
  explorers[0].node.setAttribute('data-explorer', 'first');
  return explorers.length;
}"""
JS_KERNEL_PREFIX = """(path) => new Promise((resolve, reject) => {
  const kernel = find(path).sessionContext.session.kernel;
  const future = kernel.requestExecute({code: 'import sys; print(sys.prefix, end="")',
                                        silent: false, store_history: false});
  let text = '';
  future.onIOPub = msg => { if (msg.header.msg_type === 'stream') text += msg.content.text; };
  future.done.then(() => resolve(text), reject);
})"""


def _js(function: str) -> str:
    """A JS_* function as one expression that evaluates to it, with ``find`` in its scope."""
    return f"(() => {{ {JS_FIND} return {function}; }})()"


def _lab_request(server: LabServer, method: str, path: str):
    request = urllib.request.Request(server.url + path, method=method)
    with urllib.request.urlopen(request, timeout=30) as response:
        body = response.read()
    return json.loads(body) if body else None


def _reset_lab(server: LabServer) -> None:
    """No kernel left running and no saved layout: the next page opens as on a fresh launch."""
    for session in _lab_request(server, "GET", "api/sessions") or []:
        _lab_request(server, "DELETE", f"api/sessions/{session['id']}")
    for workspace in (_lab_request(server, "GET", "lab/api/workspaces") or {}).get(
            "workspaces", {}).get("ids", []):
        _lab_request(server, "DELETE", f"lab/api/workspaces/{workspace}")


def _image_sources(area) -> list[str]:
    return area.evaluate("a => Array.from(a.querySelectorAll('img')).map(i => i.src)")


@pytest.mark.jupyterlab
@pytest.mark.parametrize("docname", notebook_docnames())
def test_launched_page_runs_in_jupyterlab(jupyterlab: LabServer, lab_browser, lab_reports,
                                          docname: str) -> None:
    notebook_file = launched_notebook_path(jupyterlab.env, docname)
    before = notebook_file.read_bytes()
    path = notebook_file.relative_to(jupyterlab.env.repo).as_posix()
    report = LaunchReport(jupyterlab.name, jupyterlab.version, docname)
    lab_reports.append(report)
    _reset_lab(jupyterlab)
    context = lab_browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    state: dict = {}
    try:
        start = time.perf_counter()
        page.goto(f"{jupyterlab.url}lab/tree/{path}", wait_until="domcontentloaded")
        page.wait_for_function(_js(JS_NOTEBOOK_READY), arg=path, timeout=OPEN_TIMEOUT_MS,
                               polling=200)
        report.open_s = round(time.perf_counter() - start, 2)
        state = page.evaluate(_js(JS_NOTEBOOK_STATE), path)
        report.opens_as_notebook = state["notebook"]
        report.kernel = state["kernel"]
        page.wait_for_timeout(2000)  # what JupyterLab does just after opening (kernel info)
        report.modified_on_open = (page.evaluate(_js(JS_NOTEBOOK_STATE), path)["dirty"]
                                   or notebook_file.read_bytes() != before)
        report.kernel_prefix = page.evaluate(_js(JS_KERNEL_PREFIX), path)

        start = time.perf_counter()
        page.evaluate(_js(JS_RUN_ALL), path)
        page.wait_for_function(_js(JS_RUN_ALL_DONE), arg=path, timeout=RUN_ALL_TIMEOUT_MS,
                               polling=250)
        report.run_all_s = round(time.perf_counter() - start, 2)
        outputs = page.evaluate(_js(JS_OUTPUTS), path)
        report.errors = outputs["problems"]
        printed = "\n".join(outputs["texts"])
        report.answers_printed = len(re.findall(r"^[\w-]+: correct\.$", printed, re.M))
        report.checks_unanswered = len(re.findall(r"^[\w-]+: not answered yet", printed, re.M))

        markdown = page.evaluate(_js(JS_RENDERED_MARKDOWN), path)
        report.rendered_markdown_cells = markdown["rendered"]
        report.raw_myst = RAW_MYST.findall(without_math("\n".join(markdown["texts"])))
        assert markdown["rendered"] == markdown["markdownCells"], "Markdown cells not rendered"

        report.explorers = page.evaluate(_js(JS_SHOW_EXPLORER), path)
        sliders = page.locator("[data-explorer] .jp-OutputArea-output .widget-slider:visible")
        if report.explorers:
            sliders.first.wait_for(state="visible", timeout=REDRAW_TIMEOUT_MS)
        report.sliders = sliders.count()
        if report.sliders:
            slider = sliders.first
            slider.scroll_into_view_if_needed()
            area = slider.locator("xpath=ancestor::div[contains(@class,'jp-OutputArea')][1]")
            images = _image_sources(area)
            start = time.perf_counter()
            handle = slider.locator(".noUi-handle").first
            handle.focus()
            handle.press("ArrowRight")
            page.wait_for_function(
                "([a, old]) => { const now = Array.from(a.querySelectorAll('img')).map(i => "
                "i.src); return now.length > 0 && JSON.stringify(now) !== JSON.stringify(old); }",
                arg=[area.element_handle(), images], timeout=REDRAW_TIMEOUT_MS, polling=100)
            report.redraw_s = round(time.perf_counter() - start, 2)
    finally:
        context.close()
        _reset_lab(jupyterlab)

    assert report.opens_as_notebook, f"{docname} did not open as a notebook: {state}"
    assert report.kernel == "python3"
    assert Path(report.kernel_prefix) == jupyterlab.env.venv, report.kernel_prefix
    assert not report.modified_on_open, f"{docname}: opening it marked it modified"
    assert not report.errors, f"{docname}: " + "\n".join(report.errors)
    assert not report.raw_myst, f"{docname}: raw MyST in the rendered Markdown: {report.raw_myst}"
    assert report.answers_printed == 0, f"{docname}: Run All printed an exercise's answer"
    if report.explorers:
        assert report.sliders and report.redraw_s is not None, f"{docname}: explorer not redrawn"


@pytest.mark.jupyterlab
def test_myst_source_opens_as_a_notebook_with_jupytext(jupyterlab: LabServer, lab_browser) -> None:
    """jupytext's JupyterLab extension loads on this JupyterLab: a page's .md source, opened from
    the file browser, is a notebook (jupytext 1.19.5 and 1.19.6 fail to load on JupyterLab 4.4)."""
    path = source_of("intro").relative_to(ROOT).as_posix()
    _reset_lab(jupyterlab)
    context = lab_browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" and "jupytext" in message.text.lower() else None)
    try:
        page.goto(f"{jupyterlab.url}lab/tree/{path}", wait_until="domcontentloaded")
        page.wait_for_function(_js(JS_FIND_READY_DOCUMENT), arg=path, timeout=OPEN_TIMEOUT_MS,
                               polling=200)
        is_notebook = page.evaluate(_js("(path) => find(path).hasClass('jp-NotebookPanel')"),
                                    path)
    finally:
        context.close()
        _reset_lab(jupyterlab)
    assert not errors, "\n".join(errors)
    assert is_notebook, f"{path} opened as a text file on JupyterLab {jupyterlab.version}"
