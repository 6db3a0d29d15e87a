"""The Service types tab: what each model's providers do, with examples and sectors."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from outsource_desktop.core.models import Catalog, ServiceType
from outsource_desktop.core.pages import model_name, service_document
from outsource_desktop.gui.records_tab import RecordsTab
from outsource_desktop.gui.table_models import Column


def service_columns(catalog: Catalog) -> list[Column[ServiceType]]:
    return [
        Column("Service", lambda service: service.name),
        Column("Model", lambda service: model_name(catalog, service.model)),
        Column("Description", lambda service: service.description.text),
        Column("Examples", lambda service: "; ".join(service.examples)),
        Column("Sectors", lambda service: "; ".join(service.sectors)),
    ]


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
