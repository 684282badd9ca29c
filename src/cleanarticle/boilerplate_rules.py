"""Line rules of the boilerplate stage: each looks at one block and names what furniture it is.

A rule takes the :class:`Facts` of one block (computed once) and returns a :class:`Finding`
(reason code and score) or ``None`` when it has no opinion. Phrase patterns cover the usual
furniture in English, German, French, Spanish, Italian, Portuguese and Dutch; the generic
``ui_string`` rule catches buttons and toolbars never seen before from their vocabulary and
shape (see :mod:`cleanarticle.uiwords`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from cleanarticle.options import Options
from cleanarticle.uiwords import (
    ACTIONS,
    ADDRESSING,
    CONNECTORS,
    IMPERATIVES,
    SECTIONS,
    SOCIAL,
    STRONG,
    WEAK,
    ui_form,
)
from cleanarticle.uiwords import words as word_set

TOKEN = re.compile(r"\w+")
TERMINAL = (".", "?", "!", "\u2026", '"', "\u201d", "\u00bb", "'", "\u2019")
DIGITS = re.compile(r"^\d[\d.,:]*[km]?$")
SEPARATOR = re.compile(r"\s[|·•»]\s")
BREADCRUMB = re.compile(
    r"^(?:home|homepage|startseite|accueil|inicio|início|home page|pagina iniziale)"
    r"\s*[>/\u203a\u00bb|]"
    r"|^(?:you are here|sie sind hier|vous êtes ici|usted está aquí|estás aquí|tu sei qui"
    r"|você está aqui|u bent hier)\b"
)
NAV_NOISE = re.compile(r"[$:{}\[\]()<>=*/]|\d")
LIST_MARK = re.compile(r"^(?:[-*\u2022\u25aa\u25cf\u2013]|\d{1,3}[.)])\s+")


@dataclass(frozen=True, slots=True)
class Facts:
    """What the rules need to know about one block, computed once.

    Long blocks are split on spaces rather than tokenised (see ``LONG_BLOCK``).
    """

    text: str
    lower: str
    words: tuple[str, ...]
    n: int
    function_words: int
    terminal: bool


@dataclass(frozen=True, slots=True)
class Finding:
    """A rule's opinion: the block is furniture of this kind, with this confidence."""

    reason: str
    score: float


LONG_BLOCK = 300
"""Blocks longer than this (in characters) are split on spaces, not tokenised: faster, and
no line rule needs their exact words."""


def facts(text: str, stopwords: frozenset[str]) -> Facts:
    """Compute the facts of one block of text."""
    lower = text.lower()
    words = tuple(TOKEN.findall(lower) if len(lower) <= LONG_BLOCK else lower.split())
    return Facts(
        text=text,
        lower=lower,
        words=words,
        n=len(words),
        function_words=sum(1 for w in words if w in stopwords),
        terminal=text.rstrip().endswith(TERMINAL),
    )


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


