"""Hindi in the PDFs Qt writes, made to read back as the Hindi it shows.

Qt draws shaped text glyph by glyph and tells readers what each glyph says with
a ToUnicode map built from the font's character map (qpdf.cpp; the code that
would write each cluster's ActualText is `#if 0`). Shaped Devanagari defeats
that twice. Conjuncts, half forms and the reph are glyphs no character maps to,
so they read back as nothing: "प्रक्रिया" came back from pdftotext as "या". And a
short-i vowel sign is drawn before its consonant, so "कि" reads back as "िक".
The page looks right; search, copy and screen readers get broken words.

So after Qt has written the PDF, each Devanagari word it drew is given its text
twice over, without moving a glyph:

- its glyphs are re-coded (new codes drawing the same glyphs through a
  CIDToGIDMap) so that, read in drawing order, their ToUnicode entries spell
  the word: readers that follow the glyphs, such as pypdf, get it right;
- the word is wrapped in an ActualText span, which readers that honour it,
  such as poppler's pdftotext and the viewers built on it, use instead.

A word is known by its glyphs: every Devanagari word of the document's text is
shaped by Qt with the same font, and the PDF's glyphs (a subset of the font,
renumbered) are matched to the font's by their outlines. A run of glyphs that
matches no word (a word broken over two lines) keeps Qt's own codes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QRawFont, QTextLayout

from outsource_desktop.content.assets import resource_path
from outsource_desktop.documents.typefaces import DEVANAGARI_FAMILY
from outsource_desktop.export.pdf_objects import (
    PdfFile,
    dictionary,
    reference,
    stream_data,
    stream_object,
)

# The fonts whose glyphs get a text layer: (name in the PDF, bundled file, bold).
DEVANAGARI_FONTS = (
    (b"NotoSansDevanagari-Regular", "fonts/NotoSansDevanagari-Regular.ttf", False),
    (b"NotoSansDevanagari-Bold", "fonts/NotoSansDevanagari-Bold.ttf", True),
)
# A Hindi word: letters, vowel signs and other marks, digits, joiners (as in
# reference/matching.py); not dandas or the abbreviation sign.
_WORD = re.compile("[\u0900-\u0963\u0966-\u096f\u0971-\u097f\ua8e0-\ua8ff\u200c\u200d]+")
_GLYPH_LINE = re.compile(rb"(\S+ \S+ Td) <([0-9A-Fa-f]{4})> Tj")
_FONT_LINE = re.compile(rb"/(F\d+) \S+ Tf")
# Outlines are compared at this size (the font's units per em). Qt re-encodes a
# subset's outlines (at 2048 units, through its own curves), which moves a point
# by up to about 15 units; a glyph is the one of the same elements nearest to it,
# if it is this near, and of the same advance.
_OUTLINE_SIZE = 1000.0
_OUTLINE_TOLERANCE = 40.0
_ADVANCE_TOLERANCE = 1.5

Outline = tuple[tuple[int, ...], tuple[float, ...], float]  # element kinds, coordinates, advance


def readable_hindi(pdf: bytes, texts: Iterable[str]) -> bytes:
    """`pdf`, written by Qt, with every Devanagari word of `texts` it draws reading back as
    itself; `pdf` unchanged when it has no Devanagari font."""
    if not any(name in pdf for name, _file, _bold in DEVANAGARI_FONTS):
        return pdf
    words = sorted({word for text in texts for word in _WORD.findall(text)})
    document = PdfFile.parse(pdf)
    recoders = {
        font.resource_name: font
        for font in (_font_recoder(document, number, words) for number in list(document.objects))
        if font is not None
    }
    if not recoders:
        return pdf
    for number in list(document.objects):
        contents = reference(document.objects[number], b"Contents")
        if b"/Type /Page\n" in dictionary(document.objects[number]) and contents is not None:
            content = stream_data(document.objects[contents])
            document.objects[contents] = stream_object(_recoded_content(content, recoders))
    for font in recoders.values():
        font.write_into(document)
    return document.to_bytes()


@dataclass
class _FontRecoder:
    """One Devanagari font of the PDF: its words by glyphs, and the codes given out so far."""

    resource_name: bytes  # as the content streams name it, e.g. b"F14"
    cid_font: int  # the CIDFontType2 object
    to_unicode: int  # its ToUnicode CMap stream object
    widths: list[int]  # each code's width, as /W gives them
    words: dict[tuple[int, ...], str]  # Qt's codes for a word's glyphs -> the word
    separators: frozenset[int]  # codes of spaces, punctuation, Latin digits: between words
    new_codes: dict[tuple[int, str], int] = field(default_factory=dict)  # (glyph, text) -> code

    def code(self, glyph: int, text: str) -> int:
        """A code that draws `glyph` (Qt's code for it) and reads back as `text`."""
        return self.new_codes.setdefault((glyph, text), len(self.widths) + len(self.new_codes))

    def write_into(self, document: PdfFile) -> None:
        if not self.new_codes:
            return
        first_new = len(self.widths)
        by_code = sorted((code, glyph, text) for (glyph, text), code in self.new_codes.items())
        glyph_of_code = [*range(first_new), *(glyph for _code, glyph, _text in by_code)]
        mapping = document.add(
            stream_object(b"".join(glyph.to_bytes(2, "big") for glyph in glyph_of_code))
        )
        font = document.objects[self.cid_font]
        widths = b"/W [0 [%b] %d [%b]]" % (
            b" ".join(b"%d" % width for width in self.widths),
            first_new,
            b" ".join(b"%d" % self.widths[glyph] for _code, glyph, _text in by_code),
        )
        font = re.sub(rb"/W\s*\[.*\]", lambda _match: widths, font, count=1, flags=re.DOTALL)
        document.objects[self.cid_font] = font.replace(
            b"/CIDToGIDMap /Identity", b"/CIDToGIDMap %d 0 R" % mapping
        )
        entries = [b"<%04X> <%b>" % (code, _utf16(text)) for code, _glyph, text in by_code]
        chunks = [entries[start : start + 100] for start in range(0, len(entries), 100)]
        added = b"".join(
            b"%d beginbfchar\n%b\nendbfchar\n" % (len(chunk), b"\n".join(chunk)) for chunk in chunks
        )
        cmap = stream_data(document.objects[self.to_unicode]).replace(
            b"endcmap", added + b"endcmap", 1
        )
        document.objects[self.to_unicode] = stream_object(cmap)


def _font_recoder(document: PdfFile, number: int, words: list[str]) -> _FontRecoder | None:
    body = document.objects[number]
    head = dictionary(body)
    if b"/Subtype /Type0" not in head:
        return None
    bundled = next((font for font in DEVANAGARI_FONTS if b"/BaseFont /" + font[0] in head), None)
    cid_font = _first_descendant(head)
    to_unicode = reference(body, b"ToUnicode")
    if bundled is None or cid_font is None or to_unicode is None:
        return None
    cid_head = dictionary(document.objects[cid_font])
    descriptor = reference(cid_head, b"FontDescriptor")
    program = reference(document.objects[descriptor], b"FontFile2") if descriptor else None
    if b"/CIDToGIDMap /Identity" not in cid_head or program is None:
        return None  # not laid out as Qt lays it out: leave it be
    subset = QRawFont(QByteArray(stream_data(document.objects[program])), _OUTLINE_SIZE, _HINTING)
    widths = _widths(cid_head)
    texts = _unicode_map(stream_data(document.objects[to_unicode]))
    _name, file, bold = bundled
    shaped = {word: _shaped_glyphs(word, bold) for word in words}
    needed = {glyph for glyphs in shaped.values() for glyph in glyphs}
    subset_codes = _subset_codes(subset, len(widths), file, needed)
    known: dict[tuple[int, ...], str] = {}
    for word, glyphs in shaped.items():
        codes = tuple(subset_codes.get(glyph, -1) for glyph in glyphs)
        if glyphs and -1 not in codes:
            known.setdefault(codes, word)
    separators = frozenset(
        code for code, text in texts.items() if text and not _WORD.fullmatch(text)
    )
    # Qt names a font resource after its object: "/F14" is object 14.
    return _FontRecoder(b"F%d" % number, cid_font, to_unicode, widths, known, separators)


def _first_descendant(head: bytes) -> int | None:
    found = re.search(rb"/DescendantFonts\s*\[\s*(\d+) 0 R", head)
    return int(found.group(1)) if found else None


def _widths(cid_head: bytes) -> list[int]:
    """Each code's width from Qt's /W [0 [w0 w1 ...]], the one form it writes."""
    found = re.search(rb"/W\s*\[\s*0\s*\[([^\]]*)\]\s*\]", cid_head)
    return [round(float(width)) for width in found.group(1).split()] if found else []


def _unicode_map(cmap: bytes) -> dict[int, str]:
    """Code -> text from a ToUnicode CMap's bfchar and bfrange sections."""
    texts: dict[int, str] = {}
    for section in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.DOTALL):
        for code, text in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", section):
            texts[int(code, 16)] = _text(text)
    for section in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.DOTALL):
        for first, last, target in re.findall(
            rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])", section
        ):
            start, end = int(first, 16), int(last, 16)
            if target.startswith(b"["):
                for offset, text in enumerate(re.findall(rb"<([0-9A-Fa-f]*)>", target)):
                    texts[start + offset] = _text(text)
            else:
                base = int(target[1:-1], 16)
                texts.update({code: chr(base + code - start) for code in range(start, end + 1)})
    return texts


