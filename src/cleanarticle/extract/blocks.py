"""Text blocks of a page: one walk over the tree, cutting text at block-level elements.

Every block remembers the chain of block-level elements it sits in, so that scoring can add a
block's weight to its containers and find the subtree each element spans (a contiguous range
of blocks, since the walk is in document order).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree

from cleanarticle.extract.dom import (
    ARTICLE_TAGS,
    BLOCK_TAGS,
    FURNITURE_TAGS,
    HEADING_TAGS,
    INLINE_TAGS,
    SKIP_TAGS,
    HtmlElement,
    is_hidden,
    marks_of_attributes,
)
from cleanarticle.models import Role, slot_setters

# Page-wide wrappers whose class names describe the page, not a part of it.
UNHINTED_TAGS = frozenset(("html", "body", "article", "main"))
# Hints that name small things; on a large subtree they are ignored.
WEAK_HINTS = frozenset(("byline", "caption", "tags"))
# Skipped elements that, left unclosed in broken markup, swallow the rest of the page.
SWALLOWING_TAGS = [
    "svg",
    "noscript",
    "template",
    "button",
    "object",
    "canvas",
    "video",
    "audio",
    "select",
    "dialog",
    "picture",
    "map",
    "math",
]
LINE_BREAK = "\x00"
OPENED = (0, 0)
"""The span of an element being read (replaced once it is closed)."""
DOUBLE_BREAK = re.compile("\x00\\s*\x00[\\s\x00]*")
SLUG_DROPPED = re.compile(r"[\W_]+")
MIN_ANCHOR_CHARS = 4
"""A heading's text spelled in its id counts from this many letters and digits."""
CONTAINER_ROLES: dict[str, Role] = {
    "blockquote": "quote",
    "pre": "code",
    "figcaption": "caption",
    "caption": "caption",
    "li": "list_item",
    "dt": "list_item",
    "dd": "list_item",
}


@dataclass(frozen=True, slots=True, init=False)
class RawBlock:
    """A block of page text before judgement: its text, how much of it is link text, its role
    and the block-level elements it sits in (outermost first, its own element last)."""

    text: str
    link_chars: int
    role: Role
    path: tuple[HtmlElement, ...]
    chars: int
    """Characters of text, spaces not counted."""
    link_density: float
    """The share of those characters inside links (at most 1)."""
    label: str
    """A short tag path for ``--explain``: the last three block-level elements, the class of
    the innermost one ("div/ul/li.item")."""

    def __init__(
        self,
        text: str,
        link_chars: int,
        role: Role,
        path: tuple[HtmlElement, ...],
        chars: int,
        link_density: float,
        label: str,
    ) -> None:
        _set_text(self, text)  # (see models.slot_setters: the walk makes one per block)
        _set_link_chars(self, link_chars)
        _set_role(self, role)
        _set_path(self, path)
        _set_chars(self, chars)
        _set_link_density(self, link_density)
        _set_label(self, label)


(
    _set_text,
    _set_link_chars,
    _set_role,
    _set_path,
    _set_chars,
    _set_link_density,
    _set_label,
) = slot_setters(RawBlock)


@dataclass(slots=True)
class Page:
    """The blocks of a page, with what the walk learned about its elements."""

    blocks: list[RawBlock] = field(default_factory=list)
    spans: dict[HtmlElement, tuple[int, int]] = field(default_factory=dict)
    """Block-level element → (first block index, end block index) of its subtree."""
    hints: dict[HtmlElement, str] = field(default_factory=dict)
    """Block-level elements whose tag or class/id marks them as furniture → reason code."""
    positive: set[HtmlElement] = field(default_factory=set)
    """Block-level elements whose tag or class/id names the article body."""
    shadowed: set[HtmlElement] = field(default_factory=set)
    """Block-level elements inside a subtree marked as furniture of a penalised kind (filled
    in by scoring, once hints on wrappers of the article are discarded)."""
    in_comments: set[HtmlElement] = field(default_factory=set)
    """Block-level elements that are, or are inside, a comments section."""
    headed_lists: set[HtmlElement] = field(default_factory=set)
    """Block-level elements that a heading of a related list opens (filled in by scoring)."""
    after_article: set[HtmlElement] = field(default_factory=set)
    """Furniture elements holding most of the page's prose that stand after the article
    (filled in by scoring): they keep their hint and cannot be chosen as the article."""
    parents: dict[HtmlElement, HtmlElement | None] = field(default_factory=dict)
    """Block-level element → its nearest block-level ancestor; in closing (post-)order."""
    hidden_skipped: int = 0
    """How many elements marked as not displayed were left out (with their subtrees)."""