ADVERT = _any(
    r"^(?:advertisement|advertising|advert|ads?|sponsored(?: content| post)?"
    r"|paid (?:post|content|partnership)|promoted(?: content)?|partner content"
    r"|advertisement feature"
    r"|partner content|anzeige|werbung|publicité|publicidad|pubblicità|publicidade"
    r"|advertentie|reclame)\W*$",
    r"\b(?:continues?|continue reading) (?:below|after) (?:the |this )?(?:advertisement|ad)\b",
    r"^(?:sponsored|presented|brought to you|paid for|promoted) by\b",
    r"^(?:recommended|powered|ads?) by \S+$",
    r"^(?:advertisement|anzeige|publicité|publicidad|pubblicità|publicidade|advertentie)\s*[-:|]",
    r"^(?:gesponsert|präsentiert) von\b",
    r"^(?:the )?(?:story|article) continues (?:below|after)\b|^ad feedback$",
)
COOKIE_WORD = re.compile(r"\bcookies?\b")
PRIVACY_CHOICE = re.compile(
    r"\bdo not sell(?: or share)? my (?:personal )?info|\bprivacy (?:choices|settings)\b"
    r"|\bwe (?:value|respect|care about) your privacy\b"
)
COOKIE_ADDRESS = _any(
    r"\b(?:we use|uses|this (?:site|website)|our (?:site|website)|browsing|browser|accept(?:ing)?"
    r"|consent|cookie (?:policy|settings|preferences))\b",
    r"\b(?:sie|ihre?|wir verwenden|akzeptieren|zustimm)",
    r"\b(?:vous|nous utilisons|notre site|accepte[rz]?)\b",
    r"\b(?:usted|utilizamos|nuestro sitio|acepta[rs]?)\b",
    r"\b(?:utilizziamo|nostro sito|accett)",
    r"\b(?:você|nosso site|aceita)",
    r"\b(?:wij gebruiken|we gebruiken|onze website|accepteer|akkoord)\b",
)
NEWSLETTER_WORD = _any(
    r"\b(?:daily|weekly|morning|evening) (?:e-?mail|briefing|digest)\b",
    r"\b(?:newsletters?|nieuwsbrief|inbox|posteingang|bo[iî]te (?:de réception|mail)"
    r"|bandeja de entrada|casella di posta|caixa de entrada)\b",
    r"\b(?:subscrib(?:e|ing)|sign(?:ing)?[- ]up|abonnieren|abonnez|suscr[ií]b\w*|iscriviti"
    r"|abbonati|assine|inscreva|abonneer)\b",
)
NEWSLETTER_CUE = _any(
    r"^(?:get|sign|subscribe|join|receive|register|enter|stay|never miss|don't miss|want)\b",
    r"\b(?:your inbox|sign up (?:for|to)|subscribe (?:to|for|now)|our newsletter)\b",
    r"\bfree newsletter\b",
    r"\b(?:free )?(?:daily|weekly|morning|evening) (?:e-?mail|briefing|digest)\b",
    r"^(?:melden sie|abonnieren sie|registrieren sie|erhalten sie|jetzt)\b|\bunseren? newsletter",
    r"^(?:inscrivez|abonnez|recevez)|\bnotre newsletter|\bnotre lettre",
    r"^(?:suscr[ií]b|reg[ií]strate|recibe)|\bnuestr[oa] (?:newsletter|bolet[ií]n)",
    r"^(?:iscriviti|ricevi|abbonati)|\bnostra newsletter",
    r"^(?:assine|inscreva|receba|cadastre)|\bnossa newsletter",
    r"^(?:schrijf je in|meld je aan|abonneer)|\bonze nieuwsbrief",
)
NEWSLETTER_NAME = re.compile(r"^[\w&' -]{1,40} (?:newsletter|nieuwsbrief)$")
ADDRESS = _any(
    r"\b(?:you|your|our|us|now|free|today|here|thanks|thank)\b",
    r"\b(?:sie|ihr|ihre|unser|unseren|jetzt|hier|kostenlos)\b",
    r"\b(?:vous|votre|nos|notre|maintenant|gratuit|ici|merci)\b",
    r"\b(?:tu|tus|nuestro|nuestra|ahora|gratis|aquí|gracias)\b",
    r"\b(?:tuo|tua|nostra|nostro|ora|gratis|qui|grazie)\b",
    r"\b(?:seu|sua|nosso|nossa|agora|grátis|aqui|obrigado)\b",
    r"\b(?:je|jouw|uw|onze|nu|gratis|hier|bedankt)\b",
)
CREDIT = _any(
    r"^[(\[]?\s*(?:\w+\s)?(?:photo|photograph|picture|pic|image|foto|bild|bildquelle"
    r"|illustration|grafik"
    r"|fotograf[ií]a|imagem|imagen|immagine|afbeelding|beeld|video|crédits?|credits?|cr[ée]dito"
    r")s?\b\s*(?:[:/©]|by\b|copyright|credit|von\b|par\b"
    r"|de\b|di\b|door\b|por\b|courtesy)",
    r"^[(\[]?\s*(?:\w+\s)?(?:ap|afp|epa|dpa|pa|reuters|getty|ansa|efe|anp)\s+(?:photo|foto|images?)\b",
    r"^(?:source|sources|quelle|quellen|fuente|fuentes|fonte|fontes|bron|bronnen)\s*:\s*"
    r"(?:ap|afp|epa|dpa|pa|reuters|ansa|efe|anp|apa|kna|epd|sda|belga|lusa|europa press|ats"
    r"|agencias|agenzie|agências|agences|agenturen)\W*$",
    r"\b(?:getty images|shutterstock|istock(?:photo)?|alamy|imago images|picture alliance)\b",
    r"^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?[\w ./&-]{1,40}$",
    r"^[(\[]?\s*(?:additional )?(?:reporting|writing|editing|compiled|translated) by\b",
    r"^[(\[]\s*(?:mit material von|avec|con información de|con informazioni di|com informações"
    r" d[aoe]|met materiaal van)\b",
)
COPYRIGHT = _any(
    r"^(?:©|\(c\)|copyright\b).*(?:\d{4}|rights)|(?:©|\bcopyright)\s*\d{4}|^copyright\s*[©ⓒ]",
    r"\ball rights reserved\b",
    r"\bfor your personal,? non-?commercial use only\b",
    r"\balle rechte vorbehalten\b",
    r"\btous droits réservés\b|\btodos los derechos reservados\b|\btutti i diritti riservati\b",
    r"\btodos os direitos reservados\b|\balle rechten voorbehouden\b",
)
COPYRIGHT_HINT = re.compile(
    r"©|ⓒ|\(c\)|copyright|right|rechte|droits|derechos|diritti|direitos|rechten"
)
TIMESTAMP = _any(
    r"^(?:last |first |originally )?(?:updated|published|posted|modified|aktualisiert"
    r"|veröffentlicht|stand|publié"
    r"|mis à jour|actualisé|publicado|actualizado|pubblicato|aggiornato|atualizado|gepubliceerd"
    r"|bijgewerkt)\b[^.!?]{0,50}(?:\d|\bago\b|\bheute\b|\bhier\b|\bayer\b|\bieri\b|\bontem\b)",
    r"^\d{1,3}\s*(?:-|\u2013)?\s*(?:min(?:ute)?s?|minuten|minutos|minuti)\.?\s*"
    r"(?:to read|read|lesezeit"
    r"|de lecture|de lectura|di lettura|de leitura|leestijd|lezen|lesen)?$",
    r"^(?:\d{1,3}\s*(?:m|h|d|w|mins?|minutes?|hours?|hrs?|days?|weeks?|months?)\.?\s+ago"
    r"|vor \d{1,3}\s*(?:minuten|min|stunden?|std|tagen?|wochen?)\.?"
    r"|il y a \d{1,3}\s+(?:minutes?|heures?|jours?)"
    r"|hace \d{1,3}\s+(?:minutos?|horas?|días?)|\d{1,3}\s+(?:minuti|ore|giorni) fa"
    r"|há \d{1,3}\s+(?:minutos?|horas?|dias?)|\d{1,3}\s+(?:minuten|uur|dagen) geleden)$",
    r"^(?:(?:estimated|approximate|approx\.?|average|geschätzte|voraussichtliche)\s+)?"
    r"(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura"
    r"|tempo di lettura|tempo de leitura|leestijd)\s*:?\s*\d",
)
TAGS = re.compile(
    r"^(?:tags?|topics|categories|category|keywords|key words|schlüsselwörter|stichwörter"
    r"|mots[- ]clés|palabras clave|parole chiave|palavras[- ]chave|sections?|rubrik|ressort"
    r"|rubrique|secci[oó]n|sezione"
    r"|seç[aã]o|rubriek|filed under|posted in|schlagworte|themen|mots-clés"
    r"|étiquettes|etiquetas|temas|argomenti|tag|trefwoorden)\s*:"
    r"|^(?:filed under|posted in|abgelegt unter|classé dans|archivado en|archiviato in"
    r"|arquivado em)\b"
)
BARE_SIZES = re.compile(r"^(?:a\s*[-+\u2212]?\s*){2,4}$")
"""Letters of a text-size control without a label: "A- A A+"."""
TEXT_SIZE = re.compile(
    r"^(?:text|font|type|schrift|police|texte|letra|fuente|carattere|fonte|tekst|letter)"
    r"(?:\s*(?:size|größe|grösse|taille|tamaño|dimensione|tamanho|grootte))?\s*:?"
    r"(?:\s*(?:a[-+]?|small|medium|large|klein|mittel|groß|petit|moyen|grand|pequeño|mediano"
    r"|grande|piccolo|medio|pequeno|médio|middel|groot)){2,}$"
)
"""A text-size control: "Font: A- A+", "Text: Small Medium Large"."""
COUNTER = re.compile(
    r"^(?:(?:image|photo|picture|slide|bild|foto|imagen|immagine|imagem|afbeelding)\s+)?"
    r"\d{1,3}\s+(?:of|von|de|di|van)\s+\d{1,3}$"
)
BYLINE = re.compile(
    r"^(?:By|BY|Von|VON|Par|PAR|Por|POR|Di|Door|DOOR)\s+[A-Z][\w.'\u2019-]*"
    r"(?:\s+(?:[A-Z][\w.'\u2019-]*|and|und|et|y|e|en|&|,|de|van|von|da|di|del|der|la|le))*"
)
RELATED = _any(
    r"^(?:don't miss|do not miss|nicht verpassen|à ne pas manquer|no te pierdas|da non perdere"
    r"|não perca|mis het niet)[!.]?$",
    r"^(?:see more|leggi anche su|lees ook op|lire aussi sur)\s*:\s*\S",
    r"^also on [\w-]+\.[a-z]{2,3}\b",
    r"^(?:related|see also|read more|read next|read also|more from|more on|more about|more stories"
    r"|you (?:may|might) also (?:like|enjoy|be interested)|recommended(?: for you)?$"
    r"|most (?:popular|read|viewed|shared|commented)|trending(?: now)?|top stories|latest news"
    r"|further reading|weitere artikel|mehr zum thema|lesen sie auch|auch interessant"
    r"|das könnte sie auch interessieren|meistgelesen|à lire aussi|lire aussi|voir aussi"
    r"|sur le même sujet|les plus lus|te puede interesar|lee también|noticias relacionadas"
    r"|más leíd[oa]s|leggi anche|potrebbe interessarti|articoli correlati|i più letti"
    r"|leia também|veja também|mais lid[oa]s|notícias relacionadas|lees ook|meer over"
    r"|meest gelezen|gerelateerde artikelen|around the web|also in the news|more stories"
    r"|related (?:topics|stories|content|coverage)|(?:à )?lire également|lees ook|leia mais"
    r"|lesen sie mehr|mehr artikel|leer también|recommended reading|most shared|in other news"
    r"|also read|what to read next|more like this)\b",
)


