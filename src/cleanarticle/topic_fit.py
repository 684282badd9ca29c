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
    trust = [options.topic_prior_trust] * len(bags)
    fits = in_anchor
    for _ in range(options.topic_rounds):
        support = support_of(bags, anchor, trust)
        fits = [in_anchor[k] + _fit_apart(bags, trust, support, k) for k in range(len(bags))]
        trust = [_trust(fit, options) for fit in fits]
    return Evidence(bags, anchor, fits, support_of(bags, anchor, trust), trust)


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


def support_of(
    bags: tuple[Bag, ...], anchor: dict[str, float], trust: list[float]
) -> dict[str, float]:
    """Each term's support: 1 from the anchor, plus the trust of every block using it."""
    support = dict.fromkeys(anchor, 1.0)
    for bag, value in zip(bags, trust, strict=True):
        if value > 0.0:
            for term in bag.terms:
                support[term] = support.get(term, 0.0) + value
    return support


def _fit_apart(
    bags: tuple[Bag, ...], trust: list[float], support: dict[str, float], k: int
) -> float:
    """The share of block ``k``'s weight supported by the article without the block and its
    direct neighbours (which may be parts of the same teaser). A hot loop: kept flat."""
    bag = bags[k]
    if bag.mass <= 0.0:
        return 0.0
    before = bags[k - 1].terms if k > 0 else {}
    after = bags[k + 1].terms if k + 1 < len(bags) else {}
    own = trust[k]
    trust_before = trust[k - 1] if k > 0 else 0.0
    trust_after = trust[k + 1] if k + 1 < len(bags) else 0.0
    total = 0.0
    for term, weight in bag.terms.items():
        held = support.get(term, 0.0) - own
        if held <= 0.0:
            continue
        if term in before:
            held -= trust_before
        if term in after:
            held -= trust_after
        if held > 0.0:
            total += weight * (held if held < 1.0 else 1.0)
    return total / bag.mass


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
