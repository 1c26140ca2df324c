"""Issue 14: one list of system packages (README, .ci/run, the start check), one version
source, a licence."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

import cxlogger
from cxlogger import platform_check

ROOT = Path(__file__).resolve().parents[2]


def _pyproject() -> dict:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def _shell_blocks(text: str) -> list[str]:
    return re.findall(r"```sh\n(.*?)```", text, flags=re.S)


def _apt_words(block: str) -> list[str]:
    """The package names of the ``apt-get install`` in a (backslash-continued) command."""
    command = block.replace("\\\n", " ")
    after = command.split("apt-get install", 1)[1].split("&&", 1)[0]
    return [word for word in after.split() if not word.startswith("-")]


def test_the_readme_install_commands_name_exactly_the_listed_packages():
    readme = (ROOT / "README.md").read_text("utf-8")
    installs = [b for b in _shell_blocks(readme) if "apt-get install" in b]
    assert len(installs) == 2  # pipx first, then the venv way
    listed = platform_check.packages()
    assert "libxcb-icccm4" in listed and "libxcb-keysyms1" in listed  # the two
    pipx, venv = installs
    assert _apt_words(pipx) == ["pipx", *listed]
    assert "pipx install ." in pipx
    assert _apt_words(venv) == ["python3-venv", *listed]
    assert ".venv/bin/pip install ." in venv
    # the first command is the first code block of the README
    assert _shell_blocks(readme)[0] == pipx


def test_ci_installs_the_same_list_before_its_xcb_smoke_test():
    run = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "resources/debian-packages.txt" in run
    assert ".ci/xcb-smoke" in run


def test_the_list_is_in_the_package_data():
    pyproject = _pyproject()
    assert "*.txt" in pyproject["tool"]["setuptools"]["package-data"]["cxlogger.resources"]
    assert len(platform_check.libraries()) >= 28


def test_one_version_source():
    pyproject = _pyproject()
    project = pyproject["project"]
    assert "version" not in project and project["dynamic"] == ["version"]
    attr = pyproject["tool"]["setuptools"]["dynamic"]["version"]["attr"]
    assert attr == "cxlogger.__version__"
    out = subprocess.run(
        [sys.executable, "-m", "cxlogger", "--version"], capture_output=True, text=True
    )
    assert out.returncode == 0
    assert out.stdout == f"cxlogger {cxlogger.__version__}\n"


def test_license_and_metadata():
    pyproject = _pyproject()
    project = pyproject["project"]
    licence = (ROOT / "LICENSE").read_text("utf-8")
    assert licence.startswith("MIT License\n\nCopyright (c) 2026 The cxlogger authors\n")
    assert 'THE SOFTWARE IS PROVIDED "AS IS"' in licence
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
    assert "Topic :: Office/Business" in project["classifiers"]
    assert "Documentation" in project["urls"]