def advertisement(f: Facts) -> Finding | None:
    if f.n <= 8 and ADVERT.search(f.lower):
        return Finding("advertisement", 0.95)
    return None


def cookie_notice(f: Facts) -> Finding | None:
    if f.n <= 12 and PRIVACY_CHOICE.search(f.lower):
        return Finding("cookie_notice", 0.85)
    if (
        f.n <= 80
        and "cookie" in f.lower
        and COOKIE_WORD.search(f.lower)
        and (f.n <= 4 or COOKIE_ADDRESS.search(f.lower))
    ):
        return Finding("cookie_notice", 0.9)
    return None


NEWSLETTER_MAX_WORDS = 25
NEWSLETTER_LONG_WORDS = 40
"""A sign-up prompt ("sign up") that promises "your inbox" may run to this many words."""


def newsletter(f: Facts) -> Finding | None:
    """A sign-up prompt: a newsletter word with an address to the reader or an imperative."""
    promised = "your inbox" in f.lower and "sign up" in f.lower
    longest = NEWSLETTER_LONG_WORDS if promised else NEWSLETTER_MAX_WORDS
    if f.n > longest or not NEWSLETTER_WORD.search(f.lower):
        return None
    if f.n > 6 and NEWSLETTER_CUE.search(f.lower):
        return Finding("newsletter", 0.85)
    if f.n <= 6 and (ADDRESS.search(f.lower) or NEWSLETTER_NAME.search(f.lower)):
        return Finding("newsletter", 0.8)
    return None


