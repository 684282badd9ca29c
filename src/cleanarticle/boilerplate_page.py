"""Page dumps: all visible text of a page, menus, teasers and footers around the article.

On a text with much proof of furniture (``page_min_evidence``), furnished zones and section
breaks (line findings in ``SECTION_BREAKS``) cut the page into sections. The article is the
first section heavy enough in prose, looked for under the headline that repeats the page title
(a page dump starts with the page's ``<title>``; a repeat with far more prose above it than
below, in a footer or a breadcrumb, heads nothing). Everything above the article but its
headline and the lead paragraphs right under it goes, and so do the sections after it, unless
they hold runs of paragraphs as heavy as a good share of the article (an article cut in two by
a share bar keeps its second half; teaser lists, where a blurb stands alone under each
headline, go), go on with the article right under a button, a share bar or a sign-up box
(a run of prose paragraphs, whatever its weight), or hold the next slides of a slide show or
the next entries of a live blog begun in the article.
"""

from __future__ import annotations

from cleanarticle import boilerplate_bio as bio
from cleanarticle import boilerplate_comments as comments
from cleanarticle.boilerplate_counters import entry_times, slide_shows
from cleanarticle.boilerplate_regions import Page, headline_above
from cleanarticle.boilerplate_rules import Facts, Finding
from cleanarticle.options import Options

SECTION_BREAKS = frozenset(
    {"newsletter", "share_bar", "copyright", "cookie_notice", "navigation", "ui_string", "related"}
)
"""Reasons of line findings that end a section of a page dump (credits, timestamps, ads and
"Read more: ..." links also sit inside articles)."""


INSIDE_ARTICLE = frozenset(
    {None, "newsletter", "share_bar", "ui_string", "call_to_action", "cookie_notice"}
)
"""Findings on lines that may stand between two parts of an article in a page dump (see
:func:`_continued`); a line no rule took is a subheading or a caption."""


def outside_article(p: Page, zones: list[range], options: Options) -> dict[int, Finding]:
    """In a page dump, all but the article: the head above its headline, the sections after."""
    if sum(p.proof) < options.page_min_evidence or not zones:
        return {}
    headline = title_repeat(p.facts)
    sections = _sections(p, zones, headline)
    runs = [sum(p.facts[i].n for i in sec if _in_prose_run(p.prose, i)) for sec in sections]
    weights = [
        run + sum(p.facts[i].n for i in sec if p.prose[i])
        for sec, run in zip(sections, runs, strict=True)
    ]
    if not any(weights):
        return {}
    main = _main_section(headline, weights, sections, options)
    outweighed = options.page_headline_outweighed * weights[main]
    if headline is not None and max(runs[:main], default=0) > outweighed:
        # the page title repeated below the article (a footer, a breadcrumb): a section it
        # would cut above far outweighs what stands under it, so it heads nothing
        headline = None
        main = _main_section(None, weights, sections, options)
    start, stop = sections[main].start, sections[main].stop
    if headline is not None and start <= headline < stop and _opens(p, headline, stop, options):
        start = headline
    elif headline is None or headline >= start:
        headline = headline_above(p.facts, start)
    lead = _lead(p, headline, start, options)
    found = {i: Finding("navigation", 0.6) for i in range(start) if i != headline and i not in lead}
    spared = {
        i
        for sec, run in zip(sections, runs, strict=True)
        if sec.start >= stop and run >= options.section_keep_share * weights[main]
        for i in sec
    }
    spared.update(_slides_after(p, sections, range(start, stop), options))
    spared.update(_continued(p, sections, main, options))
    found.update((i, Finding("related", 0.6)) for i in range(stop, len(p)) if i not in spared)
    return {i: f for i, f in found.items() if not p.flagged[i]}


def _continued(p: Page, sections: list[range], main: int, options: Options) -> set[int]:
    """The sections right after the article, each at most ``Options.page_continuation_gap``
    lines below the one before, that hold a run of prose paragraphs: the article's text goes
    on under a button, a video's share bar or a newsletter's sign-up box. A line that heads a
    section of its own (related stories, "Also read:", the comments, "About the author") or
    ends the page's main part (a copyright line, a menu) ends the article."""
    spared: set[int] = set()
    end = sections[main].stop
    for sec in sections[main + 1 :]:
        if sec.start - end > options.page_continuation_gap:
            break
        if any(_heads_a_section(p, i) for i in range(end, sec.start)):
            break
        if not any(_in_prose_run(p.prose, i) for i in sec):
            break
        spared.update(sec)
        end = sec.stop
    return spared


