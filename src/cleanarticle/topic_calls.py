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

from cleanarticle.language import QUOTED as DOUBLE_QUOTED
from cleanarticle.topic_features import POLITE_ADDRESS
from cleanarticle.uiwords import words as _words

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
}
"""Words addressing the reader when they open a line ("Ihr Horoskop für Mittwoch"), which
inside a sentence may be "her" or "their" (see :data:`SECOND_PERSON`)."""

QUOTED = re.compile(DOUBLE_QUOTED.pattern + "|\u2018[^\u2019]*\u2019|(?<!\\w)'[^']*'(?!\\w)")
"""A quotation inside a line, closed on the same line: in the double quotation marks of
:data:`cleanarticle.language.QUOTED`, or in single ones, which headlines use."""
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


SPONSORED = re.compile(
    r"(?i:sponsored(?: content| post| by)?|paid (?:content|post|partnership)|advertorial"
    r"|anzeige|gesponsert|contenu sponsoris\u00e9|contenido patrocinado|contenuto sponsorizzato"
    r"|conte\u00fado patrocinado|gesponsorde? (?:inhoud|content|door))\b"
)
"""A sponsor's label opening the line ("Contenido patrocinado por Iberdrola: ...")."""
NOW_OR_HERE = frozenset(
    "here now hier jetzt ici maintenant aqu\u00ed ahora qui ora aqui agora nu".split()
)
"""Words that put a call to action second ("Hier klicken", "Jetzt mitspielen")."""
SECOND_PERSON: dict[str, frozenset[str]] = {
    "en": _words("you your yours yourself"),
    "de": _words("du dich dir dein deine deinen deinem euch euer eure"),
    "fr": _words("vous votre vos tu toi ton ta tes"),
    "es": _words("usted ustedes tú tu tus te ti vosotros vuestro vuestra"),
    "it": _words("tu ti te tuo tua tuoi tue voi vostro vostra"),
    "pt": _words("você vocês teu tua teus tuas"),
    "nl": _words("jij jouw je u uw jullie"),
}
"""The reader addressed: a promotion's paragraph speaks to "you"; a report may say "told us"."""


def widget_like(headline: str, language: str) -> bool:
    """Whether a headline-like line speaks like a widget: it calls on the reader (see
    :func:`calls_on_reader`) or opens with a recurring feature's label or a sponsor's."""
    return (
        RECURRING_FEATURE.match(headline) is not None
        or SPONSORED.match(headline) is not None
        or calls_on_reader(headline, language)
    )


def addresses_reader(text: str, language: str) -> bool:
    """Whether ``text`` speaks to the reader in the second person outside its quotations
    (German's polite "Sie" and "Ihr-" inside a sentence included)."""
    return _second_person(QUOTED.sub(" ", text), language)


def _second_person(unquoted: str, language: str) -> bool:
    """Whether ``unquoted`` (a text with its quotations taken out) holds a second-person word
    or German's polite address."""
    reader = SECOND_PERSON.get(language, frozenset())
    if any(word.strip(".,;:!?()") in reader for word in unquoted.lower().split()):
        return True
    polite = POLITE.get(language)
    return polite is not None and polite.search(unquoted) is not None


POLITE = {language: re.compile(pattern) for language, pattern in POLITE_ADDRESS.items()}


def calls_on_reader(headline: str, language: str) -> bool:
    """Whether a headline-like line speaks to the reader outside its quotations ("'You will
    not see me again', says Blair" is a report): a second-person word, its first word
    included ("Your horoscope", "Votre horoscope"), or an opening call to action ("Listen to
    ...", "Leggi l'oroscopo di oggi", "Hier klicken")."""
    unquoted = QUOTED.sub(" ", headline)
    first = FIRST_WORD.search(unquoted)
    if first is not None and not first.group()[1:2].isupper():  # "US" is no "us"
        word = first.group().lower()
        calls = CALL_VERBS.get(language, frozenset())
        if word in calls or word in READER_WORDS.get(language, ()):
            return True
        second = FIRST_WORD.search(unquoted, first.end())
        if word in NOW_OR_HERE and second is not None and second.group().lower() in calls:
            return True  # "Hier klicken: ...", "Jetzt mitspielen"
    return _second_person(unquoted, language)
