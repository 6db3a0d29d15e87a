"""The Advisor's advice as a document: the verdict, why, the ranking, watch-outs and next steps.

The reasoning itself is `reference.advisor`; this only lays it out for the tab
and for printing. A content file without an advisor block still gets advice:
pick a service type and it says which model the sources file it under, and
that it can weigh nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence

from outsource_desktop.content.advisor_model import IN_HOUSE, Advisor, TipKind, WorkItem
from outsource_desktop.content.models import Catalog, ServiceType
from outsource_desktop.documents.bidi import isolated
from outsource_desktop.documents.document import (
    Block,
    BulletList,
    Document,
    Heading,
    Paragraph,
    Table,
)
from outsource_desktop.documents.pages import claim_paragraph, references_for, sourced_paragraph
from outsource_desktop.i18n import translate
from outsource_desktop.reference.advisor import (
    Answers,
    Push,
    RankedOption,
    applicable_tips,
    best_options,
    changed_answers,
    chosen_answers,
    deciding_answers,
    option_name,
    rank_options,
    services_of,
)

# How far behind the best option an option may be and still be called close.
CLOSE_BEHIND = 2


def disclaimer() -> str:
    return translate(
        "Advice",
        "A guide built from the sources and general practice, not professional advice: "
        "the right choice also turns on the provider, the price and your market.",
    )


def next_step_headings() -> dict[TipKind, str]:
    """Headings of the next steps, in the order a buyer takes them."""
    return {
        "pricing": translate("Advice", "Pricing models to ask for"),
        "vendor-question": translate("Advice", "Questions to ask a provider"),
        "pilot": translate("Advice", "Start with a pilot"),
        "keep-in-house": translate("Advice", "What to keep in-house"),
    }


def fit_in_words(ranked: Sequence[RankedOption], option: RankedOption) -> str:
    top = ranked[0].score
    level = sum(other.score == top for other in ranked)
    if not any(item.pushes for item in ranked):
        return translate("Advice", "Not weighed yet")
    if option.score == top:
        return (
            translate("Advice", "Best fit")
            if level == 1
            else translate("Advice", "Level at the top")
        )
    if option.score < 0:
        return translate("Advice", "Poor fit")
    if top - option.score <= CLOSE_BEHIND:
        return translate("Advice", "Close behind")
    return translate("Advice", "Weaker fit")


def advice_title(work: str | None) -> str:
    if work is None:
        return translate("Advice", "Outsourcing advice")
    return translate("Advice", "Outsourcing advice: {work}").format(work=isolated(work))


def _named(catalog: Catalog, option_id: str) -> str:
    """The option's short name, isolated: it is put together with other text."""
    return isolated(option_name(catalog, option_id))


def option_in_words(catalog: Catalog, option_id: str) -> str:
    """The option as a sentence names it: 'BPO (Business Process Outsourcing)'."""
    if option_id == IN_HOUSE:
        return translate("Advice", "keeping the work in-house")
    model = catalog.model_by_id(option_id)
    return f"{isolated(model.short_name)} ({isolated(model.full_name)})"


def _answers(number: int) -> str:
    if number == 1:
        return translate("Advice", "1 answer")
    return translate("Advice", "{count} answers").format(count=number)


def _answer_lead(push: Push) -> str:
    return f"{isolated(push.question.label)}: {isolated(push.answer.label)}."


def verdict(catalog: Catalog, ranked: Sequence[RankedOption]) -> str:
    """The advice in one sentence."""
    best = best_options(ranked)
    if not best:
        return translate(
            "Advice", "Pick the work or answer the questions to see which option fits."
        )
    if len(best) > 1:
        names = translate("Advice", " and ").join(_named(catalog, option) for option in best)
        return translate(
            "Advice", "No single best fit: {options} are level on these answers."
        ).format(options=names)
    return translate("Advice", "Best fit: {best}, ahead of {next}.").format(
        best=option_in_words(catalog, best[0]),
        next=option_in_words(catalog, ranked[1].option_id),
    )


def _why_blocks(catalog: Catalog, ranked: Sequence[RankedOption]) -> list[Block]:
    deciding = deciding_answers(ranked)
    if not deciding:
        return []
    lead = translate("Advice", "Why {option}: the answers that decided it").format(
        option=_named(catalog, ranked[0].option_id)
    )
    items = []
    for decided in deciding:
        effect = decided.push.effect
        against = (
            ""
            if effect.points > 0
            else translate("Advice", "Counts against {option}: ").format(
                option=_named(catalog, effect.option)
            )
        )
        items.append(
            sourced_paragraph(
                catalog,
                against + isolated(effect.reason),
                effect.sources,
                _answer_lead(decided.push),
            )
        )
    return [Heading(lead, level=3), BulletList(tuple(items))]


