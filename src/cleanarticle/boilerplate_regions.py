"""Region rules of the boilerplate stage: site furniture found from the shape of the page.

Some furniture is only visible in runs of blocks: a menu is a run of short capitalised items, a
footer a run of links and legal lines. A :class:`Page` holds, per kept block, what these rules
need (prose or not, menu item, link-like, proof of furniture), computed once:

- ``menu_runs``: runs of menu items with enough proof among them ("Home", "Search", "Tech");
- ``furnished_zones`` and ``furniture_runs``: long runs of non-prose blocks with enough proof
  of furniture and mostly furniture-shaped lines; their menu items and teaser links go, bar the
  headline right above a paragraph (a heading directly above a paragraph is real).

Lines that look like data (numbers, names in brackets, "A v B", sentences) are spared. Page dumps
(all visible text of a page) are cut further by :mod:`cleanarticle.boilerplate_page`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cleanarticle.boilerplate_code import code_lines
from cleanarticle.boilerplate_rules import LIST_MARK, Facts, Finding
from cleanarticle.options import Options
from cleanarticle.uiwords import CONNECTORS, SOCIAL, STRONG, WEAK

DATA_LIKE = re.compile(r"\d|[(),;]|\s(?:v|vs)\.?\s|^\s*\|.*\|\s*$")
"""Data, not a menu entry: figures, a fixture ("A v B"), a row of a markdown table ("| a | b |")."""
LINK_END = (
    ".",
    "?",
    "!",
    ":",
    ";",
    ",",
    "\u3002",
    "\uff01",
    "\uff1f",
    "\uff1a",
    "\uff1b",
    "\uff0c",
)
MILD = frozenset({"call_to_action", "status_message", "metadata"})
"""Line findings too mild to prove that a page has furniture ("Buy now" sits in articles, and
so do the placeholders of lazy-loaded parts: "Loading image...")."""
FIXTURE = re.compile(r"[()]|\s(?:v|vs)\.?\s")
ELLIPSES = ("...", "\u2026")
"""How a line broken off mid-sentence ends."""


@dataclass(frozen=True, slots=True)
class Page:
    """The kept blocks of a text, one entry per block in each list."""

    facts: list[Facts]
    flagged: list[bool]
    """Removed by a line rule."""
    breaks: list[bool]
    """Removed by a line rule whose furniture ends a section (see the page module)."""
    reasons: list[str | None]
    """The reason of the line finding on each block, if any ("related" on a "Related" / "You
    may also like" heading)."""
    prose: list[bool]
    menu: list[bool]
    shaped: list[bool]
    """Furniture-shaped: removed already, a menu item or a link-like line."""
    proof: list[bool]
    """Proof that the page has furniture: removed by a line rule, or a UI menu item."""

    def __len__(self) -> int:
        return len(self.facts)


def page(
    facts: list[Facts], line_found: list[Finding | None], breaks: frozenset[str], options: Options
) -> Page:
    """Read the shape of every block once, with the line findings on each. Lines of program
    code are neither menu items nor proof of furniture, whatever words they hold."""
    items = [is_menu_item(f) for f in facts]
    menu = [m and not c for m, c in zip(items, code_lines(facts, items), strict=True)]
    flagged = [x is not None for x in line_found]
    return Page(
        facts=facts,
        flagged=flagged,
        breaks=[x is not None and x.reason in breaks for x in line_found],
        reasons=[x.reason if x is not None else None for x in line_found],
        prose=[not x and is_prose(f, options) for f, x in zip(facts, flagged, strict=True)],
        menu=menu,
        shaped=[x or m or is_link_like(f) for f, x, m in zip(facts, flagged, menu, strict=True)],
        proof=[
            (x is not None and x.reason not in MILD) or (m and _ui_item(f))
            for f, x, m in zip(facts, line_found, menu, strict=True)
        ],
    )


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
    if any(w in STRONG or w in WEAK or w in SOCIAL for w in f.words):
        return True
    first = f.text.lstrip("-*•· ")[:1]
    return first.isupper() and all(w in CONNECTORS or w[:1].isalpha() for w in f.words)


def is_link_like(f: Facts) -> bool:
    """A teaser headline or a menu entry: no sentence end, no data, at most 20 words."""
    if f.n == 0 or f.n > 20 or f.text.rstrip().endswith(LINK_END):
        return False
    return not DATA_LIKE.search(f.text) and not _unspaced(f)


def _ui_item(f: Facts) -> bool:
    """A menu item that is a UI word alone, or holds a strong UI word or two weak ones."""
    strong = sum(1 for w in f.words if w in STRONG or w in SOCIAL)
    weak = sum(1 for w in f.words if w in WEAK)
    return strong > 0 or weak >= 2 or (weak == 1 and f.n == 1)


def menu_runs(p: Page, options: Options) -> dict[int, Finding]:
    """Runs of menu items (removed lines do not break a run) with enough proof among them."""
    found: dict[int, Finding] = {}
    start = 0
    while start < len(p):
        end = start
        while end < len(p) and (p.flagged[end] or p.menu[end]):
            end += 1
        items = [i for i in range(start, end) if not p.flagged[i]]
        proof = sum(p.proof[start:end])
        needed = options.furniture_min_evidence - (len(items) >= options.menu_long_run)
        if len(items) >= options.menu_min_run and proof >= needed:
            for i in items:
                found[i] = Finding("navigation", 0.75)
        start = max(end, start + 1)
    return found


def furnished_zones(p: Page, options: Options) -> list[range]:
    """The maximal runs of non-prose blocks that hold enough proof of furniture."""
    zones: list[range] = []
    start = 0
    while start < len(p):
        if p.prose[start]:
            start += 1
            continue
        end = start
        while end < len(p) and not p.prose[end]:
            end += 1
        if _furnished(p, start, end, options):
            zones.append(range(start, end))
        start = end
    return zones


def _furnished(p: Page, start: int, end: int, options: Options) -> bool:
    """A zone long enough, with enough proof of furniture and mostly furniture-shaped lines."""
    size = end - start
    if size < options.furniture_min_blocks:
        return False
    if sum(p.proof[start:end]) < options.furniture_min_evidence:
        return False
    return sum(p.shaped[start:end]) >= options.furniture_min_share * size


def furniture_runs(p: Page, zones: list[range]) -> dict[int, Finding]:
    """In furnished zones, the menu items, teaser links and footer lines, bar the headline
    right above the paragraph that ends a zone."""
    found: dict[int, Finding] = {}
    for zone in zones:
        end = zone.stop
        spare = headline_above(p.facts, end) if end < len(p) else None
        reason = "footer" if end == len(p) and zone.start > 0 else "navigation"
        for i in zone:
            if i != spare and not p.flagged[i] and p.shaped[i]:
                found[i] = Finding(reason, 0.7)
    return found


def headline_above(facts: list[Facts], first: int) -> int | None:
    """The headline-like block closest above a paragraph, within four blocks."""
    for i in range(first - 1, max(-1, first - 5), -1):
        f = facts[i]
        if 3 <= f.n <= 25 and not f.terminal and f.text[:1].isupper():
            return i
    return None


def teaser_lists(p: Page, options: Options) -> dict[int, Finding]:
    """The teaser links right under a "Related" heading: at least ``teaser_min_items`` link-like
    lines or list items without a sentence end, up to the first line that is not one. A list
    of teasers ends with its marks: the line after its last item is the article's again (a
    subheading, "Trend 5: Exercises for mental health")."""
    found: dict[int, Finding] = {}
    for h in (i for i, reason in enumerate(p.reasons) if reason == "related"):
        end = h + 1
        listed = end < len(p) and LIST_MARK.match(p.facts[end].text) is not None
        while end < len(p) and not p.flagged[end] and _teaser(p.facts[end]):
            if listed and LIST_MARK.match(p.facts[end].text) is None:
                break
            end += 1
        if end - h - 1 >= options.teaser_min_items:
            found.update((i, Finding("related", 0.7)) for i in range(h + 1, end))
    return found


def cut_teasers(p: Page, options: Options) -> dict[int, Finding]:
    """Runs of at least ``cut_teaser_min_items`` lines in a row, each a sentence cut short by
    an ellipsis ("Many people dream of becoming entrepreneurs, and often the biggest..."): the
    blurbs of a list of teasers, which print each story's opening up to a length. An article's
    own lines do not break off mid-sentence, one after another. A line that ends a list of
    examples with an ellipsis ("... on business, design, technology…") is not cut short."""
    found: dict[int, Finding] = {}
    run: list[int] = []
    for i in range(len(p) + 1):
        if i < len(p) and not p.flagged[i] and _cut_short(p.facts[i], options):
            run.append(i)
            continue
        if len(run) >= options.cut_teaser_min_items:
            found.update((k, Finding("related", 0.7)) for k in run)
        run = []
    return found


def _cut_short(f: Facts, options: Options) -> bool:
    """A line of ``cut_teaser_min_words`` words or more that breaks off in an ellipsis right
    after a word, with no comma among its last words (a list of examples trailing off)."""
    text = f.text.rstrip()
    if f.n < options.cut_teaser_min_words or not text.endswith(ELLIPSES):
        return False
    stem = text.removesuffix("...").removesuffix("\u2026").removesuffix(" ")
    if not (stem[-1:].isalnum() or stem.endswith("_")):
        return False
    return "," not in " ".join(stem.split()[-3:])


def _teaser(f: Facts) -> bool:
    """A teaser headline (digits and a question allowed, no sentence end, no fixture or name
    in brackets), or a list item without a sentence end."""
    if is_link_like(f):
        return True
    if f.text.rstrip().endswith((".", ":", ";", ",")) or FIXTURE.search(f.text):
        return False
    if LIST_MARK.match(f.text):
        return f.n <= 40
    return 3 <= f.n <= 20 and f.text[:1].isupper()
