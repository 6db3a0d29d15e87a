"""Citation markers: source numbers as the reader sees them, [1][3] or [1–5]."""

from __future__ import annotations

from collections.abc import Iterable

# Runs of at least this many consecutive sources are written as one range.
RANGE_FROM = 3


def reference_marks(numbers: Iterable[int]) -> str:
    """`numbers` in ascending order, each as [n]; a run such as 1, 2, 3, 4 as [1–4]."""
    ordered = sorted(set(numbers))
    marks: list[str] = []
    start = 0
    while start < len(ordered):
        end = start
        while end + 1 < len(ordered) and ordered[end + 1] == ordered[end] + 1:
            end += 1
        if end - start + 1 >= RANGE_FROM:
            marks.append(f"[{ordered[start]}–{ordered[end]}]")
        else:
            marks.extend(f"[{number}]" for number in ordered[start : end + 1])
        start = end + 1
    return "".join(marks)
