"""Dates: the publication date of a page, and dates as written on pages (ISO stamps, URL
paths, "January 31, 2011", "31. Januar 2011", "12/19/2025") normalised to ``YYYY-MM-DD``.

Sources in order of trust: JSON-LD ``datePublished``, published-time meta tags, ``<time>``
elements marked as the publication time, a date in the URL path, a date written next to the
headline, other date meta tags and ``<time>`` elements, published-date keys in page scripts,
and last the modification date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from lxml import etree

from cleanarticle.extract.dom import HtmlElement
from cleanarticle.extract.signals import Signals

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan janvier januar enero gennaio janeiro januari stycznia",
            "february feb février fevrier februar febrero febbraio fevereiro februari lutego",
            "march mar mars märz maerz marzo março maart marca",
            "april apr avril abril aprile kwietnia",
            "may mai mayo maggio maio mei maja",
            "june jun juin juni junio giugno junho czerwca",
            "july jul juillet juli julio luglio julho lipca",
            "august aug août aout agosto augustus sierpnia",
            "september sep sept septembre septiembre settembre setembro września",
            "october oct octobre oktober octubre ottobre outubro oktober października",
            "november nov novembre noviembre novembro listopada",
            "december dec décembre decembre dezember diciembre dicembre dezembro grudnia",
        ),
        start=1,
    )
    for name in names.split()
}

YEAR = r"((?:19|20)\d\d)"
ISO = re.compile(r"(?<!\d)" + YEAR + r"-(\d{1,2})-(\d{1,2})(?!\d)")
SLASHED = re.compile(r"(?<!\d)" + YEAR + r"[/.](\d{1,2})[/.](\d{1,2})(?!\d)")
COMPACT = re.compile(r"(?<!\d)" + YEAR + r"(\d\d)(\d\d)(?:T|$)")
WORD = r"([^\W\d_]{3,11})"
MONTH_FIRST = re.compile(WORD + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?\.?,?\s+" + YEAR + r"(?!\d)")
DAY_FIRST = re.compile(
    r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?" + WORD + r"\.?,?\s+(?:de\s+)?" + YEAR
)
NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2" + YEAR + r"(?!\d)")
ANY_YEAR = re.compile(YEAR)
"""A year as every date pattern writes it: values without one hold no date."""
URL_DATE = re.compile(r"/" + YEAR + r"/(\d{1,2})/(\d{1,2})(?:/|$)|/" + YEAR + r"-(\d\d)-(\d\d)")

PUBLISHED_META = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "published_time",
    "article:published",
    "publishdate",
    "publish-date",
    "publish_date",
    "published-date",
    "published_date",
    "publication_date",
    "publication-date",
    "date_published",
    "date-published",
    "originalpublicationdate",
    "article_date_original",
    "rnews:datepublished",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date.created",
    "dc.date",
    "date",
    "article.published",
)
MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "last-modified")
LATER = re.compile(r"modif|updat|expir|revis|crawl|index|copyright", re.IGNORECASE)
SCRIPT_DATE = re.compile(
    r"""(?:date_?published|published_?(?:date|at|on|time)|publish_?(?:date|time)|"""
    r"""first_?publi\w*|date_?posted|date_?created|created_?at)\\?["']?\s*[:=]\s*\\?["']"""
    r"""((?:19|20)\d\d-\d\d-\d\d)""",
    re.IGNORECASE,
)
QUOTED_STAMP = re.compile(r"""["'](?:19|20)\d\d-\d\d-\d\d""")
"""The quoted ISO date every :data:`SCRIPT_DATE` match ends with: a cheap test first."""
MAX_SCRIPT_CHARS = 400_000
FOLLOWING_TEXT = etree.XPath(
    "following::text()[not(parent::script) and not(parent::style)][position() <= 300]"
)
MAX_FOLLOWING_CHARS = 5000
"""How much text after the headline is searched for a date when no other source has one."""
UPDATE_WORDS = re.compile(
    r"updat|modif|revis|aktualisiert|mis à jour|actualizado|aggiornato", re.IGNORECASE
)


def find_date(
    root: HtmlElement,
    signals: Signals,
    url: str | None,
    near: Iterable[str],
    heading: HtmlElement | None = None,
) -> str | None:
    """The page's publication date as ``YYYY-MM-DD``, or ``None``: the first date found in
    the sources in order of trust, except that a declared modification date the page shows
    next to its headline, without calling it an update, is the date the page presents."""
    near = list(near)
    shown = None if url_date(url) else _shown_modified(signals, near)
    if shown:
        return shown
    for value in _candidates(root, signals, url, near):
        date = normalise_date(value) if value else None
        if date:
            return date
    return _date_after(heading) if heading is not None else None