def credit(f: Facts) -> Finding | None:
    """A photo or agency credit. After a label ("Photo: ..."), names follow, not a sentence:
    "Photos: Halloween in Hong Kong looks awesome" is a caption."""
    if f.n > 14 or not CREDIT.search(f.lower):
        return None
    _, colon, rest = f.text.partition(":")
    if colon and sum(1 for w in rest.split() if w.islower() and w not in CREDIT_GLUE) >= 2:
        return None
    return Finding("credit", 0.9)


CREDIT_GLUE = frozenset(
    "by via for of and de di da do von van courtesy photo photos images".split()
)


def copyright_line(f: Facts) -> Finding | None:
    if f.n <= 25 and COPYRIGHT_HINT.search(f.lower) and COPYRIGHT.search(f.lower):
        return Finding("copyright", 0.9)
    return None


def timestamp(f: Facts) -> Finding | None:
    if f.n <= 12 and TIMESTAMP.search(f.lower):
        return Finding("timestamp", 0.85)
    return None


def byline(f: Facts) -> Finding | None:
    """An author line: "By Jane Doe", "Von Max Muster | 12.03.2024", "Par Jean Dupont"."""
    if f.n > 14 or f.terminal:
        return None
    found = BYLINE.match(f.text)
    if found is None:
        return None
    rest = f.text[found.end() :].strip()
    if not rest or rest[0] in "|,-\u2013\u2014@\u00b7(" or any(c.isdigit() for c in rest):
        return Finding("byline", 0.75)
    return None