def _text(utf16_hex: bytes) -> str:
    return bytes.fromhex(utf16_hex.decode()).decode("utf-16-be", errors="replace")


def _utf16(text: str) -> bytes:
    return text.encode("utf-16-be").hex().upper().encode()


_HINTING = QFont.HintingPreference.PreferNoHinting


@cache
def _bundled_font(file: str) -> QRawFont:
    return QRawFont(str(resource_path(file)), _OUTLINE_SIZE, _HINTING)


def _outline(font: QRawFont, glyph: int) -> Outline:
    path = font.pathForGlyph(glyph)
    elements = [path.elementAt(index) for index in range(path.elementCount())]
    coordinates = tuple(value for element in elements for value in (element.x, element.y))
    advance = font.advancesForGlyphIndexes([glyph])[0].x()
    return tuple(int(element.type.value) for element in elements), coordinates, advance


@cache
def _font_outline(file: str, glyph: int) -> Outline:
    return _outline(_bundled_font(file), glyph)


def _subset_codes(subset: QRawFont, count: int, file: str, needed: set[int]) -> dict[int, int]:
    """Qt's code for each `needed` glyph of the bundled font that the PDF's subset holds.

    Qt renumbers a subset's glyphs in the order it first drew them; each is found
    again by its outline, which the subset keeps within rounding.
    """
    by_kinds: dict[tuple[int, ...], list[tuple[int, Outline]]] = {}
    for code in range(1, count):  # code 0 is the missing-glyph box
        outline = _outline(subset, code)
        by_kinds.setdefault(outline[0], []).append((code, outline))
    codes: dict[int, int] = {}
    for glyph in sorted(needed):
        outline = _font_outline(file, glyph)
        candidates = [
            (_distance(outline, candidate), code)
            for code, candidate in by_kinds.get(outline[0], ())
            if abs(outline[2] - candidate[2]) <= _ADVANCE_TOLERANCE
        ]
        best = min(candidates, default=None)
        if best is not None and best[0] <= _OUTLINE_TOLERANCE:
            codes[glyph] = best[1]
    return codes


