"""Start at login: XDG autostart entry, macOS LaunchAgent, Windows Run key (faked registry)."""

import plistlib

from cxlogger.core import autostart

ARGV = ["/opt/cx logger/bin/cxlogger", "--data-dir", "/home/jö/My Data", "--hidden"]


def test_xdg_entry(tmp_path):
    assert not autostart.is_enabled("linux", tmp_path)
    autostart.set_enabled(True, ARGV, "linux", tmp_path)
    path = tmp_path / "autostart" / "cxlogger.desktop"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\nType=Application\n")
    assert 'Exec="/opt/cx logger/bin/cxlogger" --data-dir "/home/jö/My Data" --hidden\n' in text
    assert autostart.is_enabled("linux", tmp_path)
    autostart.set_enabled(False, ARGV, "linux", tmp_path)
    assert not path.exists() and not autostart.is_enabled("linux", tmp_path)
    autostart.set_enabled(False, ARGV, "linux", tmp_path)  # removing twice is fine


def test_desktop_entry_escapes_quotes_and_dollars():
    text = autostart.desktop_entry(['/a/b"c', "$HOME"])
    assert 'Exec="/a/b\\"c" "\\$HOME"' in text


def test_mac_launch_agent(tmp_path):
    autostart.set_enabled(True, ARGV, "darwin", tmp_path)
    path = tmp_path / "Library" / "LaunchAgents" / "org.cxlogger.cxlogger.plist"
    plist = plistlib.loads(path.read_bytes())
    assert plist["ProgramArguments"] == ARGV and plist["RunAtLoad"] is True
    assert autostart.is_enabled("darwin", tmp_path)
    autostart.set_enabled(False, ARGV, "darwin", tmp_path)
    assert not path.exists()


class FakeRegistry:
    HKEY_CURRENT_USER = "HKCU"
    REG_SZ = 1

    def __init__(self):
        self.values = {}

    class _Key:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    def OpenKey(self, root, path):
        return self._Key()

    CreateKey = OpenKey

    def QueryValueEx(self, key, name):
        if name not in self.values:
            raise FileNotFoundError(name)
        return self.values[name], self.REG_SZ

    def SetValueEx(self, key, name, reserved, kind, value):
        self.values[name] = value

    def DeleteValue(self, key, name):
        if name not in self.values:
            raise FileNotFoundError(name)
        del self.values[name]


def test_windows_run_key():
    reg = FakeRegistry()
    assert not autostart.is_enabled("win32", registry=reg)
    autostart.set_enabled(True, ARGV, "win32", registry=reg)
    assert reg.values["cxlogger"] == (
        '"/opt/cx logger/bin/cxlogger" --data-dir "/home/jö/My Data" --hidden'
    )
    assert autostart.is_enabled("win32", registry=reg)
    autostart.set_enabled(False, ARGV, "win32", registry=reg)
    assert not autostart.is_enabled("win32", registry=reg)


def test_launch_command_starts_hidden(tmp_path):
    argv = autostart.launch_command(tmp_path)
    assert argv[-3:] == ["--data-dir", str(tmp_path), "--hidden"]
