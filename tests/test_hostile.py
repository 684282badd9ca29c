"""Hostile and broken input through the library: every kind is cleaned or rejected in one
sentence with an :class:`InputError`, never anything else.

The small inputs live in ``fixtures/bad/`` (written by ``fuzz/make_bad_corpus.py``); large ones
are generated here. Fuzzing findings in ``fixtures/bad/fuzz/`` are replayed through the fuzz
target's own check.
"""

from __future__ import annotations

import gzip
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from bad_inputs import BAD, EXPECTED, ROOT

from cleanarticle import Options, clean
from cleanarticle.errors import CleanArticleError, InputError, InputTooLargeError, TimeLimitError
from cleanarticle.readers import decode

sys.path.insert(0, str(ROOT / "fuzz"))
from fuzz_clean import check

PARAGRAPH = (
    "<p>The council voted on Tuesday to build a new bridge over the river, and the work will "
    "begin in spring once the engineers have finished their survey of the banks.</p>\n"
)
PAGE_HEAD = "<!DOCTYPE html><html><head><title>Bridge vote</title></head><body><article>"
PAGE_TAIL = "</article></body></html>"


def test_every_bad_fixture_has_an_expected_outcome() -> None:
    assert sorted(p.name for p in BAD.iterdir() if p.is_file()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_fixture_is_cleaned_or_rejected_in_one_sentence(name: str) -> None:
    error, phrase, absent = EXPECTED[name]
    data = (BAD / name).read_bytes()
    if error is not None:
        with pytest.raises(error) as caught:
            clean(data)
        assert_one_sentence(str(caught.value), phrase)
        return
    article = clean(data)
    assert phrase in article.text
    if absent is not None:
        assert absent not in article.text


def assert_one_sentence(message: str, phrase: str) -> None:
    assert phrase in message
    assert "\n" not in message and message.endswith(".")


@pytest.mark.parametrize("path", sorted((BAD / "fuzz").iterdir()), ids=lambda p: p.name)
def test_fuzz_finding_stays_fixed(path: Path) -> None:
    check(path.read_bytes())


def test_lone_surrogates_and_nul_in_str_input_are_dropped() -> None:
    article = clean("Bridge vote\n\nThe council \ud800voted\x00 on Tuesday.\udfff", kind="text")
    assert article.body == "The council voted on Tuesday."


def test_page_over_the_size_limit_is_refused_before_parsing() -> None:
    page = (PAGE_HEAD + PARAGRAPH * (50 * 1024 * 1024 // len(PARAGRAPH) + 1) + PAGE_TAIL).encode()
    assert len(page) > Options().max_input_bytes
    with pytest.raises(InputTooLargeError, match="over the limit"):
        clean(page)
    with pytest.raises(InputTooLargeError, match="over the limit"):
        clean(page.decode())


def test_page_of_50_megabytes_is_cleaned_within_bounds() -> None:
    """Just under the size limit: cleaned, with a note that only the start of it was read."""
    long_paragraph = PARAGRAPH.replace("</p>", " Officials said more." * 250 + "</p>")
    count = (Options().max_input_bytes - len(PAGE_HEAD) - len(PAGE_TAIL)) // len(long_paragraph)
    page = (PAGE_HEAD + long_paragraph * count + PAGE_TAIL).encode()
    assert len(page) > 49 * 1024 * 1024
    article = clean(page, options=replace(Options(), time_limit=0))
    assert article.kept_blocks[0].text.startswith("The council voted")
    assert "only the first 3,000,000 were read" in article.notes[0]


def test_gzip_bomb_is_capped_at_the_size_limit() -> None:
    bomb = gzip.compress(b"<p>" + b"a" * 3_000_000, mtime=0)
    with pytest.raises(InputTooLargeError, match="inflates past the limit of 1,000,000 bytes"):
        clean(bomb, options=Options(max_input_bytes=1_000_000))


def test_time_limit_is_checked_between_stages() -> None:
    opts = replace(Options(), time_limit=1e-9)
    with pytest.raises(TimeLimitError, match=r"time limit of 1e-09 seconds \(stopped after"):
        clean(PAGE_HEAD + PARAGRAPH * 3 + PAGE_TAIL, options=opts)
    assert clean("Title\n\nBody text.", options=replace(opts, time_limit=0)).body == "Body text."


def test_hundred_thousand_nested_elements() -> None:
    page = PAGE_HEAD + "<div>" * 100_000 + PARAGRAPH + "</div>" * 100_000 + PAGE_TAIL
    outcome_is_clean_or_input_error(page)
    outcome_is_clean_or_input_error("<b>" * 100_000 + "text" + "</b>" * 100_000)


def test_one_huge_line_of_text() -> None:
    line = "word " * 2_000_000
    article = clean(line, kind="text")
    assert [b.text for b in article.blocks] == [line.strip()]


def test_one_huge_line_of_html() -> None:
    outcome_is_clean_or_input_error(PAGE_HEAD + "<p>" + "word " * 2_000_000 + "</p>" + PAGE_TAIL)


def test_thousands_of_tiny_paragraphs() -> None:
    text = "\n\n".join(f"Point {i}." for i in range(5000))
    assert len(clean(text, kind="text").blocks) == 5000
    page = PAGE_HEAD + "".join(f"<p>Point {i}.</p>" for i in range(5000)) + PAGE_TAIL
    outcome_is_clean_or_input_error(page)


def outcome_is_clean_or_input_error(source: str) -> None:
    """The only acceptable outcomes: an article, or a clear rejection of the input."""
    try:
        clean(source)
    except InputError as exc:
        assert_one_sentence(str(exc), "")
    except CleanArticleError as exc:  # pragma: no cover - the assertion explains the failure
        pytest.fail(f"not an input problem, a failure of cleanarticle: {exc}")


def test_outside_charset_that_the_bytes_contradict_is_ignored() -> None:
    data = "Café owners said the crème brûlée crowd arrives by boat.".encode("cp1252")
    for charset in ("utf-8", "utf-16", "base64", "x-unknown"):
        text, _ = decode(data, options=Options(), charset=charset)
        assert "crème brûlée" in text
    assert decode(data, options=Options(), charset="cp1251")[1] == "cp1251"
