"""Second copies of the article: a text that holds its article twice.

Text saved from a page sometimes holds the article more than once (a page that renders it for
two screen sizes, a preview above the full text, a feed item printed again). A run of blocks
that repeats an earlier run word for word, and holds at least ``copy_min_paragraphs`` prose
paragraphs of ``copy_min_words`` words, is a second copy and goes (reason ``duplicate``); the
first copy stays. Blocks without a word (separator lines such as "-" or "***") are skipped when
runs are compared, since copies are often printed with and without them. Repeated labels and
the recurring items of a plan ("Meal 1", "Pre-workout snack") are short and never count.

The title printed again and again below the article's first paragraph (the page's own teaser
cards, share boxes and feed items) is an echo too; printed once more it may be a section
heading that repeats it, and stays. A preview is a shorter echo: a block of at least
``echo_min_words`` words cut short with an ellipsis ("Good morning! This is the news you need
to...") whose text opens a whole paragraph above it also goes. Two previews of the same
text (an event listed twice in a calendar) are both kept: neither is the paragraph itself.

A line printed several times in a row (a carousel's title on each of its slides) says nothing
more the second time: in a run of ``stutter_min_copies`` or more identical blocks of words, the
copies after the first go, in HTML as in text (lines that other rules remove do not break a
run: the cleaned text would show one).
"""

from __future__ import annotations

from cleanarticle.boilerplate_regions import is_prose
from cleanarticle.boilerplate_rules import Facts, Finding
from cleanarticle.models import LIST_MARK
from cleanarticle.options import Options

COPY = Finding("duplicate", 0.8)


def copied_runs(facts: list[Facts], options: Options) -> dict[int, Finding]:
    """The blocks of every run that repeats an earlier run word for word, when the run holds
    enough long prose paragraphs to be a copy of the article."""
    positions = [p for p, f in enumerate(facts) if f.n > 0]
    texts = [facts[p].text.strip() for p in positions]
    long = [facts[p].n >= options.copy_min_words and is_prose(facts[p], options) for p in positions]
    runs = repeated_runs(texts, long, options.copy_min_paragraphs)
    return {positions[k]: COPY for run in runs for k in run}


def repeated_runs(texts: list[str], long: list[bool], min_long: int) -> list[range]:
    """The index ranges of the runs of ``texts`` that repeat an earlier run word for word and
    hold at least ``min_long`` of the ``long`` paragraphs (the first copy stays out)."""
    first: dict[str, int] = {}
    for k, text in enumerate(texts):
        first.setdefault(text, k)
    runs: list[range] = []
    j = 0
    while j < len(texts):
        i = first[texts[j]]
        size = 0
        while i + size < j and j + size < len(texts) and texts[i + size] == texts[j + size]:
            size += 1
        if size and sum(long[j : j + size]) >= min_long:
            runs.append(range(j, j + size))
            j += size
        else:
            j += 1
    return runs


ELLIPSIS = ("...", "\u2026")


def echoes(facts: list[Facts], top: int, options: Options) -> dict[int, Finding]:
    """Blocks that only echo text above them: the first line (the title, of at least
    ``echo_min_words`` words; ``top`` is its place, below the lines that line rules removed)
    printed again, ``echo_title_repeats`` times or more, below the article's first paragraph
    (teaser cards and share boxes of the page), and a preview cut short with an ellipsis
    ("Good morning! This is the news you need to...") whose text opens a paragraph above it."""
    first_prose = next((p for p, f in enumerate(facts) if is_prose(f, options)), len(facts))
    found: dict[int, Finding] = {}
    head = facts[top] if top < len(facts) else None
    title = head.text.strip() if head is not None and head.n >= options.echo_min_words else None
    repeats = [p for p in range(first_prose + 1, len(facts)) if facts[p].text.strip() == title]
    if len(repeats) >= options.echo_title_repeats:
        found.update((p, COPY) for p in repeats if not is_prose(facts[p], options))
    for p in range(first_prose + 1, len(facts)):
        text = facts[p].text.strip()
        if text.endswith(ELLIPSIS) and facts[p].n >= options.echo_min_words:
            stem = text.rstrip(".\u2026 ")
            if any(_completes(f.text, stem) for f in facts[:p]):
                found[p] = COPY
    return found


def stutters(facts: list[Facts], options: Options) -> dict[int, Finding]:
    """The copies after the first in each run of at least ``stutter_min_copies`` identical
    consecutive blocks of at least two words (list marks aside)."""
    found: dict[int, Finding] = {}
    texts = [_unmarked(f.text) for f in facts]
    start = 0
    for p in range(1, len(facts) + 1):
        if p < len(facts) and facts[p].n >= 2 and texts[p] == texts[start]:
            continue
        if p - start >= options.stutter_min_copies:
            found.update((q, COPY) for q in range(start + 1, p))
        start = p
    return found


def _unmarked(text: str) -> str:
    """``text`` without its list mark (an item printed alone loses it, see
    :func:`cleanarticle.boilerplate._unlisted`)."""
    mark = LIST_MARK.match(text)
    return text[mark.end() :] if mark else text


def _completes(text: str, stem: str) -> bool:
    """``text`` is the whole paragraph that ``stem`` opens (not another preview of it)."""
    return len(text) > len(stem) and text.startswith(stem) and not text.rstrip().endswith(ELLIPSIS)
