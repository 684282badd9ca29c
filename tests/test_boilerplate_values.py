"""The values of a post's metadata printed one item per line (hand-written inputs)."""

from __future__ import annotations

import pytest
from text_data import PARAGRAPH, PARAGRAPH_2, removed


def cleaned(*head: str) -> dict[str, str]:
    """Removed line -> reason, with ``head`` printed above the article's two paragraphs."""
    headline = "Library to close on the high street"
    return removed("\n".join([headline, *head, PARAGRAPH, PARAGRAPH_2]))


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("Written by", "Jane Doe"),
        ("Last updated on:", "October 1, 2025"),
        ("Geschrieben von", "Max Mustermann"),
        ("Publié le", "3 janvier 2025"),
        ("Escrito por", "Lucía Gómez"),
        ("Reading time", "5 Minutes"),
    ],
)
def test_the_value_under_a_bare_label_goes_with_it(label: str, value: str) -> None:
    assert cleaned(label, value) == {label: "metadata", value: "metadata"}


@pytest.mark.parametrize(
    "date", ["Friday, November 14, 2025", "Dec 18, 2025", "09.10.2024", "14. November 2025"]
)
def test_a_date_under_a_byline_is_the_posts_date(date: str) -> None:
    assert cleaned("By Jane Doe", date) == {"By Jane Doe": "byline", date: "timestamp"}


def test_a_line_under_a_byline_that_is_not_a_date_stays() -> None:
    assert cleaned("By Jane Doe", "Opinion Columnist") == {"By Jane Doe": "byline"}


def test_a_date_with_words_of_its_own_stays() -> None:
    fixture = "Sunday, 27 February: Arsenal v Chelsea"
    assert fixture not in cleaned("By Jane Doe", fixture)


def test_a_sentence_under_a_label_stays() -> None:
    sentence = "Jane Doe wrote this report with the help of the readers."
    assert cleaned("Written by", sentence) == {"Written by": "metadata"}


def test_a_date_under_a_kept_line_between_paragraphs_stays() -> None:
    # (under the headline, a date alone is the page's dateline, and goes: see test_boilerplate)
    headline = "Library to close on the high street"
    lines = [headline, PARAGRAPH, "The last day", "Friday, November 14, 2025", PARAGRAPH_2]
    assert removed("\n".join(lines)) == {}
