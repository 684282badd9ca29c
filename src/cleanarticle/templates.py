"""Site templates: blocks that repeat across many documents of one site are furniture.

A batch run first counts, for a sample of each site's documents, in how many documents every
normalised kept block appears (hashed, at most ``Options.template_max_keys`` per site, so memory
stays bounded); a block seen in at least ``Options.template_min_share`` of the sampled documents,
and in at least ``Options.template_min_docs`` of them, is the site's furniture. The cleaning pass
then drops kept blocks whose key is in their site's furniture (step ``template``, reason
``site_template``). A real line that repeats in a few articles stays.
"""

from __future__ import annotations

import hashlib
import math
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from cleanarticle.models import STEP_TEMPLATE, Block, Verdict
from cleanarticle.options import Options

REASON = "site_template"
Furniture = Set[int]
"""The keys (see :func:`block_key`) of one site's template blocks."""

HEAD_BYTES = 16384
"""How much of the start of a saved page is read to find the site it belongs to."""
SHORT_LINE_WORDS = 10
"""Lines of at most this many words have their numbers ignored when compared."""
_TYPOGRAPHY = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                              "\u2013": "-", "\u2014": "-", "\u00a0": " "})  # fmt: skip
_DIGITS = re.compile(r"\d+")
_PAGE_URL = re.compile(
    rb"""<link[^>]{0,200}?rel\s*=\s*["']?canonical["']?[^>]{0,200}?href\s*=\s*["']([^"'>\s]{4,500})"""
    rb"""|<meta[^>]{0,200}?property\s*=\s*["']og:url["'][^>]{0,200}?content\s*=\s*["']([^"'>\s]{4,500})""",
    re.IGNORECASE,
)


def normalise(text: str) -> str:
    """Lower case, runs of white space as one space, and in short lines numbers as ``0``:
    "Posted 3 hours ago" and "Posted 12 hours ago" are the same furniture, while longer lines
    that differ only in their figures (market reports, results) stay distinct."""
    text = " ".join(text.casefold().translate(_TYPOGRAPHY).split())
    if text.count(" ") < SHORT_LINE_WORDS:
        text = _DIGITS.sub("0", text)
    return text


