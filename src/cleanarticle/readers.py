"""Reading stage: bytes or text in, decoded text and its kind (HTML or plain text) out.

Decoding honours a byte-order mark first, then prefers valid UTF-8 over a declared charset (pages
that declare ISO-8859-1 but hold UTF-8 are common), then the declared charset, then detection.
"""

from __future__ import annotations

import codecs
import re
import zlib
from dataclasses import dataclass, field
from typing import Literal

import charset_normalizer

from cleanarticle.errors import BinaryInputError, EmptyInputError, InputTooLargeError
from cleanarticle.models import Kind
from cleanarticle.options import Options

GZIP_MAGIC = b"\x1f\x8b"

# Leading bytes of common binary formats, with a name for the error message.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF media file"),
    (b"PK\x03\x04", "a zip archive"),
    (b"PK\x05\x06", "a zip archive"),
    (b"7z\xbc\xaf", "a 7-zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
    (b"\x00\x00\x01\x00", "an icon image"),
    (b"OggS", "an audio file"),
    (b"ID3", "an audio file"),
    (b"wOF", "a web font"),
    (b"\xd0\xcf\x11\xe0", "an Office document"),
)

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{2,40})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([a-zA-Z0-9_.:-]{2,40})""",
    re.IGNORECASE,
)

HTML_SIGNS = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|span|a\s|article|section|"
    r"table|script|style|br|h[1-6]|ul|li|link)[\s>/]",
    re.IGNORECASE,
)

SURROGATES = re.compile(r"[\ud800-\udfff]")
# Characters dropped from every input: controls, replacement characters and lone surrogates.
UNWANTED_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd\ud800-\udfff]")
# The bytes of those controls (in UTF-8 they never occur inside a multi-byte character).
UNWANTED_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
# Control bytes that binary data is full of and text has none of.
BINARY_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20)])

# Codecs that Python knows but no web page may use: decoding with them is unsafe or meaningless.
REFUSED_CODECS = frozenset(
    {"idna", "punycode", "undefined", "utf-7", "unicode-escape", "raw-unicode-escape"}
)

# Non-UTF-8 bytes in which no encoding is found and this share is high or control: binary.
HIGH_BYTE_SHARE = 0.3

# Browsers read these labels as windows-1252, a superset.
CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
}


@dataclass(frozen=True, slots=True)
class Document:
    """Decoded input ready for extraction."""

    text: str
    kind: Kind
    encoding: str | None = None
    utf8: bytes | None = field(default=None, repr=False)
    """The input bytes when they are the exact UTF-8 encoding of ``text`` (the HTML parser
    reads them without encoding the text again)."""


def read(
    source: str | bytes,
    *,
    kind: Literal["auto", "html", "text"] = "auto",
    options: Options,
    charset: str | None = None,
) -> Document:
    """Decode ``source`` and decide whether it is HTML or text.

    ``charset`` is a charset known from outside the bytes (an HTTP header), tried after the
    byte-order mark and UTF-8.
    """
    utf8: bytes | None = None
    if isinstance(source, bytes):
        text, encoding, utf8 = _decode(source, options=options, charset=charset)
    else:
        text, encoding = source, None
    scrubbed = _scrub(text, options, utf8)
    if not scrubbed or scrubbed.isspace():  # (no stripped copy of the page is made)
        raise EmptyInputError("The input is empty: it holds no text to clean.")
    chosen: Kind = detect_kind(scrubbed) if kind == "auto" else kind
    utf8 = utf8 if scrubbed == text else None
    return Document(text=scrubbed, kind=chosen, encoding=encoding, utf8=utf8)


def decode(data: bytes, *, options: Options, charset: str | None = None) -> tuple[str, str]:
    """Turn bytes into text, returning the text and the encoding used."""
    text, encoding, _ = _decode(data, options=options, charset=charset)
    return text, encoding


def _decode(
    data: bytes, *, options: Options, charset: str | None = None
) -> tuple[str, str, bytes | None]:
    """:func:`decode`, with the bytes the text is the exact UTF-8 encoding of, when it is (so
    that the scrub need not encode the text again to scan it)."""
    data = gunzip(data, limit=options.max_input_bytes)
    if len(data) > options.max_input_bytes:
        raise InputTooLargeError(
            f"The input is {len(data):,} bytes, over the limit of {options.max_input_bytes:,}."
        )
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), encoding, None
    _reject_binary(data, options.binary_control_share)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16, None
    try:
        return data.decode("utf-8"), "utf-8", data
    except UnicodeDecodeError:
        pass
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed, "utf-8", None
    for candidate in (_usable(charset), _usable(declared_charset(data))):
        decoded = _decode_as(data, candidate)
        if decoded is not None:
            return (*decoded, None)
    return (*_detect(data), None)


def _usable(label: str | None) -> str | None:
    """The codec of a declared charset, unless it is UTF-8 (the bytes were just found not to
    be) or UTF-16/32 (no zero-byte pattern was found; browsers ignore such a declaration too)."""
    codec = _known_codec(label)
    if codec is None or codec.startswith(("utf-8", "utf-16", "utf-32")):
        return None
    return codec


def _detect(data: bytes) -> tuple[str, str]:
    """Decode bytes with no usable declaration by statistical detection, cp1252 failing that."""
    matches = charset_normalizer.from_bytes(data[:200_000])
    best = matches.best()
    if best is None and _high_share(data) > HIGH_BYTE_SHARE:
        raise BinaryInputError("The input is binary data, not HTML or text.")
    guess = best.encoding if best else None
    if best is not None and any(
        m.encoding == "cp1252" and m.chaos <= best.chaos and m.coherence >= best.coherence
        for m in matches
    ):
        guess = "cp1252"  # a tie goes to the web's default single-byte encoding
    if guess and guess.replace("_", "-").startswith(("utf-16", "utf-32")):
        guess = None  # no zero-byte pattern was found above, so this guess is wrong
    return _decode_as(data, guess) or (data.decode("cp1252", errors="replace"), "cp1252")


def gunzip(data: bytes, *, limit: int) -> bytes:
    """Decompress gzip data (several members allowed), refusing to inflate past ``limit``."""
    if not data.startswith(GZIP_MAGIC):
        return data
    out = bytearray()
    rest = data
    while rest.startswith(GZIP_MAGIC):
        inflater = zlib.decompressobj(wbits=31)
        try:
            out += inflater.decompress(rest, limit + 1 - len(out))
        except zlib.error as exc:
            raise BinaryInputError(f"The gzip data is corrupt ({exc}).") from None
        if len(out) > limit:
            raise InputTooLargeError(
                f"The gzip data inflates past the limit of {limit:,} bytes; it was not read."
            )
        if not inflater.eof:
            if inflater.unconsumed_tail:
                raise InputTooLargeError(
                    f"The gzip data inflates past the limit of {limit:,} bytes; it was not read."
                )
            raise BinaryInputError("The gzip data is truncated: it ends before its last block.")
        rest = inflater.unused_data
    return bytes(out)


def declared_charset(data: bytes) -> str | None:
    """The charset named by a ``<meta>`` tag or XML declaration in the first 4 KB, if any."""
    match = DECLARED_CHARSET.search(data[:4096])
    if not match:
        return None
    return (match.group(1) or match.group(2)).decode("ascii", errors="ignore").lower()


def detect_kind(text: str) -> Kind:
    """HTML when the start of the text opens like a page or holds several HTML tags."""
    head = text[:65536].lstrip()
    if head[:15].lower().startswith(("<!doctype html", "<html", "<?xml")):
        return "html"
    return "html" if len(HTML_SIGNS.findall(head, 0, 65536)) >= 3 else "text"


def _known_codec(name: str | None) -> str | None:
    """The Python codec for a charset label, or None when unknown or not a web text encoding."""
    if not name:
        return None
    name = CHARSET_ALIASES.get(name.lower(), name)
    try:
        codec = codecs.lookup(name).name
        b"".decode(codec)  # raises LookupError for bytes-to-bytes codecs (base64, zlib, rot13)
    except (LookupError, UnicodeError, ValueError):
        return None
    return None if codec in REFUSED_CODECS else codec


def _decode_as(data: bytes, label: str | None) -> tuple[str, str] | None:
    """``data`` decoded with the codec named by ``label``, or None when that is impossible."""
    codec = _known_codec(label)
    if codec is None:
        return None
    try:
        return data.decode(codec, errors="replace"), codec
    except (LookupError, UnicodeError, ValueError):
        return None


def _mostly_utf8(data: bytes) -> str | None:
    """Text that is UTF-8 with a few stray bytes from another encoding (pages pieced together
    from several sources): UTF-8 where valid, each stray byte read as windows-1252."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = len(SURROGATES.findall(text))
    valid = sum(1 for char in text if char > "\x7f") - stray
    if valid == 0 or valid < stray:
        return None
    return SURROGATES.sub(_stray_byte, text)


