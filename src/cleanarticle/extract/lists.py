"""Lists whose shape tells what they are, beyond their class names and link text: a list of
teasers opened by a related-list heading or made of dated headlines, a digest whose items
open with a linked headline and go on with a sentence of their own, and a list of links
standing between paragraphs of the article's body.
"""

from __future__ import annotations

from cleanarticle.extract.blocks import Page
from cleanarticle.extract.dom import HtmlElement
from cleanarticle.models import Verdict
from cleanarticle.options import Options

LISTS = ("ul", "ol")
BODY_REASONS = frozenset(("content", "link_list"))
"""The verdicts of the items of a list of links in the article's body: kept, or removed for
their links (an item removed for another reason marks the list as furniture)."""


def headed_lists(page: Page, prose: list[int], title_index: int | None) -> set[HtmlElement]:
    """Elements below the article's first prose (and its headline) that open with a heading
    marked as a related list ("You may also like" in an element named so): each is that list,
    with the teasers below the heading, however much prose they hold. They get the heading's
    hint in ``page.hints``."""
    headed: set[HtmlElement] = set()
    for el, hint in list(page.hints.items()):
        if hint != "related":
            continue
        start, end = page.spans[el]
        if end - start != 1 or page.blocks[start].role != "heading":
            continue
        parent = page.parents.get(el)
        if parent is None or parent in page.hints:
            continue
        first, last = page.spans[parent]
        after_title = title_index is None or start > title_index
        if first == start and last > end and prose[start] > 0 and after_title:
            page.hints[parent] = "related"
            headed.add(parent)
    return headed


def dated_teaser_lists(
    page: Page, prose: list[int], title_index: int | None, min_items: int
) -> set[HtmlElement]:
    """Lists (or boxes) below the article's first prose and its headline, whose items (the
    elements right inside) each open with a heading and carry a date or byline of their
    own: each item is another post's teaser (its headline, its date, the start of its
    text), however much prose they hold. They get the hint of a related list in
    ``page.hints``."""
    items: dict[HtmlElement, list[HtmlElement]] = {}
    for el, parent in page.parents.items():
        start, end = page.spans[el]
        if parent is not None and start < end:
            items.setdefault(parent, []).append(el)
    found: set[HtmlElement] = set()
    for element, members in items.items():
        start = page.spans[element][0]
        after_title = title_index is None or start > title_index
        if len(members) < min_items or element in page.hints or not prose[start] or not after_title:
            continue
        if all(_dated_teaser(page, item) for item in members):
            page.hints[element] = "related"
            found.add(element)
    return found


def _dated_teaser(page: Page, item: HtmlElement) -> bool:
    """Whether an item opens with a heading and holds an element marked as a byline."""
    start, end = page.spans[item]
    if start == end or page.blocks[start].role != "heading":
        return False
    return any(
        page.hints.get(el) == "byline"
        for block in page.blocks[start:end]
        for el in block.path[block.path.index(item) + 1 :]
    )


def digest_items(page: Page, verdicts: list[Verdict], options: Options) -> list[int]:
    """List items removed for their links that are kept after all: most items of their list
    are kept, and they add a sentence of their own (a digest whose items open with a linked
    headline)."""
    items: dict[HtmlElement, list[int]] = {}
    for i, block in enumerate(page.blocks):
        if block.role == "list_item" and len(block.path) > 1:
            items.setdefault(block.path[-2], []).append(i)
    kept: list[int] = []
    for members in items.values():
        linked = [i for i in members if verdicts[i].reason == "link_list"]
        if not linked:
            continue
        if sum(verdicts[i].keep for i in members) < options.extract_digest_kept_share * len(
            members
        ):
            continue
        for i in linked:
            block = page.blocks[i]
            own = block.chars - block.link_chars
            if block.link_density <= options.extract_digest_max_link_density and (
                own >= options.extract_digest_min_own_chars
            ):
                kept.append(i)
    return kept


def body_link_lists(page: Page, verdicts: list[Verdict], options: Options) -> list[int]:
    """Items removed for their links that are kept after all: their list stands in the
    article's body, between two kept paragraphs of the container that holds it, and nothing
    in it is furniture (the sources a post cites, a reading list; a teaser list follows the
    article or stands beside it, with no paragraph of the article after it); a list of links
    only, with no text of its own, when a sentence of the article announces it."""
    items: dict[HtmlElement, list[int]] = {}
    for i, block in enumerate(page.blocks):
        if block.role == "list_item" and len(block.path) > 1 and block.path[-2].tag in LISTS:
            items.setdefault(block.path[-2], []).append(i)
    kept: list[int] = []
    for element, members in items.items():
        linked = [i for i in members if verdicts[i].reason == "link_list"]
        if not linked or any(verdicts[i].reason not in BODY_REASONS for i in members):
            continue
        chars = sum(page.blocks[i].chars for i in members)
        own = chars - sum(page.blocks[i].link_chars for i in members)
        if own < options.extract_body_list_min_own_share * chars and not _announced(
            page, members[0], verdicts, options.extract_list_announcement_min_words
        ):
            continue
        if _between_paragraphs(page, element, verdicts, options.extract_body_list_min_chars):
            kept.extend(linked)
    return kept


def _between_paragraphs(
    page: Page, element: HtmlElement, verdicts: list[Verdict], min_chars: int
) -> bool:
    """Whether the container around ``element`` holds a kept paragraph of ``min_chars`` or
    more both before and after it."""
    parent = page.parents.get(element)
    if parent is None:
        return False
    first, last = page.spans[element]
    start, end = page.spans[parent]

    def paragraph(j: int) -> bool:
        block = page.blocks[j]
        return verdicts[j].keep and block.role == "paragraph" and block.chars >= min_chars

    return any(map(paragraph, range(start, first))) and any(map(paragraph, range(last, end)))


def _announced(page: Page, first: int, verdicts: list[Verdict], min_words: int) -> bool:
    """Whether the block right before a list (its first item: ``first``) is a kept sentence
    of the article that announces it ("Other apps that you may find helpful:"); a short label
    ("Related:", "You may also like:") is not one."""
    if first == 0 or not verdicts[first - 1].keep:
        return False
    block = page.blocks[first - 1]
    return (
        block.role == "paragraph"
        and block.text.endswith(":")
        and len(block.text.split(maxsplit=min_words)) >= min_words
    )
