"""Work done a step at a time: a generator yields the fraction done and returns its result.

The window runs an export's steps from its event loop, with progress and Cancel
(gui/export_job.py); the command line and tests run them straight through.
Closing the generator before its end stops the work between two steps.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import TypeVar

Result = TypeVar("Result")
Steps = Generator[float, None, Result]


def scaled(steps: Steps[Result], start: float, span: float) -> Steps[Result]:
    """`steps` with each fraction done mapped into start .. start + span."""
    while True:
        try:
            fraction = next(steps)
        except StopIteration as finished:
            result: Result = finished.value
            return result
        yield start + span * fraction


def run_to_end(steps: Steps[Result]) -> Result:
    """Run a generator of steps to its end; its result."""
    while True:
        try:
            next(steps)
        except StopIteration as finished:
            result: Result = finished.value
            return result
