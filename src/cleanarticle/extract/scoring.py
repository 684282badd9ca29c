"""Choosing the main content: prose blocks vote for their containers, the best container and
its article-like siblings form the region, and blocks inside it are kept unless they sit in
furniture (share bars, related lists, ...) or are mostly links.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from cleanarticle.extract import lists
from cleanarticle.extract.blocks import Page, RawBlock
from cleanarticle.extract.dom import HtmlElement
from cleanarticle.extract.headline import follows_title, headed_by_title, headline_unit_end
from cleanarticle.models import Verdict
from cleanarticle.options import Options

STEP = "extract"
SENTENCE_END = frozenset('.!?"\u201d\u2019)')
"""How a sentence ends: its full stop, perhaps inside a closing quote or bracket."""
CONTENT = Verdict(keep=True, step=STEP, reason="content", score=1.0)
COMMAS = (",", "\uff0c", "\u3001", "\u060c")
# Furniture whose subtrees do not hold the article.
PENALISED = frozenset(
    [
        "comments",
        "navigation",
        "share",
        "related",
        "newsletter",
        "advertising",
        "footer",
        "sidebar",
        "aside",
        "form",
        "cookie",
        "modal",
        "tags",
        "author_bio",
    ]
)
FLOW_TAGS = frozenset(("p", "ul", "ol", "blockquote", "h2", "h3", "h4", "h5", "h6"))
"""Elements of an article's text flow: the siblings that join a paragraph chosen alone."""
SIDEBARS = frozenset(("sidebar", "aside"))
"""Hints of the column beside the article, which holds most of the page's prose when it is
full of long teasers and the article is short."""
# Hints kept even on an element holding most of the page's prose.
STRONG_HINTS = frozenset(("comments",))


@dataclass(frozen=True, slots=True)
class Region:
    """The chosen main content: block ranges, the element they came from, and its score."""

    spans: tuple[tuple[int, int], ...]
    root: HtmlElement | None
    score: float
    depth: int


def prose_weight(block: RawBlock, options: Options) -> float:
    """How much a block reads like article prose (0 for short or link-heavy blocks)."""
    chars = block.chars
    if chars < options.extract_min_prose_chars:
        return 0.0
    if block.link_density > options.extract_prose_max_link_density:
        return 0.0
    commas = sum(block.text.count(c) for c in COMMAS)
    return 1.0 + commas + min(chars / 100.0, 3.0)


def choose_region(page: Page, options: Options, *, title_index: int | None = None) -> Region:
    """The region of main content, or an empty region when the page holds no article.

    Every container is worth the prose text in its subtree minus the link text (prose inside
    a furniture subtree, such as comments, counts as link text for the containers above it);
    the best container and its prose-like siblings form the region.
    """
    weights = [prose_weight(b, options) for b in page.blocks]
    prose = prune_hints(page, weights, options, title_index)
    good, bad = _own_text(page, weights, options)
    values: dict[HtmlElement, float] = {}
    best, best_value = _best_container(page, good, bad, options, title_index, values, prose)
    if best is None or best_value < options.extract_min_article_chars:
        return Region((), None, best_value, 0)
    best, best_value = _core(page, best, best_value, values, prose, title_index, options)
    if title_index is not None and best_value < options.extract_stray_region_max_value:
        post = _headline_post(page, title_index, best, options)
        if post is not None:
            best, best_value = post, values.get(post, 0.0)
    spans = _with_siblings(page, best, page.parents.get(best), weights, options)
    depth = page.blocks[page.spans[best][0]].path.index(best)
    return Region(tuple(spans), best, best_value, depth)


