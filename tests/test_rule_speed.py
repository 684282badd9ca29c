"""The boilerplate rules' shortcuts give the same answers as the plain computation."""

from __future__ import annotations

import re

import pytest

from cleanarticle.boilerplate_facts import TOKEN, cues, facts
from cleanarticle.boilerplate_reactions import REACTION, _may_react
from cleanarticle.language import stopwords

OPENING = (r"photo:", r"(?:file|archive) photo\W*$")
ANYWHERE = (r"\bgetty images\b", r"\ball rights reserved\b")
ONE_EXPRESSION = re.compile("|".join([f"(?:^{p})" for p in OPENING] + list(ANYWHERE)))


@pytest.mark.parametrize(
    "line",
    [
        "photo: ann lee",
        "the photo: ann lee",
        "file photo.",
        "a file photo",
        "image: getty images",
        "getty images",
        "text. all rights reserved.",
        "nothing to see",
        "",
    ],
)
def test_cues_find_what_one_expression_with_anchored_branches_finds(line: str) -> None:
    found = cues(opening=OPENING, anywhere=ANYWHERE).search(line)
    assert (found is None) == (ONE_EXPRESSION.search(line) is None)


def test_cues_without_one_kind_of_phrase() -> None:
    assert cues(opening=OPENING).search("photo: x") is not None
    assert cues(opening=OPENING).search("x photo: x") is None
    assert cues(anywhere=ANYWHERE).search("x getty images") is not None


@pytest.mark.parametrize(
    "text",
    [
        "Share this: Facebook, Twitter & e-mail (3)",
        "Ça coûte 12,50 € — l'été dernier_2",
        "Straße MAẞ İstanbul \u212a",  # case changes that leave or enter ASCII
        "snake_case and CamelCase 42x",
    ],
)
def test_facts_words_are_the_word_matches_in_small_letters(text: str) -> None:
    # (a Turkish capital "İ" lower-cases to "i" and a combining dot, which is read as "i")
    expected = TOKEN.findall(text.lower().replace("i\u0307", "i"))
    assert list(facts(text, stopwords("en")).words) == expected


def test_turkish_capital_i_is_read_as_i() -> None:
    found = facts("İLGİLİ HABERLER İstanbul", stopwords("tr"))
    assert found.words == ("ilgili", "haberler", "istanbul")
    assert found.lower == "ilgili haberler istanbul"


@pytest.mark.parametrize(
    "line",
    [
        "Great tips, thank you!",
        "Keep up the good work.",
        "Such an informative read.",
        "What a (great list) of ideas " + "and more words " * 30,
        "The job list was long and the work was hard.",
        "Thanks for sharing this.",
        "Toller Beitrag!",
        "She shared the information with her team.",
    ],
)
def test_reaction_word_tests_never_turn_away_a_reaction(line: str) -> None:
    f = facts(line, stopwords("en"))
    assert _may_react(f) or REACTION.search(f.lower) is None
