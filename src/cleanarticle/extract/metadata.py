"""Page metadata: title, author, date, language and site, from JSON-LD, OpenGraph and other
meta tags, ``<time>`` elements and byline elements, in that order of trust.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from cleanarticle.extract.dates import normalise_date
from cleanarticle.extract.dom import HtmlElement, text_of
from cleanarticle.models import Metadata

SPACES = re.compile(r"\s+")
TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|\u2013|\u2014|::|·|»|/)\s+")
BY_PREFIX = re.compile(
    r"^\s*(?:(?:written|posted|published|reviewed)\s+by|author\s*:|author\b|by\b|von\b|par\b"
    r"|por\b|door\b|przez\b)\s*:?\s*",
    re.IGNORECASE,
)
# Byline texts that are labels, not names.
NOT_NAMES = frozenset(("written by", "the author", "author", "by", "about the author", "name"))
ARTICLE_TYPES = ("article", "posting", "report", "blog", "story", "webpage", "recipe", "review")

META_AUTHOR = ("author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author")
BYLINE_XPATH = etree.XPath(
    "//*[@itemprop='author' or @rel='author' or contains(@class, 'author-name')"
    " or contains(@class, 'byline') or contains(@class, 'author') or contains(@class, 'Author')]"
    "[not(self::body) and not(self::article) and not(self::html)]"
)
META_DATE = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "published_time",
    "publishdate",
    "publish-date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "date",
    "article.published",
    "article:modified_time",
)


def read_metadata(root: HtmlElement, url: str | None) -> Metadata:
    """The metadata of the page rooted at ``root``."""
    meta = _meta_tags(root)
    ld = list(_json_ld(root))
    title = _title(root, meta, ld)
    author = _author(root, meta, ld)
    date = _date(root, meta, ld, url)
    lang = root.get("lang") or meta.get("content-language") or meta.get("og:locale")
    site = meta.get("og:site_name") or _ld_value(ld, "publisher", "name")
    return Metadata(
        url=url or meta.get("og:url"),
        title=title,
        author=author,
        date=date,
        language=_language(lang),
        site=site,
        description=meta.get("og:description") or meta.get("description"),
    )


def clean_text(value: object) -> str:
    """Whitespace-normalised text of a value, HTML entities decoded."""
    return SPACES.sub(" ", html.unescape(str(value))).strip()


def _meta_tags(root: HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for el in root.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        content = el.get("content")
        if key and content:
            key = key.strip().lower()
            text = clean_text(content)
            if text and key not in found:
                found[key] = text
    return found


def _json_ld(root: HtmlElement) -> Iterator[dict[str, Any]]:
    """The JSON-LD objects of the page that describe an article or web page, graphs unrolled."""
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        yield from _ld_objects(data, 0)


def _ld_objects(data: object, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 3:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item, depth + 1)
    elif isinstance(data, dict):
        kind = str(data.get("@type", "")).lower()
        if any(word in kind for word in ARTICLE_TYPES) or "headline" in data:
            yield data
        if "@graph" in data:
            yield from _ld_objects(data["@graph"], depth + 1)


def _ld_value(ld: list[dict[str, Any]], key: str, sub: str | None = None) -> str | None:
    for obj in ld:
        value = obj.get(key)
        if isinstance(value, list) and value:
            value = value[0]
        if sub and isinstance(value, dict):
            value = value.get(sub)
        if isinstance(value, str) and value.strip():
            return clean_text(value)
    return None


def _title(root: HtmlElement, meta: dict[str, str], ld: list[dict[str, Any]]) -> str | None:
    """The page's visible headline (its first ``<h1>`` of two words or more that is not the
    site's name), else the declared title without its site-name part."""
    site = (meta.get("og:site_name") or "").casefold()
    for h1 in root.iter("h1"):
        text = text_of(h1)
        if len(text.split()) >= 2 and text.casefold() != site and len(text) <= 300:
            return text
    for declared in (
        meta.get("og:title"),
        meta.get("twitter:title"),
        _ld_value(ld, "headline"),
        _title_tag(root),
    ):
        if declared:
            return _without_site_name(declared)
    return None


def _without_site_name(title: str) -> str:
    """``"Headline | Site"`` → ``"Headline"`` (the first part, when it has two words or more)."""
    parts = TITLE_SEPARATORS.split(title)
    if len(parts[0].split()) >= 2:
        return parts[0]
    return max(parts, key=len)


def _title_tag(root: HtmlElement) -> str | None:
    el = root.find(".//title")
    return (text_of(el) or None) if el is not None else None


def _author(root: HtmlElement, meta: dict[str, str], ld: list[dict[str, Any]]) -> str | None:
    """People named in JSON-LD, else the author meta tags, else a byline element, else an
    organisation named as author in JSON-LD."""
    people = _ld_authors(ld, people=True)
    if people:
        return _join_names(people)
    for key in META_AUTHOR:
        value = meta.get(key)
        if value and "://" not in value and len(value) < 100:
            return BY_PREFIX.sub("", value)
    byline = _byline(root)
    if byline:
        return byline
    organisations = _ld_authors(ld, people=False)
    return _join_names(organisations) if organisations else None


def _byline(root: HtmlElement) -> str | None:
    for el in BYLINE_XPATH(root)[:8]:
        raw = text_of(el)
        text = BY_PREFIX.sub("", raw).strip(" ,|:*")
        if (
            2 < len(text) < 60
            and raw.casefold().strip(" :*") not in NOT_NAMES
            and text.casefold() not in NOT_NAMES
            and not any(ch.isdigit() for ch in text)
            and any(ch.isupper() for ch in text)
        ):
            return text
    return None


def _ld_authors(ld: list[dict[str, Any]], *, people: bool) -> list[str]:
    """Author names from JSON-LD: persons (``people``) or organisations."""
    for obj in ld:
        value = obj.get("author") or obj.get("creator")
        items = value if isinstance(value, list) else [value]
        names = []
        for item in items:
            is_org = isinstance(item, dict) and "organization" in str(item.get("@type")).lower()
            name = item.get("name") if isinstance(item, dict) else item
            if is_org == people:
                continue
            if isinstance(name, str) and name.strip() and "://" not in name:
                names.append(clean_text(name))
        if names:
            return names
    return []


def _join_names(names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]} and {names[1]}"
    return ", ".join(names[:-1]) + f", and {names[-1]}"


def _date(
    root: HtmlElement, meta: dict[str, str], ld: list[dict[str, Any]], url: str | None
) -> str | None:
    for value in _date_values(root, meta, ld, url):
        date = normalise_date(value) if value else None
        if date:
            return date
    return None


def _date_values(
    root: HtmlElement, meta: dict[str, str], ld: list[dict[str, Any]], url: str | None
) -> Iterator[str | None]:
    yield _ld_value(ld, "datePublished")
    yield _ld_value(ld, "dateCreated")
    yield from (meta.get(key) for key in META_DATE)
    for el in root.xpath("//time[@datetime] | //*[@itemprop='datePublished']")[:3]:
        yield el.get("datetime") or el.get("content") or text_of(el)
    yield url


def _language(value: str | None) -> str | None:
    if not value:
        return None
    code = re.split(r"[-_]", value.strip())[0].lower()
    return code if 2 <= len(code) <= 3 and code.isalpha() else None
