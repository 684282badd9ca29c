"""A splice set built like bbc-dev from other corpora, to see whether the topic stage
generalises beyond the BBC articles it was tuned on.

Hosts are the gold articles of scrapinghub and dragnet-train (news and blogs of many sites,
2012 and 2019), each headed by its page's title. Four in five get a teaser spliced in after
their second paragraph: the title of an article from another site (four times in five) and
its first one or two paragraphs. Every line is labelled keep or offtopic, so the figures of
``benchmarks.splice`` apply (``python -m benchmarks.splice --built``). Nothing is written: the
set is rebuilt from the extraction data, the same for a given seed.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

import lxml.html
from lxml import etree

from benchmarks.data import Line, Page, SpliceDoc, load_pages

SOURCES = ("scrapinghub", "dragnet-train")
SEED = 7
MIN_PARAGRAPH_WORDS = 12
"""Shorter gold lines (captions, credits, list items) are left out of the hosts."""
MIN_PARAGRAPHS = 5
MAX_PARAGRAPHS = 14
TITLE_WORDS = range(4, 17)
HEADLINE_SHARE = 0.8
"""As in bbc-dev: four teasers in five open with their headline."""
SITE_NAME = re.compile(r"\s+[|\-\u2013\u2014:]\s+")
"""Where a page title's site name or section begins ("Headline | Site")."""


@dataclass(frozen=True)
class Article:
    id: str
    site: str
    title: str
    paragraphs: tuple[str, ...]


def built_splice(root: Path, seed: int = SEED) -> list[SpliceDoc]:
    """The built set: one document per usable host article, in the order of the sources."""
    articles = [a for name in SOURCES for page in load_pages(root, name) if (a := _article(page))]
    rng = random.Random(seed)
    docs: list[SpliceDoc] = []
    for k, host in enumerate(articles):
        lines = [Line(host.title, "keep"), *(Line(p, "keep") for p in host.paragraphs)]
        gold = "\n\n".join(line.text for line in lines)
        if k % 5:
            donor = rng.choice([a for a in articles if a.site != host.site])
            count = rng.choice((1, 1, 2))
            teaser = [Line(donor.title, "offtopic")] if rng.random() < HEADLINE_SHARE else []
            teaser += [Line(p, "offtopic") for p in donor.paragraphs[:count]]
            at = rng.randint(3, len(lines) - 1)
            lines[at:at] = teaser
        text = "\n\n".join(line.text for line in lines)
        docs.append(SpliceDoc(id=host.id, input=text, gold=gold, lines=tuple(lines)))
    return docs


def _article(page: Page) -> Article | None:
    """The page's gold paragraphs under its title, when both are usable."""
    paragraphs = [p.strip() for p in page.gold.split("\n") if len(p.split()) >= MIN_PARAGRAPH_WORDS]
    if len(paragraphs) < MIN_PARAGRAPHS:
        return None
    title = _title(page)
    if title is None or len(title.split()) not in TITLE_WORDS:
        return None
    site = page.url.split("/")[2] if page.url.count("/") >= 2 else page.id
    return Article(page.id, site, title, tuple(paragraphs[:MAX_PARAGRAPHS]))


def _title(page: Page) -> str | None:
    """The page's ``og:title`` (else its ``<title>``), without a site name after it."""
    try:
        root = lxml.html.document_fromstring(page.raw.decode(page.encoding, "replace"))
    except (ValueError, etree.ParserError):
        return None
    found = root.xpath("//meta[@property='og:title']/@content") or root.xpath("//title/text()")
    if not found:
        return None
    return SITE_NAME.split(" ".join(str(found[0]).split()))[0] or None
