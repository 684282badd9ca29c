"""Page metadata: title, author, date, language and site, from JSON-LD, OpenGraph and other
meta tags, ``<time>`` elements and byline elements, in that order of trust.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from cleanarticle.extract.dates import normalise_date
from cleanarticle.extract.dom import HtmlElement, text_of
from cleanarticle.models import Metadata

SPACES = re.compile(r"\s+")
TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|»|/)\s+")
BY_PREFIX = re.compile(r"^\s*(?:by|von|par|por|di|door|av|af|przez)\s*[:\s]\s*", re.IGNORECASE)
ARTICLE_TYPES = ("article", "posting", "report", "blog", "story", "webpage", "recipe", "review")

META_AUTHOR = ("author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author")
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
    """Whitespace-normalised text of a value."""
    return SPACES.sub(" ", str(value)).strip()


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
    h1s = [text_of(h) for h in root.iter("h1")]
    h1s = [h for h in h1s if h]
    declared = [
        meta.get("og:title"),
        meta.get("twitter:title"),
        _ld_value(ld, "headline"),
        _title_tag(root),
    ]
    candidates = [c for c in declared if c]
    parts = {p.lower() for c in candidates for p in (c, *TITLE_SEPARATORS.split(c))}
    for h1 in h1s:
        if h1.lower() in parts:
            return h1
    for candidate in candidates:
        piece = max(TITLE_SEPARATORS.split(candidate), key=len)
        if len(piece.split()) >= 2:
            return piece
    return h1s[0] if h1s else (candidates[0] if candidates else None)


def _title_tag(root: HtmlElement) -> str | None:
    el = root.find(".//title")
    return (text_of(el) or None) if el is not None else None


def _author(root: HtmlElement, meta: dict[str, str], ld: list[dict[str, Any]]) -> str | None:
    names = _ld_authors(ld)
    if names:
        return _join_names(names)
    for key in META_AUTHOR:
        value = meta.get(key)
        if value and "://" not in value and len(value) < 100:
            return BY_PREFIX.sub("", value)
    for el in root.xpath(
        "//*[@itemprop='author' or @rel='author' or contains(@class, 'author-name')]"
    )[:5]:
        text = BY_PREFIX.sub("", text_of(el))
        if 2 < len(text) < 80:
            return text
    return None


def _ld_authors(ld: list[dict[str, Any]]) -> list[str]:
    for obj in ld:
        value = obj.get("author") or obj.get("creator")
        items = value if isinstance(value, list) else [value]
        names = []
        for item in items:
            name = item.get("name") if isinstance(item, dict) else item
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
