"""The end of a story: a company's boilerplate, and how to reach the author.

A company's boilerplate at the end of a press release: "Acme is headquartered in Basel, has
subsidiaries in 15 countries and employs around 1,300 people. Acme shares are listed on ...".

Wire copy ends with the issuer's standard paragraph, the same under every release. One fact
about a company (where it is based, when it was founded) is ordinary reporting; the boilerplate
states several at once: headquarters, staff count, stock listing, countries of operation,
year of foundation, "a leading global provider of ...". A paragraph among the last
``press_tail_blocks`` blocks stating at least ``press_min_facts`` of them is removed, with the
paragraphs right above it that open with the same name (the "Acme is a global provider ..."
paragraph before it).

The author's contact line: among the last ``contact_tail_blocks`` blocks, a line with an
e-mail address or a social handle that tells the reader how to reach or follow the author
("Have a tip? Amy may be reached at amy@example.com. Follow her on Twitter @amy").
"""

from __future__ import annotations

import re

from cleanarticle.boilerplate_rules import Facts, Finding
from cleanarticle.options import Options

_YEAR = r"(?:1[89]|20)\d\d"
_COUNT = r"\d[\d,.\u202f ]*"
_FACT_PATTERNS = (
    # headquarters
    r"\b(?:headquartered|based) in\b|\bhas its headquarters in\b|\bhat (?:seinen|ihren) sitz"
    r" in\b|\bdont le siège (?:social )?est\b|\bcon sede (?:en|a|in)\b|\bcom sede em\b"
    r"|\bmet (?:het )?hoofdkantoor in\b",
    # staff
    rf"\bemploys? (?:around |about |approximately |over |more than |some |nearly )?{_COUNT}"
    r"(?:people|employees|staff|professionals)\b"
    rf"|\bbeschäftigt (?:rund |über |mehr als |etwa )?{_COUNT}(?:mitarbeiter|beschäftigte)"
    rf"|\bemploie (?:plus de |environ )?{_COUNT}(?:personnes|collaborateurs|salariés)"
    rf"|\bemplea a (?:más de )?{_COUNT}(?:personas|empleados)"
    rf"|\b(?:impiega|conta) (?:oltre |circa )?{_COUNT}(?:persone|dipendenti)"
    rf"|\bemprega (?:mais de |cerca de )?{_COUNT}(?:pessoas|funcionários|colaboradores)"
    rf"|\bheeft (?:ruim |meer dan |circa )?{_COUNT}(?:medewerkers|werknemers)",
    # stock listing
    r"\b(?:shares|stock) (?:are |is )?(?:listed|traded) on\b|\bis (?:publicly )?(?:listed"
    r"|traded) on the\b|\b(?:nyse|nasdaq|euronext|tsx)\s*:\s*[a-z]"
    r"|\b(?:an der|à la|en la|alla|na|op de) (?:börse|bourse|bolsa|borsa|beurs)\b",
    # countries of operation
    r"\b(?:offices|subsidiaries|operations|operating businesses|locations|presence) in "
    r"(?:more than |over |nearly )?\d+ countries\b"
    r"|\bin (?:mehr als |über |plus de |más de |oltre |mais de |meer dan )?\d+ (?:ländern"
    r"|pays|países|paesi|landen)\b",
    # foundation
    rf"\bfounded in {_YEAR}\b|\bgegründet (?:im jahr )?{_YEAR}\b|\bfondée? en {_YEAR}\b"
    rf"|\bfundada? en {_YEAR}\b|\bfondata? nel {_YEAR}\b|\bfundada? em {_YEAR}\b"
    rf"|\bopgericht in {_YEAR}\b",
    # self-description
    r"\bis (?:a|an|the) (?:leading |global |world-leading |worldwide |international "
    r"|leading global |world's leading )[\w -]{0,40}?(?:provider|supplier|manufacturer"
    r"|company|developer|producer|maker|distributor)\b",
)
"""What a company's boilerplate states about it (seven languages, text in lower case)."""
_FACT_HINTS = (
    ("headquarter", "based in", "sitz in", "siège", "con sede", "com sede", "hoofdkantoor"),
    ("employ", "beschäftigt", "emploie", "emplea", "impiega", "conta ", "emprega", "heeft "),
    (
        "listed",
        "traded",
        "nyse",
        "nasdaq",
        "euronext",
        "tsx",
        "börse",
        "bourse",
        "bolsa",
        "borsa",
        "beurs",
    ),
    ("countries", "ländern", "pays", "países", "paesi", "landen"),
    ("founded", "gegründet", "fondé", "fundad", "fondat", "opgericht"),
    (
        "provider",
        "supplier",
        "manufacturer",
        "company",
        "developer",
        "producer",
        "maker",
        "distributor",
    ),
)
"""Substrings one of which each fact needs: a cheap test before its pattern."""
CORPORATE_FACTS = tuple(zip(_FACT_HINTS, (re.compile(p) for p in _FACT_PATTERNS), strict=True))
DIGIT = re.compile(r"\d")
"""Boilerplate states numbers (staff, countries, a year): a cheap test before the others."""
SUBJECT = re.compile(
    r"[A-Z][\w.&'\u2019-]*(?: [A-Z][\w.&'\u2019-]*){0,4},? (?:is|was|has|ist|hat|est|a|es|tiene"
    r"|è|ha|é|tem|heeft)\b"
)
"""... and opens with the company as its subject: "Acme is ...", "Acme Group has ..."."""
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.\w|(?<![\w@])@\w{2,}")
"""An e-mail address or a social handle."""
REACH = re.compile(
    r"\bfollow (?:him|her|them|me|us)\b|\b(?:may|can) be reached\b|\breach (?:him|her|me|us)\b"
    r"|\bhave a (?:news )?tip\b|^(?:e-?mail|contact|write to) (?-i:[A-Z][a-z]+ [A-Z])"
    r"|\bfolgen sie (?:ihm|ihr|uns)\b|\b(?:ist|sind) (?:erreichbar|zu erreichen) unter\b"
    r"|\bsuivez-(?:le|la|nous)\b|\bjoignable (?:à|au|par)\b|\bs[ií]gue(?:lo|la|nos)\b"
    r"|\bsegui(?:lo|la|ci)\b|\bsiga-(?:o|a|nos)\b|\bvolg (?:hem|haar|ons)\b",
    re.IGNORECASE,
)
"""How to reach or follow the author (on the text as written: "Email Jane Doe at" needs its
capitals)."""
ABOUT = re.compile(r"^(?:about|über|à propos de|acerca de|sobre|informazioni su|over)\s+\S")
"""An "About Acme" heading above the boilerplate."""


