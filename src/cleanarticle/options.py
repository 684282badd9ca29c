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

    # --- topic coherence ---------------------------------------------------------------------
    topic_rarity_ceiling: float = 6.0
    """A word weighs ``ceiling - zipf`` (wordfreq's Zipf frequency in the document's language):
    words more frequent than this carry no topic evidence at all."""
    topic_rarity_cap: float = 4.5
    """The most one word can weigh (unknown words and rare names)."""
    topic_name_boost: float = 1.5
    """Factor on the weight of a capitalised word that does not start a sentence (a name)."""
    topic_prose_words: int = 12
    """A block of at least this many words (see also the next option) is a paragraph of prose:
    the first one is the lead, which is trusted, and every removed run must hold one."""
    topic_prose_function_share: float = 0.1
    """...and at least this share of function words (a list of names is not prose)."""
    topic_sentence_words: int = 6
    """Under a headline-like line, or continuing a run, a block of this many words (not shaped
    like a headline) already counts as a paragraph: teasers are often one short sentence."""
    topic_min_blocks: int = 3
    """Documents with fewer blocks than this after the lead are left alone."""
    topic_anchor_factor: float = 3.0
    """A block's fit is the share of its rare-word weight supported by the rest of the body
    plus this many times the share found in the title and lead."""
    topic_prior_trust: float = 0.5
    """The trust every block after the lead starts with, before its fit is measured."""
    topic_rounds: int = 2
    """Rounds of refining each block's trust from the trust of the blocks supporting it."""
    topic_fit_low: float = 0.1
    """A block whose fit is this or less gets no trust (does not support others)."""
    topic_fit_high: float = 0.6
    """A block whose fit reaches this gets full trust."""
    topic_suspect_fit: float = 0.3
    """Only paragraphs fitting less than this can belong to a foreign run."""
    topic_headline_fit: float = 0.6
    """A headline-like line can open a foreign run only when it fits less than this."""
    topic_run_fit: float = 0.3
    """The main threshold: a run opened by a headline-like line whose words come back in its
    paragraphs is removed when its fit, taken as a whole, is below this. Higher removes more."""
    topic_headed_run_fit: float = 0.2
    """The threshold for a run opened by a headline-like line whose words do not come back in
    its paragraphs."""
    topic_bare_run_fit: float = 0.12
    """The threshold for a run of paragraphs agreeing with each other without a headline; a
    paragraph fitting less than this can also start a run of its own."""
    topic_lone_run_fit: float = 0.05
    """The threshold for a lone paragraph without a headline."""
    topic_max_run_paragraphs: int = 2
    """A run without a headline holds at most this many paragraphs: a teaser is short, and a
    longer one is a digression of the article itself."""
    topic_max_headed_paragraphs: int = 2
    """A run opened by headline-like lines holds at most this many paragraphs (each of them
    agreeing with the run): a longer one is a section of the article under a subheading."""
    topic_max_headline_lines: int = 2
    """At most this many short lines before its first paragraph belong to a run."""
    topic_opener_words: int = 2
    """A headline-like line opening a run has at least this many words (one word is a label)."""
    topic_headline_words: int = 4
    """A headline-like line standing alone is removed only with at least this many words..."""
    topic_headline_mass: float = 5.0
    """...at least this much rare-word weight, and none of its words used by the article."""
    topic_cohesion: float = 0.1
    """A paragraph agrees with its run when this share of its rare-word weight occurs in the
    run (and more than in the rest of the article); a headline agrees with its paragraphs when
    this share of its weight comes back in them."""
    topic_bare_min_mass: float = 40.0
    """A run without a headline needs at least this much rare-word weight to be judged: one
    short sentence is too little evidence on its own."""
    topic_min_mass: float = 4.0
    """Runs with less rare-word weight than this are too thin to judge."""
    topic_max_sections: int = 2
    """Articles with more headline-like lines opening a paragraph than this are organised in
    sections under subheadings and left alone."""
    topic_max_unfit_share: float = 0.4
    """Runs without a headline are kept when more than this share of the paragraphs left
    after the foreign runs do not fit the article either: the article then wanders from
    subject to subject (a blog, a round-up) and an ill-fitting paragraph proves nothing."""
    topic_max_removed_share: float = 0.7
    """When foreign runs would take more than this share of the body's words, the document has
    no clear main topic and nothing is removed."""

    # --- site templates (batch runs) ----------------------------------------------------------
