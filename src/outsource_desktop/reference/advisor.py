"""The Advisor's reasoning: which way of getting a piece of work done fits a business, and why.

Everything it knows comes from the content file's `advisor` block (see
content/advisor_model.py); nothing here names a content id. The rule is plain
addition, so the reader can follow it:

* Each question has one answer at a time (its default until the reader or a
  picked piece of work changes it).
* An answer gives each option it bears on -3 to +3 points, with a reason.
  The options are the content's models plus keeping the work in-house.
* An option's score is the sum of its points; options rank by score, ties in
  the content's order of models, in-house last.
* The answers that *decided* the ranking are those that put the best option
  furthest ahead of the runner-up; when fewer than two did, those that most set
  it apart from all the others follow (at most three, with their reasons).

The advice as a document, to show and print, is documents/advice.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from outsource_desktop.content.advisor_model import (
    IN_HOUSE,
    Advisor,
    AdvisorAnswer,
    AdvisorQuestion,
    AdvisorTip,
    Effect,
    TipKind,
    WorkItem,
)
from outsource_desktop.content.models import Catalog, ServiceType
from outsource_desktop.i18n import translate

MAX_DECIDING_ANSWERS = 3

Answers = Mapping[str, str]  # question id -> answer id


@dataclass(frozen=True)
class Push:
    """One answer's effect on one option."""

    question: AdvisorQuestion
    answer: AdvisorAnswer
    effect: Effect


@dataclass(frozen=True)
class RankedOption:
    option_id: str
    score: int
    pushes: tuple[Push, ...]  # every non-zero effect of the answers on this option

    def points_from(self, question_id: str) -> int:
        return sum(push.effect.points for push in self.pushes if push.question.id == question_id)

    @property
    def answers_for(self) -> int:
        return sum(push.effect.points > 0 for push in self.pushes)

    @property
    def answers_against(self) -> int:
        return sum(push.effect.points < 0 for push in self.pushes)


@dataclass(frozen=True)
class DecidingAnswer:
    """An answer that decided the ranking, with the reason that explains it."""

    push: Push
    margin: int  # points it put between the best option and the runner-up (0: it set
    # the best option apart from the rest, not from the runner-up)


def option_ids(catalog: Catalog) -> tuple[str, ...]:
    return (*(model.id for model in catalog.models), IN_HOUSE)


def option_name(catalog: Catalog, option_id: str) -> str:
    if option_id == IN_HOUSE:
        return translate("Advisor", "Keep it in-house")
    return catalog.model_by_id(option_id).short_name


def default_answers(advisor: Advisor) -> dict[str, str]:
    return {question.id: question.default_answer.id for question in advisor.questions}


def answers_for_work(advisor: Advisor, item: WorkItem | None) -> dict[str, str]:
    """The default answers, with those the piece of work implies put in."""
    answers = default_answers(advisor)
    if item is not None:
        answers.update(item.answers)
    return answers


def work_item(advisor: Advisor, item_id: str) -> WorkItem:
    for item in advisor.work_items:
        if item.id == item_id:
            return item
    raise ValueError(f"no piece of work '{item_id}'")


def services_of(catalog: Catalog, item: WorkItem | None) -> list[ServiceType]:
    """The types of service the piece of work is, as the sources file them."""
    if item is None:
        return []
    by_id = {service.id: service for service in catalog.service_types}
    return [by_id[service_id] for service_id in item.service_types]


def chosen_answers(
    advisor: Advisor, answers: Answers
) -> list[tuple[AdvisorQuestion, AdvisorAnswer]]:
    """Each question with its answer: the one given, else the default. Unknown ids raise."""
    unknown = set(answers) - {question.id for question in advisor.questions}
    if unknown:
        raise ValueError(f"unknown advisor questions: {', '.join(sorted(unknown))}")
    return [
        (question, question.answer(answers[question.id]))
        if question.id in answers
        else (question, question.default_answer)
        for question in advisor.questions
    ]


def changed_answers(advisor: Advisor, item: WorkItem, answers: Answers) -> int:
    """How many answers differ from those the piece of work sets."""
    typical = answers_for_work(advisor, item)
    return sum(
        answers.get(question, typical[question]) != typical[question] for question in typical
    )


def rank_options(catalog: Catalog, advisor: Advisor, answers: Answers) -> list[RankedOption]:
    """Every option with its score and the answers that moved it, best first."""
    pushes: dict[str, list[Push]] = {option: [] for option in option_ids(catalog)}
    for question, answer in chosen_answers(advisor, answers):
        for effect in answer.effects:
            if effect.points and effect.option in pushes:
                pushes[effect.option].append(Push(question, answer, effect))
    ranked = [
        RankedOption(option, sum(push.effect.points for push in found), tuple(found))
        for option, found in pushes.items()
    ]
    # Ties keep the content's model order, then in-house (pushes was built in that order).
    position = {option: number for number, option in enumerate(pushes)}
    return sorted(ranked, key=lambda option: (-option.score, position[option.option_id]))


def best_options(ranked: Sequence[RankedOption]) -> list[str]:
    """The options level at the top, or none when nothing has moved any option yet."""
    if not any(option.pushes for option in ranked):
        return []
    return [option.option_id for option in ranked if option.score == ranked[0].score]


def deciding_answers(ranked: Sequence[RankedOption]) -> list[DecidingAnswer]:
    """The (at most three) answers that decided the ranking.

    First those that put the best option ahead of the runner-up, largest margin
    first. When fewer than two did, the answers that most set the best option
    apart from all the others follow (never one that favoured the runner-up).
    """
    if len(ranked) < 2 or ranked[0].score == ranked[1].score:
        return []
    best, runner_up, *_ = ranked
    others = ranked[1:]
    questions = list(dict.fromkeys(push.question.id for option in ranked for push in option.pushes))
    ahead: list[tuple[int, int, int, Push]] = []
    apart: list[tuple[float, int, Push]] = []
    for position, question_id in enumerate(questions):
        for_best = best.points_from(question_id)
        margin = for_best - runner_up.points_from(question_id)
        if margin > 0:
            # The best option's own reason explains it when it gained; else the runner-up's loss.
            source = best if for_best > 0 else runner_up
            push = next(push for push in source.pushes if push.question.id == question_id)
            ahead.append((-margin, -for_best, position, push))
        elif margin == 0 and for_best > 0:
            push = next(push for push in best.pushes if push.question.id == question_id)
            spread = for_best - sum(o.points_from(question_id) for o in others) / len(others)
            apart.append((-spread, position, push))
    ahead.sort(key=lambda item: item[:3])
    apart.sort(key=lambda item: item[:2])
    deciding = [DecidingAnswer(push, -margin) for margin, _, _, push in ahead]
    deciding += [DecidingAnswer(push, 0) for _, _, push in apart][: max(0, 2 - len(deciding))]
    return deciding[:MAX_DECIDING_ANSWERS]


def applicable_tips(
    advisor: Advisor, answers: Answers, best: Iterable[str], kind: TipKind
) -> list[AdvisorTip]:
    """Tips of `kind` whose conditions hold for these answers and best options."""
    given = {question.id: answer.id for question, answer in chosen_answers(advisor, answers)}
    best_set = set(best)
    return [
        tip
        for tip in advisor.tips
        if tip.kind == kind
        and (not tip.when_best or best_set & set(tip.when_best))
        and all(given.get(question) in allowed for question, allowed in tip.when_answers.items())
    ]
