"""Runs of blocks that do not fit the article, and the decision on each run.

Every block gets a *fit*: the share of its rare-word weight supported by the other blocks (in
proportion to how much they are trusted themselves) plus, counted several times over, the share
found in the trusted anchor (title and lead). Fit is refined over a few rounds, so that a foreign
paragraph stops vouching for its sibling. Contiguous runs of ill-fitting blocks are cut into
pieces, each opened by a headline-like line when there is one, and each piece is judged as a
whole: it goes when its combined words still find little support in the article and it has the
shape of a teaser. An opening headline is the strongest shape; a piece without one must fit
even less and agree with itself or end the article.
"""

from __future__ import annotations

from dataclasses import dataclass

from cleanarticle.options import Options
from cleanarticle.topic_features import Bag, support_share


@dataclass(frozen=True, slots=True)
class Run:
    """Blocks ``start`` to ``stop`` (exclusive) of the judged body, to be removed.

    ``score`` is how far the run falls short of the fit threshold, from 0 to 1.
    """

    start: int
    stop: int
    score: float


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the run decisions need: the bags, the anchor, the fits and the support."""

    bags: tuple[Bag, ...]
    anchor: dict[str, float]
    fits: list[float]
    support: dict[str, float]
    trust: list[float]


def find_runs(bags: tuple[Bag, ...], anchor: dict[str, float], options: Options) -> list[Run]:
    """The foreign runs among ``bags`` (the body after the lead), in document order."""
    evidence = gather(bags, anchor, options)
    runs: list[Run] = []
    for start, stop in _spans(evidence, options):
        for piece in _pieces(evidence, start, stop, options):
            run = _judge(evidence, piece, options)
            if run is not None:
                runs.append(run)
    return _limit(runs, bags, options)


def gather(bags: tuple[Bag, ...], anchor: dict[str, float], options: Options) -> Evidence:
    """Each block's fit, refined over a few rounds of trust."""
    trust = [options.topic_prior_trust] * len(bags)
    in_anchor = [options.topic_anchor_factor * support_share(bag, anchor) for bag in bags]
    fits = in_anchor
    for _ in range(options.topic_rounds):
        support = _support(bags, anchor, trust)
        fits = [
            in_anchor[k] + support_share(bag, support, _near(bags, trust, k))
            for k, bag in enumerate(bags)
        ]
        trust = [_trust(fit, options) for fit in fits]
    return Evidence(bags, anchor, fits, _support(bags, anchor, trust), trust)


def _fit(
    bag: Bag,
    anchor: dict[str, float],
    support: dict[str, float],
    excluded: tuple[tuple[Bag, float], ...],
    options: Options,
) -> float:
    """The share of ``bag``'s weight supported by the article, the anchor counted extra."""
    body = support_share(bag, support, excluded)
    return body + options.topic_anchor_factor * support_share(bag, anchor)


def _trust(fit: float, options: Options) -> float:
    low, high = options.topic_fit_low, options.topic_fit_high
    return min(1.0, max(0.0, (fit - low) / (high - low)))


def _support(
    bags: tuple[Bag, ...], anchor: dict[str, float], trust: list[float]
) -> dict[str, float]:
    """Each term's support: 1 from the anchor, plus the trust of every block using it."""
    support = dict.fromkeys(anchor, 1.0)
    for bag, value in zip(bags, trust, strict=True):
        if value > 0.0:
            for term in bag.terms:
                support[term] = support.get(term, 0.0) + value
    return support


def _near(bags: tuple[Bag, ...], trust: list[float], k: int) -> tuple[tuple[Bag, float], ...]:
    """Block ``k`` and its direct neighbours, which may be parts of one teaser."""
    return tuple((bags[j], trust[j]) for j in range(max(0, k - 1), min(len(bags), k + 2)))


def _spans(evidence: Evidence, options: Options) -> list[tuple[int, int]]:
    """Maximal runs of ill-fitting blocks ending on prose, each with the headline-like
    line just before it when that line does not clearly fit the article."""
    bags, fits = evidence.bags, evidence.fits
    spans: list[tuple[int, int]] = []
    k = 0
    while k < len(bags):
        start = k
        while k < len(bags) and fits[k] < options.topic_suspect_fit:
            k += 1
        stop = k
        k += 1
        while stop > start and not _prose(bags[stop - 1], options):
            stop -= 1
        if stop == start:
            continue
        if start > 0 and bags[start - 1].headline and fits[start - 1] < options.topic_headline_fit:
            start -= 1
        spans.append((start, stop))
    return spans


