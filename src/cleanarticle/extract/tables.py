"""Table rows as blocks: the cells of one row of a data table read as one line.

The walk makes a block of every table cell, so that a page laid out in a table still has its
article, its menus and its sidebars in blocks of their own. Once every block is judged, the
cells of a row that each hold one block of plain cell text, and that were judged alike, are
joined into one block, separated by tabs, which markdown output shows as a table row. A row
whose cells hold paragraphs or lists (a layout table), or whose cells were judged apart, keeps
its cells as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from cleanarticle.extract.dom import HtmlElement
from cleanarticle.models import CELL_SEPARATOR, Block

CELL_TAGS = frozenset(("td", "th"))


def join_rows(blocks: list[Block], paths: Sequence[tuple[HtmlElement, ...]]) -> list[Block]:
    """``blocks`` with the cells of each data-table row joined into one block; ``paths[i]``
    are the block-level elements block ``i`` sits in, its own element last."""
    rows = [_row_of(block, path) for block, path in zip(blocks, paths, strict=True)]
    if not any(row is not None for row in rows):
        return blocks
    joined: list[Block] = []
    start = 0
    while start < len(blocks):
        end = start + 1
        row = rows[start]
        if row is not None:
            keep = blocks[start].kept
            while end < len(blocks) and rows[end] is row and blocks[end].kept == keep:
                end += 1
        cells = blocks[start:end]
        if len(cells) == 1 or not _one_block_each(paths[start:end]):
            joined.extend(cells)
        else:
            joined.append(_joined(cells))
        start = end
    return [b if b.index == i else replace(b, index=i) for i, b in enumerate(joined)]


def _one_block_each(paths: Sequence[tuple[HtmlElement, ...]]) -> bool:
    """Whether every cell of a row holds one block: a cell cut into several by line breaks
    ("Home > Reports<br><br>Headline<br><br>...") lays out a page, it is no data."""
    cells = [path[-1] for path in paths]
    return len(set(cells)) == len(cells)


def _row_of(block: Block, path: tuple[HtmlElement, ...]) -> HtmlElement | None:
    """The ``<tr>`` of a block that is a whole table cell, else ``None``."""
    if block.role != "table" or len(path) < 2:
        return None
    cell, row = path[-1], path[-2]
    if cell.tag not in CELL_TAGS or row.tag != "tr":
        return None
    return row


def _joined(cells: Sequence[Block]) -> Block:
    """One block for the cells of a row: their texts in order, their link share by length,
    the first cell's place and verdict."""
    chars = sum(len(c.text) for c in cells)
    links = sum(c.link_density * len(c.text) for c in cells)
    return replace(
        cells[0],
        text=CELL_SEPARATOR.join(c.text for c in cells),
        link_density=round(links / chars, 4) if chars else 0.0,
    )
