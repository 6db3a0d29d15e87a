"""The Advisor's answer as a document: the ranking, the answers, and the claims behind each push.

The scoring itself is `reference.advisor`; this only lays it out for the tab and for printing.
"""

from __future__ import annotations

from collections.abc import Mapping

from outsource_desktop.content.models import Catalog, Claim
from outsource_desktop.documents.document import (
    Block,
    BulletList,
    Document,
    Heading,
    Paragraph,
    Table,
)
from outsource_desktop.documents.pages import claim_paragraph, references_for
from outsource_desktop.reference.advisor import (
    DEFAULT_WEIGHT,
    FACTORS,
    NEUTRAL_ANSWER,
    Contribution,
    RankedOption,
    advisor_options,
    option_name,
    rank_options,
    resolve_evidence,
)
from outsource_desktop.reference.queries import cited_source_ids


def _signed(points: float) -> str:
    return f"{points:+.1f}"


def _contribution_block(catalog: Catalog, contribution: Contribution) -> list[Block]:
    factor = contribution.factor
    towards = "towards" if contribution.points > 0 else "away from"
    lead = f"{factor.question} {_signed(contribution.points)}:"
    text = (
        f"you answered “{factor.answers[contribution.answer]}” "
        f"(weight {contribution.weight}), which pushes {towards} this option."
    )
    evidence = []
    for item in contribution.direction.evidence:
        resolved = resolve_evidence(catalog, item)
        if resolved.claim is None:
            continue
        note = "; ".join(filter(None, [item.content_id, resolved.note]))
        evidence.append(
            claim_paragraph(catalog, resolved.claim, lead=f"{resolved.label}:", note=note)
        )
    if not evidence:
        evidence.append(Paragraph("This content holds none of the claims behind this push."))
    return [Paragraph(text, lead=lead), BulletList(tuple(evidence))]


def _evidence_claims(catalog: Catalog, ranked: list[RankedOption]) -> list[Claim]:
    claims = []
    for option in ranked:
        for contribution in option.contributions:
            for item in contribution.direction.evidence:
                claim = resolve_evidence(catalog, item).claim
                if claim is not None:
                    claims.append(claim)
    return claims


def advice_document(
    catalog: Catalog, answers: Mapping[str, int], weights: Mapping[str, int] | None = None
) -> Document:
    """The ranking with its reasons, as shown in the Advisor tab and printed."""
    ranked = rank_options(answers, weights, advisor_options(catalog))
    answer_rows = tuple(
        (
            factor.question,
            factor.answers[answers.get(factor.id, NEUTRAL_ANSWER)],
            str((weights or {}).get(factor.id, DEFAULT_WEIGHT)),
        )
        for factor in FACTORS
    )
    blocks: list[Block] = [
        Heading("Ranking"),
        Table(
            headers=("Rank", "Option", "Score"),
            rows=tuple(
                (str(place), option_name(catalog, option.option_id), _signed(option.score))
                for place, option in enumerate(ranked, start=1)
            ),
        ),
        Paragraph(
            "Each answer is centred (the middle answer counts 0), multiplied by its weight "
            "and by how strongly the articles link that factor to the option; "
            "the score is the sum.",
            lead="How the score works:",
        ),
    ]
    caveat = next((item for item in catalog.guidance if item.id == "best-option-depends"), None)
    if caveat is not None:
        blocks.append(claim_paragraph(catalog, caveat.claim, lead="Keep in mind:"))
    blocks.append(Heading("Your answers"))
    blocks.append(Table(headers=("Question", "Answer", "Weight"), rows=answer_rows))
    blocks.append(Heading("Why each option scored as it did"))
    for place, option in enumerate(ranked, start=1):
        blocks.append(
            Heading(
                f"{place}. {option_name(catalog, option.option_id)} ({_signed(option.score)})",
                level=3,
            )
        )
        if not option.contributions:
            blocks.append(Paragraph("None of your answers moved this option either way."))
        for contribution in option.contributions:
            blocks.extend(_contribution_block(catalog, contribution))
    claims = _evidence_claims(catalog, ranked)
    if caveat is not None:
        claims.append(caveat.claim)
    if len(ranked) > 1 and ranked[0].score > ranked[1].score:
        verdict = f"Best fit: {option_name(catalog, ranked[0].option_id)}."
    else:
        verdict = "No single best fit yet: answer more questions or change the weights."
    return Document(
        title="What to outsource, and to whom",
        subtitle=f"{verdict} A guide built from the articles' claims, not professional advice.",
        blocks=tuple(blocks),
        references=references_for(catalog, cited_source_ids(claims)),
    )
