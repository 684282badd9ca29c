"""Dates as written on pages (ISO stamps, URL paths, "January 31, 2011") to ``YYYY-MM-DD``."""

from __future__ import annotations

import re

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan janvier januar enero gennaio",
            "february feb février fevrier februar febrero febbraio",
            "march mar mars märz maerz marzo",
            "april apr avril abril aprile",
            "may mai mayo maggio",
            "june jun juin juni junio giugno",
            "july jul juillet juli julio luglio",
            "august aug août aout agosto",
            "september sep sept septembre septiembre settembre",
            "october oct octobre oktober octubre ottobre",
            "november nov novembre noviembre",
            "december dec décembre decembre dezember diciembre dicembre",
        ),
        start=1,
    )
    for name in names.split()
}

ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?!\d)")
SLASHED = re.compile(r"(?<!\d)((?:19|20)\d\d)[/.](\d{1,2})[/.](\d{1,2})(?!\d)")
COMPACT = re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?:T|$)")
MONTH_FIRST = re.compile(r"([A-Za-zéûä]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)")
DAY_FIRST = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-zéûä]{3,9})\.?,?\s+((?:19|20)\d\d)")
DOTTED = re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?!\d)")


def normalise_date(value: str) -> str | None:
    """The first plausible date in ``value`` as ``YYYY-MM-DD``, or ``None``.

    >>> normalise_date("2011-01-31T08:00:00Z"), normalise_date("Posted January 31st, 2011")
    ('2011-01-31', '2011-01-31')
    """
    for pattern in (ISO, SLASHED, COMPACT):
        match = pattern.search(value)
        if match:
            return _valid(*(int(g) for g in match.groups()))
    match = MONTH_FIRST.search(value)
    if match and match.group(1).lower() in MONTHS:
        return _valid(int(match.group(3)), MONTHS[match.group(1).lower()], int(match.group(2)))
    match = DAY_FIRST.search(value)
    if match and match.group(2).lower() in MONTHS:
        return _valid(int(match.group(3)), MONTHS[match.group(2).lower()], int(match.group(1)))
    match = DOTTED.search(value)
    if match:
        return _valid(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    return None


def _valid(year: int, month: int, day: int) -> str | None:
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None
