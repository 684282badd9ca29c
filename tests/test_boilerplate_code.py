"""Program code in a text: listings are neither menus nor proof that a page has furniture."""

from __future__ import annotations

import pytest
from text_data import PARAGRAPH, PARAGRAPH_2, removed

from cleanarticle.boilerplate_code import code_lines
from cleanarticle.boilerplate_rules import facts
from cleanarticle.language import stopwords

LISTING = [
    "# Create a new branch",
    "git branch login",
    "# Switch to the branch",
    "git checkout login",
    "# Push it",
    "git push origin login",
    "# Merge it back",
    "git merge login",
    "# Check the history",
    "git log",
]
TAIL = (
    "Once the branch is merged, delete it so that the list of branches stays short and "
    "everyone on the team can see at a glance which work is still in progress."
)


def lines(*texts: str) -> list[bool]:
    return code_lines([facts(t, stopwords("en")) for t in texts], [True] * len(texts))


@pytest.mark.parametrize(
    "line",
    [
        "# Create a new branch",
        "// Sign in first",
        "-- Update statistics for all tables",
        "$ npm install",
        "count = count + 1",
        "if (x == 3) {",
        "return value;",
        "A --> B[Results]",
        "client.connect()",
    ],
)
def test_program_lines_are_code(line: str) -> None:
    assert lines(line) == [True]


@pytest.mark.parametrize(
    "line", ["Home", "Sign in", "#travel", "Next →", "Home > News", "Read more", PARAGRAPH]
)
def test_menus_hashtags_and_prose_are_not_code(line: str) -> None:
    assert lines(line) == [False]


def test_a_bare_line_below_a_comment_or_between_code_lines_is_code() -> None:
    assert lines("-- Pick every row", "SELECT", "name") == [True, True, False]
    assert lines("x = 1", "SELECT", "FROM users;") == [True, True, True]
    assert lines("Home", "SELECT", "FROM users;") == [False, False, True]


def test_listings_with_ui_words_do_not_cut_the_article() -> None:
    text = "\n".join(
        ["Branches in git", PARAGRAPH, PARAGRAPH_2, *LISTING, TAIL, *LISTING, PARAGRAPH, TAIL]
    )
    gone = removed(text)
    assert not {TAIL, PARAGRAPH, *LISTING} & set(gone)
