"""Tables of the content as the views list them and the exports write them.

The GUI's table models take their columns from here, so a printed or exported
table has exactly the columns and texts of the one on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from outsource_desktop.content.models import Catalog, Role, ServiceType
from outsource_desktop.documents.bidi import isolated, joined
from outsource_desktop.documents.document import Table
from outsource_desktop.documents.formatting import cell_summary, entry_pay, model_name
from outsource_desktop.i18n import translate
from outsource_desktop.reference.careers import role_companies
from outsource_desktop.reference.matching import searchable
from outsource_desktop.reference.pay import shown_bands
from outsource_desktop.reference.queries import ComparisonRow

T = TypeVar("T")


@dataclass(frozen=True)
class TableColumn(Generic[T]):
    header: str
    text: Callable[[T], str]
    narrow: bool = False  # a model's short name: little room needed, the rest to wordier columns


def service_columns(catalog: Catalog) -> list[TableColumn[ServiceType]]:
    return [
        TableColumn(translate("Tables", "Service"), lambda service: service.name),
        TableColumn(
            translate("Tables", "Model"),
            lambda service: model_name(catalog, service.model),
            narrow=True,
        ),
        TableColumn(translate("Tables", "Description"), lambda service: service.description.text),
        TableColumn(
            translate("Tables", "Examples"), lambda service: joined("; ", service.examples)
        ),
        TableColumn(translate("Tables", "Sectors"), lambda service: joined("; ", service.sectors)),
    ]


def role_columns(catalog: Catalog) -> list[TableColumn[Role]]:
    """Each role at a glance; its eligibility and every pay figure are in its detail pane."""
    qualifications = {item.id: item.name for item in catalog.qualifications}
    return [
        TableColumn(translate("Tables", "Role"), lambda role: role.title),
        TableColumn(
            translate("Tables", "Model"), lambda role: model_name(catalog, role.model), narrow=True
        ),
        TableColumn(
            translate("Tables", "Qualifications"),
            lambda role: joined(", ", (qualifications[item] for item in role.qualifications)),
        ),
        TableColumn(translate("Tables", "Skills"), lambda role: joined(", ", role.skills)),
        TableColumn(
            translate("Tables", "Entry pay"), lambda role: entry_pay(shown_bands(catalog, role))
        ),
        TableColumn(translate("Tables", "Companies"), lambda role: companies_text(catalog, role)),
    ]


def companies_text(catalog: Catalog, role: Role) -> str:
    """The companies named for the role; else a pointer to its model's, which the detail
    pane lists: the same model-wide names repeated on every row told the roles apart by nothing."""
    companies, for_model = role_companies(catalog, role)
    if for_model and companies:
        model = isolated(model_name(catalog, role.model))
        return translate("Tables", "See {model}'s companies").format(model=model)
    return joined(", ", (company.name for company in companies))


def row_search_text(columns: Sequence[TableColumn[T]], record: T) -> str:
    """The record's text as filters search it: every column, made searchable."""
    return searchable(*(column.text(record) for column in columns))


def record_table(columns: Sequence[TableColumn[T]], records: Sequence[T]) -> Table:
    return Table(
        headers=tuple(column.header for column in columns),
        rows=tuple(tuple(column.text(record) for column in columns) for record in records),
    )


def aspect_header() -> str:
    return translate("Tables", "Basis of comparison")


def comparison_table(
    catalog: Catalog, rows: Sequence[ComparisonRow], *, details: bool = False
) -> Table:
    """Rows under their section titles, one column per chosen model, differences marked.

    Cells hold short values; `details` adds each one's explanation below it.
    """
    if not rows:
        return Table(headers=(aspect_header(),), rows=())
    headers = (aspect_header(), *(model_name(catalog, cell.model_id) for cell in rows[0].cells))
    table_rows: list[tuple[str, ...]] = []
    group_rows: set[int] = set()
    highlighted: set[tuple[int, int]] = set()
    current_section = ""
    for row in rows:
        if row.section.id != current_section:
            current_section = row.section.id
            group_rows.add(len(table_rows))
            table_rows.append((row.section.title,))
        differing = row.differing_models()
        for column, cell in enumerate(row.cells, start=1):
            if cell.model_id in differing:
                highlighted.add((len(table_rows), column))
        table_rows.append(
            (
                row.aspect.label,
                *(
                    cell_summary(catalog, cell, differs=cell.model_id in differing, details=details)
                    for cell in row.cells
                ),
            )
        )
    return Table(
        headers=headers,
        rows=tuple(table_rows),
        group_rows=frozenset(group_rows),
        highlighted=frozenset(highlighted),
    )
