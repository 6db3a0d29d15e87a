"""Unexpected exceptions: logged, shown once in a dialog that does not block, and survived."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from outsource_desktop.gui.app import application
from outsource_desktop.gui.error_hook import ErrorHook, dialog_title, log_path


def fault_dialogs() -> list[QMessageBox]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QMessageBox) and widget.isVisible()
        if widget.windowTitle() == dialog_title()
    ]


@pytest.fixture
def hook(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[ErrorHook]:
    application()
    hook = ErrorHook(tmp_path / "log" / "app.log")
    monkeypatch.setattr(sys, "excepthook", hook)
    yield hook
    for dialog in fault_dialogs():
        dialog.close()


def raise_value_error() -> None:
    raise ValueError("the <b>cause</b>")


def raise_key_error() -> None:
    raise KeyError("other")


def test_log_goes_to_the_state_folder(private_user_folders: Path) -> None:
    assert log_path() == private_user_folders / "state/outsource-desktop/log/outsource-desktop.log"


# pytest-qt would otherwise catch the exceptions itself and fail the test.
@pytest.mark.qt_no_exception_capture
def test_a_repeating_fault_is_logged_each_time_and_shown_once(
    hook: ErrorHook, qtbot: QtBot
) -> None:
    for delay in (0, 5, 10):
        QTimer.singleShot(delay, raise_value_error)  # raised inside the Qt event loop
    qtbot.waitUntil(lambda: hook.faults == 3)
    dialogs = fault_dialogs()
    assert len(dialogs) == 1
    assert "ValueError: the <b>cause</b>" in dialogs[0].text()  # plain text, not markup
    assert str(hook.log_file) in dialogs[0].text()
    assert "raise_value_error" in dialogs[0].detailedText()
    assert hook.log_file.read_text(encoding="utf-8").count("ValueError: the <b>cause</b>") == 3
    # The event loop is still running: the app carries on.
    ran: list[bool] = []
    QTimer.singleShot(0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: ran == [True])


@pytest.mark.qt_no_exception_capture
def test_a_different_fault_waits_for_the_open_dialog_then_shows(
    hook: ErrorHook, qtbot: QtBot
) -> None:
    QTimer.singleShot(0, raise_value_error)
    qtbot.waitUntil(lambda: hook.faults == 1)
    QTimer.singleShot(0, raise_key_error)
    qtbot.waitUntil(lambda: hook.faults == 2)
    (first,) = fault_dialogs()  # never a second dialog on top of the first
    first.close()
    assert not hook.dialog_is_open()
    QTimer.singleShot(0, raise_value_error)  # already shown: logged only
    QTimer.singleShot(5, raise_key_error)  # new while no dialog is open: shown
    qtbot.waitUntil(lambda: hook.faults == 4)
    (second,) = fault_dialogs()
    assert "KeyError" in second.text()


@pytest.mark.qt_no_exception_capture
def test_a_fault_in_an_event_handler_is_caught(hook: ErrorHook, qtbot: QtBot) -> None:
    class Broken(QWidget):
        def paintEvent(self, _event: object) -> None:
            raise RuntimeError("cannot paint")

    widget = Broken()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: hook.faults >= 1)
    widget.update()
    assert len(fault_dialogs()) == 1
    assert "RuntimeError: cannot paint" in hook.log_file.read_text(encoding="utf-8")


def test_an_unwritable_log_is_said_in_the_dialog(tmp_path: Path, qtbot: QtBot) -> None:
    application()
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("", encoding="utf-8")
    hook = ErrorHook(blocker / "app.log")
    try:
        raise_value_error()
    except ValueError as error:
        hook(type(error), error, error.__traceback__)
    (dialog,) = fault_dialogs()
    assert "could not be saved" in dialog.text()
    dialog.close()


def test_interrupts_go_to_the_previous_hook(tmp_path: Path) -> None:
    seen: list[type[BaseException]] = []
    hook = ErrorHook(tmp_path / "app.log", lambda kind, _error, _trace: seen.append(kind))
    hook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == [KeyboardInterrupt]
    assert not (tmp_path / "app.log").exists()


def test_the_running_app_installs_the_hook_and_survives(tmp_path: Path) -> None:
    # The real entry point, with faults raised from the event loop after start-up.
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QTimer
        from outsource_desktop.cli import main
        from outsource_desktop.gui.app import application

        def fail():
            raise ZeroDivisionError("injected fault")

        application()
        for delay in (0, 1, 2):
            QTimer.singleShot(delay, fail)
        sys.exit(main(["--quit-after-show"]))
        """
    )
    state = tmp_path / "state"
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(state)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    log = state / "outsource-desktop" / "log" / "outsource-desktop.log"
    assert log.read_text(encoding="utf-8").count("ZeroDivisionError: injected fault") == 3
