"""Hand-computed cases for the benchmark shingle F1."""

from __future__ import annotations

import pytest

from benchmarks.metric import PageScore, aggregate, evaluate, page_score, shingles, tokens


def test_tokens_are_unicode_word_runs() -> None:
    assert tokens("Hello, wörld! a_b 42 — ok") == ["Hello", "wörld", "a_b", "42", "ok"]


def test_shingles_overlap() -> None:
    assert shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}


def test_short_text_is_one_unit_and_empty_is_none() -> None:
    assert shingles("a b") == {("a", "b"): 1}
    assert shingles(" ... ") == {}


def test_page_score_normalised() -> None:
    s = page_score("a b c d e", "a b c d f")
    assert s.tp == pytest.approx(1 / 3)
    assert s.fp == pytest.approx(1 / 3)
    assert s.fn == pytest.approx(1 / 3)


def test_page_score_multiset() -> None:
    # predicted shingles: abcd x2, bcda, cdab, dabc; gold: abcd x1
    s = page_score("a b c d a b c d", "a b c d")
    assert (s.tp, s.fp, s.fn) == pytest.approx((0.2, 0.8, 0.0))


def test_both_empty_counts_for_nothing() -> None:
    assert page_score("", "") == PageScore(0.0, 0.0, 0.0)


def test_empty_output_counts_only_against_recall() -> None:
    score = evaluate([("", "a b c d"), ("w x y z", "w x y z"), ("", "")])
    assert score.precision == pytest.approx(1.0)
    assert score.recall == pytest.approx(0.5)
    assert score.f1 == pytest.approx(2 * 0.5 / 1.5)
    assert score.pages == 3


def test_f1_from_means_not_mean_of_f1() -> None:
    # page 1: P=1, R=0.5 (pred abcd, gold abcd+bcde -> TP 1, FN 1)
    # page 2: P=0.5, R=1 (pred abcd + bcde, gold abcd)
    score = aggregate([page_score("a b c d", "a b c d e"), page_score("a b c d e", "a b c d")])
    assert score.precision == pytest.approx(0.75)
    assert score.recall == pytest.approx(0.75)
    assert score.f1 == pytest.approx(0.75)
