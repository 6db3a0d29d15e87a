"""The glossary: terms of the trade, as a table to filter and a page to read or print."""

from __future__ import annotations

from outsource_desktop.core.citations import reference_marks
from outsource_desktop.core.document import Document, Heading, Paragraph
from outsource_desktop.core.formatting import model_name, numbers_of
from outsource_desktop.core.models import Catalog, Term
from outsource_desktop.core.pages import claim_paragraph, references_for
from outsource_desktop.core.queries import cited_source_ids
from outsource_desktop.core.tables import TableColumn

ALL_MODELS_TEXT = "All"


def term_models(catalog: Catalog, term: Term) -> str:
    """The models a term belongs to; a general term belongs to all."""
    return ", ".join(model_name(catalog, model_id) for model_id in term.models) or ALL_MODELS_TEXT


def glossary_columns(catalog: Catalog) -> list[TableColumn[Term]]:
    def definition(term: Term) -> str:
        return f"{term.definition.text} {reference_marks(numbers_of(catalog, term.definition))}"

    return [
        TableColumn("Term", lambda term: term.term),
        TableColumn("Stands for", lambda term: term.stands_for or ""),
        TableColumn("Models", lambda term: term_models(catalog, term)),
        TableColumn("Meaning", definition),
    ]


def term_belongs(term: Term, model_ids: tuple[str, ...]) -> bool:
    """Whether a term concerns one of `model_ids`; a term of no model concerns every one."""
    return not term.models or any(model_id in model_ids for model_id in term.models)


def term_document(catalog: Catalog, term: Term) -> Document:
    blocks = []
    if term.stands_for:
        blocks.append(Paragraph(term.stands_for, lead="Stands for:"))
    blocks.append(claim_paragraph(catalog, term.definition, lead="Meaning:"))
    blocks.append(Paragraph(term_models(catalog, term), lead="Models:"))
    return Document(
        title=term.term,
        subtitle="A term of the outsourcing trade",
        blocks=(Heading("In short", level=3), *blocks),
        references=references_for(catalog, cited_source_ids([term.definition])),
    )
