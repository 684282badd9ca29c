"""The article's title: the visible headline (``<h1>``) checked against the titles the page
declares (OpenGraph, JSON-LD ``headline``, Twitter card, ``<title>``), with the site's name
taken off the declared ones.

1. a headline that says the same as a declared title (case, quotes and spacing aside) gives
   the declared wording; one that contains a declared title or is contained in it gives the
   longer of the two; one that shares most of its words gives the headline;
2. else a headline of four words or more that is not the site's name, unless a lower
   heading (``<h2>``, ``<h3>``) shows a declared title whole: then that heading;
3. else the declared title without the site's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from cleanarticle.extract.dates import MONTHS, normalise_date
from cleanarticle.extract.dom import HtmlElement, is_hidden, text_of
from cleanarticle.extract.mojibake import repair
from cleanarticle.extract.signals import Signals, clean_text
from cleanarticle.models import TITLE_SEPARATORS

SEPARATED = re.compile(f"({TITLE_SEPARATORS.pattern})")
TOKENS = re.compile(r"\w+")
SENTENCE_END = re.compile(r"\w[.?!]$")
LINE_BREAKS = frozenset(("br", "div", "p", "small", "h2", "h3", "h4"))
TRIM = " :|-–—•·»/~,"
ORNAMENTS = " ⋆★☆•·|~"
GUILLEMETS = {"»": "«", "«": "»", "›": "‹", "‹": "›"}
"""Each guillemet with the one that pairs with it (French «…», German »…«): an ornament at
an end of a title unless its pair is in the title (a quotation that ends it)."""
HOST = re.compile(r"\b[\w-]+\.(?:com|org|net|io|ai|dev|co|uk|de|fr|edu|gov)\b", re.IGNORECASE)
FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | dict.fromkeys(
    (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)
)
"""Full-width punctuation made plain; zero-width spaces and joiners dropped."""
MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+")
QUOTES = str.maketrans("‘’‚‛“”„‟′″", "''''\"\"\"\"'\"")
NOT_HEADLINE_ANCESTORS = frozenset(("nav", "form", "button", "select", "label", "footer", "aside"))
YEAR = re.compile(r"(?:19|20)\d\d")
MAX_CREDIT_WORDS = 3
"""A part this short ending in the site's name ("via Site") is a credit, not the title."""
ARTICLE_TAGS = frozenset(("article", "main"))
MAX_SITE_WORDS = 3
"""A part of at most this many words beginning or ending with the site's name names it."""
MIN_SITE_CHARS = 4
"""... when that name has at least this many characters."""
MIN_LONE_WORDS = 4
"""A headline sharing no words with the declared title is trusted from this many words."""
MAX_HEADLINES = 4
"""How many ``<h1>`` are considered as the headline."""
MAX_LOWER_HEADINGS = 12
"""How many ``<h2>``/``<h3>`` are looked at for the shown title on pages without ``<h1>``."""
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
    raw = _raw_declared(root, signals)
    declared, whole = _declared(raw, sites), _whole(raw, sites)
    headings = _headings(root, sites, ("h1",), MAX_HEADLINES)
    agreed = _showing_whole(headings, whole) or _agreeing(headings, declared, sites, lower=False)
    if agreed:
        fuller = _fuller_below(root, sites, agreed, headings, raw) if declared else None
        return Title(tidy(fuller[1]), fuller[0]) if fuller else Title(tidy(agreed[1]), agreed[0])
    lower = _headings(root, sites, ("h2", "h3"), MAX_LOWER_HEADINGS) if declared else []
    agreed = _agreeing(lower, declared, sites, lower=True)
    if agreed:
        return Title(tidy(agreed[1]), agreed[0])
    if not headings:
        similar = _agreeing(lower, declared, sites, lower=False)
        anchor = similar[0] if similar else None
        return Title(tidy(declared[0]) if declared else None, anchor)
    anchor = headings[0][0]
    for heading, text in headings:
        if len(text.split()) >= MIN_LONE_WORDS or not declared:
            # a lower heading showing a declared title whole outranks an <h1> agreeing
            # with none (a teaser's or a section's headline)
            shown = _showing_whole(lower, whole)
            return Title(tidy(shown[1]), shown[0]) if shown else Title(tidy(text), heading)
    return Title(tidy(declared[0]) if declared else None, anchor)


