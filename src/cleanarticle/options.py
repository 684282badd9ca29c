"""Every threshold of the pipeline, in one frozen dataclass with documented defaults.

Build one with keyword arguments, or vary the defaults with ``dataclasses.replace``::

    >>> from dataclasses import replace
    >>> opts = replace(Options(), topic=False)
    >>> opts.topic
    False
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Options:
    # --- input --------------------------------------------------------------------------
    max_input_bytes: int = 50 * 1024 * 1024
    """Inputs (after gzip decompression) larger than this are rejected."""
    time_limit: float = 20.0
    """Seconds one document may take before it is abandoned (batch runs; 0 disables)."""
    binary_control_share: float = 0.10
    """A decoded input whose share of control characters exceeds this is treated as binary."""

    # --- stages switched on or off -----------------------------------------------------------
    boilerplate: bool = True
    """Run the boilerplate stage (UI strings, share bars, credits, navigation lines)."""
    topic: bool = True
    """Run the topic-coherence stage that drops off-topic paragraphs spliced into the article."""

    # --- text segmentation ---------------------------------------------------------------
    wrap_min_share: float = 0.5
    """Text whose lines are hard-wrapped (this share of lines near one width) has its
    single newlines joined; otherwise every line is its own block."""
    wrap_max_width: int = 100
    """Widest line width still considered hard wrapping."""
    title_max_words: int = 25
    """In text, a first line of at most this many words (and not ending like a sentence)
    is taken as the title."""
    title_max_chars: int = 200
    """In text, the longest first line still taken as the title."""

    # --- HTML extraction ----------------------------------------------------------------
    extract_max_chars: int = 3_000_000
    """HTML pages are cut at this many characters before parsing (bounds the work per page)."""
    extract_max_depth: int = 180
    """Below this nesting depth the tree is read as flat text (bounds recursion)."""
    extract_weak_hint_max_chars: int = 400
    """Byline, caption and tag-list class names count only on elements with at most this
    many characters of text (on a larger element they name the article, not a part)."""
    extract_wrapper_prose_share: float = 0.5
    """Class/id hints (other than comments) are ignored on an element holding more than this
    share of the page's prose: such an element wraps the article."""
    extract_furniture_factor: float = 0.3
    """A container inside (or named as) furniture has its worth multiplied by this."""
    extract_title_bonus: float = 2.5
    """A container holding the headline, or starting just after it, has its worth multiplied
    by this (articles follow their headline)."""
    extract_title_gap: int = 10
    """... "just after" meaning at most this many blocks after the headline."""
    extract_list_prose_weight: float = 0.5
    """Prose in list items counts this much towards a container's worth (teaser lists)."""
    extract_min_prose_chars: int = 25
    """A block needs this many characters (spaces not counted) to vote as article prose."""
    extract_prose_max_link_density: float = 0.5
    """A block whose share of link text exceeds this does not vote as article prose."""
    extract_max_link_density: float = 0.5
    """Inside the main content, a non-heading block with more link text than this is a link list."""
    extract_list_max_link_density: float = 0.5
    """... and a list item with more than this (lists of teaser links)."""
    extract_min_article_chars: int = 50
    """A page whose best container holds less prose than this (characters) has no article."""
    extract_link_penalty: float = 1.0
    """A container's worth is its prose characters minus this times its link characters."""
    extract_positive_bonus: float = 1.1
    """Prose of a container named like an article body ("entry-content") counts this much."""
    extract_sibling_prose_share: float = 0.5
    """A sibling of the best container joins it when this share of its text is prose ..."""
    extract_sibling_min_prose: int = 150
    """... and the prose has at least this many characters."""

    extract_date_window: int = 12
    """Without a declared date, the first date in a short block among this many blocks from
    the headline is the page's date."""
    extract_date_max_chars: int = 120
    """... where "short" means at most this many characters."""
    extract_fallback_below_chars: int = 600
    """When the chosen article has fewer characters than this, readability-lxml gives a
    second opinion, taken when its article is longer (0 never asks)."""

    # --- boilerplate ----------------------------------------------------------------------

    # --- topic coherence ---------------------------------------------------------------------

    # --- site templates (batch runs) ----------------------------------------------------------