def _stray_byte(match: re.Match[str]) -> str:
    byte = bytes([ord(match.group()) - 0xDC00])
    return byte.decode("cp1252", errors="ignore") or byte.decode("latin-1")


def _high_share(data: bytes) -> float:
    sample = data[:8192]
    return sum(1 for byte in sample if byte > 127 or byte < 9) / max(len(sample), 1)


def _reject_binary(data: bytes, max_share: float) -> None:
    for signature, what in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise BinaryInputError(f"The input is {what}, not HTML or text.")
    sample = data[:8192]
    if not sample:
        return
    controls = len(sample) - len(sample.translate(None, BINARY_BYTES))
    if controls / max(len(sample), 256) > max_share and not _utf16_without_bom(data):
        raise BinaryInputError("The input is binary data, not HTML or text.")


def _utf16_without_bom(data: bytes) -> str | None:
    """Detect UTF-16 text without a byte-order mark from its pattern of zero bytes."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _scrub(text: str, options: Options, utf8: bytes | None = None) -> str:
    """Drop NUL, other control characters and lone surrogates; reject text made of them.
    ``utf8``: the bytes ``text`` was strictly decoded from as UTF-8, if it was."""
    if len(text) > options.max_input_bytes:
        raise InputTooLargeError(
            f"The input is {len(text):,} characters, over the limit of {options.max_input_bytes:,}."
        )
    unwanted = _has_unwanted(text, utf8)  # most texts have none: nothing to count or drop
    if unwanted:
        sample = text[:8192]
        junk = len(UNWANTED_CHARS.findall(sample))
        if junk / max(len(sample), 256) > options.binary_control_share:
            raise BinaryInputError("The input is binary data, not HTML or text.")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return UNWANTED_CHARS.sub("", text) if unwanted else text


def _has_unwanted(text: str, utf8: bytes | None = None) -> bool:
    """Whether ``text`` holds a character of ``UNWANTED_CHARS``, found by byte-level scans
    (several times faster than the regular expression on a clean page); ``utf8`` is the
    text's UTF-8 encoding when known (line ends made ``\\n`` change none of those bytes)."""
    if "\ufffd" in text:
        return True
    if utf8 is None:
        try:
            utf8 = text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate
            return True
    return any(byte in utf8 for byte in UNWANTED_BYTES)  # a memchr scan per byte value
