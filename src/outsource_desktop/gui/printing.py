"""Print, preview and export the current view, with non-blocking dialogs.

The work (`paint_document`, `export_document`) is kept apart from the dialogs
that ask where, so tests and the command line call it directly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from outsource_desktop.documents.document import Document
from outsource_desktop.export.paper import PaperChoice
from outsource_desktop.export.pdf import page_layout, paint_document
from outsource_desktop.i18n import translate


def file_filter(export_format: str) -> str:
    return {
        "pdf": translate("Printing", "PDF document (*.pdf)"),
        "csv": translate("Printing", "CSV spreadsheet (*.csv)"),
        "md": translate("Printing", "Markdown (*.md)"),
        "html": translate("Printing", "Web page (*.html)"),
        "apkg": translate("Printing", "Anki deck (*.apkg)"),
    }[export_format]


def suggested_file_name(title: str, export_format: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-").lower() or "export"
    return f"{stem}.{export_format}"


def ask_export_path(
    parent: QWidget,
    title: str,
    export_format: str,
    start_folder: Path,
    on_chosen: Callable[[Path], object],
) -> QFileDialog:
    dialog = QFileDialog(
        parent, translate("Printing", "Export as {format}").format(format=export_format.upper())
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(file_filter(export_format))
    dialog.setDefaultSuffix(export_format)
    dialog.setDirectory(str(start_folder))
    dialog.selectFile(suggested_file_name(title, export_format))
    dialog.setObjectName("exportDialog")
    dialog.fileSelected.connect(lambda name: on_chosen(Path(name)))
    dialog.open()
    return dialog


def new_printer(document: Document, paper: PaperChoice) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document.title)
    printer.setPageLayout(page_layout(document, paper))
    return printer


def open_print_dialog(parent: QWidget, document: Document, paper: PaperChoice) -> QPrintDialog:
    printer = new_printer(document, paper)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.accepted.connect(lambda: paint_document(document, printer))
    # QDialog.open() semantics (window-modal, returns at once); PySide6 binds
    # QPrintDialog.open only in its (receiver, slot) form.
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog


def open_print_preview(
    parent: QWidget, document: Document, paper: PaperChoice
) -> QPrintPreviewDialog:
    printer = new_printer(document, paper)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreviewDialog")
    dialog.setWindowTitle(
        translate("Printing", "Print Preview – {title}").format(title=document.title)
    )
    dialog.paintRequested.connect(lambda target: paint_document(document, target))
    dialog.resize(1000, 760)
    dialog.open()
    return dialog
