"""Issue 14: ``cxlogger desktop-entry --install/--remove`` puts cxlogger, with its icon, in the
desktop's applications menu (XDG) and takes it away again without leaving anything."""

import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

import cxlogger
from cxlogger import __main__ as entry
from cxlogger import cli_desktop

SIZES = [16, 24, 32, 48, 64, 128, 256]
SHIPPED_SVG = Path(cxlogger.__file__).resolve().parents[1] / "resources/icons/cxlogger.svg"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def desktop_values(path: Path) -> dict:
    lines = path.read_text("utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


def exec_argv(value: str) -> list[str]:
    """The Exec value back to arguments as the Desktop Entry spec reads it: the string escapes
    first (\\\\ is one backslash), then the quoting (inside "...", a backslash before
    " ` $ or \\ stands for that character), then %% for %."""
    text = value.replace("\\\\", "\\")
    args, current, quoted, i, started = [], "", False, 0, False
    while i < len(text):
        c = text[i]
        if quoted and c == "\\" and i + 1 < len(text) and text[i + 1] in '"`$\\':
            current += text[i + 1]
            i += 2
            continue
        if c == '"':
            quoted, started = not quoted, True
        elif c == " " and not quoted:
            if started or current:
                args.append(current)
            current, started = "", False
        else:
            current += c
        i += 1
    if started or current:
        args.append(current)
    assert not quoted
    return [arg.replace("%%", "%") for arg in args]


def validate(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate (Debian: desktop-file-utils) is not installed")
    out = subprocess.run([tool, str(path)], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout == "" and out.stderr == "", out.stdout + out.stderr


@pytest.fixture
def xdg(tmp_path, monkeypatch):
    base = tmp_path / "share"
    base.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(base))
    return base


def test_install_writes_a_valid_entry_and_the_icons_then_remove_leaves_nothing(
    xdg, tmp_path, capsys
):
    code = entry.main(["--data-dir", str(tmp_path / "data"), "desktop-entry", "--install"])

    assert code == 0
    desktop = xdg / "applications" / "cxlogger.desktop"
    out = capsys.readouterr().out
    assert out.startswith(f"Added cxlogger to the applications menu: {desktop}\n")
    values = desktop_values(desktop)
    assert values["Type"] == "Application" and values["Name"] == "cxlogger"
    assert values["Icon"] == "cxlogger" and values["Terminal"] == "false"
    assert values["Categories"] == "Office;"
    argv = exec_argv(values["Exec"])
    # pytest is not the cxlogger script: this Python with -m cxlogger, and the chosen folder
    assert argv == [sys.executable, "-m", "cxlogger", "--data-dir", str(tmp_path / "data")]
    validate(desktop)
    hicolor = xdg / "icons" / "hicolor"
    svg = hicolor / "scalable" / "apps" / "cxlogger.svg"
    assert svg.read_bytes() == SHIPPED_SVG.read_bytes()
    for size in SIZES:
        assert png_size(hicolor / f"{size}x{size}" / "apps" / "cxlogger.png") == (size, size)
    assert sorted(p.name for p in hicolor.iterdir()) == sorted(
        ["scalable", *(f"{s}x{s}" for s in SIZES)]
    )

    code = entry.main(["desktop-entry", "--remove"])

    assert code == 0
    assert capsys.readouterr().out == "Removed cxlogger from the applications menu (9 files).\n"
    assert list(xdg.iterdir()) == []  # nothing left, not even empty folders


def test_remove_keeps_other_applications_and_icons(xdg, capsys):
    other = xdg / "applications" / "other.desktop"
    other_icon = xdg / "icons" / "hicolor" / "48x48" / "apps" / "other.png"
    for path in (other, other_icon):
        path.parent.mkdir(parents=True)
        path.write_text("x")
    cli_desktop.install(xdg, ["/opt/cx/cxlogger"])
    cli_desktop.remove(xdg)
    assert other.exists() and other_icon.exists()
    assert sorted(p.name for p in (xdg / "icons" / "hicolor").iterdir()) == ["48x48"]
    assert sorted(p.name for p in (xdg / "icons" / "hicolor" / "48x48" / "apps").iterdir()) == [
        "other.png"
    ]
    assert entry.main(["desktop-entry", "--remove"]) == 0
    assert capsys.readouterr().out == (
        "cxlogger was not in the applications menu: nothing to remove.\n"
    )


def test_the_exec_line_starts_the_real_cxlogger(xdg, tmp_path):
    # the venv's installed script, as the app sees it in sys.argv[0] when started by it
    script = Path(sys.executable).parent / "cxlogger"
    if not script.exists():
        pytest.skip("no installed cxlogger script next to this Python")
    link = tmp_path / "bin" / "cxlogger"  # pipx's ~/.local/bin link
    link.parent.mkdir()
    link.symlink_to(script)
    argv = cli_desktop.launch_argv(None, argv0=str(link))
    assert argv == [str(script.resolve())]
    cli_desktop.install(xdg, argv)
    value = desktop_values(xdg / "applications" / "cxlogger.desktop")["Exec"]
    out = subprocess.run(exec_argv(value) + ["--version"], capture_output=True, text=True)
    assert out.stdout == f"cxlogger {cxlogger.__version__}\n"
    # and the fallback: this Python, not resolved (a venv's python is a link that must stay one)
    fallback = cli_desktop.launch_argv(None, argv0="/x/cxlogger/__main__.py")
    assert fallback == [sys.executable, "-m", "cxlogger"]
    out = subprocess.run(fallback + ["--version"], capture_output=True, text=True)
    assert out.stdout == f"cxlogger {cxlogger.__version__}\n"


def test_the_default_data_folder_is_not_written_into_exec(monkeypatch):
    default = cli_desktop.default_data_dir()
    argv = cli_desktop.launch_argv(default, argv0="/x/y.py")
    assert argv == [sys.executable, "-m", "cxlogger"]


def test_exec_quotes_awkward_paths_and_the_entry_still_validates(xdg):
    argv = ["/opt/my apps/cxlogger", "--data-dir", "/home/ann/50% $shop\\data"]
    line = cli_desktop.exec_line(argv)
    assert line == ('"/opt/my apps/cxlogger" --data-dir "/home/ann/50%% \\\\$shop\\\\\\\\data"')
    assert exec_argv(line) == argv
    cli_desktop.install(xdg, argv)
    validate(xdg / "applications" / "cxlogger.desktop")


def test_xdg_data_home_default_and_relative(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cli_desktop.data_home({}) == tmp_path / ".local" / "share"
    assert cli_desktop.data_home({"XDG_DATA_HOME": "rel/share"}) == tmp_path / ".local" / "share"
    assert cli_desktop.data_home({"XDG_DATA_HOME": "/srv/share"}) == Path("/srv/share")


def test_an_unwritable_data_home_is_a_sentence(xdg, capsys, tmp_path):
    (xdg / "applications").write_text("a file where the folder should be")
    code = entry.main(["--data-dir", str(tmp_path / "data"), "desktop-entry", "--install"])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("cxlogger: the menu entry could not be written: ")
    assert err.endswith(f". Check that you may write to {xdg}.\n")
    assert "Traceback" not in err


def test_the_entry_is_the_shipped_template_with_exec_filled_in():
    template = (
        Path(cxlogger.__file__).resolve().parents[1] / "resources/cxlogger.desktop"
    ).read_text("utf-8")
    made = cli_desktop.desktop_file(["/opt/cx/cxlogger"])
    assert made == template.replace("Exec=cxlogger\n", "Exec=/opt/cx/cxlogger\n")
    assert made != template
