"""Do what Binder does, without Binder: a fresh environment from requirements.txt alone, then
every chapter opened through jupytext and run top to bottom in a fresh kernel.

Binder (repo2docker) copies the repository, installs requirements.txt with pip into a Python of
the version in runtime.txt, runs postBuild, and starts JupyterLab in the repository; a chapter's
launch button opens book/<chapter>.md, which jupytext shows as a notebook. Here, once per test
session:

1. the repository's files (git's tracked and untracked-but-not-ignored files, as in a clone) are
   copied to a temporary folder;
2. a new virtual environment (no system site-packages) gets `pip install -r requirements.txt`
   and nothing else, from the copy (pip's cache makes this quick after the first time);
3. postBuild runs in that environment with a fresh home folder;

then every chapter of _toc.yml (each page that is a notebook) runs through scripts/run_chapter.py
with that environment's Python, in a kernel of that environment, from the chapter's folder.
JupyterLab itself is not installed: Binder provides it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from test_book_build import notebook_docnames, source_of

pytestmark = pytest.mark.binder

ROOT = Path(__file__).resolve().parent.parent
INSTALL_TIMEOUT_S = 1800
CHAPTER_TIMEOUT_S = 900
SKIP_WHEN_COPYING = {".git", ".venv", "node_modules", "_build", ".pytest_cache", ".ruff_cache",
                     ".hypothesis", "__pycache__"}


@dataclass(frozen=True)
class BinderEnv:
    repo: Path
    venv: Path
    home: Path

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


@pytest.fixture(scope="session")
def binder(tmp_path_factory: pytest.TempPathFactory) -> BinderEnv:
    base = tmp_path_factory.mktemp("binder")
    env = BinderEnv(base / "repo", base / "venv", base / "home")
    for path in repository_files():
        target = env.repo / path.relative_to(ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    env.home.mkdir()
    python = getattr(sys, "_base_executable", None) or sys.executable
    _run([python, "-m", "venv", str(env.venv)], env, base, 300, "python -m venv")
    _run([str(env.python), "-m", "pip", "install", "--disable-pip-version-check",
          "--progress-bar", "off", "-r", "requirements.txt"],
         env, env.repo, INSTALL_TIMEOUT_S, "pip install -r requirements.txt")  # fmt: skip
    _run(["bash", "postBuild"], env, env.repo, 600, "postBuild")
    return env


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


@pytest.mark.parametrize("docname", notebook_docnames())
def test_chapter_runs_top_to_bottom_in_a_fresh_kernel(binder: BinderEnv, docname: str) -> None:
    chapter = binder.repo / source_of(docname).relative_to(ROOT)
    proc = subprocess.run(
        [str(binder.python), str(binder.repo / "scripts/run_chapter.py"), str(chapter)],
        cwd=binder.home, env=binder.env(), stdin=subprocess.DEVNULL, capture_output=True,
        text=True, timeout=CHAPTER_TIMEOUT_S, check=False,
    )  # fmt: skip
    lines = proc.stdout.strip().splitlines()
    assert lines, f"{docname}: no result (exit {proc.returncode}):\n{proc.stderr[-3000:]}"
    result = json.loads(lines[-1])
    assert not result["errors"], f"{docname}: " + "\n".join(result["errors"])
    assert not result["stderr"], f"{docname} wrote to stderr:\n" + "\n".join(result["stderr"])
    assert Path(result["kernel_prefix"]) == binder.venv, (
        f"{docname} ran in {result['kernel_prefix']}, not in the Binder environment"
    )


def test_every_chapter_has_a_binder_link_to_its_own_source(built_site: Path) -> None:
    """The launch button opens the chapter's own file in JupyterLab, in the configured repo."""
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    repo = config["repository"]
    org_repo = repo["url"].removeprefix("https://github.com/").strip("/")
    binder = config["launch_buttons"]["binderhub_url"].rstrip("/")
    problems = []
    for docname in notebook_docnames():
        source = source_of(docname).relative_to(ROOT).as_posix()
        link = f'href="{binder}/v2/gh/{org_repo}/{repo["branch"]}?urlpath=lab/tree/{source}"'
        if link not in (built_site / f"{docname}.html").read_text(encoding="utf-8"):
            problems.append(f"{docname}: no launch link {link}")
    assert not problems, "\n".join(problems)

