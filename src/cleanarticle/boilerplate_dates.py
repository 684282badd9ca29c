"""Line rules for when and where a story was published: a date with a time of day alone on
its line, a dateline naming the edition, and a wire story's dateline split from its first
paragraph ("Hamburg (dpa/lno) -", "New York CNN \u2014"); with the date words of the seven
languages, which other rules use to tell a date from a sentence (:func:`date_words`,
:func:`is_dateline`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleanarticle.boilerplate_facts import ANY_DIGIT, TOKEN
from cleanarticle.boilerplate_rules import Facts, Finding

TIME_ZONES = frozenset(
    "gmt bst utc uk cet cest eet eest est edt pst pdt cst cdt mst mdt akst akdt hst ast adt et "
    "pt ist aest aedt acst acdt awst nzst nzdt hkt jst kst sgt pht wib msk sast".split()
)
"""Abbreviations of time zones ("Updated 0203 GMT (1003 HKT)")."""
DATE_WORDS = TIME_ZONES | frozenset(
    (
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
        "friday saturday sunday mon tue tues wed thu thur thurs fri sat sun am pm a m p "
        "at on today yesterday updated published posted submitted "
        "januar februar märz mai juni juli oktober dezember montag dienstag mittwoch "
        "donnerstag freitag samstag sonntag um uhr heute gestern aktualisiert veröffentlicht "
        "janvier février mars avril juin juillet août septembre octobre novembre décembre "
        "lundi mardi mercredi jeudi vendredi samedi dimanche à h le hier aujourd hui publié "
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
        "diciembre lunes martes miércoles jueves viernes sábado domingo a las de hoy ayer "
        "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre lunedì "
        "martedì mercoledì giovedì venerdì sabato domenica alle ore oggi ieri il "
        "janeiro fevereiro março maio junho julho agosto setembro outubro novembro dezembro "
        "segunda terça quarta quinta sexta feira às hoje ontem em "
        "januari februari maart mei augustus oktober maandag dinsdag woensdag donderdag "
        "vrijdag zaterdag zondag om uur vandaag gisteren op "
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
        "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь "
        "янв фев мар апр июн июл авг сен сент окт ноя дек понедельник вторник среда среду "
        "четверг пятница пятницу суббота субботу воскресенье в г года сегодня вчера обновлено "
        "опубликовано"
    ).split()
)
"""Words of a date and time in the seven languages and Russian, with the words that announce
them."""
DATE_NAMES = DATE_WORDS - frozenset(
    "a m p am pm at on um uhr à h le de a las alle ore il às em om op updated published posted "
    "submitted "
    "aktualisiert veröffentlicht publié d hui в г года обновлено опубликовано".split()
)
"""The words that make a line a date: months, weekdays, days relative to today, time zones."""
CLOCK = re.compile(r"\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)")
"""A time of day: "10:32", "10.32", "10h32", "9 pm"."""
TIME_RANGE = re.compile(
    r"\b\d{1,2}[:.h]\d{2}\s*(?:uhr |uur |h )?(?:[-\u2013\u2014]|to|bis|à|às|a|al|alle|tot|até)"
    r"\s*\d{1,2}(?:[:.h]\d{2})?\b"
)
"""Two times of day as a range ("13.00 – 20.00 uur", "de 10:00 a 18:00"): opening hours or a
programme's slot, not when the page was published."""
ZONED_CLOCK = re.compile(rf"\b[0-2]\d[0-5]\d (?:{'|'.join(sorted(TIME_ZONES))})\b")
"""A time of day in four digits before its zone ("0203 GMT"): a clock only beside a year (a
live page's entries are headed "1500 GMT")."""


def date_line(f: Facts) -> Finding | None:
    """A line that is only a date with a time of day ("10:32 AM EDT, Tue June 4, 2024",
    "Yesterday at 9:14 PM", "12/01/2005 14:32"), or a dateline naming the edition ("Madrid | 4
    de enero de 2024 · Edición América"), or a wire story's dateline split from its first
    paragraph ("Hamburg (dpa/lno) -", "ROMA, 11 GIU -"): when and where the page was published,
    not part of the story. A date without a time ("Sunday, 27 February") may head a fixture
    list and stays (unless it stands where datelines do: see
    :func:`cleanarticle.boilerplate_context.edge_datelines`)."""
    if f.n <= 8 and f.text.rstrip().endswith(DASHES):
        if WIRE_DATELINE.match(f.text):
            return Finding("byline" if "(" in f.text else "timestamp", 0.75)
        if WIRE_AGENCY.match(f.text):
            return Finding("byline", 0.75)
    if f.n > 12 or not ANY_DIGIT.search(f.text):
        return None
    if any(hint in f.lower for hint in ("edi", "\u00e9di", "ausgabe")):
        edition = EDITION.search(f.text)
        if edition is not None and is_dateline(f.text[: edition.start()]):
            return Finding("timestamp", 0.75)
    if not CLOCK.search(f.lower) and not (
        ZONED_CLOCK.search(f.lower) and YEAR.search(f.text) is not None
    ):
        return None
    if any(c in f.text for c in "$€£|") or TIME_RANGE.search(f.lower):
        return None
    dated = NUMERIC_DATE.search(f.text) is not None and all(
        w in DATE_WORDS or w[:1].isdigit() for w in f.words
    )
    if dated and CLOCK.search(NUMERIC_DATE.sub(" ", f.lower)):  # ("17.05.2021" holds no time)
        return Finding("timestamp", 0.75)  # "12/01/2005 14:32", "12.01.2005, 14:32 Uhr"
    if any(w in DATE_NAMES for w in f.words) and date_words(f.words, f.text):
        return Finding("timestamp", 0.75)
    return None