def block_key(text: str) -> int:
    """A stable 64-bit key of a block's normalised text (the same in every process)."""
    digest = hashlib.blake2b(normalise(text).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def block_keys(blocks: Iterable[Block]) -> tuple[int, ...]:
    """The distinct keys of the kept blocks, title included."""
    return tuple(sorted({block_key(b.text) for b in blocks if b.kept and b.text.strip()}))


def judge(
    blocks: tuple[Block, ...], furniture: Furniture, *, title: str | None = None
) -> tuple[Block, ...]:
    """Drop the kept blocks whose text is the site's furniture.

    A block that is the page's own headline (part of its declared ``title``) is kept: the
    headlines of a site's latest stories appear on many of its pages (lists of recent posts),
    but on its own page a headline is the title, not furniture.
    """
    if not furniture:
        return blocks
    verdict = Verdict(keep=False, step=STEP_TEMPLATE, reason=REASON, score=1.0)
    headline = normalise(title or "")
    return tuple(
        replace(b, verdict=verdict)
        if b.kept and block_key(b.text) in furniture and not _in_title(b.text, headline)
        else b
        for b in blocks
    )


def _in_title(text: str, headline: str) -> bool:
    words = normalise(text)
    return bool(headline) and words.count(" ") >= 2 and words in headline


def host_of(url: str | None) -> str | None:
    """The host of ``url`` without ``www.``, or ``None``."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def site_of_page(head: bytes, fallback: str) -> str:
    """The site of a saved page: the host of its canonical or ``og:url`` address when the start
    of the page declares one, else ``fallback`` (its folder)."""
    match = _PAGE_URL.search(head)
    if match:
        url = (match.group(1) or match.group(2)).decode("ascii", errors="ignore")
        host = host_of(url)
        if host:
            return host
    return fallback


def page_head(start: bytes) -> bytes:
    """The first :data:`HEAD_BYTES` of a page from the first :data:`HEAD_BYTES` of its file,
    decompressed when the file is gzipped (empty when that fails)."""
    start = start[:HEAD_BYTES]
    if start.startswith(b"\x1f\x8b"):
        try:
            return zlib.decompressobj(wbits=31).decompress(start, HEAD_BYTES)
        except zlib.error:
            return b""
    return start


def page_site(head: bytes, size: int, folder: str) -> tuple[str, int]:
    """The site of a saved page whose start is ``head`` (see :func:`site_of_page`; ``folder``
    when it declares none) and a fingerprint of its start and file size, which tells exact
    copies apart from other pages."""
    digest = hashlib.blake2b(head + str(size).encode(), digest_size=8).digest()
    return site_of_file(head, folder), int.from_bytes(digest, "big") or 1


def site_of_file(head: bytes, folder: str) -> str:
    """The site of a saved page whose start is ``head``: the one it declares, else its
    ``folder``."""
    return site_of_page(head, f"folder:{folder}")


@dataclass(slots=True)
class SiteCounts:
    """Document frequencies of block keys for one site's sampled documents.

    A document whose blocks are exactly those of one already counted (the same page saved or
    crawled twice) is counted once, or a site's duplicated pages would look like its template.
    """

    docs: int = 0
    counts: Counter[int] = field(default_factory=Counter)
    seen: set[int] = field(default_factory=set)

    def add(self, keys: Iterable[int], max_keys: int) -> None:
        keys = tuple(keys)
        fingerprint = hash(keys)
        if fingerprint in self.seen:
            return
        self.seen.add(fingerprint)
        self.docs += 1
        self.counts.update(keys)
        if len(self.counts) > max_keys:
            # Keep memory bounded: forget the keys seen once (they cannot be furniture yet).
            self.counts = Counter({k: n for k, n in self.counts.items() if n > 1})
            if len(self.counts) > max_keys:
                self.counts = Counter(dict(self.counts.most_common(max_keys // 2)))

    def furniture(self, options: Options) -> frozenset[int]:
        if self.docs < options.template_min_docs:
            return frozenset()
        needed = max(options.template_min_docs, math.ceil(options.template_min_share * self.docs))
        return frozenset(k for k, n in self.counts.items() if n >= needed)


def sample_places(documents: Iterable[tuple[str, int]], options: Options) -> set[int]:
    """The places (in input order) of the documents to learn from, given the site and
    fingerprint of every document: the first ``template_sample_docs`` distinct documents of each
    site that has at least ``template_min_docs`` of them (a copy of one counts once)."""
    cap = options.template_sample_docs
    first: dict[str, dict[int, int]] = {}
    """For each site, the place of the first document with each fingerprint."""
    for place, (site, fingerprint) in enumerate(documents):
        seen = first.setdefault(site, {})
        if len(seen) < cap:
            seen.setdefault(fingerprint, place)
    enough = (seen for seen in first.values() if len(seen) >= options.template_min_docs)
    return {place for seen in enough for place in seen.values()}


@dataclass(slots=True)
class TemplateLearner:
    """Counts block keys per site over the sampled documents and yields the furniture table."""

    options: Options
    sites: dict[str, SiteCounts] = field(default_factory=dict)

    def add(self, site: str, keys: Iterable[int]) -> None:
        self.sites.setdefault(site, SiteCounts()).add(keys, self.options.template_max_keys)

    def table(self) -> dict[str, frozenset[int]]:
        """Every site's furniture; sites without any are left out."""
        table = {site: counts.furniture(self.options) for site, counts in self.sites.items()}
        return {site: keys for site, keys in table.items() if keys}


def furniture_for(table: Mapping[str, Furniture], site: str) -> Furniture | None:
    """The furniture of ``site`` in ``table``, or ``None``."""
    return table.get(site) or None
