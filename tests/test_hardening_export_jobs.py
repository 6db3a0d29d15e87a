"""Every export the menus offer runs as one job: progress, Cancel, and the earlier file kept.

Issue #18, item 5, on the new menus: the view's export, the exam answer, the
study sheets and the Anki deck all go through gui/export_job.py, so none of
them can freeze the window on long content, and a cancelled one writes nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from outsource_desktop.gui.main_window import COMPARISON, STUDY, MainWindow

# (menu action, tab it is offered on, file name, what the status bar names)
EXPORTS = {
    "view as PDF": ("export_pdf", COMPARISON, "comparison.pdf", "BPO vs KPO vs LPO"),
    "exam answer": ("export_exam", COMPARISON, "exam.pdf", "Distinguish between BPO and KPO"),
    "answer key": ("export_answer_key", STUDY, "key.pdf", "Answer key"),
    "exam sheet": ("export_exam_sheet", STUDY, "exam-sheet.pdf", "Exam practice"),
    "Anki deck": ("export_anki", STUDY, "deck.apkg", "flashcards"),
}


def export_through_the_menu(window: MainWindow, action: str, path: Path) -> QProgressDialog:
    """Trigger `action`, choose `path`, and return the job's progress dialog."""
    getattr(window.menu_actions, action).trigger()
    (chooser,) = [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QFileDialog) and widget.isVisible()
    ]
    chooser.setOption(QFileDialog.Option.DontConfirmOverwrite)  # its question would block
    chooser.selectFile(str(path))
    chooser.accept()
    progress = window.findChild(QProgressDialog, "exportProgress")
    assert progress is not None, "the export runs as a job"
    return progress


@pytest.mark.parametrize("export", list(EXPORTS))
def test_each_menu_export_can_be_cancelled_and_then_runs_to_the_end(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, export: str
) -> None:
    action, tab, name, what = EXPORTS[export]
    window.tabs.setCurrentIndex(tab)
    target = tmp_path / name
    target.write_bytes(b"the earlier export")
    progress = export_through_the_menu(window, action, target)
    cancel = progress.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    cancel.click()  # before the first step: the dialog shows only if the job takes a while
    assert target.read_bytes() == b"the earlier export"
    assert window.statusBar().currentMessage() == "Export stopped; nothing was written"
    assert [path.name for path in tmp_path.iterdir()] == [name]  # no temporary file left
    export_through_the_menu(window, action, target)
    qtbot.waitUntil(lambda: target.read_bytes() != b"the earlier export", timeout=60_000)
    message = window.statusBar().currentMessage()
    assert message.startswith("Exported ")
    assert what in message
    assert message.endswith(str(target))
