"""The one face a tab shows the window and the search: what it prints, and revealing an item.

The window's menus (Print, Export, Copy, Find) and the search's jumps use
these members and nothing else of a tab, so a tab may arrange its insides as
it likes. The defaults fit a tab with no rows and no filter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from outsource_desktop.documents.document import Document


class Tab(QWidget):
    # Rows that Edit > Copy copies and File > Export > CSV writes.
    has_rows: ClassVar[bool] = False
    # A filter box for Edit > Find (Ctrl+F) to put the cursor in.
    has_filter: ClassVar[bool] = False
    # File > Export's study items: the answer key, the exam practice sheet, the Anki deck.
    has_study_exports: ClassVar[bool] = False

    def printable_document(self) -> Document | None:
        """The tab as shown, for Print and Export; None when it shows nothing to print."""
        return None

    def answer_key_document(self) -> Document | None:
        """The answers to the questions `printable_document` asks, printed apart from them."""
        return None

    def reveal(self, item_id: str) -> bool:
        """Bring the item with this content id into view, as a search hit asks.

        Opens what folds it away, clears a filter that hides it, selects it and
        scrolls to it. False when the tab shows no such item.
        """
        return False

    def focus_filter(self) -> None:
        """Put the cursor in the filter box, its text selected (only when `has_filter`)."""

    def copy_selection(self) -> bool:
        """Copy the selected rows to the clipboard; False when none are selected."""
        return False
