"""Lexical evidence for the topic stage: content terms of a block, weighted by rarity.

A block becomes a bag of *terms*: its words minus function words, lower-cased and cut to a
short prefix (a crude stemmer that works across languages: "sanction" and "sanctions" meet).
Each term weighs more the rarer its word is in the language (from wordfreq's Zipf scale), so
sharing "Tillerson" says far more than sharing "said". Capitalised words that do not start a
sentence are taken as names and weigh extra: a story is held together by who it is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wordfreq import zipf_frequency

from cleanarticle.language import stopwords

WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?")
OPENERS = "\"'“‘«([-–—"
HEADLINE_ENDS = (".", "!", "?", ":", ";", ",", "\"", "”", "»", "…")
SENTENCE_ENDS = (".", "!", "?", ":", ";", "”", "»")
PREFIX = 6
"""Terms are words cut to this many characters."""

_ZIPF: dict[tuple[str, str], float] = {}


def zipf(word: str, language: str) -> float:
    """wordfreq's Zipf frequency of a lower-cased word, cached (a lookup costs ~14 µs)."""
    key = (word, language)
    value = _ZIPF.get(key)
    if value is None:
        value = zipf_frequency(word, language)
        _ZIPF[key] = value
    return value


@dataclass(frozen=True, slots=True)
class Weighting:
    """How rarity turns into weight: ``max(0, ceiling - zipf)``, capped, names scaled up."""

    ceiling: float
    cap: float
    name_boost: float


@dataclass(frozen=True, slots=True)
class Bag:
    """The weighted content terms of one block, and whether it is shaped like a headline."""

    terms: dict[str, float]
    mass: float
    words: int
    function_words: int
    headline: bool

    def is_prose(self, min_words: int, min_function_share: float) -> bool:
        """Long enough and rich enough in function words to be running text, not a list."""
        return self.words >= min_words and self.function_words >= min_function_share * self.words


def bag_of(text: str, language: str, weighting: Weighting, *, headline: bool) -> Bag:
    """The weighted terms of ``text`` (each term counted once, at its largest weight)."""
    function_words = stopwords(language)
    terms: dict[str, float] = {}
    words = 0
    functional = 0
    for match in WORD.finditer(text):
        word = match.group()
        words += 1
        lower = word.lower().replace("’", "'")
        if lower.endswith("'s"):
            lower = lower[:-2]
        if lower in function_words:
            functional += word.islower()
            continue
        if len(lower) < 3:
            continue
        weight = min(weighting.cap, max(0.0, weighting.ceiling - zipf(lower, language)))
        if word[0].isupper() and not headline and not _sentence_start(text, match.start()):
            weight *= weighting.name_boost
        if weight <= 0.0:
            continue
        term = lower[:PREFIX]
        if weight > terms.get(term, 0.0):
            terms[term] = weight
    return Bag(
        terms=terms,
        mass=sum(terms.values()),
        words=words,
        function_words=functional,
        headline=headline,
    )


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 6) : start].rstrip().rstrip(OPENERS)
    return not before or before.endswith(SENTENCE_ENDS)


def is_headline(text: str, max_words: int = 14) -> bool:
    """A short line that opens with a capital or digit and does not end like a sentence."""
    words = text.split()
    return (
        0 < len(words) <= max_words
        and (text[0].isupper() or text[0].isdigit())
        and not text.endswith(HEADLINE_ENDS)
    )


def support_share(
    bag: Bag, support: dict[str, float], excluded: tuple[tuple[Bag, float], ...] = ()
) -> float:
    """The share of ``bag``'s weight whose terms are supported elsewhere in the article.

    ``support`` maps a term to the summed trust of the blocks using it; the trust that the
    ``excluded`` (bag, trust) pairs contribute is taken out first, so a block, or a run,
    cannot support itself. A term counts fully once its support reaches 1.
    """
    if bag.mass <= 0.0:
        return 0.0
    total = 0.0
    for term, weight in bag.terms.items():
        held = support.get(term, 0.0)
        if held <= 0.0:
            continue
        for other, trust in excluded:
            if term in other.terms:
                held -= trust
        if held > 0.0:
            total += weight * min(1.0, held)
    return total / bag.mass
