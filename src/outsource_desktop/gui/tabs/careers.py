"""The Careers tab: roles per model with eligibility, skills, pay and companies.

A toggle swaps the role table for the career explorer (qualification and skills in,
fitting roles and next steps out).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.document import Document
from outsource_desktop.documents.pages import role_document
from outsource_desktop.documents.tables import role_columns
from outsource_desktop.documents.views import RecordOptions, careers_document
from outsource_desktop.gui.accessibility import chain_focus, describe
from outsource_desktop.gui.tabs.careers_explorer import CareerExplorer
from outsource_desktop.gui.tabs.records import RecordsTab


class CareersTab(RecordsTab):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        def describe_role(role: Any) -> Any:
            return role_document(catalog, role)

        def print_view(records: list[Any], options: RecordOptions) -> Document:
            return careers_document(catalog, records, options, dt.date.today())

        super().__init__(
            catalog,
            role_columns(catalog),
            catalog.roles,
            describe_role,
            print_view,
            "Filter roles, skills or eligibility",
            "Roles",
            parent,
        )
        self.explorer = CareerExplorer(catalog)
        self.explorer.hide()
        self.explorer_toggle = QPushButton("E&xplore by qualification")
        self.explorer_toggle.setCheckable(True)
        describe(
            self.explorer_toggle,
            "Explore by qualification",
            "Choose your qualification and skills to see the roles that fit and what to learn next",
        )
        self.controls.addSpacing(12)
        self.controls.addWidget(self.explorer_toggle)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.explorer, 1)
        self.explorer_toggle.toggled.connect(self.show_explorer)
        chain_focus(self.filter_box, self.explorer_toggle, self.master_detail.table)

    def printable_document(self) -> Document:
        """The explorer's findings while it is shown, else the role table as filtered."""
        if self.explorer.isVisible():
            return self.explorer.document()
        return super().printable_document()

    def reveal(self, item_id: str) -> bool:
        """Select the role `item_id` in the role table, leaving the explorer if it is shown."""
        self.show_explorer(False)
        return super().reveal(item_id)

    def show_explorer(self, shown: bool) -> None:
        """Show the explorer in place of the role table (the filters act on the table only)."""
        self.explorer_toggle.setChecked(shown)
        self.explorer.setVisible(shown)
        self.master_detail.setVisible(not shown)
        self.model_choice.setEnabled(not shown)
        self.filter_box.setEnabled(not shown)