def _headline_post(
    page: Page, title_index: int, best: HtmlElement, options: Options
) -> HtmlElement | None:
    """The smallest element holding the headline and more blocks, when the best container
    lies away from the headline and outside that element; else None. A picture post has
    too little prose to win, and the box that does win elsewhere is a credit or a notice:
    the post is the headline's own element."""
    if follows_title(page.spans[best], title_index, options):
        return None
    first, last = page.spans[best]
    for el in reversed(page.blocks[title_index].path):
        span = page.spans.get(el)
        if span is None or span[1] - span[0] < 2:
            continue
        if span[0] <= first and last <= span[1]:
            return None
        return el
    return None


def _own_text(
    page: Page, weights: list[float], options: Options
) -> tuple[dict[HtmlElement, float], dict[HtmlElement, float]]:
    """Prose characters (list items count less) and link characters of the blocks each
    element owns directly."""
    good: dict[HtmlElement, float] = {}
    bad: dict[HtmlElement, float] = {}
    list_share = options.extract_list_prose_weight
    for block, weight in zip(page.blocks, weights, strict=True):
        if block.path:
            owner = block.path[-1]
            if weight:
                share = list_share if block.role == "list_item" else 1.0
                good[owner] = good.get(owner, 0.0) + share * (block.chars - block.link_chars)
            if block.link_chars:
                bad[owner] = bad.get(owner, 0.0) + block.link_chars
    return good, bad


def _best_container(
    page: Page,
    good: dict[HtmlElement, float],
    bad: dict[HtmlElement, float],
    options: Options,
    title_index: int | None,
    values: dict[HtmlElement, float],
    prose: list[int],
) -> tuple[HtmlElement | None, float]:
    """The element of highest value and that value, its subtree's sums added up from the
    innermost elements out (``good`` and ``bad`` are filled in as it goes, and ``values``
    with every element's value). Elements without text below them are worth nothing and
    add nothing, so they are passed over."""
    best: HtmlElement | None = None
    best_value = 0.0
    hints, positive, shadowed, in_comments, headed = (
        page.hints,
        page.positive,
        page.shadowed,
        page.in_comments,
        page.headed_lists,
    )
    bonus, penalty = options.extract_positive_bonus, options.extract_link_penalty
    title_bonus, furniture_factor = options.extract_title_bonus, options.extract_furniture_factor
    spans, after_article = page.spans, page.after_article
    unit_end = headline_unit_end(page, prose, title_index)
    for el, parent in page.parents.items():  # (every block-level element: names held locally)
        g, b = good.get(el, 0.0), bad.get(el, 0.0)
        if not (g or b):
            continue
        hint = hints.get(el)
        value = g * (bonus if el in positive else 1.0) - penalty * b
        if title_index is not None and headed_by_title(
            spans[el], title_index, unit_end, prose, options
        ):
            value *= title_bonus
        if el in in_comments or el in headed or el in after_article:
            value = 0.0
        elif hint in PENALISED or el in shadowed:
            value *= furniture_factor
        values[el] = value
        if value > best_value:
            best, best_value = el, value
        if parent is not None:
            if hint:
                g, b = 0.0, g + b
            good[parent] = good.get(parent, 0.0) + g
            bad[parent] = bad.get(parent, 0.0) + b
    return best, best_value


def _core(
    page: Page,
    best: HtmlElement,
    best_value: float,
    values: dict[HtmlElement, float],
    prose: list[int],
    title_index: int | None,
    options: Options,
) -> tuple[HtmlElement, float]:
    """The article's own container inside the best one: an element within it worth at least
    ``Options.extract_core_share`` of its value (the best of them, and so on inward), as long
    as no prose of the outer element comes between the headline (or, when the headline is
    not inside, the outer element's start) and the inner one's first block. An article body
    that wins only together with the teasers, profiles or sidebars around it is chosen alone,
    and the lead paragraph under a headline is never cut off."""
    share = options.extract_core_share
    while True:
        start, end = page.spans[best]
        lead = title_index + 1 if title_index is not None and start <= title_index < end else start
        inner: HtmlElement | None = None
        inner_value = share * best_value
        for el, value in values.items():
            if value < inner_value or el is best:
                continue
            first, last = page.spans[el]
            within = start <= first and last <= end and prose[first] <= prose[lead]
            if within and _inside(page, el, best):
                inner, inner_value = el, value
        if inner is None:
            return best, best_value
        best, best_value = inner, inner_value


