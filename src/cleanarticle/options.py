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
    """Text whose lines are hard-wrapped (this share of its lines of ``wrap_min_width``
    characters or more near one width) has its single newlines joined; otherwise every line
    is its own block."""
    wrap_max_width: int = 100
    """Widest line width still considered hard wrapping."""
    wrap_min_width: int = 30
    """Narrowest line width still considered hard wrapping."""
    wrap_min_lines: int = 3
    """A hard-wrapped text has at least this many lines near its width (one long line is no
    evidence of wrapping)."""
    wrap_band: int = 15
    """Wrapped lines are at most this many characters shorter than the width."""
    wrap_max_over: float = 0.05
    """At most this share of the lines of a hard-wrapped text is longer than its width."""
    wrap_min_fill: float = 0.7
    """At least this share of the lines near the width, followed by another line, are full:
    the next line's first word would not have fitted on them."""
    stripped_marks_min: int = 3
    """In text, this many apostrophes misread and stripped ("Earthâs", "doesnât") prove that
    the text's punctuation was misread: every "â" is then read as the mark it stood for."""
    title_max_words: int = 25
    """In text, a first line of at most this many words (and not ending like a sentence)
    is taken as the title."""
    title_max_chars: int = 200
    """In text, the longest first line still taken as the title."""
    title_prose_min_words: int = 14
    """In text, a first line of at least this many words that ends like a sentence ("?", "!",
    "." inside quotes, an ellipsis) and capitalises few words is prose, not the title..."""
    title_prose_max_capitalised: float = 0.25
    """...at most this share of its words after the first capitalised."""

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
    extract_dominant_prose_share: float = 0.85
    """When the page's headline is known, an element holding more than the wrapper share of
    the prose but away from the headline keeps its hint, unless it holds more than this
    share (a profile box filling a sidebar is not the article's wrapper)."""
    extract_after_article_min_prose: int = 200
    """An element holding most of the page's prose keeps its furniture hint when it starts
    past the headline's own element with at least this many prose characters between the two:
    the article stands before it, so the element is a sidebar beside a short article, not the
    article's wrapper (0 turns the rule off)."""
    extract_stray_region_max_value: float = 150.0
    """A region worth less than this that lies away from the headline is a stray box (a
    licence notice, a blog's credit line): the smallest element holding the headline and
    more is read as the article instead (a picture post with a line of text). 0 turns the
    rule off."""
    extract_free_prose_share: float = 0.6
    """Class/id hints (other than comments) are also ignored on an element whose class/id
    names the article body and that holds more than this share of its own prose plus the
    prose outside every hinted element (an "article left-rail" holding the article)."""
    extract_furniture_factor: float = 0.3
    """A container inside (or named as) furniture has its worth multiplied by this."""
    extract_title_bonus: float = 2.5
    """A container holding the headline, or starting just after it, has its worth multiplied
    by this (articles follow their headline)."""
    extract_title_gap: int = 10
    """... "just after" meaning at most this many blocks after the headline."""
    extract_title_gap_prose_share: float = 0.3
    """... unless it starts past the headline's own element (the smallest one holding the
    headline and the prose block after it) with more prose between the two than this share
    of its own: a sidebar box a few blocks below a short post does not follow the post's
    headline; a long body below a standfirst block does (0.25 to 0.4 give the same figures
    on the dev sets; 0.1 loses scrapinghub pages, 0.5 no longer helps)."""
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
    extract_sentence_max_link_density: float = 0.65
    """... but a paragraph that is a sentence, with at least ``extract_sentence_free_words``
    words outside its links, may hold up to this share of link text ("He was convicted and
    <a>sentenced to life</a>.")."""
    extract_sentence_free_words: int = 5
    extract_section_min_chars: int = 250
    """A linked heading inside the article is kept when the prose kept as content under it,
    up to the next heading, has at least this many characters: it opens a section (a
    listicle's entry), not a teaser's blurb."""
    extract_digest_kept_share: float = 0.5
    """A list with at least this share of its items kept as content is a digest, whose items
    may open with a linked headline: ..."""
    extract_digest_max_link_density: float = 0.8
    """... its items with up to this share of link text are kept ..."""
    extract_digest_min_own_chars: int = 40
    """... when they hold at least this many characters outside links."""
    extract_teaser_list_min_items: int = 3
    """A list (or a box) after the article's first prose with at least this many items, each
    opening with a heading and holding a date or byline of its own, is a list of other
    posts' teasers (furniture, however much prose its items hold)."""
    extract_body_list_min_chars: int = 60
    """A list of links standing in the article's body, with a kept paragraph of at least this
    many characters before it and another after it in the same container, is part of the
    article (its sources, a reading list), not a link list: its items are kept ..."""
    extract_body_list_min_own_share: float = 0.2
    """... when at least this share of its text lies outside links (a list made only of
    links to other stories, standing in the body, is still a teaser list)."""
    extract_list_announcement_min_words: int = 5
    """... or, made only of links, when the kept paragraph right before it is a sentence of at
    least this many words ending with a colon that announces it ("Other apps that you may
    find helpful:"; "You may also like:" is a label, not such a sentence)."""
    extract_min_article_chars: int = 50
    """A page whose best container holds less prose than this (characters) has no article."""
    extract_link_penalty: float = 1.0
    """A container's worth is its prose characters minus this times its link characters."""
    extract_positive_bonus: float = 1.1
    """Prose of a container named like an article body ("entry-content") counts this much."""
    extract_core_share: float = 0.8
    """An element inside the best container worth at least this share of its value is chosen
    instead (and so on inward), when no prose comes between the headline and it: an article
    body wins alone, not with the teaser lists or profile boxes around it (above 1: never)."""
    extract_sibling_prose_share: float = 0.5
    """A sibling of the best container joins it when this share of its text is prose ..."""
    extract_sibling_min_prose: int = 150
    """... and the prose has at least this many characters."""

    extract_bio_tail_blocks: int = 6
    """Among this many last kept blocks of at least ``extract_min_prose_chars`` characters
    (the counters and labels of a teaser table after the bio do not push it out), a
    paragraph opening with the author's name and saying who they are ("Jane Doe is a writer
    ...") is the author's bio, not the article ..."""
    extract_bio_max_words: int = 200
    """... when it has at most this many words."""

    extract_date_window: int = 12
    """Without a declared date, the first date in a short block among this many blocks from
    the headline is the page's date."""
    extract_date_max_chars: int = 120
    """... where "short" means at most this many characters."""
    extract_reveal_below_chars: int = 600
    """When the article found among displayed elements has fewer characters than this,
    hidden elements are read too (pages that hide their article until a script reveals it)
    ..."""
    extract_reveal_gain: float = 2.0
    """... and that reading is taken when its article has more than this many times the
    characters and lies in a hidden element (or when the displayed ones gave none)."""
    extract_fallback_below_chars: int = 200
    """When the chosen article has fewer characters than this, readability-lxml gives a
    second opinion, taken when it finds an article (0 never asks; a chosen article away
    from the headline is also checked, whatever its length). On the dev sets its answer
    helps below about 200 characters and, on balance, hurts above (600 before: 3 times
    as many calls)."""

    # --- boilerplate ----------------------------------------------------------------------
    boilerplate_max_words: int = 80
    """Blocks longer than this many words are never judged boilerplate (bar a run of names,
    see ``name_run_min_words``)."""
    line_memo_max_chars: int = 80
    """The line rules' verdict on a line up to this many characters is remembered for the
    rest of the run (see :mod:`cleanarticle.boilerplate_memo`); 0 remembers none."""
    line_memo_max_entries: int = 20_000
    """The memo of line verdicts starts again empty past this many lines."""
    boilerplate_piece_max_words: int = 5
    """In a line of pieces between separators ("48 comments | Have your say"), a piece no rule
    knows is allowed beside the known ones only up to this many words (a button, not a
    sentence)."""
    boilerplate_sentences_max_words: int = 14
    """A line of sentences opening with a UI string ("Escribe tu comentario. Recuerda ser
    respetuoso.") is judged by its first sentence up to this many words; each sentence after
    it has at most ``boilerplate_piece_max_words``."""
    boilerplate_sentences_min_score: float = 0.75
    """... and only when the rules are this sure of the first sentence: a weak one ("Add a
    flag. Boom!", two UI words in a how-to) keeps the line."""
    name_run_min_words: int = 40
    """A block of at least this many words that is names run together, without sentences
    (a select box's countries, a wall of client names, a tag cloud), is navigation."""
    name_run_max_function_share: float = 0.08
    """... when at most this share of its words are function words ..."""
    name_run_min_capital_share: float = 0.8
    """... and at least this share of its words start with a capital or a digit ..."""
    name_run_max_punctuation_share: float = 0.05
    """... and it holds at most this many commas, semicolons and sentence ends per word (a list
    of names separated by commas is written out, as credits are)."""
    caption_min_credited: int = 3
    """In text, lines closed by a picture's credit ("... on a ridgeline. Photo: Jane Doe") go as
    captions when the text holds at least this many of them..."""
    caption_max_words: int = 45
    """...each of at most this many words (a longer line may be a paragraph that an extractor
    ran into the caption below it)."""
    label_value_max_words: int = 6
    """In text, a line of at most this many words under a metadata label left alone on its
    line ("Written by") is the label's value and goes with it."""
    boilerplate_counter_min_run: int = 3
    """Lines of bare numbers counting up by one ("1", "2", "3") in a run this long are a
    slide show's or pager's counter."""
    boilerplate_contents_min_entries: int = 2
    """A bare "Contents" heads a table of contents when this many lines under it come back
    below as section titles."""
    boilerplate_html_min_score: float = 0.85
    """In HTML, where the extractor already chose the content, a finding removes a block only
    with at least this score."""
    boilerplate_html_edge_min_score: float = 0.65
    """In HTML, a weaker finding removes a block above the article's first prose paragraph or
    below its last one, or one whose text the article repeats."""
    boilerplate_html_copy_min_paragraphs: int = 2
    """In HTML, a run of blocks repeating an earlier run word for word is a second copy of
    the article when it holds at least this many prose paragraphs ..."""
    boilerplate_html_copy_min_words: int = 20
    """... of at least this many words."""
    boilerplate_html_tail_gap_blocks: int = 5
    """In HTML, the kept blocks after a run of at least this many removed blocks are a
    detached tail when they hold a line finding ..."""
    boilerplate_html_tail_max_share: float = 0.3
    """... and at most this share of the kept words."""
    boilerplate_html_dated_header_max_words: int = 4
    """In HTML, a comment header of at most this many words ("12 Comments") is also proven by
    ``comments_min_markers`` dated signature lines in the blocks below it ..."""
    boilerplate_html_dated_signature_max_words: int = 20
    """... lines of at most this many words, not ending like a sentence, with a clock time or
    an age ("posted on Thursday, October 25, 2012 at 2:11 AM by Ann") ..."""
    boilerplate_html_dated_window: int = 20
    """... within this many blocks below it (wider than ``comments_window``: on a page, a
    comment of several paragraphs stands between two signature lines)."""
    prose_min_words: int = 10
    """A prose paragraph has at least this many words (and twice as many when it does not end
    like a sentence)."""
    prose_min_function_share: float = 0.1
    """A prose paragraph has at least this share of function words of its language ..."""
    prose_typical_share: float = 0.33
    """... or, in a document whose typical long sentence holds fewer of them (Turkish,
    Finnish, Hungarian: words take suffixes where other languages put a preposition), at least
    this share of that typical share; in a language with no list of function words (none in
    its sentences), a paragraph is prose by its length and ending alone ..."""
    prose_typical_min_lines: int = 3
    """... typical being the median over the document's lines of at least twice
    ``prose_min_words`` words that end like a sentence, when it holds this many."""
    menu_min_run: int = 3
    """This many menu-like lines in a row (short, capitalised, verbless, one UI word among
    them) are a menu."""
    menu_long_run: int = 8
    """A menu run of at least this many items needs one proof of furniture less."""
    bio_tail_blocks: int = 3
    """An author's bio ("Jane Doe is a freelance writer ...") is looked for among this many last
    blocks ..."""
    bio_max_words: int = 120
    """... in paragraphs of at most this many words."""
    bio_heading_max_words: int = 6
    """A line of at most this many words right above a bio, naming the person or labelled
    "About the author", is the bio's heading."""
    teaser_min_items: int = 2
    """At least this many link-like lines right under a "Related" heading are teaser links."""
    cut_teaser_min_items: int = 3
    """At least this many lines in a row, each broken off by an ellipsis, are teaser blurbs."""
    cut_teaser_min_words: int = 5
    """A line broken off by an ellipsis is a teaser blurb from this many words."""
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
    page_main_share: float = 0.25
    """In a page dump without a headline that repeats the page title, the article starts at
    the first section with at least this share of the heaviest section's weight."""
    article_min_words: int = 50
    """In a page dump, the first section under the headline that repeats the page title is the
    article when it holds this many words of prose (or half the heaviest section's weight)."""
    page_headline_outweighed: float = 4.0
    """... unless a section above that headline holds more than this many times the weight of
    the article found under it: the page title repeated in a footer or a breadcrumb below the
    article heads nothing, and the article is looked for as on a page without a headline."""
    page_lead_max_blocks: int = 10
    """In a page dump, the prose paragraphs between the headline that repeats the page title
    and the article found below it, at most this many blocks under the headline, are the
    article's lead (a standfirst cut off from the story by the byline and the share bar)."""
    page_continuation_gap: int = 8
    """In a page dump, a section right after the article, at most this many lines below it
    (a button, a share bar, a sign-up box), that holds a run of prose paragraphs goes on with
    the article, whatever its weight (see ``section_keep_share``)."""
    section_keep_share: float = 0.3
    """In a page dump, a section after the article is kept when its words in runs of prose
    paragraphs reach this share of the article's weight (its words of prose, counted twice in
    runs): an article cut in two by a share bar keeps its second half, teaser lists go."""
    comments_window: int = 10
    """How many blocks below a comment header are searched for comment markers."""
    comments_min_markers: int = 2
    """A comment header with at least this many markers (signatures, greetings, Reply buttons)
    in the window below it opens a comment section, removed to the end of the text."""
    lone_ui_max_words: int = 3
    """A short line of at most this many words, with a UI word that the rest of the document
    never uses and no other word it does, is a button ("Unmute", "Nach oben")."""
    lone_ui_unknown_words: int = 0
    """... and with at most this many words outside the UI vocabulary and function words."""
    edge_ui_max_words: int = 6
    """In the head (above the first prose paragraph, title excepted) or the tail (below the
    last one), a line of at most this many words, with a strong UI word or two weak ones ..."""
    edge_ui_unknown_words: int = 1
    """... and at most this many other words, none used elsewhere in the document, is furniture
    ("Dejar un comentario", "Get push notifications")."""
    replies_blocks_per_comment: int = 4
    """Below a comment count ("2 comments") after the article, at most this many blocks per
    comment counted, each short or written in the first or second person, are the replies."""
    press_tail_blocks: int = 4
    """A company's boilerplate ("Acme is headquartered in ..., employs ... people") is looked
    for among this many last blocks ..."""
    press_min_facts: int = 3
    """... as a paragraph stating at least this many company facts (headquarters, staff,
    stock listing, countries, year founded, "a leading provider of")."""
    contact_tail_blocks: int = 3
    """Among this many last blocks, a line with an e-mail address or a handle telling how to
    reach or follow the author is removed ("Follow her on Twitter @amy")."""
    comments_unheaded_signatures: int = 3
    """Without a comment header, this many signature lines ("Ann says", "Re: ...") within
    ``comments_window`` blocks, below an article, open a comment section at the first one."""
    comment_form_blocks: int = 3
    """A comment header removed by a line rule ("Leave a Reply", "Comments") with at most this
    many blocks below it to the end of the text ..."""
    comment_form_max_words: int = 40
    """... each of at most this many words, has them removed: the comment form's prompts and
    notices ("Comments are closed."), or a lone comment."""
    copy_min_paragraphs: int = 2
    """In text, a run of blocks repeating an earlier run word for word (separator lines
    skipped) is a second copy of the article when it holds at least this many prose
    paragraphs ..."""
    copy_min_words: int = 20
    """... of at least this many words."""
    echo_min_words: int = 4
    """In text, a block cut short with an ellipsis, of at least this many words, whose text
    opens a block above it is a preview of that block and goes; a first line (title) of at
    least this many words ..."""
    echo_title_repeats: int = 2
    """... printed again at least this many times below the first prose paragraph has those
    copies removed (once is a section heading that may repeat it; a short refrain never
    counts)."""
    stutter_min_copies: int = 3
    """A block printed this many times or more in a row (a carousel's title on each slide)
    keeps its first copy only (reason ``duplicate``)."""
    reactions_min_markers: int = 3
    """Without a comment header, a reader's reaction to the piece ("Great post, thanks for
    sharing!", "Merci pour cet article") opens a comment section when this many reactions or
    comment markers stand within ``comments_window`` blocks from it ..."""
    reactions_voice_share: float = 0.7
    """... and at least this share of the blocks from it to the end are short or speak in the
    first or second person, as readers do."""
    thread_min_blocks: int = 8
    """A longer thread of bare comments, its reactions spread out, is looked for only when at
    least this many blocks follow the reader's line that opens it ..."""
    thread_min_replies: int = 4
    """... when at least this many of those blocks open as readers do (praise of the piece,
    agreement, "@name", "Thank you, Anna!") ..."""
    thread_voice_share: float = 0.6
    """... and at least this share of them are short or speak in the first or second person."""
    thread_reply_max_words: int = 60
    """A block opens as readers do only when it has at most this many words ..."""
    thread_reply_opening_chars: int = 12
    """... and its reaction to the piece starts within this many characters of its start."""
    sign_off_window: int = 40
    """Readers' comments found without a header start right below the author's sign-off ("—
    JS") when it stands within this many blocks above them, and the blocks between speak as
    readers do."""

    # --- topic coherence ---------------------------------------------------------------------
    topic_languages: tuple[str, ...] = ("en", "de", "fr", "es", "it", "pt", "nl")
    """Languages the topic stage judges (those its checks were written in); in others a
    paragraph's words come back inflected otherwise ("оценка", "оценках") and the stage would
    take the article's own sections for foreign ones. Documents in other languages, or in none
    detected, keep every paragraph."""
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
    topic_site_max_words: int = 3
    """A part of the title after its last separator with at most this many words is the
    site's name ("Storm hits coast - Daily News") and no evidence of the topic."""
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
    topic_headed_run_fit: float = 0.15
    """The threshold for a run opened by a headline-like line whose words do not come back in
    its paragraphs (nothing ties the two, so the paragraph must be plainly foreign)."""
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
    topic_max_short_run_words: int = 120
    """... unless its paragraphs hold at most this many words together: a teaser from a site
    that writes one sentence per paragraph."""
    topic_max_headline_lines: int = 2
    """At most this many short lines before its first paragraph belong to a run."""
    topic_opener_words: int = 2
    """A headline-like line opening a run has at least this many words (one word is a label)."""
    topic_opener_max_ui_share: float = 0.75
    """A headline-like line neither opens a run nor stands alone as a teaser's headline when at
    least this share of its words are UI words: it is a share bar or a button the boilerplate
    stage did not know, and the paragraph under it is the article's..."""
    topic_short_opener_max_ui_share: float = 0.5
    """...or, for a line of fewer than ``topic_headline_words`` words, this share ("Add to
    wishlist"; a teaser's headline worded in common words, "Jamelia's return to the top", is
    longer)."""
    topic_headline_words: int = 4
    """A headline-like line standing alone is removed only with at least this many words, and
    a headline its paragraphs do not echo opens a run only with as many..."""
    topic_headline_mass: float = 5.0
    """...at least this much rare-word weight, and none of its words used by the article."""
    topic_unechoed_headline_mass: float = 3.5
    """A headline-like line whose words do not come back in the paragraph under it opens a
    run only with at least this much rare-word weight (a teaser's headline names things; an
    article's own subheading, "What happens now", need not)."""
    topic_unechoed_max_ui_share: float = 0.5
    """... and only when less than this share of its words are UI words: a line that its
    paragraph does not echo and that is half made of UI words ("Most read in the last 24
    hours", "To read on, subscribe for 1 euro") is more likely a prompt the boilerplate stage
    did not know than a teaser's headline, and the paragraph under it the article's own."""
    topic_echoed_headline_mass: float = 2.0
    """A headline-like line whose words come back in the paragraph under it opens a run with
    the main threshold only with at least this much rare-word weight..."""
    topic_echoed_headline_terms: int = 2
    """...and at least this many weighted terms (a section's subheading may be one word and
    its grammar, "Wie es weitergeht", "What happens next")."""
    topic_heading_echo: float = 0.4
    """A headline-like line standing alone is no teaser's headline when this share of its
    rare-word weight comes back in the paragraph under it: it heads that paragraph."""
    topic_cohesion: float = 0.1
    """A paragraph agrees with its run when this share of its rare-word weight occurs in the
    run (and more than in the rest of the article); a headline agrees with its paragraphs when
    this share of its weight comes back in them."""
    topic_long_headline_echo: float = 0.25
    """A headline-like line long enough to read as prose (a news headline of a dozen words)
    opens a run only when this share of its rare-word weight comes back in the paragraphs
    under it (0.2 to 0.3 give the same figures on the splice sets; 0.15 removes a blog's
    quoted blurb and the paragraph answering it, 0.4 misses teasers)."""
    topic_bare_min_mass: float = 40.0
    """A run without a headline needs at least this much rare-word weight to be judged: one
    short sentence is too little evidence on its own (25 gains 0.015 off-topic recall on
    bbc-dev but removes real text in 25 more of 3,634 real pages without any teaser)."""
    topic_bare_min_words: int = 40
    """... and at least this many words: an article written in one-sentence paragraphs has
    many single sentences naming people and works the rest does not."""
    topic_min_mass: float = 4.0
    """Runs with less rare-word weight than this are too thin to judge."""
    topic_max_sections: int = 2
    """Articles with more headline-like lines opening a paragraph than this are organised in
    sections under subheadings and left alone."""
    topic_wander_fit: float = 0.12
    """A paragraph outside a run without a headline (other such runs included) that fits the
    article less than this, about as badly as a paragraph that may seed a run on its own,
    counts as wandering..."""
    topic_max_unfit_share: float = 0.25
    """...and the run is kept when more than this share of those paragraphs wander: the
    article then moves from subject to subject (a column, a round-up) and an ill-fitting
    paragraph proves nothing. Loosely fitting paragraphs (a quote, a new aspect of the story)
    do not count: real paragraphs of a focused article commonly share only a tenth to a third
    of their rare-word weight."""
    topic_max_removed_share: float = 0.7
    """When foreign runs would take more than this share of the body's words, the document has
    no clear main topic and nothing is removed."""
    topic_headless_runs_in_html: bool = False
    """Whether runs without a headline (ill-fitting paragraphs alone) are removed from HTML
    pages too. Off: on a page, extraction has already dropped the boxes a foreign story comes
    in, and a foreign story left inside the article's own container comes with its headline;
    a headless paragraph there is far more often the author's own digression (on the three
    HTML dev sets such runs held about 2.6 times more article words than foreign ones)."""
    topic_html_min_score: float = 0.2
    """On HTML pages, a run goes only with at least this score (how far below its threshold
    its fit lies): inside the container extraction chose, a headed section that barely fails to
    fit the article is its own more often than a teaser ("Public comment runs long" over the
    residents who spoke, in a council story)."""
    topic_series_min_items: int = 3
    """A run whose every block opens with the same list number, label or quotation mark ("3)
    ...", "A: ...", "“...") as at least this many kept blocks of the document is part of the
    article's own series (a ranked list, the answers of an interview, people quoted one after
    another) and stays: a spliced story carries no such marker of the article."""

    # --- site templates (batch runs) ----------------------------------------------------------
    templates: bool = True
    """In batch runs, learn each site's template furniture and remove it (reason
    ``site_template``)."""
    template_min_share: float = 0.3
    """A block is template furniture when its normalised text appears in at least this share of
    the sampled documents of its site (same host for HTML and WARC, same folder for text)..."""
    template_min_docs: int = 5
    """...and in at least this many of them; sites with fewer documents are not judged."""
    template_sample_docs: int = 300
    """Documents of each site read in the learning pass (the first ones in input order)."""
    template_max_keys: int = 200_000
    """Most distinct block keys counted per site; rarer keys are forgotten past it."""
    template_draft_cache_mb: int = 1000
    """Disk space (MB, in the temporary folder) for the drafts of the documents read in the
    learning pass; past it, documents are read and extracted again in the cleaning pass."""
