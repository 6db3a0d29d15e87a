"""The one place that finds bundled files: content, icons and fonts.

Installed wheels and the PyInstaller bundle carry `resources/` inside the
outsource_desktop package (see pyproject.toml and packaging/outsource-desktop.spec).
A source checkout run with PYTHONPATH=src or an editable install has it at the
repository's top level instead. (Plain paths rather than importlib.resources:
the package is never zipped, and that import cost ~10 ms of every start.)
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

CONTENT_FILE = "content.json"
FONT_FILES = ("fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf")
FONT_LICENCE_FILE = "fonts/LICENSE-DejaVu.txt"
APP_ICON_FILE = "icons/outsource-desktop.svg"


@cache
def resources_dir() -> Path:
    packaged = Path(__file__).resolve().parents[1] / "resources"
    if (packaged / CONTENT_FILE).is_file():
        return packaged
    checkout = Path(__file__).resolve().parents[3] / "resources"
    if (checkout / CONTENT_FILE).is_file():
        return checkout
    raise FileNotFoundError(f"bundled resources not found (looked in {packaged} and {checkout})")


def resource_path(relative: str) -> Path:
    return resources_dir() / relative


def bundled_content_path() -> Path:
    return resource_path(CONTENT_FILE)
