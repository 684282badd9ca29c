"""Second copies of the article: a text that holds its article twice.

Text saved from a page sometimes holds the article more than once (a page that renders it for
two screen sizes, a preview above the full text, a feed item printed again). A run of blocks
that repeats an earlier run word for word, and holds at least ``copy_min_paragraphs`` prose
paragraphs of ``copy_min_words`` words, is a second copy and goes (reason ``duplicate``); the
first copy stays. Blocks without a word (separator lines such as "-" or "***") are skipped when
runs are compared, since copies are often printed with and without them. Repeated labels and
the recurring items of a plan ("Meal 1", "Pre-workout snack") are short and never count.
"""

from __future__ import annotations

from cleanarticle.boilerplate_regions import is_prose
from cleanarticle.boilerplate_rules import Facts, Finding
from cleanarticle.options import Options

COPY = Finding("duplicate", 0.8)


def copied_runs(facts: list[Facts], options: Options) -> dict[int, Finding]:
    """The blocks of every run that repeats an earlier run word for word, when the run holds
    enough long prose paragraphs to be a copy of the article."""
    positions = [p for p, f in enumerate(facts) if f.n > 0]
    texts = [facts[p].text.strip() for p in positions]
    long = [facts[p].n >= options.copy_min_words and is_prose(facts[p], options) for p in positions]
    first: dict[str, int] = {}
    for k, text in enumerate(texts):
        first.setdefault(text, k)
    found: dict[int, Finding] = {}
    j = 0
    while j < len(texts):
        i = first[texts[j]]
        size = 0
        while i + size < j and j + size < len(texts) and texts[i + size] == texts[j + size]:
            size += 1
        if size and sum(long[j : j + size]) >= options.copy_min_paragraphs:
            found.update((positions[k], COPY) for k in range(j, j + size))
            j += size
        else:
            j += 1
    return found
