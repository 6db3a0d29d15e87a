"""The content file's `career_tracks` block: career ladders and next steps for the career guide.

The block is optional: without it roles are matched by qualification alone.
`career_track_problems` checks that every id the tracks name exists, with a
JSON path for each problem.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Literal

from outsource_desktop.content.base import (
    ContentModel,
    Described,
    Id,
    NonEmpty,
    ShortText,
    Sources,
    Text,
)
from outsource_desktop.content.cross_references import (
    Finding,
    duplicate_ids,
    duplicates,
    unknown,
    unknown_sources,
)
from outsource_desktop.content.frozen_record import field, frozen_record
from outsource_desktop.content.salary import SalaryBand, salary_band_problems

Fit = Literal["core", "related"]


@frozen_record
class TrackQualification(ContentModel):
    """How well a qualification suits a track: what it is built for, or a related route in."""

    qualification: Id
    fit: Fit


@frozen_record
class Rung(ContentModel):
    """One step of a career ladder, lowest first, with its pay where a source gives it."""

    title: ShortText
    text: ShortText
    roles: Annotated[list[Id], Described("Roles of the content at this step.")] = field(
        default_factory=list
    )
    sources: Sources = field(default_factory=list)
    salary_bands: list[SalaryBand] = field(default_factory=list)


@frozen_record
class TrackStep(ContentModel):
    """A next step on a track for readers with one of `qualifications` (empty: anyone)."""

    qualifications: list[Id] = field(default_factory=list)
    text: Text
    sources: Sources = field(default_factory=list)


@frozen_record
class CareerTrack(ContentModel):
    id: Id
    name: ShortText
    model: Id
    roles: Annotated[list[Id], NonEmpty]
    qualifications: list[TrackQualification] = field(default_factory=list)
    ladder: list[Rung] = field(default_factory=list)
    next_steps: list[TrackStep] = field(default_factory=list)


def _rung_problems(
    path: str, rung: Rung, *, sources: set[str], roles: set[str]
) -> Iterator[Finding]:
    for role_index, role_id in enumerate(rung.roles):
        yield from unknown(f"{path}.roles[{role_index}]", "role", role_id, roles)
    yield from unknown_sources(path, rung.sources, sources)
    for band_index, band in enumerate(rung.salary_bands):
        yield from salary_band_problems(f"{path}.salary_bands[{band_index}]", band, sources)


def career_track_problems(
    tracks: list[CareerTrack],
    *,
    models: set[str],
    sources: set[str],
    roles: set[str],
    qualifications: set[str],
) -> Iterator[Finding]:
    """(JSON path, plain words) for every id the career tracks name that does not exist."""
    yield from duplicate_ids("career_tracks", (track.id for track in tracks))
    for index, track in enumerate(tracks):
        path = f"career_tracks[{index}]"
        yield from unknown(f"{path}.model", "model", track.model, models)
        for role_index, role_id in enumerate(track.roles):
            yield from unknown(f"{path}.roles[{role_index}]", "role", role_id, roles)
        for duplicate in duplicates(item.qualification for item in track.qualifications):
            yield f"{path}.qualifications", f"the qualification '{duplicate}' is listed twice"
        for item_index, item in enumerate(track.qualifications):
            item_path = f"{path}.qualifications[{item_index}].qualification"
            yield from unknown(item_path, "qualification", item.qualification, qualifications)
        for rung_index, rung in enumerate(track.ladder):
            yield from _rung_problems(
                f"{path}.ladder[{rung_index}]", rung, sources=sources, roles=roles
            )
        for step_index, step in enumerate(track.next_steps):
            step_path = f"{path}.next_steps[{step_index}]"
            for item_index, qualification in enumerate(step.qualifications):
                yield from unknown(
                    f"{step_path}.qualifications[{item_index}]",
                    "qualification",
                    qualification,
                    qualifications,
                )
            yield from unknown_sources(step_path, step.sources, sources)
