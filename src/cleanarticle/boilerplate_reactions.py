"""Readers' reactions below an article, printed without a comment header.

Text copied from a page often keeps the comments but loses their header, names and dates: the
article is followed by bare paragraphs from its readers ("Great post, thanks for sharing!",
"I loved the floor plans", "Hi Prince, glad you enjoyed it"). What gives them away is how
readers talk about the piece: they praise or thank it as a whole ("great article", "thanks
for sharing", "merci pour cet article", "toller Beitrag"), greet the author, reply to each
other. An article does not speak of itself that way, and when it does (a closing "thank you for
reading") it does so once.

A section of reactions opens at a block with such a reaction, below at least
``article_min_words`` words of article, when

* ``reactions_min_markers`` reactions or comment markers (greetings, signatures, "Reply")
  stand among the ``comments_window`` blocks from it, and
* from it to the end of the text, at least ``reactions_voice_share`` of the blocks are short
  (a name, a button) or speak in the first or second person, as readers do;

it is removed to the end of the text (reason ``comments``).

A long thread spreads its reactions out: a few among dozens of replies. It opens at a block
that starts as a reader's reply does (praise of the piece, agreement, "@name", "Thank you,
Anna!", :func:`opens_as_reply`), below the article, when ``thread_min_blocks`` blocks or more
follow it, ``thread_min_replies`` of them open as replies too, and ``thread_voice_share`` of
them are short or speak in the first or second person; it is removed to the end of the text
(reason ``comments``). An article may praise or agree once or twice, and its paragraphs do not
start with "@name" or "Totally agree".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleanarticle.boilerplate_comments import comment_marker
from cleanarticle.boilerplate_facts import any_of
from cleanarticle.boilerplate_replies import in_reader_voice, speaks
from cleanarticle.boilerplate_rules import Facts, Finding
from cleanarticle.language import QUOTED
from cleanarticle.options import Options

PRAISE = tuple(
    "great nice good excellent wonderful awesome fantastic interesting helpful informative useful "
    "amazing lovely brilliant insightful thoughtful beautiful".split()
)
"""English words of praise ("great", "useful")."""
_THE_PIECE_EN = "post|article|piece|write-?up|blog"
_PRAISED_EN = tuple(
    "read tips points list ideas info information guide tutorial recipe review share job "
    "work".split()
)
"""What else readers praise in English, named only after a word of praise ("great tips")."""
REACTION = any_of(
    # English
    rf"\b(?:{'|'.join(PRAISE)}) (?:{_THE_PIECE_EN}|{'|'.join(_PRAISED_EN)})\b",
    r"\bthanks?(?: you)?(?: so much| very much| a lot)?(?: \w+)? for (?:sharing|posting|writing"
    r"|the (?:post|article|tips|info|information|great|detailed|insight|write-?up)|this (?:post"
    r"|article|great|detailed|write-?up|info|information))\b",
    r"\b(?:i|we) (?:really |totally |absolutely |truly |just )?(?:love|loved|enjoyed|appreciate"
    r"|appreciated)(?: reading)? (?:this|your|the) (?:post|article|blog|piece|write-?up)\b",
    r"\b(?:your|this) (?:post|article|blog|piece|write-?up) (?:is|was) (?:so |very |really )?"
    r"(?:great|helpful|useful|informative|interesting|amazing|awesome|excellent|inspiring)\b",
    r"\bkeep up the (?:good|great|amazing|awesome) work\b",
    # German
    r"\b(?:toller|super|guter|schöner|interessanter|hilfreicher|klasse|danke für den|danke"
    r" für diesen|vielen dank für den|vielen dank für diesen) (?:artikel|beitrag|bericht)\b",
    r"\b(?:danke|vielen dank) (?:für|fürs) (?:das teilen|teilen|die tipps|deinen|ihren|euren)\b",
    # French
    r"\bmerci (?:pour|de) (?:cet article|ce billet|ce post|votre article|ton article|le partage"
    r"|ce partage|ces conseils|vos conseils|tes conseils)\b",
    r"\b(?:super|très bon|excellent|bel|bon|très bel|très intéressant) (?:article|billet)\b",
    # Spanish
    r"\bgracias por (?:compartir|el artículo|este artículo|el post|este post|la información"
    r"|tu artículo|su artículo|el aporte|los consejos)\b",
    r"\b(?:excelente|buen|gran|muy buen|magnífico) (?:artículo|post|aporte)\b",
    # Italian
    r"\bgrazie (?:per|dell') ?(?:l'articolo|articolo|la condivisione|aver condiviso|il post"
    r"|questo articolo|i consigli)\b",
    r"\b(?:ottimo|bell'|bellissimo|splendido|utilissimo) ?(?:articolo|post)\b",
    # Portuguese
    r"\bobrigad[oa] (?:por|pelo|pela) (?:compartilhar|partilhar|o artigo|este artigo|o post"
    r"|a dica|as dicas|a informação|as informações|o texto)\b",
    r"\b(?:ótimo|excelente|muito bom|belo|óptimo) (?:artigo|post|texto)\b",
    # Dutch
    r"\bbedankt voor (?:het delen|dit artikel|het artikel|de tips|je artikel|dit stuk)\b",
    r"\b(?:mooi|goed|leuk|interessant|top|sterk) (?:artikel|stuk|blog)\b",
)
"""A reader praising or thanking the piece as a whole (seven languages, text in lower case)."""

_TRIGGER_WORDS = (
    *_PRAISED_EN,
    *"post article piece write writeup write-up blog thanks thank artikel beitrag bericht danke "
    "dank merci billet gracias artículo aporte grazie articolo bell'articolo obrigado obrigada "
    "artigo texto bedankt stuk".split(),
)
_ENDS = ("", ".", ",", "!", "?", ":")
TRIGGERS = frozenset(w + end for w in _TRIGGER_WORDS for end in _ENDS)
"""Every reaction holds one of these words: a cheap test before the full pattern (long blocks
are split on spaces, so their words may carry the punctuation that follows them)."""
PRAISED_TRIGGERS = frozenset(w + end for w in _PRAISED_EN for end in _ENDS)
"""Reactions whose only trigger words are among these hold a word of ``PRAISE`` too ("great
tips", "keep up the good work"): a second cheap test."""


MAX_WORDS = 150
"""Longer blocks are not read for reactions (readers write short paragraphs)."""

REPLY_OPENING = any_of(
    r"@\w[\w.-]*(?![\"\w])\W+\w",
    # English (agreeing "to" something is a form's consent, not a reply)
    r"(?:i |we )?(?:totally |completely |fully |strongly )?(?:agree|agreed)\b(?! to\b)",
    r"(?:i second (?:this|that)|well said|so (?:very |incredibly |super )?(?:helpful|useful"
    r"|inspiring))\b",
    r"(?:great|nice|good|love|loved) (?:idea|ideas|column|decision|list"
    r"|suggestion|suggestions)\b",
    r"i (?:really |just )?love (?:this|these|your)\b",
    r"(?:thank you|thanks),? [a-z]+[.!]",
    # German
    r"(?:ich )?stimme (?:dir |ihnen |euch )?(?:voll |völlig )?zu\b",
    r"(?:sehr|super) hilfreich\b",
    r"(?:tolle|gute|super) idee\b",
    # French
    r"(?:je suis )?(?:tout à fait |entièrement )?d['\u2019]accord\b",
    r"(?:très|super) utile\b",
    r"(?:bonne|super|excellente) idée\b",
    # Spanish
    r"(?:estoy )?(?:totalmente |completamente )?de acuerdo\b",
    r"muy útil\b",
    r"(?:buena|gran|excelente) idea\b",
    # Italian
    r"(?:sono )?(?:pienamente |perfettamente )?d['\u2019]accordo\b",
    r"(?:molto utile|utilissimo)\b",
    r"(?:bella|ottima|buona) idea\b",
    # Portuguese
    r"concordo\b",
    r"muito útil\b",
    r"(?:ótima|boa|excelente) ideia\b",
    # Dutch
    r"(?:helemaal |volledig )?mee eens\b",
    r"(?:erg|heel|super) nuttig\b",
    r"(?:goed|leuk|mooi) idee\b",
)
"""How readers open a reply that is not praise of the piece (text in lower case, without the
marks before its first word): "@name" with words after it (a bare handle is a social link,
"@type" in quotes is code), agreement (not consent: "I agree to receive ..."), thanks to
someone by name, praise of an idea or a list."""
SIGN_OFF = re.compile(
    r"^(?:[\u2014\u2013]\s?|--\s?|-(?=[A-Z]))[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,2}$"
)
"""An author's sign-off: a dash and a name or initials alone on a line ("— JS", "-Anna";
a list item "- Item" has a space after its hyphen)."""
LEADING = " \t-*\u2022\u00b7\"'\u201c\u201e\u00ab"
"""Marks before a reply's first word (list marks, opening quotes)."""


def reactions(facts: list[Facts], options: Options) -> dict[int, Finding]:
    """From the first reaction that opens a section of readers' reactions to the end, or
    from the author's sign-off above it."""
    found = _section(facts, options) or _thread(facts, options)
    if not found:
        return found
    start = _after_sign_off(facts, min(found), options)
    return {i: found.get(i, Finding("comments", 0.6)) for i in range(start, len(facts))}


def _after_sign_off(facts: list[Facts], start: int, options: Options) -> int:
    """The block below the author's sign-off ("— JS", "-Anna") above ``start`` when the
    blocks between them speak as readers do; ``start`` otherwise."""
    for s in range(start - 1, max(-1, start - 1 - options.sign_off_window), -1):
        if SIGN_OFF.match(facts[s].text.strip()):
            between = facts[s + 1 : start]
            voiced = sum(1 for g in between if in_reader_voice(g))
            return s + 1 if voiced >= options.thread_voice_share * len(between) else start
    return start


def _thread(facts: list[Facts], options: Options) -> dict[int, Finding]:
    """From the first reply that opens a long thread of bare comments to the end."""
    for h in _below_article(facts, options):
        if not opens_as_reply(facts[h], options):
            continue
        below = facts[h:]
        if len(below) <= options.thread_min_blocks:
            return {}
        replies = sum(1 for g in below if opens_as_reply(g, options))
        voiced = sum(1 for g in below if in_reader_voice(g)) / len(below)
        if replies >= options.thread_min_replies and voiced >= options.thread_voice_share:
            return {i: Finding("comments", 0.6) for i in range(h, len(facts))}
    return {}


def opens_as_reply(f: Facts, options: Options) -> bool:
    """The block starts as a reader's reply does: a reaction to the piece in its first
    characters, agreement, a greeting or thanks to someone by name, an "@name"."""
    if f.n == 0 or f.n > options.thread_reply_max_words:
        return False
    lower = f.lower.lstrip(LEADING)
    if REPLY_OPENING.match(lower):
        return True
    if not _may_react(f):
        return False
    found = REACTION.search(QUOTED.sub(" ", lower))
    return found is not None and found.start() <= options.thread_reply_opening_chars


def _section(facts: list[Facts], options: Options) -> dict[int, Finding]:
    """From the first reaction with more reactions or comment markers close below it."""
    window = options.comments_window
    for h in _below_article(facts, options):
        if not _opens(facts[h]):
            continue
        marks = sum(1 for g in facts[h : h + window] if reaction(g) or comment_marker(g))
        if marks < options.reactions_min_markers:
            continue
        voiced = sum(1 for g in facts[h:] if in_reader_voice(g))
        if voiced >= options.reactions_voice_share * (len(facts) - h):
            return {i: Finding("comments", 0.7) for i in range(h, len(facts))}
    return {}


def _below_article(facts: list[Facts], options: Options) -> Iterator[int]:
    """The positions with at least ``Options.article_min_words`` words of text above them."""
    words_above = 0
    for h, f in enumerate(facts):
        if words_above >= options.article_min_words:
            yield h
        words_above += f.n


def _opens(f: Facts) -> bool:
    """A reaction said as a sentence or in a reader's voice: a heading that praises things
    ("Useful tips for beginners") is neither."""
    return reaction(f) and (f.terminal or speaks(f))


def reaction(f: Facts) -> bool:
    """The block praises or thanks the piece as a whole, as readers do (outside quotation
    marks: an article may quote praise)."""
    if f.n > MAX_WORDS or not _may_react(f):
        return False
    return REACTION.search(QUOTED.sub(" ", f.lower)) is not None


def _may_react(f: Facts) -> bool:
    """Whether the block holds the words a reaction needs (see ``TRIGGERS`` and ``PRAISE``)."""
    if TRIGGERS.isdisjoint(f.words):  # (most blocks: cheaper than an empty intersection)
        return False
    if TRIGGERS.intersection(f.words) <= PRAISED_TRIGGERS:
        return any(word in f.lower for word in PRAISE)
    return True
