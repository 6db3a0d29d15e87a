"""The Service types tab: what each model's providers do, with examples and sectors."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QWidget

from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.document import Document
from outsource_desktop.documents.pages import service_document
from outsource_desktop.documents.tables import service_columns
from outsource_desktop.documents.views import RecordOptions, services_document
from outsource_desktop.gui.tabs.records import RecordsTab
from outsource_desktop.i18n import translate


class ServicesTab(RecordsTab):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        def describe_service(service: Any) -> Any:
            return service_document(catalog, service)

        def print_view(records: list[Any], options: RecordOptions) -> Document:
            return services_document(catalog, records, options, dt.date.today())

        super().__init__(
            catalog,
            service_columns(catalog),
            catalog.service_types,
            describe_service,
            print_view,
            translate("ServicesTab", "Filter services, examples or sectors"),
            translate("ServicesTab", "Service types"),
            parent,
        )
