"""A `Diagram` as SVG markup, for HTML exports (browsers draw it; no image file is needed).

Every text goes through `html.escape`, as in render_html: content is never markup.
"""

from __future__ import annotations

import math

from outsource_desktop.documents.diagram import (
    LINE_HEIGHT,
    SMALL_SIZE,
    TITLE_SIZE,
    Diagram,
    Label,
    Link,
)
from outsource_desktop.documents.escaping import escape

ARROW_LENGTH = 9.0
ARROW_HALF_WIDTH = 4.5
FONT = "DejaVu Sans, Noto Sans Devanagari, Verdana, sans-serif"  # Hindi needs Noto


def arrowhead(link: Link) -> tuple[tuple[float, float], ...]:
    """The three corners of the arrowhead at the end of `link` (shared with the Qt painter)."""
    (x1, y1), (x2, y2) = link.start, link.end
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    base_x, base_y = x2 - ux * ARROW_LENGTH, y2 - uy * ARROW_LENGTH
    return (
        (x2, y2),
        (base_x - uy * ARROW_HALF_WIDTH, base_y + ux * ARROW_HALF_WIDTH),
        (base_x + uy * ARROW_HALF_WIDTH, base_y - ux * ARROW_HALF_WIDTH),
    )


def _label(label: Label, colour: str) -> str:
    anchor, x = {
        "centre": ("middle", label.left + label.width / 2),
        "left": ("start", label.left),
        "right": ("end", label.left + label.width),
    }[label.align]
    return "".join(
        f'<text x="{x:.1f}" y="{label.top + LINE_HEIGHT * (number + 1) - 2:.1f}" '
        f'font-size="{SMALL_SIZE}" text-anchor="{anchor}" fill="{colour}">{escape(line)}</text>'
        for number, line in enumerate(label.lines)
    )


def render_svg(diagram: Diagram, *, text: str = "#000000", fill: str = "#f2f2f2") -> str:
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{diagram.width:.0f}" '
        f'height="{diagram.height:.0f}" viewBox="0 0 {diagram.width:.0f} {diagram.height:.0f}" '
        f'font-family="{FONT}" role="img" aria-label="{escape(diagram.description)}">'
    ]
    for box in diagram.boxes:
        parts.append(
            f'<rect x="{box.left:.1f}" y="{box.top:.1f}" width="{box.width:.1f}" '
            f'height="{box.height:.1f}" rx="6" fill="{fill}" stroke="{text}"/>'
            f'<text x="{box.centre_x:.1f}" y="{box.top + 21:.1f}" font-size="{TITLE_SIZE}" '
            f'font-weight="bold" text-anchor="middle" fill="{text}">{escape(box.title)}</text>'
            f'<text x="{box.centre_x:.1f}" y="{box.top + 38:.1f}" font-size="{SMALL_SIZE}" '
            f'text-anchor="middle" fill="{text}">{escape(box.subtitle)}</text>'
        )
    for link in diagram.links:
        (x1, y1), (x2, y2) = link.start, link.end
        dash = ' stroke-dasharray="6 4"' if link.disputed else ""
        corners = " ".join(f"{x:.1f},{y:.1f}" for x, y in arrowhead(link))
        parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke="{text}" stroke-width="1.5"{dash}/>'
            f'<polygon points="{corners}" fill="{text}"/>'
        )
        parts.append(_label(link.label, text))
    first_line = diagram.height - LINE_HEIGHT * (len(diagram.legend) - 1) - 6
    parts.extend(
        f'<text x="{diagram.width / 2:.1f}" y="{first_line + LINE_HEIGHT * number:.1f}" '
        f'font-size="{SMALL_SIZE}" text-anchor="middle" fill="{text}">{escape(line)}</text>'
        for number, line in enumerate(diagram.legend)
    )
    parts.append("</svg>")
    return "".join(parts)
