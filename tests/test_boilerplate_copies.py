"""Second copies of the article in a text (hand-written inputs)."""

from __future__ import annotations

from dataclasses import replace

from cleanarticle import Options, clean

OPTS = replace(Options(), topic=False)

PARAGRAPHS = [
    "The council voted on Monday to close the old library on the high street, and the books "
    "will move to the new building by the station before the end of the summer.",
    "Residents who use the reading room every week said the walk to the station was too long "
    "for many of them, and a petition with two thousand names was handed in.",
    "The library opened in 1904 and was extended twice, most recently in the 1970s, when a "
    "children's wing was added at the back of the building.",
]


def removed(lines: list[str]) -> dict[int, str]:
    article = clean("\n\n".join(lines), kind="text", options=OPTS)
    return {b.index: b.verdict.reason for b in article.blocks if not b.kept}


def kept_texts(lines: list[str]) -> list[str]:
    article = clean("\n\n".join(lines), kind="text", options=OPTS)
    return [b.text for b in article.kept_blocks]


def test_a_second_copy_of_the_article_goes() -> None:
    """The copy goes even when the first one was printed with separator lines between its
    paragraphs and the second without; the first copy stays whole."""
    first = [PARAGRAPHS[0], "-", PARAGRAPHS[1], "-", PARAGRAPHS[2]]
    lines = ["Library to close", *first, *PARAGRAPHS]
    assert kept_texts(lines) == first
    assert set(removed(lines).values()) == {"duplicate"}


def test_a_repeated_pull_quote_stays() -> None:
    """One paragraph printed again (a pull quote) is not a copy of the article."""
    lines = ["Library to close", *PARAGRAPHS, PARAGRAPHS[1]]
    assert removed(lines) == {}


def test_repeated_short_items_of_a_plan_stay() -> None:
    """Labels that recur in every section ("Meal 1", "Snack") are short, never a copy."""
    day = ["Meal 1", "Oats with fruit", "Snack", "Nuts and an apple"]
    lines = ["Library to close", PARAGRAPHS[0], "Monday", *day, "Tuesday", *day, PARAGRAPHS[1]]
    assert removed(lines) == {}


def test_cleaning_the_output_again_removes_nothing() -> None:
    lines = ["Library to close", *PARAGRAPHS, *PARAGRAPHS]
    once = clean("\n\n".join(lines), kind="text", options=OPTS).text
    twice = clean(once, kind="text", options=OPTS).text
    assert twice == once


def test_a_preview_cut_short_of_a_paragraph_above_goes() -> None:
    preview = "Residents who use the reading room every week said the walk..."
    lines = ["Library to close", *PARAGRAPHS, "Share this story", preview]
    assert kept_texts(lines)[-1] != preview
    article = clean("\n\n".join(lines), kind="text", options=OPTS)
    assert {b.text: b.verdict.reason for b in article.blocks}[preview] == "duplicate"


def test_two_previews_of_the_same_text_stay() -> None:
    """A list of items cut short, one repeating another (an event listed twice), keeps both:
    neither is a preview of a whole paragraph."""
    long = "Join us for two days of talks, training and a fully curated journey through \u2026"
    short = "Join us for two days of talks, training and a fully curated \u2026"
    lines = ["Library to close", *PARAGRAPHS, long, PARAGRAPHS[0] + " Again.", short]
    assert removed(lines) == {}


def test_the_title_printed_again_and_again_below_the_article_goes() -> None:
    title = "Library on the high street to close"
    lines = [title, *PARAGRAPHS, title, "Share this story", title]
    assert kept_texts(lines) == PARAGRAPHS


def test_the_title_under_a_ui_line_printed_again_below_the_article_goes() -> None:
    """The title is the first line the line rules kept: the same echoes go whether or not a UI
    line sits above it, so cleaning the output again removes nothing more."""
    title = "Library on the high street to close"
    lines = ["Subscribe to our newsletter", title, *PARAGRAPHS, title, "Share this story", title]
    assert kept_texts(lines) == PARAGRAPHS


def test_the_title_repeated_once_or_a_short_refrain_stays() -> None:
    once = ["Library on the high street to close", *PARAGRAPHS[:2]]
    once += ["Library on the high street to close", PARAGRAPHS[2]]
    assert removed(once) == {}
    refrain = ["Let it be", *PARAGRAPHS[:2], "Let it be", PARAGRAPHS[2], "Let it be"]
    assert removed(refrain) == {}


def test_a_line_printed_three_times_in_a_row_keeps_its_first_copy() -> None:
    """A carousel's title on each of its slides; a line printed twice, or three times apart,
    stays (a refrain)."""
    slide = "Weather threatens holiday plans"
    lines = [PARAGRAPHS[0], slide, slide, slide, *PARAGRAPHS[1:]]
    article = clean("\n\n".join(lines), kind="text", options=OPTS)
    assert [b.verdict.reason for b in article.blocks if not b.kept] == ["duplicate", "duplicate"]
    assert [b.text for b in article.kept_blocks].count(slide) == 1
    assert removed([PARAGRAPHS[0], slide, slide, *PARAGRAPHS[1:]]) == {}
    assert removed([PARAGRAPHS[0], slide, PARAGRAPHS[1], slide, PARAGRAPHS[2], slide]) == {}