def read_blocks(
    root: HtmlElement, *, max_depth: int, weak_hint_max_chars: int, show_hidden: bool = False
) -> Page:
    """Walk ``root`` in document order and return its text blocks (``show_hidden``: also
    those of elements marked as not displayed).

    Weak hints (bylines, captions, tag lists) are dropped from elements holding more than
    ``weak_hint_max_chars`` characters: such names on a wrapper ("author-admin") describe
    the article, not a part of the page.
    """
    _unwrap_swallowed_content(root)
    etree.strip_elements(root, *SKIP_TAGS, with_tail=False)
    if not show_hidden:
        _drop_hidden_inline(root)
    etree.strip_tags(root, *INLINE_TAGS)
    walker = _Walker(max_depth, weak_hint_max_chars, show_hidden)
    walker.read((root,), 0, False)
    walker.flush()
    return walker.page


MAYBE_HIDDEN = etree.XPath("//@hidden | //@style")
"""The ``hidden`` attributes and inline styles of the page, whose elements may be hidden (in
document order; libxml2 selects attributes faster than it tests every element for them)."""


def _drop_hidden_inline(root: HtmlElement) -> None:
    """Empty the inline and unknown elements marked as not displayed (a tooltip or skip link
    inside a paragraph), keeping the text after them; hidden block elements are skipped by
    the walk, which counts them."""
    for attribute in MAYBE_HIDDEN(root):
        el = attribute.getparent()  # an element with both is seen twice: emptied once
        if el.tag not in BLOCK_TAGS and is_hidden(el):
            tail = el.tail
            el.clear()  # emptied here, unwrapped with the other inline elements
            el.tail = tail


ANCHOR_MARKS = frozenset(("#", "\u00b6", "\u00a7", "\U0001f517", "\u2693", "\u200b"))
"""The marks of a heading's link to itself ("#", "¶", "§", "🔗"), shown on hover, or a
zero-width space that holds the link's icon."""


def _anchor_mark(link: HtmlElement) -> bool:
    """A link to a place in the page that prints only a permalink mark ("<a
    href="#the-problem">#</a>The problem"): the mark is not part of the heading's text."""
    if "".join(link.itertext()).strip() not in ANCHOR_MARKS:
        return False
    return (link.get("href") or "").startswith("#")


def _unwrap_swallowed_content(root: HtmlElement) -> None:
    """Unwrap skipped elements (``svg``, ``button``, ``noscript``, ...) that hold paragraphs:
    an unclosed ``<button>`` swallows the rest of the page, and some pages ship their article
    in a template."""
    swallowing = [el for el in root.iter(*SWALLOWING_TAGS) if el.find(".//p") is not None]
    for el in swallowing:
        el.tag = "div"


