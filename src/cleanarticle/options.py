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

    # --- boilerplate ----------------------------------------------------------------------
    boilerplate_max_words: int = 80
    """Blocks longer than this many words are never judged boilerplate."""
    boilerplate_html_min_score: float = 0.85
    """In HTML, where the extractor already chose the content, a finding removes a block only
    with at least this score."""
    prose_min_words: int = 10
    """A prose paragraph has at least this many words (and twice as many when it does not end
    like a sentence)."""
    prose_min_function_share: float = 0.1
    """A prose paragraph has at least this share of function words of its language."""
    menu_min_run: int = 3
    """This many menu-like lines in a row (short, capitalised, verbless, one UI word among
    them) are a menu."""
    menu_long_run: int = 8
    """A menu run of at least this many items needs one proof of furniture less."""
    furniture_min_blocks: int = 5
    """A head before the first prose paragraph, or a tail after the last one, is treated as
    page furniture only when it holds at least this many blocks."""
    furniture_min_share: float = 0.5
    """... and when at least this share of its blocks are short link-like or menu-like lines."""
    furniture_min_evidence: int = 3
    """... and when at least this many of its blocks are proof of furniture (removed by a line
    rule, or a menu item with a UI word); menu runs need as much proof."""
    page_min_evidence: int = 8
    """A text with at least this many proofs of furniture is a page dump: the sections after
    the article (the section with the most prose, between furnished zones) are removed."""
    article_min_words: int = 50
    """In a page dump, the first section under the headline that repeats the page title is the
    article when it holds this many words of prose (or half the heaviest section's weight)."""
    section_keep_share: float = 0.3
    """In a page dump, a section after the article is kept when its words in runs of prose
    paragraphs reach this share of the article's weight (its words of prose, counted twice in
    runs): an article cut in two by a share bar keeps its second half, teaser lists go."""
    comments_window: int = 10
    """How many blocks below a comment header are searched for comment markers."""
    comments_min_markers: int = 2
    """A comment header with at least this many markers (signatures, greetings, Reply buttons)
    in the window below it opens a comment section, removed to the end of the text."""

    # --- topic coherence ---------------------------------------------------------------------

    # --- site templates (batch runs) ----------------------------------------------------------
