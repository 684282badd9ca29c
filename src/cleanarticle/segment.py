"""Text segmentation: plain text into blocks, and the choice of a title block.

Paragraphs are split on blank lines. Inside a paragraph, each line is its own block (a headline
or a UI string often sits on the line right above a paragraph), unless the text is hard-wrapped
at a fixed width, in which case wrapped lines are joined back into their paragraph. A markdown
heading ("## Results", as extractors' markdown output has them) is a heading block of its text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from cleanarticle.models import LIST_MARK, Block, Role
from cleanarticle.options import Options

BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
OTHER_SPACE = re.compile(r"[\t\u00a0\u2000-\u200b\u3000]")
"""A space of ``SPACES`` other than the plain one."""
SENTENCE_END = (".", ",", ";", ":", "\u3002", "\uff01", "\uff0c")
SENTENCE_FINAL = (".", "!", "?", ":", "\u3002", "\uff01")
CLOSERS = "\"'\u201d\u2019\u00bb)]"
OPENERS = "\"'\u201c\u2018\u00ab(["
PROSE_FINAL = (".", "!", "?", "\u2026")
"""How a sentence ends (a first line ending so may be prose rather than a headline)."""
ADDRESS_LIKE = re.compile(r"https?://|www\.")
HAS_LETTERS = re.compile(r"[^\W\d_]{2}")
MARKDOWN_HEADING = re.compile(r"^(#{1,6}) +(.*?[^ #].*?)(?: +#+)? *$")
"""A markdown heading ("## Results"): its text is the block, its marks give its role."""


def split_text(text: str, *, options: Options) -> tuple[Block, ...]:
    """Split plain text into blocks, one per paragraph or separate line."""
    lines = [line.strip() for line in _squeeze(text).split("\n")]
    width = wrap_width(lines, options)
    blocks: list[Block] = []
    line_no = 0
    for paragraph in BLANK_LINE.split("\n".join(lines)):
        para_lines = paragraph.split("\n")
        units = _units(para_lines, width)
        for start, unit in units:
            if unit:
                heading = _markdown_heading(unit, alone=len(units) == 1)
                blocks.append(
                    Block(
                        index=len(blocks),
                        text=heading.group(2) if heading else unit,
                        role="heading" if heading else _role(unit),
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
    """The width at which the text is hard-wrapped, or None when lines are not wrapped.

    Wrapped lines fill a narrow band below the width, and none is longer. The width is the
    line length whose band (``wrap_band`` characters up to it) holds the most text. It holds
    when the band has ``wrap_min_lines`` lines or more, and ``wrap_min_share`` of the lines at
    least ``wrap_min_width`` long (menu items, headlines and a paragraph's last line are
    shorter); when at most ``wrap_max_over`` of all lines are longer than the width; and when
    the band's lines that another line follows are mostly full (``wrap_min_fill``: the next
    line's first word would not have fitted on them), as a wrapper leaves them and lists of
    short items do not."""
    lengths = sorted(len(line) for line in lines if line)
    if len(lengths) < 4:
        return None
    best, width, count = 0, 0, 0
    low, mass = 0, 0
    for high, n in enumerate(lengths):
        if n > options.wrap_max_width:
            break
        mass += n
        while lengths[low] < n - options.wrap_band:
            mass -= lengths[low]
            low += 1
        if n >= options.wrap_min_width and mass >= best:
            best, width, count = mass, n, high - low + 1
    if count < options.wrap_min_lines:
        return None
    over = sum(1 for n in lengths if n > width)
    long_lines = sum(1 for n in lengths if n >= options.wrap_min_width)
    if count < options.wrap_min_share * long_lines or over > options.wrap_max_over * len(lengths):
        return None
    return width if _fill(lines, width, options) >= options.wrap_min_fill else None


def _fill(lines: list[str], width: int, options: Options) -> float:
    """The share of lines in the band below ``width``, followed by another line, that a
    greedy wrapper broke (:func:`_broken_at`)."""
    followed = full = 0
    for i, (line, following) in enumerate(pairwise(lines)):
        if line and following and len(line) >= width - options.wrap_band:
            followed += 1
            full += _broken_at(lines, i, width)
    return full / followed if followed else 0.0


def _units(lines: list[str], width: int | None) -> list[tuple[int, str]]:
    """Group the lines of one paragraph into units: (first line offset, text)."""
    if width is None:
        return [(i, line) for i, line in enumerate(lines)]
    broken = [_broken_at(lines, i, width) for i in range(len(lines))]
    units: list[tuple[int, str]] = []
    current = ""
    start = 0
    for i, line in enumerate(lines):
        if not current:
            start = i
        current = _join(current, line)
        if not _continues(lines, broken, i):
            units.append((start, current))
            current = ""
    if current:
        units.append((start, current))
    return units


def _continues(lines: list[str], broken: list[bool], i: int) -> bool:
    """Line ``i`` goes on in the next line: a wrapper broke it there (``broken``, found by
    :func:`_broken_at` for every line), unless line ``i`` ends a sentence and the next line is
    a short one of its own without a sentence's end (a headline or a button between
    paragraphs)."""
    if not broken[i]:
        return False
    following = lines[i + 1]
    own_line = not broken[i + 1] and not _ends_sentence(following)
    return not (_ends_sentence(lines[i]) and own_line)


def _broken_at(lines: list[str], i: int, width: int) -> bool:
    """A greedy wrapper broke line ``i``: the next line's first word would not have fitted
    on it, and the next line opens no list item (a dash before a lower-case word is a
    wrapped dash, unless line ``i`` is a list item too: the next item of a list)."""
    following = lines[i + 1] if i + 1 < len(lines) else ""
    first_word = following.split(" ", 1)[0]
    line = lines[i]
    space = 0 if _broken_word(line, following) else 1
    if not first_word or len(line) + space + len(first_word) <= width:
        return False
    mark = LIST_MARK.match(following)
    if mark is None:
        return True
    dash = following[0] in "-\u2013" and following[mark.end() :][:1].islower()
    return dash and not LIST_MARK.match(line)


def _ends_sentence(line: str) -> bool:
    return line.rstrip(CLOSERS).endswith(SENTENCE_FINAL)


def _join(text: str, line: str) -> str:
    """``line`` added to the wrapped ``text``; a word broken at its hyphen is made whole."""
    if not text or not line:
        return text or line
    return text + line if _broken_word(text, line) else text + " " + line


def _broken_word(line: str, following: str) -> bool:
    """``line`` ends in a word broken at its hyphen, continued by ``following``."""
    return line.endswith("-") and len(line) > 1 and line[-2].isalpha() and following[:1].isalpha()


def _markdown_heading(unit: str, alone: bool) -> re.Match[str] | None:
    """A markdown heading: two marks or more, or one standing alone between blank lines (a
    line of a code block may be a comment, "# Create a branch")."""
    found = MARKDOWN_HEADING.match(unit)
    return found if found and (alone or len(found.group(1)) > 1) else None


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
    """Short, one line, with letters, not ending like a sentence or a clause, no web address,
    and not a long question or exclamation in the small letters of prose."""
    words = text.split()
    return (
        0 < len(words) <= options.title_max_words
        and len(text) <= options.title_max_chars
        and not text.endswith(SENTENCE_END)
        and HAS_LETTERS.search(text) is not None
        and ADDRESS_LIKE.search(text) is None
        and not _opening_sentence(text, words, options)
    )


def _opening_sentence(text: str, words: list[str], options: Options) -> bool:
    """A long first line that ends like a sentence (a question, an exclamation, a stop inside
    quotes, an ellipsis) with few capitalised words after its first: the lead's opening
    sentence ("Thinking about packing up your home and getting yourself a tiny house?"). A
    headline of that length capitalises its words or does not end like a sentence."""
    if len(words) < options.title_prose_min_words:
        return False
    if not text.rstrip(CLOSERS).endswith(PROSE_FINAL):
        return False
    capitalised = sum(1 for word in words[1:] if word.lstrip(OPENERS)[:1].isupper())
    return capitalised <= options.title_prose_max_capitalised * (len(words) - 1)
