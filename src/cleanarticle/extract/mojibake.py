"""Text whose UTF-8 bytes were once read as Windows-1252 or Latin-1 ("cafÃ©" for "café"):
each such run is read again as UTF-8.

A run is a UTF-8 lead byte followed by exactly the continuation bytes it announces, every byte
seen as its Windows-1252 (or Latin-1) character. A run is replaced only when its bytes decode
as UTF-8, so text that merely holds accented letters ("café", "naïve") is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_CP1252_HIGH = bytes(range(0x80, 0xA0)).decode("cp1252", errors="replace").replace("\ufffd", "")
_CONTINUATION = "[\u0080-\u00bf" + re.escape(_CP1252_HIGH) + "]"
MARKS = {
    "â": ("â€", "â\u0080"),
    "Ã": ("Ã",),
    "Â": ("Â",),
    "Ð": ("Ð",),
    "Ñ": ("Ñ",),
    "ä": ("ä¸",),
    "ã": ("ã\u0081", "ã\u0082", "ã€"),
}
"""What starts nearly every mis-decoded run (punctuation, Latin letters, symbols, Cyrillic,
Chinese, Japanese), by its first character; a text holding none of them is not searched (a
lone character is found much faster than a pair, so pairs are looked for only after it)."""
MARK_LEADS = sorted({first.encode("utf-8")[:1] for first in MARKS})
"""The first bytes of the UTF-8 encodings of the characters that start the marks (one byte:
they all lie between U+00C0 and U+00FF)."""
RUN = re.compile(
    f"[\u00c2-\u00df]{_CONTINUATION}"
    f"|[\u00e0-\u00ef]{_CONTINUATION}{{2}}"
    f"|[\u00f0-\u00f4]{_CONTINUATION}{{3}}"
)


CLOSING_QUOTE_CUT = re.compile(f"\u00e2\u20ac(?!{_CONTINUATION})")
"""A right double quote misread as Windows-1252 whose last byte (0x9D) has no character there
and was lost: "â€" alone (no character of general punctuation misreads so otherwise)."""


SPACE_CUT = re.compile(r"(?<![A-Z\u00c0-\u00de])\u00c2(?=\s|$)")
"""The first character of a misread no-break space whose second one became a plain space: an
"Â" before a space that does not end a word in capitals (after a small letter, a stop or a
space it is no letter of any word)."""


PIECE_CHARS = 16384
"""A long text (a page of several megabytes, most of it scripts) is repaired piece by piece,
each of about this many characters, cut before an ASCII space: a run, or a mark, holds none,
and the patterns end at a space as they end at the end of a piece. Pieces of ASCII only
(most of a page's scripts) hold no run and are not searched."""
SPACE = re.compile(r"[ \t\n\r\f\v]")
"""An ASCII space: a no-break space (U+00A0) may be the second character of a run ("Ã\u00a0")."""


def repair(text: str) -> str:
    """``text`` with every mis-decoded UTF-8 run read again; unchanged when there is none.

    >>> repair("cafÃ© naïve"), repair("Itâ€™s") == "It\\u2019s"
    ('café naïve', True)
    """
    if not _marked(text):
        return text
    if len(text) <= PIECE_CHARS:
        return _repaired(text)
    return "".join(piece if piece.isascii() else _repaired(piece) for piece in _pieces(text))


def _pieces(text: str) -> list[str]:
    """``text`` cut before a space every :data:`PIECE_CHARS` characters or so."""
    pieces: list[str] = []
    start = 0
    while True:
        space = SPACE.search(text, start + PIECE_CHARS)
        if space is None:
            pieces.append(text[start:])
            return pieces
        pieces.append(text[start : space.start()])
        start = space.start()


def _repaired(text: str) -> str:
    text = RUN.sub(_reread, text)
    if "\u00e2\u20ac" in text:
        text = CLOSING_QUOTE_CUT.sub("\u201d", text)
    return SPACE_CUT.sub("", text) if "\u00c2" in text else text


def repair_page(text: str, utf8: bytes | None = None) -> str:
    """:func:`repair` on a page; ``utf8`` is its exact UTF-8 encoding when known. Bytes without
    the first byte of any mark hold no mark: one byte scan instead of seven character scans.

    >>> repair_page("cafÃ©", "cafÃ©".encode()), repair_page("café", "café".encode())
    ('café', 'café')
    """
    if utf8 is not None and not any(lead in utf8 for lead in MARK_LEADS):
        return text
    return repair(text)


def repair_all(texts: Sequence[str]) -> list[str]:
    """:func:`repair` on each of ``texts``. They are searched for the marks of a run together
    first: most pages hold none, and a text that holds one marks the whole as well.

    >>> repair_all(["naïve", "cafÃ©"])
    ['naïve', 'café']
    """
    if not _marked("\n".join(texts)):
        return list(texts)
    return [repair(text) for text in texts]


def _marked(text: str) -> bool:
    return any(
        first in text and any(mark in text for mark in marks) for first, marks in MARKS.items()
    )


def _reread(match: re.Match[str]) -> str:
    run = match.group()
    data = bytearray()
    for char in run:
        code = ord(char)
        if code < 0x100:
            data.append(code)
        else:
            data += char.encode("cp1252")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return run
    # a control character (C0 or C1) is no repair: the run was real Latin-1 text after all
    return run if any(char < " " or "\x7f" <= char <= "\x9f" for char in text) else text


STRIPPED_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\u00e2(?=(?:s|t|re|ve|ll|d|m)\b)")
"""The first character left of a misread right quote whose other two were control characters
and were dropped ("Earthâs", "doesnât", "youâve" for "Earth’s", "doesn’t", "you’ve")."""
STRIPPED = (
    (STRIPPED_APOSTROPHE, "\u2019"),
    (re.compile(r"(?<=\s)\u00e2(?=\s)"), "\u2013"),  # "vegetables â whether": a dash
    (re.compile(r"(?<=\w)\u00e2(?=\w)"), "\u2014"),  # "debtânearly": a dash between words
    (re.compile(r"(?<![\w.,;:!?])\u00e2(?=\w)"), "\u201c"),  # "âThe facts": opening quote
    (re.compile(r"(?<=[\w.,;:!?])\u00e2(?!\w)"), "\u201d"),  # "benefits,â Dr.": closing quote
    (re.compile(r"\u00c2(?=\s|$)"), ""),  # "cats.Â": a misread no-break space
)
"""What the first character of a misread punctuation mark stands for, by what is around it:
every mark of general punctuation starts with "â" once misread ("’", "–", "—", "“", "”"), a
no-break space with "Â"."""


def repair_stripped(text: str, min_marks: int) -> str:
    """``text`` with the remains of misread punctuation read as what they stand for, when it
    holds at least ``min_marks`` misread apostrophes ("Earthâs"): UTF-8 read as Latin-1 turns
    a right quote into "â" and two control characters, which a scraper drops. In such a text
    every "â" and every "Â" before a space is such a remain (a real "â" would have been misread
    too, as "Ã¢"); in other texts an "â" is a letter ("château", "România") and stays."""
    if "\u00e2" not in text or len(STRIPPED_APOSTROPHE.findall(text)) < min_marks:
        return text
    for pattern, mark in STRIPPED:
        text = pattern.sub(mark, text)
    return text
