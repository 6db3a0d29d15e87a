"""What is wrong with a content file, in plain words: each problem with its JSON path.

Every failure to read or validate content surfaces as one `ContentError` that
lists each problem with the file and the JSON path, so the GUI and the command
line show the same messages and never a traceback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from pathlib import Path

# More problems than this are summarised: a wholly wrong file would otherwise
# bury the first, most useful lines.
MAX_REPORTED_PROBLEMS = 50
# Names and values quoted in a problem line are cut to this many characters, so
# a hostile 10,000-character key cannot swamp the report.
MAX_QUOTED_CHARS = 60


class Problem(NamedTuple):
    # A named tuple, not a frozen dataclass: the window's start imports this module
    # (to report content errors), and a dataclass costs several times more to define.
    location: str  # a JSON path, or "" for the file as a whole
    message: str

    def line(self, file_name: str) -> str:
        return ": ".join(filter(None, (file_name, self.location, self.message)))


class ContentError(Exception):
    """A content file that cannot be used, with the problems found in it.

    The check stops collecting once it has found more problems than a report
    shows (MAX_REPORTED_PROBLEMS), so more than that many means "and more".
    """

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(self.summary())

    def lines(self) -> list[str]:
        """One line per problem: file, JSON path, what is wrong."""
        name = printable(str(self.path), limit=None)
        shown = self.problems[:MAX_REPORTED_PROBLEMS]
        lines = [problem.line(name) for problem in shown]
        if len(self.problems) > len(shown):
            lines.append(
                f"{name}: ... and more problems: the check stopped after the first {len(shown)}"
            )
        return lines

    def summary(self) -> str:
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        name = printable(str(self.path), limit=None)
        counted = f"{count} {noun}"
        if count > MAX_REPORTED_PROBLEMS:
            counted = f"more than {MAX_REPORTED_PROBLEMS} problems"
        return f"{name} is not a valid content file ({counted})."


def printable(text: str, limit: int | None = MAX_QUOTED_CHARS) -> str:
    """`text` with invisible and layout-changing characters written as escapes.

    Problem lines go to terminals and dialogs; a newline, an escape sequence or
    a right-to-left override inside a file name or key could otherwise forge
    lines or reorder what the reader sees.
    """
    import unicodedata  # its table is a 1 MB library: loaded only when a problem is told

    if limit is not None and len(text) > limit:
        text = text[:limit] + "…"
    return "".join(
        f"\\u{ord(char):04x}" if unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"} else char
        for char in text
    )


def json_path(location: tuple[int | str, ...]) -> str:
    """Turn pydantic's location tuple into a path such as `aspects[3].claims.kpo`."""
    path = ""
    for part in location:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            key = printable(part)
            path += f".{key}" if path else key
    return path or "(top level)"