def _date_after(heading: HtmlElement) -> str | None:
    """The first date written in the text that follows the headline (a last resort)."""
    size = 0
    for text in FOLLOWING_TEXT(heading):
        date = normalise_date(text) if len(text) < 200 else None
        if date:
            return date
        size += len(text)
        if size > MAX_FOLLOWING_CHARS:
            break
    return None


def _shown_modified(signals: Signals, near: list[str]) -> str | None:
    published = normalise_date(signals.ld_value("datePublished") or "")
    changed = normalise_date(signals.ld_value("dateModified") or "")
    if not published or not changed or published == changed:
        return None
    for text in near:
        shown = normalise_date(text)
        if shown:
            return shown if shown == changed and not UPDATE_WORDS.search(text) else None
    return None


def _candidates(
    root: HtmlElement, signals: Signals, url: str | None, near: Iterable[str]
) -> Iterator[str | None]:
    yield url_date(url)
    yield signals.ld_value("datePublished")
    yield signals.ld_value("dateCreated")
    yield from (signals.meta.get(key) for key in PUBLISHED_META)
    times = list(root.iter("time"))[:8]
    yield from (_when(el) for el in times if _marked_published(el))
    marked = signals.marked.dates
    yield from (_when(el) for el in marked if el.get("itemprop") == "datePublished")
    yield from near
    yield from (_when(el) for el in marked if LATER.search(_marks(el)) is None)
    yield from (
        value
        for key, value in signals.meta.items()
        if ("date" in key or "publish" in key) and not LATER.search(key)
    )
    yield from (_when(el) for el in times)
    yield _script_date(root)
    yield signals.ld_value("dateModified")
    yield from (signals.meta.get(key) for key in MODIFIED_META)


def _when(el: HtmlElement) -> str:
    stamp = el.get("datetime") or el.get("content") or el.get("title")
    if isinstance(stamp, str) and normalise_date(stamp):
        return stamp
    text = ""
    for piece in el.itertext():
        text += piece
        if len(text) > 200:
            break
    return " ".join(text[:200].split())


def _marks(el: HtmlElement) -> str:
    return " ".join(el.get(name) or "" for name in ("class", "itemprop", "id"))


def _marked_published(el: HtmlElement) -> bool:
    marks = _marks(el).lower()
    return el.get("pubdate") is not None or "publish" in marks or "created" in marks


def _script_date(root: HtmlElement) -> str | None:
    budget = MAX_SCRIPT_CHARS
    for script in root.iter("script"):
        text = script.text
        if not text:
            continue
        stamped = QUOTED_STAMP.search(text, 0, budget) is not None
        match = SCRIPT_DATE.search(text, 0, budget) if stamped else None
        if match:
            return match.group(1)
        budget -= len(text)
        if budget <= 0:
            break
    return None


def url_date(url: str | None) -> str | None:
    """A ``/2011/01/31/`` or ``/2011-01-31`` date in the URL path, as written."""
    if not url:
        return None
    match = URL_DATE.search(url)
    if not match:
        return None
    parts = [g for g in match.groups() if g]
    return "-".join(parts)


def normalise_date(value: str) -> str | None:
    """The first plausible date in ``value`` as ``YYYY-MM-DD``, or ``None``.

    >>> normalise_date("2011-01-31T08:00:00Z"), normalise_date("Posted January 31st, 2011")
    ('2011-01-31', '2011-01-31')
    """
    if ANY_YEAR.search(value) is None:
        return None
    for pattern in (ISO, SLASHED, COMPACT):
        match = pattern.search(value)
        if match:
            return _valid(*(int(g) for g in match.groups()))
    found = [d for d in _written_dates(value) if d[1]]
    return min(found)[1] if found else None


def _written_dates(value: str) -> Iterator[tuple[int, str | None]]:
    """Dates written with month names or digits, each with its position in ``value``."""
    for match in MONTH_FIRST.finditer(value):
        month = MONTHS.get(match.group(1).lower())
        if month:
            yield match.start(), _valid(int(match.group(3)), month, int(match.group(2)))
            break
    for match in DAY_FIRST.finditer(value):
        month = MONTHS.get(match.group(2).lower())
        if month:
            yield match.start(), _valid(int(match.group(3)), month, int(match.group(1)))
            break
    for match in NUMERIC.finditer(value):
        first, sep, second, year = match.groups()
        day_first = sep == "." or int(first) > 12
        month, day = (int(second), int(first)) if day_first else (int(first), int(second))
        yield match.start(), _valid(int(year), month, day)
        break


def _valid(year: int, month: int, day: int) -> str | None:
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None
