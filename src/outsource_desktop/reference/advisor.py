"""The decision advisor: which of BPO, KPO, LPO or keeping the work in-house fits a task.

How the score works (pure, no Qt, no state):

* Each of the `FACTORS` is a question about the work, answered on a 0-4 scale
  (2 is the neutral middle) and given a weight from 0 (ignore) to 3 (decisive).
* The answer is centred to -1 .. +1, so a middle answer pushes nowhere.
* Each factor has a *direction* per option, from -3 (the articles point away
  from this option when the answer is high) to +3 (they point towards it).
* An option's contribution from a factor is ``weight * centred answer * direction``;
  its score is the sum over factors. Options are ranked by score, ties in the
  fixed order of `OPTION_IDS` (the order the articles present the models).

So a weight multiplies a factor's say: doubling it doubles every contribution of
that factor, and 0 removes the factor. A low answer pushes the opposite way to a
high one (a low budget favours what high investment disfavours).

Every non-zero direction is backed by content the reader can check: an
`Evidence` names an aspect claim (``aspects/<id>/<model>``, where LPO without a
claim of its own inherits KPO's, as in the Comparison tab) or a guidance point
(``guidance/<id>``). Where the articles say nothing, the direction is 0 rather
than invented; that is why data sensitivity does not push towards in-house work
(the articles never discuss it) while the need for control and in-house capacity
do (Ahmed presents outsourcing agencies as the alternative to building in-house
staff). Legal and compliance work is its own question, apart from data
sensitivity, so the reason LPO ranks where it does is always visible on its own line.

Another content file may lack some of these models, aspects or guidance points:
only the options whose model it has are ranked (with in-house work), and
evidence it does not hold is left out, saying so where a push has none left.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from outsource_desktop.content.models import Catalog, Claim
from outsource_desktop.reference.queries import resolve_cell

IN_HOUSE = "in-house"
OPTION_IDS: tuple[str, ...] = ("bpo", "kpo", "lpo", IN_HOUSE)
SCALE_MAX = 4
NEUTRAL_ANSWER = 2
WEIGHT_MAX = 3
DEFAULT_WEIGHT = 1


@dataclass(frozen=True)
class Evidence:
    """A content item that justifies a direction: an aspect's claim or a guidance point."""

    kind: Literal["aspect", "guidance"]
    id: str
    model: str = ""  # for aspects: whose claim

    @property
    def content_id(self) -> str:
        if self.kind == "aspect":
            return f"aspects/{self.id}/{self.model}"
        return f"guidance/{self.id}"


def _aspect(aspect_id: str, model_id: str) -> Evidence:
    return Evidence("aspect", aspect_id, model_id)


def _guidance(guidance_id: str) -> Evidence:
    return Evidence("guidance", guidance_id)


@dataclass(frozen=True)
class Direction:
    """How strongly a high answer pushes towards (+) or away from (-) one option, and why."""

    strength: int
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Factor:
    id: str
    question: str
    answers: tuple[str, str, str, str, str]  # what 0..4 mean, in the reader's words
    directions: Mapping[str, Direction]  # option id -> direction; missing means 0


