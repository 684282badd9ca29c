"""Main-content extraction: parse, read every text block, choose the article, judge each block.

1. parse the page (bounded in size and depth), UTF-8 once read as Windows-1252 read again;
   parts a streaming server sent after the page's shell are put where they belong;
2. read its metadata (JSON-LD, OpenGraph, meta tags, ``<time>``, bylines);
3. walk the tree into text blocks in document order;
4. score containers by the prose they hold and choose the main-content region; when the
   article so found is short, read hidden elements too and take that reading when its
   article is much longer and lies in a hidden element, or when no article was found
   (pages whose script reveals the article once loaded);
5. give every block a verdict: kept, or removed with a reason code;
6. mark the headline block as the title, and join the cells of each data-table row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from cleanarticle.extract import dom, fallback, mojibake, scoring, tables, titles
from cleanarticle.extract.blocks import Page, RawBlock, read_blocks
from cleanarticle.extract.dates import normalise_date
from cleanarticle.extract.metadata import read_metadata
from cleanarticle.extract.streamed import place_streamed_parts
from cleanarticle.models import Block, Extraction, Metadata, Verdict
from cleanarticle.options import Options

AUTHOR_BIO = Verdict(keep=False, step=scoring.STEP, reason="author_bio", score=0.7)
BIO_VERB = r"\b[^.]{0,40}?\b(?:is|was|has|writes|covers)\b"
BIO_MIN_WORDS = 8
END_TAGS = ("</body>", "</html>", "</BODY>", "</HTML>")
TITLE_KEPT = Verdict(keep=True, step=scoring.STEP, reason="title", score=1.0)
SECOND_OPINION_FURNITURE = frozenset(("sidebar", "footer", "comments"))
"""Furniture whose blocks the second opinion does not bring back."""


def extract_html(
    html: str, *, url: str | None, options: Options, utf8: bytes | None = None
) -> Extraction:
    """Extract the main content of ``html`` as blocks, with the page's metadata (``utf8``:
    the exact UTF-8 encoding of ``html`` when known, which is faster to parse)."""
    text = mojibake.repair_page(html, utf8)
    root = dom.parse(text, max_chars=options.extract_max_chars, utf8=utf8 if text == html else None)
    if root is None:
        return Extraction(blocks=(), metadata=Metadata(url=url))
    place_streamed_parts(root)
    metadata = read_metadata(root, url)
    choice = _choose(root, metadata, options, show_hidden=False)
    if choice.kept < options.extract_reveal_below_chars:
        choice = _revealed(root, metadata, choice, options)
    if choice.kept < options.extract_reveal_below_chars and _ends_early(text):
        whole = dom.parse(_without_end_tags(text), max_chars=options.extract_max_chars)
        if whole is not None:
            place_streamed_parts(whole)
            whole_metadata = read_metadata(whole, url)
            reread = _choose(whole, whole_metadata, options, show_hidden=False)
            if reread.kept > options.extract_reveal_gain * choice.kept:
                metadata, choice = whole_metadata, reread
    page, title_index, verdicts = choice.page, choice.title_index, choice.verdicts
    if _uncertain(page, choice.region, verdicts, title_index, options):
        theirs = fallback.second_opinion(
            html, page.blocks, verdicts, options.extract_max_link_density
        )
        verdicts = _without_furniture(page, theirs, verdicts)
    verdicts = _without_author_bio(page.blocks, verdicts, metadata.author, options)
    # read again: runs the page wrote as entities ("&acirc;&euro;") show only once parsed
    texts = mojibake.repair_all([raw.text for raw in page.blocks])
    blocks = [  # (fields in order: the call without keywords is made once per block)
        Block(i, text, raw.role, round(raw.link_density, 4), raw.label, verdict)
        for i, (raw, text, verdict) in enumerate(zip(page.blocks, texts, verdicts, strict=True))
    ]
    if title_index is not None:
        blocks[title_index] = replace(blocks[title_index], role="title", verdict=TITLE_KEPT)
    if metadata.date is None:
        metadata = replace(metadata, date=_visible_date(page, title_index, options))
    blocks = tables.join_rows(blocks, [raw.path for raw in page.blocks])
    return Extraction(blocks=tuple(blocks), metadata=metadata)


def _revealed(
    root: dom.HtmlElement, metadata: Metadata, choice: _Choice, options: Options
) -> _Choice:
    """The reading with hidden elements when its article is much longer and lies in a
    hidden element, or when the displayed elements gave none; else ``choice`` (as well when
    the page left out no hidden element: the reading would be the same)."""
    if not choice.page.hidden_skipped:
        return choice
    revealed = _choose(root, metadata, options, show_hidden=True)
    if revealed.kept > options.extract_reveal_gain * choice.kept and (
        not choice.kept or _in_hidden(revealed.region.root)
    ):
        return revealed
    return choice


def _ends_early(html: str) -> bool:
    """Whether a ``</body>`` or ``</html>`` end tag comes before the page's last one: the
    parser takes it as the end of the page, while browsers show what follows (some pages
    close the document, then print their article)."""
    for tag in END_TAGS:
        last = html.rfind(tag)
        if last != -1 and html.find(tag) < last:
            return True
    return False


def _without_end_tags(html: str) -> str:
    """The page without its ``</body>`` and ``</html>`` end tags."""
    for tag in END_TAGS:
        html = html.replace(tag, "")
    return html


@dataclass(frozen=True, slots=True)
class _Choice:
    """One reading of the page: its blocks, the headline among them, the main-content
    region, a verdict on every block, and the characters of the kept blocks."""

    page: Page
    title_index: int | None
    region: scoring.Region
    verdicts: list[Verdict]
    kept: int


def _choose(
    root: dom.HtmlElement, metadata: Metadata, options: Options, *, show_hidden: bool
) -> _Choice:
    """Read the page and choose its article; ``show_hidden`` reads elements marked as not
    displayed too."""
    page = read_blocks(
        root,
        max_depth=options.extract_max_depth,
        weak_hint_max_chars=options.extract_weak_hint_max_chars,
        show_hidden=show_hidden,
    )
    title_index = _title_index(page, metadata)
    region = scoring.choose_region(page, options, title_index=title_index)
    verdicts = scoring.judge(page, region, options)
    kept = fallback.kept_chars(page.blocks, verdicts)
    return _Choice(page, title_index, region, verdicts, kept)


def _in_hidden(element: dom.HtmlElement | None) -> bool:
    """Whether the element, or one around it, is marked as not displayed."""
    if element is None:
        return False
    return any(dom.marks_of(el, el.tag)[2] for el in (element, *element.iterancestors()))


def _without_furniture(page: Page, theirs: list[Verdict], ours: list[Verdict]) -> list[Verdict]:
    """The second opinion without the blocks it keeps inside a sidebar, a footer or a
    comments section (names the scoring kept: not those on an element holding most of the
    page's prose); ``ours`` when nothing else remains of it (a short post of pictures whose
    only prose is a sidebar's)."""
    if theirs is ours:
        return ours
    hinted = scoring.innermost_hinted(page)
    result = list(theirs)
    for i, (block, verdict) in enumerate(zip(page.blocks, theirs, strict=True)):
        holder = hinted.get(block.path[-1]) if verdict.keep and block.path else None
        if holder is not None and page.hints[holder] in SECOND_OPINION_FURNITURE:
            result[i] = Verdict(
                keep=False, step=fallback.STEP, reason=page.hints[holder], score=0.5
            )
    return result if any(verdict.keep for verdict in result) else ours


def _without_author_bio(
    blocks: list[RawBlock], verdicts: list[Verdict], author: str | None, options: Options
) -> list[Verdict]:
    """The verdicts with the author's bio removed: among the last kept blocks long enough to
    be prose, a paragraph that opens with the author's name and says who they are ("Jane Doe
    is a writer ..."); the counters and labels of a teaser table after it are not counted."""
    if not author:
        return verdicts
    name = author.split(" and ")[0].strip()
    least = options.extract_min_prose_chars
    kept = [i for i, verdict in enumerate(verdicts) if verdict.keep and blocks[i].chars >= least]
    tail = [i for i in kept[-options.extract_bio_tail_blocks :] if blocks[i].text.startswith(name)]
    if not tail:  # the pattern opens with the name: no block that does, nothing to compile
        return verdicts
    bio = re.compile(re.escape(name) + BIO_VERB)
    result = list(verdicts)
    for i in tail:
        words = len(blocks[i].text.split())
        if BIO_MIN_WORDS <= words <= options.extract_bio_max_words and bio.match(blocks[i].text):
            result[i] = AUTHOR_BIO
    return result


def _visible_date(page: Page, title_index: int | None, options: Options) -> str | None:
    """A date written in a short block near the headline (a dateline), when the page
    declares none."""
    start = title_index if title_index is not None else 0
    for raw in page.blocks[start : start + options.extract_date_window]:
        if len(raw.text) <= options.extract_date_max_chars:
            date = normalise_date(raw.text)
            if date:
                return date
    return None


def _uncertain(
    page: Page,
    region: scoring.Region,
    verdicts: list[Verdict],
    title_index: int | None,
    options: Options,
) -> bool:
    """Whether the chosen article is short, or lies away from the page's headline."""
    if fallback.kept_chars(page.blocks, verdicts) < options.extract_fallback_below_chars:
        return True
    if title_index is None or not region.spans or not options.extract_fallback_below_chars:
        return False
    start, end = region.spans[0][0], region.spans[-1][1]
    return not (start - options.extract_title_gap <= title_index < end)


def _title_index(page: Page, metadata: Metadata) -> int | None:
    """The index of the heading that repeats the page title (in its words: the title is
    tidied, full-width punctuation made plain): the first ``<h1>`` that does, else the first
    heading (a teaser or a menu may repeat the headline above the article)."""
    if not metadata.title:
        return None
    wanted = titles.key(metadata.title)
    found = [
        i
        for i, block in enumerate(page.blocks)
        if block.role == "heading" and titles.key(block.text) == wanted
    ]
    for i in found:
        if page.blocks[i].path[-1].tag == "h1":
            return i
    return found[0] if found else None
