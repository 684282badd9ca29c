"""The article's title: the visible headline (``<h1>``) checked against the titles the page
declares (OpenGraph, JSON-LD ``headline``, Twitter card, ``<title>``), with the site's name
taken off the declared ones.

1. a headline that says the same as a declared title (case, quotes and spacing aside) gives
   the declared wording; one that contains a declared title or is contained in it gives the
   longer of the two; one that shares most of its words gives the headline;
2. else a headline of four words or more that is not the site's name;
3. else the declared title without the site's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from cleanarticle.extract.dom import HtmlElement, is_hidden, text_of
from cleanarticle.extract.signals import Signals, clean_text

SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|/|~)\s+|\s*[|»]\s*")
TOKENS = re.compile(r"\w+")
QUOTES = str.maketrans("‘’‚‛“”„‟′″", "''''\"\"\"\"'\"")
NOT_HEADLINE_ANCESTORS = frozenset(("nav", "form", "button", "select", "label", "footer", "aside"))
MIN_LONE_WORDS = 4
"""A headline sharing no words with the declared title is trusted from this many words."""
SIMILAR_SHARE = 0.5
"""Share of the shorter title's words found in the other for the two to be the same title."""


@dataclass(frozen=True)
class Title:
    """The chosen title and the headline element that shows it (or the first headline)."""

    text: str | None
    heading: HtmlElement | None


def find_title(root: HtmlElement, signals: Signals, url: str | None) -> Title:
    """The title of the page rooted at ``root``."""
    sites = site_names(signals, url)
    declared = _declared(root, signals, sites)
    headings = _headings(root, sites)
    for heading, text in headings:
        chosen = _agreeing(text, declared)
        if chosen:
            return Title(chosen, heading)
    anchor = headings[0][0] if headings else None
    for heading, text in headings:
        if len(text.split()) >= MIN_LONE_WORDS or not declared:
            return Title(text, heading)
    return Title(declared[0] if declared else None, anchor)


def site_names(signals: Signals, url: str | None) -> set[str]:
    """Keys of the names the site goes by: its declared names and its host name."""
    names = {
        signals.meta.get("og:site_name"),
        signals.meta.get("application-name"),
        signals.meta.get("apple-mobile-web-app-title"),
        signals.ld_value("publisher", "name"),
    }
    keys = {key(name) for name in names if name}
    if url:
        host = urlsplit(url).hostname or ""
        parts = [p for p in host.split(".") if p not in ("www", "com", "org", "net", "co")]
        keys.update(parts)
        keys.add(host.removeprefix("www."))
    keys.discard("")
    return keys


def key(text: str) -> str:
    """A title reduced for comparison: case folded, quotes straightened, words only."""
    return " ".join(TOKENS.findall(text.translate(QUOTES).casefold()))


def _declared(root: HtmlElement, signals: Signals, sites: set[str]) -> list[str]:
    """The declared titles, each without its site-name part, most trusted first."""
    title_el = root.find(".//title")
    raw = [
        signals.meta.get("og:title"),
        signals.ld_value("headline"),
        signals.meta.get("twitter:title"),
        clean_text(text_of(title_el)) if title_el is not None else None,
    ]
    found: list[str] = []
    for value in raw:
        form = _without_site(value, sites) if value else None
        if form and form not in found:
            found.append(form)
    return found


def _without_site(title: str, sites: set[str]) -> str:
    """``"Headline | Site"`` → ``"Headline"``: the parts that name the site are dropped; of
    several other parts the first is kept when it has two words or more."""
    parts = [p for p in SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    kept = [p for p in parts if not _is_site(p, sites)]
    if len(kept) == 1:
        return kept[0]
    if not kept:
        return parts[0]
    if len(kept) < len(parts):
        return " - ".join(kept) if len(kept[0].split()) < 2 else kept[0]
    return kept[0] if len(kept[0].split()) >= 2 else max(kept, key=len)


def _is_site(part: str, sites: set[str]) -> bool:
    k = key(part)
    squashed = k.replace(" ", "")
    return bool(k) and any(k == s or squashed == s.replace(" ", "") for s in sites)


def _headings(root: HtmlElement, sites: set[str]) -> list[tuple[HtmlElement, str]]:
    found: list[tuple[HtmlElement, str]] = []
    for h1 in root.iter("h1"):
        text = clean_text(text_of(h1))
        if not text or len(text) > 300 or "{{" in text or _is_site(text, sites):
            continue
        if is_hidden(h1) or any(a.tag in NOT_HEADLINE_ANCESTORS for a in h1.iterancestors()):
            continue
        found.append((h1, text))
        if len(found) == 4:
            break
    return found


def _agreeing(heading: str, declared: list[str]) -> str | None:
    """The title to give when ``heading`` agrees with a declared title, else ``None``."""
    hk = key(heading)
    if not hk:
        return None
    for value in declared:
        if key(value) == hk:
            return value
    for value in declared:
        dk = key(value)
        if dk and (dk in hk or hk in dk) and min(len(dk), len(hk)) >= 0.5 * max(len(dk), len(hk)):
            return heading if len(hk) >= len(dk) else value
    for value in declared:
        if _shared(hk, key(value)) >= SIMILAR_SHARE:
            return heading
    return None


def _shared(a: str, b: str) -> float:
    wa, wb = set(a.split()), set(b.split())
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))
