#!/usr/bin/env python3
"""Build a content file in another language from the English one and the translators' dictionary.

    .venv/bin/python scripts/translate-content.py [--language hi]

reads resources/content.json and translations/content-LANG.json ({English text:
translation}) and writes resources/content.LANG.json: the same file with every text a
reader reads translated (content/translation.py says which those are), validated by the
same model as the English one. Any text without a translation is listed with where it
first appears, and nothing is written. Translations the content no longer uses are
listed too, so the dictionary can be kept tidy; they do not stop the build.

The built file is committed beside content.json (tests/test_hindi_content.py checks it is
current), so a reader of the repository sees the Hindi edition and a change shows up in
review as a diff.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from outsource_desktop.content.loader import catalog_from_bytes
from outsource_desktop.content.problems import ContentError
from outsource_desktop.content.translation import (
    content_json_text,
    reader_texts,
    translated_tree,
)

ROOT = Path(__file__).resolve().parent.parent
ENGLISH = ROOT / "resources" / "content.json"


def dictionary_path(language: str) -> Path:
    return ROOT / "translations" / f"content-{language}.json"


def output_path(language: str) -> Path:
    return ROOT / "resources" / f"content.{language}.json"


def json_path(path: tuple[str | int, ...]) -> str:
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)[1:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--language", default="hi", help="language code (default: hi)")
    language = parser.parse_args().language
    english = json.loads(ENGLISH.read_text(encoding="utf-8"))
    dictionary_file = dictionary_path(language)
    translations: dict[str, str] = json.loads(dictionary_file.read_text(encoding="utf-8"))

    translated, missing = translated_tree(english, translations)
    for path, text in missing:
        print(f"missing: {json_path(path)}: {text}", file=sys.stderr)
    if missing:
        print(
            f"{len(missing)} text(s) have no translation in {dictionary_file}; "
            "add them and run this again. Nothing was written.",
            file=sys.stderr,
        )
        return 1

    used = {text for _path, text in reader_texts(english)}
    for unused in (text for text in translations if text not in used):
        print(f"unused translation (the content no longer has this text): {unused}")

    output = output_path(language)
    data = content_json_text(translated).encode("utf-8")
    try:
        catalog_from_bytes(data, output)
    except ContentError as error:
        for line in error.lines():
            print(line, file=sys.stderr)
        print("The translated content is not valid. Nothing was written.", file=sys.stderr)
        return 1
    output.write_bytes(data)
    print(f"Wrote {output} ({len(used)} texts translated)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
