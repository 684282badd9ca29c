"""The bad-input corpus and what each file must produce, shared by the library and CLI tests."""

from __future__ import annotations

from pathlib import Path

from cleanarticle.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
)

ROOT = Path(__file__).resolve().parent.parent
BAD = ROOT / "fixtures" / "bad"

FERRY = "solar-powered ferry"
# file name -> (error class or None when cleaned, phrase in the message or the text, phrase
# that must not appear in the text)
EXPECTED: dict[str, tuple[type[InputError] | None, str, str | None]] = {
    "empty.html": (EmptyInputError, "The input is empty", None),
    "empty.txt": (EmptyInputError, "The input is empty", None),
    "whitespace-only.txt": (EmptyInputError, "The input is empty", None),
    "whitespace-only.html": (EmptyInputError, "The input is empty", None),
    "pdf-as.html": (BinaryInputError, "a PDF document", None),
    "pdf-as.txt": (BinaryInputError, "a PDF document", None),
    "png-as.html": (BinaryInputError, "a PNG image", None),
    "png-as.txt": (BinaryInputError, "a PNG image", None),
    "zip-as.html": (BinaryInputError, "a zip archive", None),
    "zip-as.txt": (BinaryInputError, "a zip archive", None),
    "random-bytes.html": (BinaryInputError, "binary data", None),
    "random-bytes.txt": (BinaryInputError, "binary data", None),
    "mostly-nul.txt": (BinaryInputError, "binary data", None),
    "truncated.html.gz": (BinaryInputError, "gzip data is truncated", None),
    "gzip-bomb.html.gz": (InputTooLargeError, "inflates past the limit", None),
    "doctype-only.html": (EmptyInputError, "no readable text", None),
    "frameset.html": (EmptyInputError, "no readable text", None),
    "script-only.html": (EmptyInputError, "no readable text", None),
    "charset-wrong-utf8-declared-latin1.html": (None, "crème brûlée", "Ã"),
    "charset-wrong-cp1252-declared-utf8.html": (None, "crème brûlée", "\ufffd"),
    "charset-unknown.html": (None, "crème brûlée", "\ufffd"),
    "charset-not-text-base64.html": (None, "crème brûlée", "\ufffd"),
    "charset-utf7.html": (None, FERRY, "<script>"),
    "charset-utf16-declared-ascii.html": (None, "crème brûlée", "\ufffd"),
    "mixed-encodings.txt": (None, "Café owners", "Ã"),
    "lone-surrogate-bytes.txt": (None, "ferry", "\ufffd"),
    "utf16-bom.html": (None, "crème brûlée", "\x00"),
    "utf16le-no-bom.html": (None, "crème brûlée", "\x00"),
    "utf16be-no-bom.txt": (None, "crème brûlée", "\x00"),
    "utf8-bom.txt": (None, "River town opens", "\ufeff"),
    "nul-bytes.html": (None, FERRY, "\x00"),
    "nul-bytes.txt": (None, FERRY, "\x00"),
    "entity-bomb.html": (None, FERRY, "lollol"),
    "doctype-internal-entities-xxe.html": (None, FERRY, "root:"),
    "gzip-then-garbage.html.gz": (None, FERRY, "junk"),
    "unclosed-tags.html": (None, FERRY, None),
}