def tags(f: Facts) -> Finding | None:
    """A line of tags or categories: "Tags: a, b, c", "Filed under: News", "Posted in Politics"."""
    if f.n <= 15 and TAGS.match(f.lower):
        return Finding("tags", 0.8)
    return None


def counter(f: Facts) -> Finding | None:
    """A gallery or slide counter ("1 of 12", "Image 3 of 10") or a text-size control."""
    sizes = "+" in f.text or "-" in f.text or "\u2212" in f.text
    if f.n <= 6 and (COUNTER.match(f.lower) or TEXT_SIZE.match(f.lower)):
        return Finding("ui_string", 0.75)
    if sizes and BARE_SIZES.match(f.lower):
        return Finding("ui_string", 0.75)
    return None


def related(f: Facts) -> Finding | None:
    """A "Related" or "Read more" heading, or such a label in front of another headline."""
    if f.n > 22 or not RELATED.search(f.lower.lstrip("([ ")):
        return None
    if f.n <= 6 and not f.text.rstrip(" .:\u2026").endswith(TERMINAL):
        return Finding("related", 0.85)
    head = f.text.split(":", 1)
    if len(head) == 2 and len(TOKEN.findall(head[0])) <= 5:
        return Finding("related_link", 0.8)
    return None


def navigation(f: Facts) -> Finding | None:
    """A line of short items between separators ("Home | News | Sport"), or a breadcrumb trail
    from the home page ("Home > Sport > Football")."""
    if f.n <= 15 and BREADCRUMB.match(f.lower):
        return Finding("navigation", 0.8)
    if f.n <= 4 and _section_trail(f.text):
        return Finding("navigation", 0.75)
    if f.n > 30 or f.terminal or NAV_NOISE.search(f.text):
        return None
    parts = [p.strip() for p in SEPARATOR.split(f.text) if p.strip()]
    if len(parts) < 2 or not all(len(TOKEN.findall(p)) <= 4 for p in parts):
        return None
    if len(parts) >= 3 and all(p[0].isupper() for p in parts):
        return Finding("navigation", 0.8)
    if _ui_counts(f.words) is not None:
        return Finding("navigation", 0.85)
    return None


TRAIL_SEPARATOR = re.compile(r"\s(?:[|·•»>/]|\u203a)\s")