def _inside(page: Page, el: HtmlElement, outer: HtmlElement) -> bool:
    """Whether ``el`` lies below ``outer`` (not ``outer`` itself nor one of its wrappers)."""
    return any(parent is outer for parent in _ancestors(page, el))


def _ancestors(page: Page, el: HtmlElement) -> Iterator[HtmlElement]:
    """The block-level elements around ``el``, innermost first."""
    parent = page.parents.get(el)
    while parent is not None:
        yield parent
        parent = page.parents.get(parent)


def prune_hints(
    page: Page, weights: list[float], options: Options, title_index: int | None = None
) -> list[int]:
    """Drop hints from elements that hold most of the page's prose (a "content-with-sidebar"
    wrapper is not a sidebar) and mark the elements inside the remaining penalised ones.
    When the headline is known, such an element away from it keeps its hint unless it holds
    nearly all the prose (a long profile box filling a sidebar does not wrap the article).
    An element opened by a related-list heading keeps the hint it gets from that heading.
    Returns the prose characters before each block (one more entry than blocks)."""
    prose = [0]
    for block, weight in zip(page.blocks, weights, strict=True):
        prose.append(prose[-1] + (block.chars if weight else 0))
    headed = page.headed_lists = lists.headed_lists(page, prose, title_index)
    headed |= lists.dated_teaser_lists(
        page, prose, title_index, options.extract_teaser_list_min_items
    )
    limit = options.extract_wrapper_prose_share * prose[-1]
    dominant = options.extract_dominant_prose_share * prose[-1]
    unit_end = headline_unit_end(page, prose, title_index)
    page.after_article.clear()
    for el in list(page.hints):
        if page.hints[el] in STRONG_HINTS:
            start, end = page.spans[el]
            if prose[end] - prose[start] > dominant and _inside_named_article(page, el):
                del page.hints[el]  # "commentOnSelection" around a post's text
        elif el not in headed:
            start, end = page.spans[el]
            own = prose[end] - prose[start]
            if own > limit and (
                own > dominant
                or title_index is None
                or follows_title((start, end), title_index, options)
            ):
                if page.hints[el] in SIDEBARS and _after_article(
                    start, unit_end, prose, title_index, options
                ):
                    page.after_article.add(el)
                else:
                    del page.hints[el]
    _prune_named_articles(page, prose, weights, options)
    page.shadowed.clear()
    page.in_comments.clear()
    penalised = {el for el, hint in page.hints.items() if hint in PENALISED}
    page.in_comments.update(el for el in penalised if page.hints[el] == "comments")
    parent_of, shadowed, in_comments = page.parents.get, page.shadowed, page.in_comments
    for el in page.spans:  # outer elements first
        parent = parent_of(el)
        if parent in shadowed or parent in penalised:
            shadowed.add(el)
            if parent in in_comments:  # (a comments section is penalised)
                in_comments.add(el)
    return prose


def _inside_named_article(page: Page, el: HtmlElement) -> bool:
    """Whether an element lies inside one whose name or tag names the article body."""
    return any(parent in page.positive for parent in _ancestors(page, el))


def _after_article(
    start: int, unit_end: int, prose: list[int], title_index: int | None, options: Options
) -> bool:
    """Whether an element starting at block ``start`` comes after the article: past the
    headline's own element, with the article's prose between the headline and it (a sidebar
    of long teasers beside a short post holds most of the page's prose, yet the post's
    paragraphs stand before it)."""
    least = options.extract_after_article_min_prose
    if title_index is None or not least or start < unit_end or start <= title_index:
        return False
    return prose[start] - prose[title_index + 1] >= least


