"""Values left behind by a post's metadata lines.

A post's metadata is often printed one item per line: a label alone ("Written by", "Last
updated:") with its value on the line below ("Jane Doe", "October 1, 2025"), or a byline with
the date under it. The line rules take the label and the byline, which they can read; the line
below, a name or a date that no rule can judge alone, goes with them: a short line under a bare
label is its value (reason ``metadata``), a line that is only a date under a byline, a
timestamp or a label is the post's date (reason ``timestamp``).
"""

from __future__ import annotations

import re

from cleanarticle.boilerplate_dates import date_words
from cleanarticle.boilerplate_facts import ANY_DIGIT
from cleanarticle.boilerplate_notices import is_bare_label
from cleanarticle.boilerplate_rules import Facts, Finding
from cleanarticle.options import Options

VALUE = Finding("metadata", 0.7)
DATE = Finding("timestamp", 0.7)
DATED_REASONS = frozenset(("byline", "timestamp", "metadata"))
"""Reasons of the lines a date may sit under as the post's date."""
NUMERIC_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")
"""A date written in numbers ("09.10.2024", "2024-10-09", "10/9/24")."""


def label_values(
    facts: list[Facts], line_found: list[Finding | None], taken: set[int], options: Options
) -> dict[int, Finding]:
    """The kept lines right under a removed bare label (its value) or under a removed byline,
    timestamp or label when they are only a date."""
    found: dict[int, Finding] = {}
    for p in range(1, len(facts)):
        above = line_found[p - 1]
        f = facts[p]
        if (
            above is None
            or p in taken
            or f.terminal
            or not 0 < f.n <= options.label_value_max_words
        ):
            continue
        if above.reason == "metadata" and is_bare_label(facts[p - 1]):
            found[p] = VALUE
        elif above.reason in DATED_REASONS and bare_date(f):
            found[p] = DATE
    return found


def bare_date(f: Facts) -> bool:
    """A line of date words and numbers only, naming a month or a weekday or written in numbers
    ("Friday, November 14, 2025", "Published: Nov. 19, 2025", "09.10.2024")."""
    return ANY_DIGIT.search(f.text) is not None and date_words(f.words, f.text, NUMERIC_DATE)
