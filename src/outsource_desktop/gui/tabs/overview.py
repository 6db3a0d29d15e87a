"""The Overview tab: what each model is, how they relate, the industry, key differences."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from outsource_desktop.gui.accessibility import chain_focus, describe
from outsource_desktop.gui.tabs.tab import Tab
from outsource_desktop.gui.widgets.document_view import DocumentView
from outsource_desktop.gui.widgets.jump_menu import JumpMenu
from outsource_desktop.i18n import translate

if TYPE_CHECKING:
    from outsource_desktop.content.models import Catalog
    from outsource_desktop.documents.document import Document
    from outsource_desktop.documents.overview_snapshot import OverviewSnapshot


def overview_tab(catalog: Catalog) -> OverviewTab:
    """The Overview of `catalog`, built as its stored snapshot is (documents/overview_snapshot)."""
    from outsource_desktop.documents.overview_snapshot import overview_document, part_headings

    document = overview_document(catalog)
    view = DocumentView()
    view.show_document(document)
    return OverviewTab(view, part_headings(document), lambda: catalog)


def stored_overview_tab(snapshot: OverviewSnapshot, catalog: Callable[[], Catalog]) -> OverviewTab:
    """The Overview from its stored snapshot, for a window whose `catalog()` is not loaded
    yet (gui/app.py): its document is built from it when first asked for."""
    from outsource_desktop.documents.overview_snapshot import overview_document

    view = DocumentView()
    view.show_stored(snapshot.pages, lambda: overview_document(catalog()))
    return OverviewTab(view, snapshot.part_headings, catalog)


class OverviewTab(Tab):
    """Shows the overview of the content `catalog` gives when first asked, in `view`, with a
    list of its parts (`part_headings`) to go to."""

    def __init__(
        self,
        view: DocumentView,
        part_headings: Sequence[str],
        catalog: Callable[[], Catalog],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.view = describe(
            view,
            translate("OverviewTab", "Overview"),
            translate("OverviewTab", "What each model is and how they differ"),
        )
        # The overview is long: a menu of its parts takes the reader to one.
        self.parts = JumpMenu(
            translate("OverviewTab", "Go to a part of the overview…"),
            [(heading, heading) for heading in part_headings],
        )
        self.parts.chosen.connect(self.go_to_part)
        describe(
            self.parts,
            translate("OverviewTab", "Go to"),
            translate("OverviewTab", "Scroll the overview to one of its parts"),
        )
        label = QLabel(translate("OverviewTab", "&Go to:"))
        label.setBuddy(self.parts)
        choices = QHBoxLayout()
        choices.setContentsMargins(6, 6, 6, 0)
        choices.addWidget(label)
        choices.addWidget(self.parts)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choices)
        layout.addWidget(self.view)
        chain_focus(self.parts, self.view)

    def go_to_part(self, heading: str) -> None:
        if self.view.scroll_to_heading(heading):
            self.view.setFocus()

    def printable_document(self) -> Document | None:
        return self.view.shown_document()

    def reveal(self, item_id: str) -> bool:
        """Scroll to the overview item `item_id` (a model, its pros or cons, a relation, an
        industry fact, a company, a step or guidance point) and select its text."""
        from outsource_desktop.documents.pages import overview_anchor

        anchor = overview_anchor(self._catalog(), item_id)
        return anchor is not None and self.view.select_text(anchor)
