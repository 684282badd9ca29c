"""Line rules for consent: cookie banners and their buttons, privacy choices, partners'
consent with a count, embeds asking consent before they load, personalised-ads choices with a
yes and a no (reason ``cookie_notice``), in the seven languages of the line rules and Russian.
"""

from __future__ import annotations

import re

from cleanarticle.boilerplate_facts import TOKEN, Facts, Finding
from cleanarticle.boilerplate_facts import any_of as _any

COOKIE_WORD = re.compile(r"\bcookies?\b")
PRIVACY_CHOICE = re.compile(
    r"\bdo not sell(?: or share)? my (?:personal )?info|\bprivacy (?:choices|settings)\b"
    r"|\bwe (?:value|respect|care about) your privacy\b|\bnous respectons votre vie privée\b"
    r"|\bwir respektieren ihre privatsphäre\b|\brespetamos (?:tu|su) privacidad\b"
    r"|\brispettiamo la (?:tua|sua) privacy\b|\brespeitamos (?:a )?sua privacidade\b"
    r"|\bwij respecteren (?:uw|jouw|je) privacy\b"
)
COOKIE_ADDRESS = _any(
    r"\b(?:we use|uses|this (?:site|website)|our (?:site|website|partners|services)|browsing"
    r"|browser|accept(?:ing)?|consent|cookie (?:policy|settings|preferences)|help us)\b",
    r"\b(?:sie|ihre?|wir verwenden|akzeptieren|zustimm|diese (?:seite|website|webseite))",
    r"\b(?:vous|nous utilisons|notre site|accepte[rz]?|ce site)\b",
    r"\b(?:usted|utilizamos|nuestro sitio|acepta[rs]?|este sitio)\b",
    r"\b(?:utilizziamo|nostro sito|accett|questo sito)",
    r"\b(?:você|nosso site|aceita|este site|concorda|ao (?:continuar|prosseguir))",
    r"\b(?:wij gebruiken|we gebruiken|onze website|accepteer|akkoord|deze (?:site|website))\b",
    r"\b(?:мы используем|сайт использует|используем|продолжая|вы соглашаетесь|принять"
    r"|согласен|наш сайт|этот сайт)",
)


LEGITIMATE_INTEREST = re.compile(
    r"^(?:object to|view|manage|show|withdraw|widerspruch gegen|widersprechen|s'opposer (?:à|aux?)"
    r"|oponerse al?|opporsi (?:al|ai)|opor-se (?:a|ao|aos)|bezwaar maken tegen)\b[^.!?]{0,30}?"
    r"(?:legitimate interests?|berechtigte[sn]? interesse|intérêts? légitimes?"
    r"|inter[eé]s(?:es)? leg[ií]timos?|legittimo interesse|interesses? leg[ií]timos?"
    r"|gerechtvaardigd belang)"
)
"""A consent dialog's button refusing processing for the vendors' "legitimate interest"."""
INTEREST_LABEL = re.compile(
    r"^(?:legitimate interests?|berechtigte[sn]? interesse|intérêts? légitimes?"
    r"|inter[eé]s(?:es)? leg[ií]timos?|(?:legittimo )?interesse legittimo|interesses? leg[ií]timos?"
    r"|gerechtvaardigd belang)\s*:\s*(?:object|widersprechen|s'opposer|oponerse|opponiti|opor-se"
    r"|bezwaar maken|maak bezwaar)\W*$"
)
"""The same button after its label: "Interesse legittimo: Opponiti"."""
PARTNERS_PROCESS = re.compile(
    r"\b(?:we and our (?:\d+ )?(?:partners|vendors)|with our partners,? we) (?:store|process|use"
    r"|access|collect)\b"
    r"|\b(?:nous et nos (?:\d+ )?partenaires|avec nos partenaires,? nous) (?:stockons|traitons"
    r"|utilisons"
    r"|accédons|collectons)\b"
    r"|\b(?:wir und unsere (?:\d+ )?partner|mit unseren partnern) (?:speichern|verarbeiten"
    r"|nutzen)\b"
    r"|\b(?:nosotros y nuestros (?:\d+ )?(?:socios|proveedores)|con nuestros socios,? nosotros)"
    r" (?:almacenamos|tratamos|utilizamos|usamos|accedemos)\b"
    r"|\b(?:noi e i nostri (?:\d+ )?(?:partner|fornitori)|con i nostri partner,? noi) (?:archiviamo"
    r"|trattiamo|utilizziamo|usiamo|accediamo)\b"
    r"|\b(?:nós e (?:os )?nossos (?:\d+ )?parceiros|com (?:os )?nossos parceiros,? nós)"
    r" (?:armazenamos"
    r"|tratamos|processamos|utilizamos|acedemos|acessamos)\b"
    r"|\b(?:wij en onze (?:\d+ )?partners|met onze partners) (?:slaan|verwerken|gebruiken)\b"
)
"""A consent dialog's opening: the site and its partners store or process the reader's data
("We and our partners store and/or access information on a device", "Avec nos partenaires,
nous traitons vos données ...")."""
PARTNER_HINTS = (
    "partner",
    "partenaire",
    "vendor",
    "socios",
    "proveedores",
    "fornitori",
    "parceiros",
)
"""A word of every branch of ``PARTNERS_PROCESS``, tested first (most lines hold none)."""
INTEREST_HINTS = ("legit", "légit", "legít", "berechtigt", "gerechtvaardigd")
"""A word of every language of ``LEGITIMATE_INTEREST``, tested first."""


