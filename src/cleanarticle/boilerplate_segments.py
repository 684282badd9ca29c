"""Line findings, and lines made of furniture pieces set side by side.

A page often prints several small pieces of furniture on one line, between separators: a
reading time and a timestamp ("Reading time 7 min · Updated 11 Mar 2025"), a comment count and
a prompt ("48 comments | Have your say"), cookie buttons side by side. No rule knows the whole
line, but the rules know its pieces: a line cut by separators is furniture when at least half of
its pieces are furniture on their own and the others are short and no sentences (a button the
rules do not know, "Configurar o rechazar"), for the reason of its first known piece (one that
is not a date or a byline) and at the least confident of their scores. A line of dates and
bylines only ("12 min read · 2 days ago") is a timestamp line.

Dashes set off the parts of headings too ("10 Tipps \u2013 so gelingt der Umzug"), so a dash makes
pieces only after a count the rules know, with a short prompt of words after it: "23 Kommentare
\u2013 jetzt mitreden" (a price list, "1 Site \u2013 $199/year", stays).
"""

from __future__ import annotations

import re

from cleanarticle.boilerplate_east_asian import east_asian
from cleanarticle.boilerplate_facts import (
    ANY_DIGIT,
    BAR_MARKS,
    BAR_SEPARATOR,
    Facts,
    Finding,
    facts,
)
from cleanarticle.boilerplate_notices import notice
from cleanarticle.boilerplate_posts import post_furniture
from cleanarticle.boilerplate_promos import promo
from cleanarticle.boilerplate_rules import first_finding
from cleanarticle.boilerplate_services import service_furniture
from cleanarticle.options import Options

SYMBOL_MARKS = "\u2399\u2726\u2727\u25aa\u25ab\u25cf\u25e6\u2666\u2756"
SYMBOL_SEPARATOR = re.compile(rf"\s[{SYMBOL_MARKS}]\s")
"""A print sign, a sparkle, a small square, a dot or a diamond between spaces, set between
buttons ("Imprimer la recette \u2399 \u00c9pingler", "Imprimir receita \u2726 Guardar no
Pinterest"); arrows and check marks are not: they draw diagrams and fill tables."""
DASH_SEPARATOR = re.compile(r"\s[\u2013\u2014-]\s")
"""A dash between spaces, setting off the prompt after a count."""
SENTENCE_BREAK = re.compile(r"(?<=[^\W\d][.!?])\s+")
"""The space after a sentence's stop (after a word: "Next up: 5. Specs" is one sentence)."""
CREDITED = frozenset(("credit",))
"""A credit opening a line of sentences ("This article was first published by ...") stays
with them: the article's own note on where it comes from."""
ABBREVIATION_MAX_WORDS = 2
"""An unknown piece may end with a stop when it is this short: an abbreviation ("6 Min.")."""
DATED = frozenset(("timestamp", "byline"))
"""Reasons that a piece naming a person or a date gets: beside an unknown piece (a name), they
make a comment's signature or a byline, which the line rules judge whole."""


def line_finding(f: Facts, stopwords: frozenset[str], options: Options) -> Finding | None:
    """What the line rules say of a block, or of every piece of it (see the module)."""
    found = _known(f, options)
    if found is not None or f.n > options.boilerplate_max_words:
        return found
    if any(mark in f.text for mark in BAR_MARKS) or _symbol_marked(f.text):
        return _pieces_finding(f.text, stopwords, options)
    if _dashed(f.text) and ANY_DIGIT.search(f.text):
        return _counted_finding(f.text, stopwords, options)
    if f.terminal and f.n <= options.boilerplate_sentences_max_words:
        inner = f.text.rstrip()[:-1]
        if ". " in inner or "? " in inner or "! " in inner:
            return _sentences_finding(f.text, stopwords, options)
    return None


def _known(f: Facts, options: Options) -> Finding | None:
    """The finding of the first line rule with an opinion on a block, if any."""
    return (
        first_finding(f, options)
        or notice(f)
        or promo(f)
        or post_furniture(f)
        or service_furniture(f)
        or east_asian(f)
    )


def _symbol_marked(text: str) -> bool:
    return any(mark in text for mark in SYMBOL_MARKS) and SYMBOL_SEPARATOR.search(text) is not None


def _dashed(text: str) -> bool:
    return (" - " in text or " \u2013 " in text or " \u2014 " in text) and bool(
        DASH_SEPARATOR.search(text)
    )


def _symbol_cut(text: str) -> list[str]:
    return SYMBOL_SEPARATOR.split(text) if SYMBOL_SEPARATOR.search(text) else [text]


def _counted_finding(text: str, stopwords: frozenset[str], options: Options) -> Finding | None:
    """A count the rules know with a short prompt after a dash ("23 Kommentare \u2013 jetzt
    mitreden"): dashes set off a heading's parts too, so only a count opening the line counts
    as a piece."""
    count, rest = DASH_SEPARATOR.split(text, maxsplit=1)
    if not ANY_DIGIT.search(count):  # ("Kommentare (87) \u2013 Jetzt mitdiskutieren" counts too)
        return None
    found = _known(facts(count, stopwords), options)
    if found is None or found.reason in DATED or not rest.strip():
        return None
    rest_facts = facts(rest, stopwords)
    if rest_facts.n > options.boilerplate_piece_max_words or rest_facts.terminal:
        return None
    if any(c.isdigit() or c in "$£€" for c in rest):  # a price list: "1 Site \u2013 $199/year"
        return None
    return found


def _sentences_finding(text: str, stopwords: frozenset[str], options: Options) -> Finding | None:
    """A short line of sentences opening with a UI string the rules know, its full stop taken
    for a separator, the others short ("Escribe tu comentario. Recuerda ser respetuoso.")."""
    sentences = [s.strip() for s in SENTENCE_BREAK.split(text) if s.strip()]
    if len(sentences) < 2:
        return None
    found = _known(facts(sentences[0].removesuffix("."), stopwords), options)
    if found is None or found.reason in DATED or found.reason in CREDITED:
        return None
    if found.score < options.boilerplate_sentences_min_score:
        return None
    for sentence in sentences[1:]:
        if len(sentence.split()) > options.boilerplate_piece_max_words:
            return None
    return found


def _pieces_finding(text: str, stopwords: frozenset[str], options: Options) -> Finding | None:
    """The finding on a line from its pieces between bars, middle dots or bullets (not dashes:
    headings use them, "Native apps examples \u2013 Spotify, Facebook, Snapchat")."""
    pieces = [piece.strip() for cut in BAR_SEPARATOR.split(text) for piece in _symbol_cut(cut)]
    pieces = [piece for piece in pieces if piece]
    if len(pieces) < 2:
        return None
    first: Finding | None = None
    dated: str | None = None
    least = 1.0
    unknown = 0
    for piece in pieces:
        piece_facts = facts(piece, stopwords)
        found = _known(piece_facts, options)
        if found is None:
            if piece_facts.n > options.boilerplate_piece_max_words:
                return None
            if piece_facts.terminal and piece_facts.n > ABBREVIATION_MAX_WORDS:
                return None
            unknown += 1
            continue
        if found.reason not in DATED:
            first = first or found
        else:
            dated = dated or found.reason
        least = min(least, found.score)
    if first is None and unknown == 0 and dated is not None:  # "5 min read · 2 days ago"
        return Finding(dated, least)
    if first is None or unknown > len(pieces) - unknown:
        return None
    return Finding(first.reason, least)
