"""The article's author: JSON-LD ``author``, author meta tags, elements marked as the author
(``itemprop``, ``rel``, author/byline classes) near the headline first, and "By …" lines next
to the headline. Names are cleaned of their "By"/"Von"/"Par" prefixes and of trailing roles
and dates; a value that is a URL, a handle with digits, or the site's own name is passed over
while a person's name is available.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from cleanarticle.extract.dates import MONTHS, normalise_date
from cleanarticle.extract.dom import HtmlElement, text_of
from cleanarticle.extract.signals import Signals, clean_text
from cleanarticle.extract.titles import key

PREFIX = re.compile(
    r"^\s*(?:(?:written|posted|published|reviewed|words|story|text|article|recipe|"
    r"geschrieben|écrit|escrito|scritto)\s+)?"
    r"(?:by|von|par|por|di|door|av|af|przez|author|autor|auteur|written by)\b\s*:?\s*",
    re.IGNORECASE,
)
LEADING_DATE = re.compile(r"^[^\W\d_]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?\s+")
INNER_BY = re.compile(r"^(?:\w+\s+){1,2}by\s+(?=[A-Z])")
GLUED_LABEL = re.compile(r"^(?:[Ww]ritten [Bb]y|[Pp]osted [Bb]y|[Bb]y|[Aa]uthor)(?=[A-Z])")
TRAILER = re.compile(
    r"\s+(?:[|•·–—]|-\s|on\s+\w+\s+\d|updated|published|posted|last\s|\d{1,2}[/.]\d|"
    r"on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|on\s+behalf\s|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
    re.IGNORECASE,
)
BY_LINE = re.compile(
    r"^\s*(?:by|von|par|por|door|av|af)\s*:?\s+(\w[\w.'’-]*(?:\s+(?:and\s+|&\s+)?\w[\w.'’-]*){0,5})",
    re.IGNORECASE,
)
ROLE_TAIL = re.compile(
    r"\s+(?:(?:(?:associate|assistant|senior|staff|contributing|executive|managing|deputy|"
    r"chief|guest|freelance|lead|news|features?|commerce|sr\.?)\s+)*"
    r"(?:editor|writer|contributor|reporter|correspondent|columnist|journalist|author)"
    r"|(?:more|other|all|see|view)\s+(?:posts|articles|stories|by|from|all|in)"
    r"|view\s+\w+\s+\w+)\b.*$",
    re.IGNORECASE,
)
"""A role or a link after the name ("Jane Doe Associate Editor", "Jane Doe More posts")."""
PARTICLES = frozenset((
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "la", "le",
    "bin", "ibn", "al", "el", "y", "e", "and", "und", "et", "&", "of", "the", "team", "staff",
    "editors",
))  # fmt: skip
"""Lower-case words a shown name may hold ("Ludwig van Beethoven", "A and B", "the Site team")."""
PLACEHOLDER = re.compile(r"(?:[a-z_]+\.)+(?:author|name|byline)s?", re.IGNORECASE)
"""A template key left in the page ("page.head.author"), not a name."""
META_AUTHOR = ("author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author")
ORGANISATIONS = ("organization", "organisation", "corporation", "newsmediaorganization")
MAX_NAME_CHARS = 80
BY_LINE_TEXTS = 4
"""How many texts around the headline are searched for a "By …" line."""
MAX_NAME_WORDS = 8
MAX_ANCESTORS = 12
CONNECTORS = frozenset((",", "and", "&", ", and", "und", "et", "y", "e"))
LABEL = re.compile(
    r"(?:(?:written|posted|published|authored|reviewed|words|text|article|story)\s*)?"
    r"(?:by|von|par|por|door|author|autor|auteur|authors)?\s*[:|•·,-]?\s*"
    r"|(?:last\s+)?(?:updated|modified|published|posted)(?:\s+on)?\s*:?",
    re.IGNORECASE,
)
NOT_NAMES = frozenset((
    "updated", "published", "posted", "author", "authors", "name", "share", "comments",
    "admin", "editor", "staff", "by", "written by", "the author", "about the author", "home",
    "menu", "search", "login", "log in", "subscribe", "contact", "follow", "about",
    "about us", "skip to content", "skip to main content", "read more",
))  # fmt: skip


def find_author(
    root: HtmlElement,
    signals: Signals,
    heading: HtmlElement | None,
    near: list[str],
    sites: set[str],
    title: str | None = None,
) -> str | None:
    """The page's author(s) as one string (several joined with "and"/commas), or ``None``."""
    fallback: str | None = None
    for values, declared in _candidates(root, signals, heading, near):
        name = _clean_list(values) if declared else clean_name(values[0]) if values[0] else None
        if not name:
            continue
        if title and key(name) == key(title):
            continue
        if key(name) in sites or key(name).replace(" ", "") in sites:
            fallback = fallback or name
            continue
        return name
    return fallback


def _candidates(
    root: HtmlElement, signals: Signals, heading: HtmlElement | None, near: list[str]
) -> Iterator[tuple[list[str], bool]]:
    """Candidate names, each with whether the page declares it (JSON-LD, meta tags)."""
    people, organisations = _ld_authors(signals.ld)
    if people:
        yield people, True
    yield from (([signals.meta.get(k) or ""], True) for k in META_AUTHOR)
    marked = _marked(signals, heading)
    first = next(marked, None)
    yield [first or ""], False
    yield from (([name], False) for name in _by_lines(near[:BY_LINE_TEXTS]))
    yield from (([name], False) for name in marked)
    if organisations:
        yield organisations, True


