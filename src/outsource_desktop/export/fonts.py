"""The bundled fonts, registered with Qt so screens and PDFs look alike everywhere.

Without a registered font that can be embedded, Qt writes PDFs whose text cannot
be selected or extracted, and reports no error; so every path that renders a
document (GUI or headless export) calls `install_bundled_fonts` first.

DejaVu Sans has no Devanagari: documents with Hindi name Noto Sans Devanagari
too (documents/typefaces.py), so Hindi is shaped and embedded from the bundled
Noto rather than from whatever the system has, or drawn as boxes where it has
none. Widgets find the same registered font through the system's own fallback.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtGui import QFontDatabase

from outsource_desktop.content.assets import FONT_FILES, LATIN_FONT_FILES, resource_path
from outsource_desktop.i18n import Language

if TYPE_CHECKING:
    from PySide6.QtGui import QFont


@cache
def _install(relative: str) -> tuple[str, ...]:
    font_id = QFontDatabase.addApplicationFont(str(resource_path(relative)))
    return tuple(QFontDatabase.applicationFontFamilies(font_id)) if font_id >= 0 else ()


def install_bundled_fonts() -> tuple[str, ...]:
    """Register every bundled font (once); their families."""
    return tuple(family for relative in FONT_FILES for family in _install(relative))


def install_screen_fonts(language: Language) -> None:
    """Register the bundled fonts a window speaking `language` sets its documents in
    (documents/typefaces.py): English needs DejaVu only. A window's first frame waits
    for these alone; each costs ~1 ms and its file's size in memory, so the others
    are registered after it (gui/app.py)."""
    for relative in LATIN_FONT_FILES if language == "en" else FONT_FILES:
        _install(relative)


def document_font(families: tuple[str, ...]) -> QFont:
    """A font of `families`, in order (see documents/typefaces.py)."""
    from PySide6.QtGui import QFont  # only to draw: the window's first frame needs none

    font = QFont()
    font.setFamilies(list(families))
    return font