NUMERIC_DATE = re.compile(
    r"\b(?:\d{1,2}([./-])\d{1,2}\1(?:19|20)\d{2}\b|(?:19|20)\d{2}([./-])\d{1,2}\2\d{1,2}\b"
    r"|(?:19|20)\d{2}\u5e74\d{1,2}\u6708\d{1,2}\u65e5"
    r"|(?:19|20)\d{2}\ub144 ?\d{1,2}\uc6d4 ?\d{1,2}\uc77c)"
)
"""A date written in numbers with its year: "12/01/2005", "12.01.2005", "2005-01-12", the year
first as East Asian pages write it ("2005/1/12", "2005.01.12"), or with the characters for
year, month and day ("2005\u5e741\u670812\u65e5", "2005\ub144 1\uc6d4 12\uc77c"); not a range of
times ("10.30-12.30")."""
DASHES = ("-", "\u2013", "\u2014")
PLACE_NAME = r"[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,2}"
"""A place's name (or an agency's) in up to three capitalised words ("New York", "ROMA")."""
WIRE_DATELINE = re.compile(
    rf"^{PLACE_NAME}"
    r"(?:,?(?: [\w.]{1,12}){0,3} ?\((?:[A-Za-z]{2,8}(?:[/-][A-Za-z]{2,8})?"
    r"|[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){1,3})\)"
    r"|[A-Z]*, \d{1,2} [A-Za-z]{3,9}\.?)\s*\.?\s*[-\u2013\u2014]$"
)
"""A wire story's dateline left alone on its line: a place, maybe a date, the agency in
brackets ("LONDON, Jan 9 (Reuters) -", "Sevilla, 18 oct (EFE).-"), or a place in capitals and
a date ("ROMA, 11 GIU -"), then the dash its first paragraph follows."""
WIRE_AGENCY = re.compile(
    rf"^{PLACE_NAME},? "
    r"(?![IVXLC]+\b)[A-Z]{2,6}\s*[-\u2013\u2014]$"
)
"""A place and an agency or network in capitals, without brackets, then the dash ("New York
CNN \u2014"); a roman numeral is not an agency ("Part II \u2014")."""
EDITION = re.compile(
    r"\s*[|\u00b7\u2022\u2014\u2013-]\s*(?:[\w'-]+ ){0,2}(?i:edition|\u00e9dition|edici\u00f3n"
    r"|edizione|edi\u00e7\u00e3o|editie|ausgabe)(?: [\w'-]+){0,3}$"
)
"""An edition's label closing a dateline ("· Edición América", "— Editie Utrecht", "| US
edition")."""
PLACE = re.compile(rf"^{PLACE_NAME}\s*[|,\u00b7\u2022\u2014\u2013-]\s+")
"""A place or an agency opening a dateline ("Madrid | ", "Lisboa, ", "Reuters - ")."""
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def is_dateline(text: str) -> bool:
    """Whether ``text`` is a date with its year, maybe after a place or an agency ("Lisboa, 5
    de março de 2024", "Monday, November 18, 2019", "12.01.2005")."""
    if YEAR.search(text) is None:
        return False
    rest = PLACE.sub("", text.strip(), count=1)
    words = TOKEN.findall(rest.lower())
    return bool(words) and date_words(words, rest)


def date_words(words: Sequence[str], text: str, numeric: re.Pattern[str] = NUMERIC_DATE) -> bool:
    """Whether ``words`` (of ``text``) are only date words and numbers, one of them naming a
    month, a weekday or a day relative to today, or ``text`` holds a date in numbers."""
    if not all(w in DATE_WORDS or w[:1].isdigit() for w in words):
        return False
    return any(w in DATE_NAMES for w in words) or numeric.search(text) is not None
