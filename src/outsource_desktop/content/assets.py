"""The one place that finds bundled files: content and translations in each language, icons, fonts.

Installed wheels and the PyInstaller bundle carry `resources/` inside the
outsource_desktop package (see pyproject.toml and packaging/outsource-desktop.spec).
A source checkout run with PYTHONPATH=src or an editable install has it at the
repository's top level instead. (Plain paths rather than importlib.resources:
the package is never zipped, and that import cost ~10 ms of every start.)
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from outsource_desktop.i18n import DEFAULT_LANGUAGE, Language

CONTENT_FILE = "content.json"
# The English content is the original; each other language's file sits beside it.
CONTENT_FILES: dict[Language, str] = {"en": CONTENT_FILE, "hi": "content.hi.json"}
LATIN_FONT_FILES = ("fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf")
FONT_FILES = (
    *LATIN_FONT_FILES,
    # DejaVu has no Devanagari: Hindi text falls back to these (export/fonts.py).
    "fonts/NotoSansDevanagari-Regular.ttf",
    "fonts/NotoSansDevanagari-Bold.ttf",
)
FONT_LICENCE_FILES = ("fonts/LICENSE-DejaVu.txt", "fonts/LICENSE-NotoSansDevanagari.txt")
# The window's icon at the sizes desktops ask for: PNG, which Qt reads itself, where
# the SVG would load Qt's SVG library and plugins (~1 MiB) into every start.
WINDOW_ICON_FILES = tuple(
    f"icons/outsource-desktop-{size}.png" for size in (16, 32, 48, 64, 128, 256)
)
# Each language's compiled translations (built from translations/*.ts by
# scripts/bootstrap.sh): the app's own words, then Qt's dialogs, which Qt itself
# does not translate into Hindi.
TRANSLATION_FILES: dict[Language, tuple[str, ...]] = {
    "en": (),
    "hi": ("i18n/outsource_desktop_hi.qm", "i18n/qtbase_hi.qm"),
}


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


def bundled_content_path(language: Language = DEFAULT_LANGUAGE) -> Path:
    return resource_path(CONTENT_FILES[language])


def content_language(content: Path) -> Language:
    """The language a content file is written in, as its name says: content.hi.json is
    Hindi; any other name, English (the original)."""
    return next(
        (language for language, name in CONTENT_FILES.items() if content.name == name),
        DEFAULT_LANGUAGE,
    )


def bundled_content_paths() -> tuple[Path, ...]:
    """The bundled content of every language."""
    return tuple(resource_path(name) for name in CONTENT_FILES.values())