def _heads_a_section(p: Page, i: int) -> bool:
    """Block ``i`` heads a section of the page (related stories, the comments, the bio) or
    ends the page's main part (a copyright line, a menu): only buttons, share bars and the
    lines of a sign-up box (its privacy note too) stand inside an article."""
    if p.reasons[i] not in INSIDE_ARTICLE:
        return True
    f = p.facts[i]
    return comments.is_header(f) or bio.is_bio_label(f)


def _lead(p: Page, headline: int | None, start: int, options: Options) -> set[int]:
    """The prose paragraphs right under the headline, above the article's section: its lead,
    cut off from the story by the byline, the share bar and the picture."""
    if headline is None or not 0 < start - headline <= options.page_lead_max_blocks:
        return set()
    return {i for i in range(headline + 1, start) if p.prose[i]}


SERIES_LEAD = 2
"""A slide show's or a live blog's counter this many lines above the article's section (over
its first slide or entry, with a heading between) begins it too."""


def _slides_after(p: Page, sections: list[range], article: range, options: Options) -> set[int]:
    """The sections after the article that hold the next slides of a slide show begun in it
    ("1 of 10" closing the article's section, "2 of 10" ... below, each slide cut off by
    its "Next" button), or a live blog's next entries (headed by their times, latest first):
    a gallery's slides and a live blog's entries are its text, though each has a teaser's
    shape (a name or a heading, one paragraph). They run to the section after the last
    counter or time."""
    spared: set[int] = set()
    min_run = options.boilerplate_counter_min_run
    for show in [*slide_shows(p.facts, min_run), entry_times(p.facts, min_run)]:
        if not any(article.start - SERIES_LEAD <= i <= article.stop for i in show):
            continue
        last = next((sec.start for sec in sections if sec.start > show[-1]), show[-1])
        spared.update(i for sec in sections if show[0] < sec.start <= last for i in sec)
    return spared


def _opens(p: Page, headline: int, stop: int, options: Options) -> bool:
    """The headline has an article's worth of prose below it in its section: what is above it
    there is the page's head (teasers, tickers), not the article."""
    below = sum(p.facts[i].n for i in range(headline, stop) if p.prose[i])
    return below >= options.article_min_words


def _sections(p: Page, zones: list[range], headline: int | None) -> list[range]:
    """The stretches of blocks between furnished zones and section breaks; a new one starts at
    the headline (what stands above it in its stretch, a ticker of teasers, is the page's
    head, and weighs nothing for the article under it)."""
    cut = list(p.breaks)
    for zone in zones:
        cut[zone.start : zone.stop] = [True] * len(zone)
    sections: list[range] = []
    start = None
    for i in range(len(p) + 1):
        inside = i < len(p) and not cut[i]
        if start is not None and (not inside or i == headline):
            sections.append(range(start, i))
            start = None
        if inside and start is None:
            start = i
    return sections or [range(0, 0)]


def _main_section(
    headline: int | None, weights: list[int], sections: list[range], options: Options
) -> int:
    """The first section with ``page_main_share`` of the weight of the heaviest one (teaser
    lists can outweigh an article, and an article cut by a box of furniture comes in parts of
    any size: its first part is where it starts). Under the headline that repeats the page
    title, the first section after it with ``article_min_words`` of prose will do."""
    first = 0
    enough = options.page_main_share * max(weights)
    if headline is not None:
        first = next((k for k, sec in enumerate(sections) if sec.stop > headline), 0)
        enough = min(0.5 * max(weights[first:]), options.article_min_words)
    return next(k for k in range(first, len(sections)) if weights[k] >= enough)


def _in_prose_run(prose: list[bool], i: int) -> bool:
    """A prose block next to another one: article paragraphs come in runs, while blurbs in
    menus and teasers under headlines stand alone."""
    if not prose[i]:
        return False
    return (i > 0 and prose[i - 1]) or (i + 1 < len(prose) and prose[i + 1])


def title_repeat(facts: list[Facts]) -> int | None:
    """The block that repeats the page title given by the first line, as a headline does."""
    if not facts or facts[0].n < 2:
        return None
    page_title = facts[0].lower
    for i in range(1, min(len(facts), 400)):
        f = facts[i]
        long_enough = f.n >= 3 and 2 * len(f.lower) >= len(page_title)
        if long_enough and f.n <= 30 and not f.terminal and page_title.startswith(f.lower):
            return i
    return None
