"""Before Qt opens a window on Linux: are the system libraries its platform plugin needs there?

Without them Qt aborts with a message that names the wrong library (issue 14: it blamed
libxcb-cursor0 when libxcb-icccm4 and libxcb-keysyms1 were missing). This check loads each
library the list in resources/debian-packages.txt names (a few milliseconds; Qt would load
them a moment later anyway) and, if any is missing, returns one message with the exact
``sudo apt-get install …`` command. Qt-free, and it never raises.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass

# "-gl" rows (OpenGL integrations) are installed but not required: Qt falls back to raster.
REQUIRED = {"xcb": ("all", "xcb"), "wayland": ("all", "wayland")}


@dataclass(frozen=True)
class Library:
    package: str  # the Debian/Ubuntu package
    needed_by: str  # all, xcb, wayland, xcb-gl, wayland-gl
    soname: str


def parse(text: str) -> list[Library]:
    rows = []
    for line in text.splitlines():
        words = line.split("#", 1)[0].split()
        if len(words) >= 3:
            rows.extend(Library(words[0], words[1], soname) for soname in words[2:])
    return rows


def libraries() -> list[Library]:
    from cxlogger import resources

    text = resources.path("debian-packages.txt").read_text("utf-8")
    return parse(text)


def packages() -> list[str]:
    """Every package in the list, in its order, once."""
    return list(dict.fromkeys(lib.package for lib in libraries()))


def _loads(soname: str) -> bool:
    import ctypes  # only where there is a window system to check for

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_for(
    platform: str, rows: Iterable[Library], loads: Callable[[str], bool] = _loads
) -> list[Library]:
    return [lib for lib in rows if lib.needed_by in REQUIRED[platform] and not loads(lib.soname)]


def platforms_to_check(environ) -> list[str]:
    """The platform plugins Qt will try, in order; empty when no window system is used.

    Unset QT_QPA_PLATFORM: Qt takes wayland in a Wayland session if it can, else xcb.
    """
    wanted = (environ.get("QT_QPA_PLATFORM") or "").strip().lower()
    if not wanted:
        if environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland":
            return ["wayland", "xcb"]
        return ["xcb"]
    first = wanted.split(";")[0].split(":")[0]  # "xcb:option", "wayland;xcb"
    return [first] if first in REQUIRED else []


def install_command(missing: Iterable[Library]) -> str:
    names = " ".join(dict.fromkeys(lib.package for lib in missing))
    return f"sudo apt-get install {names}"


def message(missing: list[Library], has_apt: bool) -> str:
    sonames = ", ".join(lib.soname for lib in missing)
    text = (
        "cxlogger cannot open its window: this desktop lacks system libraries that Qt "
        f"needs ({sonames}).\n"
    )
    if has_apt:
        return text + (
            f"Install them with:\n\n    {install_command(missing)}\n\nthen start cxlogger again."
        )
    return text + (
        "Install the packages that provide them with your system's package manager "
        f"(on Debian or Ubuntu: {install_command(missing)}), then start cxlogger again."
    )


def missing_libraries_message(
    environ=None,
    platform: str | None = None,
    loads: Callable[[str], bool] | None = None,
    has_apt: bool | None = None,
) -> str | None:
    """The message to print instead of starting Qt, or None when the window can open."""
    loads = loads or _loads
    try:
        if not (platform or sys.platform).startswith("linux"):
            return None
        candidates = platforms_to_check(os.environ if environ is None else environ)
        if not candidates:
            return None
        rows = libraries()
        missing: list[Library] = []
        for name in candidates:
            lacking = missing_for(name, rows, loads)
            if not lacking:
                return None  # Qt can use this one
            missing += [lib for lib in lacking if lib not in missing]
        if has_apt is None:
            import shutil

            has_apt = shutil.which("apt-get") is not None
        return message(missing, has_apt)
    except Exception:  # the check is a courtesy: on any surprise, let Qt try
        return None