def _marked(signals: Signals, heading: HtmlElement | None) -> Iterator[str]:
    """Texts of the elements marked as the author, those around the headline (within its
    grandparent, then its great-grandparent) first."""
    found = [el for el in signals.marked.authors if not _in_comments_or_form(el)]
    scopes = _scopes(heading)
    order = sorted(range(len(found)), key=lambda i: (_scope_rank(found[i], scopes), i))
    for i in order:
        el = found[i]
        name = el.find(".//*[@itemprop='name']")
        if name is not None:
            yield name.get("content") or text_of(name)
        else:
            yield byline_name(el) or ""


def _scopes(heading: HtmlElement | None) -> list[HtmlElement]:
    scopes: list[HtmlElement] = []
    el = heading
    for _ in range(3):
        el = el.getparent() if el is not None else None
        if el is None:
            break
        scopes.append(el)
    return scopes[1:] if len(scopes) > 1 else scopes


def _scope_rank(el: HtmlElement, scopes: list[HtmlElement]) -> int:
    if not scopes:
        return 0
    ancestors = set(el.iterancestors())
    for rank, scope in enumerate(scopes):
        if scope in ancestors:
            return rank
    return len(scopes)


def byline_name(el: HtmlElement) -> str | None:
    """The name(s) in a byline element, read text node by text node: labels ("By",
    "Written by", dates) are skipped, the first piece that is a name is taken, with the
    names joined to it by commas or "and"."""
    pieces = [" ".join(t.split()) for t in el.itertext()]
    pieces = [p for p in pieces if p]
    names: list[str] = []
    joiner = ""
    for piece in pieces:
        if names:
            if piece.lower() in CONNECTORS:
                joiner = piece
                continue
            if not joiner:
                break
            name = clean_name(piece)
            if not name:
                break
            names.append(("" if joiner.startswith(",") else " ") + joiner + " " + name)
            joiner = ""
            continue
        if LABEL.fullmatch(piece) or (len(piece) < 30 and normalise_date(piece)):
            continue
        name = clean_name(piece)
        if name:
            names.append(name)
        elif len(piece) > 3:
            break
    return "".join(names) if names else None


def _in_comments_or_form(el: HtmlElement) -> bool:
    for i, ancestor in enumerate(el.iterancestors()):
        if i > MAX_ANCESTORS:
            return False
        if ancestor.tag == "form":
            return True
        names = f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}".lower()
        if "comment" in names or "respond" in names:
            return True
    return False


def _by_lines(texts: Iterable[str]) -> Iterator[str]:
    for text in texts:
        if len(text) > 200:
            text = text[:200]
        match = BY_LINE.search(text)
        if match:
            yield match.group(1)


def _ld_authors(ld: tuple[dict[str, Any], ...]) -> tuple[list[str], list[str]]:
    """Names of people and of organisations given as the author of the first article."""
    for obj in ld:
        value = obj.get("author") or obj.get("creator")
        items = value if isinstance(value, list) else [value]
        people: list[str] = []
        organisations: list[str] = []
        for item in items:
            name = item.get("name") if isinstance(item, dict) else item
            if isinstance(name, list):
                name = name[0] if name else None
            if not isinstance(name, str) or not name.strip() or "://" in name:
                continue
            kind = str(item.get("@type", "")).lower() if isinstance(item, dict) else ""
            (organisations if kind in ORGANISATIONS else people).append(clean_text(name))
        if people or organisations:
            return people, organisations
    return [], []


def _clean_list(names: list[str]) -> str | None:
    """Declared names (JSON-LD, meta tags), each cleaned without the casing check, joined."""
    cleaned = [clean_name(name, declared=True) for name in names if name]
    kept = [name for name in cleaned if name]
    return join_names(kept) if kept else None


def clean_name(value: str, *, declared: bool = False) -> str | None:
    """A byline reduced to the name(s): prefixes, roles and dates cut; ``None`` when what is
    left does not look like a name. Declared names (``declared``) may be all lower case."""
    text = clean_text(value)
    text = LEADING_DATE.sub("", text, count=1).lstrip(" ·•|-–—")
    text = PREFIX.sub("", text, count=1)
    text = INNER_BY.sub("", text, count=1)
    text = GLUED_LABEL.sub("", text, count=1)
    cut = TRAILER.search(text)
    if cut:
        text = text[: cut.start()]
    if ROLE_TAIL.fullmatch(" " + text):
        return None
    text = ROLE_TAIL.sub("", text, count=1) if len(text.split()) > 2 else text
    if re.search(r"[^\W\d]\d{3}", text):
        return None
    digit = re.search(r"\d", text)
    if digit:
        text = text[: digit.start()]
    text = text.strip(" ,;:|-–—•·")
    if not text or len(text) > MAX_NAME_CHARS or len(text.split()) > MAX_NAME_WORDS:
        return None
    if "://" in text or "@" in text or text.startswith("www.") or "*" in text:
        return None
    if PLACEHOLDER.fullmatch(text):
        return None
    if text.casefold() in NOT_NAMES or text.casefold().endswith(" says"):
        return None
    words = text.split()
    if not declared and len(words) > 1 and not _shown_name(words):
        return None
    if not any(c.isalpha() for c in text) or text.rstrip(".").lower() in MONTHS:
        return None
    return text


def _shown_name(words: list[str]) -> bool:
    """Whether the words of a name shown on the page are cased as one: every word capitalised
    but name particles ("van", "de") and connectors ("and")."""
    return all(not w[:1].isalpha() or w[:1].isupper() or w.casefold() in PARTICLES for w in words)


def join_names(names: list[str]) -> str:
    """``["A", "B"]`` → ``"A and B"``, ``["A", "B", "C"]`` → ``"A, B, C"``."""
    names = list(dict.fromkeys(names))
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]} and {names[1]}"
    return ", ".join(names)
