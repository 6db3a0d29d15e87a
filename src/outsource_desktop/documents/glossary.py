"""The glossary laid out: terms of the trade as a table to filter, and a page per term."""

from __future__ import annotations

from outsource_desktop.content.models import Catalog, Term
from outsource_desktop.documents.bidi import isolated, joined
from outsource_desktop.documents.citations import reference_marks
from outsource_desktop.documents.document import Document, Heading, Paragraph
from outsource_desktop.documents.formatting import model_name
from outsource_desktop.documents.pages import claim_paragraph, references_for
from outsource_desktop.documents.tables import TableColumn
from outsource_desktop.i18n import translate
from outsource_desktop.reference.queries import cited_source_ids, numbers_of


def term_models(catalog: Catalog, term: Term) -> str:
    """The models a term belongs to; a general term belongs to all."""
    names = (model_name(catalog, model_id) for model_id in term.models)
    return joined(", ", names) or translate("Glossary", "All")


def glossary_columns(catalog: Catalog) -> list[TableColumn[Term]]:
    def definition(term: Term) -> str:
        marks = reference_marks(numbers_of(catalog, term.definition))
        return f"{isolated(term.definition.text)} {marks}"

    return [
        TableColumn(translate("Glossary", "Term"), lambda term: term.term),
        TableColumn(translate("Glossary", "Stands for"), lambda term: term.stands_for or ""),
        TableColumn(
            translate("Glossary", "Models"), lambda term: term_models(catalog, term), narrow=True
        ),
        TableColumn(translate("Glossary", "Meaning"), definition),
    ]


def term_document(catalog: Catalog, term: Term) -> Document:
    blocks = []
    if term.stands_for:
        blocks.append(Paragraph(term.stands_for, lead=translate("Glossary", "Stands for:")))
    blocks.append(claim_paragraph(catalog, term.definition, lead=translate("Glossary", "Meaning:")))
    blocks.append(Paragraph(term_models(catalog, term), lead=translate("Glossary", "Models:")))
    return Document(
        title=term.term,
        subtitle=translate("Glossary", "A term of the outsourcing trade"),
        blocks=(Heading(translate("Glossary", "In short"), level=3), *blocks),
        references=references_for(catalog, cited_source_ids([term.definition])),
    )
