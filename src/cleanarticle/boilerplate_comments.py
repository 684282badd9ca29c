"""Comment sections: readers' comments under an article are not the article.

A comment section opens with a header ("Comments", "12 comments", "10 thoughts on ...",
"Kommentare", "Leave a Reply") and is proven by what follows it: signature lines ("Ann says:",
"November 19, 2019 at 6:34 am"), greetings ("Hi Milan,"), "Reply" buttons. A header alone
proves nothing (a stray "Comments" button may sit in the middle of an article, a comment count
under a headline), unless it quotes the article's title or sorts comments ("10 thoughts on
“Title”", "Top Rated Comments"); a header with enough proof below it, and an article above
it, removes everything from the header to the end of the text. Without a header, several
signature lines close together open the section at the first of them.
"""

from __future__ import annotations

import re

from cleanarticle.boilerplate_facts import BAR_SEPARATOR
from cleanarticle.boilerplate_regions import is_prose
from cleanarticle.boilerplate_replies import speaks
from cleanarticle.boilerplate_rules import Facts, Finding
from cleanarticle.options import Options

HEADER = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies|thoughts? on|reactions?|kommentare?"
    r"|commentaires?|coment[aá]rios?|commenti|reacties|reactie|reader comments"
    r"|leave a (?:comment|reply)|join the (?:discussion|conversation)|discussion"
    r"|top rated comments|all comments)\b"
)
SIGNATURE = re.compile(
    r"\b(?:says|said|wrote|schreibt|sagt|dit|a écrit|dice|dijo|escribió|scrive|ha scritto"
    r"|diz|disse|escreveu|zegt|schreef)\s*:?\s*$"
)
DATETIME = re.compile(
    r"\b\d{1,2}:\d{2}\s*(?:am|pm)?\b|\b\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)"
    r"\s+ago\b"
)
GREETING = re.compile(
    r"^(?:hi|hello|hey|dear|thanks|thank you|hallo|liebe[rs]?|bonjour|salut|merci|hola"
    r"|gracias|ciao|grazie|olá|oi|obrigad[oa]|hoi|dank je)\b[^.!?]{0,30}[,!]"
)
TITLED_HEADER = re.compile(
    r"^\d+\s+(?:thoughts?|comments?|responses?|replies|reactions?|kommentare?|commentaires?"
    r"|coment[aá]rios?|commenti|reacties)\s+(?:on|to|zu|sur|à|a|en|em|su|op|bij)\s*[\"“„«‘'‹]"
    r"|^(?:top rated|most liked|most popular|newest|oldest|best|featured|top) comments$"
)
"""A header only comment sections have: a count with the quoted article title ("10 thoughts on
“Title”", the blog software's own header), or a sort order of comments."""
SIGNED_OPENING = re.compile(
    r"^[^\W\d][^:!?]{0,40}? (?:said|says|wrote|schrieb|schreibt|sagt|a écrit|dijo|escribió"
    r"|scrive|disse|escreveu|zegt|schreef)\b[^:]{0,30}\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?\s*:\s"
)
"""A comment that opens with its signature and the time it was posted, on one line with its
text ("Roy K. said on March 14, 2008 10:02 PM: Great write up ...")."""
REPLY = re.compile(
    r"^(?:reply|antworten|répondre|responder|rispondi|beantwoorden|reageer|like|report)"
    r"(?:\s+(?:reply|report|like|share))*$"
)


def comment_marker(f: Facts) -> bool:
    """A line that only comment sections have: a signature, a greeting, a Reply button, or a
    comment opening with its signature and time."""
    if f.n > 12:
        return SIGNED_OPENING.match(f.lower) is not None
    return bool(
        SIGNATURE.search(f.lower)
        or GREETING.match(f.lower)
        or REPLY.match(f.lower)
        or (f.n <= 10 and DATETIME.search(f.lower) and not f.terminal)
    )


