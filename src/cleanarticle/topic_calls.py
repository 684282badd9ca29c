"""Widgets' headlines: headline-like lines that speak like a widget, not like a report.

A teaser's headline reports other people's news in the third person ("Striker double lifts
United past Rovers"). A widget shaped like a headline speaks to the reader or for the site
("Your horoscope for Tuesday", "Ascolta il podcast ...", "Hören Sie rein: ...", "Neem een
abonnement ...") or names a recurring feature ("Recipe of the day: ...", "Immobilie der Woche:
..."). The topic stage uses this to tell the two apart when a headline-like line its paragraph
does not echo stands over a paragraph worded unlike the article (see
:func:`cleanarticle.topic._calls_alone`).
"""

from __future__ import annotations

import re

from cleanarticle.language import PERSONAL_PRONOUNS
from cleanarticle.topic_features import personal


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


CALL_VERBS: dict[str, frozenset[str]] = {
    "en": _words(
        "read listen watch check discover explore find get join try learn browse subscribe "
        "tell follow click"
    ),
    "de": _words(
        "lies lesen hör hören hört schau schauen schaut sieh spielen gewinnen prüfe prüfen "
        "entdecke entdecken finde finden hol holen sichern sichere teste testen bestelle "
        "bestellen buche buchen mach machen mitmachen mitspielen klicke klicken"
    ),
    "fr": _words(
        "lisez lis écoutez écoute regardez regarde jouez gagnez découvrez découvre testez "
        "vérifiez vérifie trouvez participez inscrivez-vous abonnez-vous téléchargez télécharge "
        "rejoignez votez réservez commandez profitez essayez cliquez"
    ),
    "es": _words(
        "lee escucha descubre descarga suscríbete regístrate únete apúntate comprueba haz"
    ),
    "it": _words(
        "leggi ascolta guarda vinci scopri controlla trova scarica iscriviti abbonati "
        "registrati prenota clicca"
    ),
    "pt": _words(
        "leia ouça ouve assista jogue ganhe descubra confira verifique encontre participe "
        "descarregue baixe inscreva-se assine partilhe compartilhe experimente clique"
    ),
    "nl": _words(
        "lees luister kijk bekijk speel ontdek check controleer vind doe neem abonneer meld "
        "bestel probeer klik"
    ),
}
"""Verbs of a call to action in the imperative (and the polite form German puts before "Sie"),
which open a widget's line and seldom a news headline. Per language, and narrower than
:data:`cleanarticle.uiwords.IMPERATIVES`: forms that open headlines as nouns or as the third
person are left out ("Share prices fall", "Vote on hunting ban delayed", "Gewinne brechen
ein", "Reserva Federal", "Gana el Betis"), unless the call is the one widgets use most in its
language (Italian "Leggi", read, opens "Leggi anche" and its kind far more often than a
headline on laws)."""

READER_WORDS: dict[str, frozenset[str]] = {
    "de": _words("ihr ihre ihren ihrem ihrer"),
    "es": _words("tu"),
    "nl": _words("je jouw uw"),
}
"""Words addressing the reader that open a line ("Ihr Horoskop für Mittwoch", "Tu horóscopo de
hoy") besides the first and second person of
:data:`cleanarticle.language.PERSONAL_PRONOUNS` (which leaves them out as ambiguous inside
running text)."""

QUOTED = re.compile(
    '"[^"]*"|\u201c[^\u201d]*\u201d|\u201e[^\u201c\u201d]*[\u201c\u201d]|\u00ab[^\u00bb]*\u00bb'
    "|\u2018[^\u2019]*\u2019|(?<!\\w)'[^']*'(?!\\w)"
)
"""A quotation inside a line, closed on the same line."""
FIRST_WORD = re.compile(r"[^\W\d_][\w'-]*")
RECURRING_FEATURE = re.compile(
    r"(?:[\w'\u2019-]+ ){1,3}(?:of the (?:day|week|month)"
    r"|du jour|de la semaine|du mois|des Tages|der Woche|des Monats"
    r"|del d[i\u00ed]a|de la semana|del mes|del giorno|della settimana|del mese"
    r"|do dia|da semana|do m[e\u00ea]s|van de (?:dag|week|maand))\s*:",
    re.IGNORECASE,
)
"""The label of a recurring feature, in one to three words before a colon ("Recipe of the
day:", "La ricetta del giorno:", "Immobilie der Woche:")."""


def widget_like(headline: str, language: str) -> bool:
    """Whether a headline-like line speaks like a widget: it calls on the reader (see
    :func:`calls_on_reader`) or opens with a recurring feature's label."""
    return RECURRING_FEATURE.match(headline) is not None or calls_on_reader(headline, language)


def calls_on_reader(headline: str, language: str) -> bool:
    """Whether a headline-like line speaks to the reader or for the site outside its
    quotations ("'I will fight on', says Blair" is a report): a first- or second-person word,
    its first word included when it is capitalised ("Your horoscope", "Votre horoscope"), or
    an opening call to action ("Listen to ...", "Leggi l'oroscopo di oggi")."""
    unquoted = QUOTED.sub(" ", headline)
    first = FIRST_WORD.search(unquoted)
    if first is not None and not first.group()[1:2].isupper():  # "US" is no "us"
        word = first.group().lower()
        if (
            word in CALL_VERBS.get(language, ())
            or word in PERSONAL_PRONOUNS.get(language, ())
            or word in READER_WORDS.get(language, ())
        ):
            return True
    return personal(unquoted, language)
