"""Replies under a comment count, reprint notices and placeholder text (hand-written inputs)."""

from __future__ import annotations

import pytest
from text_data import PARAGRAPH, PARAGRAPH_2, removed


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


def test_press_release_boilerplate_is_removed() -> None:
    about = [
        "Northwind is a leading global provider of cold-chain logistics for food retailers and "
        "pharmacies, with a fleet of refrigerated vans in every region it serves.",
        "Northwind is headquartered in Lyon, has subsidiaries in 12 countries and employs around "
        "2,400 people. Northwind shares are listed on the Euronext Paris exchange.",
    ]
    found = removed("\n".join([PARAGRAPH, PARAGRAPH_2, *about]))
    assert found == dict.fromkeys(about, "press_boilerplate")


def test_one_company_fact_in_the_last_paragraph_is_reporting() -> None:
    line = (
        "The bookseller, founded in 1921 and based in the town, said it would open a branch in "
        "the new building as soon as the council signs the lease."
    )
    assert removed("\n".join([PARAGRAPH, PARAGRAPH_2, line])) == {}


@pytest.mark.parametrize(
    ("line", "code"),
    [
        (
            "Get Garden Weekly delivered to your door. 6 issues for £5. Click here to order.",
            "newsletter",
        ),
        ("Holen Sie sich das Magazin: 3 Ausgaben für nur €9,90 frei Haus.", "newsletter"),
        (
            '[button link="https://example.org/review" type="big"] Send us YOUR review[/button]',
            "metadata",
        ),
    ],
)
def test_offers_and_button_markup(line: str, code: str) -> None:
    assert removed("\n".join([PARAGRAPH, line, PARAGRAPH_2])) == {line: code}


@pytest.mark.parametrize(
    "line",
    [
        "Have a tip? Jo Baker may be reached at jb@example.com. Follow her on Twitter @jobaker.",
        "Email Sam Reed at sreed@example.com or follow him @samreed.",
        "Die Autorin ist erreichbar unter anna@example.de, auf Twitter unter @anna.",
    ],
)
def test_author_contact_at_the_end_is_removed(line: str) -> None:
    assert removed("\n".join([PARAGRAPH, PARAGRAPH_2, line])) == {line: "byline"}


def test_contact_for_readers_in_the_story_is_kept() -> None:
    line = "Residents can send their views to the council at library@example.org until Friday."
    assert removed("\n".join([PARAGRAPH, PARAGRAPH_2, line])) == {}


def test_author_contact_in_the_middle_is_kept() -> None:
    line = "Have a tip? the paper asked, and dozens of readers wrote to tips@example.org."
    text = "\n".join([PARAGRAPH, line, PARAGRAPH_2, PARAGRAPH, PARAGRAPH_2])
    assert line not in removed(text)


@pytest.mark.parametrize(
    ("line", "code"),
    [
        (
            "By submitting this form you agree to Example News storing your comment.",
            "consent_notice",
        ),
        ("En vous inscrivant, vous acceptez nos conditions générales.", "consent_notice"),
        ("Also on example.com Storm closes the coast road for a second day", "related_link"),
    ],
)
def test_consent_notices_and_site_labelled_links(line: str, code: str) -> None:
    assert removed("\n".join([PARAGRAPH, line, PARAGRAPH_2])) == {line: code}


def test_consent_in_reporting_is_kept() -> None:
    line = (
        "Users who signed up before May had agreed to the terms, by clicking a box that few of "
        "them read, the court heard."
    )
    assert removed("\n".join([PARAGRAPH, line, PARAGRAPH_2])) == {}


@pytest.mark.parametrize(
    ("header", "form"),
    [
        ("Leave a Reply", ["Want to join the discussion?", "Feel free to contribute!"]),
        ("Comments", ["I am so pleased about this, thank you!", "Comments are closed."]),
        ("Kommentar schreiben", ["Alle Kommentare werden vor der Veröffentlichung geprüft."]),
    ],
)
def test_the_short_comment_form_below_a_comment_header_goes(header: str, form: list[str]) -> None:
    found = removed("\n\n".join([PARAGRAPH, PARAGRAPH_2, header, *form]))
    assert {text: found.get(text) for text in form} == dict.fromkeys(form, "comments")


def test_article_text_below_a_discussion_heading_stays() -> None:
    """A "Discussion" section heading is no comment header (no line rule removes it), and the
    article's last paragraph (prose in the third person) below a stray "Comments" button is
    not a comment form."""
    tail = ["Discussion", "The results suggest that the library was used more than expected."]
    found = removed("\n\n".join([PARAGRAPH, PARAGRAPH_2, *tail]))
    assert not any(text in found for text in tail)
    last = "The library opened in 1904 and was extended twice, most recently in the 1970s."
    found = removed("\n\n".join([PARAGRAPH, PARAGRAPH_2, "Comments", last]))
    assert last not in found