def tidy(title: str) -> str:
    """A title without trailing ornaments or a leading Markdown heading mark, full-width
    punctuation made plain, and only its first part when pipes split it into a headline
    and a tagline."""
    title = MARKDOWN_HEADING.sub("", repair(title.translate(FULL_WIDTH)).replace("…", "..."))
    title = _without_ornaments(title)
    parts = title.split(" | ")
    if len(parts) > 1 and len(parts[0].split()) >= 3:
        title = parts[0]
    return title.strip()


def _without_ornaments(title: str) -> str:
    """The title without the ornaments at its ends: stars, bullets, bars, and guillemets
    that close or open no quotation of the title."""
    while True:
        title = title.strip(ORNAMENTS)
        if title[:1] in GUILLEMETS and GUILLEMETS[title[0]] not in title[1:]:
            title = title[1:]
        elif title[-1:] in GUILLEMETS and GUILLEMETS[title[-1]] not in title[:-1]:
            title = title[:-1]
        else:
            return title


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


@lru_cache(maxsize=4096)
def key(text: str) -> str:
    """A title reduced for comparison: case folded, quotes straightened, words only
    (remembered: the title, byline and site readers compare the same texts many times)."""
    return " ".join(TOKENS.findall(text.translate(QUOTES).casefold()))


def _raw_declared(root: HtmlElement, signals: Signals) -> list[str]:
    """The titles the page declares, as written, most trusted first."""
    title_el = root.find(".//title")
    raw = [
        signals.meta.get("og:title"),
        signals.ld_value("headline"),
        signals.meta.get("twitter:title"),
        clean_text(text_of(title_el)) if title_el is not None else None,
    ]
    return [value for value in raw if value]


def _declared(raw: list[str], sites: set[str]) -> list[str]:
    """The declared titles, each without its site-name part, most trusted first."""
    found: list[str] = []
    for value in raw:
        form = _without_site(value, sites)
        if form and form not in found:
            found.append(form)
    return found


def _whole(raw: list[str], sites: set[str]) -> list[str]:
    """The declared titles with only the site's name taken off their start or end, every
    other separated part kept (``"Headline - Tagline | Site"`` → ``"Headline - Tagline"``)."""
    found: list[str] = []
    for value in raw:
        parts = SEPARATED.split(value)
        while len(parts) > 2 and _is_site(parts[-1], sites, loose=True):
            parts = parts[:-2]
        while len(parts) > 2 and _is_site(parts[0], sites, loose=True):
            parts = parts[2:]
        form = "".join(parts).strip()
        if len(parts) > 1 and form not in found:
            found.append(form)
    return found


