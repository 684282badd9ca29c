"""Program code in an article: listings are not site furniture.

Technical articles print code one line per block ("git checkout main", "# Create a branch",
"SELECT", "-- Update statistics"). Such lines are short, have no sentence end and often hold
the words menus use (checkout, create, push, select, log), so the region rules would read them
as menu items and count them as proof that the page has furniture, and then cut the article
at its listings. A line is code when it opens with a comment marker or a prompt followed by a
space ("# ", "// ", "-- ", "$ ", ">>> "), or holds what prose and menus do not: assignments and
comparisons ("x = 1", "==", "!="), arrows made of signs ("->", "=>", "-->"), braces, a call
("f()", "obj.run("), a statement end (";" at the end). A line between two code lines is code
as well, and so is the line below a comment (a bare "SELECT" or "git add app.py" in a
listing).
"""

from __future__ import annotations

import re

from cleanarticle.boilerplate_facts import Facts

COMMENT = re.compile(r"^\s*(?:#|//|--|/\*)\s")
"""A comment in a listing: it introduces the code line below it."""
CODE = re.compile(
    r"^\s*(?:\*/|<!--|\$|>>>)\s"
    r"|[=!<>+*/%-]=|\s=\s|->|=>|::|&&|\|\||[{}]|;\s*$|\w\(\)|\w\.\w+\("
)
"""Other signs of a program line (see the module docstring)."""
MAX_CODE_WORDS = 40
"""A longer block is prose, whatever signs it holds ("f(x) = 2x" in a sentence)."""


def code_lines(facts: list[Facts], asked: list[bool]) -> list[bool]:
    """Per block that ``asked`` names (the others are False): a line of program code, a line
    below a code comment, or a line between two lines of code. Only the blocks asked about
    and their neighbours are read."""
    marks: dict[int, bool] = {}

    def marked(i: int) -> bool:
        if i not in marks:
            text = facts[i].text
            short = facts[i].n <= MAX_CODE_WORDS
            marks[i] = short and (COMMENT.match(text) is not None or CODE.search(text) is not None)
        return marks[i]

    last = len(facts) - 1
    return [
        wanted
        and (
            marked(i)
            or (i > 0 and COMMENT.match(facts[i - 1].text) is not None)
            or (0 < i < last and marked(i - 1) and marked(i + 1))
        )
        for i, wanted in enumerate(asked)
    ]
