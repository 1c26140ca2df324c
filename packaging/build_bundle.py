"""Build cxlogger as a one-folder bundle with PyInstaller: dist/cxlogger/cxlogger(.exe).

Run from anywhere with the Python you want inside the bundle (3.10 or newer):

    python3 packaging/build_bundle.py          # Linux, macOS
    py packaging\\build_bundle.py              # Windows

It makes a throwaway virtual environment under build/, installs cxlogger and
PyInstaller there (so nothing of the developer's own environment leaks in), and runs
packaging/cxlogger.spec. The result runs on machines like the one it was built on
(PyInstaller does not cross-compile): build on Windows for Windows, on macOS for macOS.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYINSTALLER = "pyinstaller>=6,<7"


def run(*argv: str | os.PathLike, cwd: Path = ROOT) -> None:
    print("+", " ".join(str(a) for a in argv), flush=True)
    subprocess.run([str(a) for a in argv], check=True, cwd=cwd)


def main() -> int:
    env_dir = ROOT / "build" / "bundle-venv"
    if env_dir.exists():
        shutil.rmtree(env_dir)
    venv.EnvBuilder(with_pip=True).create(env_dir)
    scripts = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / ("python.exe" if os.name == "nt" else "python")
    run(python, "-m", "pip", "install", "--quiet", ".", PYINSTALLER)
    run(
        python,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--distpath",
        ROOT / "dist",
        "--workpath",
        ROOT / "build" / "pyinstaller",
        ROOT / "packaging" / "cxlogger.spec",
        cwd=env_dir,  # not the source tree: its cxlogger/ lacks the installed resources
    )
    exe = ROOT / "dist" / "cxlogger" / ("cxlogger.exe" if os.name == "nt" else "cxlogger")
    if not exe.exists():
        print(f"build_bundle: {exe} was not made", file=sys.stderr)
        return 1
    print(f"build_bundle: {exe}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