def _section_trail(text: str) -> bool:
    """Two capitalised parts of one or two words, one of them a section of a news site."""
    parts = [p.strip() for p in TRAIL_SEPARATOR.split(text)]
    if len(parts) != 2 or not all(p[:1].isupper() and len(p.split()) <= 2 for p in parts):
        return False
    return any(p.lower() in SECTIONS for p in parts)


def ui_string(f: Facts) -> Finding | None:
    """A UI line (see :func:`_ui_line`), or a lone action that makes a button on its own
    ("Listen", "Écouter"; reason ``button``, which does not end a section of a page dump)."""
    found = _ui_line(f)
    if found is None and f.n == 1 and f.words[0] in ACTIONS and not LIST_MARK.match(f.text):
        return Finding("button", 0.7)
    return found


def _ui_line(f: Facts) -> Finding | None:
    """A short line made only of UI words (a button, a toolbar, a prompt never seen before, a
    count: "2.4K views"), a call to action ("Visit our shop"), or a notice about the reader's
    browser or device."""
    if f.n <= 20 and DEVICE_NOTICE.search(f.lower):
        return Finding("ui_string", 0.8)
    if f.text.rstrip().endswith(("!", "?")) and _exclaimed(f):
        return Finding("share_bar" if _is_share(f) else "ui_string", 0.7)
    if f.n == 0 or f.n > 7 or f.text.rstrip().endswith((".", "?", ",", ";", "!")):
        return None
    if LOGIN.match(f.lower) or _app_prompt(f):
        return Finding("ui_string", 0.8)
    counts = _ui_counts(f.words)
    if LIST_MARK.match(f.text):
        return _ui_list_item(f, counts)
    if counts is None:
        return _call_to_action(f)
    strong, weak = counts
    if f.n > 1 and not strong and f.text.rstrip().endswith(":"):
        return None
    label = weak == 1 and f.n == 1 and f.text.endswith(":")
    label = label or (weak == 1 and f.n <= 3 and DIGITS.match(f.words[0]) is not None)
    us = weak == 1 and f.n <= 3 and any(w in US for w in f.words)
    urged = weak == 1 and f.n <= 3 and any(w in URGE and w not in WEAK for w in f.words)
    urged = urged or (weak == 1 and 2 <= f.n <= 3 and f.words[0] in IMPERATIVES)
    if urged and not strong:
        return Finding("call_to_action", 0.65)
    if strong or weak >= 2 or label or us:
        if NEWSLETTER_WORD.search(f.lower):
            return Finding("newsletter", 0.85)
        return Finding("share_bar" if _is_share(f) else "ui_string", 0.7 + 0.1 * min(strong, 2))
    return _call_to_action(f)


def _exclaimed(f: Facts) -> bool:
    """ "Like this story? Share it with a friend!": a prompt of UI words only, with a strong one
    and at least three in all."""
    if not 3 <= f.n <= 10 or f.words[0] in ("click", "tap"):
        return False
    counts = _ui_counts(f.words)
    return counts is not None and counts[0] >= 1 and sum(counts) >= 3


def _app_prompt(f: Facts) -> bool:
    """ "Get it on Google Play", "Available for iOS and Android": the name of an app store, and
    apart from it only UI words, calls and glue ("ChatGPT launches an app store" is news)."""
    if f.n > 10 or not APP_STORE.search(f.lower):
        return False
    rest = APP_STORE.sub(" ", f.lower)
    return all(w in UI_OR_GLUE or w in APP_WORDS for w in TOKEN.findall(rest))


APP_WORDS = word_set(
    "available it get now on in from the app apps our verfügbar disponible disponibles "
    "disponibile disponibili disponível beschikbaar"
)


def _ui_list_item(f: Facts, counts: tuple[int, int] | None) -> Finding | None:
    """A toolbar printed as a list ("- Print Article", "- Order Reprints"): a list item of
    at most three words, all of them UI words, one of them strong."""
    if counts is None or f.n > 3 or not counts[0] or sum(counts) < f.n:
        return None
    return Finding("share_bar" if _is_share(f) else "ui_string", 0.7)