def _distance(one: Outline, other: Outline) -> float:
    """How far apart two outlines of the same kinds of element are, at their farthest point."""
    return max((abs(a - b) for a, b in zip(one[1], other[1], strict=True)), default=0.0)


@cache
def _shaped_glyphs(word: str, bold: bool) -> tuple[int, ...]:
    """The bundled font's glyphs for `word`, in the order Qt draws them."""
    font = QFont()
    font.setFamilies([DEVANAGARI_FAMILY])
    font.setBold(bold)
    font.setPixelSize(round(_OUTLINE_SIZE))
    layout = QTextLayout(word, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return tuple(glyph for run in layout.glyphRuns() for glyph in run.glyphIndexes())


def _recoded_content(content: bytes, fonts: dict[bytes, _FontRecoder]) -> bytes:
    """A page's content stream with each known word in a Devanagari font re-coded."""
    lines = content.split(b"\n")
    output: list[bytes] = []
    font: _FontRecoder | None = None
    run: list[tuple[bytes, int]] = []  # the text object's glyphs so far: (positioning, code)
    for line in lines:
        glyph = _GLYPH_LINE.fullmatch(line)
        if glyph and font is not None:
            run.append((glyph.group(1), int(glyph.group(2), 16)))
            continue
        if run and font is not None:
            output.extend(_recoded_run(run, font))
            run = []
        selected = _FONT_LINE.match(line)
        if selected:
            font = fonts.get(selected.group(1))
        elif line == b"ET":
            font = None
        output.append(line)
    return b"\n".join(output)


def _recoded_run(run: list[tuple[bytes, int]], font: _FontRecoder) -> Iterator[bytes]:
    """The glyphs of one text object, each known word re-coded and spanned with its text."""
    for word_glyphs in _split_at(run, font.separators):
        codes = tuple(code for _position, code in word_glyphs)
        word = font.words.get(codes)
        if word is None:  # a separator, or a word broken over two lines
            yield from (b"%b <%04X> Tj" % (position, code) for position, code in word_glyphs)
            continue
        yield b"/Span << /ActualText <FEFF%b> >> BDC" % _utf16(word)
        for (position, code), text in zip(word_glyphs, _shares(word, len(codes)), strict=True):
            yield b"%b <%04X> Tj" % (position, font.code(code, text))
        yield b"EMC"


def _split_at(
    run: list[tuple[bytes, int]], separators: frozenset[int]
) -> Iterator[list[tuple[bytes, int]]]:
    """The run's words and, each on its own, the separators between them."""
    word: list[tuple[bytes, int]] = []
    for glyph in run:
        if glyph[1] in separators:
            if word:
                yield word
                word = []
            yield [glyph]
        else:
            word.append(glyph)
    if word:
        yield word


def _shares(word: str, glyph_count: int) -> list[str]:
    """`word` cut into one piece per glyph, in order: a character each, the rest on the last.

    (A word of fewer characters than glyphs leaves the last glyphs with none.)
    """
    pieces = [word[index : index + 1] for index in range(glyph_count - 1)]
    return [*pieces, word[glyph_count - 1 :]]
