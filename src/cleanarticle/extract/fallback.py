"""Second opinion: readability-lxml, run only on pages where the main extractor found little.

Its article is mapped back onto our blocks by text: a block is in readability's article when
its text occurs in readability's output. On such pages it is the better judge (measured on the
dev sets), so its choice is taken whenever it finds an article.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree
from readability import Document as ReadabilityDocument
from readability.readability import REGEXES

from cleanarticle.extract.blocks import RawBlock
from cleanarticle.models import Verdict

STEP = "extract"
UTF8_PARSER = lxml.html.HTMLParser(encoding="utf-8")
UNREAD = ("script", "style", "link", etree.Comment, etree.ProcessingInstruction)
"""What readability's own preparation removes from a page, as far as text goes."""
DISPLAY_NONE = re.compile(
    r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)",
    re.IGNORECASE,
)
"""An inline style that hides its element, as readability reads it (a whole declaration)."""
HIDDEN_ATTRIBUTES = etree.XPath("//@hidden")
STYLES = etree.XPath("//@style")
"""Attributes, each with its element: libxml2 selects them faster than it tests every element
for them (``//*[@style]``)."""
UNLIKELY = REGEXES["unlikelyCandidatesRe"]
MAYBE = REGEXES["okMaybeItsACandidateRe"]
CODE_TAGS = ("pre", "code")
"""Elements inside these are never removed as unlikely candidates."""
HOLDER_TAGS = ("main", "article", "math")
"""Elements holding one of these are never removed as unlikely candidates."""
KEPT = Verdict(keep=True, step=STEP, reason="content", score=0.5)
OUTSIDE = Verdict(keep=False, step=STEP, reason="outside_main", score=0.5)


def kept_chars(blocks: list[RawBlock], verdicts: list[Verdict]) -> int:
    """Characters of the kept blocks."""
    return sum(b.chars for b, v in zip(blocks, verdicts, strict=True) if v.keep)


class LeanReadability(ReadabilityDocument):  # type: ignore[misc]
    """readability-lxml's article finder with a lighter preparation of the page: the general
    HTML sanitiser it runs on every page (event attributes, ``javascript:`` links, and a
    Python pass over every element) is replaced by C-level removal of what holds no article
    text (scripts, styles, stylesheet links, comments, processing instructions) and of style
    attributes, which leaves the text it sees, and so its choice, unchanged."""

    def _parse(self, input: str) -> lxml.html.HtmlElement:
        doc = lxml.html.document_fromstring(input.encode("utf-8", "replace"), parser=UTF8_PARSER)
        for attribute in HIDDEN_ATTRIBUTES(doc):
            attribute.getparent().drop_tree()
        for style in STYLES(doc):
            if DISPLAY_NONE.search(style):
                style.getparent().drop_tree()
        lxml.html.xhtml_to_html(doc)
        for el in doc.iter("image"):
            el.tag = "img"
        etree.strip_elements(doc, *UNREAD, with_tail=False)
        etree.strip_attributes(doc, "style")
        return doc

    def remove_unlikely_candidates(self) -> None:
        """readability-lxml 0.9's removal of the elements whose class or id names unlikely
        content, with its tests in the same order, but the elements within ``pre`` or
        ``code`` and those holding ``main``, ``article`` or ``math`` found once per page
        rather than by two XPath queries per unlikely element. Elements are visited in
        document order, so an element's descendants are all still in place when it is
        tested, and an element removed above it had no ``pre``/``code`` above it: the sets
        read from the tree as it was give the answers the queries would."""
        in_code = {el for code in self.html.iter(*CODE_TAGS) for el in code.iter()}
        holders = {
            el for held in self.html.iter(*HOLDER_TAGS) for el in (held, *held.iterancestors())
        }
        for elem in self.html.findall(".//*"):
            names = "{} {}".format(elem.get("class", ""), elem.get("id", ""))
            if len(names) < 2:
                continue
            if (
                UNLIKELY.search(names)
                and not MAYBE.search(names)
                and elem.tag not in ("html", "body")
                and elem not in in_code
                and elem not in holders
            ):
                elem.drop_tree()


def second_opinion(
    html: str, blocks: list[RawBlock], verdicts: list[Verdict], max_link_density: float
) -> list[Verdict]:
    """Readability's verdicts, unless it finds no article at all."""
    try:
        summary = LeanReadability(html).summary(html_partial=True)
        text = " ".join(lxml.html.fragment_fromstring(summary).text_content().split())
    except (etree.ParserError, ValueError, TypeError, AssertionError):
        # lxml.html.fragment_fromstring asserts on a page without a body (a frameset)
        return verdicts
    theirs = [
        KEPT if b.text in text and b.link_density <= max_link_density else OUTSIDE for b in blocks
    ]
    if kept_chars(blocks, theirs) > 0:
        return theirs
    return verdicts