FACTORS: tuple[Factor, ...] = (
    Factor(
        "core",
        "How core is the work to your business?",
        (
            "Peripheral",
            "Mostly peripheral",
            "Partly core",
            "Mostly core",
            "Central to the business",
        ),
        {
            # BPO takes the non-central activities; KPO the core information work.
            "bpo": Direction(-2, (_aspect("definition", "bpo"),)),
            "kpo": Direction(1, (_aspect("definition", "kpo"), _aspect("nature-of-work", "kpo"))),
            "lpo": Direction(1, (_aspect("definition", "lpo"),)),
            # Outsourcing is sold as a way to concentrate on core responsibilities.
            IN_HOUSE: Direction(1, (_guidance("shared-benefits"),)),
        },
    ),
    Factor(
        "expertise",
        "How much specialist expertise does it need?",
        ("None", "A little", "Some", "A lot", "Deep specialist expertise"),
        {
            "bpo": Direction(
                -2, (_aspect("skills-required", "bpo"), _aspect("expertise-level", "bpo"))
            ),
            "kpo": Direction(
                2, (_aspect("skills-required", "kpo"), _aspect("expertise-level", "kpo"))
            ),
            "lpo": Direction(2, (_aspect("expertise-level", "lpo"),)),
            # Expertise a firm lacks is the main reason given for buying KPO.
            IN_HOUSE: Direction(-1, (_guidance("expertise-not-in-house"),)),
        },
    ),
    Factor(
        "volume",
        "How high-volume and repetitive is it?",
        ("One-off and varied", "Low volume", "Moderate", "High volume", "Very high, repetitive"),
        {
            "bpo": Direction(
                2,
                (_aspect("approach", "bpo"), _aspect("staffing", "bpo"), _guidance("choose-bpo")),
            ),
            "kpo": Direction(-1, (_aspect("approach", "kpo"), _aspect("staffing", "kpo"))),
            "lpo": Direction(-1, (_aspect("approach", "lpo"),)),
        },
    ),
    Factor(
        "budget",
        "How much can you invest?",
        ("Very little", "Little", "A moderate amount", "A lot", "Whatever it takes"),
        {
            "bpo": Direction(-1, (_aspect("investment", "bpo"), _aspect("focus-motive", "bpo"))),
            "kpo": Direction(2, (_aspect("investment", "kpo"), _aspect("cost-and-pay", "kpo"))),
            "lpo": Direction(2, (_aspect("investment", "lpo"),)),
        },
    ),
    Factor(
        "sensitivity",
        "How sensitive or regulated is the data involved?",
        ("Public", "Slightly", "Somewhat", "Sensitive", "Highly sensitive or regulated"),
        {
            # Shared staff serve several clients at once.
            "bpo": Direction(-1, (_aspect("cost-and-pay", "bpo"),)),
            "kpo": Direction(1, (_guidance("paper-trail"),)),
            "lpo": Direction(2, (_aspect("industries", "lpo"),)),
        },
    ),
    Factor(
        "legal",
        "How much of it is legal or compliance work?",
        ("None", "A little", "Some", "Most of it", "All of it"),
        {
            "bpo": Direction(-1, (_aspect("nature-of-work", "bpo"),)),
            "kpo": Direction(1, (_aspect("functions", "kpo"),)),
            "lpo": Direction(
                3,
                (
                    _aspect("nature-of-work", "lpo"),
                    _aspect("functions", "lpo"),
                    _aspect("industries", "lpo"),
                ),
            ),
        },
    ),
    Factor(
        "control",
        "How much day-to-day control do you need over it?",
        ("None", "Little", "Some", "A lot", "Full control"),
        {
            # The provider's own teams manage the work in both models.
            "bpo": Direction(-1, (_aspect("which-to-choose", "bpo"),)),
            "kpo": Direction(-1, (_aspect("which-to-choose", "kpo"),)),
            "lpo": Direction(-1, (_aspect("which-to-choose", "lpo"),)),
            IN_HOUSE: Direction(2, (_guidance("alternative-to-in-house"),)),
        },
    ),
    Factor(
        "duration",
        "How long will the work run?",
        ("A short project", "Months", "About a year", "Several years", "Indefinitely"),
        {
            "bpo": Direction(1, (_aspect("period", "bpo"), _guidance("on-call-or-permanent"))),
            "kpo": Direction(-1, (_aspect("period", "kpo"),)),
            "lpo": Direction(-1, (_aspect("period", "lpo"),)),
        },
    ),
    Factor(
        "capacity",
        "How much capacity do you have in-house (people, skills, time)?",
        ("None", "Little", "Some", "Plenty", "More than enough"),
        {
            "bpo": Direction(-1, (_aspect("staffing", "bpo"),)),
            "kpo": Direction(-1, (_guidance("expertise-not-in-house"),)),
            "lpo": Direction(-1, (_guidance("expertise-not-in-house"),)),
            IN_HOUSE: Direction(
                2, (_guidance("alternative-to-in-house"), _guidance("expertise-not-in-house"))
            ),
        },
    ),
)

