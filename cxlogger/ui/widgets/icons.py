"""Icons from the packaged resources, falling back to the style's standard ones."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from cxlogger import resources
from cxlogger.ui.qt import QApplication, QIcon

if TYPE_CHECKING:
    from cxlogger.ui.qt import QStyle


@cache
def app_icon() -> QIcon:
    return QIcon(app_icon_path())


@cache
def app_icon_path() -> str:
    """The SVG as a file (a desktop notification names its icon by path)."""
    return str(resources.path("icons", "cxlogger.svg"))


def standard(pixmap: QStyle.StandardPixmap) -> QIcon:
    # (QStyle itself is not imported here: PySide builds its eleven enums, ~4 ms, when the
    # class is first named, and the frame shows no standard icon)
    return QApplication.style().standardIcon(pixmap)