def cookie_notice(f: Facts) -> Finding | None:
    if f.n <= EMBED_CONSENT_MAX_WORDS and not f.terminal and _embed_consent(f):
        return Finding("cookie_notice", 0.8)
    if f.n <= 25 and "?" in f.text and PERSONALISED_ADS.search(f.lower) and _yes_and_no(f):
        return Finding("cookie_notice", 0.8)
    if f.n <= 12 and PRIVACY_CHOICE.search(f.lower):
        return Finding("cookie_notice", 0.85)
    if (
        f.n <= 8
        and any(k in f.lower for k in INTEREST_HINTS)
        and (LEGITIMATE_INTEREST.match(f.lower) or INTEREST_LABEL.match(f.lower))
    ):
        return Finding("cookie_notice", 0.85)
    if any(k in f.lower for k in PARTNER_HINTS) and PARTNERS_PROCESS.search(f.lower):
        return Finding("cookie_notice", 0.85)
    if (
        f.n <= 80
        and "cookie" in f.lower
        and COOKIE_WORD.search(f.lower)
        and ((f.n <= 4 and "," not in f.text) or COOKIE_ADDRESS.search(f.lower))
        and not _reports(f)
    ):
        return Finding("cookie_notice", 0.9)
    return None


REPORT_MIN_WORDS = 10
BANNER_VOICE = frozenset(
    "we us our ours you your yours wir uns unser unsere unseren sie ihr ihre nous notre nos "
    "vous votre vos nosotros nuestro nuestra nuestros usted tu tus utilizamos usamos noi "
    "nostro nostra tuo tua vostro utilizziamo usiamo nós nosso nossa você seu sua wij ons onze "
    "u uw je jouw gebruiken мы нас наш наши вы вас ваш ваши используем".split()
)
"""Words of a banner's voice: the site speaking of itself or to the reader, in the seven
languages and Russian ("we use", "nous utilisons", "utilizamos", "wij gebruiken", "you",
"votre", "мы используем")."""
SITE_ITSELF = re.compile(
    r"\b(?:this|our) (?:site|website|page)|\b(?:diese|unsere) (?:seite|website|webseite)"
    r"|\bce site|\beste (?:sitio|site)|\bquesto sito|\bdeze (?:site|website)"
)


