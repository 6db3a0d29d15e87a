"""Tables of the content as the views list them and the exports write them.

The GUI's table models take their columns from here, so a printed or exported
table has exactly the columns and texts of the one on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from outsource_desktop.core.document import Table, isolated
from outsource_desktop.core.formatting import cell_summary, model_name, salary_text
from outsource_desktop.core.models import Catalog, Role, ServiceType
from outsource_desktop.core.queries import ComparisonRow

T = TypeVar("T")


@dataclass(frozen=True)
class TableColumn(Generic[T]):
    header: str
    text: Callable[[T], str]


def service_columns(catalog: Catalog) -> list[TableColumn[ServiceType]]:
    return [
        TableColumn("Service", lambda service: service.name),
        TableColumn("Model", lambda service: model_name(catalog, service.model)),
        TableColumn("Description", lambda service: service.description.text),
        TableColumn("Examples", lambda service: joined("; ", service.examples)),
        TableColumn("Sectors", lambda service: joined("; ", service.sectors)),
    ]


def role_columns(catalog: Catalog) -> list[TableColumn[Role]]:
    companies = {company.id: company.name for company in catalog.companies}
    return [
        TableColumn("Role", lambda role: role.title),
        TableColumn("Model", lambda role: model_name(catalog, role.model)),
        TableColumn(
            "Eligibility", lambda role: joined(" ", (claim.text for claim in role.eligibility))
        ),
        TableColumn("Skills", lambda role: joined(", ", role.skills)),
        TableColumn(
            "Salary",
            lambda role: (
                "; ".join(salary_text(band) for band in role.salary_bands)
                or "Not given in the articles"
            ),
        ),
        TableColumn(
            "Companies", lambda role: joined(", ", (companies[item] for item in role.companies))
        ),
    ]


def joined(separator: str, texts: Iterable[str]) -> str:
    """Content texts in one cell, each isolated so none can reorder the next."""
    return separator.join(isolated(text) for text in texts)


def row_search_text(columns: Sequence[TableColumn[T]], record: T) -> str:
    """The record's text as filters search it: every column, case-folded."""
    return "\n".join(column.text(record) for column in columns).casefold()


def record_table(columns: Sequence[TableColumn[T]], records: Sequence[T]) -> Table:
    return Table(
        headers=tuple(column.header for column in columns),
        rows=tuple(tuple(column.text(record) for column in columns) for record in records),
    )


def comparison_table(catalog: Catalog, rows: Sequence[ComparisonRow]) -> Table:
    """Rows under their section titles, one column per chosen model, differences marked."""
    if not rows:
        return Table(headers=("Aspect",), rows=())
    headers = ("Aspect", *(model_name(catalog, cell.model_id) for cell in rows[0].cells))
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
                    cell_summary(catalog, cell, differs=cell.model_id in differing)
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
