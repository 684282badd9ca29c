"""Second opinion: readability-lxml, run only on pages where the main extractor found little.

Its article is mapped back onto our blocks by text: a block is in readability's article when
its text occurs in readability's output. On such pages it is the better judge (measured on the
dev sets), so its choice is taken whenever it finds an article.
"""

from __future__ import annotations

import lxml.html
from lxml import etree
from readability import Document as ReadabilityDocument

from cleanarticle.extract.blocks import RawBlock
from cleanarticle.models import Verdict

STEP = "extract"
KEPT = Verdict(keep=True, step=STEP, reason="content", score=0.5)
OUTSIDE = Verdict(keep=False, step=STEP, reason="outside_main", score=0.5)


def kept_chars(blocks: list[RawBlock], verdicts: list[Verdict]) -> int:
    """Characters of the kept blocks."""
    return sum(b.chars for b, v in zip(blocks, verdicts, strict=True) if v.keep)


def second_opinion(
    html: str, blocks: list[RawBlock], verdicts: list[Verdict], max_link_density: float
) -> list[Verdict]:
    """Readability's verdicts, unless it finds no article at all."""
    try:
        summary = ReadabilityDocument(html).summary(html_partial=True)
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
