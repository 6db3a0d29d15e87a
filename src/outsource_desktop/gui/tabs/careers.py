"""The Careers tab: roles per model with eligibility, skills, pay and companies.

A toggle swaps the role table for the career explorer (qualification and skills in,
fitting roles and next steps out); another for pay compared across the models.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.document import Document
from outsource_desktop.documents.pages import role_document
from outsource_desktop.documents.pay import pay_anchor, pay_document
from outsource_desktop.documents.tables import role_columns
from outsource_desktop.documents.views import RecordOptions, careers_document, meta_line
from outsource_desktop.gui.accessibility import chain_focus, describe
from outsource_desktop.gui.tabs.careers_explorer import CareerExplorer
from outsource_desktop.gui.tabs.records import RecordsTab
from outsource_desktop.gui.widgets.document_view import DocumentView
from outsource_desktop.i18n import translate
from outsource_desktop.reference.pay import PAY_PREFIX


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
            translate("CareersTab", "Filter roles, qualifications, skills or companies"),
            translate("CareersTab", "Roles"),
            parent,
        )
        self.explorer = CareerExplorer(catalog)
        self.explorer.hide()
        self.explorer_toggle = QPushButton(translate("CareersTab", "E&xplore by qualification"))
        self.explorer_toggle.setCheckable(True)
        describe(
            self.explorer_toggle,
            translate("CareersTab", "Explore by qualification"),
            translate(
                "CareersTab",
                "Choose your qualification and skills to see the roles that fit "
                "and what to learn next",
            ),
        )
        self.pay_document = pay_document(catalog, meta_line(catalog, dt.date.today()))
        self.pay = describe(
            DocumentView(),
            translate("CareersTab", "Pay compared"),
            translate("CareersTab", "What each model's roles pay, with years and sources"),
        )
        self.pay.show_document(self.pay_document)
        self.pay.hide()
        self.pay_toggle = QPushButton(translate("CareersTab", "&Pay compared"))
        self.pay_toggle.setCheckable(True)
        describe(
            self.pay_toggle,
            translate("CareersTab", "Pay compared"),
            translate(
                "CareersTab",
                "How BPO, KPO and LPO pay compare, role by role, with years and sources",
            ),
        )
        self.controls.addSpacing(12)
        self.controls.addWidget(self.explorer_toggle)
        self.controls.addWidget(self.pay_toggle)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.explorer, 1)
        layout.addWidget(self.pay, 1)
        self.explorer_toggle.toggled.connect(self.show_explorer)
        self.pay_toggle.toggled.connect(self.show_pay)
        chain_focus(
            self.filter_box, self.explorer_toggle, self.pay_toggle, self.master_detail.table
        )

    def printable_document(self) -> Document:
        """What is shown: the explorer's findings, pay compared, or the role table as filtered."""
        if self.explorer.isVisible():
            return self.explorer.document()
        if self.pay.isVisible():
            return self.pay_document
        return super().printable_document()

    def reveal(self, item_id: str) -> bool:
        """Select the role `item_id` in the role table, leaving the explorer or pay if shown;
        or, for a pay fact (`pay/<fact id>`), open pay compared and select the fact there."""
        if item_id.startswith(PAY_PREFIX):
            self.show_pay(True)
            anchor = pay_anchor(self._catalog, item_id)
            return anchor is not None and self.pay.select_text(anchor)
        self._show_panel(None)
        return super().reveal(item_id)

    def show_explorer(self, shown: bool) -> None:
        """Show the explorer in place of the role table (the filters act on the table only)."""
        self._show_panel(self.explorer if shown else None)

    def show_pay(self, shown: bool) -> None:
        """Show pay compared in place of the role table."""
        self._show_panel(self.pay if shown else None)

    def _show_panel(self, panel: QWidget | None) -> None:
        """Show `panel` (the explorer or pay) in place of the role table, or the table (None)."""
        for toggle, shown in (
            (self.explorer_toggle, panel is self.explorer),
            (self.pay_toggle, panel is self.pay),
        ):
            toggle.blockSignals(True)
            toggle.setChecked(shown)
            toggle.blockSignals(False)
        self.explorer.setVisible(panel is self.explorer)
        self.pay.setVisible(panel is self.pay)
        self.master_detail.setVisible(panel is None)
        self.model_choice.setEnabled(panel is None)
        self.filter_box.setEnabled(panel is None)
