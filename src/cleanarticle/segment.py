"""Text segmentation: plain text into blocks, and the choice of a title block.

Paragraphs are split on blank lines. Inside a paragraph, each line is its own block (a headline
or a UI string often sits on the line right above a paragraph), unless the text is hard-wrapped
at a fixed width, in which case wrapped lines are joined back into their paragraph.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from cleanarticle.models import LIST_MARK, Block, Role
from cleanarticle.options import Options

BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
OTHER_SPACE = re.compile(r"[\t\u00a0\u2000-\u200b\u3000]")
"""A space of ``SPACES`` other than the plain one."""
SENTENCE_END = (".", ",", ";", ":", "\u3002", "\uff01", "\uff0c")
ADDRESS_LIKE = re.compile(r"https?://|www\.")
HAS_LETTERS = re.compile(r"[^\W\d_]{2}")


def split_text(text: str, *, options: Options) -> tuple[Block, ...]:
    """Split plain text into blocks, one per paragraph or separate line."""
    lines = [line.strip() for line in _squeeze(text).split("\n")]
    width = wrap_width(lines, options)
    blocks: list[Block] = []
    line_no = 0
    for paragraph in BLANK_LINE.split("\n".join(lines)):
        para_lines = paragraph.split("\n")
        for start, unit in _units(para_lines, width):
            if unit:
                blocks.append(
                    Block(
                        index=len(blocks),
                        text=unit,
                        role=_role(unit),
                        path=f"line {line_no + start + 1}",
                    )
                )
        line_no += len(para_lines) + 1
    return tuple(blocks)


def _squeeze(text: str) -> str:
    """``text`` with each run of spaces (``SPACES``) made one plain space. Most texts hold
    only single plain spaces and are returned as they are: a substitution for each of their
    spaces costs more than the rest of the segmentation."""
    plain = "\t" not in text if text.isascii() else OTHER_SPACE.search(text) is None
    return text if plain and "  " not in text else SPACES.sub(" ", text)


def wrap_width(lines: list[str], options: Options) -> int | None:
    """The width at which the text is hard-wrapped, or None when lines are not wrapped."""
    lengths = [len(line) for line in lines if line]
    if len(lengths) < 4:
        return None
    buckets = [min(n, 200) // 5 * 5 for n in lengths]
    counts = Counter(buckets)
    common = max(counts, key=counts.__getitem__)  # the first of the most common lengths
    if common > options.wrap_max_width or common + 4 < 30:
        return None  # the longest line of the bucket would be out of bounds too
    width = max(n for n, bucket in zip(lengths, buckets, strict=True) if bucket == common)
    if width > options.wrap_max_width or width < 30:
        return None
    near = sum(1 for n in lengths if width - 15 <= n <= width)
    return width if near / len(lengths) >= options.wrap_min_share else None


def _units(lines: list[str], width: int | None) -> list[tuple[int, str]]:
    """Group the lines of one paragraph into units: (first line offset, text)."""
    if width is None:
        return [(i, line) for i, line in enumerate(lines)]
    units: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    for i, line in enumerate(lines):
        if not current:
            start = i
        if line:
            current.append(line)
        following = lines[i + 1] if i + 1 < len(lines) else ""
        wrapped = len(line) >= width - 15 and not LIST_MARK.match(following)
        if not wrapped:
            units.append((start, " ".join(current)))
            current = []
    if current:
        units.append((start, " ".join(current)))
    return units


def _role(text: str) -> Role:
    return "list_item" if LIST_MARK.match(text) else "paragraph"


def mark_title(blocks: tuple[Block, ...], *, options: Options) -> tuple[Block, ...]:
    """Mark the first kept block as the title when it reads like a headline."""
    kept = [i for i, b in enumerate(blocks) if b.kept]
    if len(kept) < 2:
        return blocks
    first = blocks[kept[0]]
    if not looks_like_headline(first.text, options):
        return blocks
    return (*blocks[: kept[0]], replace(first, role="title"), *blocks[kept[0] + 1 :])


def looks_like_headline(text: str, options: Options) -> bool:
    """Short, one line, with letters, not ending like a sentence or a clause, no web address."""
    words = text.split()
    return (
        0 < len(words) <= options.title_max_words
        and len(text) <= options.title_max_chars
        and not text.endswith(SENTENCE_END)
        and HAS_LETTERS.search(text) is not None
        and ADDRESS_LIKE.search(text) is None
    )
