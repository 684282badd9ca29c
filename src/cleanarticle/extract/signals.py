"""What a page declares about itself, read once for the metadata readers: its meta tags,
its JSON-LD article objects, and the short texts around its headline.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import islice
from typing import Any

from lxml import etree

from cleanarticle.extract.dom import HtmlElement

UNREAD = frozenset(("script", "style", "noscript", "template", "svg"))
ARTICLE_TYPES = ("article", "posting", "report", "blog", "story", "webpage", "recipe", "review")
MAX_MARKED = 16
"""How many author-marked and date-marked elements are kept."""
NEAR_CHARS = 1500
"""How many characters of text around the headline the byline and date readers look at."""


@dataclass(frozen=True)
class Signals:
    """Declared metadata: meta tags by lower-cased key (first value wins), and the JSON-LD
    objects describing an article or web page (graphs unrolled, articles first)."""

    meta: dict[str, str]
    ld: tuple[dict[str, Any], ...]
    root: HtmlElement | None = None

    @cached_property
    def marked(self) -> Marked:
        """The elements marked as the author or the date (read once, when first asked)."""
        return marked_elements(self.root) if self.root is not None else Marked((), ())

    def ld_value(self, key: str, sub: str | None = None) -> str | None:
        """The first non-empty string under ``key`` (``key.sub`` for objects) in the JSON-LD."""
        for obj in self.ld:
            value = obj.get(key)
            if isinstance(value, list) and value:
                value = value[0]
            if sub and isinstance(value, dict):
                value = value.get(sub)
            if isinstance(value, str) and value.strip():
                return clean_text(value)
        return None


@dataclass(frozen=True)
class Marked:
    """Elements whose class, ``itemprop`` or ``rel`` name them as the author or the date, in
    document order (at most :data:`MAX_MARKED` of each)."""

    authors: tuple[HtmlElement, ...]
    dates: tuple[HtmlElement, ...]


WITH_PROPERTY = etree.XPath("//@itemprop/.. | //@rel/..")
"""The elements with an ``itemprop`` or a ``rel`` attribute (few on a page: libxml2 selects
attributes faster than the loop of :func:`marked_elements` would ask every element)."""


def marked_elements(root: HtmlElement) -> Marked:
    """One pass over the tree for the author- and date-marked elements."""
    authors: list[HtmlElement] = []
    dates: list[HtmlElement] = []
    with_property = set(WITH_PROPERTY(root))
    for el in root.iter():
        if el in with_property:
            prop = el.get("itemprop")
            if prop == "author" or el.get("rel") == "author":
                authors.append(el)
                continue
            if prop == "datePublished":
                dates.append(el)
                continue
        cls = el.get("class")
        if cls:
            if "uthor" in cls or "yline" in cls:
                authors.append(el)
            elif "date" in cls or "Date" in cls or "publish" in cls or "posted" in cls:
                dates.append(el)
    return Marked(tuple(authors[:MAX_MARKED]), tuple(dates[:MAX_MARKED]))


def read_signals(root: HtmlElement) -> Signals:
    """The meta tags and JSON-LD objects of the page rooted at ``root``."""
    head = root.find("head")
    meta = _meta_tags(head if head is not None else root)
    if not meta and head is not None:
        meta = _meta_tags(root)
    objects = list(_json_ld(root))
    objects.sort(key=lambda obj: 0 if _is_article(obj) else 1)
    return Signals(meta=meta, ld=tuple(objects), root=root)


def clean_text(value: object) -> str:
    """Whitespace-normalised text of a value, HTML entities decoded."""
    text = str(value)
    if "&" in text:
        text = html.unescape(text)
    return " ".join(text.split())


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
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
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


def _is_article(obj: dict[str, Any]) -> bool:
    kind = str(obj.get("@type", "")).lower()
    return "webpage" not in kind or "headline" in obj


def texts_near(heading: HtmlElement | None, max_chars: int = NEAR_CHARS) -> list[str]:
    """Short texts around the headline, nearest first: the siblings just after and before it,
    then those of its parent and grandparent (each text cut to the remaining budget)."""
    if heading is None:
        return []
    texts: list[str] = []
    budget = max_chars
    el: HtmlElement | None = heading
    for _ in range(4):
        if el is None or budget <= 0:
            break
        for sibling in _siblings(el):
            text = _bounded_text(sibling, min(budget, 300))
            if text:
                texts.append(text)
                budget -= len(text)
            if budget <= 0:
                break
        el = el.getparent()
    return texts


def _siblings(el: HtmlElement) -> Iterator[HtmlElement]:
    after = list(islice(el.itersiblings(), 4))  # (the rest of a long row of siblings unread)
    before = list(islice(el.itersiblings(preceding=True), 3))
    for i in range(max(len(after), len(before))):
        if i < len(after):
            yield after[i]
        if i < len(before):
            yield before[i]


def _bounded_text(el: HtmlElement, limit: int) -> str:
    """The element's text up to about ``limit`` characters, scripts and styles left out."""
    parts: list[str] = []
    size = 0
    for node in el.iter():
        tag = node.tag
        if tag.__class__ is str and tag not in UNREAD:
            text = node.text
            if text and not text.isspace():
                parts.append(text)
                size += len(text)
        tail = node.tail if node is not el else None
        if tail and not tail.isspace():
            parts.append(tail)
            size += len(tail)
        if size >= limit:
            break
    return " ".join(" ".join(parts).split())[:limit]
