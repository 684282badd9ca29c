"""A table of contents at the top of an article: its heading ("Table of contents", "In this
article", "Inhaltsverzeichnis", ...) and the section titles listed under it, each of which
comes back further down as the section's own heading.

A bare "Contents" may head a real list (what a box holds): it is taken for a table of
contents only when at least ``Options.contents_min_entries`` lines under it come back below.
"""

from __future__ import annotations

import re

from cleanarticle.boilerplate_rules import Facts, Finding

NAMED = re.compile(
    r"^(?:table of contents|in this (?:article|post|guide|story|page)|on this page|jump to"
    r"(?: section)?|article contents|inhaltsverzeichnis|in diesem artikel|auf dieser seite"
    r"|table des matières|dans cet article|sur cette page|tabla de contenidos?"
    r"|en este artículo|en esta página|indice dei contenuti|in questo articolo|in questa pagina"
    r"|índice de conteúdos?|neste artigo|nesta página|inhoudsopgave|in dit artikel"
    r"|op deze pagina)\s*:?$"
)
"""Headings that name a table of contents whatever follows them."""
BARE = re.compile(r"^(?:contents|inhalt|sommaire|índice|indice|contenido|sumário|inhoud)\s*:?$")
"""Headings that name one only when section titles follow them."""
NUMBERING = re.compile(r"^[\W\d_]+")
MAX_ENTRY_WORDS = 15
NAVIGATION = Finding("navigation", 0.9)


def contents_tables(facts: list[Facts], min_entries: int) -> dict[int, Finding]:
    """Positions of the headings of tables of contents and of the entries under them."""
    heads = [(p, kind) for p, f in enumerate(facts) if f.n <= 5 and (kind := _heading(f))]
    if not heads:
        return {}
    keys = [_key(f) for f in facts]
    last_at: dict[str, int] = {}
    for p, k in enumerate(keys):
        if k:
            last_at[k] = p
    found: dict[int, Finding] = {}
    for head, kind in heads:
        end = head + 1
        while end < len(facts) and _entry(facts[end]) and last_at.get(keys[end], -1) > end:
            end += 1
        if end - head - 1 >= min_entries or kind == "named":
            found.update((p, NAVIGATION) for p in range(head, end))
    return found


def _heading(f: Facts) -> str | None:
    text = f.lower.strip()
    if NAMED.match(text):
        return "named"
    return "bare" if BARE.match(text) else None


def _entry(f: Facts) -> bool:
    return 0 < f.n <= MAX_ENTRY_WORDS


def _key(f: Facts) -> str:
    """A line reduced for comparison: its numbering ("1.", "2.1") and case dropped."""
    return " ".join(NUMBERING.sub("", f.lower).split()) if f.n <= MAX_ENTRY_WORDS else ""
