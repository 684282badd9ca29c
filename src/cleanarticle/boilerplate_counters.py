"""Counters: the numbered dots of a slide show or the page numbers of a pager, printed one per
line ("1", "2", "3", ...), a pager's place ("Page 1 of 8"), a slide show's place between
its slides ("1 of 10", "2 of 10", ...), and a live blog's times above its entries ("15:42",
"15:20", ...). One number alone may be anything (a score, a list's numbering); a run of bare
numbers that count up one by one is a counter.

They are judged last, among the blocks every other rule kept, so that no rule reading the
shape of the page takes them for the start of a menu.
"""

from __future__ import annotations

import re

from cleanarticle.boilerplate_rules import Facts, Finding

MAX_DIGITS = 3
NAVIGATION = Finding("navigation", 0.9)
PAGER = re.compile(
    r"^(?:page|seite|página|pagina|pág\.?|pag\.?|страница|стр\.?)\s+\d{1,4}"
    r"(?:\s+(?:of|von|sur|de|di|van|из)\s+|\s*/\s*)\d{1,4}$"
    r"|^[(\uff08]?\d{1,4}\s*/\s*\d{1,4}\s*(?:\u30da\u30fc\u30b8|\u9875|\u9801|\ud398\uc774\uc9c0)[)\uff09]?$"
)
"""Where a pager stands: "Page 1 of 8", "Seite 2 von 5", "Página 3 de 9", "Page 2/5", or
"(1/3 pages)" in Japanese, Chinese or Korean."""


def counters(facts: list[Facts], min_run: int) -> dict[int, Finding]:
    """Positions of pager lines, of the lines in runs of at least ``min_run`` bare numbers
    counting up by one, of a slide show's counters and of a live blog's entry times (each of
    the last two at least ``min_run``)."""
    found = {p: NAVIGATION for p, f in enumerate(facts) if _pager(f)}
    found.update((p, NAVIGATION) for show in slide_shows(facts, min_run) for p in show)
    found.update((p, ENTRY_TIME) for p in entry_times(facts, min_run))
    start = 0
    while start < len(facts):
        end = start + 1
        if _number(facts[start]) is not None:
            while end < len(facts) and _follows(facts[end - 1], facts[end]):
                end += 1
        if end - start >= min_run:
            found.update((p, NAVIGATION) for p in range(start, end))
        start = end
    return found


SLIDE = re.compile(r"^(\d{1,3})\s*(?:of|/|von|sur|de|di|van|из)\s*(\d{1,3})$")
"""A slide show's place between its slides: "1 of 10", "2/10"."""


def slide_shows(facts: list[Facts], min_run: int) -> list[list[int]]:
    """The positions of each slide show's counters: at least ``min_run`` lines "n of total"
    with the same total, n counting up by one from line to line, whatever stands between
    them (each slide's heading and text)."""
    places: dict[int, list[tuple[int, int]]] = {}
    for p, f in enumerate(facts):
        found = SLIDE.match(f.lower.strip()) if f.n <= 3 else None
        if found is not None:
            number, total = int(found.group(1)), int(found.group(2))
            places.setdefault(total, []).append((p, number))
    shows: list[list[int]] = []
    for total, seen in places.items():
        numbers = [n for _, n in seen]
        counting = numbers == list(range(numbers[0], numbers[0] + len(seen)))
        if len(seen) >= min_run and counting and numbers[-1] <= total:
            shows.append([p for p, _ in seen])
    return shows


ENTRY_TIME = Finding("timestamp", 0.9)
CLOCK_LINE = re.compile(
    r"^(\d{1,2})(?:[:h]|\.(?=\d{2}\s*(?:[ap]\.?m\b|(?:bst|gmt|cet|cest|utc|et|edt|est|pt|pdt"
    r"|pst|aest|ist)\b)))(\d{2})(?:\s*([ap])\.?m\.?)?(?![\d:])\s*(?:[^\W\d]+\s*){0,3}$"
)
"""A clock time alone on its line, or with a short label glued to it ("15:42", "9:05 am",
"15h42", "15:42Key event"), or written with a stop before a half or a zone ("12.20 BST",
"9.05am"; "12.20" alone may be a price)."""


def entry_times(facts: list[Facts], min_run: int) -> list[int]:
    """Positions of a live blog's entry times: at least ``min_run`` lines holding a clock
    time and at most a short label, latest first, whatever stands between them (each entry's
    author and text). Times counting up are a programme or a timetable ("09:00
    Registration", "09:30 Opening remarks"), or a recording's chapters: the article's own."""
    seen: list[tuple[int, int]] = []
    for p, f in enumerate(facts):
        found = CLOCK_LINE.match(f.lower.strip()) if f.n <= CLOCK_LINE_MAX_WORDS else None
        if found is not None:
            hours, minutes, half = int(found.group(1)), int(found.group(2)), found.group(3)
            if hours > 23 or minutes > 59:
                continue
            if half is not None:
                hours = hours % 12 + (12 if half == "p" else 0)
            seen.append((p, hours * 60 + minutes))
    if len(seen) < min_run:
        return []
    times = [t for _, t in seen]
    latest_first = times == sorted(times, reverse=True) and times[0] > times[-1]
    return [p for p, _ in seen] if latest_first else []


CLOCK_LINE_MAX_WORDS = 5


def _number(f: Facts) -> int | None:
    text = f.text.strip()
    return int(text) if len(text) <= MAX_DIGITS and text.isdigit() and text.isascii() else None


def _follows(before: Facts, after: Facts) -> bool:
    a, b = _number(before), _number(after)
    return a is not None and b is not None and b == a + 1


def _pager(f: Facts) -> bool:
    return f.n <= 5 and PAGER.match(f.lower) is not None
