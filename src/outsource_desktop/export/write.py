"""Write a document in any export format, atomically. Shared by the GUI and the CLI."""

from __future__ import annotations

from pathlib import Path

from outsource_desktop.documents.document import Document
from outsource_desktop.export.atomic import atomic_write_bytes
from outsource_desktop.export.formats import to_text_format
from outsource_desktop.export.paper import PaperChoice
from outsource_desktop.export.pdf import render_pdf_steps
from outsource_desktop.export.steps import Steps, run_to_end


def export_steps(
    document: Document, path: Path, export_format: str, paper: PaperChoice = "auto"
) -> Steps[None]:
    """Export step by step, yielding the fraction done; the file is written at the end.

    Stopping early (closing the generator) writes nothing, so any earlier file
    stays as it was. Raises ExportError (nothing at `path` changed) or FormatError.
    """
    if export_format == "pdf":
        data = yield from render_pdf_steps(document, paper)
    else:
        data = to_text_format(document, export_format)
    atomic_write_bytes(path, data)


def export_document(
    document: Document, path: Path, export_format: str, paper: PaperChoice = "auto"
) -> None:
    """Raises ExportError (nothing at `path` changed) or FormatError."""
    run_to_end(export_steps(document, path, export_format, paper))
