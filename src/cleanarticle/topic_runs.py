"""Runs of blocks shaped like a spliced teaser, and the decision on each run.

A run starts at a *seed*: one or two headline-like lines (not part of a list of short lines)
right before an ill-fitting paragraph, or a paragraph that fits the article very badly. It grows
over the following ill-fitting paragraphs as long as they agree with it (share its rare words
more than the article does), and stops at the next headline-like line; two lines that make a
teaser of their own (a headline and its summary, which the paragraph under them does not echo)
go alone, and the paragraph is judged on its own. A headline-like line long enough to read
as prose (a news headline of a dozen words) opens a run when the paragraphs under it echo
its words strongly; else it is seeded like a paragraph. Each run is then judged
as a whole, with a threshold that depends on its shape: an opening headline whose words come
back in its paragraphs is the strongest evidence of a teaser; paragraphs agreeing with each
other come next; a lone paragraph must fit the article hardly at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from cleanarticle.options import Options
from cleanarticle.topic_features import Bag, support_share
from cleanarticle.topic_fit import Evidence, agrees, anchor_fits, fit_of, gather


@dataclass(frozen=True, slots=True)
class Run:
    """Blocks ``start`` to ``stop`` (exclusive) of the judged body, to be removed.

    ``score`` is how far the run falls short of its fit threshold, from 0 to 1.
    """

    start: int
    stop: int
    score: float
    kind: str = "headline_agrees"
    """The shape that convinced: headline_agrees, headline, headline_pair, headline_alone,
    agreeing, lone; headline_call is a headline run cut to its headline (see
    :func:`cleanarticle.topic._calls_alone`)."""


def find_runs(bags: tuple[Bag, ...], anchor: dict[str, float], options: Options) -> list[Run]:
    """The foreign runs among ``bags`` (the body after the lead), in document order."""
    if _sections(bags, options) > options.topic_max_sections:
        return []
    in_anchor = anchor_fits(bags, anchor, options)
    if not could_seed(Evidence(bags, anchor, in_anchor, {}, []), options):
        return []
    evidence = gather(bags, anchor, in_anchor, options)
    runs: list[Run] = []
    k = 0
    while k < len(bags):
        long_run = _long_headline_run(evidence, k, options) if bags[k].headline else None
        if long_run is not None:
            runs.append(long_run)
            k = long_run.stop
            continue
        first = _seed(evidence, k, options)
        if first is None:
            alone = _headline_alone(evidence, k, options)
            if alone is not None:
                runs.append(alone)
            k += 1
            continue
        if _complete_teaser(bags[k:first], bags[first], options):
            runs.append(Run(start=k, stop=first, score=1.0, kind="headline_pair"))
            k = first  # the paragraph below is judged on its own
            continue
        stop = _grow(evidence, k, first, options)
        run = _judge(evidence, k, first, stop, options)
        if run is not None:
            runs.append(run)
        k = stop
    return _limit(runs, evidence, options)


def could_seed(lower: Evidence, options: Options) -> bool:
    """Whether any run may start, judged on lower bounds of the fits (every test on a fit is
    "below a threshold"): when none may, the costly rounds of trust are skipped, with the same
    outcome. Most clean documents stop here."""
    return any(
        _seed(lower, k, options) is not None
        or _headline_alone(lower, k, options) is not None
        or (lower.bags[k].headline and _long_headline_seed(lower, k, options) is not None)
        for k in range(len(lower.bags))
    )


def _sections(bags: tuple[Bag, ...], options: Options) -> int:
    """How many headline-like lines open a paragraph: an article organised in sections under
    subheadings looks, section by section, like a chain of teasers, so it is left alone."""
    return sum(1 for k in range(len(bags) - 1) if opens_section(bags[k], bags[k + 1], options))


def opens_section(bag: Bag, following: Bag, options: Options) -> bool:
    """Whether ``bag`` is a headline-like line opening the paragraph ``following`` it."""
    return bag.headline and _sentence(following, options)


def _seed(evidence: Evidence, k: int, options: Options) -> int | None:
    """The first paragraph of a run starting at block ``k``, if one starts there."""
    bags, fits = evidence.bags, evidence.fits
    if fits[k] >= options.topic_bare_run_fit and not bags[k].headline:
        return None  # a paragraph fitting this well seeds nothing, and only headlines open
    if _prose(bags[k], options):
        return k if fits[k] < options.topic_bare_run_fit else None
    return _under_headlines(evidence, k, options.topic_max_headline_lines, options)


def _under_headlines(evidence: Evidence, k: int, most: int, options: Options) -> int | None:
    """The ill-fitting sentence under up to ``most`` opening headline-like lines from block
    ``k`` (not the second of two such lines), if there is one."""
    bags, fits = evidence.bags, evidence.fits
    if k > 0 and bags[k - 1].headline:
        return None
    first = k
    while first < len(bags) and first - k < most:
        if not _opener(bags[first], fits[first], options):
            return None
        first += 1
        if first < len(bags) and _sentence(bags[first], options) and bags[first].capital:
            return first if fits[first] < options.topic_suspect_fit else None
    return None


def _long_headline_seed(evidence: Evidence, k: int, options: Options) -> int | None:
    """The paragraph under block ``k`` when ``k`` is a headline-like line long enough to read
    as prose, which :func:`_seed` takes for a paragraph: one opener above an ill-fitting
    sentence."""
    bag = evidence.bags[k]
    if not (bag.headline and _prose(bag, options)):
        return None
    return _under_headlines(evidence, k, 1, options)


def _long_headline_run(evidence: Evidence, k: int, options: Options) -> Run | None:
    """The run opened by a long headline-like line (see :func:`_long_headline_seed`) whose
    words come back strongly in its paragraphs (a news headline of a dozen words and its
    story), when it is to be removed; else None, and the blocks are seeded as before."""
    first = _long_headline_seed(evidence, k, options)
    if first is None:
        return None
    stop = _grow(evidence, k, first, options)
    run = _judge(evidence, k, first, stop, options)
    if run is None or run.kind != "headline_agrees":
        return None
    if echo(evidence.bags[k], evidence.bags[first:stop]) < options.topic_long_headline_echo:
        return None
    return run


def _headline_alone(evidence: Evidence, k: int, options: Options) -> Run | None:
    """A headline-like line standing alone between other blocks, long and rare-worded enough
    to be a headline, whose words the article does not use at all: a teaser's headline. A
    labelled line of facts ("Referee: R Styles (Hampshire)") is not one, nor a line whose words
    come back in the paragraph under it (a subheading: "Streit um den Rotmilan" over "Umstritten
    war das Projekt vor allem wegen des Rotmilans ...")."""
    bags = evidence.bags
    bag = bags[k]
    if not bag.headline or evidence.fits[k] > 0.0 or _ui_worded(bag, options) or bag.labelled:
        return None
    if bag.marked:
        return None
    if bag.words < options.topic_headline_words or bag.mass < options.topic_headline_mass:
        return None
    if (k > 0 and bags[k - 1].headline) or (k + 1 < len(bags) and bags[k + 1].headline):
        return None
    if k + 1 < len(bags) and echo(bag, (bags[k + 1],)) >= options.topic_heading_echo:
        return None  # its words come back in the paragraph under it: that paragraph's heading
    return Run(start=k, stop=k + 1, score=1.0, kind="headline_alone")


def _opener(bag: Bag, fit: float, options: Options) -> bool:
    """A headline-like line that may open a teaser: not fitting the article, more than a
    single word (a lone word is a label: "Advertisement", "Comments"), and not worded like UI."""
    return (
        bag.headline
        and fit < options.topic_headline_fit
        and bag.words >= options.topic_opener_words
        and not bag.marked
        and not bag.byline
        and not _ui_worded(bag, options)
    )


def _ui_worded(bag: Bag, options: Options) -> bool:
    """A headline-like line worded like a button or a share bar ("Add to wishlist", "Share on
    Facebook Share on Twitter"), which the boilerplate stage did not know: it is not a
    teaser's headline, and the paragraph under it is not a teaser's paragraph."""
    if bag.words < options.topic_headline_words:
        return bag.ui_share >= options.topic_short_opener_max_ui_share
    return bag.ui_share >= options.topic_opener_max_ui_share


def _grow(evidence: Evidence, start: int, first: int, options: Options) -> int:
    """The end of the run whose first paragraph is ``first``: following ill-fitting
    paragraphs join while they agree with the run (a very ill-fitting paragraph that does not
    agree is a seed of its own, judged on its own)."""
    bags, fits = evidence.bags, evidence.fits
    stop = first + 1
    while stop < len(bags) and fits[stop] < options.topic_suspect_fit:
        if not _sentence(bags[stop], options) or not agrees(evidence, (start, stop), stop, options):
            break
        stop += 1
    return stop


def _judge(evidence: Evidence, start: int, first: int, stop: int, options: Options) -> Run | None:
    """The run to remove, when its words together find too little support in the article."""
    bags = evidence.bags
    headed = first > start
    most = options.topic_max_headed_paragraphs if headed else options.topic_max_run_paragraphs
    if stop - first > most and _words(bags[first:stop]) > options.topic_max_short_run_words:
        return None
    members = tuple((bags[k], evidence.trust[k]) for k in range(start, stop))
    terms: dict[str, float] = {}
    for bag, _ in members:
        terms.update(bag.terms)
    merged = Bag(terms, sum(terms.values()), 0, headline=False)
    if merged.mass < options.topic_min_mass:
        return None
    fit = fit_of(merged, evidence.anchor, evidence.support, members, options)
    if headed and _echoed_headline(bags[start:first], bags[first:stop], options):
        kind, limit = "headline_agrees", options.topic_run_fit
    elif headed and _rare_headline(bags[start:first], options):
        kind, limit = "headline", options.topic_headed_run_fit
    elif headed or merged.mass < options.topic_bare_min_mass or _short(bags[first:stop], options):
        return None  # a plain subheading's section, or too little to judge
    elif stop - first > 1 and agrees(evidence, (first, stop - 1), stop - 1, options):
        if max(bag.words for bag in bags[first:stop]) < options.topic_bare_min_words:
            return None  # one-line paragraphs of one story agree with each other anyway
        kind, limit = "agreeing", options.topic_bare_run_fit
    else:
        kind, limit = "lone", options.topic_lone_run_fit
    if fit >= limit:
        return None
    return Run(start=start, stop=stop, score=round(1.0 - fit / limit, 4), kind=kind)


def _complete_teaser(headlines: tuple[Bag, ...], paragraph: Bag, options: Options) -> bool:
    """Whether two headline-like lines are a teaser of their own: the second echoes the first
    (a headline and its summary), and the paragraph under them echoes neither. A teaser box
    without a paragraph is followed by the article's own next paragraph, which its fit alone
    must condemn."""
    if len(headlines) < 2:
        return False
    first, second = headlines[0], headlines[-1]
    echoed = max(support_share(second, first.terms), support_share(first, second.terms))
    if echoed < options.topic_cohesion:
        return False
    return not _headline_agrees(headlines, (paragraph,), options)


def _words(paragraphs: tuple[Bag, ...]) -> int:
    return sum(bag.words for bag in paragraphs)


def _short(paragraphs: tuple[Bag, ...], options: Options) -> bool:
    """Too few words for a run without a headline: one or two sentences of an article written
    in short paragraphs fit it as badly as a teaser's paragraph when they name new people."""
    return _words(paragraphs) < options.topic_bare_min_words


def _echoed_headline(
    headlines: tuple[Bag, ...], paragraphs: tuple[Bag, ...], options: Options
) -> bool:
    """Whether a headline naming something (enough rare-word weight) has its words come back
    in the paragraphs under it."""
    named = any(
        bag.mass >= options.topic_echoed_headline_mass
        and len(bag.terms) >= options.topic_echoed_headline_terms
        for bag in headlines
    )
    return named and _headline_agrees(headlines, paragraphs, options)


def _headline_agrees(
    headlines: tuple[Bag, ...], paragraphs: tuple[Bag, ...], options: Options
) -> bool:
    """Whether a headline's rare words come back in the paragraphs under it."""
    return any(echo(bag, paragraphs) >= options.topic_cohesion for bag in headlines)


def echo(headline: Bag, paragraphs: tuple[Bag, ...]) -> float:
    """The share of a headline's rare-word weight that comes back in the paragraphs."""
    body: dict[str, float] = {}
    for bag in paragraphs:
        body.update(dict.fromkeys(bag.terms, 1.0))
    return support_share(headline, body)


def _rare_headline(headlines: tuple[Bag, ...], options: Options) -> bool:
    """Whether a headline that its paragraphs do not echo is worded like a teaser's headline
    (enough rare-word weight: names, specific words), not like an article's own subheading
    ("What happens now", "Back to the water"), whose paragraph may well be worded unlike the
    rest (compound words, a new aspect of the story), and as long as a headline standing alone
    must be: a shorter line is a label or a button the boilerplate stage did not know ("Plan
    a viewing"), and the paragraph under it may be the article's own."""
    return any(
        bag.mass >= options.topic_unechoed_headline_mass
        and bag.words >= options.topic_headline_words
        and bag.ui_share < options.topic_unechoed_max_ui_share
        for bag in headlines
    )


def _prose(bag: Bag, options: Options) -> bool:
    return bag.is_prose(options.topic_prose_words, options.topic_prose_function_share)


def _sentence(bag: Bag, options: Options) -> bool:
    """Prose, or a single short sentence: enough for a teaser's paragraph under a headline."""
    return not bag.headline and bag.is_prose(
        options.topic_sentence_words, options.topic_prose_function_share
    )


def _limit(runs: list[Run], evidence: Evidence, options: Options) -> list[Run]:
    """A run without a headline only when few of the other paragraphs fit the article as
    badly as a foreign one (else the article wanders, and an ill-fitting paragraph proves
    nothing; the other runs without a headline count among those paragraphs: two of them
    cannot vouch for each other); then no runs at all when those left would take most of the
    body (the article has no clear main topic)."""
    bags = evidence.bags
    headed = {
        k for run in runs if run.kind.startswith("headline") for k in range(run.start, run.stop)
    }
    prose = [k for k in range(len(bags)) if k not in headed and _prose(bags[k], options)]
    runs = [
        run
        for run in runs
        if run.kind.startswith("headline") or _focused(run, prose, evidence, options)
    ]
    removed = sum(bags[k].words for run in runs for k in range(run.start, run.stop))
    if removed > options.topic_max_removed_share * sum(bag.words for bag in bags):
        return []
    return runs


def _focused(run: Run, prose: list[int], evidence: Evidence, options: Options) -> bool:
    """Whether few of the paragraphs outside ``run`` wander from the article."""
    left = [k for k in prose if not run.start <= k < run.stop]
    unfit = sum(evidence.fits[k] < options.topic_wander_fit for k in left)
    return bool(left) and unfit <= options.topic_max_unfit_share * len(left)
