"""Readers' replies under a comment count: "2 comments", then the two comments.

A comment count ("1 comment", "12 Kommentare") below an article is printed where the comments
are listed; a bare "Comments" is a button, and a count under the headline points elsewhere.
The comment section module needs signatures or greetings to prove a section; many sites print
the replies bare, one paragraph each. What tells them from the article is their voice: a
reader writes to the author or about themselves ("I made this jam today ...", "Thanks for your
feedback"), while a report speaks in the third person (except inside quotation marks, which
are not counted). So the blocks below a count are removed when

* the count is at least 1 and the article above has ``article_min_words`` words;
* there are at most ``replies_blocks_per_comment`` blocks per comment counted;
* every one of them is short (a name, a "Reply" button) or speaks in the first or second
  person outside quotation marks.
"""

from __future__ import annotations

import re

from cleanarticle.boilerplate_facts import TOKEN
from cleanarticle.boilerplate_rules import Facts, Finding
from cleanarticle.language import PERSONAL_PRONOUNS, QUOTED
from cleanarticle.options import Options

COUNT = re.compile(
    r"^(\d{1,4})\s+(?:comments?|responses?|replies|kommentare?|antworten|commentaires?"
    r"|réponses|coment[aá]rios?|respuestas|respostas|commenti|risposte|reacties|reactie"
    r"|reacciones|reações|reazioni|réactions)\W*$"
)
PERSONAL = frozenset().union(*PERSONAL_PRONOUNS.values()) | frozenset(
    (
        "thanks thank hi hello danke hallo merci bonjour gracias hola grazie ciao obrigado "
        "obrigada olá bedankt dank hoi"
    ).split()
)
"""Words of a reader speaking: first and second person, greetings, thanks (seven languages)."""
SHORT = 3
"""A block of at most this many words below a count is a name or a button, not a voice."""


def counted_replies(facts: list[Facts], options: Options) -> dict[int, Finding]:
    """The blocks below the last comment count, when they read as readers' replies."""
    words_above = 0
    found: dict[int, Finding] = {}
    for h, f in enumerate(facts):
        count = COUNT.match(f.lower) if f.n <= 4 else None
        if count is not None and words_above >= options.article_min_words:
            found = _replies(facts, h, int(count.group(1)), options)
            if found:
                return found
        words_above += f.n
    return found


def _replies(facts: list[Facts], h: int, count: int, options: Options) -> dict[int, Finding]:
    below = facts[h + 1 :]
    if not below or count < 1 or len(below) > count * options.replies_blocks_per_comment:
        return {}
    if not all(in_reader_voice(f) for f in below):
        return {}
    return {i: Finding("comments", 0.7) for i in range(h + 1, len(facts))}


def speaks(f: Facts) -> bool:
    """The block speaks in the first or second person outside quotation marks."""
    unquoted = QUOTED.sub(" ", f.lower)
    return any(w in PERSONAL for w in TOKEN.findall(unquoted))


def in_reader_voice(f: Facts) -> bool:
    """The block is as readers' blocks are: a name or a button (``SHORT``), or it speaks."""
    return f.n <= SHORT or speaks(f)
