"""The main window: four tabs over one loaded catalog, which File > Open Content can swap."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from outsource_desktop import APP_DISPLAY_NAME, __version__
from outsource_desktop.assets import APP_ICON_FILE, resource_path
from outsource_desktop.core.loader import ContentError, load_catalog
from outsource_desktop.core.models import Catalog
from outsource_desktop.core.pages import sources_document
from outsource_desktop.gui.actions import build_menus, create_actions
from outsource_desktop.gui.careers_tab import CareersTab
from outsource_desktop.gui.comparison_tab import ComparisonTab
from outsource_desktop.gui.content_file_dialog import ask_for_content_file
from outsource_desktop.gui.dialogs import show_content_error, show_message
from outsource_desktop.gui.document_view import DocumentView
from outsource_desktop.gui.overview_tab import OverviewTab
from outsource_desktop.gui.services_tab import ServicesTab

DEFAULT_SIZE = (1200, 800)


class MainWindow(QMainWindow):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_DISPLAY_NAME} — BPO, KPO and LPO compared")
        self.setWindowIcon(QIcon(str(resource_path(APP_ICON_FILE))))
        self.resize(*DEFAULT_SIZE)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.set_catalog(catalog)
        self.menu_actions = create_actions(self)
        self.menus = build_menus(self, self.menu_actions)
        self.menu_actions.open_content.triggered.connect(self.choose_content_file)
        self.menu_actions.quit.triggered.connect(self.close)
        self.menu_actions.next_tab.triggered.connect(lambda: self._step_tab(1))
        self.menu_actions.previous_tab.triggered.connect(lambda: self._step_tab(-1))
        self.menu_actions.about.triggered.connect(self.show_about)
        self.menu_actions.sources.triggered.connect(self.show_sources)

    def set_catalog(self, catalog: Catalog) -> None:
        """Show `catalog` in freshly built tabs, staying on the current tab."""
        # Build first: if that fails, the window keeps the tabs it had.
        overview = OverviewTab(catalog)
        comparison = ComparisonTab(catalog)
        services = ServicesTab(catalog)
        careers = CareersTab(catalog)
        current = max(self.tabs.currentIndex(), 0)
        old_tabs = [self.tabs.widget(index) for index in range(self.tabs.count())]
        self.tabs.clear()
        for tab in old_tabs:
            if tab is not None:
                tab.deleteLater()
        self.catalog = catalog
        self.overview_tab = overview
        self.comparison_tab = comparison
        self.services_tab = services
        self.careers_tab = careers
        self.tabs.addTab(overview, "&Overview")
        self.tabs.addTab(comparison, "&Comparison")
        self.tabs.addTab(services, "Service &types")
        self.tabs.addTab(careers, "C&areers")
        self.tabs.setCurrentIndex(current)
        self.statusBar().showMessage(
            f"Content {catalog.data_version} · {len(catalog.sources)} sources · works offline"
        )

    def open_content(self, path: Path) -> bool:
        """Show the content of `path`, or say why it cannot be used and keep what is shown."""
        try:
            catalog = load_catalog(path)
        except ContentError as error:
            show_content_error(self, error)
            return False
        self.set_catalog(catalog)
        return True

    def choose_content_file(self) -> QFileDialog:
        return ask_for_content_file(self, self.open_content)

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
