"""Lexical evidence for the topic stage: content terms of a block, weighted by rarity.

A block becomes a bag of *terms*: its words minus function words, lower-cased and cut to a
short prefix (a crude stemmer that works across languages: "sanction" and "sanctions" meet).
Each term weighs more the rarer its word is in the language (from wordfreq's Zipf scale), so
sharing "Tillerson" says far more than sharing "said". Capitalised words that do not start a
sentence are taken as names and weigh extra: a story is held together by who it is about.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import filterfalse

from wordfreq import available_languages, get_frequency_dict, zipf_frequency
from wordfreq.language_info import get_language_info

from cleanarticle.language import PERSONAL_PRONOUNS, stopwords
from cleanarticle.uiwords import ui_share

PUNCTUATION = (
    "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb()[]{}<>.,;:!?\u2026*|/\\-\u2013\u2014_#@&+=~^`"
)
SENTENCE_START = re.compile(r"[.!?:;\u2026]\S*\s+\W*(\w+)")
"""The first word of each sentence: capitalised there, it is not taken for a name."""
OPENERS = "\"'\u201c\u2018\u00ab([-\u2013\u2014"
FURNITURE_MARKS = re.compile(r"[*|©>·•]|#[^\W\d]|\s/\s|\w/[A-Z]{2,}\b")
"""Marks of page furniture, which headlines do not use: an asterisk, a bar, a copyright sign,
an arrow, a bullet, a hashtag, a slash between spaces or before an agency ("Dupont/AFP")."""
BYLINE_OPENING = re.compile(r"(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor) [A-Z]")
"""A byline's opening ("Door Jan Jansen, correspondent in Amsterdam")."""
LABEL = re.compile(r"[^\W\d_]+:\s")
"""A one-word label and its colon opening a line ("Referee: ", "Venue: ")."""
QUOTATION_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb'
POLITE_ADDRESS = {"de": r"(?<=[a-z\u00e4\u00f6\u00fc\u00df,] )(?:Sie|Ihnen|Ihr|Ihre[mnrs]?)\b"}
"""The polite second person where it is told from the third by its capital letter: inside a
sentence, after a word in small letters ("Prüfen Sie Ihren Schein", not "Sie sagte")."""
PERSONAL = {
    language: re.compile(
        r"\b(?:"
        + "|".join(sorted(words - {"i"}))
        + r")\b"
        + (r"|\bI\b" if "i" in words else "")
        + ("|" + POLITE_ADDRESS[language] if language in POLITE_ADDRESS else "")
    )
    for language, words in PERSONAL_PRONOUNS.items()
}
"""The first and second person of each language, in small letters ("I" aside: "My Summer of
Love" is a title), and the polite address of ``POLITE_ADDRESS``."""
HEADLINE_ENDS = (".", "!", "?", ":", ";", ",", '"', "\u201d", "\u00bb", "\u2026")
HEADLINE_MAX_WORDS = 14
"""A headline-like line has at most this many words."""
PREFIX = 6
"""Terms are words cut to this many characters."""

WORDLIST = "small"
"""wordfreq's short lists (words above about one per million, Zipf 3) rather than its long
ones: a word rarer than that takes the weight cap either way, which changes almost nothing
(bbc-dev off-topic recall 0.791 -> 0.790, no real line lost, extraction F1 unchanged), while
seven languages load in 0.07 s and 24 MB instead of 0.9 s and 250 MB, in every process."""
MAX_CACHED_FORMS = 200_000
"""Word-form caches are emptied past this many entries (memory stays bounded in batch runs)."""
Form = tuple[str, float, float, str]
"""What a token contributes: its term, its weight, its weight as a name (0.0 when it is not
capitalised), and the bare word."""

SPACED_LETTERS = re.compile(r"[^\W\d_\u0250-\u036f\u0500-\U0010ffff]+")
"""Letters of the Latin (up to Latin Extended-B), Greek and Cyrillic blocks only."""

_ZIPF: dict[tuple[str, str], float] = {}
_ZIPF_OF_LISTED: dict[str, dict[float | None, float]] = {}
_WORDFREQ_LANGUAGES = frozenset(available_languages()) - {"zh", "ja", "ko"}
_LEXICONS: dict[tuple[str, float, float, float], dict[str, Form | None]] = {}


def word_language(language: str | None) -> str | None:
    """The wordfreq language for a language tag ("en-GB" gives "en"), or None when wordfreq has
    no frequencies for it, or needs a word segmenter this stage does not use (Chinese, Japanese,
    Korean are not split on spaces)."""
    if not language:
        return None
    code = language.strip().lower().replace("_", "-").split("-")[0]
    return code if code in _WORDFREQ_LANGUAGES else None


def zipf(word: str, language: str) -> float:
    """wordfreq's Zipf frequency of a lower-cased word, cached (a lookup costs 15 to 30 µs;
    most words take the cheaper way of :func:`listed_zipf`)."""
    key = (word, language)
    value = _ZIPF.get(key)
    if value is None:
        if _kept_whole(word, language):
            value = listed_zipf(word, language)
        else:
            value = zipf_frequency(word, language, wordlist=WORDLIST)
        _ZIPF[key] = value
    return value