def press_boilerplate(facts: list[Facts], taken: set[int], options: Options) -> dict[int, Finding]:
    """The issuer's boilerplate paragraphs among the last blocks of a text."""
    start = max(1, len(facts) - options.press_tail_blocks)
    for p in range(start, len(facts)):
        if p in taken or not _corporate(facts[p], options):
            continue
        first = p
        name = _opening(facts[p])
        while name and first - 1 > 0 and first - 1 not in taken:
            if _opening(facts[first - 1]) != name or facts[first - 1].n < 10:
                break
            first -= 1
        if first - 1 > 0 and facts[first - 1].n <= 6 and ABOUT.match(facts[first - 1].lower):
            first -= 1
        return {i: Finding("press_boilerplate", 0.7) for i in range(first, p + 1)}
    return {}


def _corporate(f: Facts, options: Options) -> bool:
    """At least ``press_min_facts`` company facts; a fact's pattern runs only when one of its
    hints is there, and the search stops when too few facts are left to reach the minimum."""
    if f.n < 10 or SUBJECT.match(f.text) is None or DIGIT.search(f.text) is None:
        return False
    low = f.lower
    found = 0
    for left, (hints, pattern) in zip(
        range(len(CORPORATE_FACTS), 0, -1), CORPORATE_FACTS, strict=True
    ):
        if found + left < options.press_min_facts:
            return False
        if _hinted(low, hints) and pattern.search(low):
            found += 1
            if found >= options.press_min_facts:
                return True
    return False


def _hinted(low: str, hints: tuple[str, ...]) -> bool:
    return any(map(low.__contains__, hints))


def _opening(f: Facts) -> str:
    """The block's first word when it is a name (capitalised), without a possessive."""
    found = NAME.match(f.text)
    return found.group(0) if found else ""


NAME = re.compile(r"[A-Z][\w.&-]*")


def author_contact(facts: list[Facts], taken: set[int], options: Options) -> dict[int, Finding]:
    """The author's contact line among the last blocks."""
    start = max(1, len(facts) - options.contact_tail_blocks)
    return {
        p: Finding("byline", 0.7)
        for p in range(start, len(facts))
        if p not in taken and facts[p].n <= CONTACT_MAX_WORDS and _contact(facts[p])
    }


CONTACT_MAX_WORDS = 40


def _contact(f: Facts) -> bool:
    return "@" in f.text and ADDRESS.search(f.text) is not None and _reach(f.text)


def _reach(text: str) -> bool:
    return any(REACH.search(sentence) for sentence in SENTENCE.split(text))


SENTENCE = re.compile(r"(?<=[.!?])\s+")
