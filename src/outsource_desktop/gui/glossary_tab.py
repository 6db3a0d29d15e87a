"""The Glossary tab: the trade's terms, filterable, each read in full below the table."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QHeaderView, QWidget

from outsource_desktop.core.document import Document
from outsource_desktop.core.glossary import glossary_columns, term_belongs, term_document
from outsource_desktop.core.models import Catalog
from outsource_desktop.core.views import RecordOptions, glossary_document
from outsource_desktop.gui.records_tab import RecordsTab

MEANING_COLUMN = 3


class GlossaryTab(RecordsTab):
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
            "Filter terms or their meanings",
            "Glossary",
            parent,
            in_model=lambda term, model_id: term_belongs(term, (model_id,)),
        )
        # Terms and abbreviations are short: fit them, and give the meaning the rest.
        header = self.master_detail.table.horizontalHeader()
        for column in range(MEANING_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def show_term(self, term_id: str) -> bool:
        """Select a term, clearing what would hide it; False when there is no such term."""
        self.model_choice.setCurrentIndex(0)
        self.filter_box.clear()
        for row, term in enumerate(self.visible_records()):
            if term.id == term_id:
                self.master_detail.select_row(row)
                return True
        return False
