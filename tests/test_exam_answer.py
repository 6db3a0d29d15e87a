"""The exam answer: "Distinguish between BPO and KPO" on one A4 portrait page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from outsource_desktop.cli import main
from outsource_desktop.content.loader import load_catalog
from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.document import Table
from outsource_desktop.documents.exam import exam_document
from outsource_desktop.export.write import export_document
from outsource_desktop.gui.app import application
from outsource_desktop.gui.main_window import MainWindow
from outsource_desktop.reference.queries import exam_rows
from tests.content_factory import long_content

A4_POINTS = (595, 842)


@pytest.fixture(autouse=True)
def _qt_application() -> None:
    """The app's QApplication, before a PDF export would start a bare QGuiApplication."""
    application()


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_command_line_writes_one_a4_portrait_page_with_both_models(
    catalog: Catalog, tmp_path: Path
) -> None:
    path = tmp_path / "exam.pdf"
    assert main(["export", "--view", "exam", "--paper", "a4", "--output", str(path)]) == 0
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == A4_POINTS
    text = flat(reader.pages[0].extract_text())
    assert "Distinguish between BPO and KPO" in text
    assert "Basis of comparison BPO KPO" in text
    rows = exam_rows(catalog, ("bpo", "kpo"))
    assert len(rows) >= 20
    for row in rows:
        assert flat(row.aspect.label) in text
        for cell in row.cells:
            assert cell.claim is not None
            assert flat(cell.claim.value) in text, (row.aspect.id, cell.claim.value)


def test_disputed_values_are_marked_in_the_table(catalog: Catalog) -> None:
    """The page cites the disagreeing sources, so the table says which values they dispute."""
    document = exam_document(catalog, ("bpo", "kpo"))
    table = next(block for block in document.blocks if isinstance(block, Table))
    shown = {row[0]: row[1:] for row in table.rows}
    disputed = 0
    for row in exam_rows(catalog, ("bpo", "kpo")):
        for cell, value in zip(row.cells, shown[row.aspect.label], strict=True):
            assert cell.claim is not None
            assert value.startswith(cell.claim.value)
            assert ("(disputed)" in value) == cell.is_disputed, (row.aspect.id, value)
            disputed += cell.is_disputed
    assert disputed, "the bundled content disputes some of these values"


def test_rows_list_differences_in_facts_only(catalog: Catalog) -> None:
    rows = exam_rows(catalog, ("bpo", "kpo"))
    assert all(row.differs for row in rows)
    assert not any(cell.claim.opinion for row in rows for cell in row.cells if cell.claim)
    same = [aspect.id for aspect in catalog.aspects if aspect.id not in {r.aspect.id for r in rows}]
    assert same, "rows where BPO and KPO say the same are left out"
    document = exam_document(catalog, ("bpo", "kpo"))
    assert document.orientation == "portrait"
    assert document.one_page


def test_a_long_answer_is_set_smaller_to_stay_on_one_page(write_json: Any, tmp_path: Path) -> None:
    catalog = load_catalog(write_json(long_content(50), "long.json"))
    path = tmp_path / "long-exam.pdf"
    export_document(exam_document(catalog, ("bpo", "kpo")), path, "pdf", "a4")
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    assert "BPO side 49" in flat(reader.pages[0].extract_text())


def test_the_exam_view_needs_two_models(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "exam.pdf"
    code = main(["export", "--view", "exam", "--models", "bpo,kpo,lpo", "--output", str(path)])
    assert code == 2
    assert "distinguishes two models" in capsys.readouterr().err
    assert not path.exists()


def test_file_export_offers_the_exam_page_for_the_compared_models(
    window: MainWindow, tmp_path: Path
) -> None:
    action = window.menu_actions.export_exam
    assert action in window.menus["export"].actions()
    window.set_comparison_preferences((("kpo", "lpo", "bpo"), False))
    document = window.exam_document()
    assert document.title == "Distinguish between KPO and LPO"
    path = tmp_path / "answer.pdf"
    assert window.export_current(path, "pdf", document)
    assert len(PdfReader(path).pages) == 1
