"""What every content class is built from: its base class and the field types pydantic checks.

The content classes live in several modules (models, salary, advisor_model,
career_tracks); each builds on this one alone, so none of them imports another
in a circle.
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar

from outsource_desktop.content.frozen_record import FrozenRecord


class Limits:
    """`Annotated` marker: the bounds pydantic checks when validating a field.

    Keys are pydantic-core's own (`min_length`, `max_length`, `pattern`, `ge`,
    `le`), added to the field's core schema, so the errors and the JSON Schema
    are pydantic's usual ones. The app's start never imports pydantic, so this
    stands in for `annotated_types` and `Field`, which would.
    """

    __slots__ = ("bounds",)

    def __init__(self, **bounds: object) -> None:
        self.bounds = bounds

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        schema = handler(source)
        schema.update(self.bounds)
        return schema


class Described:
    """`Annotated` marker: a field's description in the JSON Schema."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: Any) -> Any:
        schema = handler(core_schema)
        schema["description"] = self.text
        return schema


class ExactInteger:
    """`Annotated` marker: a whole number written as one, never true or 2.0.

    Even strict pydantic lets a `Literal[2]` take true and 2.0; a field that
    says which format a file is in must say it plainly. (Text and the rest are
    left to the `Literal`, which names the values it takes.)
    """

    __slots__ = ()

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import PydanticKnownError, core_schema

        def whole_number(value: Any) -> Any:
            if isinstance(value, bool | float):
                raise PydanticKnownError("int_type")
            return value

        return core_schema.no_info_before_validator_function(whole_number, handler(source))


class IsoDate:
    """`Annotated` marker: a date written as text, YYYY-MM-DD, and nothing else; the
    field holds that text once pydantic has checked it is a real date.

    Kept as text, not as a `datetime.date`, because the catalog cache would then name
    `datetime`, and the window's start would import that module (~2 ms, most of it
    the pure-Python classes `_datetime` then replaces) for dates only the Sources
    list shows; `Source.published` reads one back as a date.

    The report of a bad file's problems hands content to pydantic as Python data
    (content/validation.py), where strict mode would take only `date` objects; so
    the text is parsed leniently, but only text is taken: never a number of seconds.
    """

    __slots__ = ()

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        import re

        from pydantic_core import PydanticKnownError, core_schema

        iso_date = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

        def text_only(value: Any) -> Any:
            # Only YYYY-MM-DD: pydantic's lenient parsing would also take a number of
            # seconds or a date and time, written as text.
            if type(value) is not str or not iso_date.fullmatch(value):
                raise PydanticKnownError("date_type")
            return value

        # Validated as a date (its errors and JSON Schema are a date's), kept as text.
        as_date = core_schema.date_schema(strict=False)
        return core_schema.no_info_before_validator_function(
            text_only,
            core_schema.no_info_after_validator_function(lambda day: day.isoformat(), as_date),
        )


# Text a reader sees holds no control characters (NUL, ESC, a carriage return
# that forges a line) and no line or paragraph separators, and is more than
# blank space: text of spaces counts as empty. Long text may hold the ordinary
# tab and newline. (content/validation.py words these for the reader.)
_FORBIDDEN_SHORT = r"\x00-\x1f\x7f-\x9f\u2028\u2029"
_FORBIDDEN_LONG = r"\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029"
SHORT_TEXT_PATTERN = rf"^[^{_FORBIDDEN_SHORT}]*[^\s{_FORBIDDEN_SHORT}][^{_FORBIDDEN_SHORT}]*$"
LONG_TEXT_PATTERN = rf"^[^{_FORBIDDEN_LONG}]*[^\s{_FORBIDDEN_LONG}][^{_FORBIDDEN_LONG}]*$"
TEXT_PATTERNS = frozenset({SHORT_TEXT_PATTERN, LONG_TEXT_PATTERN})

Id = Annotated[str, Limits(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=64)]
Text = Annotated[str, Limits(min_length=1, max_length=20_000, pattern=LONG_TEXT_PATTERN)]
ShortText = Annotated[str, Limits(min_length=1, max_length=500, pattern=SHORT_TEXT_PATTERN)]
NonEmpty = Limits(min_length=1)
# Where a statement may rest on general practice rather than an article.
Sources = Annotated[
    list[Id],
    Described("Sources that support this; leave empty for general practice, which the app says."),
]

# Pydantic's settings for every content class: a misspelt field is an error,
# not silently dropped; NaN or Infinity is no number a reader can use; and types
# are strict, so "5" is not a rank, "yes" not true and "2020" not a year.
CONTENT_CONFIG = {"extra": "forbid", "allow_inf_nan": False, "strict": True}


class ContentModel(FrozenRecord):
    """Base of all content classes; each is a `@frozen_record`: a frozen, slotted,
    keyword-only record, described to dataclasses for pydantic (content/frozen_record.py)."""

    __slots__ = ()
    __pydantic_config__: ClassVar[dict[str, object]] = CONTENT_CONFIG
