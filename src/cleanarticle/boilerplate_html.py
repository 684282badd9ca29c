"""Furniture the HTML extractor kept, found from where it stands in the article.

The extractor chose the main content; inside it, line rules are trusted alone only when they
are sure (``Options.boilerplate_html_min_score``). These rules accept weaker evidence when
the block's place confirms it:

0. ``marked_blocks``: a block below the headline whose own element's class name holds a
   furniture word (``excerpt``, ``cta``, ``author``, ``bio``, ``btn``, ``widget``); above
   the headline the extractor's choice is left to the topic stage;
1. ``edge_lines``: a block with a line finding of at least
   ``Options.boilerplate_html_edge_min_score`` that lies above the article's first prose
   paragraph or below its last one (a "Share this" line, a newsletter heading, a
   disclosure before the story);
2. ``boxed_lines``: a block with such a finding right beside one removed as furniture that
   comes as a box (a paywall, a newsletter box, a cookie notice, a follow or support
   prompt: a paywall's heading and log-in line around its meter);
   ``repeated_lines``: a block with such a finding whose text the article shows again
   ("Loading paragraph...", a call to action repeated at the top and the bottom);
3. ``copied_runs``: a run of blocks that repeats an earlier run of the article word for
   word and holds at least ``Options.boilerplate_html_copy_min_paragraphs`` prose
   paragraphs of ``Options.boilerplate_html_copy_min_words`` words (a page that renders its
   article twice, for two screen sizes or as a preview): the second copy goes;
4. ``detached_tail``: the kept blocks after a run of at least
   ``Options.boilerplate_html_tail_gap_blocks`` removed blocks, when they hold at most
   ``Options.boilerplate_html_tail_max_share`` of the kept words and a line rule finds
   furniture among them (a newsletter box or a list of teasers below the page's share bar
   and forms);
5. ``comment_sections``: the readers' comments the extractor kept because their markup
   does not name them: the text rule for comment sections (a "Comments" header proven by
   signature lines below it, or a short header with dated signature lines below it)
   read over the article's blocks with those the extractor removed (the signatures are
   often removed as bylines, the header as a comments element), cutting the kept blocks
   from the header on when at least ``Options.article_min_words`` kept words stand above
   it;
6. ``orphan_headings``: a heading whose section was removed whole ("Recommended stories"
   above a removed list of links, "Table of contents" above the removed contents), or
   that ends the article with nothing under it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from cleanarticle import boilerplate_comments as comments
from cleanarticle.boilerplate_copies import repeated_runs
from cleanarticle.boilerplate_facts import Facts, Finding, facts
from cleanarticle.boilerplate_regions import is_prose
from cleanarticle.models import Block
from cleanarticle.options import Options

ORPHAN_HEADING = Finding("orphan_heading", 0.7)
COPY = Finding("duplicate", 0.9)
DETACHED_TAIL = Finding("detached_tail", 0.7)
COMMENTS = Finding("comments", 0.8)
NO_WORDS: frozenset[str] = frozenset()
"""Function words are not needed to find comment headers and signatures."""

MARKED = Finding("marked_furniture", 0.8)
FURNITURE_CLASSES = frozenset(("excerpt", "cta", "author", "bio", "btn", "widget"))
"""Words in a block's own class name that mark it as furniture: a teaser's excerpt, a call
to action, the author box, a button, a sidebar widget."""
CLASS_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
"""The words of a class name, camel case split ("authorBio" is "author" and "Bio")."""
HEADING_TAG = re.compile(r"(?:^|/)h([1-6])(?:\.[^/]*)?$")
LINE_ROLES = frozenset(("paragraph", "heading"))
"""Roles a weak finding may remove; list items and table cells repeat short labels."""
DATELINE_REASONS = frozenset(("byline", "timestamp"))
"""Findings a place at the article's edge does not confirm: a byline or a dateline above
the story is where it belongs, and many readers keep it with the text."""

BOX_REASONS = frozenset(
    ("paywall", "newsletter", "cookie_notice", "consent_notice", "follow_prompt", "support_appeal")
)
"""Furniture that comes as a box of a few lines (a heading, the offer or notice, a button or
a log-in line): a sure finding of one of these confirms weak findings beside it."""


@dataclass(frozen=True, slots=True)
class KeptBlock:
    """A kept block of the article with its facts and the line finding on it, if any."""

    position: int
    block: Block
    facts: Facts
    finding: Finding | None


def furniture(
    kept: list[KeptBlock],
    blocks: tuple[Block, ...],
    sure: dict[int, Finding],
    options: Options,
) -> dict[int, Finding]:
    """Findings on the kept blocks that their place in the article confirms, by position;
    ``sure`` holds the findings that removed blocks already, by position."""
    removed = set(sure)
    kept = [item for item in kept if item.position not in removed]
    title_at = next((i for i, block in enumerate(blocks) if block.role == "title"), -1)
    found = marked_blocks([item for item in kept if item.position > title_at])
    found.update(edge_lines(kept, options))
    found.update(boxed_lines(kept, blocks, sure, options))
    found.update(repeated_lines(kept, options))
    found.update(copied_runs(kept, options))
    found.update(detached_tail(kept, removed | set(found), options))
    found.update(comment_sections(kept, blocks, removed | set(found), options))
    found.update(orphan_headings(blocks, removed | set(found)))
    return found


def comment_sections(
    kept: list[KeptBlock], blocks: tuple[Block, ...], removed: set[int], options: Options
) -> dict[int, Finding]:
    """The kept blocks from a comment section's header on: the text rule
    (:func:`cleanarticle.boilerplate_comments.comment_section`) read over the blocks from the
    first kept one to ``Options.comments_window`` blocks past the last, the extractor's
    removed ones included (the signature lines that prove a section are often removed as
    bylines), when enough kept words stand above the section."""
    items = [item for item in kept if item.position not in removed]
    if len(items) < 2:
        return {}
    first = items[0].position
    end = min(len(blocks), items[-1].position + 1 + options.comments_window)
    known = {item.position: item.facts for item in items}
    span = [known.get(i) or facts(blocks[i].text, NO_WORDS) for i in range(first, end)]
    cut = comments.comment_section(span, options)
    header = min(cut) if cut else _dated_header(span, options)
    if header is None:
        return {}
    start = first + header
    above = sum(item.facts.n for item in items if item.position < start)
    if above < options.article_min_words:
        return {}
    return {item.position: COMMENTS for item in items if item.position >= start}


def _dated_header(span: list[Facts], options: Options) -> int | None:
    """The first short comment header ("Comments", "12 Responses"; at most
    ``Options.boilerplate_html_dated_header_max_words``) followed by at least
    ``Options.comments_min_markers`` lines of at most
    ``Options.boilerplate_html_dated_signature_max_words`` words, not ending like a sentence,
    that hold a clock time or an age ("posted on Thursday, October 25, 2012 at 2:11 AM by
    Ann") within ``Options.boilerplate_html_dated_window`` blocks: the signature lines under
    each comment, longer than those the text rule accepts."""
    header_words = options.boilerplate_html_dated_header_max_words
    signature_words = options.boilerplate_html_dated_signature_max_words
    for h, f in enumerate(span):
        if f.n > header_words or comments.HEADER.match(f.lower) is None:
            continue
        below = span[h + 1 : h + 1 + options.boilerplate_html_dated_window]
        dated = sum(
            1
            for g in below
            if g.n <= signature_words
            and not g.terminal
            and comments.DATETIME.search(g.lower) is not None
        )
        if dated >= options.comments_min_markers:
            return h
    return None


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


def boxed_lines(
    kept: list[KeptBlock], blocks: tuple[Block, ...], sure: dict[int, Finding], options: Options
) -> dict[int, Finding]:
    """Blocks with a weak finding right beside a block surely found to be furniture that
    comes as a box (:data:`BOX_REASONS`): a paywall's heading and its log-in line around its
    meter, in the middle of the article. Blocks the extractor removed (the box's buttons) are
    passed over."""
    shown = [i for i, block in enumerate(blocks) if block.kept]
    place = {position: n for n, position in enumerate(shown)}
    found: dict[int, Finding] = {}
    for item in kept:
        if item.finding is None or not _weak(item, options):
            continue
        n = place[item.position]
        beside = (sure.get(shown[m]) for m in (n - 1, n + 1) if 0 <= m < len(shown))
        if any(finding is not None and finding.reason in BOX_REASONS for finding in beside):
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


def copied_runs(kept: list[KeptBlock], options: Options) -> dict[int, Finding]:
    """The blocks of every run that repeats an earlier run word for word, when the run holds
    enough long prose paragraphs to be a copy of the article rather than a repeated label or
    a recurring item of a plan."""
    texts = [item.block.text for item in kept]
    long = [
        item.facts.n >= options.boilerplate_html_copy_min_words and is_prose(item.facts, options)
        for item in kept
    ]
    runs = repeated_runs(texts, long, options.boilerplate_html_copy_min_paragraphs)
    return {kept[k].position: COPY for run in runs for k in run}


def detached_tail(kept: list[KeptBlock], removed: set[int], options: Options) -> dict[int, Finding]:
    """The kept blocks after the first wide gap of removed blocks beyond which only a small
    share of the article's words remains, when a line rule finds furniture among them."""
    items = [item for item in kept if item.position not in removed]
    total = sum(item.facts.n for item in items)
    for k in range(1, len(items)):
        if items[k].position - items[k - 1].position - 1 < options.boilerplate_html_tail_gap_blocks:
            continue
        tail = items[k:]
        if sum(item.facts.n for item in tail) > options.boilerplate_html_tail_max_share * total:
            continue
        if any(item.finding is not None for item in tail):
            return {item.position: DETACHED_TAIL for item in tail}
        return {}
    return {}


def marked_blocks(kept: list[KeptBlock]) -> dict[int, Finding]:
    """Blocks whose own element's class name (the part after the dot in the tag path) holds
    a furniture word."""
    found: dict[int, Finding] = {}
    for item in kept:
        _, dot, name = item.block.path.rpartition(".")
        if not dot or "/" in name:
            continue
        words = {word.lower() for word in CLASS_WORDS.findall(name)}
        if FURNITURE_CLASSES.intersection(words):
            found[item.position] = MARKED
    return found
