"""Icons, the .desktop file and other assets, packaged as cxlogger.resources."""

from __future__ import annotations

from pathlib import Path


def path(*parts: str) -> Path:
    """A packaged file, e.g. ``path("icons", "cxlogger.svg")``.

    Every way cxlogger is installed (pip, pipx, the bundle, a checkout) keeps these files
    beside this module; importlib.resources, which would also find them in a zip, is only
    asked when they are not there (importing it is ~6 ms of every start).
    """
    found = Path(__file__).parent.joinpath(*parts)
    if found.exists():
        return found
    from importlib import resources

    return Path(str(resources.files(__name__).joinpath(*parts)))
