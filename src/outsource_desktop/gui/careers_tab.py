"""The Careers tab: roles per model with eligibility, skills, pay and companies."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QWidget

from outsource_desktop.core.document import Document
from outsource_desktop.core.models import Catalog
from outsource_desktop.core.pages import role_document
from outsource_desktop.core.tables import role_columns
from outsource_desktop.core.views import RecordOptions, careers_document
from outsource_desktop.gui.records_tab import RecordsTab


class CareersTab(RecordsTab):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        def describe(role: Any) -> Any:
            return role_document(catalog, role)

        def print_view(records: list[Any], options: RecordOptions) -> Document:
            return careers_document(catalog, records, options, dt.date.today())

        super().__init__(
            catalog,
            role_columns(catalog),
            catalog.roles,
            describe,
            print_view,
            "Filter roles, skills or eligibility",
            parent,
        )
