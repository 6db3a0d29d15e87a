"""The PDF files Qt writes, as numbered objects: read, change a few, write again.

Only for QPdfWriter's own output, whose layout is simple and fixed: one
cross-reference table, every object "N 0 obj ... endobj", no object streams,
streams either plain or FlateDecode. export/pdf_text.py uses it to give Hindi a
text layer that reads back; nothing else changes a PDF after Qt has written it.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field

_OBJECT_START = re.compile(rb"(\d+) 0 obj\r?\n")
_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])")


class PdfFormatError(ValueError):
    """The bytes are not a PDF laid out as QPdfWriter lays them out."""


@dataclass
class PdfFile:
    header: bytes
    # Each object's body: what lies between "N 0 obj\n" and "endobj".
    objects: dict[int, bytes]
    trailer: bytes  # the trailer dictionary, "<< ... >>"
    order: list[int] = field(default_factory=list)  # as written, then added ones

    @classmethod
    def parse(cls, data: bytes) -> PdfFile:
        try:
            xref_at = int(data[data.rindex(b"startxref") + len(b"startxref") :].split()[0])
            trailer_at = data.index(b"trailer", xref_at)
        except (ValueError, IndexError):
            raise PdfFormatError("no cross-reference table") from None
        offsets = sorted(
            int(offset)
            for offset, _generation, kind in _XREF_ENTRY.findall(data[xref_at:trailer_at])
            if kind == b"n"
        )
        if not offsets:
            raise PdfFormatError("no objects")
        objects: dict[int, bytes] = {}
        order: list[int] = []
        for offset, end in zip(offsets, [*offsets[1:], xref_at], strict=True):
            start = _OBJECT_START.match(data, offset)
            body_end = data.rfind(b"endobj", offset, end)
            if start is None or body_end < 0:
                raise PdfFormatError(f"no object at byte {offset}")
            number = int(start.group(1))
            objects[number] = data[start.end() : body_end]
            order.append(number)
        trailer = data[trailer_at + len(b"trailer") : data.rindex(b"startxref")].strip()
        return cls(data[: offsets[0]], objects, trailer, order)

    def add(self, body: bytes) -> int:
        number = max(self.objects) + 1
        self.objects[number] = body
        self.order.append(number)
        return number

    def to_bytes(self) -> bytes:
        parts = [self.header]
        offsets: dict[int, int] = {}
        position = len(self.header)
        for number in self.order:
            chunk = b"%d 0 obj\n%bendobj\n" % (number, self.objects[number])
            offsets[number] = position
            position += len(chunk)
            parts.append(chunk)
        size = max(self.objects) + 1
        entries = [b"0000000000 65535 f \n"] + [
            b"%010d 00000 n \n" % offsets[number] if number in offsets else b"0000000000 65535 f \n"
            for number in range(1, size)
        ]
        trailer = re.sub(rb"/Size \d+", b"/Size %d" % size, self.trailer)
        parts += [b"xref\n0 %d\n" % size, *entries]
        parts.append(b"trailer\n%b\nstartxref\n%d\n%%%%EOF\n" % (trailer, position))
        return b"".join(parts)


def dictionary(body: bytes) -> bytes:
    """An object's dictionary: its body up to any stream."""
    return body.split(b"stream", 1)[0]


def reference(body: bytes, key: bytes) -> int | None:
    """The object number `key` refers to in `body`'s dictionary ("/Key N 0 R")."""
    found = re.search(rb"/" + key + rb"\s+(\d+) 0 R", dictionary(body))
    return int(found.group(1)) if found else None


def stream_data(body: bytes) -> bytes:
    """A stream object's data, decompressed where Qt compressed it."""
    head, _, rest = body.partition(b"stream")
    rest = rest[2:] if rest.startswith(b"\r\n") else rest[1:]  # the line end after "stream"
    data = rest[: rest.rindex(b"endstream")].removesuffix(b"\n")
    return zlib.decompress(data) if b"/FlateDecode" in head else data


def stream_object(data: bytes) -> bytes:
    """The body of a new stream object holding `data`, compressed."""
    packed = zlib.compress(data)
    return b"<<\n/Length %d\n/Filter /FlateDecode\n>>\nstream\n%b\nendstream\n" % (
        len(packed),
        packed,
    )
