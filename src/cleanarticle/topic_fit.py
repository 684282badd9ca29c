"""How well each block fits the article: trust refined over a few rounds.

Every block gets a *fit*: the share of its rare-word weight supported by the other blocks (in
proportion to how much they are trusted themselves) plus, counted several times over, the share
found in the trusted anchor (title and lead). Fit is refined over a few rounds, so that a foreign
paragraph stops vouching for its sibling: its direct neighbours never count for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from cleanarticle.options import Options
from cleanarticle.topic_features import Bag, support_share


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the run decisions need: the bags, the anchor, the fits and the support."""

    bags: tuple[Bag, ...]
    anchor: dict[str, float]
    fits: list[float]
    support: dict[str, float]
    trust: list[float]


def anchor_fits(bags: tuple[Bag, ...], anchor: dict[str, float], options: Options) -> list[float]:
    """Each block's fit to the anchor alone: a lower bound of its fit (the body only adds)."""
    return [options.topic_anchor_factor * support_share(bag, anchor) for bag in bags]


def gather(
    bags: tuple[Bag, ...], anchor: dict[str, float], in_anchor: list[float], options: Options
) -> Evidence:
    """Each block's fit, refined over a few rounds of trust, from its fit to the anchor."""
    links = _links(bags, anchor)
    trust = [options.topic_prior_trust] * len(bags)
    fits = in_anchor
    for _ in range(options.topic_rounds):
        fits = [
            low + _fit_apart(bag, anchored, groups, trust)
            for low, bag, anchored, groups in zip(
                in_anchor, bags, links.anchored, links.groups, strict=True
            )
        ]
        trust = [_trust(fit, options) for fit in fits]
    return Evidence(bags, anchor, fits, _support(links.users, anchor, trust), trust)


Group = tuple[float, tuple[int, ...]]
"""Terms of one block used by the same other blocks: their summed weight, and those blocks."""


@dataclass(frozen=True, slots=True)
class Links:
    """Which blocks can support which: computed once, used in every round of trust."""

    users: dict[str, list[int]]
    """The blocks using each term that the anchor or more than one block uses. The other
    terms, used by a single block, can never be supported: they are not looked at again."""
    anchored: list[float]
    """Each block's weight found in the anchor."""
    groups: list[list[Group]]
    """Each block's other terms, grouped by the blocks using them beyond its neighbours."""


def _links(bags: tuple[Bag, ...], anchor: dict[str, float]) -> Links:
    seen: set[str] = set()
    repeated: set[str] = set()
    for bag in bags:
        repeated.update(seen.intersection(bag.terms))
        seen.update(bag.terms)
    linked = repeated.union(seen.intersection(anchor))
    users: dict[str, list[int]] = {term: [] for term in linked}
    for k, bag in enumerate(bags):
        for term in linked.intersection(bag.terms):
            users[term].append(k)
    by_users: list[dict[tuple[int, ...], float]] = [{} for _ in bags]
    for term in repeated.difference(anchor):
        blocks = users[term]
        if len(blocks) == 2:  # the usual case: a term used by two blocks
            first, second = blocks
            if second - first > 1:
                grouped, other = by_users[first], (second,)
                grouped[other] = grouped.get(other, 0.0) + bags[first].terms[term]
                grouped, other = by_users[second], (first,)
                grouped[other] = grouped.get(other, 0.0) + bags[second].terms[term]
            continue
        for k in blocks:
            far = tuple([j for j in blocks if j < k - 1 or j > k + 1])
            if far:
                grouped = by_users[k]
                grouped[far] = grouped.get(far, 0.0) + bags[k].terms[term]
    anchored = [sum(map(bag.terms.__getitem__, anchor.keys() & bag.terms.keys())) for bag in bags]
    groups = [[(weight, far) for far, weight in grouped.items()] for grouped in by_users]
    return Links(users, anchored, groups)


def _fit_apart(bag: Bag, anchored: float, groups: list[Group], trust: list[float]) -> float:
    """The share of a block's weight supported by the article without the block and its
    direct neighbours (which may be parts of the same teaser): its terms in the anchor count
    fully, the others as far as the blocks using them are trusted (up to 1)."""
    if bag.mass <= 0.0:
        return 0.0
    total = anchored
    for weight, far in groups:
        held = sum([trust[j] for j in far]) if len(far) > 1 else trust[far[0]]
        if held > 0.0:
            total += weight * (held if held < 1.0 else 1.0)
    return total / bag.mass


def _support(
    users: dict[str, list[int]], anchor: dict[str, float], trust: list[float]
) -> dict[str, float]:
    """Each term's support: 1 from the anchor, plus the trust of every block using it (terms
    used by a single block outside the anchor are left out: a block never supports itself)."""
    support = dict.fromkeys(anchor, 1.0)
    for term, blocks in users.items():
        value = support.get(term, 0.0)
        for j in blocks:
            if trust[j] > 0.0:
                value += trust[j]
        support[term] = value
    return support


def fit_of(
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


def agrees(evidence: Evidence, before: tuple[int, int], k: int, options: Options) -> bool:
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
