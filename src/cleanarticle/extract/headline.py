"""Where the headline stands: the containers that follow it, whose worth the headline raises.

A container follows the headline when it holds it or starts a few blocks after it; one that
starts past the headline's own element (a post's entry, an article) with much prose between
the two does not (a sidebar box a few blocks below a short post).
"""

from __future__ import annotations

from cleanarticle.extract.blocks import Page
from cleanarticle.options import Options


def follows_title(span: tuple[int, int], title_index: int, options: Options) -> bool:
    """Whether a container holds the headline or starts shortly after it."""
    start, end = span
    return start <= title_index < end or 0 < start - title_index <= options.extract_title_gap


def headline_unit_end(page: Page, prose: list[int], title_index: int | None) -> int:
    """Where the headline's own unit ends: the smallest element holding the headline and the
    first prose block after it (a post's entry, an article); the page's end when no prose
    follows the headline (``prose``: the prose characters before each block)."""
    if title_index is None:
        return len(page.blocks)
    blocks = range(title_index + 1, len(page.blocks))
    after = next((j for j in blocks if prose[j + 1] > prose[j]), None)
    if after is None:
        return len(page.blocks)
    common = None
    for a, b in zip(page.blocks[title_index].path, page.blocks[after].path, strict=False):
        if a is not b:
            break
        common = a
    return page.spans[common][1] if common is not None else len(page.blocks)


def headed_by_title(
    span: tuple[int, int], title_index: int, unit_end: int, prose: list[int], options: Options
) -> bool:
    """Whether a container holds the headline or starts shortly after it, unless it starts
    past the headline's own unit with much prose between the two (a sidebar box a few blocks
    below a short post does not follow the post's headline)."""
    if not follows_title(span, title_index, options):
        return False
    start, end = span
    if start < unit_end or start <= title_index:
        return True
    between = prose[start] - prose[title_index + 1]
    return between <= options.extract_title_gap_prose_share * (prose[end] - prose[start])
