"""Asking for a content file to open: a file dialog that never blocks.

It is opened with `open()` and answers through a callback, so tests drive it
like a user (select a file, accept) without waiting on `exec()`; the work of
opening the file is the caller's (`MainWindow.open_content`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from outsource_desktop.i18n import translate


def ask_for_content_file(parent: QWidget, on_chosen: Callable[[Path], object]) -> QFileDialog:
    dialog = QFileDialog(parent, translate("ContentFileDialog", "Open Content"))
    dialog.setObjectName("openContentDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters(
        (
            translate("ContentFileDialog", "Content files (*.json)"),
            translate("ContentFileDialog", "All files (*)"),
        )
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda name: on_chosen(Path(name)))
    dialog.open()
    return dialog
