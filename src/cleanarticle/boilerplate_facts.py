"""What the boilerplate rules know about one block, and what they say about it.

:class:`Facts` (words, function words, end punctuation) are computed once per block; a rule
returns a :class:`Finding` (reason code and score) or ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from cleanarticle.language import lower_words
from cleanarticle.models import LIST_MARK as LIST_MARK  # the rules' list mark, shared with text
from cleanarticle.models import slot_setters

TOKEN = re.compile(r"\w+")
TERMINAL = (
    ".",
    "?",
    "!",
    "\u2026",
    '"',
    "\u201d",
    "\u00bb",
    "'",
    "\u2019",
    "\u3002",
    "\uff01",
    "\uff1f",
)
"""How a sentence ends (the full-width stops of Chinese and Japanese among them)."""
DIGITS = re.compile(r"^\d[\d.,:]*[km]?$")
ANY_DIGIT = re.compile(r"\d")
"""A figure anywhere in a line."""
BAR_MARKS = "|\u00b7\u2022"
"""A bar, a middle dot and a bullet: what a page sets between pieces on one line."""
BAR_SEPARATOR = re.compile(rf"\s[{BAR_MARKS}]\s")
"""One of :data:`BAR_MARKS` between spaces ("109 Comments | Grow a Garden")."""


@dataclass(frozen=True, slots=True, init=False)
class Facts:
    """What the rules need to know about one block, computed once.

    Long blocks are split on spaces rather than tokenised (see ``LONG_BLOCK``).
    """

    text: str
    lower: str
    """The text lower-cased, typographic apostrophes made plain, a Turkish "İ" made "i" (as
    long as ``text``)."""
    words: tuple[str, ...]
    n: int
    function_words: int
    terminal: bool

    def __init__(
        self,
        text: str,
        lower: str,
        words: tuple[str, ...],
        n: int,
        function_words: int,
        terminal: bool,
    ) -> None:
        _set_text(self, text)  # (see models.slot_setters: made once per kept block)
        _set_lower(self, lower)
        _set_words(self, words)
        _set_n(self, n)
        _set_function_words(self, function_words)
        _set_terminal(self, terminal)


_set_text, _set_lower, _set_words, _set_n, _set_function_words, _set_terminal = slot_setters(Facts)


@dataclass(frozen=True, slots=True)
class Finding:
    """A rule's opinion: the block is furniture of this kind, with this confidence."""

    reason: str
    score: float


Rule = Callable[[Facts], Finding | None]
"""A line rule: a finding about one block, or None when it has no opinion."""


def first_opinion(rules: tuple[Rule, ...], f: Facts, max_words: int) -> Finding | None:
    """The finding of the first rule with an opinion on a block of at most ``max_words``
    words (longer blocks are not judged by these rules)."""
    if f.n > max_words:
        return None
    for rule in rules:
        found = rule(f)
        if found is not None:
            return found
    return None


PICTOGRAPH_OPENING = re.compile(r"^[\U0001F000-\U0001FAFF\u200d\ufe0f]+\s*(?=[^\W\d_])")
"""Emoji opening a line before its first letter ("\U0001f4e9 Get the newsletter",
"\U0001f449 Follow us"): decoration, which no rule reads."""


def undecorated(text: str) -> str:
    """``text`` without the emoji opening it (see ``PICTOGRAPH_OPENING``)."""
    if text and text[0] >= "\U0001f000":
        return PICTOGRAPH_OPENING.sub("", text)
    return text


LONG_BLOCK = 300
"""Blocks longer than this (in characters) are split on spaces, not tokenised: faster, and
no line rule needs their exact words."""


def facts(text: str, stopwords: frozenset[str]) -> Facts:
    """Compute the facts of one block of text (the rules' "you've" and "don't" read these
    words written with a typographic apostrophe too: see ``Facts.lower``)."""
    lower = text.lower()
    if "\u2019" in lower:
        lower = lower.replace("\u2019", "'")
    if "\u0307" in lower:  # a Turkish capital "İ" lower-cases to "i" and a combining dot
        lower = lower.replace("i\u0307", "i")
    words = tuple(lower_words(text) if len(lower) <= LONG_BLOCK else lower.split())
    return Facts(  # (text, lower, words, n, function_words, terminal: no keywords, made per block)
        text,
        lower,
        words,
        len(words),
        sum(map(stopwords.__contains__, words)),
        text.rstrip().endswith(TERMINAL),
    )


def any_of(*patterns: str) -> re.Pattern[str]:
    """One regex matching any of ``patterns``."""
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@dataclass(frozen=True, slots=True)
class Cues:
    """Phrases that open a line and phrases that may stand anywhere in it, looked for together.

    They are two regular expressions: the opening phrases are matched at the start of the
    line only, the others searched. One expression with branches anchored by ``^`` among free
    ones is tried at every position of the line, every anchored branch included: two to seven
    times slower on the lines these rules read.
    """

    opening: re.Pattern[str] | None
    anywhere: re.Pattern[str] | None

    def search(self, text: str) -> re.Match[str] | None:
        """An opening phrase at the start of ``text``, or else a phrase anywhere in it."""
        found = self.opening.match(text) if self.opening is not None else None
        if found is None and self.anywhere is not None:
            found = self.anywhere.search(text)
        return found


def cues(*, opening: tuple[str, ...] = (), anywhere: tuple[str, ...] = ()) -> Cues:
    """:class:`Cues` from patterns of phrases that open a line (written without ``^``: they
    are matched at its start) and of phrases found anywhere in it."""
    return Cues(any_of(*opening) if opening else None, any_of(*anywhere) if anywhere else None)
