"""The Careers tab: roles per model with eligibility, skills, pay and companies."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from outsource_desktop.core.models import Catalog, Role
from outsource_desktop.core.pages import model_name, role_document, salary_text
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
