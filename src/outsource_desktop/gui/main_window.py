"""The main window: the reference tabs, then the Advisor and Study tools, over one catalog."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from outsource_desktop import APP_DISPLAY_NAME, __version__
from outsource_desktop.assets import APP_ICON_FILE, resource_path
from outsource_desktop.core.document import Document
from outsource_desktop.core.models import Catalog
from outsource_desktop.core.pages import sources_document
from outsource_desktop.core.search import Hit
from outsource_desktop.gui.actions import build_menus, create_actions
from outsource_desktop.gui.advisor_tab import AdvisorTab
from outsource_desktop.gui.careers_tab import CareersTab
from outsource_desktop.gui.comparison_tab import ComparisonTab
from outsource_desktop.gui.dialogs import show_message
from outsource_desktop.gui.document_view import DocumentView
from outsource_desktop.gui.master_detail import MasterDetailView
from outsource_desktop.gui.navigation import jump_to
from outsource_desktop.gui.overview_tab import OverviewTab
from outsource_desktop.gui.search_popup import SearchDialog
from outsource_desktop.gui.services_tab import ServicesTab
from outsource_desktop.gui.study_tab import StudyTab

if TYPE_CHECKING:
    # Printing and PDF (QtPrintSupport, QPdfWriter) are imported on first use:
    # the first paint needs neither, and they cost about 40 ms of start-up.
    from outsource_desktop.pdf import PaperChoice

DEFAULT_SIZE = (1200, 800)


class MainWindow(QMainWindow):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.setWindowTitle(f"{APP_DISPLAY_NAME} — BPO, KPO and LPO compared")
        self.setWindowIcon(QIcon(str(resource_path(APP_ICON_FILE))))
        self.resize(*DEFAULT_SIZE)
        self.paper: PaperChoice = "auto"
        self.export_folder = Path.home()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.overview_tab = OverviewTab(catalog)
        self.comparison_tab = ComparisonTab(catalog)
        self.services_tab = ServicesTab(catalog)
        self.careers_tab = CareersTab(catalog)
        self.tabs.addTab(self.overview_tab, "&Overview")
        self.tabs.addTab(self.comparison_tab, "&Comparison")
        self.tabs.addTab(self.services_tab, "Service &types")
        self.tabs.addTab(self.careers_tab, "C&areers")
        self.advisor_tab = AdvisorTab(catalog)
        self.study_tab = StudyTab(catalog)
        self.tabs.addTab(self.advisor_tab, "A&dvisor")
        self.tabs.addTab(self.study_tab, "St&udy")
        self.search_dialog: SearchDialog | None = None
        self.setCentralWidget(self.tabs)
        self.menu_actions = create_actions(self)
        self.menus = build_menus(self, self.menu_actions)
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
        self.statusBar().showMessage(
            f"Content {catalog.data_version} · {len(catalog.sources)} sources · works offline"
        )

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
                lambda path: self.export_current(path, export_format),
            )

    def export_current(self, path: Path, export_format: str) -> bool:
        """Write the current view to `path`; on failure say why and keep any old file."""
        document = self.current_document()
        if document is None:
            return False
        from outsource_desktop.core.atomic import ExportError
        from outsource_desktop.core.formats import FormatError
        from outsource_desktop.export import export_document

        try:
            export_document(document, path, export_format, self.paper)
        except (ExportError, FormatError) as error:
            show_message(
                self,
                "Export failed",
                f"{error}\n\nNothing was overwritten.",
                icon=QMessageBox.Icon.Warning,
            )
            return False
        self.export_folder = path.parent
        self.statusBar().showMessage(f"Exported {document.title} to {path}", 8000)
        return True

    def copy_current(self) -> None:
        tab = self.tabs.currentWidget()
        master_detail = getattr(tab, "master_detail", None)
        if isinstance(master_detail, MasterDetailView) and master_detail.copy_selection():
            self.statusBar().showMessage("Copied the selected rows", 4000)

    def focus_filter(self) -> None:
        filter_box = getattr(self.tabs.currentWidget(), "filter_box", None)
        if isinstance(filter_box, QLineEdit):
            filter_box.setFocus()
            filter_box.selectAll()

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def show_about(self) -> None:
        show_message(
            self,
            f"About {APP_DISPLAY_NAME}",
            f"{APP_DISPLAY_NAME} {__version__}\nContent version {self.catalog.data_version}\n\n"
            "An offline reference that explains and compares Business, Knowledge and Legal "
            "Process Outsourcing, drawn from five published articles.\n\n"
            "Text font: DejaVu Sans (Bitstream Vera licence, included with the app).",
        )

    def show_sources(self) -> QDialog:
        dialog = QDialog(self)
        dialog.setWindowTitle("Sources")
        dialog.setObjectName("sourcesDialog")
        view = DocumentView()
        view.show_document(sources_document(self.catalog))
        layout = QVBoxLayout(dialog)
        layout.addWidget(view)
        dialog.resize(640, 420)
        dialog.open()
        return dialog

    def show_search(self) -> SearchDialog:
        """Open (or bring back) the search box; choosing a hit jumps to it."""
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
        return jump_to(self, hit)