def _without_site(title: str, sites: set[str]) -> str:
    """``"Headline | Site"`` → ``"Headline"``: the parts that name the site are dropped; of
    several other parts the first is kept when it has two words or more."""
    parts = [p for p in TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    kept = [p for p in parts if not _is_site(p, sites, loose=True)]
    if len(kept) == 1:
        return kept[0]
    if not kept:
        return parts[0]
    if len(kept) < len(parts):
        return " - ".join(kept) if len(kept[0].split()) < 2 else kept[0]
    return kept[0] if len(kept[0].split()) >= 2 else max(kept, key=len)


def _is_site(part: str, sites: set[str], *, loose: bool = False) -> bool:
    """Whether ``part`` names the site: one of its names, or (``loose``: a part set off in
    a declared title) a short name beginning or ending with one ("Parkview Health" on
    parkview.com)."""
    k = key(part)
    if not k:
        return False
    squashed = k.replace(" ", "")
    short = loose and len(k.split()) <= MAX_SITE_WORDS
    for site in sites:
        name = site.replace(" ", "")
        if k == site or squashed == name:
            return True
        if short and len(name) >= MIN_SITE_CHARS and squashed.startswith(name):
            return True
        if short and len(name) >= MIN_SITE_CHARS and squashed.endswith(name):
            return True
    return False


def _headings(
    root: HtmlElement, sites: set[str], tags: tuple[str, ...], most: int
) -> list[tuple[HtmlElement, str]]:
    found: list[tuple[HtmlElement, str]] = []
    for h1 in root.iter(*tags):
        text = clean_text(heading_text(h1))
        if not text or len(text) > 300 or "{{" in text or _is_site(text, sites):
            continue
        if is_hidden(h1) or _in_furniture(h1):
            continue
        found.append((h1, text))
        if len(found) == most:
            break
    return found


def _in_furniture(heading: HtmlElement) -> bool:
    """Whether the heading sits in navigation, a form or a sidebar, not inside an article
    held there (an unclosed ``<nav>`` or ``<aside>`` can swallow the whole page)."""
    for ancestor in heading.iterancestors():
        if ancestor.tag in ARTICLE_TAGS:
            return False
        if ancestor.tag in NOT_HEADLINE_ANCESTORS:
            return True
    return False


def heading_text(el: HtmlElement) -> str:
    """The text of a headline, with a space where a line break or a block inside it ends a
    word ("WEEKEND<br>CODING" is two words)."""
    parts: list[str] = []
    _gather(el, parts)
    return " ".join("".join(parts).split())


def _gather(el: HtmlElement, parts: list[str]) -> None:
    breaks = el.tag in LINE_BREAKS
    if breaks:
        parts.append(" ")
    if el.text and isinstance(el.tag, str) and el.tag not in ("script", "style"):
        parts.append(el.text)
    for child in el:
        _gather(child, parts)
        if child.tail:
            parts.append(child.tail)
    if breaks:
        parts.append(" ")


def _agreeing(
    headings: list[tuple[HtmlElement, str]], declared: list[str], sites: set[str], *, lower: bool
) -> tuple[HtmlElement, str] | None:
    """The headline that agrees with a declared title and the title to give for it: first
    a headline saying the same, then one containing or contained in a declared title, then
    one sharing most of its words with one."""
    for heading, text in headings:
        same = [value for value in declared if key(value) == key(text)]
        if same:
            return heading, max([*same, text], key=_wording)
    for heading, text in headings:
        chosen = _overlapping(text, declared, sites, lower=lower)
        if chosen:
            return heading, chosen
    for heading, text in [] if lower else headings:
        if len(key(text).split()) < 2:
            continue
        similar = [v for v in declared if _shared(key(text), key(v)) >= SIMILAR_SHARE]
        if similar:
            shouted = text.isupper() and not similar[0].isupper()
            return heading, similar[0] if shouted else text
    return None


def _fuller_below(
    root: HtmlElement,
    sites: set[str],
    agreed: tuple[HtmlElement, str],
    headings: list[tuple[HtmlElement, str]],
    raw: list[str],
) -> tuple[HtmlElement, str] | None:
    """A lower heading showing in full the title an ``<h1>`` naming the site gives only the
    start of: the declared title is "Blog: Series - Episode", the ``<h1>`` shows "Blog" (so
    the title found is "Series", the declared title being cut at its separator), and an
    ``<h3>`` shows "Series - Episode". The lower headings are read only in that case."""
    heading, title = agreed
    shown = next((text for el, text in headings if el is heading), None)
    if shown is None or key(shown) == key(title):
        return None
    rests = [rest for rest in (_rest(value, shown) for value in raw) if rest]
    rests = [rest for rest in rests if key(rest).startswith(key(title) + " ")]
    if not rests:
        return None
    lower = _headings(root, sites, ("h2", "h3"), MAX_LOWER_HEADINGS)
    for rest in rests:
        for el, text in lower:
            if key(text) == key(rest):
                return el, text
    return None


def _showing_whole(
    headings: list[tuple[HtmlElement, str]], whole: list[str]
) -> tuple[HtmlElement, str] | None:
    """The headline that shows a declared title whole, tagline included, in its own
    wording unless the declared one is better cased."""
    for heading, text in headings:
        same = [value for value in whole if key(value) == key(text)]
        if same:
            return heading, max([text, *same], key=_wording)
    return None


def _overlapping(heading: str, declared: list[str], sites: set[str], *, lower: bool) -> str | None:
    """The title when ``heading`` and a declared title contain one another: a headline
    much shorter than the declared title at its start or end is the site's name (a lower
    heading is the title itself); else the longer, unless what it adds is furniture."""
    hk = key(heading)
    for value in declared:
        dk = key(value)
        if not dk or not hk or not (dk in hk or hk in dk):
            continue
        short, long = (heading, value) if len(hk) < len(dk) else (value, heading)
        if lower:
            if short is heading and _is_prefix_or_suffix(short, long):
                return heading
            continue
        site_like = short is heading and (
            len(key(short)) < 0.5 * len(key(long)) or long[len(short) : len(short) + 1] == ":"
        )
        rest = _rest(long, short) if site_like and _is_prefix_or_suffix(short, long) else None
        if rest:
            return rest
        if min(len(dk), len(hk)) >= 0.5 * max(len(dk), len(hk)):
            return short if _extra_is_furniture(short, long, sites) else long
    return None


def _wording(text: str) -> tuple[bool, int, int]:
    """Of titles saying the same words: title casing first (not all capitals, then the most
    capitalised words), then one that ends a sentence (a closing question mark or period)."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return (not text.isupper(), sum(w[0].isupper() for w in words), bool(SENTENCE_END.search(text)))


def _is_prefix_or_suffix(short: str, long: str) -> bool:
    sk, lk = key(short), key(long)
    return lk.startswith(sk + " ") or lk.endswith(" " + sk)


def _rest(long: str, short: str) -> str | None:
    """``long`` without ``short`` at its start or end (a site or section name), when a
    separator or a colon sets the two apart."""
    low, part = long.casefold(), short.casefold()
    if low.startswith(part):
        rest = long[len(short) :]
        boundary = rest[: len(rest) - len(rest.lstrip(TRIM))]
    elif low.endswith(part):
        rest = long[: -len(short)]
        boundary = rest[len(rest.rstrip(TRIM)) :]
    else:
        return None
    rest = rest.strip(TRIM)
    return rest if rest and boundary.strip() else None


def _extra_is_furniture(short: str, long: str, sites: set[str]) -> bool:
    """Whether what ``long`` adds to ``short`` is a site name, a date, a host, or a part
    set off by a separator (a tagline or section), so that ``short`` is the title."""
    low, part = long.casefold(), short.casefold()
    at = low.find(part)
    if at < 0:
        return False
    before, after = long[:at], long[at + len(short) :]
    for extra in (before, after):
        bare = extra.strip(TRIM)
        if not bare:
            continue
        if _is_site(bare, sites) or normalise_date(bare) or HOST.search(bare):
            return True
        if _is_month(bare) or _credits_site(bare, sites):
            return True
        if TITLE_SEPARATORS.search(extra) or extra.rstrip().endswith(":"):
            return True
    return False


def _is_month(text: str) -> bool:
    """Whether ``text`` names a month and year ("December 2025")."""
    words = key(text).split()
    return len(words) == 2 and words[0] in MONTHS and YEAR.fullmatch(words[1]) is not None


def _credits_site(text: str, sites: set[str]) -> bool:
    """Whether ``text`` is a short credit ending in the site's name ("(via Site)")."""
    words = key(text).split()
    return 1 < len(words) <= MAX_CREDIT_WORDS and any(
        _is_site(" ".join(words[start:]), sites) for start in range(1, len(words))
    )


def _shared(a: str, b: str) -> float:
    wa = {w for w in a.split() if len(w) > 2}
    wb = {w for w in b.split() if len(w) > 2}
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))
