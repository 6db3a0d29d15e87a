"""Questions from each model's advantages, disadvantages and examples of its work.

* "Name two advantages of BPO." and "Name two examples of KPO work.",
  answered from memory, as exams ask them;
* "Which model is this work typical of? “Telemarketing”", the options being
  models. A model is offered only when nothing in its own examples and
  service types shares a word with the example (so "Customer support and
  help desk" does not offer KPO, whose remote IT work has a help desk), and
  never a related model (LPO's work is KPO work).

Advantages and disadvantages are not asked as "which model?": many hold for
outsourcing as a whole ("Operational efficiency can improve", "Keeping key
talent is difficult"), and in other words for another model too, which no
word check can tell; the hand-written questions ask about the telling ones.
"""

from __future__ import annotations

from outsource_desktop.content.models import Catalog, Claim, OutsourcingModel
from outsource_desktop.i18n import translate
from outsource_desktop.reference.queries import cited_source_ids, numbers_of, numbers_of_ids
from outsource_desktop.reference.study.items import QuestionKind, StudyQuestion
from outsource_desktop.reference.study.wording import (
    SourceMentions,
    content_stems,
    first_sentence,
    gives_away,
    model_name_stems,
    names_a_model,
    related_models,
    slug,
    word_stem,
)

# Words an example of work may share with another model's without making it theirs.
COMMON_WORK_WORDS = frozenset(map(word_stem, ("service", "services", "work", "support")))


def model_questions(catalog: Catalog) -> list[StudyQuestion]:
    questions: list[StudyQuestion] = []
    for model in catalog.models:
        questions.extend(_name_points(catalog, model))
    questions.extend(_example_questions(catalog))
    return questions


def _bullets(items: list[str]) -> str:
    return "\n".join(f"• {item}" for item in items)


def _name_two(field_name: str) -> str:
    if field_name == "advantages":
        return translate("StudyQuestions", "Name two advantages of {model}.")
    return translate("StudyQuestions", "Name two disadvantages of {model}.")


def _name_points(catalog: Catalog, model: OutsourcingModel) -> list[StudyQuestion]:
    mentions = SourceMentions(catalog)
    explanation = first_sentence(model.definition.text)
    questions = []
    for field_name in ("advantages", "disadvantages"):
        claims: list[Claim] = [
            claim
            for claim in getattr(model, field_name)
            if not claim.opinion and not mentions(claim.text)
        ]
        if len(claims) >= 2:
            questions.append(
                StudyQuestion(
                    item_id=f"points/{model.id}/{field_name}",
                    kind=QuestionKind.NAME_POINTS,
                    question=_name_two(field_name).format(model=model.short_name),
                    answer=_bullets([claim.text for claim in claims]),
                    explanation=explanation,
                    references=numbers_of_ids(catalog, cited_source_ids(claims)),
                )
            )
    if len(model.examples) >= 2:
        questions.append(
            StudyQuestion(
                item_id=f"points/{model.id}/examples",
                kind=QuestionKind.NAME_POINTS,
                question=translate("StudyQuestions", "Name two examples of {model} work.").format(
                    model=model.short_name
                ),
                answer=_bullets(list(model.examples)),
                explanation=explanation,
                references=numbers_of(catalog, model.definition),
            )
        )
    return questions


def _work_words(catalog: Catalog, model_id: str) -> set[str]:
    """The words of a model's examples and its service types' names and examples."""
    texts = list(catalog.model_by_id(model_id).examples)
    for service in catalog.service_types:
        if service.model == model_id:
            texts.extend([service.name, *service.examples])
    return {stem for text in texts for stem in content_stems(text)} - COMMON_WORK_WORDS


def _example_questions(catalog: Catalog) -> list[StudyQuestion]:
    names = model_name_stems(catalog.models)
    related = related_models(catalog)
    work_words = {model.id: _work_words(catalog, model.id) for model in catalog.models}
    questions = []
    for model in catalog.models:
        for example in model.examples:
            if names_a_model(example, names):
                continue
            example_words = content_stems(example) - COMMON_WORK_WORDS
            offered = [
                other
                for other in catalog.models
                if other is model
                or (other.id not in related[model.id] and not example_words & work_words[other.id])
            ]
            stem = translate(
                "StudyQuestions", "Which model is this work typical of? “{example}”"
            ).format(example=example)
            options = tuple(other.short_name for other in offered)
            wrong = [option for option in options if option != model.short_name]
            if not wrong or gives_away(stem, model.short_name, wrong):
                continue
            questions.append(
                StudyQuestion(
                    item_id=f"example/{model.id}/{slug(example)}",
                    kind=QuestionKind.MODEL_FOR_EXAMPLE,
                    question=stem,
                    answer=model.short_name,
                    explanation=first_sentence(model.definition.text),
                    references=numbers_of(catalog, model.definition),
                    options=options,
                    ordered_options=True,
                )
            )
    return questions