def listed_zipf(word: str, language: str) -> float:
    """wordfreq's Zipf frequency of a word its tokenizer keeps whole and unchanged (see
    :func:`_kept_whole`: ASCII lower-case letters, or letters of the Latin, Greek and Cyrillic
    scripts already normalised and case-folded), found from the frequency its word list gives
    the word (or from its absence) rather than by a lookup.

    The Zipf frequency of such a word depends on that listed frequency alone: wordfreq is
    asked once per listed frequency (a few hundred per language) and the list is read
    directly for other words. The same as ``zipf_frequency`` for every such word of the
    languages' lists and for absent words (tests/test_topic_speed.py checks a sample)."""
    listed = get_frequency_dict(language, WORDLIST).get(word)
    known = _ZIPF_OF_LISTED.setdefault(language, {})
    value = known.get(listed)
    if value is None:
        value = known[listed] = zipf_frequency(word, language, wordlist=WORDLIST)
    return value


def _kept_whole(word: str, language: str) -> bool:
    """Whether wordfreq reads the lower-case ``word`` as it is: ASCII letters in any language,
    or letters of scripts written with spaces between words, in their normalised (NFKC) and
    case-folded form ("ß" becomes "ss", so "straße" is not), in a language whose reading adds
    nothing to that (no transliteration, mark removal or Turkish dotless i)."""
    if word.isascii():
        return word.isalpha() and word.islower()
    return (
        SPACED_LETTERS.fullmatch(word) is not None
        and word == word.casefold()
        and unicodedata.is_normalized("NFKC", word)
        and _plainly_read(language)
    )


@cache
def _plainly_read(language: str) -> bool:
    """Whether wordfreq reads ``language`` with its regular-expression tokenizer and no step
    beyond normalising and case folding."""
    info = get_language_info(language)
    return info["tokenizer"] == "regex" and not any(
        info[step]
        for step in (
            "remove_marks",
            "dotless_i",
            "diacritics_under",
            "transliteration",
            "lookup_transliteration",
        )
    )


@dataclass(frozen=True, slots=True)
class Weighting:
    """How rarity turns into weight: ``max(0, ceiling - zipf)``, capped, names scaled up."""

    ceiling: float
    cap: float
    name_boost: float


@dataclass(frozen=True, slots=True)
class Bag:
    """The weighted content terms of one block, and whether it is shaped like a headline."""

    terms: dict[str, float]
    mass: float
    words: int
    headline: bool
    capital: bool = True
    """Whether the text opens like a sentence or a headline (capital letter or digit), not
    like the rest of a sentence broken over two lines."""
    function_words: int = 0
    """How many of the block's tokens are function words of its language."""
    ui_share: float = 0.0
    """For a headline-like line, the share of its words that are UI words (see
    :func:`cleanarticle.uiwords.ui_share`): a button or share bar the boilerplate stage let
    through is shaped like a headline, but it is not one."""
    labelled: bool = False
    """For a headline-like line, whether it opens with a one-word label and a colon
    ("Referee: R Styles (Hampshire)"): a line of facts, shaped like a headline."""
    byline: bool = False
    """For a headline-like line, whether it opens like a byline: it heads the article's own
    paragraph, not a teaser's (standing alone, it is still a foreign line)."""
    marked: bool = False
    """For a headline-like line, whether it holds a mark of page furniture that headlines do not
    use (see ``FURNITURE_MARKS``: "Photo: Ann Lee / Agency", "Required fields are marked *")."""

    def is_prose(self, min_words: int, min_function_share: float) -> bool:
        """Long enough and rich enough in function words to be running text, not a list."""
        if self.words < min_words:
            return False
        return min_function_share <= 0.0 or self.function_words >= min_function_share * self.words


def bag_of(text: str, language: str, weighting: Weighting, *, headline: bool | None = None) -> Bag:
    """The weighted terms of ``text`` (each term counted once, at its largest weight).

    ``headline`` says whether the text is shaped like a headline; by default it is found from
    the text itself: a short line opening with a capital or a digit, not ending like a
    sentence.
    """
    tokens = text.split()
    found, function_words = _forms_of(tokens, language, weighting)
    capital = _opens_capital(text)
    if headline is None:
        headline = _headline_shape(text, len(tokens), capital)
    terms: dict[str, float] = {}
    get = terms.get
    boost = weighting.name_boost
    if headline or boost == 1.0:  # no name is boosted: no capitalised word to tell apart
        for term, weight, _, _ in found:
            if weight > get(term, 0.0):
                terms[term] = weight
    else:
        starts: set[str] | None = None  # found only when a capitalised word needs telling apart
        for term, weight, as_name, word in found:
            if as_name:
                if starts is None:
                    starts = _sentence_starts(text, tokens)
                if word not in starts:
                    weight = as_name
            if weight > get(term, 0.0):
                terms[term] = weight
    return Bag(
        terms=terms,
        mass=sum(terms.values()),
        words=len(tokens),
        headline=headline,
        capital=capital,
        function_words=function_words,
        ui_share=ui_share(text) if headline else 0.0,
        labelled=headline and LABEL.match(text) is not None,
        marked=headline and FURNITURE_MARKS.search(text) is not None,
        byline=headline and BYLINE_OPENING.match(text) is not None,
    )


