"""Furniture the HTML extractor kept, found from where it stands in the article.

The extractor chose the main content; inside it, line rules are trusted alone only when they
are sure (``Options.boilerplate_html_min_score``). These rules accept weaker evidence when
the block's place confirms it:

1. ``edge_lines``: a block with a line finding of at least
   ``Options.boilerplate_html_edge_min_score`` that lies above the article's first prose
   paragraph or below its last one (a "Share this" line, a newsletter heading, a
   disclosure before the story);
2. ``repeated_lines``: a block with such a finding whose text the article shows again
   ("Loading paragraph...", a call to action repeated at the top and the bottom);
3. ``orphan_headings``: a heading whose section was removed whole ("Recommended stories"
   above a removed list of links, "Table of contents" above the removed contents), or
   that ends the article with nothing under it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from cleanarticle.boilerplate_facts import Facts, Finding
from cleanarticle.boilerplate_regions import is_prose
from cleanarticle.models import Block
from cleanarticle.options import Options

ORPHAN_HEADING = Finding("orphan_heading", 0.7)
HEADING_TAG = re.compile(r"(?:^|/)h([1-6])(?:\.[^/]*)?$")
LINE_ROLES = frozenset(("paragraph", "heading"))
"""Roles a weak finding may remove; list items and table cells repeat short labels."""
DATELINE_REASONS = frozenset(("byline", "timestamp"))
"""Findings a place at the article's edge does not confirm: a byline or a dateline above
the story is where it belongs, and many readers keep it with the text."""


@dataclass(frozen=True, slots=True)
class KeptBlock:
    """A kept block of the article with its facts and the line finding on it, if any."""

    position: int
    block: Block
    facts: Facts
    finding: Finding | None


def furniture(
    kept: list[KeptBlock], blocks: tuple[Block, ...], removed: set[int], options: Options
) -> dict[int, Finding]:
    """Findings on the kept blocks that their place in the article confirms, by position;
    ``removed`` holds the positions line rules already removed."""
    kept = [item for item in kept if item.position not in removed]
    found = edge_lines(kept, options)
    found.update(repeated_lines(kept, options))
    found.update(orphan_headings(blocks, removed | set(found)))
    return found


def _weak(item: KeptBlock, options: Options) -> bool:
    """Whether the block has a line finding strong enough for its place to confirm."""
    return (
        item.finding is not None
        and item.finding.score >= options.boilerplate_html_edge_min_score
        and item.block.role in LINE_ROLES
        and item.finding.reason not in DATELINE_REASONS
    )


def edge_lines(kept: list[KeptBlock], options: Options) -> dict[int, Finding]:
    """Blocks with a weak finding above the first or below the last prose paragraph."""
    prose = [
        i
        for i, item in enumerate(kept)
        if item.block.role != "heading" and item.finding is None and is_prose(item.facts, options)
    ]
    if not prose:
        return {}
    first, last = prose[0], prose[-1]
    found: dict[int, Finding] = {}
    for i, item in enumerate(kept):
        if (i < first or i > last) and _weak(item, options) and item.finding is not None:
            found[item.position] = item.finding
    return found


def repeated_lines(kept: list[KeptBlock], options: Options) -> dict[int, Finding]:
    """Blocks with a weak finding whose very text is kept more than once."""
    counts = Counter(item.block.text for item in kept)
    return {
        item.position: item.finding
        for item in kept
        if item.finding is not None and _weak(item, options) and counts[item.block.text] > 1
    }


def orphan_headings(blocks: tuple[Block, ...], removed: set[int]) -> dict[int, Finding]:
    """Kept headings with nothing kept under them: the blocks up to the next kept heading of
    the same rank or higher were all removed by the extractor (at least one), or the heading
    ends the article. A heading above all kept text is left alone (a standfirst)."""
    found: dict[int, Finding] = {}
    text_above = False
    for i, block in enumerate(blocks):
        if not block.kept or i in removed or block.role == "title":
            continue
        if block.role != "heading":
            text_above = True
            continue
        if not text_above:
            continue
        dropped = 0
        nxt: Block | None = None
        for j in range(i + 1, len(blocks)):
            other = blocks[j]
            if other.kept and j not in removed:
                nxt = other
                break
            dropped += 1
        if nxt is None or (dropped and _closes(block, nxt)):
            found[i] = ORPHAN_HEADING
    return found


def _closes(heading: Block, nxt: Block) -> bool:
    """Whether ``nxt`` ends the section of ``heading``: a heading of the same rank or higher
    (the title counts as the highest)."""
    if nxt.role == "title":
        return True
    if nxt.role != "heading":
        return False
    mine, theirs = _rank(heading), _rank(nxt)
    return mine is not None and theirs is not None and theirs <= mine


def _rank(block: Block) -> int | None:
    """The heading's level (1 for ``<h1>``) read from its tag path, if it is an ``<hN>``."""
    match = HEADING_TAG.search(block.path)
    return int(match.group(1)) if match else None
