"""Topic-coherence stage: judges runs of blocks that belong to another story.

A spliced teaser is a headline and one or two paragraphs of another story, dropped into the
article. The stage models what the article is about from the title and the lead paragraph,
which it trusts, and from the rest of the body, which it trusts as far as each block fits. A block
*fits* when the rare words and names it uses also occur elsewhere in the article (see
:mod:`cleanarticle.topic_features`). Blocks that do not fit are grouped into contiguous runs; a
run is removed only when, taken as a whole, it still does not fit the article, and when it has
the shape of a teaser: a headline-like line opening it, paragraphs agreeing with each other, or
a place at the end of the article. Short documents, the lead paragraph and documents without a
clear main topic are left alone. A headline-like line that speaks like a widget ("Your
horoscope for Tuesday", see :mod:`cleanarticle.topic_calls`) goes alone, without the paragraph
under it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from cleanarticle.models import STEP_TOPIC, TITLE_SEPARATORS, Block, Kind, Verdict
from cleanarticle.options import Options
from cleanarticle.topic_calls import addresses_reader, widget_like
from cleanarticle.topic_features import (
    Bag,
    Weighting,
    bag_of,
    headline_shaped,
    personal,
    word_language,
)
from cleanarticle.topic_runs import Run, echo, find_runs, opens_section

REASON = "off_topic"
SERIES_MARKER = re.compile(r"\(?(\d{1,3})[.)]\s|([^\W\d_]{1,20}):\s")
"""A list number ("3)", "(3)", "3.") or a one-word label ("A:", "SMITH:") opening a block."""
OPENING_QUOTES = '"\u201c\u201e\u00ab\u2018\u201a'
"""Quotation marks opening a block: an article made of people's answers quotes them one
paragraph after another, and its quoted paragraphs are a series too."""


@dataclass(frozen=True, slots=True)
class Document:
    """The blocks the stage may judge, with their bags; ``anchor`` is the trusted part."""

    positions: tuple[int, ...]
    bags: tuple[Bag, ...]
    anchor: dict[str, float]
    language: str
    """The wordfreq language the bags were weighed in."""


def judge(
    blocks: tuple[Block, ...],
    *,
    title: str,
    language: str | None,
    options: Options,
    kind: Kind = "text",
) -> tuple[Block, ...]:
    """Return the blocks with an ``off_topic`` verdict on each kept block of a foreign run.

    Documents in a language without word frequencies or not among ``topic_languages`` (or in
    none detected) are left alone; on HTML pages only runs opened by a headline are removed
    (``topic_headless_runs_in_html``), and only with a score of ``topic_html_min_score``.
    """
    headed_only = kind == "html" and not options.topic_headless_runs_in_html
    if headed_only and not _may_hold_headline(blocks):
        return blocks  # no run could open with a headline: the same outcome, without the work
    code = word_language(language)
    if code not in options.topic_languages:
        return blocks
    document = _document(blocks, title, code, options)
    if document is None:
        return blocks
    runs = find_runs(document.bags, document.anchor, options)
    if headed_only:
        runs = [
            run
            for run in runs
            if run.kind.startswith("headline") and run.score >= options.topic_html_min_score
        ]
    if runs:
        runs = _outside_series(runs, blocks, document, options.topic_series_min_items)
    if runs:
        runs = _not_in_the_writers_voice(runs, blocks, document)
        runs = _calls_alone(runs, blocks, document, options.topic_long_headline_echo)
    return _apply(blocks, document, runs)


def _outside_series(
    runs: list[Run], blocks: tuple[Block, ...], document: Document, min_items: int
) -> list[Run]:
    """The runs that are not made only of items of a series the article numbers, labels or
    quotes."""
    markers = Counter(_marker(b.text) for b in blocks if b.kept and b.role != "title")
    kept = []
    for run in runs:
        found = [_marker(blocks[document.positions[k]].text) for k in range(run.start, run.stop)]
        if not all(m is not None and markers[m] >= min_items for m in found):
            kept.append(run)
    return kept


def _not_in_the_writers_voice(
    runs: list[Run], blocks: tuple[Block, ...], document: Document
) -> list[Run]:
    """The runs but those without a headline that speak in the first or second person, as
    another paragraph of the article does: the writer's own voice in a blog or a column ("I
    have to give special attention to ..."), however unlike the article's its words are, not
    the report of another story."""
    voiced: dict[int, bool] = {}

    def speaks(k: int) -> bool:
        if k not in voiced:
            text = blocks[document.positions[k]].text
            voiced[k] = not document.bags[k].headline and personal(text, document.language)
        return voiced[k]

    def in_the_voice(run: Run) -> bool:
        inside = range(run.start, run.stop)
        if run.kind.startswith("headline") or not any(speaks(k) for k in inside):
            return False
        return any(speaks(k) for k in range(len(document.bags)) if k not in inside)

    return [run for run in runs if not in_the_voice(run)]


def _calls_alone(
    runs: list[Run], blocks: tuple[Block, ...], document: Document, echo_tie: float
) -> list[Run]:
    """The runs, each opened by a headline that speaks like a widget ("Your horoscope for
    Tuesday", "Ascolta il podcast ...", "Recipe of the day: ...") over paragraphs that do not
    speak to the reader, cut to that headline alone: a widget the boilerplate stage did not
    know, and the paragraphs under it the article's own, however unlike the rest their words
    are. A headline whose words come back strongly (``echo_tie``) in its paragraphs is tied to
    them, and a promotion speaking to the reader in its paragraphs too ("... what our
    reporters should cover, and your answers ..."): both go whole."""
    bags = document.bags

    def text(k: int) -> str:
        return blocks[document.positions[k]].text

    out = []
    for run in runs:
        if run.kind in ("headline", "headline_agrees"):
            inside = range(run.start, run.stop)
            heads = [k for k in inside if bags[k].headline]
            if not any(widget_like(text(k), document.language) for k in heads):
                out.append(run)
                continue
            paragraphs = [k for k in inside if not bags[k].headline]
            tied = run.kind == "headline_agrees" and any(
                echo(bags[k], tuple(bags[p] for p in paragraphs)) >= echo_tie for k in heads
            )
            if not tied and not any(
                addresses_reader(text(k), document.language) for k in paragraphs
            ):
                run = Run(run.start, heads[-1] + 1, run.score, kind="headline_call")
        out.append(run)
    return out


def _marker(text: str) -> str | None:
    """The series marker opening ``text``: ``"#"`` for a number, ``'"'`` for a quotation
    mark, else the label folded."""
    if text[:1] in OPENING_QUOTES:
        return '"'
    match = SERIES_MARKER.match(text)
    if match is None:
        return None
    return "#" if match.group(1) else match.group(2).casefold()


def _may_hold_headline(blocks: tuple[Block, ...]) -> bool:
    """Whether a judged block (a kept block after the first, the title aside) is shaped like a
    headline: every run opened by a headline, or standing alone as one, needs such a block."""
    kept = [b.text for b in blocks if b.kept and b.role != "title"]
    return any(headline_shaped(text) for text in kept[1:])


def _document(
    blocks: tuple[Block, ...], title: str, language: str, options: Options
) -> Document | None:
    """The judged blocks and the trusted anchor, or None when the document is left alone."""
    weighting = Weighting(
        ceiling=options.topic_rarity_ceiling,
        cap=options.topic_rarity_cap,
        name_boost=options.topic_name_boost,
    )
    positions = tuple(i for i, b in enumerate(blocks) if b.kept and b.role != "title")
    if len(positions) < options.topic_min_blocks + 1:
        return None
    bags: list[Bag] = []
    lead: int | None = None
    sections = 0
    for i in positions:
        bag = bag_of(blocks[i].text, language, weighting)
        if lead is None:
            if bag.is_prose(options.topic_prose_words, 0.0):
                lead = len(bags)
        elif len(bags) > lead + 1 and opens_section(bags[-1], bag, options):
            sections += 1
            if sections > options.topic_max_sections:
                return None  # organised in sections: no run would be found (see find_runs)
        bags.append(bag)
    if lead is None or len(positions) - lead - 1 < options.topic_min_blocks:
        return None
    anchor = dict(
        bag_of(
            _without_site(title, options.topic_site_max_words), language, weighting, headline=True
        ).terms
    )
    for bag in bags[: lead + 1]:
        anchor.update(bag.terms)
    return Document(
        positions=positions[lead + 1 :],
        bags=tuple(bags[lead + 1 :]),
        anchor=anchor,
        language=language,
    )


def _without_site(title: str, max_words: int) -> str:
    """The title without a short part after its last separator, the site's name in a page's
    title (the site is named across its teasers too, so it is no evidence of the topic), when
    it has at most ``max_words`` words and fewer than the rest."""
    parts = [part for part in TITLE_SEPARATORS.split(title) if part.strip()]
    if len(parts) > 1 and len(parts[-1].split()) <= max_words:
        head = " ".join(parts[:-1])
        if len(head.split()) > len(parts[-1].split()):
            return head
    return title


def _apply(blocks: tuple[Block, ...], document: Document, runs: list[Run]) -> tuple[Block, ...]:
    out = list(blocks)
    for run in runs:
        for k in range(run.start, run.stop):
            i = document.positions[k]
            block = out[i]
            out[i] = Block(
                index=block.index,
                text=block.text,
                role=block.role,
                link_density=block.link_density,
                path=block.path,
                verdict=Verdict(keep=False, step=STEP_TOPIC, reason=REASON, score=run.score),
            )
    return tuple(out)
