"""A content file's seal: a note, written after validating it, that these exact bytes passed.

`outsource-desktop validate FILE --seal` validates FILE in full and writes
FILE.seal beside it: the SHA-256 of its bytes and the app version that checked
them. The loader builds a sealed file without pydantic (core/trusted.py); a
file edited since, or sealed by another version of the app, is validated again.
The bundled content ships sealed, and a test keeps its seal current.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from outsource_desktop import __version__

SEAL_SUFFIX = ".seal"
# A seal is two short fields; anything bigger is not one and is not read.
MAX_SEAL_BYTES = 4096


def seal_path(content: Path) -> Path:
    return content.with_name(content.name + SEAL_SUFFIX)


def seal_for(data: bytes) -> dict[str, str]:
    return {"sha256": hashlib.sha256(data).hexdigest(), "app_version": __version__}


def is_sealed(content: Path, data: bytes) -> bool:
    """Whether `content`'s seal vouches for `data` (its bytes) under this app version."""
    try:
        with seal_path(content).open("rb") as stream:
            recorded = json.loads(stream.read(MAX_SEAL_BYTES))
    except (OSError, ValueError):  # no seal, unreadable, or not JSON: not sealed
        return False
    return bool(recorded == seal_for(data))


def write_seal(content: Path, data: bytes) -> Path:
    """Record that `data`, the bytes of `content`, passed validation; the seal's path."""
    from outsource_desktop.export.atomic import atomic_write_bytes

    path = seal_path(content)
    atomic_write_bytes(path, (json.dumps(seal_for(data), indent=2) + "\n").encode())
    return path
