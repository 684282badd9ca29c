"""Text segmentation: blocks per paragraph or line, hard-wrap joining, the title block."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cleanarticle import Options, clean
from cleanarticle.segment import mark_title, split_text

OPTS = Options()


def test_blank_lines_separate_paragraphs() -> None:
    blocks = split_text("One paragraph here.\n\nAnother one there.", options=OPTS)
    assert [b.text for b in blocks] == ["One paragraph here.", "Another one there."]


def test_a_single_newline_line_is_its_own_block() -> None:
    text = "Lingard double saves United\nIt is not enough, the manager said after the game."
    blocks = split_text(text, options=OPTS)
    assert [b.text for b in blocks] == [
        "Lingard double saves United",
        "It is not enough, the manager said after the game.",
    ]


def test_a_dashed_item_under_a_numbered_item_is_the_next_item_whatever_its_case() -> None:
    # a list written out and read again: the short lines look wrapped, but a dash before a
    # lower-case word under a list item opens the next item, not a wrapped dash
    text = "the the the the the\n\n1. the the the the Advertisement\n\n- the the the the\n\nthe"
    once = clean(text, kind="text").text
    assert clean(once, kind="text").text == once


def test_hard_wrapped_text_is_joined_back_into_paragraphs() -> None:
    wrapped = (
        "The council met on Monday to discuss the budget for the coming year and\n"
        "agreed to raise spending on schools and roads by a modest amount after a\n"
        "long debate.\n\n"
        "Opposition members said the plan did not go far enough to repair the old\n"
        "bridges that carry most of the traffic into the town centre every day.\n"
    )
    blocks = split_text(wrapped, options=OPTS)
    assert len(blocks) == 2
    assert blocks[0].text.startswith("The council met") and blocks[0].text.endswith("debate.")


HEADLINE = "Council approves riverside park"
PARAGRAPHS = [
    "The council met on Monday to discuss the budget for the coming year and agreed to raise "
    "spending on schools and roads by a modest amount after a long debate - the first rise "
    "in a decade - that ran well into the evening. Members from every party spoke, and the "
    "long-serving treasurer called the budget a well-balanced, forward-looking compromise.",
    "Opposition members said the plan did not go far enough to repair the old bridges that "
    "carry most of the traffic into the town centre every day, and asked for a second vote "
    "on the money set aside for the riverside park before the summer.",
    'The mayor said the park would open next spring. "We have waited long enough for it," '
    "she told reporters outside the town hall, where a small crowd had gathered to cheer the "
    "decision and a brass band played.",
]


def wrapped(width: int, hyphens: bool = False) -> str:
    """The headline above the paragraphs, the paragraphs wrapped by a greedy wrapper."""
    wrap = [textwrap.fill(p, width, break_on_hyphens=hyphens) for p in PARAGRAPHS]
    return HEADLINE + "\n\n" + "\n\n".join(wrap) + "\n"


@pytest.mark.parametrize("width", [60, 66, 72, 80])
def test_text_wrapped_at_any_common_width_is_joined_back(width: int) -> None:
    blocks = split_text(wrapped(width), options=OPTS)
    assert [b.text for b in blocks] == [HEADLINE, *PARAGRAPHS]


def test_a_wrapped_paragraph_of_thousands_of_lines_is_joined_in_one_pass() -> None:
    paragraph = " ".join([PARAGRAPHS[0]] * 400)
    text = textwrap.fill(paragraph, 72)
    assert text.count("\n") > 1500
    assert [b.text for b in split_text(text, options=OPTS)] == [paragraph]


def test_a_word_broken_at_its_hyphen_is_made_whole() -> None:
    texts = [wrapped(width, hyphens=True) for width in range(60, 81)]
    assert sum("-\n" in t for t in texts) >= 5  # words broken at their hyphen, spaced dashes
    for text in texts:
        assert [b.text for b in split_text(text, options=OPTS)] == [HEADLINE, *PARAGRAPHS]


def test_a_headline_between_wrapped_paragraphs_stays_its_own_block() -> None:
    first, second = (textwrap.fill(p, 72) for p in PARAGRAPHS[:2])
    text = f"{first}\nMayor backs bridge repairs\n{second}\n"
    blocks = split_text(text, options=OPTS)
    assert [b.text for b in blocks] == [PARAGRAPHS[0], "Mayor backs bridge repairs", PARAGRAPHS[1]]


def test_a_menu_of_short_items_is_not_taken_for_wrapped_text() -> None:
    items = [
        *("Home", "World news and analysis", "Business and the economy", "Sport results"),
        *("Culture and the arts today", "Weather for the week ahead", "Opinion", "Contact us"),
        *("Travel guides and reviews", "Science and the environment", "Technology news"),
    ]
    text = "\n".join(items) + "\n\n" + PARAGRAPHS[0]
    blocks = split_text(text, options=OPTS)
    assert [b.text for b in blocks] == [*items, PARAGRAPHS[0]]


def test_markdown_headings_are_heading_blocks_of_their_text() -> None:
    text = "# Council approves park\n\nThe council met.\n\n## What happens next ##\n\nIt opens."
    blocks = split_text(text, options=OPTS)
    assert [(b.text, b.role) for b in blocks] == [
        ("Council approves park", "heading"),
        ("The council met.", "paragraph"),
        ("What happens next", "heading"),
        ("It opens.", "paragraph"),
    ]
    assert split_text("#hashtag #news", options=OPTS)[0].role == "paragraph"
    code = split_text("# Create a branch\ngit branch feature", options=OPTS)
    assert [b.text for b in code] == ["# Create a branch", "git branch feature"]


def test_list_items_get_their_role() -> None:
    blocks = split_text("Things to bring:\n- water\n- a map", options=OPTS)
    assert [b.role for b in blocks] == ["paragraph", "list_item", "list_item"]


def test_headline_like_first_block_becomes_the_title() -> None:
    blocks = mark_title(
        split_text("Storm hits coast\n\nThe storm arrived.", options=OPTS), options=OPTS
    )
    assert blocks[0].role == "title"
    sentence = mark_title(
        split_text("It rained all day.\n\nThen it stopped.", options=OPTS), options=OPTS
    )
    assert sentence[0].role == "paragraph"


@pytest.mark.parametrize(
    ("first", "role"),
    [
        # the opening sentence of a lead, a question or an exclamation in small letters
        (
            "Thinking about packing up your current home and lifestyle and getting yourself "
            "a tiny house?",
            "paragraph",
        ),
        (
            "Wer kennt das nicht: Man sitzt im Zug und der Akku des Telefons ist schon wieder "
            "leer, obwohl er morgens voll war!",
            "paragraph",
        ),
        (
            "If life is a test, January has been my exam and I am scoring extra credit in "
            "\u2018barely surviving.\u2019",
            "paragraph",
        ),
        # headlines: capitalised words, shorter, or not ending like a sentence
        (
            "What Are the Latest Scientific Trends in Psychiatry and How Will They Impact Care?",
            "title",
        ),
        ("What is the value of drugs that come to the U.S. border?", "title"),
        (
            "Daily meditation may work as well as a popular drug to calm anxiety, study finds",
            "title",
        ),
        ("South Dakota says, 'Meth. We're On It,' and Twitter asks, Are you guys OK?", "title"),
    ],
)
def test_a_long_opening_sentence_is_not_taken_for_the_title(first: str, role: str) -> None:
    blocks = mark_title(split_text(f"{first}\n\nThe text goes on.", options=OPTS), options=OPTS)
    assert blocks[0].role == role


def test_seed_example_has_one_block_per_line(fixtures: Path) -> None:
    text = (fixtures / "golden" / "seed-tillerson" / "input.txt").read_text(encoding="utf-8")
    blocks = split_text(text, options=OPTS)
    lines = [line for line in text.splitlines() if line.strip()]
    assert [b.text for b in blocks] == lines
    assert "Lingard double saves Manchester United against Burnley" in [b.text for b in blocks]


def test_runs_of_spaces_become_one_space_in_ascii_and_other_text() -> None:
    text = "Tabs\tand  double  spaces.\n\nA\u00a0no-break\u2009thin \u3000 wide.\n\nCafé as is."
    blocks = split_text(text, options=OPTS)
    assert [b.text for b in blocks] == [
        "Tabs and double spaces.",
        "A no-break thin wide.",
        "Café as is.",
    ]
