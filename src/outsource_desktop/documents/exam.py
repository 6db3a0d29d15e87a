"""The classic exam answer, "Distinguish between BPO and KPO", as one A4 portrait page.

Both definitions first, then a table of the bases of comparison (down the
side) on which the two models differ, in their short values (across). Rows
where the two say the same, or where a value is an opinion, are left out: an
exam answer lists differences and states facts (reference/queries.py, `exam_rows`).
"""

from __future__ import annotations

from collections.abc import Sequence

from outsource_desktop.content.models import Catalog, Claim
from outsource_desktop.documents.document import Block, Document, Paragraph, Table
from outsource_desktop.documents.pages import claim_paragraph, references_for
from outsource_desktop.documents.tables import aspect_header
from outsource_desktop.i18n import translate
from outsource_desktop.reference.queries import ComparisonRow, cited_source_ids, exam_rows


def _value(row: ComparisonRow, column: int) -> str:
    """The short value, marked when a source disputes it, as the Comparison tab marks it:
    the page's references would otherwise contradict the table."""
    cell = row.cells[column]
    if cell.claim is None:
        return "—"
    value = cell.claim.value
    disputed = translate("Exam", "disputed")
    if cell.is_disputed and disputed.casefold() not in value.casefold():
        return translate("Exam", "{value} ({disputed})").format(value=value, disputed=disputed)
    return value


def exam_document(catalog: Catalog, model_ids: Sequence[str], meta: str = "") -> Document:
    first, second = (catalog.model_by_id(model_id) for model_id in model_ids[:2])
    rows = exam_rows(catalog, (first.id, second.id))
    blocks: list[Block] = [
        claim_paragraph(
            catalog,
            model.definition,
            lead=translate("Exam", "{short} ({full}):").format(
                short=model.short_name, full=model.full_name
            ),
        )
        for model in (first, second)
    ]
    blocks.append(
        Table(
            headers=(aspect_header(), first.short_name, second.short_name),
            rows=tuple((row.aspect.label, _value(row, 0), _value(row, 1)) for row in rows),
            widths=(28, 36, 36),
        )
    )
    blocks.append(
        Paragraph(
            translate(
                "Exam",
                "Each value's sources and a fuller explanation are in the app's Comparison tab.",
            ),
            note=translate("Exam", "{count} bases of comparison").format(count=len(rows)),
        )
    )
    claims: list[Claim] = [first.definition, second.definition]
    claims += [claim for row in rows for cell in row.cells for claim in cell.all_claims()]
    return Document(
        title=translate("Exam", "Distinguish between {first} and {second}").format(
            first=first.short_name, second=second.short_name
        ),
        subtitle=translate("Exam", "{first} and {second} compared, basis by basis.").format(
            first=first.short_name, second=second.short_name
        ),
        meta=meta,
        blocks=tuple(blocks),
        references=references_for(catalog, cited_source_ids(claims)),
        orientation="portrait",
        one_page=True,
    )