def comment_section(facts: list[Facts], options: Options) -> dict[int, Finding]:
    """From the first comment header with proof below it to the end of the text."""
    window = options.comments_window
    words_above = 0
    for h, f in enumerate(facts):
        words_above += f.n
        if f.n > 30 or words_above < options.article_min_words:
            continue
        titled = TITLED_HEADER.match(f.lower) is not None
        if not titled and not is_header(f):
            continue
        below = facts[h + 1 : h + 1 + window]
        proof = sum(1 for g in below if comment_marker(g))
        if titled or proof >= options.comments_min_markers:
            return {i: Finding("comments", 0.8) for i in range(h, len(facts))}
    return _unheaded_section(facts, options)


def is_header(f: Facts) -> bool:
    """A comment header, with at most ``HEADER_MAX_EXTRA`` more words ("Comments (12)", "Leave
    a Reply", "Comments are closed"); a subheading that starts with the word says more
    ("Comments that divided the chamber")."""
    found = HEADER.match(f.lower)
    if found is None or f.n > 12:
        return False
    rest = BAR_SEPARATOR.split(f.lower[found.end() :])[0]  # what follows is the site's name
    extra = [w for w in rest.split() if any(c.isalpha() for c in w)]
    return len(extra) <= HEADER_MAX_EXTRA


HEADER_MAX_EXTRA = 2


def _unheaded_section(facts: list[Facts], options: Options) -> dict[int, Finding]:
    """A comment section whose header the page did not print: from the first signature line
    ("Ann says", "Re: Great article") that has enough more signatures close below it."""
    signed = [is_signature(f) for f in facts]
    window = options.comments_window
    words_above = 0
    for h, f in enumerate(facts):
        enough = signed[h] and sum(signed[h : h + window]) >= options.comments_unheaded_signatures
        if enough and words_above >= options.article_min_words:
            return {i: Finding("comments", 0.75) for i in range(h, len(facts))}
        words_above += f.n
    return {}


def is_signature(f: Facts) -> bool:
    """A short line that names who wrote the comment below it, or a reply's subject line."""
    return f.n <= SIGNATURE_MAX_WORDS and bool(
        SIGNATURE.search(f.lower) or REPLY_SUBJECT.match(f.lower)
    )


SIGNATURE_MAX_WORDS = 8
"""A signature line is a name and a verb ("Cris - Prairie Homestead Team says"), or a short
reply subject."""
REPLY_SUBJECT = re.compile(r"^(?:re|aw|sv|rif|antw):\s*\S")


COMMENT_WORD = re.compile(
    r"comment|repl(?:y|ies)|kommentar|antwort|réponse|respuesta|resposta|risposta|reactie"
)


def comment_form(facts: list[Facts], flagged: list[bool], options: Options) -> dict[int, Finding]:
    """What follows a comment header that a line rule removed ("Leave a Reply", "Comments";
    not a count, which may sit under a headline) among the last blocks, when none of it reads
    like the article: the comment form's prompts and notices ("Want to join the discussion?",
    "Comments are closed."), or a reader's short comment in the first or second person. A
    paragraph of prose in the third person below a stray "Comments" button stays."""
    last = len(facts) - 1
    for h in range(max(0, last - options.comment_form_blocks), last):
        f = facts[h]
        if not flagged[h] or f.lower[:1].isdigit() or not is_header(f):
            continue
        if not COMMENT_WORD.search(f.lower):
            continue
        words_above = sum(g.n for g in facts[:h])
        rest = range(h + 1, len(facts))
        if words_above >= options.article_min_words and all(_form(facts[i], options) for i in rest):
            return {i: Finding("comments", 0.7) for i in rest}
    return {}


def _form(f: Facts, options: Options) -> bool:
    """A short line of a comment form, or a reader's short comment; not the article's prose."""
    return f.n <= options.comment_form_max_words and (not is_prose(f, options) or speaks(f))
