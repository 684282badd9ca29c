"""Rendering stage: an :class:`Article` as plain text, Markdown or JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Literal

from cleanarticle.models import CELL_SEPARATOR, Article, Block

Format = Literal["text", "markdown", "json"]


def render(article: Article, fmt: Format, *, source: str | None = None) -> str:
    """The article in format ``fmt``, ending with a newline (empty string for an empty article)."""
    return RENDERERS[fmt](article, source)


def to_text(article: Article, source: str | None = None) -> str:
    """Title, a blank line, then the body (see :attr:`Article.body`)."""
    text = article.text
    return f"{text}\n" if text else ""


def to_markdown(article: Article, source: str | None = None) -> str:
    """The title as a level-one heading; headings, lists, quotes, tables and code marked up."""
    parts = [f"# {article.title}"] if article.title else []
    previous: Block | None = None
    number = 0
    for block in article.kept_blocks:
        number = number + 1 if _ordered(block) else 0
        line = _markdown_block(block, number)
        if previous is not None and previous.role == block.role in ("list_item", "table"):
            parts[-1] += "\n" + line
        elif block.role == "table":  # the first row of a table is its header
            parts.append(line + "\n|" + " --- |" * (block.text.count(CELL_SEPARATOR) + 1))
        else:
            parts.append(line)
        previous = block
    return "\n\n".join(parts) + "\n" if parts else ""


def to_json(article: Article, source: str | None = None) -> str:
    """One line of JSON: ``Article.to_dict()`` plus the source path or URL when given."""
    return json.dumps(record(article, source), ensure_ascii=False) + "\n"


def record(article: Article, source: str | None = None) -> dict[str, Any]:
    """The JSON record of one article: its fields and, when given, where it came from."""
    data = article.to_dict()
    if source is not None:
        data = {"source": source, **data}
    return data


def _tags(block: Block) -> str:
    """The tag part of an HTML block's path ("div/ol/li" of "div/ol/li.step")."""
    return block.path.split(".", 1)[0]


def _heading_level(block: Block) -> int:
    """The markdown level of a heading: that of its HTML tag (``<h3>`` gives 3), at least 2
    (level 1 is the title's)."""
    tag = _tags(block).rsplit("/", 1)[-1]
    if len(tag) == 2 and tag[0] == "h" and tag[1] in "123456":
        return max(2, int(tag[1]))
    return 2


def _ordered(block: Block) -> bool:
    """Whether the block is an item of an ordered list (``<ol>`` in its tag path)."""
    return block.role == "list_item" and "ol/li" in _tags(block)


def _markdown_block(block: Block, number: int = 0) -> str:
    """One block marked up; ``number`` is its place in an ordered list (0: not in one)."""
    text = block.text
    if block.role == "heading":
        return f"{'#' * _heading_level(block)} {text}"
    if block.role == "list_item" and number:
        return f"{number}. {text}"
    if block.role == "list_item":
        return text if text[:1] in "-*•" else f"- {text}"
    if block.role == "quote":
        return "\n".join(f"> {line}" for line in text.split("\n"))
    if block.role == "code":
        return f"```\n{text}\n```"
    if block.role == "table":  # a table row
        return "| " + " | ".join(cell.strip() for cell in text.split(CELL_SEPARATOR)) + " |"
    return text


RENDERERS: dict[str, Callable[[Article, str | None], str]] = {
    "text": to_text,
    "markdown": to_markdown,
    "json": to_json,
}
