"""Region rules of the boilerplate stage: site furniture found from the shape of the page.

A page dump (all visible text of a page) holds the article between a head of menus and a tail
of related links and footers. These rules look at runs of blocks, not single lines:

- ``menu_runs``: runs of short, capitalised, verbless items ("Tech", "Cars", "Gaming");
- ``head``: in a long head of short lines before the first prose paragraph, everything but the
  headline right above the article is furniture;
- ``tail``: in a long tail after the last prose paragraph, link-like lines are furniture.

Each returns ``{position: Finding}`` over the positions of a list of facts of kept blocks.
Lines that look like data (numbers, names in brackets, "A v B", sentences) are spared.
"""

from __future__ import annotations

import re

from cleanarticle.boilerplate_rules import LIST_MARK, Facts, Finding
from cleanarticle.options import Options
from cleanarticle.uiwords import CONNECTORS, SOCIAL, STRONG, WEAK

DATA_LIKE = re.compile(r"\d|[(),;]|\s(?:v|vs)\.?\s")


def is_prose(f: Facts, options: Options) -> bool:
    """A paragraph of running text: long enough, rich in function words, ending like a sentence.

    Text written without spaces between words (Chinese, Japanese) counts by its characters.
    """
    if _unspaced(f):
        return len(f.text) >= 4 * options.prose_min_words
    if f.n < options.prose_min_words:
        return False
    enough_function_words = f.function_words >= options.prose_min_function_share * f.n
    return enough_function_words and (f.terminal or f.n >= 2 * options.prose_min_words)


def _unspaced(f: Facts) -> bool:
    return len(f.text) > 12 * max(f.n, 1) and len(f.text) > 12


def is_menu_item(f: Facts) -> bool:
    """One to four words, no sentence, no data, no list mark: a menu entry or section label."""
    if not 1 <= f.n <= 4 or f.terminal or DATA_LIKE.search(f.text) or _unspaced(f):
        return False
    if LIST_MARK.match(f.text):
        return False
    first = f.text.lstrip("-*•· ")[:1]
    ui = any(w in STRONG or w in WEAK or w in SOCIAL for w in f.words)
    return ui or (first.isupper() and all(w in CONNECTORS or w[:1].isalpha() for w in f.words))


def is_link_like(f: Facts) -> bool:
    """A teaser headline or a menu entry: no sentence end, no data, at most 20 words."""
    if f.n == 0 or f.n > 20 or f.text.rstrip().endswith((".", "?", "!", ":", ";", ",")):
        return False
    return not DATA_LIKE.search(f.text) and not _unspaced(f)


def evidence(f: Facts, flagged: bool) -> bool:
    """A block that shows the page has furniture: a line rule removed it, or a menu item that
    is a UI word alone, holds a strong UI word or two weak ones."""
    if flagged:
        return True
    if not is_menu_item(f):
        return False
    strong = sum(1 for w in f.words if w in STRONG or w in SOCIAL)
    weak = sum(1 for w in f.words if w in WEAK)
    return strong > 0 or weak >= 2 or (weak == 1 and f.n == 1)


def menu_runs(facts: list[Facts], flagged: list[bool], options: Options) -> dict[int, Finding]:
    """Runs of menu items (removed lines do not break a run) with enough UI words among them."""
    found: dict[int, Finding] = {}
    start = 0
    while start < len(facts):
        end = start
        while end < len(facts) and (flagged[end] or is_menu_item(facts[end])):
            end += 1
        items = [i for i in range(start, end) if not flagged[i]]
        proof = sum(1 for i in range(start, end) if evidence(facts[i], flagged[i]))
        if len(items) >= options.menu_min_run and proof >= options.furniture_min_evidence:
            for i in items:
                found[i] = Finding("navigation", 0.75)
        start = max(end, start + 1)
    return found


def furniture_runs(
    facts: list[Facts], flagged: list[bool], prose: list[bool], options: Options
) -> dict[int, Finding]:
    """Long runs of non-prose blocks with proof of furniture: menus, teaser lists, footers.

    The headline-like block right above the paragraph that ends a run is spared: a heading
    directly above a paragraph is real.
    """
    found: dict[int, Finding] = {}
    start = 0
    while start < len(facts):
        if prose[start]:
            start += 1
            continue
        end = start
        while end < len(facts) and not prose[end]:
            end += 1
        zone = range(start, end)
        if _furnished(facts, flagged, zone, options):
            spare = _headline_above(facts, end) if end < len(facts) else None
            reason = "footer" if end == len(facts) and start > 0 else "navigation"
            for i in zone:
                if i != spare and not flagged[i] and _shaped(facts[i]):
                    found[i] = Finding(reason, 0.7)
        start = end
    return found


def _shaped(f: Facts) -> bool:
    return is_link_like(f) or is_menu_item(f)


def _furnished(
    facts: list[Facts], flagged: list[bool], zone: range, options: Options
) -> bool:
    """A zone long enough, with enough proof of furniture and mostly furniture-shaped lines."""
    if len(zone) < options.furniture_min_blocks:
        return False
    proof = sum(1 for i in zone if evidence(facts[i], flagged[i]))
    shaped = sum(1 for i in zone if flagged[i] or _shaped(facts[i]))
    return proof >= options.furniture_min_evidence and shaped >= options.furniture_min_share * len(zone)


def _headline_above(facts: list[Facts], first: int) -> int | None:
    """The headline-like block closest above a paragraph, within four blocks."""
    for i in range(first - 1, max(-1, first - 5), -1):
        f = facts[i]
        if 3 <= f.n <= 25 and not f.terminal and f.text[:1].isupper():
            return i
    return None
