"""The shingle F1 used for every benchmark figure (see the benchmark data README).

Tokens are ``\\w+`` runs (Unicode). Units are overlapping 4-token shingles counted as a
multiset; a text shorter than 4 tokens (but not empty) is one unit. For each page the
multiset overlaps TP, FP and FN are normalised to sum to 1. Precision is the mean over pages
with TP + FP > 0, recall the mean over pages with TP + FN > 0, and F1 = 2PR / (P + R) of
those two means.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

TOKEN = re.compile(r"\w+")
SHINGLE = 4


def tokens(text: str) -> list[str]:
    """The ``\\w+`` runs of ``text`` (Unicode, case kept)."""
    return TOKEN.findall(text)


def shingles(text: str, size: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """Overlapping ``size``-token shingles as a multiset; a short non-empty text is one unit."""
    toks = tokens(text)
    if not toks:
        return Counter()
    if len(toks) < size:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + size]) for i in range(len(toks) - size + 1))


@dataclass(frozen=True)
class PageScore:
    """TP, FP and FN of one page, normalised so that they sum to 1 (all 0 if both empty)."""

    tp: float
    fp: float
    fn: float


def page_score(predicted: str, gold: str) -> PageScore:
    """Multiset overlaps of the shingles of ``predicted`` and ``gold``, normalised."""
    pred, ref = shingles(predicted), shingles(gold)
    tp = sum((pred & ref).values())
    fp = sum((pred - ref).values())
    fn = sum((ref - pred).values())
    total = tp + fp + fn
    if total == 0:
        return PageScore(0.0, 0.0, 0.0)
    return PageScore(tp / total, fp / total, fn / total)


@dataclass(frozen=True)
class Score:
    """Corpus figures: precision and recall are means of per-page ratios, F1 from the means."""

    f1: float
    precision: float
    recall: float
    pages: int


def aggregate(scores: Iterable[PageScore]) -> Score:
    """Precision over pages with TP + FP > 0, recall over pages with TP + FN > 0."""
    precisions: list[float] = []
    recalls: list[float] = []
    pages = 0
    for s in scores:
        pages += 1
        if s.tp + s.fp > 0:
            precisions.append(s.tp / (s.tp + s.fp))
        if s.tp + s.fn > 0:
            recalls.append(s.tp / (s.tp + s.fn))
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r > 0 else 0.0
    return Score(f1=f1, precision=p, recall=r, pages=pages)


def evaluate(pairs: Iterable[tuple[str, str]]) -> Score:
    """Score (predicted, gold) pairs."""
    return aggregate(page_score(pred, gold) for pred, gold in pairs)
