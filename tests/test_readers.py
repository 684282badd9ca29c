"""Reading stage: decoding, gzip, binary rejection and kind detection."""

from __future__ import annotations

import codecs
import gzip

import pytest

from cleanarticle import Options
from cleanarticle.errors import BinaryInputError, EmptyInputError, InputTooLargeError
from cleanarticle.readers import declared_charset, decode, detect_kind, read

OPTS = Options()
PAGE = "<html><head><title>Café</title></head><body><p>Crème brûlée à la carte.</p></body></html>"


def test_valid_utf8_wins_over_a_wrong_declaration() -> None:
    html = PAGE.replace("<head>", '<head><meta charset="iso-8859-1">')
    text, encoding = decode(html.encode("utf-8"), options=OPTS)
    assert encoding == "utf-8"
    assert "Crème brûlée" in text


def test_declared_charset_is_used_when_bytes_are_not_utf8() -> None:
    html = PAGE.replace("<head>", '<head><meta charset="windows-1252">')
    text, encoding = decode(html.encode("cp1252"), options=OPTS)
    assert encoding == "cp1252"
    assert "Crème brûlée" in text


def test_unknown_declared_charset_falls_back_to_detection() -> None:
    html = PAGE.replace("<head>", '<head><meta charset="x-no-such-charset">') * 20
    text, _ = decode(html.encode("cp1252"), options=OPTS)
    assert "Crème" in text


@pytest.mark.parametrize(
    "bom,codec",
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_byte_order_mark_is_honoured(bom: bytes, codec: str) -> None:
    text, encoding = decode(bom + PAGE.encode(codec), options=OPTS)
    assert text == PAGE
    assert encoding == codec


def test_utf16_without_bom_is_recognised() -> None:
    text, _ = decode(PAGE.encode("utf-16-le"), options=OPTS)
    assert text == PAGE


def test_gzip_input_is_decompressed() -> None:
    text, _ = decode(gzip.compress(PAGE.encode()), options=OPTS)
    assert text == PAGE


def test_truncated_gzip_is_rejected_in_one_sentence() -> None:
    data = gzip.compress(PAGE.encode() * 50)[:-30]
    with pytest.raises(BinaryInputError, match="truncated"):
        decode(data, options=OPTS)


def test_gzip_bomb_stops_at_the_size_limit() -> None:
    bomb = gzip.compress(b"a" * 5_000_000)
    with pytest.raises(InputTooLargeError, match="limit"):
        decode(bomb, options=Options(max_input_bytes=1_000_000))


@pytest.mark.parametrize(
    "data,what",
    [
        (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
        (b"\x89PNG\r\n\x1a\n\0\0", "PNG"),
        (b"PK\x03\x04\x14\0", "zip"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_binary_inputs_are_rejected(data: bytes, what: str) -> None:
    with pytest.raises(BinaryInputError, match=what):
        read(data, options=OPTS)


def test_empty_and_blank_inputs_are_rejected() -> None:
    for data in (b"", b"   \n\t\n", ""):
        with pytest.raises(EmptyInputError):
            read(data, options=OPTS)


def test_nul_bytes_and_lone_surrogates_are_scrubbed() -> None:
    document = read("Hello\x00 world \ud800 end", options=OPTS)
    assert "\x00" not in document.text
    assert "\ud800" not in document.text


def test_kind_is_detected_from_content_not_name() -> None:
    assert detect_kind(PAGE) == "html"
    assert detect_kind("  <!DOCTYPE html><p>x") == "html"
    assert detect_kind("A plain paragraph that mentions <b> once.") == "text"
    assert detect_kind("Title\n\nBody text here.") == "text"


def test_declared_charset_reads_meta_and_xml_declarations() -> None:
    assert (
        declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">')
        == "shift_jis"
    )
    assert declared_charset(b'<?xml version="1.0" encoding="ISO-8859-2"?>') == "iso-8859-2"
    assert declared_charset(b"<p>no declaration</p>") is None