REPORTED = re.compile(
    r"\b(?:court|judges?|ruled?|ruling|regulators?|watchdog|fined?|fines|lawsuit|law|laws"
    r"|gericht|richter|urteil|geurteilt|entschieden|behörde|bußgeld|gesetz"
    r"|tribunal|cour|juge|jugé|amende|loi|régulateur|autorité"
    r"|tribunales|juez|jueces|multa|multas|ley|dictaminó|sentencia|autoridad"
    r"|tribunale|corte|giudice|sanzione|legge|garante|autorità"
    r"|juiz|lei|autoridade|decidiu"
    r"|rechter|rechtbank|boete|wet|toezichthouder|autoriteit"
    r"|суд\w*|штраф\w*|закон\w*|регулятор\w*|роскомнадзор\w*)\b"
)
"""What a report on cookies speaks of: courts, rulings, regulators, fines and laws."""


def _reports(f: Facts) -> bool:
    """A sentence reporting on cookies rather than a banner: long and ended, speaking of a court,
    a regulator, a fine or a law, in neither the site's voice nor naming the site ("A Dutch court
    ruled that the retailer's cookie banner made refusing consent too difficult."). A banner's
    own descriptions of its cookies are in the third person too ("Analytical cookies are used to
    understand how visitors interact with the website.")."""
    return (
        f.terminal
        and f.n >= REPORT_MIN_WORDS
        and REPORTED.search(f.lower) is not None
        and BANNER_VOICE.isdisjoint(f.words)
        and SITE_ITSELF.search(f.lower) is None
    )


EMBED_CONSENT_MAX_WORDS = 30
EMBED_PLATFORMS = frozenset(
    "youtube vimeo dailymotion spotify soundcloud deezer podcast instagram tiktok facebook "
    "twitter bluesky datawrapper flourish infogram maps".split()
)
"""Services whose players, posts, charts and maps pages embed."""
EMBED_CONSENT = re.compile(
    r"\b(?:cookies?|consent|einwilligung|zustimm\w*|consentement|consentimiento|consenso"
    r"|consentimento|toestemming)\b"
)
EMBED_ACTION = re.compile(
    r"\b(?:allow|accept|load|show|enable|unblock|laden|nachladen|anzeigen|akzeptieren|erlauben"
    r"|aktivieren|charger|afficher|accepter|autoriser|activer|cargar|mostrar|aceptar|permitir"
    r"|activar|caricare|visualizzare|accettare|consentire|attivare|carregar|exibir|aceitar|ativar"
    r"|tonen|accepteren|toestaan|inschakelen)\b"
)


PERSONALISED_ADS = re.compile(
    r"\b(?:personali[sz]ed (?:ads|advertising|advertisements)|personalisierte (?:werbung"
    r"|anzeigen)|publicités? (?:et contenus? )?personnalisé|anuncios personalizados"
    r"|pubblicità personalizzat|annunci personalizzati|anúncios personalizados"
    r"|publicidade personalizada|gepersonaliseerde (?:advertenties|reclame))"
)
YES = frozenset("yes ja oui sí si sì sim".split())
NO = frozenset("no nein non não nee".split())


def _yes_and_no(f: Facts) -> bool:
    """A choice offered after a question: a yes and a no after its question mark ("Allow
    personalised ads? Yes, I'm happy / No, show me options")."""
    words = TOKEN.findall(f.lower[f.lower.index("?") :])
    return not YES.isdisjoint(words) and not NO.isdisjoint(words)


def _embed_consent(f: Facts) -> bool:
    """An embed's placeholder asking for consent before it loads ("This content is provided by
    YouTube, which may be using cookies. Allow and continue"): a service that pages embed, the
    consent or its cookies, and the button that loads it, closing the line rather than a
    sentence (an article on the rules for cookies is made of sentences)."""
    return (
        not EMBED_PLATFORMS.isdisjoint(f.words)
        and EMBED_CONSENT.search(f.lower) is not None
        and EMBED_ACTION.search(f.lower) is not None
    )
