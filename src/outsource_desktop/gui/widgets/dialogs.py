"""Message dialogs that never block: opened with open(), answered by callback.

Tests find open dialogs through `QApplication.topLevelWidgets()` instead of
waiting on exec(), which would block the event loop.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from outsource_desktop.content.problems import ContentError
from outsource_desktop.i18n import translate


def show_message(
    parent: QWidget | None,
    title: str,
    text: str,
    details: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    # Content and file names go into these texts: never let them be markup.
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("messageDialog")
    box.open()
    return box


def show_content_error(parent: QWidget | None, error: ContentError) -> QMessageBox:
    lines = error.lines()
    shown = "\n".join(lines[:8])
    if len(lines) > 8:
        more = translate("Dialogs", "… and {count} more (see Show Details)")
        shown += "\n" + more.format(count=len(lines) - 8)
    return show_message(
        parent,
        translate("Dialogs", "Content file not usable"),
        f"{error.summary()}\n\n{shown}",
        details="\n".join(lines),
        icon=QMessageBox.Icon.Warning,
    )
