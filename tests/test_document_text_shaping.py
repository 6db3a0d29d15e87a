"""Document views set their text without OpenType shaping only where its script reads as
well without it (gui/widgets/document_view.py): Hindi is shaped there as fully as in a
document with Qt's default font, which print and PDF use."""

from __future__ import annotations

from PySide6.QtGui import QFont, QRawFont, QTextDocument
from pytestqt.qtbot import QtBot

from outsource_desktop.export.fonts import install_bundled_fonts
from outsource_desktop.gui.widgets.document_view import DocumentView

# Conjuncts and vowel signs: drawn right only when shaped ("responsibility", "Hindi").
HINDI = "ज़िम्मेदारियों क्योंकि हिन्दी"
CONJUNCT_WORD = "क्योंकि"  # "because": its half-letter and vowel signs need shaping
LATIN = "Office staff were affected"


def glyphs(document: QTextDocument, width: float = 600) -> list[tuple[int, ...]]:
    """The glyphs of each of `document`'s runs, laid out at `width`."""
    document.setTextWidth(width)
    document.documentLayout().documentSize()
    block = document.begin()
    return [tuple(run.glyphIndexes()) for run in block.layout().glyphRuns()]


def shaped_by_default(text: str) -> list[tuple[int, ...]]:
    document = QTextDocument()
    document.setDefaultFont(QFont())
    document.setPlainText(text)
    return glyphs(document)


def in_a_view(qtbot: QtBot, text: str) -> list[tuple[int, ...]]:
    view = DocumentView()
    qtbot.addWidget(view)
    view.setPlainText(text)
    return glyphs(view.document())


def test_hindi_in_a_document_view_is_shaped_as_in_print(qtbot: QtBot) -> None:
    install_bundled_fonts()
    shaped = in_a_view(qtbot, HINDI)
    assert shaped == shaped_by_default(HINDI)
    # And shaping does something to such a word: the characters' own glyphs, one for
    # each, are not what the view draws.
    noto = QRawFont.fromFont(QFont("Noto Sans Devanagari"))
    drawn = [glyph for run in in_a_view(qtbot, CONJUNCT_WORD) for glyph in run]
    assert drawn != noto.glyphIndexesForString(CONJUNCT_WORD)


def test_latin_text_keeps_its_glyphs(qtbot: QtBot) -> None:
    # Unshaped Latin loses kerning (positions), never letters.
    assert in_a_view(qtbot, LATIN) == shaped_by_default(LATIN)
