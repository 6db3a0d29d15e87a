"""The Glossary tab: the trade's terms, filterable, each read in full below the table."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QHeaderView, QWidget

from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.document import Document
from outsource_desktop.documents.glossary import glossary_columns, term_document
from outsource_desktop.documents.views import RecordOptions, glossary_document
from outsource_desktop.gui.tabs.records import RecordsTab
from outsource_desktop.i18n import translate
from outsource_desktop.reference.glossary import term_belongs

MEANING_COLUMN = 3


class GlossaryTab(RecordsTab):
    """Terms as records: `reveal(term id)` (a search hit) selects one, as for roles."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        def describe_term(term: Any) -> Document:
            return term_document(catalog, term)

        def print_view(records: list[Any], options: RecordOptions) -> Document:
            return glossary_document(catalog, records, options, dt.date.today())

        super().__init__(
            catalog,
            glossary_columns(catalog),
            catalog.glossary,
            describe_term,
            print_view,
            translate("GlossaryTab", "Filter terms or their meanings"),
            translate("GlossaryTab", "Glossary"),
            parent,
            in_model=lambda term, model_id: term_belongs(term, (model_id,)),
        )
        # Terms and abbreviations are short: fit them, and give the meaning the rest.
        header = self.master_detail.table.horizontalHeader()
        for column in range(MEANING_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
