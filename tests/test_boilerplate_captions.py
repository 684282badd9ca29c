"""Pictures' captions closed by their credits (hand-written inputs, several languages)."""

from __future__ import annotations

import pytest
from text_data import PARAGRAPH, PARAGRAPH_2, removed

CAPTIONS = [
    "A member of the team tests a watch on a ridgeline. Photo: Jane Doe/Trail Co",
    "The scooter folds up in seconds. Credit: Matt Lighthart",
    "Recycling plants run faster with robots. Photo credit: AMP Robotics",
    "I was not a happy dog. Photo by Xingchen Yan on Unsplash",
    "Le pont a été inauguré lundi. Photo : Jean Dupont",
    "Die Brücke wurde am Montag eröffnet. Foto: Max Muster",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_captions_closed_by_their_credits_go_when_the_text_holds_several(caption: str) -> None:
    others = [
        "The old library reading room in 1950. Photo: City Archive",
        "Readers queue at the new desk. Credit: Anna Lee",
    ]
    gone = removed("\n".join([PARAGRAPH, caption, PARAGRAPH_2, *others]))
    assert gone == dict.fromkeys([caption, *others], "caption")


def test_one_or_two_lines_closed_by_a_credit_stay() -> None:
    assert removed("\n".join([PARAGRAPH, CAPTIONS[1], PARAGRAPH_2])) == {}
    assert removed("\n".join([PARAGRAPH, CAPTIONS[1], PARAGRAPH_2, CAPTIONS[0]])) == {}


@pytest.mark.parametrize(
    "line",
    [
        "We walked for hours. Pictures: they never show how steep the path was",
        "The bridge opened on Monday. Photos by readers are welcome on our page",
        # a paragraph that an extractor ran into the caption below it stays whole
        " ".join([PARAGRAPH, PARAGRAPH_2, "Photo: Jane Doe"]),
    ],
)
def test_credit_lookalikes_stay_beside_real_captions(line: str) -> None:
    gone = removed("\n".join([PARAGRAPH, line, PARAGRAPH_2, *CAPTIONS[:3]]))
    assert gone == dict.fromkeys(CAPTIONS[:3], "caption")