def personal(text: str, language: str) -> bool:
    """Whether the writer of ``text`` speaks in the first or second person, as blogs and
    columns do ("I have to give special attention to ...", "you know what?"), and quotes no
    one (in a paragraph with quotations, "I" and "we" are the speakers' more often than the
    writer's; quotations are not matched up: a quote going on in the next paragraph is left
    open)."""
    pattern = PERSONAL.get(language)
    if pattern is None or pattern.search(text) is None:
        return False
    return not any(mark in text for mark in QUOTATION_MARKS)


def _forms_of(tokens: list[str], language: str, weighting: Weighting) -> tuple[list[Form], int]:
    """The forms of the tokens that weigh something, in order (a repeated token repeats its
    form), and how many tokens are function words. Function words are taken out first with
    their small set (measured in the pipeline, a little faster than looking them up in the
    large lexicon as well), then one lookup per token in the lexicon: cheaper than removing
    repeats first."""
    content = list(filterfalse(stopwords(language).__contains__, tokens))
    lexicon = _lexicon(language, weighting)
    try:
        forms = list(filter(None, map(lexicon.__getitem__, content)))
    except KeyError:  # tokens never seen before: learn their forms first
        for token in set(content).difference(lexicon):
            lexicon[token] = _form(token, language, weighting)
        forms = list(filter(None, map(lexicon.__getitem__, content)))
    return forms, len(tokens) - len(content)


def _sentence_starts(text: str, tokens: list[str]) -> set[str]:
    """The words opening a sentence of ``text`` (capitalised there, they are not names)."""
    starts = set(SENTENCE_START.findall(text))
    starts.add(tokens[0].strip(PUNCTUATION))
    return starts


def _lexicon(language: str, weighting: Weighting) -> dict[str, Form | None]:
    """The cache of one language and weighting: each token seen, with its form, or None when
    it weighs nothing; emptied when it grows large."""
    key = (language, weighting.ceiling, weighting.cap, weighting.name_boost)
    lexicon = _LEXICONS.get(key)
    if lexicon is None or len(lexicon) > MAX_CACHED_FORMS:
        lexicon = _LEXICONS[key] = {}
    return lexicon


def _form(token: str, language: str, weighting: Weighting) -> Form | None:
    """What one whitespace-separated token contributes: its term, its rarity weight, that
    weight raised as a name's when it is capitalised, and the bare word (to tell a name from a
    word that starts a sentence); None when it weighs nothing (function words, short or
    frequent words, numbers)."""
    word = token.strip(PUNCTUATION)
    if not word or not word[0].isalpha():
        return None
    lower = word.lower().replace("\u2019", "'")
    if lower.endswith("'s"):
        lower = lower[:-2]
    if len(lower) < 3 or lower in stopwords(language):
        return None
    weight = min(weighting.cap, weighting.ceiling - zipf(lower, language))
    if weight <= 0.0:
        return None
    as_name = weight * weighting.name_boost if word[0].isupper() else 0.0
    return lower[:PREFIX], weight, as_name, word


def _opens_capital(text: str) -> bool:
    opening = text.lstrip(OPENERS)[:1]
    return opening.isupper() or opening.isdigit()


def headline_shaped(text: str) -> bool:
    """Whether ``text`` has the headline shape :func:`bag_of` finds (without building a bag)."""
    words = len(text.split(maxsplit=HEADLINE_MAX_WORDS))  # (counted up to one word too many)
    return _headline_shape(text, words, _opens_capital(text))


def _headline_shape(text: str, words: int, capital: bool) -> bool:
    """A short line that opens with a capital or digit and does not end like a sentence."""
    return 0 < words <= HEADLINE_MAX_WORDS and capital and not text.endswith(HEADLINE_ENDS)


def support_share(
    bag: Bag, support: dict[str, float], excluded: tuple[tuple[Bag, float], ...] = ()
) -> float:
    """The share of ``bag``'s weight whose terms are supported elsewhere in the article.

    ``support`` maps a term to the summed trust of the blocks using it; the trust that the
    ``excluded`` (bag, trust) pairs contribute is taken out first, so a block, or a run,
    cannot support itself. A term counts fully once its support reaches 1.
    """
    if bag.mass <= 0.0:
        return 0.0
    terms = bag.terms
    shared = terms.keys() & support.keys()
    if not shared:
        return 0.0
    held = support
    if excluded:  # a copy of the shared terms' support, to take the excluded trust out of
        held = {term: support[term] for term in shared}
        for other, trust in excluded:
            if trust > 0.0:
                for term in shared & other.terms.keys():
                    held[term] -= trust
    total = 0.0
    for term in shared:
        value = held[term]
        if value > 0.0:
            total += terms[term] * (value if value < 1.0 else 1.0)
    return total / bag.mass
