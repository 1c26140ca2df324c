"""``cxlogger desktop-entry --install/--remove``: cxlogger in the desktop's applications menu.

Writes, under the user's XDG data folder ($XDG_DATA_HOME, else ~/.local/share):

- applications/cxlogger.desktop, whose Exec is the cxlogger that installed it;
- icons/hicolor/scalable/apps/cxlogger.svg, the one SVG that ships;
- icons/hicolor/NxN/apps/cxlogger.png for N in ICON_SIZES, drawn from that SVG by Qt's SVG
  renderer here, at install time (the wheel stays pure Python; building it needs no Qt).

GNOME, KDE and the other freedesktop menus pick these up by themselves. Settings → General
calls the same ``install``. Qt (for the PNGs) is imported only when icons are drawn.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing for --help
if TYPE_CHECKING:
    from cxlogger.core.storage.paths import AppPaths

APP_ID = "cxlogger"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def data_home(environ=None) -> Path:
    """$XDG_DATA_HOME if it is an absolute path (as the spec says), else ~/.local/share."""
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def entry_path(base: Path) -> Path:
    return base / "applications" / f"{APP_ID}.desktop"


def svg_path(base: Path) -> Path:
    return base / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def png_path(base: Path, size: int) -> Path:
    return base / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def all_paths(base: Path) -> list[Path]:
    return [entry_path(base), svg_path(base), *(png_path(base, s) for s in ICON_SIZES)]


def launch_argv(
    data_dir: Path | None = None, argv0: str | None = None, frozen: bool | None = None
) -> list[str]:
    """How the menu starts this very cxlogger.

    The installed ``cxlogger`` script that is running, by its real path (pipx's
    ~/.local/bin link resolved); a frozen bundle's executable; else this Python with
    ``-m cxlogger`` (not resolved: a venv's python is a link that must stay one).
    ``--data-dir`` is added for a folder other than the default.
    """
    argv0 = sys.argv[0] if argv0 is None else argv0
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    script = Path(argv0) if argv0 else None
    if frozen:
        argv = [str(Path(sys.executable).resolve())]
    elif script is not None and script.name in ("cxlogger", "cxlogger.exe") and script.exists():
        argv = [str(script.resolve())]
    else:
        argv = [str(Path(sys.executable).absolute()), "-m", "cxlogger"]
    if data_dir is not None and Path(data_dir) != default_data_dir():
        argv += ["--data-dir", str(data_dir)]
    return argv


def default_data_dir() -> Path:
    from cxlogger.core.storage.paths import resolve_paths  # not for --help

    return resolve_paths(None, None, environ={}).data_dir


_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_line(argv: list[str]) -> str:
    """The Exec value: arguments quoted by the Desktop Entry spec, then escaped as a string."""

    def quote(arg: str) -> str:
        arg = arg.replace("%", "%%")  # field codes
        if arg and not (_RESERVED & set(arg)):
            return arg
        return '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'

    # a backslash in the value is itself written as \\ (the string escape comes first)
    return " ".join(quote(a) for a in argv).replace("\\", "\\\\")


def desktop_file(argv: list[str]) -> str:
    """resources/cxlogger.desktop (the one template) with its Exec pointing at ``argv``."""
    from importlib import resources  # not for --help: it costs a tenth of a bare start

    template = (resources.files("cxlogger.resources") / f"{APP_ID}.desktop").read_text("utf-8")
    lines = [
        f"Exec={exec_line(argv)}" if line.startswith("Exec=") else line
        for line in template.splitlines()
    ]
    return "\n".join(lines) + "\n"


def svg_bytes() -> bytes:
    from importlib import resources

    return (resources.files("cxlogger.resources.icons") / f"{APP_ID}.svg").read_bytes()


def render_png(svg: bytes, size: int) -> bytes:
    """The SVG drawn at size × size pixels (transparent around it), as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise ValueError("the icon is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ValueError("the icon could not be drawn as PNG")
    buffer.close()
    return bytes(data.data())


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _touch(folder: Path) -> None:
    """Tell icon caches the theme folder changed (as xdg-icon-resource does)."""
    try:
        os.utime(folder)
    except OSError:
        pass


def install(base: Path | None = None, argv: list[str] | None = None) -> list[Path]:
    """Write the menu entry and its icons; returns the files written. Raises OSError."""
    base = base or data_home()
    argv = argv or launch_argv()
    svg = svg_bytes()
    written = []
    # icons first: a menu entry never points at an icon that is not there yet
    _write_atomic(svg_path(base), svg)
    written.append(svg_path(base))
    for size in ICON_SIZES:
        _write_atomic(png_path(base, size), render_png(svg, size))
        written.append(png_path(base, size))
    _touch(base / "icons" / "hicolor")
    _write_atomic(entry_path(base), desktop_file(argv).encode("utf-8"))
    written.append(entry_path(base))
    return written


def is_installed(base: Path | None = None) -> bool:
    return entry_path(base or data_home()).exists()


def remove(base: Path | None = None) -> list[Path]:
    """Delete the entry and the icons (and the folders that held only them); returns the
    files removed. Folders that hold anything else stay."""
    base = base or data_home()
    removed = []
    for path in all_paths(base):
        if path.exists():
            path.unlink()
            removed.append(path)
    for path in all_paths(base):
        folder = path.parent
        while folder != base and base in folder.parents:
            try:
                folder.rmdir()  # only if empty
            except OSError:
                break
            folder = folder.parent
    if (base / "icons" / "hicolor").exists():
        _touch(base / "icons" / "hicolor")
    return removed


# --- the command ---------------------------------------------------------------------------


def add_parsers(sub: argparse._SubParsersAction) -> None:
    entry = sub.add_parser(
        "desktop-entry",
        help="add cxlogger (with its icon) to the desktop's applications menu, or remove it",
    )
    action = entry.add_mutually_exclusive_group(required=True)
    action.add_argument(
        "--install", action="store_true", help="write the menu entry and icons (again)"
    )
    action.add_argument("--remove", action="store_true", help="remove the entry and icons")


def cmd_desktop_entry(args, paths: AppPaths, out=None) -> int:
    out = out or sys.stdout
    base = data_home()
    if args.remove:
        try:
            removed = remove(base)
        except OSError as exc:
            print(
                f"cxlogger: the menu entry could not be removed: {exc.strerror or exc} "
                f"({exc.filename or base}).",
                file=sys.stderr,
            )
            return 2
        if removed:
            out.write(f"Removed cxlogger from the applications menu ({len(removed)} files).\n")
        else:
            out.write("cxlogger was not in the applications menu: nothing to remove.\n")
        return 0
    data_dir = None if paths.database_url else paths.data_dir
    try:
        install(base, launch_argv(data_dir))
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        print(
            f"cxlogger: the menu entry could not be written: {reason}. "
            f"Check that you may write to {base}.",
            file=sys.stderr,
        )
        return 2
    out.write(
        f"Added cxlogger to the applications menu: {entry_path(base)}\n"
        f"Icons: {base / 'icons' / 'hicolor'} (SVG, and PNG at "
        f"{', '.join(str(s) for s in ICON_SIZES)} pixels).\n"
        f"It starts: {' '.join(launch_argv(data_dir))}\n"
    )
    return 0


COMMANDS = {"desktop-entry": cmd_desktop_entry}
