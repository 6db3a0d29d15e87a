"""Start the GUI: one QApplication, bundled fonts, the reader's language, content loaded once."""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from outsource_desktop import APP_DISPLAY_NAME, APP_NAME, ORGANISATION, __version__
from outsource_desktop.content.assets import (
    WINDOW_ICON_FILES,
    bundled_content_path,
    bundled_content_paths,
    resource_path,
)
from outsource_desktop.content.problems import ContentError
from outsource_desktop.export.fonts import install_bundled_fonts, install_screen_fonts
from outsource_desktop.gui.error_hook import install_error_hook
from outsource_desktop.gui.language import effective_language
from outsource_desktop.gui.remembered import language_choice
from outsource_desktop.gui.settings import app_settings
from outsource_desktop.gui.widgets.first_paint import OnFirstPaint
from outsource_desktop.i18n import language_in_use

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from outsource_desktop.content.models import Catalog
    from outsource_desktop.gui.main_window import MainWindow, PendingCatalog

DESKTOP_FILE_NAME = "io.github.outsource_desktop.OutsourceDesktop"
EXIT_BAD_CONTENT = 2
# Names a file to which start-up appends when it reached each mark (on the
# system-wide monotonic clock): benchmarks/startup.py times the first painted
# frame and the moment the window became interactive from it.
START_MARKS_VARIABLE = "OUTSOURCE_DESKTOP_START_MARKS"


def note_start_mark(name: str) -> None:
    path = os.environ.get(START_MARKS_VARIABLE)
    if path:
        with Path(path).open("a", encoding="utf-8") as marks:
            marks.write(f"{name} {time.monotonic()}\n")


def application() -> QApplication:
    """The running QApplication, created and named on first use."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    # Lets Wayland and X11 desktops match windows to the installed .desktop
    # file, so the taskbar shows the app's own icon.
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    install_screen_fonts(language_in_use())
    return app


def finish_application() -> None:
    """What the application needs that a window's first frame does not: its icon. (The
    fonts other languages need are registered when first needed: the main window's
    Language menu and language switch, and every export.)"""
    from PySide6.QtGui import QIcon

    app = application()
    if app.windowIcon().isNull():
        icon = QIcon()
        for relative in WINDOW_ICON_FILES:
            icon.addFile(str(resource_path(relative)))
        app.setWindowIcon(icon)


class QuitAfterPaint(OnFirstPaint):
    """Quits the application once the watched window has been painted."""

    def _painted(self) -> None:
        note_start_mark("first_frame")
        note_start_mark("interactive")
        QApplication.quit()


class AfterFirstFrame(OnFirstPaint):
    """Finishes the start once the main window's first frame has been painted: its content
    loaded (then it is interactive), then what can wait longer; with --quit-after-show,
    quits after that."""

    def __init__(self, window: MainWindow, *, quit_after: bool) -> None:
        super().__init__(window)
        self.window = window
        self.quit_after = quit_after

    def _painted(self) -> None:
        note_start_mark("first_frame")
        self.window.finish_start()
        note_start_mark("interactive")
        # Off since __main__.py, to spare the start its collections (loading the
        # catalog alone set off ten, ~1.5 ms): the start makes no garbage worth them.
        gc.enable()
        # Queued after any input that came while the content loaded, which goes first.
        QTimer.singleShot(0, self._settle)

    def _settle(self) -> None:
        self.window.follow_system_theme()
        finish_application()
        if self.quit_after:
            QApplication.quit()


def opening_content(content: Path) -> Catalog | PendingCatalog:
    """What the window opens on: for a bundled content file, its stored Overview in the
    language in use with the catalog loaded after the first frame, when a snapshot fits
    its bytes and that language (documents/overview_snapshot.py); otherwise the
    catalog, loaded now.

    Raises `ContentError` when the content cannot be used.
    """

    def load(data: bytes | None = None) -> Catalog:
        # Imported only here: the content classes are what the snapshot spares the start.
        from outsource_desktop.content.bundled import load_content

        return load_content(content, data)

    if content in bundled_content_paths():
        from outsource_desktop.documents.overview_snapshot import read_snapshot
        from outsource_desktop.gui.main_window import PendingCatalog

        try:
            data = content.read_bytes()
            snapshot = read_snapshot(content, data, language_in_use())
        except OSError:
            snapshot = None  # load_content says what is wrong, in plain words
        if snapshot is not None:
            return PendingCatalog(snapshot, lambda: load(data))
    return load()


def start_window(content: Path | None, settings: QSettings) -> MainWindow:
    """The main window on `content` (None: the bundled content, in the reader's language),
    in the language the reader chose or the system's, with what `settings` remember.

    Raises `ContentError` when the content cannot be used.
    """
    chosen_language = language_choice(settings)
    language = effective_language(chosen_language)
    if language != "en":  # English needs no translators: its start imports none
        from outsource_desktop.export.translations import install_language

        install_language(language)
    install_screen_fonts(language)
    if content is not None:  # a file of the reader's own: it may be in any language
        install_bundled_fonts()
    opening = opening_content(bundled_content_path(language) if content is None else content)

    from outsource_desktop.gui.main_window import MainWindow

    # Besides turning it off for the start (__main__.py), the one place the app
    # sets the cyclic garbage collector's state. The content is immutable, forms
    # no reference cycles and lives until another file is opened: freezing it
    # (and the modules imported so far) keeps the collector's full passes from
    # walking it again and again (about 25 ms at 10,000 aspects, landing on a
    # keystroke). Being acyclic, a replaced catalog is still freed by reference
    # counting, so nothing ever needs thawing; the window, whose widgets do form
    # cycles, is built after this and stays collectable. (The bundled content,
    # opened on its stored Overview, is loaded after the first frame and not
    # frozen: it is small.)
    gc.freeze()
    window = MainWindow(opening, bundled=content is None, language=chosen_language)
    window.remember_in(settings)
    return window


def run_gui(content: Path | None, *, quit_after_show: bool = False) -> int:
    """Show `content` (None: the bundled content, in the reader's language)."""
    app = application()
    install_error_hook()
    # Sets a damaged settings file aside now, before any feature reads from it.
    settings = app_settings()
    try:
        window = start_window(content, settings)
    except ContentError as error:
        gc.enable()  # no window will be painted to turn it back on
        from outsource_desktop.gui.widgets.dialogs import show_content_error

        for line in error.lines():
            print(line, file=sys.stderr)
        box = show_content_error(None, error)
        box.finished.connect(app.quit)
        if quit_after_show:
            box.installEventFilter(QuitAfterPaint(box))
        app.exec()
        return EXIT_BAD_CONTENT
    window.installEventFilter(AfterFirstFrame(window, quit_after=quit_after_show))
    window.show()
    return app.exec()