def _pieces(evidence: Evidence, start: int, stop: int, options: Options) -> list[tuple[int, int]]:
    """Cut a span into teaser-sized pieces: a headline-like line after prose opens a new
    piece, and a paragraph that does not agree with the piece before it, nor fits very badly,
    ends it."""
    bags = evidence.bags
    pieces: list[tuple[int, int]] = []
    first = start
    seen_prose = False
    for k in range(start, stop):
        bag = bags[k]
        if bag.headline and seen_prose:
            pieces.append((first, k))
            first, seen_prose = k, False
        elif _prose(bag, options):
            loose = evidence.fits[k] >= options.topic_bare_run_fit
            if seen_prose and loose and not _agrees(evidence, (first, k), k, options):
                pieces.append((first, k))
                first = k
            seen_prose = True
    pieces.append((first, stop))
    return pieces


def _judge(evidence: Evidence, piece: tuple[int, int], options: Options) -> Run | None:
    """The piece as a run to remove, when it is shaped like a teaser (at most two short lines
    then at most a few paragraphs) and its words together find too little support."""
    bags = evidence.bags
    start, stop = _opening(bags, piece, options)
    paragraphs = sum(_prose(bag, options) for bag in bags[start:stop])
    if not 0 < paragraphs <= options.topic_max_run_paragraphs:
        return None
    members = tuple((bags[k], evidence.trust[k]) for k in range(start, stop))
    terms: dict[str, float] = {}
    for bag, _ in members:
        terms.update(bag.terms)
    merged = Bag(terms, sum(terms.values()), 0, 0, headline=False)
    if merged.mass < options.topic_min_mass:
        return None
    fit = _fit(merged, evidence.anchor, evidence.support, members, options)
    if bags[start].headline and not _prose(bags[start], options):
        limit = options.topic_run_fit
    elif _agrees(evidence, (start, stop - 1), stop - 1, options):
        limit = options.topic_bare_run_fit
    else:
        limit = options.topic_lone_run_fit
    if fit >= limit:
        return None
    return Run(start=start, stop=stop, score=round(1.0 - fit / limit, 4))


def _opening(bags: tuple[Bag, ...], piece: tuple[int, int], options: Options) -> tuple[int, int]:
    """The piece from its first paragraph, with at most two headline-like lines right before
    it (a list, a table or a team sheet is not a teaser's headline)."""
    start, stop = piece
    first = next((k for k in range(start, stop) if _prose(bags[k], options)), stop)
    opening = first
    while opening > max(start, first - options.topic_max_headline_lines):
        if not bags[opening - 1].headline:
            break
        opening -= 1
    return opening, stop


def _prose(bag: Bag, options: Options) -> bool:
    return bag.is_prose(options.topic_prose_words, options.topic_prose_function_share)


def _agrees(evidence: Evidence, before: tuple[int, int], k: int, options: Options) -> bool:
    """Whether block ``k`` shares its rare words with the blocks ``before`` it (a piece)
    more than with the rest of the article: the paragraphs of one teaser agree."""
    if before[0] >= before[1]:
        return False
    bags = evidence.bags
    inside: dict[str, float] = {}
    for other in bags[before[0] : before[1]]:
        inside.update(dict.fromkeys(other.terms, 1.0))
    agreement = support_share(bags[k], inside)
    if agreement < options.topic_cohesion:
        return False
    members = tuple((bags[j], evidence.trust[j]) for j in range(before[0], k + 1))
    return agreement > support_share(bags[k], evidence.support, members)


def _limit(runs: list[Run], bags: tuple[Bag, ...], options: Options) -> list[Run]:
    """No runs at all when they would take most of the body: the topic is then unclear."""
    total = sum(bag.words for bag in bags)
    removed = sum(bags[k].words for run in runs for k in range(run.start, run.stop))
    return runs if total and removed / total <= options.topic_max_removed_share else []
