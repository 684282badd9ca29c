"""Replies under a comment count, reprint notices and placeholder text (hand-written inputs)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleanarticle import Options, clean

OPTS = replace(Options(), topic=False)

PARAGRAPH = (
    "The council voted on Monday to close the old library on the high street, and the books "
    "will move to the new building by the station before the end of the summer."
)
PARAGRAPH_2 = (
    "Residents who use the reading room every week said the walk to the station was too long "
    "for many of them, and a petition with two thousand names was handed in."
)


def removed(text: str) -> dict[str, str]:
    article = clean(text, kind="text", options=OPTS)
    return {b.text: b.verdict.reason for b in article.blocks if not b.kept}


def test_replies_below_a_comment_count_are_removed() -> None:
    replies = [
        "I tried this recipe last night and my family loved it, though it needed more salt.",
        "Hi Maria,",
        "Thanks for letting us know! We will add a note about the salt to the recipe.",
    ]
    found = removed("\n".join([PARAGRAPH, PARAGRAPH_2, "2 comments", *replies]))
    assert {text: found.get(text) for text in replies} == dict.fromkeys(replies, "comments")


def test_replies_count_works_in_german() -> None:
    reply = "Ich habe das Rezept gestern ausprobiert und meine Kinder waren begeistert davon."
    found = removed("\n".join([PARAGRAPH, PARAGRAPH_2, "1 Kommentar", reply]))
    assert found.get(reply) == "comments"


def test_article_text_below_a_count_is_kept() -> None:
    """A count inside the article, followed by paragraphs in the third person, removes none of
    them: quoted first-person speech does not count as a reader's voice."""
    rest = [
        "The library opened in 1904 and was extended twice, most recently in the 1970s.",
        '"I have come here every day for forty years," said one reader, who asked not to be named.',
    ]
    found = removed("\n".join([PARAGRAPH, PARAGRAPH_2, "3 comments", *rest]))
    assert not any(text in found for text in rest)


def test_too_many_blocks_for_the_count_are_kept() -> None:
    rest = [f"I think point {n} of the plan is the one that matters most to us." for n in range(6)]
    found = removed("\n".join([PARAGRAPH, PARAGRAPH_2, "1 comment", *rest]))
    assert not any(text in found for text in rest)


def test_count_under_the_headline_is_not_a_comment_section() -> None:
    found = removed("\n".join(["Library to close", "1 comment", PARAGRAPH, PARAGRAPH_2]))
    assert PARAGRAPH not in found and PARAGRAPH_2 not in found


@pytest.mark.parametrize(
    "notice",
    [
        "This copy is for your personal, non-commercial use only. Distribution and use of this "
        "material are governed by our Subscriber Agreement and by copyright law. For "
        "non-personal use or to order multiple copies, please contact our reprints desk.",
        "Dieser Artikel ist nur zum persönlichen, nicht-kommerziellen Gebrauch bestimmt; jede "
        "Weitergabe oder Vervielfältigung bedarf der vorherigen schriftlichen Zustimmung des "
        "Verlags und seiner Lizenzgeber.",
    ],
)
def test_reprint_notice_is_copyright(notice: str) -> None:
    assert removed("\n".join([PARAGRAPH, PARAGRAPH_2, notice])) == {notice: "copyright"}


def test_licence_explained_in_an_article_is_kept() -> None:
    line = (
        "The photographs may be used for personal, non-commercial use, the museum said, but "
        "anyone who wants to print them on posters has to ask first."
    )
    assert removed("\n".join([PARAGRAPH, line, PARAGRAPH_2])) == {}


def test_placeholder_text_is_removed() -> None:
    filler = (
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua."
    )
    assert removed("\n".join([PARAGRAPH, filler, PARAGRAPH_2])) == {filler: "placeholder"}
