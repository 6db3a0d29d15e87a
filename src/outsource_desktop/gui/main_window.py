"""The main window: the reference tabs, Advisor and Study over one swappable catalog."""

from __future__ import annotations

import gc
import importlib
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, qVersion
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from outsource_desktop import APP_DISPLAY_NAME, __version__
from outsource_desktop.assets import APP_ICON_FILE, FONT_LICENCE_FILE, resource_path
from outsource_desktop.core.document import Document
from outsource_desktop.core.models import Catalog
from outsource_desktop.gui import remembered
from outsource_desktop.gui.accessibility import describe
from outsource_desktop.gui.actions import build_menus, create_actions
from outsource_desktop.gui.appearance import ThemeChoice, apply_theme, apply_zoom
from outsource_desktop.gui.lazy_tabs import LazyTabWidget, TabFactory
from outsource_desktop.paper import PaperChoice

if TYPE_CHECKING:
    # Each tab's module is imported when the tab is first shown or asked for
    # (gui/lazy_tabs.py), and so are printing, search and the dialogs: the
    # first paint needs none of them, and importing them all cost ~100 ms.
    from outsource_desktop.core.search import Hit
    from outsource_desktop.gui.advisor_tab import AdvisorTab
    from outsource_desktop.gui.careers_tab import CareersTab
    from outsource_desktop.gui.comparison_tab import ComparisonTab
    from outsource_desktop.gui.export_job import ExportJob
    from outsource_desktop.gui.overview_tab import OverviewTab
    from outsource_desktop.gui.search_popup import SearchDialog
    from outsource_desktop.gui.services_tab import ServicesTab
    from outsource_desktop.gui.study_tab import StudyTab

DEFAULT_SIZE = (1200, 800)
OVERVIEW, COMPARISON, SERVICES, CAREERS, ADVISOR, STUDY = range(6)
ComparisonPreferences = tuple[tuple[str, ...] | None, bool]  # (models, differences only)


def tab_builder(module: str, class_name: str, catalog: Catalog) -> TabFactory:
    """Builds gui.`module`.`class_name` on `catalog`, importing the module only then."""

    def build() -> QWidget:
        tab_class = getattr(importlib.import_module(f"outsource_desktop.gui.{module}"), class_name)
        tab: QWidget = tab_class(catalog)
        return tab

    return build