class _Walker:
    """The walk over a page. Text and tails are added to the open block inline, and the
    page's tables are kept at hand (the walk visits every element of the page, so steps
    saved here count)."""

    def __init__(self, max_depth: int, weak_hint_max_chars: int, show_hidden: bool) -> None:
        self.weak_hint_max_chars = weak_hint_max_chars
        self.show_hidden = show_hidden
        self.page = page = Page()
        self.blocks, self.spans, self.hints, self.parents = (
            page.blocks,
            page.spans,
            page.hints,
            page.parents,
        )
        self.parts: list[str] = []
        """The text read since the last block boundary (cleared, never replaced, by ``flush``)."""
        self.link_chars = 0
        self.path: list[HtmlElement] = []
        self.tags: list[str] = []
        """The tags of the elements of ``path``, for the roles of blocks."""
        self.open_pre = 0
        """How many of them are ``pre`` (counted: a tag from lxml is a new string, which a
        search of ``tags`` would compare character by character at every block)."""
        self.max_depth = max_depth

    def read(self, elements: Iterable[HtmlElement], depth: int, in_link: bool) -> None:
        """Read sibling elements at ``depth`` in document order, each with its tail."""
        parts = self.parts
        for el in elements:
            tag = el.tag
            if tag in BLOCK_TAGS:
                self.block(el, tag, depth, in_link)
            elif tag == "br":
                parts.append(LINE_BREAK)
            elif tag.__class__ is str and tag not in SKIP_TAGS:
                link = in_link or tag == "a"
                text = el.text
                if tag == "a" and (text is None or len(text.strip()) < 2) and _anchor_mark(el):
                    pass  # a permalink mark: its tail is read below
                else:
                    if text:
                        self.add(text, link)
                    if len(el):
                        self.below(el, depth, link)
            tail = el.tail
            if tail:
                if tail.isspace():
                    if parts:
                        parts.append(" ")
                else:
                    parts.append(tail)
                    if in_link:
                        self.link_chars += len("".join(tail.split()))

    def below(self, el: HtmlElement, depth: int, link: bool) -> None:
        """Read the children of an element at ``depth``: walked, or read flat once the depth
        limit is reached (no recursion)."""
        if depth < self.max_depth:
            self.read(el[:], depth + 1, link)  # (lxml lists children faster than it iterates)
        else:
            for child in el:
                self.add(" ".join(child.itertext()), link)

    def block(self, el: HtmlElement, tag: str, depth: int, in_link: bool) -> None:
        attributes = el.items()
        if attributes:
            hint, positive, hidden = marks_of_attributes(attributes, tag)
            if hidden and not self.show_hidden:
                self.page.hidden_skipped += 1
                return
        else:
            hint, positive = None, tag in ARTICLE_TAGS
        if self.parts:
            self.flush()
        start = len(self.blocks)
        self.spans[el] = OPENED  # in opening order; the span is known once read
        reason = FURNITURE_TAGS.get(tag) or hint
        if reason and tag not in UNHINTED_TAGS:
            self.hints[el] = reason
        if positive:
            self.page.positive.add(el)
        path = self.path
        path.append(el)
        self.tags.append(tag)
        preformatted = tag == "pre"
        self.open_pre += preformatted
        text = el.text
        if text:
            self.add(text, in_link)
        if len(el):
            self.below(el, depth, in_link)
        if self.parts:
            self.flush()
        path.pop()
        self.tags.pop()
        self.open_pre -= preformatted
        self.parents[el] = path[-1] if path else None
        self.spans[el] = (start, len(self.blocks))
        if reason in WEAK_HINTS and el in self.hints:
            self.check_weak_hint(el)
        elif reason == "share" and el in self.hints:
            self.check_embed(el)
        elif tag in HEADING_TAGS and el in self.hints:
            self.check_section_anchor(el)

    def check_weak_hint(self, el: HtmlElement) -> None:
        start, end = self.spans[el]
        chars = 0
        for block in self.blocks[start:end]:
            chars += block.chars
            if chars > self.weak_hint_max_chars:
                del self.hints[el]
                return

    def check_embed(self, el: HtmlElement) -> None:
        """A social name on an element quoting a post ("social-media-embed" around a quoted
        tweet) marks an embedded post, which is part of the article, not a share bar."""
        start, end = self.spans[el]
        if any(block.role == "quote" for block in self.blocks[start:end]):
            del self.hints[el]

    def check_section_anchor(self, el: HtmlElement) -> None:
        """A heading whose id spells its own text ("default-behaviour" on "Default
        behaviour") is a section of the document, linked to from its table of contents: its
        class names style it ("anchorWithStickyNavbar"), they do not make it furniture."""
        start, end = self.spans[el]
        anchor = el.get("id")
        if anchor and end == start + 1:
            text = _slug(self.blocks[start].text)
            if len(text) >= MIN_ANCHOR_CHARS and text in _slug(anchor):
                del self.hints[el]

    def add(self, text: str, link: bool) -> None:
        if text.isspace():
            if self.parts:
                self.parts.append(" ")
            return
        self.parts.append(text)
        if link:
            self.link_chars += len("".join(text.split()))

    def flush(self) -> None:
        """Turn the text read since the last block boundary into blocks: one, or one per
        paragraph when double line breaks (``<br><br>``) cut it."""
        if not self.parts:
            return
        raw = "".join(self.parts)
        link_chars = self.link_chars
        self.parts.clear()
        self.link_chars = 0
        if self.open_pre:
            self.emit(_code_lines(raw), link_chars)
            return
        if LINE_BREAK not in raw:
            self.emit(" ".join(raw.split()), link_chars)
            return
        pieces = DOUBLE_BREAK.split(raw)
        total = len(raw)
        for piece in pieces:
            share = link_chars if len(pieces) == 1 else round(link_chars * len(piece) / total)
            self.emit(" ".join(piece.replace(LINE_BREAK, " ").split()), share)

    def emit(self, text: str, link_chars: int) -> None:
        """Add a block of whitespace-normalised text (none when it is empty)."""
        if text:
            chars = len(text) - text.count(" ")
            density = min(1.0, link_chars / chars) if chars else 0.0
            role, tags = _role_and_tags(tuple(self.tags[-4:]))
            path = tuple(self.path)
            cls = path[-1].get("class") if path else None
            label = f"{tags}.{cls.split()[0]}" if cls and cls.strip() else tags
            self.blocks.append(RawBlock(text, link_chars, role, path, chars, density, label))


def _slug(text: str) -> str:
    """The letters and digits of ``text``, lower-cased: how a heading's text and its id are
    compared."""
    return "".join(SLUG_DROPPED.split(text.lower()))


def _code_lines(raw: str) -> str:
    """Preformatted text (program code) with its lines and indentation kept, trailing spaces
    and blank lines around it dropped."""
    lines = [line.rstrip() for line in raw.replace(LINE_BREAK, "\n").splitlines()]
    return "\n".join(lines).strip("\n")


@lru_cache(maxsize=1024)
def _role_and_tags(tags: tuple[str, ...]) -> tuple[Role, str]:
    """The role of a block from the tags of the (at most four) innermost elements it sits in,
    and the tag path of its label (the last three of them); remembered: a page's blocks sit
    in few kinds of nesting."""
    return _role(tags), "/".join(tags[-3:])


def _role(tags: tuple[str, ...]) -> Role:
    """The role of a block from the tags of the (at most four) innermost elements it sits in."""
    owner = tags[-1] if tags else "div"
    if owner in HEADING_TAGS:
        return "heading"
    if owner in ("td", "th"):
        return "table"
    for tag in reversed(tags):
        role = CONTAINER_ROLES.get(tag)
        if role:
            return role
        if tag in HEADING_TAGS:
            return "heading"
    return "paragraph"
