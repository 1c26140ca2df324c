"""Icons from the packaged resources, falling back to the style's standard ones."""

from __future__ import annotations

from functools import cache
from importlib import resources

from cxlogger.ui.qt import QApplication, QIcon, QStyle


@cache
def app_icon() -> QIcon:
    path = resources.files("cxlogger.resources.icons") / "cxlogger.svg"
    with resources.as_file(path) as real:
        return QIcon(str(real))


def standard(pixmap: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(pixmap)
