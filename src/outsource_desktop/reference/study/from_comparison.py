"""Questions from the comparison's short values, both ways round.

* "BPO: investment?" -> "Low to medium", the wrong options being the other
  models' values in the same row;
* "Which model? Investment: “Medium to high”" -> KPO, the options being models.

Only a cell that is a model's own (not "Same as KPO"), neither an opinion nor
disputed, and whose value has no word of a model's names is asked or offered.
A row where a value names a model ("KPO (a specialisation)", "Higher than
KPO") is about how the models relate, where "Outsourcing" holds for every
model; such rows are asked by the hand-written questions instead. Wrong options
never come from a related model (KPO's value may hold for LPO too), nor from
a cell with the same value, so exactly one option is right.
"""

from __future__ import annotations

from collections.abc import Sequence

from outsource_desktop.content.models import Catalog, CellClaim
from outsource_desktop.i18n import translate
from outsource_desktop.reference.queries import ComparisonRow, comparison_rows, numbers_of
from outsource_desktop.reference.study.items import QuestionKind, StudyQuestion
from outsource_desktop.reference.study.wording import (
    SourceMentions,
    first_sentence,
    gives_away,
    lower_first,
    model_name_stems,
    names_a_model,
    related_models,
    words,
)


class _Rules:
    """What the questions of one catalog are checked against, worked out once."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.names = model_name_stems(catalog.models)
        self.mentions = SourceMentions(catalog)
        self.related = related_models(catalog)
        self.short_names = [model.short_name for model in catalog.models]

    def usable(self, claim: CellClaim | None) -> bool:
        return (
            claim is not None
            and not claim.opinion
            and not claim.disagreements
            and not names_a_model(claim.value, self.names)
            and not self.mentions(first_sentence(claim.text))
        )

    def relates_models(self, row: ComparisonRow) -> bool:
        return any(
            short_name.casefold() in words(claim.value)
            for claim in row.aspect.claims.values()
            for short_name in self.short_names
        )

    def short_name(self, model_id: str) -> str:
        return self.catalog.model_by_id(model_id).short_name


def comparison_questions(catalog: Catalog) -> list[StudyQuestion]:
    """Every question the comparison's values allow, row by row in comparison order."""
    rules = _Rules(catalog)
    questions: list[StudyQuestion] = []
    for row in comparison_rows(catalog, [model.id for model in catalog.models]):
        if rules.relates_models(row):
            continue
        for cell in row.cells:
            if cell.inherited_from is None and rules.usable(cell.claim):
                questions.extend(_value_question(rules, row, cell.model_id))
                questions.extend(_model_question(rules, row, cell.model_id))
    return questions


def _same(one: str, other: str) -> bool:
    return " ".join(one.casefold().split()) == " ".join(other.casefold().split())


def _value_question(rules: _Rules, row: ComparisonRow, model_id: str) -> list[StudyQuestion]:
    claim = row.aspect.claims[model_id]
    wrong: list[str] = []
    for cell in row.cells:
        if (
            cell.model_id == model_id
            or cell.model_id in rules.related[model_id]
            or cell.inherited_from is not None
            or cell.claim is None
            or not rules.usable(cell.claim)
        ):
            continue
        value = cell.claim.value
        if not any(_same(value, seen) for seen in [claim.value, *wrong]):
            wrong.append(value)
    stem = translate("StudyQuestions", "{model}: {aspect}?").format(
        model=rules.short_name(model_id), aspect=lower_first(row.aspect.label)
    )
    if not wrong or _unfair(stem, claim.value, wrong):
        return []
    return [
        StudyQuestion(
            item_id=f"value/{row.aspect.id}/{model_id}",
            kind=QuestionKind.VALUE_FOR_MODEL,
            question=stem,
            answer=claim.value,
            explanation=first_sentence(claim.text),
            references=numbers_of(rules.catalog, claim),
            options=(claim.value, *wrong),
        )
    ]


def _model_question(rules: _Rules, row: ComparisonRow, model_id: str) -> list[StudyQuestion]:
    claim = row.aspect.claims[model_id]
    offered = [model_id]
    for cell in row.cells:
        if cell.model_id == model_id or cell.model_id in rules.related[model_id]:
            continue
        if cell.claim is None or cell.claim.opinion or cell.claim.disagreements:
            continue  # what this model is like is unknown or disputed: it might be right too
        if _same(cell.claim.value, claim.value):
            continue
        offered.append(cell.model_id)
    stem = translate("StudyQuestions", "Which model? {aspect}: “{value}”").format(
        aspect=row.aspect.label, value=claim.value
    )
    names = [rules.short_name(option) for option in offered]
    answer = rules.short_name(model_id)
    if len(offered) < 2 or names_a_model(stem, rules.names) or _unfair(stem, answer, names[1:]):
        return []
    order = [model.id for model in rules.catalog.models]
    offered.sort(key=order.index)
    return [
        StudyQuestion(
            item_id=f"model/{row.aspect.id}/{model_id}",
            kind=QuestionKind.MODEL_FOR_VALUE,
            question=stem,
            answer=answer,
            explanation=first_sentence(claim.text),
            references=numbers_of(rules.catalog, claim),
            options=tuple(rules.short_name(option) for option in offered),
            ordered_options=True,
        )
    ]


def _unfair(stem: str, answer: str, wrong: Sequence[str]) -> bool:
    """The stem gives the answer away, or names a wrong option (so it can be ruled out)."""
    return gives_away(stem, answer, wrong) or any(
        option.casefold() in stem.casefold() for option in wrong
    )