FACTOR_IDS: tuple[str, ...] = tuple(factor.id for factor in FACTORS)


@dataclass(frozen=True)
class Contribution:
    factor: Factor
    answer: int
    weight: int
    direction: Direction
    points: float


@dataclass(frozen=True)
class RankedOption:
    option_id: str
    score: float
    contributions: tuple[Contribution, ...]  # only the factors that moved this score


def centred(answer: int) -> float:
    """0..4 mapped to -1..+1, so the neutral middle answer pushes nowhere."""
    return (answer - NEUTRAL_ANSWER) / NEUTRAL_ANSWER


def _checked(value: int, maximum: int, what: str) -> int:
    if not 0 <= value <= maximum:
        raise ValueError(f"{what} must be between 0 and {maximum}, not {value}")
    return value


def advisor_options(catalog: Catalog) -> tuple[str, ...]:
    """The options the advisor can rank for `catalog`: its known models, and in-house."""
    present = {model.id for model in catalog.models}
    return tuple(option for option in OPTION_IDS if option == IN_HOUSE or option in present)


def rank_options(
    answers: Mapping[str, int],
    weights: Mapping[str, int] | None = None,
    options: Sequence[str] = OPTION_IDS,
) -> list[RankedOption]:
    """Score and rank `options`; unanswered factors count as neutral, unweighted as 1."""
    unknown = set(answers) | set(weights or {})
    unknown -= set(FACTOR_IDS)
    if unknown:
        raise ValueError(f"unknown factors: {', '.join(sorted(unknown))}")
    ranked = []
    for option_id in options:
        contributions = []
        for factor in FACTORS:
            answer = _checked(answers.get(factor.id, NEUTRAL_ANSWER), SCALE_MAX, factor.id)
            weight = _checked((weights or {}).get(factor.id, DEFAULT_WEIGHT), WEIGHT_MAX, "weight")
            direction = factor.directions.get(option_id)
            if direction is None:
                continue
            points = weight * centred(answer) * direction.strength
            if points:
                contributions.append(Contribution(factor, answer, weight, direction, points))
        score = sum(item.points for item in contributions)
        ranked.append(RankedOption(option_id, score, tuple(contributions)))
    return sorted(ranked, key=lambda item: (-item.score, OPTION_IDS.index(item.option_id)))


def option_name(catalog: Catalog, option_id: str) -> str:
    if option_id == IN_HOUSE:
        return "Keep it in-house"
    return catalog.model_by_id(option_id).short_name


@dataclass(frozen=True)
class ResolvedEvidence:
    evidence: Evidence
    label: str
    claim: Claim | None
    note: str = ""


def resolve_evidence(catalog: Catalog, evidence: Evidence) -> ResolvedEvidence:
    """The claim behind an `Evidence`, with where it is shown in the app.

    The claim is None when this content does not hold it.
    """
    if evidence.kind == "guidance":
        item = next((item for item in catalog.guidance if item.id == evidence.id), None)
        if item is None:
            return ResolvedEvidence(evidence, evidence.content_id, None)
        return ResolvedEvidence(evidence, f"Buying outsourced work: {item.title}", item.claim)
    aspect = next((item for item in catalog.aspects if item.id == evidence.id), None)
    if aspect is None or evidence.model not in {model.id for model in catalog.models}:
        return ResolvedEvidence(evidence, evidence.content_id, None)
    cell = resolve_cell(catalog, aspect, evidence.model)
    model = catalog.model_by_id(evidence.model).short_name
    note = ""
    if cell.inherited_from:
        note = f"inherited from {catalog.model_by_id(cell.inherited_from).short_name}"
    return ResolvedEvidence(evidence, f"Comparison: {aspect.label} ({model})", cell.claim, note)
