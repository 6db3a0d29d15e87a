"""What every content class is built from: its base class and the field types pydantic checks.

The content classes live in several modules (models, salary, advisor_model,
career_tracks); each builds on this one alone, so none of them imports another
in a circle.
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar


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


Id = Annotated[str, Limits(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=64)]
Text = Annotated[str, Limits(min_length=1, max_length=20_000)]
ShortText = Annotated[str, Limits(min_length=1, max_length=500)]
NonEmpty = Limits(min_length=1)
# Where a statement may rest on general practice rather than an article.
Sources = Annotated[
    list[Id],
    Described("Sources that support this; leave empty for general practice, which the app says."),
]

# Pydantic's settings for every content class: a misspelt field is an error,
# not silently dropped, and NaN or Infinity is no number a reader can use.
CONTENT_CONFIG = {"extra": "forbid", "allow_inf_nan": False}


class ContentModel:
    """Base of all content classes; each is a frozen, keyword-only dataclass."""

    __slots__ = ()
    __pydantic_config__: ClassVar[dict[str, object]] = CONTENT_CONFIG
