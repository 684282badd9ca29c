"""The author's bio at the end of a text: who wrote it, not what it says.

Among the last ``bio_tail_blocks`` blocks that no line rule removed, a paragraph of at most
``bio_max_words`` words that opens with a name, credentials allowed after it ("Jane Doe, MD,"),
and says what the person is ("is a freelance writer", "has been a technology journalist", "is
the health director at", "ist Redakteurin", "est journaliste", ...) is the author's bio (reason
``author_bio``). The paragraphs after it that name the person again by the first word of that
name ("Jane holds an MBA ...", "When she is not writing, Jane ...") belong to the bio too.

Roles are the professions that sign articles or the experts who write them. A company ("Acme
is a trusted software partner") names no such role, and neither does the head of one ("is the
CEO and founder of"): reports end on such lines about the people in them too.
"""

from __future__ import annotations

import re

from cleanarticle.boilerplate_facts import Facts, Finding
from cleanarticle.boilerplate_regions import Page
from cleanarticle.options import Options

_NAME = r"[A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+){0,3}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?){0,4},?"
_ROLES_EN = (
    r"writer|reporter|editor|journalist|correspondent|contributor|columnist|author|curator"
    r"|producer|analyst|critic|blogger|freelancer|director|owner|expert|specialist|consultant"
    r"|physician|attorney|lawyer|coach|photographer|researcher|professor|designer|strategist"
    r"|marketer|nutritionist|dietitian|therapist|advisor|adviser"
)
_LABEL_ABROAD = (
    r"über (?:den|die) autor(?:in)?|à propos de l['\u2019]auteur|sobre (?:el|la|o|a) autor(?:a)?"
    r"|sull['\u2019]autore|over de auteur"
)
"""The label "About the author" in the six other languages."""
_LABEL = rf"(?i:about the author|{_LABEL_ABROAD})\s*[:\u2013\u2014-]\s*"
"""A label some sites print before the bio on the same line ("About the author: ...")."""
_HEADING_LABEL = re.compile(rf"(?i:about the authors?|{_LABEL_ABROAD})\W*$")
"""The same label alone on the line before the bio."""
BIO_FINDING = Finding("author_bio", 0.7)


def _is_role(verbs: str, articles: str, roles: str) -> str:
    """A verb of being, then a role: after an article and up to 80 characters of one sentence
    ("est une journaliste indépendante"), or after at most two words ("ist freie Journalistin")
    without one, as a role is given; a role far along a sentence without an article ("is based
    on the novel written by journalist ...") is about something else."""
    return rf"(?:{verbs}) (?:(?:{articles})[ ']?[^.]{{0,80}}?\b|(?:\w+ ){{0,2}})(?:{roles})\b"


BIO = re.compile(
    rf"^(?:{_LABEL})?(?P<name>{_NAME}) (?:"
    rf"(?:is|was|has been|serves as) (?:a|an|the|our) [^.]{{0,80}}?\b(?i:{_ROLES_EN})\b|"
    + "|".join(
        [
            _is_role(
                "ist|war",
                "ein|eine|der|die|unser|unsere",
                "Autor|Autorin|Journalist|Journalistin|Redakteur|Redakteurin|Experte|Expertin"
                "|Berater|Beraterin|Fotograf|Fotografin",
            ),
            _is_role(
                "est",
                "un|une|le|la|notre",
                "journaliste|rédacteur|rédactrice|auteur|autrice|consultant|consultante|expert"
                "|experte|photographe",
            ),
            _is_role(
                "es",
                "un|una|el|la|nuestr[oa]",
                "periodista|redactor|redactora|autor|autora|consultor|consultora|experto|experta"
                "|escritor|escritora",
            ),
            _is_role(
                "è",
                "un|una|il|lo|la|un'",
                "giornalista|redattore|redattrice|autore|autrice|consulente|esperto|esperta"
                "|scrittore|scrittrice",
            ),
            _is_role(
                "é",
                "um|uma|o|a|noss[oa]",
                "jornalista|redator|redatora|autor|autora|consultor|consultora|especialista"
                "|escritor|escritora",
            ),
            _is_role(
                "is", "een|de|onze", "journalist|redacteur|schrijver|schrijfster|auteur|adviseur"
            ),
        ]
    )
    + ")"
)
"""A name, credentials, and what the person is, in seven languages (one of many is not a
profile: "Vietnam is one of the critics of ..." is no bio; a question is never one)."""


def author_bio(p: Page, taken: set[int], options: Options) -> dict[int, Finding]:
    """An author's bio among the last blocks no line rule removed and no region rule took
    (``taken``), and the paragraphs after it that name the person again."""
    free = [i for i in range(len(p)) if not p.flagged[i] and i not in taken]
    return bio_at_end(p.facts, free, options)


def bio_at_end(facts: list[Facts], free: list[int], options: Options) -> dict[int, Finding]:
    """A bio among the last ``bio_tail_blocks`` of the blocks ``free`` (positions in
    ``facts``, in order), and the blocks after it that name the person again."""
    found: dict[int, Finding] = {}
    first_name: str | None = None
    tail = len(free) - options.bio_tail_blocks
    for k in range(max(tail, 0), len(free)):
        f = facts[free[k]]
        if f.n > options.bio_max_words:
            continue
        match = BIO.match(f.text) if not f.text.rstrip().endswith("?") else None
        if match is not None:
            first_name = match.group("name").split()[0].rstrip(",")
            found[free[k]] = BIO_FINDING
            if k > 0 and _bio_heading(facts[free[k - 1]], first_name, options):
                found[free[k - 1]] = BIO_FINDING
        elif first_name is not None and _names(f, first_name):
            found[free[k]] = BIO_FINDING
    return found


def is_bio_label(f: Facts) -> bool:
    """The label "About the author" alone on its line, over the author's bio."""
    return _HEADING_LABEL.match(f.text) is not None


def _bio_heading(f: Facts, first_name: str, options: Options) -> bool:
    """A short line that opens a bio: a label ("About the author") or the person's name
    ("ABOUT ANNIE DOWNS")."""
    if f.n > options.bio_heading_max_words or f.terminal:
        return False
    return is_bio_label(f) or first_name.casefold() in f.lower.split()


def _names(f: Facts, first_name: str) -> bool:
    return re.search(rf"\b{re.escape(first_name)}\b", f.text) is not None
