"""Lone UI lines: buttons the UI vocabulary only half recognises, judged with their document.

Three rules. ``lone_ui_lines`` (anywhere in the text):

A line rule needs two UI words, or a strong one, before it calls a short line a button: one
weak UI word ("Unmute", "Nach oben", "Mostra altro", "Replay video") is also how subheadings
begin ("More than a game"). What tells them apart is the rest of the document: a subheading
names what the text below it is about, so its other words come back in the text; a button's
words are about the page, and nothing in the article repeats them. A line right above a
paragraph of prose stands where subheadings stand, and is kept; a text without any paragraph
of prose is left alone.

``edge_ui_lines`` and ``edge_datelines`` (in the head and the tail only, where a page's
furniture gathers): short lines of UI words, and dates alone on their line.
"""

from __future__ import annotations

from cleanarticle.boilerplate_dates import is_dateline
from cleanarticle.boilerplate_regions import is_prose
from cleanarticle.boilerplate_rules import DIGITS, LIST_MARK, TIMESTAMP_MAX_WORDS, Facts, Finding
from cleanarticle.options import Options
from cleanarticle.uiwords import ADDRESSING, CONNECTORS, IMPERATIVES, SOCIAL, STRONG, WEAK, ui_form

UI_WORDS = STRONG | WEAK | IMPERATIVES | SOCIAL


def lone_ui_lines(
    facts: list[Facts], taken: set[int], stopwords: frozenset[str], options: Options
) -> dict[int, Finding]:
    """Short lines made of UI words and words the rest of the document never uses."""
    candidates = [
        p
        for p, f in enumerate(facts)
        if p > 0 and p not in taken and _shape(f, options) and not _heads_prose(facts, p, options)
    ]
    if not candidates or not any(is_prose(f, options) for f in facts):
        return {}  # (without a paragraph of prose, nothing tells a button from a line of notes)
    # Words are counted over the lines no other rule removed, and a line goes only when none of
    # its words occur elsewhere: its removal then changes no other line's counts, so cleaning
    # the output again removes nothing more.
    counts = _word_counts(facts, taken)
    found: dict[int, Finding] = {}
    for p in candidates:
        f = facts[p]
        other = [w for w in f.words if w not in UI_WORDS and not _glue(w, stopwords)]
        if len(other) > options.lone_ui_unknown_words or f.n < 2:
            continue
        if any(counts[w] > f.words.count(w) for w in other):
            continue
        if not all(counts[w] == f.words.count(w) for w in f.words if w in UI_WORDS):
            continue
        found[p] = Finding("ui_string", 0.6)
    return found


def _heads_prose(facts: list[Facts], p: int, options: Options) -> bool:
    """The line stands right above a paragraph of prose, where subheadings stand ("The Bottom
    Line", "FAQ", "Main Takeaways")."""
    return p + 1 < len(facts) and is_prose(facts[p + 1], options)


def _shape(f: Facts, options: Options) -> bool:
    """Short, not a sentence, not a list item, with a UI word in it."""
    return (
        0 < f.n <= options.lone_ui_max_words
        and not f.text.rstrip().endswith((".", "?", "!", ",", ";", ":", '"', "\u201d"))
        and not LIST_MARK.match(f.text)
        and any(w in UI_WORDS for w in f.words)
    )


def _glue(word: str, stopwords: frozenset[str]) -> bool:
    return word in CONNECTORS or word in stopwords or DIGITS.match(word) is not None


def edge_ui_lines(
    facts: list[Facts],
    prose_blocks: list[bool],
    taken: set[int],
    stopwords: frozenset[str],
    options: Options,
) -> dict[int, Finding]:
    """Short lines in the head (between the title and the first paragraph of prose) or the
    tail (after the last one), where a page's furniture gathers: UI words with at most
    ``edge_ui_unknown_words`` other word that the rest of the document never uses ("Dejar un
    comentario", "Get push notifications"). Subheadings stand between paragraphs, not there.
    ``prose_blocks`` tells which blocks are paragraphs of prose."""
    edges = _edges(prose_blocks)
    candidates = [p for p in edges if p not in taken and _edge_shape(facts[p], options)]
    if not candidates:
        return {}
    counts = _word_counts(facts, taken)
    found: dict[int, Finding] = {}
    for p in candidates:
        f = facts[p]
        strong = weak = 0
        other: list[str] = []
        for w in f.words:
            if w in STRONG or w in SOCIAL:
                strong += 1
            elif w in WEAK or ui_form(w):
                weak += 1
            elif not (_glue(w, stopwords) or w in ADDRESSING or w in IMPERATIVES):
                other.append(w)
        if not (strong or weak >= 2) or len(other) > options.edge_ui_unknown_words:
            continue
        if any(counts.get(w, 0) > f.words.count(w) for w in other):
            continue
        found[p] = Finding("ui_string", 0.6)
    return found


def edge_datelines(
    facts: list[Facts], prose_blocks: list[bool], taken: set[int]
) -> dict[int, Finding]:
    """Dates alone on their line, maybe after a place, in the head or the tail (see
    :func:`edge_ui_lines`): the page's dateline ("Monday, November 18, 2019", "Lisboa, 5 de
    março de 2024"). Dates heading a timeline's or a diary's entries stand between its
    paragraphs, and stay."""
    return {
        p: Finding("timestamp", 0.7)
        for p in _edges(prose_blocks)
        if p not in taken and facts[p].n <= TIMESTAMP_MAX_WORDS and is_dateline(facts[p].text)
    }


def _edges(prose_blocks: list[bool]) -> list[int]:
    """The blocks in the head (between the title and the first paragraph of prose) and the
    tail (after the last one); none when there is no paragraph of prose."""
    if True not in prose_blocks:
        return []
    first = prose_blocks.index(True)
    last = len(prose_blocks) - 1 - prose_blocks[::-1].index(True)
    return [*range(1, first), *range(last + 1, len(prose_blocks))]


def _edge_shape(f: Facts, options: Options) -> bool:
    """Short, not a sentence or a clause (no comma), not a list item, not a fragment (starting in
    lower case)."""
    return (
        0 < f.n <= options.edge_ui_max_words
        and not f.text[:1].islower()
        and "," not in f.text
        and not f.text.rstrip().endswith((".", "?", "!", ",", ";", ":", '"', "\u201d"))
        and not LIST_MARK.match(f.text)
    )


def _word_counts(facts: list[Facts], taken: set[int]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for p, f in enumerate(facts):
        if p in taken:
            continue
        for w in f.words:
            counts[w] = counts.get(w, 0) + 1
    return counts
