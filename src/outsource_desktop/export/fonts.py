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

from PySide6.QtGui import QFont, QFontDatabase

from outsource_desktop.content.assets import FONT_FILES, resource_path


@cache
def install_bundled_fonts() -> tuple[str, ...]:
    families: list[str] = []
    for relative in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path(relative)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(families)


def document_font(families: tuple[str, ...]) -> QFont:
    """A font of `families`, in order (see documents/typefaces.py)."""
    font = QFont()
    font.setFamilies(list(families))
    return font