def _prune_named_articles(
    page: Page, prose: list[int], weights: list[float], options: Options
) -> None:
    """Drop hints from elements whose names also name the article body and that hold most
    of the prose not marked as furniture: "article left-rail" holding the article."""
    named = [
        el
        for el in page.hints
        if el in page.positive
        and page.hints[el] not in STRONG_HINTS
        and el not in page.headed_lists
    ]
    if not named:
        return
    hinted = innermost_hinted(page)
    free = 0
    for block, weight in zip(page.blocks, weights, strict=True):
        if weight and block.path and block.path[-1] not in hinted:
            free += block.chars
    share = options.extract_free_prose_share
    for el in named:
        start, end = page.spans[el]
        own = prose[end] - prose[start]
        if own > share * (own + free):
            del page.hints[el]


def _with_siblings(
    page: Page,
    best: HtmlElement,
    parent: HtmlElement | None,
    weights: list[float],
    options: Options,
) -> list[tuple[int, int]]:
    """The best container's span, plus siblings that are mostly prose (and, around a
    quotation, the prose right before and after it, however short; around a paragraph
    chosen alone, the text flow it stands in)."""
    if parent is None:
        return [page.spans[best]]
    spans: list[tuple[int, int]] = []
    siblings = [el for el, up in page.parents.items() if up is parent]
    siblings = sorted(
        (el for el in siblings if page.spans[el][0] < page.spans[el][1]),
        key=lambda el: page.spans[el][0],
    )
    if best.tag == "blockquote":
        beside = _around_quote(page, best, siblings, weights)
    elif best.tag == "p":
        beside = _paragraph_run(page, best, siblings)
    else:
        beside = set()
    for sibling in siblings:
        span = page.spans[sibling]
        if sibling is best or sibling in beside:
            spans.append(span)
            continue
        if page.hints.get(sibling) or sibling in page.shadowed:
            continue
        blocks = page.blocks[span[0] : span[1]]
        chars = sum(b.chars for b in blocks)
        links = sum(b.link_chars for b in blocks)
        prose = sum(b.chars for b, w in zip(blocks, weights[span[0] : span[1]], strict=True) if w)
        if (
            prose >= options.extract_sibling_min_prose
            and prose >= options.extract_sibling_prose_share * chars
            and links < options.extract_prose_max_link_density * chars
        ):
            spans.append(span)
    return spans


def _around_quote(
    page: Page, quote: HtmlElement, siblings: list[HtmlElement], weights: list[float]
) -> set[HtmlElement]:
    """The siblings next to a quotation, on either side, up to the first one that is not all
    prose: the sentence introducing the quotation and the comment after it (a quotation is
    not an article; the best container being one, its own text lies around it)."""

    def prose(el: HtmlElement) -> bool:
        start, end = page.spans[el]
        return not page.hints.get(el) and el not in page.shadowed and all(weights[start:end])

    return _run_beside(siblings, siblings.index(quote), prose)


def _paragraph_run(page: Page, best: HtmlElement, siblings: list[HtmlElement]) -> set[HtmlElement]:
    """The siblings next to a paragraph chosen alone, on either side, up to the first one
    that is not a paragraph, a list, a quotation or a subheading: the article's text flow,
    which holds its short lines too (a credit line, a list of the places named), not only
    the paragraphs long enough to vote. A paragraph is not an article; the body it belongs
    to is this run of siblings, and the blocks in it are judged one by one as ever."""

    def flow(el: HtmlElement) -> bool:
        return el.tag in FLOW_TAGS and not page.hints.get(el) and el not in page.shadowed

    return _run_beside(siblings, siblings.index(best), flow)


def _run_beside(
    siblings: list[HtmlElement], at: int, joins: Callable[[HtmlElement], bool]
) -> set[HtmlElement]:
    """The siblings on either side of ``siblings[at]`` that ``joins`` accepts, each side up to
    the first one it refuses."""
    found: set[HtmlElement] = set()
    for step in (-1, 1):
        i = at + step
        while 0 <= i < len(siblings) and joins(siblings[i]):
            found.add(siblings[i])
            i += step
    return found


