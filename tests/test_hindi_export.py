"""Hindi on paper and in files: PDFs that are shaped, embed their font and read back as the
same Hindi (with pypdf and with pdftotext); CSV, Markdown and HTML in UTF-8."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from outsource_desktop.cli import main
from outsource_desktop.content.bundled import load_bundled_content
from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.document import BulletList, Document, Heading, Paragraph, Table
from outsource_desktop.documents.views import view_document
from outsource_desktop.export import pdf_text
from outsource_desktop.export.pdf import ensure_gui_application, render_pdf
from outsource_desktop.export.translations import install_language
from outsource_desktop.i18n import language_in_use
from outsource_desktop.reference.queries import ComparisonOptions

TODAY = dt.date(2026, 12, 1)
ALL_MODELS = ComparisonOptions(("bpo", "kpo", "lpo"))
DEVANAGARI = re.compile("[\u0900-\u097f]")
HINDI_WORD = re.compile("[\u0900-\u0963\u0966-\u096f\u0971-\u097f]+")


@pytest.fixture(scope="module")
def hindi() -> Catalog:
    return load_bundled_content("hi")


def compact(text: str) -> str:
    """`text` without any whitespace.

    The one thing normalised in what a reader extracts: where spaces and line
    breaks fall. pypdf puts a break or tab between the glyphs Qt positions one by
    one, and wherever the font changes ("(" in Noto, "BPO" in DejaVu); pdftotext
    breaks lines where the page does. Every character, and its order, must match.
    """
    return "".join(text.split())


def pieces(document: Document) -> Iterator[str]:
    """The document's texts with Hindi in them, each as one run of text on the page."""
    yield document.title
    yield document.subtitle
    for block in document.blocks:
        if isinstance(block, Heading | Paragraph):
            yield block.text
        elif isinstance(block, BulletList):
            yield from (item.text for item in block.items)
        elif isinstance(block, Table):
            yield from block.headers
            for row in block.rows:
                for cell in row:
                    yield from cell.split("\n")  # a value and its explanation are two paragraphs


def hindi_pieces(document: Document) -> list[str]:
    return [piece for piece in pieces(document) if DEVANAGARI.search(piece)]


def pypdf_pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def pypdf_text(path: Path) -> str:
    return "\n".join(pypdf_pages(path))


def not_read_back(written: list[str], pages: list[str]) -> list[str]:
    """The texts of `written` that are not on the pages as written, each in one piece or
    in two where a table row breaks over a page (QTextDocument splits tall rows)."""
    pages = [compact(page) for page in pages]
    whole = "".join(pages)

    def split_over_a_page_break(text: str) -> bool:
        return any(
            text[:cut] in page and text[cut:] in following
            for page, following in itertools.pairwise(pages)
            for cut in range(1, len(text))
        )

    return [
        text
        for text in written
        if compact(text) not in whole and not split_over_a_page_break(compact(text))
    ]


def pdftotext(path: Path, *options: str) -> str:
    result = subprocess.run(
        ["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


needs_pdftotext = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) missing"
)


def hindi_pdf(hindi: Catalog, tmp_path: Path, view: str = "comparison") -> tuple[Path, Document]:
    """The view in Hindi, its own words too, as a PDF."""
    ensure_gui_application()
    install_language("hi")
    try:
        document = view_document(hindi, view, ALL_MODELS, TODAY)
        path = tmp_path / f"{view}.pdf"
        path.write_bytes(render_pdf(document))
    finally:
        install_language("en")
    return path, document


@pytest.mark.parametrize("view", ["comparison", "exam", "services", "careers", "glossary"])
def test_hindi_reads_back_with_pypdf_as_written(hindi: Catalog, tmp_path: Path, view: str) -> None:
    path, document = hindi_pdf(hindi, tmp_path, view)
    written = hindi_pieces(document)
    assert len(written) > 10
    assert not_read_back(written, pypdf_pages(path)) == []


@needs_pdftotext
@pytest.mark.parametrize("view", ["comparison", "exam", "services", "careers", "glossary"])
def test_hindi_reads_back_with_pdftotext_as_written(
    hindi: Catalog, tmp_path: Path, view: str
) -> None:
    path, document = hindi_pdf(hindi, tmp_path, view)
    # In the order drawn: each piece whole, however the table's columns are laid out.
    in_order = pdftotext(path, "-raw").split("\f")  # pages end in a form feed
    assert not_read_back(hindi_pieces(document), in_order) == []
    # As laid out for reading: every Hindi word whole, none cut or reordered.
    laid_out = set(HINDI_WORD.findall(pdftotext(path)))
    written = {word for piece in hindi_pieces(document) for word in HINDI_WORD.findall(piece)}
    assert written - laid_out == set()


