"""Icons from the packaged resources, falling back to the style's standard ones."""

from __future__ import annotations

from functools import cache
from importlib import resources

from cxlogger.ui.qt import QApplication, QIcon, QStyle


@cache
def app_icon() -> QIcon:
    return QIcon(app_icon_path())


@cache
def app_icon_path() -> str:
    """The SVG as a file (a desktop notification names its icon by path)."""
    path = resources.files("cxlogger.resources.icons") / "cxlogger.svg"
    with resources.as_file(path) as real:
        return str(real)


def standard(pixmap: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(pixmap)