def judge(page: Page, region: Region, options: Options) -> list[Verdict]:
    """A verdict for every block of the page."""
    inside = [False] * len(page.blocks)
    for a, b in region.spans:
        for i in range(a, b):
            inside[i] = True
    hinted = innermost_hinted(page)
    verdicts = [
        _verdict(
            page,
            block,
            hinted.get(block.path[-1]) if block.path else None,
            is_inside,
            region,
            options,
        )
        for block, is_inside in zip(page.blocks, inside, strict=True)
    ]
    for i in lists.digest_items(page, verdicts, options):
        verdicts[i] = CONTENT
    for i in lists.body_link_lists(page, verdicts, options):
        verdicts[i] = CONTENT
    for i in _linked_section_headings(page, verdicts, options):
        verdicts[i] = CONTENT
    return verdicts


def _linked_section_headings(page: Page, verdicts: list[Verdict], options: Options) -> list[int]:
    """Linked headings that open a section of the article: the prose kept as content under
    them, up to the next heading, is long (a listicle links each entry's name: "3. Wharton
    School", then its review), not a teaser's one-line blurb."""
    found = []
    blocks = page.blocks
    for i, verdict in enumerate(verdicts):
        if verdict.reason != "link_heading":
            continue
        prose = 0
        for j in range(i + 1, len(blocks)):
            if blocks[j].role == "heading" or verdicts[j] is not CONTENT:
                break
            prose += blocks[j].chars
        if prose >= options.extract_section_min_chars:
            found.append(i)
    return found


def innermost_hinted(page: Page) -> dict[HtmlElement, HtmlElement]:
    """Block-level element → the innermost element among it and its block-level ancestors that
    holds a hint (elements under no hint are left out)."""
    found: dict[HtmlElement, HtmlElement] = {}
    parent_of, hints, found_above = page.parents.get, page.hints, found.get
    for el in page.spans:  # outer elements first
        if el in hints:
            found[el] = el
        else:
            above = found_above(parent_of(el))
            if above is not None:
                found[el] = above
    return found


def _linked_sentence(block: RawBlock, options: Options) -> bool:
    """A paragraph written as a sentence, with words of its own outside its links (a link
    list is made of its links: teaser titles, with no sentence around them)."""
    if block.role != "paragraph" or block.text[-1:] not in SENTENCE_END:
        return False
    free_words = len(block.text.split()) * (1.0 - block.link_density)
    return free_words >= options.extract_sentence_free_words


@lru_cache(maxsize=256)
def _removed(reason: str, score: float) -> Verdict:
    """The verdict removing a block for ``reason`` (one object per reason and score)."""
    return Verdict(keep=False, step=STEP, reason=reason, score=score)


def _verdict(
    page: Page,
    block: RawBlock,
    hinted: HtmlElement | None,
    is_inside: bool,
    region: Region,
    options: Options,
) -> Verdict:
    """The block's verdict; ``hinted`` is the innermost element around it that holds a hint."""
    if not is_inside:
        if hinted is not None:
            return _removed(page.hints[hinted], 0.8)
        return _removed("not_article" if region.root is None else "outside_main", 0.8)
    if hinted is not None and hinted in block.path[region.depth + 1 :]:
        return _removed(page.hints[hinted], 0.7)
    if block.role == "caption":
        return _removed("caption", 0.7)
    density = block.link_density
    limit = (
        options.extract_list_max_link_density
        if block.role == "list_item"
        else options.extract_max_link_density
    )
    if density > limit and _linked_sentence(block, options):
        limit = options.extract_sentence_max_link_density
    if density > limit:
        reason = "link_heading" if block.role == "heading" else "link_list"
        return Verdict(keep=False, step=STEP, reason=reason, score=density)
    return CONTENT
