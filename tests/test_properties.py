"""Properties of ``clean()`` on any input (Hypothesis; budget from the profile in conftest.py).

- it returns an article or raises an :class:`InputError`, nothing else, on any ``str`` or bytes;
- every kept block's text is in the input (text: after white-space normalisation; HTML: in the
  text content of the page as lxml parses it);
- cleaning the output again, as text, removes nothing and changes nothing;
- the JSON output is one line that parses back to the article's record.

The same checks run under atheris in ``fuzz/fuzz_clean.py``; ``test_fuzz_target_check`` feeds
that target from Hypothesis so a short fuzz run is part of every test run.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import replace
from pathlib import Path

import lxml.html
import pytest
from bad_inputs import ROOT
from hypothesis import example, given
from hypothesis import strategies as st
from lxml import etree

from cleanarticle import Options, clean
from cleanarticle.errors import InputError
from cleanarticle.extract import mojibake
from cleanarticle.extract.dom import BLOCK_TAGS
from cleanarticle.models import Article
from cleanarticle.readers import read
from cleanarticle.render import record, render

sys.path.insert(0, str(ROOT / "fuzz"))
from fuzz_clean import check, normalise

OPTIONS = replace(Options(), time_limit=0)  # no time limit: outcomes must not depend on load
NO_SPACE = re.compile(r"[\s\u200b]+")
NOT_DISPLAYED = (
    "//script | //style | //noscript | //template | //*[@hidden] | "
    "//*[contains(translate(@style, ' ', ''), 'display:none')] | "
    "//button | //select | //textarea | //dialog"
)
"""What a reader does not see as text: scripts, styles, hidden elements, and the labels of
form controls and dialogs, which cleaning drops on purpose."""

WORDS = st.sampled_from(
    [
        "the",
        "council",
        "voted",
        "on",
        "Tuesday",
        "to",
        "build",
        "a",
        "new",
        "bridge",
        "over",
        "river",
        "and",
        "work",
        "will",
        "begin",
        "in",
        "spring",
        "Share",
        "Print",
        "Email",
        "Advertisement",
        "Photo:",
        "Reuters",
        "©",
        "2026",
        "Sign",
        "up",
        "newsletter",
        "cookies",
        "Café",
        "crème",
        "naïve",
        "東京",
        "Москва",
        "—",
        "“quoted”",
        "1.",
        "-",
        "•",
        "&",
        "<",
        ">",
        ";",
        ":",
        "!",
        "?",
    ]
)
SENTENCES = st.lists(WORDS, min_size=1, max_size=25).map(" ".join)
SEPARATORS = st.sampled_from(["\n\n", "\n", "\n \n", "\r\n\r\n", "\n\n\n", "\t\n"])


@st.composite
def articles(draw: st.DrawFn) -> str:
    """Plain text shaped like an article: a headline, paragraphs, UI lines, odd spacing."""
    parts = draw(st.lists(SENTENCES, min_size=1, max_size=12))
    separators = draw(st.lists(SEPARATORS, min_size=len(parts), max_size=len(parts)))
    return "".join(p + s for p, s in zip(parts, separators, strict=True))


TAGS = st.sampled_from(
    [
        "p",
        "div",
        "span",
        "a",
        "b",
        "i",
        "h1",
        "h2",
        "li",
        "ul",
        "ol",
        "table",
        "tr",
        "td",
        "blockquote",
        "pre",
        "article",
        "main",
        "nav",
        "footer",
        "header",
        "aside",
        "section",
        "script",
        "style",
        "figure",
        "figcaption",
        "br",
        "hr",
        "img",
        "form",
        "button",
        "noscript",
    ]
)
ATTRIBUTES = st.sampled_from(
    [
        "",
        ' class="content"',
        ' class="share-bar"',
        ' id="article-body"',
        " hidden",
        ' style="display:none"',
        ' href="http://example.com/x"',
        ' alt="a photo"',
        ' class="nav menu"',
    ]
)
LEAVES = st.one_of(
    SENTENCES,
    st.sampled_from(
        [
            "&amp;",
            "&lt;p&gt;",
            "&nbsp;",
            "&#0;",
            "&#xD800;",
            "&#x1F600;",
            "&bogus;",
            "&lol9;",
            "<!-- comment -->",
            "<![CDATA[ x ]]>",
            "</p>",
            "<p",
            "\x00",
            "\ufeff",
        ]
    ),
    st.text(max_size=20),
)


OPEN_TAGS = st.tuples(TAGS, ATTRIBUTES).map(lambda ta: f"<{ta[0]}{ta[1]}>")
CLOSE_TAGS = TAGS.map(lambda tag: f"</{tag}>")
# A flat run of opening tags, closing tags and text: nesting comes out well-formed or not, as
# on the web, and is far cheaper to generate than a recursive tree.
HTML_TOKENS = st.lists(st.one_of(OPEN_TAGS, CLOSE_TAGS, LEAVES), min_size=1, max_size=60)
PREAMBLES = st.sampled_from(
    [
        "",
        "<!DOCTYPE html>",
        '<?xml version="1.0" encoding="utf-8"?>',
        '<!DOCTYPE html [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>',
        '<html><head><meta charset="iso-8859-1"><title>A title</title></head><body>',
        '<html lang="de"><head><meta charset="x-unknown"></head><body>',
    ]
)


@st.composite
def pages(draw: st.DrawFn) -> str:
    body = "".join(draw(HTML_TOKENS))
    return draw(PREAMBLES) + body


def clean_or_none(source: str | bytes, **kwargs: str) -> Article | None:
    """The article, or None when the input is rejected; any other error fails the test."""
    try:
        return clean(source, options=OPTIONS, **kwargs)  # type: ignore[arg-type]
    except InputError:
        return None


@given(st.one_of(st.binary(max_size=4000), st.text(max_size=2000), pages(), articles()))
@example(b"\x1f\x8b\x08\x00")
@example("<!DOCTYPE html>")
@example("\ud800")
def test_clean_returns_an_article_or_an_input_error(source: str | bytes) -> None:
    for kind in ("auto", "html", "text"):
        clean_or_none(source, kind=kind)


@given(st.one_of(articles(), st.text(max_size=2000)))
@example("\u00d0\u0080 is a letter of the old alphabet")
@example("\u00c3\x1f\x80")
def test_kept_text_comes_from_the_text_input(text: str) -> None:
    article = clean_or_none(text, kind="text")
    if article is not None:
        # the input as cleaning reads it: control characters dropped, then mis-decoded
        # UTF-8 read again
        source = normalise(mojibake.repair(read(text, kind="text", options=OPTIONS).text))
        for block in article.blocks:
            if block.kept:
                assert normalise(block.text) in source


@given(pages())
@example("&amp;<p<p hidden><p hidden>0</p>the the the council newsletter")
@example("&amp;<button>0</button>the the the the the the the the the the the the council council")
@example("0000\u00d0</p>\u201cquoted\u201d the council council council Advertisement")
@example("<p hidden>" + "the " * 14 + "the&bogus;<a hidden>0<a>&amp;")
def test_kept_text_comes_from_the_page_text(page: str) -> None:
    article = clean_or_none(page, kind="html")
    if article is None:
        return
    texts = _page_texts(mojibake.repair(read(page, kind="html", options=OPTIONS).text))
    for block in article.blocks:
        if block.kept:
            assert any(NO_SPACE.sub("", block.text) in text for text in texts), block


def _page_texts(html: str) -> tuple[str, ...]:
    """All text of the page as lxml reads it, the text a browser would show (without scripts,
    styles and hidden elements), and between them the page as read again when it showed no
    article (hidden blocks shown, hidden inline elements such as tooltips still left out),
    with white space removed; each also with mis-decoded
    UTF-8 read again once the markup is gone, as cleaning reads its blocks (a run may straddle
    a tag: "Ð</p>“" shows as "Ð“", which is "Г")."""
    parser = lxml.html.HTMLParser(encoding="utf-8")
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError):
        return "", ""
    everything = root.text_content()
    hidden = root.xpath(NOT_DISPLAYED)
    for element in hidden:
        if element.tag not in BLOCK_TAGS and element.getparent() is not None:
            element.drop_tree()
    revealed = root.text_content()  # hidden blocks shown, hidden inline elements left out
    for element in hidden:
        if element.getparent() is not None:
            element.drop_tree()
    shown = root.text_content()
    return tuple(
        NO_SPACE.sub("", variant)
        for text in (everything, revealed, shown)
        for variant in (text, mojibake.repair(text))
    )


@given(articles())
@example("the the the the Share\n\nover over over in\n\nover Sign\n\n")
@example("- >\n\nShare\n\n1. the\n\n")
@example("Share\n\nSign\n\nSign\n\n- the\n\n- Photo:\n\n")  # its list gone, a credit
@example("- the the the\n\nShare\n\n- the the the\n\n- the the the\n\n")  # a stutter
def test_cleaning_the_output_again_removes_nothing(text: str) -> None:
    first = clean_or_none(text, kind="text")
    if first is None or not first.text:
        return
    second = clean(first.text, kind="text", options=OPTIONS)
    removed = [(b.verdict.step, b.verdict.reason, b.text) for b in second.blocks if not b.kept]
    assert removed == []
    assert second.text == first.text


@given(st.one_of(pages(), articles(), st.binary(max_size=2000)), st.text(max_size=30))
def test_json_output_round_trips(source: str | bytes, name: str) -> None:
    article = clean_or_none(source)
    if article is None:
        return
    for shown in (None, name):
        line = render(article, "json", source=shown)
        assert line.endswith("\n") and "\n" not in line[:-1]
        assert json.loads(line) == json.loads(json.dumps(record(article, shown)))
        assert json.loads(line)["blocks"] == [b.to_dict() for b in article.blocks]


@given(st.binary(max_size=3000))
def test_fuzz_target_check(data: bytes) -> None:
    check(data)


SHIPPED = sorted(
    [*ROOT.glob("fixtures/golden/*/input.*"), ROOT / "fixtures" / "article.html"]
    + [p for p in (ROOT / "fixtures" / "bad").iterdir() if p.is_file()]
)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_cleaning_a_shipped_input_twice_removes_nothing(path: Path) -> None:
    first = clean_or_none(path.read_bytes())
    if first is None or not first.text:
        return
    second = clean(first.text, kind="text", options=OPTIONS)
    assert [(b.verdict.step, b.verdict.reason, b.text) for b in second.blocks if not b.kept] == []
    assert second.text == first.text
