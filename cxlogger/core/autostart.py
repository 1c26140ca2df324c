"""Start cxlogger at login, hidden in the tray.

Linux and other XDG desktops: ~/.config/autostart/cxlogger.desktop.
Windows: the HKCU ...\\CurrentVersion\\Run registry value.
macOS: a LaunchAgent plist in ~/Library/LaunchAgents.

The entry itself is the truth (no separate flag to get out of step). Every
function takes the platform and the folders as arguments so each code path is
tested on any machine.
"""

from __future__ import annotations

import os
import plistlib
import shlex
import subprocess
import sys
from pathlib import Path

APP_ID = "cxlogger"
MAC_LABEL = "org.cxlogger.cxlogger"
WIN_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def launch_command(data_dir: Path | None = None) -> list[str]:
    """How to start this cxlogger hidden: the installed script if there is one."""
    argv = [sys.executable, "-m", "cxlogger"]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name in ("cxlogger", "cxlogger.exe") and script.exists():
        argv = [str(script.resolve())]
    if data_dir is not None:
        argv += ["--data-dir", str(data_dir)]
    return argv + ["--hidden"]


def _platform(platform: str | None) -> str:
    platform = platform or sys.platform
    if platform.startswith("win"):
        return "windows"
    if platform == "darwin":
        return "mac"
    return "xdg"


def xdg_path(config_home: Path | None = None) -> Path:
    base = config_home or Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "autostart" / f"{APP_ID}.desktop"


def mac_path(home: Path | None = None) -> Path:
    return (home or Path.home()) / "Library" / "LaunchAgents" / f"{MAC_LABEL}.plist"


def desktop_entry(argv: list[str]) -> str:
    # Exec quoting per the Desktop Entry spec: double quotes, with " ` $ \ escaped
    def quote(arg: str) -> str:
        if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
            return arg
        return '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'

    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=cxlogger\n"
        "Comment=Reminders to thank, follow up and report back, from the system tray\n"
        f"Exec={' '.join(quote(a) for a in argv)}\n"
        "Icon=cxlogger\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
        "X-GNOME-Autostart-Delay=5\n"
    )


def mac_plist(argv: list[str]) -> bytes:
    return plistlib.dumps(
        {
            "Label": MAC_LABEL,
            "ProgramArguments": argv,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
    )


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _winreg():
    import winreg  # only on Windows

    return winreg


def is_enabled(platform: str | None = None, base: Path | None = None, registry=None) -> bool:
    kind = _platform(platform)
    if kind == "xdg":
        return xdg_path(base).exists()
    if kind == "mac":
        return mac_path(base).exists()
    reg = registry or _winreg()
    try:
        with reg.OpenKey(reg.HKEY_CURRENT_USER, WIN_RUN_KEY) as key:
            reg.QueryValueEx(key, APP_ID)
        return True
    except OSError:
        return False


def set_enabled(
    enabled: bool,
    argv: list[str] | None = None,
    platform: str | None = None,
    base: Path | None = None,
    registry=None,
) -> None:
    """Create or remove the login entry. ``base``: XDG config home, or the macOS home."""
    argv = argv or launch_command()
    kind = _platform(platform)
    if kind == "xdg":
        path = xdg_path(base)
        if enabled:
            _write_atomic(path, desktop_entry(argv).encode("utf-8"))
        else:
            path.unlink(missing_ok=True)
        return
    if kind == "mac":
        path = mac_path(base)
        if enabled:
            _write_atomic(path, mac_plist(argv))
        else:
            path.unlink(missing_ok=True)
        return
    reg = registry or _winreg()
    with reg.CreateKey(reg.HKEY_CURRENT_USER, WIN_RUN_KEY) as key:
        if enabled:
            reg.SetValueEx(key, APP_ID, 0, reg.REG_SZ, subprocess.list2cmdline(argv))
        else:
            try:
                reg.DeleteValue(key, APP_ID)
            except OSError:
                pass


def describe(argv: list[str]) -> str:
    return shlex.join(argv)
