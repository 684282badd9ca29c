"""Choosing the main content: prose blocks vote for their containers, the best container and
its article-like siblings form the region, and blocks inside it are kept unless they sit in
furniture (share bars, related lists, ...) or are mostly links.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate

from cleanarticle.extract.blocks import Page, RawBlock
from cleanarticle.extract.dom import HtmlElement
from cleanarticle.models import Verdict
from cleanarticle.options import Options

STEP = "extract"
PARAGRAPH_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 li dt dd blockquote pre figcaption".split())
COMMAS = (",", "\uff0c", "\u3001", "\u060c")
# Hints that make a container a poor candidate for the article.
CANDIDATE_PENALTIES = frozenset(
    "comments navigation share related newsletter advertising footer sidebar aside form "
    "cookie modal tags".split()
)


@dataclass(frozen=True, slots=True)
class Region:
    """The chosen main content: block ranges, the element they came from, and its score."""

    spans: tuple[tuple[int, int], ...]
    root: HtmlElement | None
    score: float
    depth: int


@dataclass(slots=True)
class _Sums:
    """Prefix sums over the blocks: characters, link characters and prose characters."""

    chars: list[int]
    links: list[int]
    prose: list[int]

    def of(self, span: tuple[int, int]) -> tuple[int, int, int]:
        a, b = span
        return (
            self.chars[b] - self.chars[a],
            self.links[b] - self.links[a],
            self.prose[b] - self.prose[a],
        )


def prose_weight(block: RawBlock, options: Options) -> float:
    """How much a block reads like article prose (0 for short or link-heavy blocks)."""
    chars = block.chars
    if chars < options.extract_min_prose_chars:
        return 0.0
    if block.link_density > options.extract_prose_max_link_density:
        return 0.0
    commas = sum(block.text.count(c) for c in COMMAS)
    return 1.0 + commas + min(chars / 100.0, 3.0)


def choose_region(page: Page, options: Options) -> Region:
    """The region of main content, or an empty region when the page holds no article."""
    weights = [prose_weight(b, options) for b in page.blocks]
    sums = _Sums(
        [0, *accumulate(b.chars for b in page.blocks)],
        [0, *accumulate(b.link_chars for b in page.blocks)],
        [0, *accumulate(b.chars if w else 0 for b, w in zip(page.blocks, weights, strict=True))],
    )
    scores, where = _container_scores(page, weights)
    best: HtmlElement | None = None
    best_score = 0.0
    for el, raw in scores.items():
        final = _final_score(page, el, raw, where, sums)
        if final > best_score:
            best, best_score = el, final
    if best is None:
        return Region((), None, 0.0, 0)
    if sums.of(page.spans[best])[2] < options.extract_min_article_chars:
        return Region((), None, best_score, 0)
    block_index, depth = where[best]
    parent = page.blocks[block_index].path[depth - 1] if depth > 0 else None
    spans = _with_siblings(page, best, parent, best_score, scores, where, sums, options)
    return Region(tuple(spans), best, best_score, depth)


def _container_scores(
    page: Page, weights: list[float]
) -> tuple[dict[HtmlElement, float], dict[HtmlElement, tuple[int, int]]]:
    """Each prose block adds its weight to its container and half to the next one up."""
    scores: dict[HtmlElement, float] = {}
    where: dict[HtmlElement, tuple[int, int]] = {}
    for index, (block, weight) in enumerate(zip(page.blocks, weights, strict=True)):
        if not weight or not block.path:
            continue
        path = block.path
        top = len(path) - 1
        if path[top].tag in PARAGRAPH_TAGS and top > 0:
            top -= 1
        for depth, share in ((top, 1.0), (top - 1, 0.5)):
            if depth < 0:
                break
            el = path[depth]
            scores[el] = scores.get(el, 0.0) + weight * share
            where.setdefault(el, (index, depth))
    return scores, where


def _final_score(
    page: Page,
    el: HtmlElement,
    raw: float,
    where: dict[HtmlElement, tuple[int, int]],
    sums: _Sums,
) -> float:
    chars, links, _prose = sums.of(page.spans[el])
    density = links / chars if chars else 1.0
    score = raw * (1.0 - density)
    if page.hints.get(el) in CANDIDATE_PENALTIES or _penalised_ancestor(page, el, where):
        score *= 0.2
    if el in page.positive:
        score *= 1.25
    return score


def _penalised_ancestor(
    page: Page, el: HtmlElement, where: dict[HtmlElement, tuple[int, int]]
) -> bool:
    index, depth = where[el]
    path = page.blocks[index].path
    return any(page.hints.get(anc) in CANDIDATE_PENALTIES for anc in path[:depth])


def _with_siblings(
    page: Page,
    best: HtmlElement,
    parent: HtmlElement | None,
    best_score: float,
    scores: dict[HtmlElement, float],
    where: dict[HtmlElement, tuple[int, int]],
    sums: _Sums,
    options: Options,
) -> list[tuple[int, int]]:
    """The best container's span, plus siblings that hold article-like text."""
    if parent is None:
        return [page.spans[best]]
    threshold = max(options.extract_sibling_min_score, best_score * options.extract_sibling_share)
    spans: list[tuple[int, int]] = []
    for sibling in parent:
        span = page.spans.get(sibling)
        if span is None or span[0] == span[1]:
            continue
        if sibling is best:
            spans.append(span)
            continue
        if page.hints.get(sibling) in CANDIDATE_PENALTIES:
            continue
        raw = scores.get(sibling, 0.0)
        final = _final_score(page, sibling, raw, where, sums) if raw else 0.0
        chars, links, prose = sums.of(span)
        if final >= threshold or (
            prose >= options.extract_sibling_min_prose
            and prose >= 0.5 * chars
            and links < options.extract_prose_max_link_density * chars
        ):
            spans.append(span)
    return spans


def judge(page: Page, region: Region, options: Options) -> list[Verdict]:
    """A verdict for every block of the page."""
    inside = [False] * len(page.blocks)
    for a, b in region.spans:
        for i in range(a, b):
            inside[i] = True
    verdicts: list[Verdict] = []
    for block, is_inside in zip(page.blocks, inside, strict=True):
        verdicts.append(_verdict(page, block, is_inside, region, options))
    return verdicts


def _verdict(
    page: Page, block: RawBlock, is_inside: bool, region: Region, options: Options
) -> Verdict:
    if not is_inside:
        reason = _innermost_hint(page, block.path, 0) or (
            "not_article" if region.root is None else "outside_main"
        )
        return Verdict(keep=False, step=STEP, reason=reason, score=0.8)
    hint = _innermost_hint(page, block.path, region.depth + 1)
    if hint:
        return Verdict(keep=False, step=STEP, reason=hint, score=0.7)
    density = block.link_density
    if density > options.extract_max_link_density and block.role != "heading":
        return Verdict(keep=False, step=STEP, reason="link_list", score=density)
    return Verdict(keep=True, step=STEP, reason="content", score=1.0)


def _innermost_hint(page: Page, path: tuple[HtmlElement, ...], start: int) -> str | None:
    for el in reversed(path[start:]):
        hint = page.hints.get(el)
        if hint:
            return hint
    return None
