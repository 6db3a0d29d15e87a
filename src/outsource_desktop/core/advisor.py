"""The Advisor: which way of getting a piece of work done fits a business, and why.

Everything it knows comes from the content file's `advisor` block (see
core/advisor_model.py); nothing here names a content id. The rule is plain
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

A content file without the block still gets an Advisor: pick a service type
and it says which model the articles file it under, and that it can weigh
nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from outsource_desktop.core.advisor_model import (
    IN_HOUSE,
    Advisor,
    AdvisorAnswer,
    AdvisorQuestion,
    AdvisorTip,
    Effect,
    TipKind,
    WorkItem,
)
from outsource_desktop.core.document import Block, BulletList, Document, Heading, Paragraph, Table
from outsource_desktop.core.models import Catalog, ServiceType
from outsource_desktop.core.pages import (
    claim_paragraph,
    references_for,
    sourced_paragraph,
)

MAX_DECIDING_ANSWERS = 3
# How far behind the best option an option may be and still be called close.
CLOSE_BEHIND = 2
DISCLAIMER = (
    "A guide built from the articles and general practice, not professional advice: "
    "the right choice also turns on the provider, the price and your market."
)

Answers = Mapping[str, str]  # question id -> answer id

# Headings of the next steps, in the order a buyer takes them.
NEXT_STEP_HEADINGS: dict[TipKind, str] = {
    "pricing": "Pricing models to ask for",
    "vendor-question": "Questions to ask a provider",
    "pilot": "Start with a pilot",
    "keep-in-house": "What to keep in-house",
}


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
        return "Keep it in-house"
    return catalog.model_by_id(option_id).short_name


def option_in_words(catalog: Catalog, option_id: str) -> str:
    """The option as a sentence names it: 'BPO (Business Process Outsourcing)'."""
    if option_id == IN_HOUSE:
        return "keeping the work in-house"
    model = catalog.model_by_id(option_id)
    return f"{model.short_name} ({model.full_name})"


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
    order = option_ids(catalog)
    return sorted(ranked, key=lambda option: (-option.score, order.index(option.option_id)))


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


def fit_in_words(ranked: Sequence[RankedOption], option: RankedOption) -> str:
    top = ranked[0].score
    level = sum(other.score == top for other in ranked)
    if not any(item.pushes for item in ranked):
        return "Not weighed yet"
    if option.score == top:
        return "Best fit" if level == 1 else "Level at the top"
    if option.score < 0:
        return "Poor fit"
    if top - option.score <= CLOSE_BEHIND:
        return "Close behind"
    return "Weaker fit"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _answer_lead(push: Push) -> str:
    return f"{push.question.label}: {push.answer.label}."


def verdict(catalog: Catalog, ranked: Sequence[RankedOption]) -> str:
    """The advice in one sentence."""
    best = best_options(ranked)
    if not best:
        return "Pick the work or answer the questions to see which option fits."
    if len(best) > 1:
        names = " and ".join(option_name(catalog, option) for option in best)
        return f"No single best fit: {names} are level on these answers."
    return (
        f"Best fit: {option_in_words(catalog, best[0])}, "
        f"ahead of {option_in_words(catalog, ranked[1].option_id)}."
    )


def _why_blocks(catalog: Catalog, ranked: Sequence[RankedOption]) -> list[Block]:
    deciding = deciding_answers(ranked)
    if not deciding:
        return []
    lead = f"Why {option_name(catalog, ranked[0].option_id)}: the answers that decided it"
    items = []
    for decided in deciding:
        effect = decided.push.effect
        against = (
            "" if effect.points > 0 else f"Counts against {option_name(catalog, effect.option)}: "
        )
        items.append(
            sourced_paragraph(
                catalog, against + effect.reason, effect.sources, _answer_lead(decided.push)
            )
        )
    return [Heading(lead, level=3), BulletList(tuple(items))]


def _ranking_table(catalog: Catalog, ranked: Sequence[RankedOption]) -> Table:
    return Table(
        headers=("Rank", "Option", "Fit", "Answers for it", "Answers against it"),
        rows=tuple(
            (
                str(place),
                option_name(catalog, option.option_id),
                fit_in_words(ranked, option),
                str(option.answers_for),
                str(option.answers_against),
            )
            for place, option in enumerate(ranked, start=1)
        ),
    )


def _tip_blocks(
    catalog: Catalog, advisor: Advisor, answers: Answers, best: Sequence[str]
) -> tuple[list[Block], list[str]]:
    """'What to watch for' and 'Next steps', with the sources they cite."""
    blocks: list[Block] = []
    cited: list[str] = []
    watch_outs = applicable_tips(advisor, answers, best, "watch-out")
    if watch_outs:
        blocks.append(Heading("What to watch for"))
        blocks.append(
            BulletList(
                tuple(sourced_paragraph(catalog, tip.text, tip.sources) for tip in watch_outs)
            )
        )
        cited += [source for tip in watch_outs for source in tip.sources]
    steps = {kind: applicable_tips(advisor, answers, best, kind) for kind in NEXT_STEP_HEADINGS}
    if any(steps.values()):
        blocks.append(Heading("Next steps"))
        for kind, heading in NEXT_STEP_HEADINGS.items():
            if not steps[kind]:
                continue
            blocks.append(Heading(heading, level=3))
            blocks.append(
                BulletList(
                    tuple(sourced_paragraph(catalog, tip.text, tip.sources) for tip in steps[kind])
                )
            )
            cited += [source for tip in steps[kind] for source in tip.sources]
    return blocks, cited


def _filed_under(catalog: Catalog, services: Sequence[ServiceType]) -> list[Block]:
    if not services:
        return []
    items = tuple(
        Paragraph(
            f"filed under {option_in_words(catalog, service.model)}.", lead=f"{service.name}:"
        )
        for service in services
    )
    return [Heading("Where the articles file this work"), BulletList(items)]


def _services_of(catalog: Catalog, item: WorkItem | None) -> list[ServiceType]:
    if item is None:
        return []
    by_id = {service.id: service for service in catalog.service_types}
    return [by_id[service_id] for service_id in item.service_types]


def _direction(points: int) -> str:
    word = "for" if points > 0 else "against"
    return f"Strongly {word}" if abs(points) >= 2 else word.capitalize()


def _reasons_by_option(catalog: Catalog, ranked: Sequence[RankedOption]) -> list[Block]:
    blocks: list[Block] = [Heading("Every answer, option by option")]
    for option in ranked:
        blocks.append(
            Heading(
                f"{option_name(catalog, option.option_id)}: "
                f"{_count(option.answers_for, 'answer')} for, {option.answers_against} against",
                level=3,
            )
        )
        if not option.pushes:
            blocks.append(Paragraph("None of the answers bears on this option."))
            continue
        items = tuple(
            sourced_paragraph(
                catalog,
                push.effect.reason,
                push.effect.sources,
                f"{_direction(push.effect.points)} — {_answer_lead(push)}",
            )
            for push in option.pushes
        )
        blocks.append(BulletList(items))
    return blocks


def changed_answers(advisor: Advisor, item: WorkItem, answers: Answers) -> int:
    """How many answers differ from those the piece of work sets."""
    typical = answers_for_work(advisor, item)
    return sum(
        answers.get(question, typical[question]) != typical[question] for question in typical
    )


def advice_document(
    catalog: Catalog, advisor: Advisor, answers: Answers, item: WorkItem | None = None
) -> Document:
    """The advice shown in the Advisor tab and printed: verdict, reasons, watch-outs, next steps."""
    ranked = rank_options(catalog, advisor, answers)
    best = best_options(ranked)
    blocks: list[Block] = [Heading("Which option fits best")]
    if item is not None:
        changed = changed_answers(advisor, item, answers)
        started = f"Starting from the typical answers for {item.name}"
        blocks.append(
            Paragraph(
                f"{started}; you changed {_count(changed, 'answer')}."
                if changed
                else f"{started}; change any answer that is different for you."
            )
        )
    blocks.extend(_why_blocks(catalog, ranked))
    blocks.append(Heading("How the options rank", level=3))
    blocks.append(_ranking_table(catalog, ranked))
    tip_blocks, cited = _tip_blocks(catalog, advisor, answers, best)
    blocks.extend(tip_blocks)
    blocks.extend(_filed_under(catalog, _services_of(catalog, item)))
    blocks.append(Heading("Your answers"))
    blocks.append(
        Table(
            headers=("Question", "Your answer"),
            rows=tuple(
                (question.question, answer.label)
                for question, answer in chosen_answers(advisor, answers)
            ),
        )
    )
    blocks.extend(_reasons_by_option(catalog, ranked))
    blocks.append(
        Paragraph(
            "Each answer counts for or against each option, once to three times as strongly, "
            f"for the reason shown; the option with the most support ranks first. {DISCLAIMER}",
            lead="How this advice is worked out:",
        )
    )
    cited += [
        source for option in ranked for push in option.pushes for source in push.effect.sources
    ]
    return Document(
        title=f"Outsourcing advice: {item.name}" if item else "Outsourcing advice",
        subtitle=verdict(catalog, ranked),
        blocks=tuple(blocks),
        references=references_for(catalog, cited),
    )


def plain_advice_document(catalog: Catalog, service: ServiceType | None) -> Document:
    """The Advisor for content without an advisor block: where the articles file the work."""
    lacking = (
        "This content file has no advisor questions, so the Advisor cannot weigh your "
        "situation; it can only say where the articles file a piece of work."
    )
    blocks: list[Block] = [Paragraph(lacking)]
    claims = []
    if service is None:
        blocks.append(Paragraph("Pick a type of work to see where the articles file it."))
    else:
        blocks.extend(_filed_under(catalog, [service]))
        blocks.append(claim_paragraph(catalog, service.description))
        claims.append(service.description)
    return Document(
        title=f"Outsourcing advice: {service.name}" if service else "Outsourcing advice",
        subtitle=DISCLAIMER,
        blocks=tuple(blocks),
        references=references_for(catalog, [s for claim in claims for s in claim.sources]),
    )
