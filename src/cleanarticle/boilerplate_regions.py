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

SECTION_BREAKS = frozenset(
    {"newsletter", "share_bar", "copyright", "cookie_notice", "navigation", "ui_string", "related"}
)
"""Reasons of line findings that end a section of a page dump (credits, timestamps, ads and
"Read more: ..." links also sit inside articles)."""
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


def furnished_zones(
    facts: list[Facts], flagged: list[bool], prose: list[bool], options: Options
) -> list[range]:
    """The maximal runs of non-prose blocks that hold enough proof of furniture."""
    zones: list[range] = []
    start = 0
    while start < len(facts):
        if prose[start]:
            start += 1
            continue
        end = start
        while end < len(facts) and not prose[end]:
            end += 1
        if _furnished(facts, flagged, range(start, end), options):
            zones.append(range(start, end))
        start = end
    return zones


def furniture_runs(
    facts: list[Facts], flagged: list[bool], zones: list[range]
) -> dict[int, Finding]:
    """In furnished zones, the menu items, teaser links and footer lines.

    The headline-like block right above the paragraph that ends a zone is spared: a heading
    directly above a paragraph is real.
    """
    found: dict[int, Finding] = {}
    for zone in zones:
        end = zone.stop
        spare = _headline_above(facts, end) if end < len(facts) else None
        reason = "footer" if end == len(facts) and zone.start > 0 else "navigation"
        for i in zone:
            if i != spare and not flagged[i] and _shaped(facts[i]):
                found[i] = Finding(reason, 0.7)
    return found


def outside_article(
    facts: list[Facts],
    flagged: list[bool],
    breaks: list[bool],
    prose: list[bool],
    zones: list[range],
    options: Options,
) -> dict[int, Finding]:
    """In a page dump, all but the article: the head above its headline, and the sections
    after it (teasers, comments, site blurbs).

    Furnished zones and section breaks (``SECTION_BREAKS``) cut the page into sections. The article is the section that starts under
    the headline repeating the page title (the first line of a page dump), or else the section
    densest in prose. Only on pages with much proof of furniture (``page_min_evidence``).
    """
    proof = sum(1 for f, x in zip(facts, flagged, strict=True) if evidence(f, x))
    if proof < options.page_min_evidence or not zones:
        return {}
    sections = _sections(len(facts), breaks, zones)
    weights = [_weight(facts, prose, sec) for sec in sections]
    if not any(weights):
        return {}
    main = _main_section(facts, weights, sections, options)
    start, stop = sections[main].start, sections[main].stop
    headline = title_repeat(facts)
    if headline is None or headline >= start:
        headline = _headline_above(facts, start)
    found = {i: Finding("navigation", 0.6) for i in range(start) if i != headline}
    runs = [sum(facts[i].n for i in sec if _in_prose_run(prose, i)) for sec in sections]
    spared = {
        i
        for sec, run in zip(sections, runs, strict=True)
        if sec.start >= stop and run >= options.section_keep_share * weights[main]
        for i in sec
    }
    found.update((i, Finding("related", 0.6)) for i in range(stop, len(facts)) if i not in spared)
    return {i: f for i, f in found.items() if not flagged[i]}


def _sections(size: int, breaks: list[bool], zones: list[range]) -> list[range]:
    """The stretches of blocks between furnished zones and section breaks."""
    cut = [False] * size
    for zone in zones:
        for i in zone:
            cut[i] = True
    sections: list[range] = []
    start = None
    for i in range(size + 1):
        inside = i < size and not cut[i] and not breaks[i]
        if inside and start is None:
            start = i
        elif not inside and start is not None:
            sections.append(range(start, i))
            start = None
    return sections or [range(0, 0)]


def _main_section(
    facts: list[Facts], weights: list[int], sections: list[range], options: Options
) -> int:
    """The first section with at least half the weight of the heaviest one (teaser lists can
    outweigh an article). Under the headline that repeats the page title, the first section
    after it with ``article_min_words`` of prose will do."""
    headline = title_repeat(facts)
    first = 0
    enough = 0.5 * max(weights)
    if headline is not None:
        first = next((k for k, sec in enumerate(sections) if sec.stop > headline), 0)
        enough = min(0.5 * max(weights[first:]), options.article_min_words)
    return next(k for k in range(first, len(sections)) if weights[k] >= enough)


def _weight(facts: list[Facts], prose: list[bool], sec: range) -> int:
    """Words of prose in a section, counted twice in runs of paragraphs."""
    return sum(facts[i].n * (1 + _in_prose_run(prose, i)) for i in sec if prose[i])


def _in_prose_run(prose: list[bool], i: int) -> bool:
    """A prose block next to another one: article paragraphs come in runs, while blurbs in
    menus and teasers under headlines stand alone."""
    if not prose[i]:
        return False
    return (i > 0 and prose[i - 1]) or (i + 1 < len(prose) and prose[i + 1])


def title_repeat(facts: list[Facts]) -> int | None:
    """The block that repeats the page title given by the first line, as a headline does."""
    if not facts or facts[0].n < 2:
        return None
    page_title = facts[0].lower
    for i in range(1, min(len(facts), 400)):
        f = facts[i]
        long_enough = f.n >= 3 and 2 * len(f.lower) >= len(page_title)
        if long_enough and f.n <= 30 and not f.terminal and page_title.startswith(f.lower):
            return i
    return None


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