def _ranking_table(catalog: Catalog, ranked: Sequence[RankedOption]) -> Table:
    # Until an answer counts, the order is only the content's: no option is placed yet.
    weighed = any(option.pushes for option in ranked)
    return Table(
        headers=(
            translate("Advice", "Rank"),
            translate("Advice", "Option"),
            translate("Advice", "Fit"),
            translate("Advice", "Answers for it"),
            translate("Advice", "Answers against it"),
        ),
        rows=tuple(
            (
                str(place) if weighed else "—",
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
        blocks.append(Heading(translate("Advice", "What to watch for")))
        blocks.append(
            BulletList(
                tuple(sourced_paragraph(catalog, tip.text, tip.sources) for tip in watch_outs)
            )
        )
        cited += [source for tip in watch_outs for source in tip.sources]
    headings = next_step_headings()
    steps = {kind: applicable_tips(advisor, answers, best, kind) for kind in headings}
    if any(steps.values()):
        blocks.append(Heading(translate("Advice", "Next steps")))
        for kind, heading in headings.items():
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
            translate("Advice", "filed under {option}.").format(
                option=option_in_words(catalog, service.model)
            ),
            lead=f"{isolated(service.name)}:",
        )
        for service in services
    )
    return [Heading(translate("Advice", "Where the sources file this work")), BulletList(items)]


def _direction(points: int) -> str:
    if points > 0:
        return translate("Advice", "Strongly for") if points >= 2 else translate("Advice", "For")
    return (
        translate("Advice", "Strongly against") if points <= -2 else translate("Advice", "Against")
    )


def _reasons_by_option(catalog: Catalog, ranked: Sequence[RankedOption]) -> list[Block]:
    blocks: list[Block] = [Heading(translate("Advice", "Every answer, option by option"))]
    for option in ranked:
        blocks.append(
            Heading(
                translate("Advice", "{option}: {answers} for, {against} against").format(
                    option=_named(catalog, option.option_id),
                    answers=_answers(option.answers_for),
                    against=option.answers_against,
                ),
                level=3,
            )
        )
        if not option.pushes:
            blocks.append(
                Paragraph(translate("Advice", "None of the answers bears on this option."))
            )
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


def advice_document(
    catalog: Catalog, advisor: Advisor, answers: Answers, item: WorkItem | None = None
) -> Document:
    """The advice shown in the Advisor tab and printed: verdict, reasons, watch-outs, next steps."""
    ranked = rank_options(catalog, advisor, answers)
    best = best_options(ranked)
    blocks: list[Block] = [Heading(translate("Advice", "Which option fits best"))]
    if item is not None:
        changed = changed_answers(advisor, item, answers)
        work = isolated(item.name)
        blocks.append(
            Paragraph(
                translate(
                    "Advice", "Starting from the typical answers for {work}; you changed {answers}."
                ).format(work=work, answers=_answers(changed))
                if changed
                else translate(
                    "Advice",
                    "Starting from the typical answers for {work}; "
                    "change any answer that is different for you.",
                ).format(work=work)
            )
        )
    blocks.extend(_why_blocks(catalog, ranked))
    blocks.append(Heading(translate("Advice", "How the options rank"), level=3))
    blocks.append(_ranking_table(catalog, ranked))
    tip_blocks, cited = _tip_blocks(catalog, advisor, answers, best)
    blocks.extend(tip_blocks)
    blocks.extend(_filed_under(catalog, services_of(catalog, item)))
    blocks.append(Heading(translate("Advice", "Your answers")))
    blocks.append(
        Table(
            headers=(translate("Advice", "Question"), translate("Advice", "Your answer")),
            rows=tuple(
                (question.question, answer.label)
                for question, answer in chosen_answers(advisor, answers)
            ),
        )
    )
    blocks.extend(_reasons_by_option(catalog, ranked))
    blocks.append(
        Paragraph(
            translate(
                "Advice",
                "Each answer counts for or against each option, once to three times as strongly, "
                "for the reason shown; the option with the most support ranks first.",
            )
            + f" {disclaimer()}",
            lead=translate("Advice", "How this advice is worked out:"),
        )
    )
    cited += [
        source for option in ranked for push in option.pushes for source in push.effect.sources
    ]
    return Document(
        title=advice_title(item.name if item else None),
        subtitle=verdict(catalog, ranked),
        blocks=tuple(blocks),
        references=references_for(catalog, cited),
    )


def plain_advice_document(catalog: Catalog, service: ServiceType | None) -> Document:
    """The Advisor for content without an advisor block: where the sources file the work."""
    lacking = translate(
        "Advice",
        "This content file has no advisor questions, so the Advisor cannot weigh your "
        "situation; it can only say where the sources file a piece of work.",
    )
    blocks: list[Block] = [Paragraph(lacking)]
    claims = []
    if service is None:
        blocks.append(
            Paragraph(translate("Advice", "Pick a type of work to see where the sources file it."))
        )
    else:
        blocks.extend(_filed_under(catalog, [service]))
        blocks.append(claim_paragraph(catalog, service.description))
        claims.append(service.description)
    return Document(
        title=advice_title(service.name if service else None),
        subtitle=disclaimer(),
        blocks=tuple(blocks),
        references=references_for(catalog, [s for claim in claims for s in claim.sources]),
    )
