"""PDF export of the full comparison against Qt's own print of a plain table.

    .venv/bin/python benchmarks/export_pdf.py [--runs N] [--content FILE]

The baseline puts the same cell texts in a bare HTML table (header in <thead>)
and calls QTextDocument.print_() on a QPdfWriter: the cheapest way Qt offers
to print a table of that size. Both run alternately in one process, so noise
hits both alike; the ratio of medians is the figure that matters.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from collections.abc import Callable
from html import escape
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPdfWriter, QTextDocument

from outsource_desktop.content.assets import bundled_content_path
from outsource_desktop.content.loader import load_catalog
from outsource_desktop.documents.document import Document, Table
from outsource_desktop.documents.views import view_document
from outsource_desktop.export.fonts import install_bundled_fonts
from outsource_desktop.export.pdf import ensure_gui_application, page_layout, render_pdf
from outsource_desktop.reference.queries import ComparisonOptions


def plain_table_html(table: Table) -> str:
    head = "".join(f"<th>{escape(header)}</th>" for header in table.headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in table.rows
    )
    return f"<table border='1'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def qt_plain_print(document: Document) -> bytes:
    table = next(block for block in document.blocks if isinstance(block, Table))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageLayout(page_layout(document))
    text = QTextDocument()
    text.setHtml(plain_table_html(table))
    text.print_(writer)
    del writer
    buffer.close()
    return bytes(data.data())


def time_once(task: Callable[[], bytes]) -> float:
    started = time.perf_counter()
    task()
    return time.perf_counter() - started


def compare(document: Document, runs: int) -> tuple[list[float], list[float]]:
    baseline: list[float] = []
    app: list[float] = []
    qt_plain_print(document)  # warm-up: fonts, caches
    render_pdf(document)
    for _ in range(runs):
        baseline.append(time_once(lambda: qt_plain_print(document)))
        app.append(time_once(lambda: render_pdf(document)))
    return baseline, app


def summary(values: list[float]) -> str:
    return (
        f"{statistics.median(values) * 1000:8.1f} ms "
        f"({min(values) * 1000:.1f}-{max(values) * 1000:.1f})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--content", type=Path, default=None)
    arguments = parser.parse_args()
    ensure_gui_application()
    install_bundled_fonts()
    catalog = load_catalog(arguments.content or bundled_content_path())
    options = ComparisonOptions(tuple(model.id for model in catalog.models))
    document = view_document(catalog, "comparison", options, dt.date.today())
    baseline, app = compare(document, arguments.runs)
    rows = len(next(b for b in document.blocks if isinstance(b, Table)).rows)
    print(
        f"comparison table: {rows} rows x {len(options.model_ids) + 1} columns,"
        f" {arguments.runs} runs"
    )
    print(f"Qt QTextDocument.print_ of a plain table  {summary(baseline)}")
    print(f"app PDF export (render_pdf)              {summary(app)}")
    print(f"ratio app/plain: {statistics.median(app) / statistics.median(baseline):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
