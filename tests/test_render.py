"""Rendering: text, Markdown and JSON views of one article."""

from __future__ import annotations

import json
from dataclasses import replace

from cleanarticle.models import Article, Block, Verdict
from cleanarticle.render import render

REMOVED = Verdict(keep=False, step="boilerplate", reason="ui_string", score=0.9)
ARTICLE = Article(
    title="Ferry goes solar",
    blocks=(
        Block(0, "Ferry goes solar", role="title"),
        Block(1, "Share Print Email", verdict=REMOVED),
        Block(2, "The ferry now runs on sunlight."),
        Block(3, "A quieter crossing", role="heading"),
        Block(4, "Crossings every 20 minutes", role="list_item"),
        Block(5, "Bikes free", role="list_item"),
    ),
)


def test_text_is_title_blank_line_body_with_list_items_one_a_line() -> None:
    assert render(ARTICLE, "text") == (
        "Ferry goes solar\n\nThe ferry now runs on sunlight.\n\nA quieter crossing\n\n"
        "- Crossings every 20 minutes\n- Bikes free\n"
    )


def test_markdown_marks_headings_and_lists() -> None:
    markdown = render(ARTICLE, "markdown")
    assert markdown.startswith("# Ferry goes solar\n\n")
    assert "## A quieter crossing" in markdown
    assert "- Crossings every 20 minutes\n- Bikes free" in markdown
    assert "Share Print Email" not in markdown


def test_json_round_trips_with_every_block_and_its_verdict() -> None:
    data = json.loads(render(ARTICLE, "json", source="page.html"))
    assert data["source"] == "page.html"
    assert data["title"] == "Ferry goes solar"
    assert data["blocks"][1] == {
        "index": 1,
        "text": "Share Print Email",
        "role": "paragraph",
        "kept": False,
        "step": "boilerplate",
        "reason": "ui_string",
        "score": 0.9,
    }
    assert data["removed"] == {"ui_string": 1}


def test_empty_article_renders_as_empty_text() -> None:
    empty = replace(ARTICLE, title="", blocks=())
    assert render(empty, "text") == ""


def test_markdown_draws_table_rows_as_a_table_with_the_first_row_as_header() -> None:
    table = Article(
        title="Ferry times",
        blocks=(
            Block(0, "Ferry times", role="title"),
            Block(1, "Leaves\tArrives", role="table"),
            Block(2, "08:00\t08:40", role="table"),
            Block(3, "09:00\t09:40", role="table"),
            Block(4, "Bikes travel free."),
        ),
    )
    assert render(table, "markdown") == (
        "# Ferry times\n\n| Leaves | Arrives |\n| --- | --- |\n| 08:00 | 08:40 |\n"
        "| 09:00 | 09:40 |\n\nBikes travel free.\n"
    )
    assert "Leaves\tArrives\n\n08:00\t08:40" in render(table, "text")


def test_markdown_numbers_the_items_of_an_ordered_list() -> None:
    steps = Article(
        title="Planting",
        blocks=(
            Block(0, "Planting", role="title"),
            Block(1, "Dig the ground.", role="list_item", path="article/ol/li"),
            Block(2, "Plant the trees.", role="list_item", path="article/ol/li.step"),
            Block(3, "Water them.", role="paragraph", path="article/p"),
            Block(4, "Bring gloves", role="list_item", path="article/ul/li"),
        ),
    )
    assert render(steps, "markdown") == (
        "# Planting\n\n1. Dig the ground.\n2. Plant the trees.\n\nWater them.\n\n- Bring gloves\n"
    )


def test_markdown_headings_keep_the_level_of_their_tag_under_the_title() -> None:
    sections = Article(
        title="Planting",
        blocks=(
            Block(0, "Planting", role="title"),
            Block(1, "Before you start", role="heading", path="div/article/h2"),
            Block(2, "Tools", role="heading", path="div/article/h3.sub"),
            Block(3, "A spade and gloves."),
            Block(4, "Timing", role="heading", path="div/article/h1"),
            Block(5, "Questions", role="heading", path="line 7"),
        ),
    )
    markdown = render(sections, "markdown")
    assert "\n\n## Before you start\n\n### Tools\n\n" in markdown
    assert "\n\n## Timing\n\n## Questions\n" in markdown
