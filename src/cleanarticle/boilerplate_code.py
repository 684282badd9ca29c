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


def code_lines(facts: list[Facts]) -> list[bool]:
    """Per block: a line of program code, a line below a code comment, or a line between two
    lines of code."""
    comments = [COMMENT.match(f.text) is not None for f in facts]
    marked = [c or CODE.search(f.text) is not None for f, c in zip(facts, comments, strict=True)]
    return [
        m
        or (i > 0 and comments[i - 1])
        or (0 < i < len(marked) - 1 and marked[i - 1] and marked[i + 1])
        for i, m in enumerate(marked)
    ]
