"""The bundled font, registered with Qt so screens and PDFs look alike everywhere.

Without a registered font that can be embedded, Qt writes PDFs whose text cannot
be selected or extracted, and reports no error; so every path that renders a
document (GUI or headless export) calls `install_bundled_fonts` first.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFontDatabase

from outsource_desktop.content.assets import FONT_FILES, resource_path

DOCUMENT_FONT_FAMILY = "DejaVu Sans"


@cache
def install_bundled_fonts() -> tuple[str, ...]:
    families: list[str] = []
    for relative in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path(relative)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(families)
