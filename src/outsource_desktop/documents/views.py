"""Documents of the tabular views as the reader set them up, for print and export.

The GUI passes the rows in the order its view shows them; the command line
selects them with the same options through the same functions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from outsource_desktop.content.models import Catalog, Claim, Role, ServiceType, Term
from outsource_desktop.documents.bidi import isolated, joined
from outsource_desktop.documents.document import Block, Document, Heading, Paragraph
from outsource_desktop.documents.exam import exam_document
from outsource_desktop.documents.formatting import model_name
from outsource_desktop.documents.glossary import glossary_columns
from outsource_desktop.documents.pages import references_for, role_source_ids
from outsource_desktop.documents.pay import pay_document
from outsource_desktop.documents.tables import (
    comparison_table,
    record_table,
    role_columns,
    row_search_text,
    service_columns,
)
from outsource_desktop.i18n import long_date, translate
from outsource_desktop.reference.glossary import term_belongs
from outsource_desktop.reference.matching import matches
from outsource_desktop.reference.queries import (
    ComparisonOptions,
    ComparisonRow,
    cited_source_ids,
    select_comparison_rows,
)


@dataclass(frozen=True)
class RecordOptions:
    """The models and filter chosen for the service types or careers table."""

    model_ids: tuple[str, ...]
    filter_text: str = ""


def meta_line(catalog: Catalog, on: dt.date) -> str:
    return translate("Views", "Content version {version} · {date}").format(
        version=catalog.data_version, date=long_date(on)
    )


def describe_choice(
    catalog: Catalog,
    model_ids: Sequence[str],
    filter_text: str,
    differences_only: bool = False,
    details: bool = False,
) -> str:
    names = joined(", ", (model_name(catalog, model_id) for model_id in model_ids))
    parts = [translate("Views", "Models: {models}").format(models=names)]
    if filter_text.strip():
        parts.append(
            translate("Views", "filtered by “{words}”").format(words=isolated(filter_text.strip()))
        )
    if differences_only:
        parts.append(translate("Views", "only rows where the models differ"))
    if details:
        parts.append(translate("Views", "with explanations"))
    return "; ".join(parts)


def comparison_document(
    catalog: Catalog, rows: Sequence[ComparisonRow], options: ComparisonOptions, on: dt.date
) -> Document:
    claims = [claim for row in rows for cell in row.cells for claim in cell.all_claims()]
    names = joined(" vs ", (model_name(catalog, model_id) for model_id in options.model_ids))
    return Document(
        title=translate("Views", "{models}: comparison").format(models=names),
        subtitle=describe_choice(
            catalog,
            options.model_ids,
            options.filter_text,
            options.differences_only,
            options.details,
        ),
        meta=meta_line(catalog, on),
        blocks=(
            comparison_table(catalog, rows, details=options.details),
            # The marks are the table's own shorthand: a printed page must say what they mean.
            Paragraph(
                translate(
                    "Views",
                    "≠ marks a value that differs from what most of the compared models have; "
                    "“(disputed)” marks one on which the sources disagree.",
                )
            ),
        ),
        references=references_for(catalog, cited_source_ids(claims)),
    )


def services_document(
    catalog: Catalog, services: Sequence[ServiceType], options: RecordOptions, on: dt.date
) -> Document:
    claims: list[Claim] = []
    for service in services:
        claims.extend([service.description, *service.description.disagreements])
    return Document(
        title=translate("Views", "Service types"),
        subtitle=describe_choice(catalog, options.model_ids, options.filter_text),
        meta=meta_line(catalog, on),
        blocks=(record_table(service_columns(catalog), services),),
        references=references_for(catalog, cited_source_ids(claims)),
    )


def careers_document(
    catalog: Catalog, roles: Sequence[Role], options: RecordOptions, on: dt.date
) -> Document:
    source_ids = [source for role in roles for source in role_source_ids(catalog, role)]
    return Document(
        title=translate("Views", "Careers"),
        subtitle=describe_choice(catalog, options.model_ids, options.filter_text),
        meta=meta_line(catalog, on),
        blocks=(record_table(role_columns(catalog), roles),),
        references=references_for(catalog, source_ids),
    )


def select_services(catalog: Catalog, options: RecordOptions) -> list[ServiceType]:
    columns = service_columns(catalog)
    return [
        service
        for service in catalog.service_types
        if service.model in options.model_ids
        and matches(row_search_text(columns, service), options.filter_text)
    ]


def select_roles(catalog: Catalog, options: RecordOptions) -> list[Role]:
    columns = role_columns(catalog)
    return [
        role
        for role in catalog.roles
        if role.model in options.model_ids
        and matches(row_search_text(columns, role), options.filter_text)
    ]


def glossary_document(
    catalog: Catalog, terms: Sequence[Term], options: RecordOptions, on: dt.date
) -> Document:
    return Document(
        title=translate("Views", "Glossary"),
        subtitle=describe_choice(catalog, options.model_ids, options.filter_text),
        meta=meta_line(catalog, on),
        blocks=(record_table(glossary_columns(catalog), terms),),
        references=references_for(catalog, cited_source_ids([term.definition for term in terms])),
    )


def select_terms(catalog: Catalog, options: RecordOptions) -> list[Term]:
    columns = glossary_columns(catalog)
    return [
        term
        for term in catalog.glossary
        if term_belongs(term, options.model_ids)
        and matches(row_search_text(columns, term), options.filter_text)
    ]


def view_document(catalog: Catalog, view: str, options: ComparisonOptions, on: dt.date) -> Document:
    """The document the command line exports for `view` (one of VIEWS)."""
    records = RecordOptions(options.model_ids, options.filter_text)
    if view == "comparison":
        return comparison_document(catalog, select_comparison_rows(catalog, options), options, on)
    if view == "exam":
        return exam_document(
            catalog,
            options.model_ids or [model.id for model in catalog.models[:2]],
            meta_line(catalog, on),
        )
    if view == "services":
        return services_document(catalog, select_services(catalog, records), records, on)
    if view == "careers":
        return careers_document(catalog, select_roles(catalog, records), records, on)
    if view == "glossary":
        return glossary_document(catalog, select_terms(catalog, records), records, on)
    if view == "pay":
        return pay_document(catalog, meta_line(catalog, on))
    parts = [
        view_document(catalog, part, options, on)
        for part in ("comparison", "services", "careers", "glossary")
    ]
    blocks: list[Block] = []
    for part in parts:
        blocks.append(Heading(part.title))
        blocks.extend(part.blocks)
    source_numbers = {reference.number for part in parts for reference in part.references}
    return Document(
        title=catalog.title,
        subtitle=parts[0].subtitle,
        meta=meta_line(catalog, on),
        blocks=tuple(blocks),
        references=references_for(
            catalog, [catalog.sources[number - 1].id for number in source_numbers]
        ),
    )
