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
    """Seconds one document may take before it is abandoned (0 disables). ``clean()`` checks
    it between stages; batch workers also stop a document that overruns inside a stage."""
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

    # --- topic coherence ---------------------------------------------------------------------

    # --- site templates (batch runs) ----------------------------------------------------------
