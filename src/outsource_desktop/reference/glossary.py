"""Questions asked of the glossary: which terms concern a model."""

from __future__ import annotations

from collections.abc import Iterable

from outsource_desktop.content.models import Term


def term_belongs(term: Term, model_ids: Iterable[str]) -> bool:
    """Whether a term concerns one of `model_ids`; a term of no model concerns every one."""
    return not term.models or any(model_id in term.models for model_id in model_ids)