class MainWindow(QMainWindow):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Qt appends the application display name: "BPO, KPO and LPO compared — Outsourcing Models".
        self.setWindowTitle("BPO, KPO and LPO compared")
        self.setWindowIcon(QIcon(str(resource_path(APP_ICON_FILE))))
        self.resize(*DEFAULT_SIZE)
        self.paper: PaperChoice = "auto"
        self.theme: ThemeChoice = "system"
        self.zoom_steps = 0
        self._settings: QSettings | None = None
        self._base_font = QFont(QApplication.font())
        self.export_folder = Path.home()
        self.tabs = LazyTabWidget()
        self.tabs.setDocumentMode(True)
        describe(self.tabs, "Views", "The reference's views; Ctrl+Tab moves to the next")
        self.search_dialog: SearchDialog | None = None
        self._comparison_preferences: ComparisonPreferences = (None, False)
        self.setCentralWidget(self.tabs)
        self.set_catalog(catalog)
        self.menu_actions = create_actions(self)
        self.menus = build_menus(self, self.menu_actions)
        self.menu_actions.open_content.triggered.connect(self.choose_content_file)
        self.menu_actions.quit.triggered.connect(self.close)
        self.menu_actions.print.triggered.connect(self.print_current)
        self.menu_actions.print_preview.triggered.connect(self.preview_current)
        for export_format, action in (
            ("pdf", self.menu_actions.export_pdf),
            ("csv", self.menu_actions.export_csv),
            ("md", self.menu_actions.export_markdown),
            ("html", self.menu_actions.export_html),
        ):
            action.triggered.connect(lambda _checked=False, f=export_format: self.ask_export(f))
        self.menu_actions.copy.triggered.connect(self.copy_current)
        self.menu_actions.find.triggered.connect(self.focus_filter)
        self.tabs.currentChanged.connect(self._update_actions)
        self._update_actions()
        self.menu_actions.next_tab.triggered.connect(lambda: self._step_tab(1))
        self.menu_actions.previous_tab.triggered.connect(lambda: self._step_tab(-1))
        self.menu_actions.about.triggered.connect(self.show_about)
        self.menu_actions.sources.triggered.connect(self.show_sources)
        self.menu_actions.search_everywhere.triggered.connect(self.show_search)
        self.menu_actions.shortcuts.triggered.connect(self.show_shortcuts)
        self.menu_actions.zoom_in.triggered.connect(lambda: self.set_zoom(self.zoom_steps + 1))
        self.menu_actions.zoom_out.triggered.connect(lambda: self.set_zoom(self.zoom_steps - 1))
        self.menu_actions.zoom_reset.triggered.connect(lambda: self.set_zoom(0))
        for theme, action in self.menu_actions.themes.items():
            action.triggered.connect(lambda _checked=False, t=theme: self.set_theme(t))
        for paper, action in self.menu_actions.papers.items():
            action.triggered.connect(lambda _checked=False, p=paper: self.set_paper(p))
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        self.set_theme("system")
        self.set_paper("auto")

    def set_catalog(self, catalog: Catalog) -> None:
        """Show `catalog` in fresh tabs, staying on the current tab.

        Only the tab in view is built now (if that fails, the window keeps the
        tabs it had); the others are built when first shown or asked for.
        """
        tabs: list[tuple[TabFactory, str]] = [
            (tab_builder("overview_tab", "OverviewTab", catalog), "&Overview"),
            (lambda: self._build_comparison(catalog), "&Comparison"),
            (tab_builder("services_tab", "ServicesTab", catalog), "Service &types"),
            (tab_builder("careers_tab", "CareersTab", catalog), "C&areers"),
            (tab_builder("advisor_tab", "AdvisorTab", catalog), "A&dvisor"),
            (tab_builder("study_tab", "StudyTab", catalog), "St&udy"),
        ]
        old_catalog: Catalog | None = getattr(self, "catalog", None)
        old_preferences = self._comparison_preferences
        self.catalog = catalog
        if old_catalog is not None:  # remembered choices were for the old content's models
            self._comparison_preferences = (None, False)
        try:
            self.tabs.replace_all(tabs)
        except Exception:
            # The old tabs are still shown: keep the state that goes with them.
            if old_catalog is not None:
                self.catalog, self._comparison_preferences = old_catalog, old_preferences
            raise
        if self.search_dialog is not None:  # it searched the old content
            self.search_dialog.close()
            self.search_dialog.deleteLater()
            self.search_dialog = None
        self.statusBar().showMessage(
            f"Content {catalog.data_version} · {len(catalog.sources)} sources · works offline"
        )

    # Tabs, built on first use ------------------------------------------------------

    def _build_comparison(self, catalog: Catalog) -> QWidget:
        from outsource_desktop.gui.comparison_tab import ComparisonTab

        tab = ComparisonTab(catalog)
        models, differences_only = self._comparison_preferences
        if models is not None:
            tab.set_models(models)
        tab.differences_only.setChecked(differences_only)
        return tab

    @property
    def overview_tab(self) -> OverviewTab:
        return cast("OverviewTab", self.tabs.built(OVERVIEW))

    @property
    def comparison_tab(self) -> ComparisonTab:
        return cast("ComparisonTab", self.tabs.built(COMPARISON))

    @property
    def services_tab(self) -> ServicesTab:
        return cast("ServicesTab", self.tabs.built(SERVICES))

    @property
    def careers_tab(self) -> CareersTab:
        return cast("CareersTab", self.tabs.built(CAREERS))

    @property
    def advisor_tab(self) -> AdvisorTab:
        return cast("AdvisorTab", self.tabs.built(ADVISOR))

    @property
    def study_tab(self) -> StudyTab:
        return cast("StudyTab", self.tabs.built(STUDY))

    def comparison_preferences(self) -> ComparisonPreferences:
        """The comparison's models and differences-only choice, built or not."""
        if self.tabs.is_built(COMPARISON):
            tab = self.comparison_tab
            return tuple(tab.chosen_models()), tab.differences_only.isChecked()
        return self._comparison_preferences

    def set_comparison_preferences(self, preferences: ComparisonPreferences) -> None:
        self._comparison_preferences = preferences
        if self.tabs.is_built(COMPARISON):
            models, differences_only = preferences
            if models is not None:
                self.comparison_tab.set_models(models)
            self.comparison_tab.differences_only.setChecked(differences_only)

    # Print, export, copy and find act on the current tab ---------------------------

    def current_document(self) -> Document | None:
        tab = self.tabs.currentWidget()
        printable = getattr(tab, "printable_document", None)
        return printable() if callable(printable) else None

    def _update_actions(self) -> None:
        tab = self.tabs.currentWidget()
        printable = callable(getattr(tab, "printable_document", None))
        has_table = hasattr(tab, "master_detail")
        for action in (
            self.menu_actions.print,
            self.menu_actions.print_preview,
            self.menu_actions.export_pdf,
            self.menu_actions.export_markdown,
            self.menu_actions.export_html,
        ):
            action.setEnabled(printable)
        self.menu_actions.export_csv.setEnabled(printable and has_table)
        self.menu_actions.copy.setEnabled(has_table)
        self.menu_actions.find.setEnabled(hasattr(tab, "filter_box"))

    def print_current(self) -> None:
        document = self.current_document()
        if document is not None:
            from outsource_desktop.gui.printing import open_print_dialog

            open_print_dialog(self, document, self.paper)

    def preview_current(self) -> None:
        document = self.current_document()
        if document is not None:
            from outsource_desktop.gui.printing import open_print_preview

            open_print_preview(self, document, self.paper)

    def ask_export(self, export_format: str) -> None:
        document = self.current_document()
        if document is not None:
            from outsource_desktop.gui.printing import ask_export_path

            ask_export_path(
                self,
                document,
                export_format,
                self.export_folder,
                lambda path: self.start_export(path, export_format),
            )

    def start_export(self, path: Path, export_format: str) -> ExportJob | None:
        """Export the current view to `path` in steps, with progress and Cancel.

        On failure the reader is told why; a failed or cancelled export keeps any
        earlier file. None when the current tab has nothing to export.
        """
        document = self.current_document()
        if document is None:
            return None
        from outsource_desktop.gui.export_job import ExportJob

        def written() -> None:
            self.export_folder = path.parent
            self.statusBar().showMessage(f"Exported {document.title} to {path}", 8000)

        job = ExportJob(self, document, path, export_format, self.paper, written)
        job.finished.connect(lambda done: None if done else self._say_export_stopped())
        job.start()
        return job

    def _say_export_stopped(self) -> None:
        self.statusBar().showMessage("Export stopped; nothing was written", 8000)

    def export_current(self, path: Path, export_format: str) -> bool:
        """Export the current view to `path` now, waiting for the end; whether it was written."""
        job = self.start_export(path, export_format)
        return job is not None and job.wait()

    def copy_current(self) -> None:
        from outsource_desktop.gui.master_detail import MasterDetailView

        tab = self.tabs.currentWidget()
        master_detail = getattr(tab, "master_detail", None)
        if isinstance(master_detail, MasterDetailView) and master_detail.copy_selection():
            self.statusBar().showMessage("Copied the selected rows", 4000)

    def focus_filter(self) -> None:
        filter_box = getattr(self.tabs.currentWidget(), "filter_box", None)
        if isinstance(filter_box, QLineEdit):
            filter_box.setFocus()
            filter_box.selectAll()

    # Appearance --------------------------------------------------------------------

    def set_zoom(self, steps: int) -> None:
        """Scale the content text (tabs and their views); menus keep their size."""
        self.zoom_steps = apply_zoom(self.tabs, self._base_font, steps)
        self.menu_actions.zoom_reset.setEnabled(self.zoom_steps != 0)

    def set_theme(self, theme: ThemeChoice) -> None:
        self.theme = theme
        self.menu_actions.themes[theme].setChecked(True)
        apply_theme(theme)

    def _system_scheme_changed(self) -> None:
        if self.theme == "system":
            apply_theme("system")

    def set_paper(self, paper: PaperChoice) -> None:
        self.paper = paper
        self.menu_actions.papers[paper].setChecked(True)

    def open_content(self, path: Path) -> bool:
        """Show the content of `path`, or say why it cannot be used and keep what is shown."""
        from outsource_desktop.core.loader import ContentError, load_catalog
        from outsource_desktop.gui.dialogs import show_content_error

        try:
            catalog = load_catalog(path)  # in full: a seal beside a user's file proves nothing
        except ContentError as error:
            show_content_error(self, error)
            return False
        # run_gui froze the first content out of the collector's reach; the
        # tabs it replaces must be collectable again.
        gc.unfreeze()
        self.set_catalog(catalog)
        return True

    def choose_content_file(self) -> QFileDialog:
        from outsource_desktop.gui.content_file_dialog import ask_for_content_file

        return ask_for_content_file(self, self.open_content)

    # Remembered between runs -----------------------------------------------------------

    def remember_in(self, settings: QSettings) -> None:
        """Restore what `settings` holds now, and write back to it when the window closes."""
        self._settings = settings
        remembered.restore(self, settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._settings is not None:
            remembered.save(self, self._settings)
        super().closeEvent(event)

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def show_about(self) -> QMessageBox:
        from outsource_desktop.gui.dialogs import show_message

        return show_message(
            self,
            f"About {APP_DISPLAY_NAME}",
            f"{APP_DISPLAY_NAME} {__version__}\nContent version {self.catalog.data_version}\n\n"
            "An offline reference that explains and compares Business, Knowledge and Legal "
            f"Process Outsourcing, drawn from {len(self.catalog.sources)} published articles "
            "(Help > Sources). It makes no network connection itself; printing goes "
            "through this computer's print service, as every program's printing does.\n\n"
            f"Built with Qt {qVersion()} (LGPLv3), PySide6 (LGPLv3) and Pydantic (MIT).\n"
            "Text font: DejaVu Sans, Bitstream Vera licence (see Show Details).",
            details=resource_path(FONT_LICENCE_FILE).read_text(encoding="utf-8"),
        )

    def show_shortcuts(self) -> QMessageBox:
        from outsource_desktop.gui.dialogs import show_message

        lines = []
        for menu in self.menuBar().findChildren(QMenu):
            for action in menu.actions():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys:
                    lines.append(f"{keys:<18} {action.text().replace('&', '')}")
        lines.append(f"{'Alt+letter':<18} Open a menu or jump to a labelled field")
        return show_message(self, "Keyboard shortcuts", "\n".join(sorted(set(lines))))

    def show_sources(self) -> QDialog:
        from outsource_desktop.core.pages import sources_document
        from outsource_desktop.gui.document_view import DocumentView

        dialog = QDialog(self)
        dialog.setWindowTitle("Sources")
        dialog.setObjectName("sourcesDialog")
        view = describe(DocumentView(), "Sources", "The articles this reference cites")
        view.show_document(sources_document(self.catalog))
        layout = QVBoxLayout(dialog)
        layout.addWidget(view)
        dialog.resize(640, 420)
        dialog.open()
        return dialog

    def show_search(self) -> SearchDialog:
        """Open (or bring back) the search box; choosing a hit jumps to it."""
        from outsource_desktop.gui.search_popup import SearchDialog

        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.catalog, self)
            self.search_dialog.chosen.connect(self.jump_to)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()
        self.search_dialog.query.setFocus()
        self.search_dialog.query.selectAll()
        return self.search_dialog

    def jump_to(self, hit: Hit) -> bool:
        from outsource_desktop.gui.navigation import jump_to

        return jump_to(self, hit)
