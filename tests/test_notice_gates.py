"""The notice rules' gates agree with their patterns.

Several notice rules run a pattern only on lines whose first word is in a small set, or that
hold a word of a small set (a cheap test before the pattern). Each set is written by hand
beside its pattern; these tests read the pattern's possible matches from the compiled pattern
itself, so a pattern that learns a new phrase cannot be silently gated off.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

import pytest

from cleanarticle import boilerplate_notices as notices

sre: Any = importlib.import_module("re._constants")  # a pattern's parsed form (standard library)
sre_parse: Any = importlib.import_module("re._parser")

OPEN = "\x00"
"""Marks an opening that continues with something other than fixed letters."""
MAX_OPENINGS = 5000


def openings(pattern: str) -> set[str]:
    """The fixed texts a match of ``pattern`` can open with, each up to the end of its first
    word (ending in ``OPEN`` when what follows is not fixed: a class or a wildcard)."""
    return {text for text, _ in _walk(list(sre_parse.parse(pattern)), {("", False)})}


State = tuple[str, bool]
"""The text an opening has so far, and whether it is finished."""


def _walk(items: list[tuple[Any, Any]], states: set[State]) -> set[State]:
    """Follow the parsed ``items`` from each state."""
    for op, arg in items:
        live = {s for s in states if not s[1]}
        if not live:
            break
        done = states - live
        if op is sre.AT:
            continue
        if op is sre.LITERAL:
            states = done | {_add(text, chr(arg)) for text, _ in live}
        elif op is sre.BRANCH:
            states = done | set().union(*(_walk(list(seq), live) for seq in arg[1]))
        elif op is sre.SUBPATTERN:
            states = done | _walk(list(arg[3]), live)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, _, seq = arg
            once = _walk(list(seq), live)
            states = done | once | (live if low == 0 else set())
        elif op is sre.IN and all(kind is sre.LITERAL for kind, _ in arg):
            states = done | {_add(text, chr(c)) for text, _ in live for _, c in arg}
        else:
            states = done | {(text + OPEN, True) for text, _ in live}
        assert len(states) < MAX_OPENINGS, "pattern too open to enumerate"
    return states


def _add(text: str, char: str) -> State:
    """``text`` with one more character; finished once a word has ended."""
    if re.match(r"\w", char) or not re.search(r"\w", text):
        return text + char, False
    return text, True


def first_word(opening: str) -> str:
    """The first word of an opening, as ``Facts.words[0]`` would hold it ("" when the word
    itself goes on with something not fixed)."""
    fixed = opening.partition(OPEN)[0]
    found = re.search(r"\w+", fixed)
    if found is None or (found.end() == len(fixed) and opening != fixed):
        return ""
    return found.group(0)


GATES = [
    ("COMMENT_WIDGET", "WIDGET_FIRST"),
    ("READ_IN", "WIDGET_FIRST"),
    ("AUTHOR_ARCHIVE", "WIDGET_FIRST"),
    ("REPUBLISHED", "WIDGET_FIRST"),
    ("ACCOUNT_PROMPT", "ACCOUNT_FIRST"),
    ("HERE_LABEL", "ACCOUNT_FIRST"),
    ("SITE_CREDIT", "ACCOUNT_FIRST"),
    ("EMBED", "EMBED_FIRST"),
    ("LEAVING", "LEAVING_FIRST"),
    ("NOTIFICATIONS", "NOTIFICATION_FIRST"),
]


@pytest.mark.parametrize(("pattern", "gate"), GATES)
def test_every_first_word_of_a_gated_pattern_passes_its_gate(pattern: str, gate: str) -> None:
    compiled: re.Pattern[str] = getattr(notices, pattern)
    allowed: frozenset[str] = getattr(notices, gate)
    words = {first_word(o) for o in openings(compiled.pattern)}
    assert words and "" not in words, f"{pattern} has an opening without a fixed first word"
    assert words <= allowed, f"{gate} lacks {sorted(words - allowed)} that {pattern} opens with"


def test_openings_follow_branches_options_and_classes() -> None:
    found = {first_word(o) for o in openings(r"^(?:sort(?:ed)? by|¿?quieres|[ab]c|x\d)")}
    assert found == {"sort", "sorted", "quieres", "ac", "bc", ""}  # "x\\d": not fixed


def texts(pattern: str) -> set[str]:
    """Every way through ``pattern`` as text: fixed letters as they are, anything else
    (classes, wildcards) as ``OPEN``; an optional part taken once or not at all."""
    return _through(list(sre_parse.parse(pattern)), {""})


def _through(items: list[tuple[Any, Any]], prefixes: set[str]) -> set[str]:
    for op, arg in items:
        if op is sre.AT:
            continue
        if op is sre.LITERAL:
            prefixes = {p + chr(arg) for p in prefixes}
        elif op is sre.BRANCH:
            prefixes = set().union(*(_through(list(seq), prefixes) for seq in arg[1]))
        elif op is sre.SUBPATTERN:
            prefixes = _through(list(arg[3]), prefixes)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, _, seq = arg
            once = _through(list(seq), prefixes)
            prefixes = once | (prefixes if low == 0 else set())
        elif op is sre.IN and all(kind is sre.LITERAL for kind, _ in arg):
            prefixes = {p + chr(c) for p in prefixes for _, c in arg}
        else:
            prefixes = {p + OPEN for p in prefixes}
        assert len(prefixes) < 20 * MAX_OPENINGS, "pattern too open to enumerate"
    return prefixes


def whole_words(text: str) -> set[str]:
    """The words of ``text`` that no open part touches (an open part may lengthen them)."""
    return {
        m.group(0)
        for m in re.finditer(r"\w+", text)
        if OPEN not in text[max(0, m.start() - 1) : m.start()] + text[m.end() : m.end() + 1]
    }


WORD_GATES = [
    ("FORM_HINT", "FORM_WORDS", "*"),
    ("DELAYED_QUOTES", "MARKET_WORDS", None),
    ("AD_FEEDBACK", "FEEDBACK_WORDS", None),
    ("VIEWER", "VIEWER_WORDS", None),
]


@pytest.mark.parametrize(("pattern", "gate", "also"), WORD_GATES)
def test_every_match_of_a_word_gated_pattern_holds_a_word_of_its_gate(
    pattern: str, gate: str, also: str | None
) -> None:
    compiled: re.Pattern[str] = getattr(notices, pattern)
    needed: frozenset[str] = getattr(notices, gate)
    ungated = [
        t
        for t in texts(compiled.pattern)
        if needed.isdisjoint(whole_words(t)) and not (also and also in t)
    ]
    assert not ungated, f"{gate} holds no word of these matches of {pattern}: {ungated[:3]}"


def test_texts_and_whole_words_follow_the_pattern() -> None:
    found = texts(r"\bneed (?:the )?(?:reader|plug-?in)\d")
    assert "need the reader" + OPEN in found and "need plugin" + OPEN in found
    assert whole_words("need the reader" + OPEN) == {"need", "the"}


def _fixed_first_word(opening: str) -> str:
    """The first word of an opening's fixed text ("" when there is none). These patterns follow
    their first word with a space, a mark or the end of the line, never with more letters, so
    the word is whole even when a class comes after it."""
    found = re.search(r"\w+", opening.partition(OPEN)[0])
    return found.group(0) if found else ""


SERVICE_PATTERNS = [
    "COPY_BUTTON",
    "EDIT_PAGE",
    "DOI_LINE",
    "ALL_AUTHORS",
    "PRESS_LABEL",
    "PRESS_NOTES",
    "REVIEWED_ON",
    "NATIONAL_LOGIN",
    "TICKET_BUTTON",
    "FREE_CANCELLATION",
    "PDF_ONLY",
    "NEW_SERVICE",
    "EPISODE",
    "LISTEN_ON",
    "REFRESH",
    "CONTACT_BUTTON",
]


@pytest.mark.parametrize("pattern", SERVICE_PATTERNS)
def test_every_first_word_of_a_service_pattern_opens_its_rules(pattern: str) -> None:
    from cleanarticle import boilerplate_services as services

    compiled: re.Pattern[str] = getattr(services, pattern)
    words = {_fixed_first_word(o) for o in openings(compiled.pattern)}
    assert words and "" not in words, f"{pattern} has an opening without a fixed first word"
    # an optional part skipped joins the first word to the next ("doi" and "10" as "doi10"):
    # such a word counts as its shorter form when that is an opening of its own
    lacking = sorted(
        w
        for w in words - services.OPENERS
        if not any(w.startswith(v) and v in services.OPENERS for v in words if v != w)
    )
    assert not lacking, f"OPENERS lacks {lacking} that {pattern} opens with"