def _call_to_action(f: Facts) -> Finding | None:
    """An imperative addressed to the reader, with at most one word outside the UI vocabulary:
    "Visit our shop", "Start your free trial". How-to subheadings ("Buy Your Wedding Dress")
    name more things than that; a colon introduces a list, not a button."""
    if f.n > 5 or f.words[0] not in IMPERATIVES or f.text.rstrip().endswith(":"):
        return None
    rest = f.words[1:]
    if not any(w in ADDRESSING for w in rest):
        return None
    unknown = sum(1 for w in rest if w not in UI_OR_GLUE)
    return Finding("call_to_action", 0.65) if unknown <= 1 else None


DEVICE_NOTICE = _any(
    r"\b(?:enable|disabled?|turn on|requires?|activate)\b.{0,30}\bjavascript\b",
    r"\bjavascript\b.{0,30}\b(?:is disabled|is required|is turned off|must be enabled)\b",
    r"\b(?:unsupported|not supported)\b.{0,40}\b(?:browser|device)\b",
    r"\b(?:update|upgrade) your browser\b|\bplayback is (?:unsupported|not supported)\b",
)
UI_OR_GLUE = STRONG | WEAK | SOCIAL | CONNECTORS | ADDRESSING | IMPERATIVES
LOGIN = re.compile(
    r"^(?:sign|log) ?(?:in|up|on|out)$|^(?:anmelden|einloggen|abmelden|connexion|se connecter"
    r"|acceder|entrar|iniciar sesión|accedi|inloggen|uitloggen|aanmelden)$"
)
APP_STORE = re.compile(
    r"\b(?:app ?store|google play|play store|apple store|app gallery"
    r"|(?:ios|iphone|ipad) (?:and|or|&|und|oder|et|ou|y|e|o|en|of) android"
    r"|android (?:and|or|&|und|oder|et|ou|y|e|o|en|of) (?:ios|iphone|ipad))\b"
)
"""Where apps are downloaded: a short line naming a store is an app prompt ("Get it on ...")."""
US = word_set(
    "us uns nous nos ci nosotros my mein meine mon ma mes mi mis mio mia miei minha meu meus mijn"
)
"""The site or the reader's own account: with one UI word, a menu item ("Contact us", "My
account", "Mein Konto")."""
URGE = word_set(
    "now today free jetzt heute kostenlos gratis maintenant gratuit gratuitement ahora hoy "
    "ora oggi gratuito agora hoje grátis nu vandaag"
)
"""Words urging the reader: with one UI word on a short line, a button ("Jetzt testen")."""


def _ui_counts(words: tuple[str, ...]) -> tuple[int, int] | None:
    """(strong, weak) UI words in a line made only of UI words, connectors and numbers."""
    strong = weak = social = 0
    for w in words:
        if w in STRONG:
            strong += 1
        elif w in WEAK:
            weak += 1
        elif w in SOCIAL:
            social += 1
        elif w in CONNECTORS or w in ADDRESSING or w in IMPERATIVES or w in US or DIGITS.match(w):
            continue
        elif ui_form(w):
            weak += 1
        else:
            return None
    if social and (strong or weak):
        strong += social
    return strong, weak


SHARE_WORDS = SOCIAL | word_set(
    "share sharing tweet retweet email teilen teile partager partagez compartir comparte "
    "condividi compartilhar compartilhe partilhar partilhe delen deel"
)


def _is_share(f: Facts) -> bool:
    return any(w in SHARE_WORDS for w in f.words)


RULES: tuple[Callable[[Facts], Finding | None], ...] = (
    advertisement,
    cookie_notice,
    copyright_line,
    credit,
    timestamp,
    byline,
    tags,
    counter,
    newsletter,
    related,
    navigation,
    ui_string,
)


def first_finding(f: Facts, options: Options) -> Finding | None:
    """The first rule with an opinion on this block, if any."""
    if f.n > options.boilerplate_max_words:
        return None
    for rule in RULES:
        found = rule(f)
        if found is not None:
            return found
    return None
