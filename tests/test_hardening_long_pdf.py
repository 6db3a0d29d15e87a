"""Long PDFs: laid out a part at a time, whole and in order; in the window, progress and Cancel.

Issue #18, item 5. How the time grows is measured by benchmarks/growth.py; these
tests check what the reader gets: every row once, in order, under a header on
every page, pages numbered, columns that stay put; and in the window a progress
dialog whose Cancel leaves the earlier file as it was.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QIODevice, QSizeF, Qt
from PySide6.QtGui import QPdfWriter, QTextTable
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from outsource_desktop.content.loader import load_catalog
from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.views import view_document
from outsource_desktop.export import pdf
from outsource_desktop.export.pdf import ROWS_PER_PART, Sheet, lay_out_parts, page_layout
from outsource_desktop.export.steps import run_to_end
from outsource_desktop.export.write import export_document
from outsource_desktop.gui.app import application
from outsource_desktop.gui.main_window import MainWindow
from outsource_desktop.reference.queries import ComparisonOptions
from tests.content_factory import long_content

TODAY = dt.date(2026, 11, 23)
ALL_MODELS = ComparisonOptions(("bpo", "kpo", "lpo"))
ROWS = 230  # two parts and some


@pytest.fixture
def long_catalog(write_json: Any) -> Catalog:
    return load_catalog(write_json(long_content(ROWS), "long.json"))


@pytest.mark.parametrize("kept", [pdf.KEPT_PARTS, 1], ids=["layouts kept", "laid out again"])
def test_every_row_is_printed_once_in_order_under_a_header_on_every_page(
    long_catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kept: int
) -> None:
    # Past KEPT_PARTS, a part is laid out again when painted: the pages must not change.
    monkeypatch.setattr(pdf, "KEPT_PARTS", kept)
    application()  # a QApplication: the window tests below need one, whatever runs first
    path = tmp_path / "long.pdf"
    export_document(view_document(long_catalog, "comparison", ALL_MODELS, TODAY), path, "pdf")
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]
    for number, text in enumerate(pages, start=1):
        assert re.search(r"Basis of comparison\s+BPO\s+KPO\s+LPO", text), (
            f"no header row on page {number}"
        )
        assert text.endswith(f"Page {number} of {len(pages)}")
    labels = re.findall(r"Aspect number (\d+)", " ".join(pages))
    assert labels == [str(number) for number in range(ROWS)]
    assert "[1] “Article A”" in pages[-1]


def test_no_part_lays_out_more_than_its_share_of_rows(long_catalog: Catalog) -> None:
    # A table laid out whole cost each page a visit to every page's header: the
    # time grew with the square of the rows. Parts keep each page's cost flat.
    application()  # a QApplication: the window tests below need one, whatever runs first
    document = view_document(long_catalog, "comparison", ALL_MODELS, TODAY)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout(document))
    resolution = writer.logicalDpiY()
    rect = writer.pageLayout().paintRectPixels(resolution)
    body = QSizeF(rect.width(), rect.height() - 0.3 * resolution)
    sheet = Sheet(writer, body, figures={})
    parts = run_to_end(lay_out_parts(document, sheet))
    assert len(parts) > ROWS // ROWS_PER_PART
    for part in parts:
        frames = part.layout(sheet).rootFrame().childFrames()
        tables = [frame for frame in frames if isinstance(frame, QTextTable)]
        assert all(table.rows() <= ROWS_PER_PART + 1 for table in tables)  # and the header
        assert part.pages >= 1
    widths = {
        tuple(
            round(constraint.rawValue()) for constraint in table.format().columnWidthConstraints()
        )
        for part in parts[1:]
        for table in part.layout(sheet).rootFrame().childFrames()
        if isinstance(table, QTextTable)
    }
    assert len(widths) == 1, "the columns keep the same widths from part to part"


def export_pdf_through_the_menu(window: MainWindow, path: Path) -> QProgressDialog:
    """File > Export > PDF, choose `path`, and return the progress dialog once it shows."""
    window.menu_actions.export_pdf.trigger()
    (chooser,) = [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QFileDialog) and widget.isVisible()
    ]
    chooser.setOption(QFileDialog.Option.DontConfirmOverwrite)  # its question would block
    chooser.selectFile(str(path))
    chooser.accept()
    return window.findChild(QProgressDialog, "exportProgress")


@pytest.fixture
def long_window(show_window: Any, write_json: Any) -> MainWindow:
    window: MainWindow = show_window(load_catalog(write_json(long_content(1000), "long.json")))
    window.tabs.setCurrentWidget(window.comparison_tab)
    return window


def test_a_long_export_shows_progress_and_cancel_keeps_the_earlier_file(
    long_window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    earlier = tmp_path / "comparison.pdf"
    earlier.write_bytes(b"the earlier export")
    progress = export_pdf_through_the_menu(long_window, earlier)
    qtbot.waitUntil(progress.isVisible, timeout=30_000)
    qtbot.waitUntil(lambda: progress.value() > 0, timeout=30_000)
    assert progress.labelText().startswith("Exporting “BPO vs KPO vs LPO: comparison” as PDF")
    cancel = progress.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not progress.isVisible())
    assert earlier.read_bytes() == b"the earlier export"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["comparison.pdf", "long.json"]
    assert long_window.statusBar().currentMessage() == "Export stopped; nothing was written"


def test_a_long_export_runs_to_the_end_while_the_window_stays_responsive(
    long_window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    target = tmp_path / "comparison.pdf"
    progress = export_pdf_through_the_menu(long_window, target)
    qtbot.waitUntil(lambda: progress.value() > 0, timeout=30_000)
    # The event loop turns between steps: the window still answers.
    long_window.comparison_tab.filter_box.setText("Aspect number 7")
    qtbot.waitUntil(lambda: target.exists(), timeout=120_000)
    assert long_window.statusBar().currentMessage().startswith("Exported BPO vs KPO vs LPO")
    pages = PdfReader(target).pages
    first, last = (" ".join(page.extract_text().split()) for page in (pages[0], pages[-1]))
    assert "filtered" not in first  # the view as it was when the export began
    assert "Aspect number 999" in " ".join(pages[-2].extract_text().split()) + last
    assert last.endswith(f"Page {len(pages)} of {len(pages)}")
