"""Pay ranges: a role's, a sector's, or a career ladder rung's, each from a source."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Literal

from outsource_desktop.content.base import ContentModel, Described, Id, Limits, ShortText
from outsource_desktop.content.cross_references import Finding, unknown
from outsource_desktop.content.frozen_record import frozen_record

SalaryLevel = Literal["entry", "mid", "senior"]
Salary = Annotated[float, Limits(ge=0)]


@frozen_record
class SalaryBand(ContentModel):
    """A pay range; `salary_band_problems` checks it has a bound and is in order."""

    level: SalaryLevel
    minimum: Salary | None = None
    maximum: Salary | None = None
    currency: Annotated[str, Limits(pattern=r"^[A-Z]{3}$")]
    unit: Annotated[ShortText, Described("For example 'lakh per year'.")]
    year: Annotated[
        Annotated[int, Limits(ge=1990, le=2100)] | None,
        Described("None when the article gives no year."),
    ] = None
    source: Id
    scope: Annotated[
        Literal["role", "sector"],
        Described("'sector': a band for the whole sector, not this role; shown as such."),
    ] = "role"
    note: ShortText | None = None


def salary_band_problems(path: str, band: SalaryBand, sources: set[str]) -> Iterator[Finding]:
    """What is wrong with the band at `path`: an unknown source, no bound, bounds reversed."""
    yield from unknown(f"{path}.source", "source", band.source, sources)
    if band.minimum is None and band.maximum is None:
        yield path, "a salary band needs a minimum, a maximum or both"
    elif band.minimum is not None and band.maximum is not None and band.minimum > band.maximum:
        yield path, "the minimum salary is above the maximum"
