"""The deploy workflow (.github/workflows/) is valid before it is pushed.

Two linters from PyPI, both offline: check-jsonschema validates each workflow against the GitHub
Actions workflow schema it ships (SchemaStore's), and zizmor audits it (actions pinned to a commit,
no credentials left in the checkout, least permissions, no template injection). A few checks of
our own pin what the workflow is for: it runs `make test` through .ci/run, restores the execution
cache that _config.yml configures under a key that changes with il2lib (jupyter-cache alone
would keep outputs of an older model), and publishes with the official Pages actions.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
BIN = Path(sys.executable).parent
BOOK = ROOT / ".github" / "workflows" / "book.yml"


def run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL, check=False)


def test_there_is_a_workflow() -> None:
    assert BOOK in WORKFLOWS


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_matches_the_github_actions_schema(workflow: Path) -> None:
    result = run(str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows",
                 str(workflow))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_zizmor_finds_nothing(workflow: Path) -> None:
    result = run(str(BIN / "zizmor"), "--offline", "--no-progress", str(workflow))
    assert result.returncode == 0, result.stdout + result.stderr


def steps(job: dict) -> list[dict]:
    return job.get("steps", [])


def uses(job: dict) -> list[str]:
    return [s["uses"].split("@")[0] for s in steps(job) if "uses" in s]


def test_main_is_tested_then_published_to_pages() -> None:
    workflow = yaml.safe_load(BOOK.read_text(encoding="utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as True
    assert triggers["push"]["branches"] == ["main"] and "pull_request" in triggers
    jobs = workflow["jobs"]
    assert any(s.get("run", "").strip() == "bash .ci/run" for s in steps(jobs["test"]))
    assert "actions/upload-pages-artifact" in uses(jobs["test"])
    assert "actions/upload-artifact" in uses(jobs["test"])  # the site of a pull request
    assert jobs["deploy"]["needs"] == "test"
    assert uses(jobs["deploy"]) == ["actions/deploy-pages"]
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert any(s.get("run", "").strip() == "make linkcheck" for s in steps(jobs["linkcheck"]))


def test_execution_cache_is_restored_and_keyed_on_the_models() -> None:
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    cache_dir = config["execute"]["cache"] or "_build/.jupyter_cache"
    test_steps = steps(yaml.safe_load(BOOK.read_text(encoding="utf-8"))["jobs"]["test"])
    names = [s.get("uses", "").split("@")[0] for s in test_steps]
    restore = test_steps[names.index("actions/cache/restore")]
    build = next(i for i, s in enumerate(test_steps) if s.get("run", "").strip() == "bash .ci/run")
    assert names.index("actions/cache/restore") < build < names.index("actions/cache/save")
    assert restore["with"]["path"] == cache_dir
    assert "hashFiles('il2lib/**/*.py'" in restore["with"]["key"]
