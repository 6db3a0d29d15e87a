"""The main window: the reference tabs, Advisor and Study over one swappable catalog.

It speaks one language at a time (View > Language): changing it installs that
language's translations, and on the LanguageChange event Qt then sends, the
window builds its menus and tabs again in the new language, with the bundled
content in that language too (a content file the reader opened stays as it is).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QSettings, QTimer, qVersion
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from outsource_desktop import APP_DISPLAY_NAME, __version__
from outsource_desktop.content.assets import FONT_LICENCE_FILES, resource_path
from outsource_desktop.export.fonts import install_bundled_fonts
from outsource_desktop.export.paper import PaperChoice
from outsource_desktop.gui import remembered
from outsource_desktop.gui.accessibility import describe
from outsource_desktop.gui.actions import build_menus, create_actions
from outsource_desktop.gui.appearance import ThemeChoice, apply_theme, apply_zoom
from outsource_desktop.gui.language import LanguageChoice, effective_language
from outsource_desktop.gui.remembered import Remembered
from outsource_desktop.gui.tabs.lazy import LazyTabWidget, TabFactory
from outsource_desktop.gui.tabs.tab import Tab
from outsource_desktop.i18n import Language, language_in_use, translate

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    from outsource_desktop.content.models import Catalog
    from outsource_desktop.documents.document import Document
    from outsource_desktop.documents.overview_snapshot import OverviewSnapshot

    # Each tab's module is imported when the tab is first shown or asked for
    # (gui/tabs/lazy.py), and so are printing, search and the dialogs: the
    # first paint needs none of them, and importing them all cost ~100 ms.
    from outsource_desktop.export.steps import Steps
    from outsource_desktop.gui.export_job import ExportJob
    from outsource_desktop.gui.tabs.advisor import AdvisorTab
    from outsource_desktop.gui.tabs.careers import CareersTab
    from outsource_desktop.gui.tabs.comparison import ComparisonTab
    from outsource_desktop.gui.tabs.glossary import GlossaryTab
    from outsource_desktop.gui.tabs.overview import OverviewTab
    from outsource_desktop.gui.tabs.services import ServicesTab
    from outsource_desktop.gui.tabs.study import StudyTab
    from outsource_desktop.gui.widgets.search_popup import SearchDialog
    from outsource_desktop.reference.search import Hit
    from outsource_desktop.reference.search import Tab as Place

DEFAULT_SIZE = (1200, 800)
# The glossary comes last, as at the back of a book, so the other tabs keep their places.
OVERVIEW, COMPARISON, SERVICES, CAREERS, ADVISOR, STUDY, GLOSSARY = range(7)
# Where each kind of search hit is shown (the sources have a dialog, not a tab).
TAB_OF_PLACE: dict[Place, int] = {
    "overview": OVERVIEW,
    "comparison": COMPARISON,
    "services": SERVICES,
    "careers": CAREERS,
    "glossary": GLOSSARY,
    "study": STUDY,
}
ComparisonPreferences = tuple[tuple[str, ...] | None, bool]  # (models, differences only)


def tab_builder(module: str, class_name: str, catalog: Callable[[], Catalog]) -> TabFactory:
    """Builds gui.tabs.`module`.`class_name` on `catalog()`, importing the module only then."""

    def build() -> Tab:
        tab_class = getattr(
            importlib.import_module(f"outsource_desktop.gui.tabs.{module}"), class_name
        )
        tab: Tab = tab_class(catalog())
        return tab

    return build


class PendingCatalog:
    """Content not loaded yet: its stored Overview (documents/overview_snapshot.py) and
    how to load it. The window shows the Overview in its first frame and loads the
    catalog right after (`finish_start`), or sooner, the moment anything needs it: a
    tab opened or a menu used before then waits for the load and is not lost."""

    def __init__(self, snapshot: OverviewSnapshot, load: Callable[[], Catalog]) -> None:
        self.snapshot = snapshot
        self.load = load


class MainWindow(QMainWindow):
    def __init__(
        self,
        catalog: Catalog | PendingCatalog,
        parent: QWidget | None = None,
        *,
        bundled: bool = False,
        language: LanguageChoice = "system",
    ) -> None:
        """`bundled`: `catalog` is the app's own content in the language in use, so a
        change of language shows the bundled content in the new one."""
        super().__init__(parent)
        self._catalog: Catalog | None = None
        self._pending: PendingCatalog | None = None
        self.resize(*DEFAULT_SIZE)
        self.paper: PaperChoice = "auto"
        self.theme: ThemeChoice = "system"
        # "Follow the system" is checked against the platform's colour scheme only once
        # the window is interactive (follow_system_theme).
        self._system_theme_pending = True
        self.language: LanguageChoice = language
        self.shows_bundled_content = bundled
        # Installing and removing translators each send LanguageChange: one rebuild for all.
        self._rebuild_in_language = QTimer(self, singleShot=True, interval=0)
        self._rebuild_in_language.timeout.connect(self._speak_language_in_use)
        self.zoom_steps = 0
        self._settings: QSettings | None = None
        self.export_folder = Path.home()
        self.tabs = LazyTabWidget()
        self.tabs.setDocumentMode(True)
        self.search_dialog: SearchDialog | None = None
        self._comparison_preferences: ComparisonPreferences = (None, False)
        self.setCentralWidget(self.tabs)
        self._name_window()
        if isinstance(catalog, PendingCatalog):
            self._open_on_snapshot(catalog)
        else:
            self.set_catalog(catalog)
        self._build_menus()
        self.tabs.currentChanged.connect(self._update_actions)
        self._update_actions()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        self.set_theme("system")
        self.set_paper("auto")

    def _name_window(self) -> None:
        # Qt appends the application display name: "BPO, KPO and LPO compared — Outsourcing Models".
        self.setWindowTitle(translate("MainWindow", "BPO, KPO and LPO compared"))
        describe(
            self.tabs,
            translate("MainWindow", "Views"),
            translate("MainWindow", "The reference's views; Ctrl+Tab moves to the next"),
        )

    def _build_menus(self) -> None:
        """The menu bar and its actions, in the language in use, connected."""
        self.menu_actions = create_actions(self)
        self.menus = build_menus(self, self.menu_actions)
        # Each language is named in itself ("हिन्दी"): the fonts that draw it are
        # registered before the menu is first drawn, not at every start (export/fonts.py).
        self.menus["language"].aboutToShow.connect(install_bundled_fonts)
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
        self.menu_actions.export_exam.triggered.connect(self.ask_export_exam)
        self.menu_actions.export_answer_key.triggered.connect(self.ask_export_answer_key)
        self.menu_actions.export_exam_sheet.triggered.connect(self.ask_export_exam_sheet)
        self.menu_actions.export_anki.triggered.connect(self.ask_export_anki)
        self.menu_actions.copy.triggered.connect(self.copy_current)
        self.menu_actions.find.triggered.connect(self.focus_filter)
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
        for choice, action in self.menu_actions.languages.items():
            action.triggered.connect(lambda _checked=False, c=choice: self.set_language(c))
        self.menu_actions.languages[self.language].setChecked(True)

    @property
    def catalog(self) -> Catalog:
        """The content shown; a pending one (`PendingCatalog`) is loaded on first need."""
        if self._catalog is None:
            assert self._pending is not None, "a window always has content"
            self._catalog = self._pending.load()
            self._pending = None
        return self._catalog

    def _tabs(
        self, overview: TabFactory, catalog: Callable[[], Catalog]
    ) -> list[tuple[TabFactory, str]]:
        return [
            (overview, translate("MainWindow", "&Overview")),
            (lambda: self._build_comparison(catalog()), translate("MainWindow", "&Comparison")),
            (
                tab_builder("services", "ServicesTab", catalog),
                translate("MainWindow", "Service &types"),
            ),
            (tab_builder("careers", "CareersTab", catalog), translate("MainWindow", "C&areers")),
            (tab_builder("advisor", "AdvisorTab", catalog), translate("MainWindow", "A&dvisor")),
            (tab_builder("study", "StudyTab", catalog), translate("MainWindow", "St&udy")),
            (
                tab_builder("glossary", "GlossaryTab", catalog),
                translate("MainWindow", "Glossar&y"),
            ),
        ]

    def _open_on_snapshot(self, pending: PendingCatalog) -> None:
        from outsource_desktop.gui.tabs.overview import stored_overview_tab

        self._pending = pending
        snapshot = pending.snapshot
        self.tabs.replace_all(
            self._tabs(
                lambda: stored_overview_tab(snapshot, lambda: self.catalog),
                lambda: self.catalog,
            )
        )
        self._show_content_status(snapshot.data_version, snapshot.source_count)

    def set_catalog(self, catalog: Catalog) -> None:
        """Show `catalog` in fresh tabs, staying on the current tab.

        Only the tab in view is built now (if that fails, the window keeps the
        tabs it had); the others are built when first shown or asked for.
        """

        def overview() -> Tab:
            from outsource_desktop.gui.tabs.overview import overview_tab

            return overview_tab(catalog)

        tabs = self._tabs(overview, lambda: catalog)
        old_catalog, old_pending = self._catalog, self._pending
        old_preferences = self.comparison_preferences()
        self._catalog, self._pending = catalog, None
        models, _differences_only = old_preferences
        known = {model.id for model in catalog.models}
        if models is not None and not set(models) <= known:
            # The remembered choices were for other content's models: the new content's own.
            self._comparison_preferences = (None, False)
        else:  # the same models (the same content, or it in another language): kept
            self._comparison_preferences = old_preferences
        try:
            self.tabs.replace_all(tabs)
        except Exception:
            # The old tabs are still shown: keep the state that goes with them.
            self._catalog, self._pending = old_catalog, old_pending
            self._comparison_preferences = old_preferences
            raise
        if self.search_dialog is not None:  # it searched the old content
            self.search_dialog.close()
            self.search_dialog.deleteLater()
            self.search_dialog = None
        self._show_content_status(catalog.data_version, len(catalog.sources))

    def _show_content_status(self, data_version: str, source_count: int) -> None:
        self.statusBar().showMessage(
            translate("MainWindow", "Content {version} · {sources} sources · works offline").format(
                version=data_version, sources=source_count
            )
        )

    # Tabs, built on first use ------------------------------------------------------

    def _build_comparison(self, catalog: Catalog) -> Tab:
        from outsource_desktop.gui.tabs.comparison import ComparisonTab

        tab = ComparisonTab(catalog)
        tab.set_preferences(*self._comparison_preferences)
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

    @property
    def glossary_tab(self) -> GlossaryTab:
        return cast("GlossaryTab", self.tabs.built(GLOSSARY))

    def comparison_preferences(self) -> ComparisonPreferences:
        """The comparison's models and differences-only choice, built or not."""
        if self.tabs.is_built(COMPARISON):
            return self.comparison_tab.preferences()
        return self._comparison_preferences

    def set_comparison_preferences(self, preferences: ComparisonPreferences) -> None:
        self._comparison_preferences = preferences
        if self.tabs.is_built(COMPARISON):
            self.comparison_tab.set_preferences(*preferences)

    # Print, export, copy and find act on the current tab ---------------------------

    def current_document(self) -> Document | None:
        return self.tabs.current_tab().printable_document()

    def _update_actions(self) -> None:
        # Every tab prints what it shows; only tabs with rows copy them or write CSV.
        tab = self.tabs.current_tab()
        self.menu_actions.export_csv.setEnabled(tab.has_rows)
        self.menu_actions.copy.setEnabled(tab.has_rows)
        self.menu_actions.find.setEnabled(tab.has_filter)
        for action in (
            self.menu_actions.export_answer_key,
            self.menu_actions.export_exam_sheet,
            self.menu_actions.export_anki,
        ):
            action.setEnabled(tab.has_study_exports)
        # The exam answer distinguishes two models: content with one has nothing to set apart.
        self.menu_actions.export_exam.setEnabled(len(self.model_ids()) >= 2)

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
            self._ask_export_document(document, export_format)

    def _ask_export_document(self, document: Document, export_format: str) -> None:
        from outsource_desktop.gui.printing import ask_export_path

        ask_export_path(
            self,
            document.title,
            export_format,
            self.export_folder,
            lambda path: self.start_document_export(document, path, export_format),
        )

    def ask_export_answer_key(self) -> None:
        document = self.tabs.current_tab().answer_key_document()
        if document is not None:
            self._ask_export_document(document, "pdf")

    def exam_sheet_document(self) -> Document:
        from outsource_desktop.documents.exam_sheet import exam_sheet_document

        return exam_sheet_document(self.catalog)

    def ask_export_exam_sheet(self) -> None:
        self._ask_export_document(self.exam_sheet_document(), "pdf")

    def exam_document(self) -> Document:
        """'Distinguish between BPO and KPO', or the first two models the comparison shows."""
        import datetime as dt

        from outsource_desktop.documents.exam import exam_document
        from outsource_desktop.documents.views import meta_line
        from outsource_desktop.export.export_names import EXAM_MODELS

        models, _differences_only = self.comparison_preferences()
        chosen = models[:2] if models is not None and len(models) >= 2 else EXAM_MODELS
        known = {model.id for model in self.catalog.models}
        if not set(chosen) <= known:
            chosen = tuple(model.id for model in self.catalog.models[:2])
        return exam_document(self.catalog, chosen, meta_line(self.catalog, dt.date.today()))

    def ask_export_exam(self) -> None:
        self._ask_export_document(self.exam_document(), "pdf")

    def export_current(
        self, path: Path, export_format: str, document: Document | None = None
    ) -> bool:
        """Write the current view (or `document`) to `path` now, waiting for the end;
        whether it was written."""
        document = document or self.current_document()
        if document is None:
            return False
        return self.export_document_to(document, path, export_format)

    def export_document_to(self, document: Document, path: Path, export_format: str) -> bool:
        """Write `document` to `path` now, waiting for the end; whether it was written."""
        return self.start_document_export(document, path, export_format).wait()

    def start_document_export(
        self, document: Document, path: Path, export_format: str
    ) -> ExportJob:
        """Export `document` to `path` in steps, with progress and Cancel (gui/export_job.py).

        On failure the reader is told why; a failed or cancelled export keeps any
        earlier file.
        """
        from outsource_desktop.export.write import export_steps

        steps = export_steps(document, path, export_format, self.paper)
        label = translate("MainWindow", "Exporting “{title}” as {format}…").format(
            title=document.title, format=export_format.upper()
        )
        return self._start_export(steps, label, document.title, path)

    def _start_export(self, steps: Steps[None], label: str, what: str, path: Path) -> ExportJob:
        from outsource_desktop.gui.export_job import ExportJob

        job = ExportJob(self, steps, label, path, lambda: self._exported(what, path))
        job.finished.connect(lambda done: None if done else self._say_export_stopped())
        job.start()
        return job

    def _say_export_stopped(self) -> None:
        self.statusBar().showMessage(
            translate("MainWindow", "Export stopped; nothing was written"), 8000
        )

    def ask_export_anki(self) -> None:
        from outsource_desktop.gui.printing import ask_export_path

        ask_export_path(
            self,
            translate("MainWindow", "flashcards"),
            "apkg",
            self.export_folder,
            self.start_anki_export,
        )

    def export_anki(self, path: Path) -> bool:
        """Write the flashcards to `path` now, waiting for the end; whether it was written."""
        return self.start_anki_export(path).wait()

    def start_anki_export(self, path: Path) -> ExportJob:
        """Write the flashcards to `path` as an Anki deck named after the content, in steps
        with progress and Cancel; on failure say why and keep any old file."""
        from outsource_desktop.export.anki import write_steps
        from outsource_desktop.reference.study.cards import flashcard_deck

        cards = flashcard_deck(self.catalog)
        steps = write_steps(cards, self.catalog.title, path)
        label = translate("MainWindow", "Exporting {count} flashcards as an Anki deck…").format(
            count=len(cards)
        )
        what = translate("MainWindow", "{count} flashcards").format(count=len(cards))
        return self._start_export(steps, label, what, path)

    def _exported(self, what: str, path: Path) -> None:
        self.export_folder = path.parent
        self.statusBar().showMessage(
            translate("MainWindow", "Exported {what} to {path}").format(what=what, path=path), 8000
        )

    def copy_current(self) -> None:
        if self.tabs.current_tab().copy_selection():
            self.statusBar().showMessage(translate("MainWindow", "Copied the selected rows"), 4000)

    def focus_filter(self) -> None:
        tab = self.tabs.current_tab()
        if tab.has_filter:
            tab.focus_filter()

    # Appearance --------------------------------------------------------------------

    def set_zoom(self, steps: int) -> None:
        """Scale the content text (tabs and their views); menus keep their size."""
        # Text at its base size needs no font set on the tabs.
        if steps or self.zoom_steps:
            self.zoom_steps = apply_zoom(self.tabs, QApplication.font(), steps)
        self.menu_actions.zoom_reset.setEnabled(self.zoom_steps != 0)

    def set_theme(self, theme: ThemeChoice) -> None:
        self.theme = theme
        self.menu_actions.themes[theme].setChecked(True)
        if theme == "system" and self._system_theme_pending:
            return  # follow_system_theme() applies it
        self._system_theme_pending = False
        apply_theme(theme)

    def _system_scheme_changed(self) -> None:
        if self.theme == "system" and not self._system_theme_pending:
            apply_theme("system")

    def finish_start(self) -> None:
        """What start-up leaves until the first frame has been painted (gui/app.py): the
        content, loaded now while the reader looks, and the whole Overview where its
        first frame showed only its opening (gui/widgets/document_view.py)."""
        self.catalog  # noqa: B018 - loads a pending catalog
        if self.tabs.is_built(OVERVIEW):
            # The catalog can build the Overview now: its stored pages are no longer needed.
            self.overview_tab.view.forget_stored_pages()

    def follow_system_theme(self) -> None:
        """Apply "follow the system" once the window is interactive (gui/app.py): asking the
        platform for its colour scheme builds all of Qt's Python enums, ~15-20 ms
        (gui/appearance.py). Until then the platform's own palette stands."""
        if self._system_theme_pending:
            self._system_theme_pending = False
            if self.theme == "system":
                apply_theme("system")

    def set_paper(self, paper: PaperChoice) -> None:
        self.paper = paper
        self.menu_actions.papers[paper].setChecked(True)

    # Language ----------------------------------------------------------------------------

    def set_language(self, choice: LanguageChoice) -> None:
        """Speak the language `choice` means from now on, without a restart."""
        self.language = choice
        self.menu_actions.languages[choice].setChecked(True)
        if self._settings is not None:
            remembered.write_language(self._settings, choice)
        if effective_language(choice) != language_in_use():
            from outsource_desktop.export.translations import install_language

            install_bundled_fonts()  # the new language's, before any of its text is drawn
            install_language(effective_language(choice))  # Qt sends LanguageChange

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._rebuild_in_language.start()

    def _speak_language_in_use(self) -> None:
        """Menus, tabs and the content again, in the language now in use."""
        from outsource_desktop.content.bundled import load_bundled_content

        language: Language = language_in_use()
        catalog = load_bundled_content(language) if self.shows_bundled_content else self.catalog
        self.menuBar().clear()
        for action in self.findChildren(QAction):
            if action.parent() is self:
                action.deleteLater()
        self._name_window()
        self._build_menus()
        self.set_theme(self.theme)
        self.set_paper(self.paper)
        self.set_zoom(self.zoom_steps)
        self.set_catalog(catalog)
        self._update_actions()

    def open_content(self, path: Path) -> bool:
        """Show the content of `path`, or say why it cannot be used and keep what is shown."""
        from outsource_desktop.content.loader import load_catalog
        from outsource_desktop.content.problems import ContentError
        from outsource_desktop.gui.widgets.dialogs import show_content_error

        try:
            catalog = load_catalog(path)  # in full: a cache beside a user's file is never read
        except ContentError as error:
            show_content_error(self, error)
            return False
        install_bundled_fonts()  # a file of the reader's own: it may be in any language
        self.set_catalog(catalog)
        self.shows_bundled_content = False  # a change of language keeps the reader's file
        return True

    def choose_content_file(self) -> QFileDialog:
        from outsource_desktop.gui.widgets.content_file_dialog import ask_for_content_file

        return ask_for_content_file(self, self.open_content)

    def model_ids(self) -> tuple[str, ...]:
        """The content's models, without loading a pending catalog to learn them: the
        first frame's menus need them before the catalog is loaded (issue #16)."""
        if self._pending is not None:
            return self._pending.snapshot.model_ids
        return tuple(model.id for model in self.catalog.models)

    # Remembered between runs -----------------------------------------------------------

    def remember_in(self, settings: QSettings) -> None:
        """Restore what `settings` holds now, and write back to it when the window closes."""
        self._settings = settings
        # The models the content has, without loading a pending catalog to learn them.
        known_models = set(self.model_ids())
        choices = remembered.read(settings, known_models)
        if choices.geometry is not None:
            self.restoreGeometry(choices.geometry)
        if choices.state is not None:
            self.restoreState(choices.state)
        self.set_theme(choices.theme)
        self.set_paper(choices.paper)
        self.set_zoom(choices.zoom)
        self.set_comparison_preferences((choices.models, choices.differences_only))
        self.language = choices.language
        self.menu_actions.languages[choices.language].setChecked(True)
        if 0 <= choices.tab < self.tabs.count():
            self.tabs.setCurrentIndex(choices.tab)

    def remembered_now(self) -> Remembered:
        models, differences_only = self.comparison_preferences()
        return Remembered(
            geometry=self.saveGeometry(),
            state=self.saveState(),
            tab=self.tabs.currentIndex(),
            models=models,
            differences_only=differences_only,
            zoom=self.zoom_steps,
            theme=self.theme,
            paper=self.paper,
            language=self.language,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._settings is not None:
            remembered.write(self._settings, self.remembered_now())
        super().closeEvent(event)

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def show_about(self) -> QMessageBox:
        from outsource_desktop.gui.widgets.dialogs import show_message

        about = translate(
            "MainWindow",
            "{app} {version}\nContent version {content}\n\n"
            "An offline reference that explains and compares Business, Knowledge and Legal "
            "Process Outsourcing, drawn from {sources} published sources "
            "(Help > Sources). It makes no network connection itself; printing goes "
            "through this computer's print service, as every program's printing does.\n\n"
            "Built with Qt {qt} (LGPLv3), PySide6 (LGPLv3) and Pydantic (MIT); "
            "flashcards scheduled by py-fsrs (MIT), Anki decks made with genanki (MIT).\n"
            "Text fonts: DejaVu Sans (Bitstream Vera licence) and Noto Sans Devanagari "
            "(SIL Open Font License 1.1); see Show Details.",
        )
        return show_message(
            self,
            translate("MainWindow", "About {app}").format(app=APP_DISPLAY_NAME),
            about.format(
                app=APP_DISPLAY_NAME,
                version=__version__,
                content=self.catalog.data_version,
                sources=len(self.catalog.sources),
                qt=qVersion(),
            ),
            details="\n\n".join(
                resource_path(licence).read_text(encoding="utf-8") for licence in FONT_LICENCE_FILES
            ),
        )

    def show_shortcuts(self) -> QMessageBox:
        from PySide6.QtGui import QKeySequence
        from PySide6.QtWidgets import QMenu

        from outsource_desktop.gui.widgets.dialogs import show_message

        lines = []
        for menu in self.menuBar().findChildren(QMenu):
            for action in menu.actions():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys:
                    lines.append(f"{keys:<18} {action.text().replace('&', '')}")
        hint = translate("MainWindow", "Open a menu or jump to a labelled field")
        lines.append(f"{'Alt+letter':<18} {hint}")
        title = translate("MainWindow", "Keyboard shortcuts")
        return show_message(self, title, "\n".join(sorted(set(lines))))

    def show_sources(self) -> QDialog:
        from PySide6.QtWidgets import QDialog, QVBoxLayout

        from outsource_desktop.documents.pages import sources_document
        from outsource_desktop.gui.widgets.document_view import DocumentView

        dialog = QDialog(self)
        dialog.setWindowTitle(translate("MainWindow", "Sources"))
        dialog.setObjectName("sourcesDialog")
        view = describe(
            DocumentView(),
            translate("MainWindow", "Sources"),
            translate("MainWindow", "The pages this reference cites, with their addresses"),
        )
        view.show_document(sources_document(self.catalog))
        layout = QVBoxLayout(dialog)
        layout.addWidget(view)
        dialog.resize(640, 420)
        dialog.open()
        return dialog

    def show_search(self) -> SearchDialog:
        """Open (or bring back) the search box; choosing a hit jumps to it."""
        from outsource_desktop.gui.widgets.search_popup import SearchDialog

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
        """Show `hit` where the app shows it; True when the item itself was found."""
        entry = hit.entry
        if entry.tab == "sources":
            self.show_sources()
            return True
        index = TAB_OF_PLACE[entry.tab]
        tab = self.tabs.built(index)
        self.tabs.setCurrentIndex(index)
        return tab.reveal(entry.item_id)
