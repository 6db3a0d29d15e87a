"""Citation markers read as numbers in order, with long runs shortened."""

from __future__ import annotations

from outsource_desktop.documents.citations import reference_marks


def test_markers_are_sorted_and_runs_of_three_become_ranges() -> None:
    assert reference_marks([5, 2, 1]) == "[1][2][5]"
    assert reference_marks([4, 1, 2, 3, 5]) == "[1–5]"
    assert reference_marks([1, 2, 4, 5, 6, 9]) == "[1][2][4–6][9]"
    assert reference_marks([3, 3]) == "[3]"
    assert reference_marks([]) == ""