def test_without_the_text_layer_qt_loses_conjuncts_and_reorders_vowel_signs(
    hindi: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What export/pdf_text.py is for: Qt's own PDF text of the same page.
    monkeypatch.setattr("outsource_desktop.export.pdf.readable_hindi", lambda pdf, _texts: pdf)
    path, _document = hindi_pdf(hindi, tmp_path, "exam")
    extracted = compact(pypdf_text(path))
    assert compact("प्रक्रिया") not in extracted
    assert compact("किसी") not in extracted


def test_the_text_layer_moves_no_glyph(
    hindi: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) missing")
    read_back, _document = hindi_pdf(hindi, tmp_path, "exam")
    monkeypatch.setattr("outsource_desktop.export.pdf.readable_hindi", lambda pdf, _texts: pdf)
    qt_only = tmp_path / "qt-only"
    qt_only.mkdir()
    as_qt_wrote, _document = hindi_pdf(hindi, qt_only, "exam")
    assert read_back.read_bytes() != as_qt_wrote.read_bytes()

    def rendered(path: Path) -> bytes:
        subprocess.run(["pdftoppm", "-png", "-r", "50", str(path), str(path.with_suffix(""))])
        return b"".join(png.read_bytes() for png in sorted(path.parent.glob(f"{path.stem}-*.png")))

    assert rendered(read_back) == rendered(as_qt_wrote)


def test_the_hindi_pdf_embeds_noto_sans_devanagari(hindi: Catalog, tmp_path: Path) -> None:
    path, _document = hindi_pdf(hindi, tmp_path, "exam")
    embedded = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            if "/FontFile2" in descriptor.get_object():
                embedded.add(str(font.get_object()["/BaseFont"]))
    assert {"/NotoSansDevanagari-Regular", "/NotoSansDevanagari-Bold"} <= embedded


def test_an_english_pdf_is_left_as_qt_wrote_it(catalog: Catalog) -> None:
    ensure_gui_application()
    pdf = render_pdf(view_document(catalog, "exam", ComparisonOptions(("bpo", "kpo")), TODAY))
    assert b"NotoSansDevanagari" not in pdf
    assert pdf_text.readable_hindi(pdf, ["कोई शब्द"]) is pdf


def test_export_language_hi_on_the_command_line(tmp_path: Path) -> None:
    hindi = load_bundled_content("hi")
    output = tmp_path / "exam.pdf"
    assert main(["export", "--view", "exam", "--language", "hi", "--output", str(output)]) == 0
    text = compact(pypdf_text(output))
    bpo = hindi.model_by_id("bpo")
    assert compact(bpo.definition.text) in text
    # The document's own words are Hindi too, to the page number in the footer.
    for words in ("BPO और KPO में अंतर स्पष्ट कीजिए", "तुलना का आधार", "पृष्ठ 1 / 1"):
        assert compact(words) in text
    assert language_in_use() == "en"  # the export's language ends with it
    english = tmp_path / "exam-en.pdf"
    assert main(["export", "--view", "exam", "--output", str(english)]) == 0  # English by default
    assert not DEVANAGARI.search(pypdf_text(english))


@pytest.mark.parametrize(
    ("suffix", "encoding"), [(".csv", "utf-8-sig"), (".md", "utf-8"), (".html", "utf-8")]
)
def test_text_formats_are_utf8_hindi(tmp_path: Path, suffix: str, encoding: str) -> None:
    hindi = load_bundled_content("hi")
    output = tmp_path / f"comparison{suffix}"
    assert main(["export", "--lang", "hi", "--output", str(output)]) == 0
    data = output.read_bytes()
    text = data.decode(encoding)  # strict: any other encoding fails here
    label = hindi.aspects[0].label
    assert label in text if suffix != ".md" else label.replace("-", "\\-") in text
    if suffix == ".csv":
        assert data.startswith(b"\xef\xbb\xbf")  # spreadsheets read the file as UTF-8
        rows = list(csv.reader(text.splitlines()))
        assert rows[0][:2] == ["खंड", "तुलना का आधार"]
        assert any(row[1] == label for row in rows[1:])
    if suffix == ".html":
        assert '<meta charset="utf-8">' in text
        assert "'Noto Sans Devanagari'" in text
