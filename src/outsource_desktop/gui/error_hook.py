"""The last line of defence: an unexpected exception is logged, shown once, and survived.

`run_gui` installs `ErrorHook` as `sys.excepthook`. PySide6 hands exceptions
raised in slots and event handlers to that hook and carries on, so the user
keeps working. Each distinct fault (its type and where it was raised) opens
one dialog at most, and never while another is open: a fault in a paint event
repeats on every repaint and must not bury the window in dialogs.

The log goes to `$XDG_STATE_HOME/outsource-desktop/log` on Linux (Qt's
GenericStateLocation, the matching folder on other systems). The XDG spec
names the state folder for logs: they outlive a run but, unlike the data
folder (AppLocalDataLocation), are not worth backing up or syncing.
"""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtWidgets import QApplication

from outsource_desktop import APP_DISPLAY_NAME, APP_NAME, ORGANISATION, __version__
from outsource_desktop.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
# One rotation keeps the log small however long a faulty session runs.
MAX_LOG_BYTES = 1024 * 1024
# The message may quote content or a file; the full text is in the details.
MAX_SUMMARY_CHARS = 300


def dialog_title() -> str:
    return translate("ErrorHook", "Something went wrong")


def log_path() -> Path:
    from PySide6.QtCore import QStandardPaths  # only when there is something to log

    state = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericStateLocation)
    return Path(state) / ORGANISATION / "log" / f"{APP_NAME}.log"


def write_log(path: Path, report: str) -> str | None:
    """Append `report`; return why it could not be saved, or None when it was."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_file() and path.stat().st_size > MAX_LOG_BYTES:
            path.replace(path.with_name(path.name + ".1"))
        with path.open("a", encoding="utf-8", errors="backslashreplace") as stream:
            # Local time as datetime.isoformat gives it; time needs no import at start.
            stamp = time.strftime("%Y-%m-%dT%H:%M:%S")
            stream.write(f"--- {stamp} {__version__}\n")
            stream.write(report)
    except OSError as error:
        return error.strerror or str(error)
    return None


def fault_signature(kind: type[BaseException], trace: TracebackType | None) -> tuple[str, ...]:
    frames = traceback.extract_tb(trace)
    return (kind.__qualname__, *(f"{frame.filename}:{frame.lineno}" for frame in frames))


class ErrorHook:
    def __init__(self, log_file: Path, fallback: ExceptHook = sys.__excepthook__) -> None:
        self.log_file = log_file
        self._fallback = fallback
        self._shown: set[tuple[str, ...]] = set()
        self.dialog: QMessageBox | None = None
        self.faults = 0

    def __call__(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if not issubclass(kind, Exception):  # Ctrl+C, SystemExit: not faults to report
            self._fallback(kind, error, trace)
            return
        try:
            self._handle(kind, error, trace)
        except Exception:  # never let the hook itself fail: fall back to printing
            self._fallback(kind, error, trace)

    def _handle(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        self.faults += 1
        report = "".join(traceback.format_exception(kind, error, trace))
        if sys.stderr is not None:  # None in a windowed frozen app
            sys.stderr.write(report)
        not_saved = write_log(self.log_file, report)
        signature = fault_signature(kind, trace)
        if signature in self._shown or self.dialog_is_open():
            return
        if not isinstance(QApplication.instance(), QApplication):
            return
        self._shown.add(signature)
        where = (
            translate("ErrorHook", "The details were saved in {path}.").format(path=self.log_file)
            if not_saved is None
            else translate("ErrorHook", "The details could not be saved ({reason}).").format(
                reason=not_saved
            )
        )
        # format_exception_only copes with an exception whose str() itself fails.
        summary = traceback.format_exception_only(kind, error)[-1].strip()
        if len(summary) > MAX_SUMMARY_CHARS:
            summary = summary[:MAX_SUMMARY_CHARS] + "…"
        # Imported here: QMessageBox's many enums cost the start ~5 ms.
        from PySide6.QtWidgets import QMessageBox

        from outsource_desktop.gui.widgets.dialogs import show_message

        self.dialog = show_message(
            QApplication.activeWindow(),
            dialog_title(),
            translate(
                "ErrorHook",
                "{app} met an unexpected problem and carries on; what you were "
                "doing may not have finished.",
            ).format(app=APP_DISPLAY_NAME)
            + f"\n\n{summary}\n\n{where}",
            details=report,
            icon=QMessageBox.Icon.Critical,
        )

    def dialog_is_open(self) -> bool:
        # Asked rather than tracked through `finished`: a slot that dropped the
        # last reference to a parentless dialog would delete it in mid-close
        # (it crashed when quitting with the dialog open).
        dialog = self.dialog
        return dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible()


def install_error_hook() -> ErrorHook:
    hook = ErrorHook(log_path(), sys.excepthook)
    sys.excepthook = hook
    return hook
