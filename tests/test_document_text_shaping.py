"""Document views set text without OpenType shaping only where its script reads as well
without it (gui/widgets/document_view.py): English is drawn letter by letter, while Hindi
and Arabic are shaped there as fully as in a document with Qt's default font."""

from __future__ import annotations

from PySide6.QtGui import QFont, QRawFont, QTextDocument
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from outsource_desktop.documents.document import Document, Paragraph
from outsource_desktop.documents.render_html import render_html
from outsource_desktop.export.fonts import install_bundled_fonts
from outsource_desktop.gui.appearance import apply_zoom
from outsource_desktop.gui.widgets.document_view import DocumentView

# DejaVu Sans joins "ffi" and "ff" into one glyph each when it shapes them.
ENGLISH = "Office staff"
# Half-letters and vowel signs, drawn right only when shaped ("because").
HINDI = "क्योंकि"
# Arabic letters take their joined forms only when shaped ("hello").
ARABIC = "مرحبا"

Glyphs = list[tuple[str, tuple[int, ...]]]


def paragraph_glyphs(document: QTextDocument, text: str) -> Glyphs:
    """The font and glyphs of each run of the block showing `text`, laid out (right-to-left
    text comes wrapped in the isolates render_html gives it)."""
    document.setTextWidth(800)
    document.documentLayout().documentSize()
    block = document.begin()
    while block.isValid() and text not in block.text():
        block = block.next()
    assert block.isValid(), f"no block shows {text!r}"
    layout = block.layout()
    return [
        (run.rawFont().familyName(), tuple(run.glyphIndexes()))
        for number in range(layout.lineCount())
        for run in layout.lineAt(number).glyphRuns()
    ]


def in_a_view(qtbot: QtBot, text: str) -> Glyphs:
    """`text`'s glyphs in a document view showing a document of it, as the app shows one."""
    install_bundled_fonts()
    window = QWidget()  # the view takes its family and size from its window, as in the app
    qtbot.addWidget(window)
    view = DocumentView()
    QVBoxLayout(window).addWidget(view)
    view.show_document(Document(title="Shaping", blocks=(Paragraph(text),)))
    return paragraph_glyphs(view.document(), text)


def shaped(text: str) -> Glyphs:
    """`text`'s glyphs in the same HTML laid out with Qt's default font: shaped."""
    document = QTextDocument()
    document.setDefaultFont(QFont())
    document.setHtml(render_html(Document(title="Shaping", blocks=(Paragraph(text),))))
    return paragraph_glyphs(document, text)


def one_glyph_a_letter(family: str, text: str) -> list[int]:
    return QRawFont.fromFont(QFont(family)).glyphIndexesForString(text)


def test_english_is_drawn_letter_by_letter(qtbot: QtBot) -> None:
    drawn = in_a_view(qtbot, ENGLISH)
    assert [glyphs for _, glyphs in drawn] == [tuple(one_glyph_a_letter("DejaVu Sans", ENGLISH))]
    assert drawn != shaped(ENGLISH)  # shaped, the ligatures make it fewer glyphs


def test_hindi_is_shaped_as_in_print(qtbot: QtBot) -> None:
    drawn = in_a_view(qtbot, HINDI)
    assert drawn == shaped(HINDI)
    assert drawn[0][0] == "Noto Sans Devanagari"
    assert list(drawn[0][1]) != one_glyph_a_letter("Noto Sans Devanagari", HINDI)


def test_arabic_is_shaped(qtbot: QtBot) -> None:
    drawn = in_a_view(qtbot, ARABIC)
    assert drawn == shaped(ARABIC)
    family = drawn[0][0]
    assert list(drawn[0][1]) != one_glyph_a_letter(family, ARABIC)[::-1]
    assert list(drawn[0][1]) != one_glyph_a_letter(family, ARABIC)


def test_zoomed_english_is_bigger_and_still_drawn_letter_by_letter(qtbot: QtBot) -> None:
    install_bundled_fonts()
    window = QWidget()
    qtbot.addWidget(window)
    view = DocumentView()
    QVBoxLayout(window).addWidget(view)
    base = QApplication.font()
    apply_zoom(window, base, 4)  # as View > Zoom In does to the tabs, four steps
    view.show_document(Document(title="Shaping", blocks=(Paragraph(ENGLISH),)))
    assert view.document().defaultFont().pointSizeF() == base.pointSizeF() + 4
    drawn = paragraph_glyphs(view.document(), ENGLISH)
    assert [glyphs for _, glyphs in drawn] == [tuple(one_glyph_a_letter("DejaVu Sans", ENGLISH))]
