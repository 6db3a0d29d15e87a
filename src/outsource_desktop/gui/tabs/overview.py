"""The Overview tab: what each model is, how they relate, the industry, key differences."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from outsource_desktop.documents.document import Document, Heading
from outsource_desktop.gui.accessibility import chain_focus, describe
from outsource_desktop.gui.tabs.tab import Tab
from outsource_desktop.gui.widgets.document_view import DocumentView
from outsource_desktop.i18n import translate

if TYPE_CHECKING:
    from outsource_desktop.content.models import Catalog
    from outsource_desktop.documents.overview_snapshot import StoredFigures

NO_PART = ""
PART_LEVEL = 2  # the overview's parts are its second-level headings


def overview_tab(catalog: Catalog) -> OverviewTab:
    """The Overview of `catalog`, built as its stored snapshot is (documents/overview_snapshot)."""
    from outsource_desktop.documents.overview_snapshot import overview_snapshot

    return OverviewTab(overview_snapshot(catalog).document, lambda: catalog)


class OverviewTab(Tab):
    """Shows `document`, the overview of the content `catalog` gives when first asked: a
    window opening on the stored Overview has not loaded its catalog yet (gui/app.py), and
    shows its figures from `stored_figures` where they fit (documents/overview_snapshot.py)."""

    def __init__(
        self,
        document: Document,
        catalog: Callable[[], Catalog],
        parent: QWidget | None = None,
        stored_figures: Sequence[StoredFigures] = (),
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.view = describe(
            DocumentView(),
            translate("OverviewTab", "Overview"),
            translate("OverviewTab", "What each model is and how they differ"),
        )
        self.document = document
        self.view.show_document(self.document, stored_figures)
        # The overview is long: a list of its parts takes the reader to one.
        self.parts = QComboBox()
        self.parts.addItem(translate("OverviewTab", "Go to a part of the overview…"), NO_PART)
        for block in self.document.blocks:
            if isinstance(block, Heading) and block.level == PART_LEVEL:
                self.parts.addItem(block.text, block.text)
        describe(
            self.parts,
            translate("OverviewTab", "Go to"),
            translate("OverviewTab", "Scroll the overview to one of its parts"),
        )
        self.parts.activated.connect(self._go_to_chosen_part)
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

    def _go_to_chosen_part(self, combo_index: int) -> None:
        heading = str(self.parts.itemData(combo_index))
        self.parts.setCurrentIndex(0)
        if heading != NO_PART:
            self.view.scroll_to_heading(heading)
            self.view.setFocus()

    def printable_document(self) -> Document:
        return self.document

    def reveal(self, item_id: str) -> bool:
        """Scroll to the overview item `item_id` (a model, its pros or cons, a relation, an
        industry fact, a company, a step or guidance point) and select its text."""
        from outsource_desktop.documents.pages import overview_anchor

        anchor = overview_anchor(self._catalog(), item_id)
        return anchor is not None and self.view.select_text(anchor)
