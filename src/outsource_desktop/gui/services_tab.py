"""The Service types tab: what each model's providers do, with examples and sectors."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from outsource_desktop.core.models import Catalog
from outsource_desktop.core.pages import service_document
from outsource_desktop.core.tables import service_columns
from outsource_desktop.gui.records_tab import RecordsTab


class ServicesTab(RecordsTab):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        def describe(service: Any) -> Any:
            return service_document(catalog, service)

        super().__init__(
            catalog,
            service_columns(catalog),
            catalog.service_types,
            describe,
            "Filter services, examples or sectors",
            parent,
        )
