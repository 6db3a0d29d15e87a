"""The Careers tab: roles per model with eligibility, skills, pay and companies.

A toggle swaps the role table for the career explorer (qualification and skills in,
fitting roles and next steps out).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from outsource_desktop.core.models import Catalog, Role
from outsource_desktop.core.pages import model_name, role_document, salary_text
from outsource_desktop.gui.careers_explorer import CareerExplorer
from outsource_desktop.gui.records_tab import RecordsTab
from outsource_desktop.gui.table_models import Column


def role_columns(catalog: Catalog) -> list[Column[Role]]:
    companies = {company.id: company.name for company in catalog.companies}
    return [
        Column("Role", lambda role: role.title),
        Column("Model", lambda role: model_name(catalog, role.model)),
        Column("Eligibility", lambda role: " ".join(claim.text for claim in role.eligibility)),
        Column("Skills", lambda role: ", ".join(role.skills)),
        Column(
            "Salary",
            lambda role: (
                "; ".join(salary_text(band) for band in role.salary_bands)
                or "Not given in the articles"
            ),
        ),
        Column("Companies", lambda role: ", ".join(companies[item] for item in role.companies)),
    ]


class CareersTab(RecordsTab):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        def describe(role: Any) -> Any:
            return role_document(catalog, role)

        super().__init__(
            catalog,
            role_columns(catalog),
            catalog.roles,
            describe,
            "Filter roles, skills or eligibility",
            parent,
        )
        self.explorer = CareerExplorer(catalog)
        self.explorer.hide()
        self.explorer_toggle = QPushButton("E&xplore by qualification")
        self.explorer_toggle.setCheckable(True)
        self.explorer_toggle.setToolTip(
            "Choose your qualification and skills to see the roles that fit and what to learn next"
        )
        self.controls.addSpacing(12)
        self.controls.addWidget(self.explorer_toggle)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.explorer, 1)
        self.explorer_toggle.toggled.connect(self.show_explorer)

    def show_explorer(self, shown: bool) -> None:
        """Show the explorer in place of the role table (the filters act on the table only)."""
        self.explorer_toggle.setChecked(shown)
        self.explorer.setVisible(shown)
        self.master_detail.setVisible(not shown)
        self.model_choice.setEnabled(not shown)
        self.filter_box.setEnabled(not shown)
