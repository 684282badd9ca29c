"""Line rules for the furniture of documentation, science, press, public-service and booking pages.

Such pages print widgets that news sites and blogs do not: a code block's copy button ("Copy
code", "Code kopiëren"), a prompt to edit the page ("Edit this page on GitHub"), a paper's DOI,
its licence and its counts ("Accesses 12k · Citations 37"), a press release's closing lines
("SOURCE Acme Holdings", "Pressekontakt: ... | presse@..."), a public service's review date and
its sign-in with a national identity ("Inloggen met DigiD"), a ticket's price with its fees, a
free-cancellation promise, a review score, a media player's clock, a live page's refresh button
and a listing's contact button ("Contact agent", "Exposé anfordern"); the widgets of other
kinds of site are read with them (:mod:`cleanarticle.boilerplate_widgets`). Each rule reads the
line's shape in seven languages; none knows a site.
"""

from __future__ import annotations

import re

from cleanarticle.boilerplate_facts import ANY_DIGIT, Facts, Finding
from cleanarticle.boilerplate_widgets import PHRASE_OPENERS, WIDGET_OPENERS, widget_finding

SERVICE_MAX_WORDS = 30
"""Longer blocks are prose, whatever they mention."""

COPY_BUTTON = re.compile(
    r"^(?:(?:copy|copier|copiar|copia|kopieren|kopiëren)(?: (?:the |le |el |il |o |den |de )?"
    r"(?:code|codice|código|snippet|command|commande|comando|befehl|opdracht))?"
    r"(?: (?:to the|to|al|dans le|nel|para a|naar het|in die) (?:clipboard|portapapeles"
    r"|presse-papiers|appunti|área de transferência|klembord|zwischenablage))?"
    r"|code (?:kopieren|kopiëren)|codice copiato|(?:(?:link|url|lien|enlace|collegamento)"
    r" )?(?:copied|copié|copiado|copiato|kopiert|gekopieerd)(?: (?:to clipboard|!))?"
    r"|link (?:kopiert|copiato|copiado|gekopieerd)|lien copié)[\s!.\u2713\u2714]*$"
)
"""A code block's or a share bar's copy button, or what it says once pressed ("Copied!
\u2713", "Link copied!")."""
EDIT_PAGE = re.compile(
    r"^(?:edit|improve) (?:this page|this article|this doc|on github)\b"
    r"|^(?:diese seite )?(?:auf github )?bearbeiten$|^diese seite (?:auf github )?bearbeiten\b"
    r"|^modifier cette page\b|^(?:editar|modificar) (?:esta página|en github|no github)\b"
    r"|^modifica (?:questa pagina|su github)\b|^(?:bewerk (?:deze pagina|op github)"
    r"|deze pagina bewerken)\b|^(?:edit|view) (?:source )?on github$"
)
"""A prompt to edit the page the reader is on, in its repository."""
DOI_LINE = re.compile(r"^(?:doi\s*:?\s*|https?://(?:dx\.)?doi\.org/)10\.\d{4,9}/\S+$")
"""A paper's DOI on its own line."""
LICENSED = re.compile(
    r"\b(?:licen[cs]ed|made available|distributed|published) under (?:a |the |an )?(?:cc|creative"
    r" commons)\b|^licen[cs]e\s*:\s*(?:cc\b|creative commons)"
    r"|\bunter (?:einer|der) creative[ -]commons[ -]lizenz|\bsous (?:la )?licence creative commons"
    r"|\bbajo (?:una |la )?licencia creative commons|\bcon licenza creative commons"
    r"|\bsob (?:uma |a )?licença creative commons"
    r"|\bonder (?:een |de )?creative[ -]commons[ -]licentie"
)
"""A work's Creative Commons licence stated ("This article is licensed under a Creative Commons
Attribution 4.0 International License"); a note that the article is republished under one is
the article's own note on where it comes from, and stays."""
NEW_SERVICE = re.compile(
    r"^this is a (?:new|beta|trial|test) (?:service|version of (?:this|the) (?:site|website))\b"
    r"|^(?:dies ist ein neuer (?:service|dienst)|dies ist eine (?:neue|beta-?)(?:version|seite))\b"
    r"|^(?:ceci est|c'est) (?:un nouveau service|une version bêta)\b"
    r"|^(?:este es un (?:nuevo )?servicio nuevo|esta es una versión beta)\b"
    r"|^(?:questo è un nuovo servizio|questa è una versione beta)\b"
    r"|^(?:este é um (?:novo serviço|serviço novo)|esta é uma versão beta)\b"
    r"|^(?:dit is een nieuwe (?:dienst|service|website)|dit is een bètaversie)\b"
)
FEEDBACK = re.compile(
    r"\b(?:feedback|rückmeldung|meinung|avis|retour|opinión|comentarios|opinione|parere"
    r"|opinião|sugestões|mening|reactie)\b"
)
"""A public service's banner saying the service is new, asking for the reader's opinion (a
sentence of the article about a new service asks for none)."""
PDF_ONLY = re.compile(
    r"^this (?:content|article|chapter) is (?:only )?available (?:only )?(?:as|via|in) (?:a )?pdf"
    r"|^(?:dieser inhalt|dieser artikel) ist nur als pdf\b|^ce contenu (?:n'est|est uniquement)"
    r" disponible (?:qu'en|en) pdf\b"
)
"""A notice that the article itself is in a PDF file."""
ALL_AUTHORS = re.compile(
    r"^(?:view|show|see) all (?:\d+ )?authors\b"
    r"|^alle (?:\d+ )?(?:autorinnen und autoren|autoren|autor\*innen) (?:anzeigen|zeigen)\b"
    r"|^(?:voir|afficher) (?:tous )?les (?:\d+ )?auteurs\b"
    r"|^(?:ver|mostrar) (?:a )?(?:todos )?(?:los |os )?(?:\d+ )?autores\b"
    r"|^mostra (?:tutti )?(?:gli )?(?:\d+ )?autori\b|^(?:toon|bekijk) alle (?:\d+ )?auteurs\b"
)
"""A paper's button listing all of its authors."""
COUNT_LABELS = frozenset(
    "accesses access views downloads citations cited altmetric mentions reads shares "
    "zugriffe aufrufe downloads zitierungen zitate consultations téléchargements citations "
    "vues visitas descargas citas visualizaciones citazioni visualizzazioni download accessi "
    "acessos visualizações citações weergaven citaties".split()
)
"""What a paper's or a page's counters count."""
COUNT_VALUE = re.compile(r"^\d[\d.,]*[km]?$")
PRESS_LABEL = re.compile(
    r"^(?:media|press|investor) (?:contacts?|enquiries|inquiries|relations)\s*:"
    r"|^(?:pressekontakt|medienkontakt|pressestelle)\s*:|^(?:contacts? |relations? )presse\s*:"
    r"|^contactos? (?:de|para) (?:prensa|medios)\s*:|^(?:ufficio|contatti) stampa\s*:"
    r"|^(?:informações|contato|contatos|assessoria) (?:para a |para |de )?imprensa\s*:"
    r"|^(?:perscontact|persvoorlichting|voor de pers|contact voor de pers)\s*:"
)
"""The label of a press release's contact for journalists, then the contact."""
PRESS_NOTES = re.compile(
    r"^view original content\b|^original-content von\s*:|^(?:note to editors|notes to editors"
    r"|noot voor de redactie|notes? aux rédactions|hinweis für (?:die )?redaktionen|nota para"
    r" (?:los )?editores|nota per (?:le )?redazioni|nota (?:aos|para) editores)\b"
)
"""A wire's closing lines: the link to the original release, the note to editors."""
SOURCE_LINE = re.compile(r"^SOURCE [A-Z0-9][\w&.,'()-]*(?: [\w&.,'()-]+){0,7}$")
"""A wire release's last line naming its issuer, the label in capitals ("SOURCE Acme Inc.")."""
REVIEWED_ON = re.compile(
    r"^(?:page )?last (?:reviewed|checked|modified)\b|^(?:next review due)\b"
    r"|^(?:seite )?zuletzt (?:geändert|aktualisiert|geprüft)\b|^stand\s*:"
    r"|^(?:vérifié|mis à jour|modifié) le\b|^dernière (?:mise à jour|modification)\b"
    r"|^última (?:actualización|modificación|revisión|atualização|revisão)\b"
    r"|^(?:ultimo aggiornamento|ultima modifica|ultima revisione)\b"
    r"|^laatst (?:gecontroleerd|bijgewerkt|gewijzigd|herzien)\b"
)
"""When a public service's page was last checked, with the date."""
NATIONAL_LOGIN = re.compile(
    r"^(?:entra|accedi) con (?:spid|cie)\b|^inloggen met (?:digid|eherkenning)\b"
    r"|^(?:sign in|log in) with (?:gov\.uk|govuk|login\.gov)\b"
    r"|^(?:se connecter|s'identifier|connexion) avec franceconnect\b"
    r"|^(?:anmelden|einloggen) mit (?:der )?(?:bundid|elster|id austria)\b"
    r"|^(?:acceder|entrar|identificarse) con (?:cl@ve|certificado digital)\b"
    r"|^entrar com (?:o )?gov\.br\b"
)
"""A sign-in through a national digital identity."""
TICKET_BUTTON = re.compile(
    r"^(?:buy|get|book) (?:your )?tickets\b|^tickets? (?:kaufen|buchen|sichern)\b"
    r"|^(?:acheter|réserver) (?:des |vos )?billets\b|^(?:comprar|reservar) (?:tus )?(?:entradas"
    r"|boletos|ingressos)\b|^acquista (?:i )?biglietti\b|^(?:koop|bestel) (?:je )?(?:tickets"
    r"|kaarten)\b|^(?:sold out|ausverkauft|complet|(?:entradas )?agotadas?|esaurito"
    r"|(?:ingressos )?esgotados?|uitverkocht)$"
)
"""A ticket shop's button, or its sold-out sign."""
FEES = re.compile(
    r"(?:\b(?:incl|excl|zzgl|inkl)\.?|\bplus|\bhors|\+) ?(?:booking |service )?(?:fees?"
    r"|gebühren|frais|gastos|taxas?(?: de serviço)?|commissioni|servicekosten|kosten)\b"
    r"|\b(?:taxa|tasa|gastos) de (?:serviço|servicio|gestión)\b|\bdiritti di prevendita\b"
)
"""A price's booking fees, named beside it."""
FREE_CANCELLATION = re.compile(
    r"^(?:free cancellation|kostenlose stornierung|kostenlos stornierbar|annulation gratuite"
    r"|cancelación gratuita|cancellazione gratuita|cancelamento (?:grátis|gratuito)"
    r"|gratis annuleren)\b"
)
"""A booking site's promise, with its deadline."""
_REVIEWS = (
    r"(?:(?:guest|customer|verified) )?(?:reviews?|avis(?: (?:clients|vérifiés|voyageurs))?"
    r"|(?:gäste|kunden)?bewertungen|(?:opiniones|valoraciones)(?: de (?:clientes|huéspedes))?"
    r"|comentarios|recensioni|avaliações|(?:gast|klant)?beoordelingen)$"
)
REVIEW_SCORE = re.compile(
    r"^\d{1,2}[.,]\d\s+[^\W\d]+(?: [^\W\d]+)?\s*[·|\u2022-]\s*\d[\d.,\u202f ]*\s*"
    + _REVIEWS
    + r"|^[^\W\d]+(?: [^\W\d]+)? \d{1,2}[.,]\d\s*[·|\u2022-]\s*\d[\d.,\u202f ]*\s*"
    + _REVIEWS
)
"""A review score, its word and the number of reviews ("8.7 Excellent · 2,341 reviews")."""
PLAYER_CLOCK = re.compile(r"^\d{1,2}:\d\d(?::\d\d)? ?/ ?\d{1,2}:\d\d(?::\d\d)?\b")
"""A media player's elapsed and total time ("0:00 / 42:17")."""
EPISODE = re.compile(
    r"^(?:ep\.?|episode|folge|épisode|episodio|episódio|aflevering) ?#?\d+\s*[·|\u2022-]"
)
"""An episode list's entry: its number, then its length and date."""
LISTEN_ON = re.compile(
    r"^(?:listen|escúchalo|escúchanos|escucha|écoutez|écouter|(?:jetzt )?anhören|hören sie"
    r"|ascolta|ascoltalo|ouça|ouve|oiça|luister|beluister)\b.{0,40}?\b(?:spotify"
    r"|apple podcasts|deezer|ivoox|google podcasts|podimo|amazon music|spreaker|overcast)\b"
)
"""A podcast's list of the apps it can be heard in."""
REFRESH = re.compile(
    r"^(?:auto-?refresh|refresh|reload|(?:ticker |seite )?aktualisieren|neu laden"
    r"|actualiser(?: le direct| la page)?|rafraîchir"
    r"|actualizar(?:(?: el)?(?: directo)?| la página)|recargar(?: la página)?"
    r"|aggiorna(?: la (?:diretta|pagina))?|atualizar(?: lance a lance| a página)?"
    r"|(?:liveblog |pagina )?verversen|vernieuwen)"
    r"(?: (?:on|off|an|aus))?[\s\u21bb\u27f3\U0001f504]*$"
)
"""A live page's refresh button."""
CONTACT_BUTTON = re.compile(
    r"^(?:contact (?:the )?(?:agent|seller|landlord|advertiser|dealer|recruiter|employer)"
    r"|exposé anfordern|(?:anbieter|makler|verkäufer) kontaktieren|besichtigung anfragen"
    r"|contacter (?:l'agence|le vendeur|l'annonceur|le propriétaire|l'agent)"
    r"|contactar (?:con )?(?:el |la )?(?:anunciante|vendedor|agente|inmobiliaria)"
    r"|contatta (?:l'inserzionista|l'agenzia|il venditore)"
    r"|falar com o (?:corretor|anunciante|vendedor)"
    r"|(?:contacteer|neem contact op met) (?:de )?(?:makelaar|verkoper|adverteerder)"
    r"|bezichtiging aanvragen)$"
)
"""A listing's button to reach who sells or lets it."""
POSTED_AGO = re.compile(
    r"\b(?:posted|publiée?|publicad[oa]|pubblicat[oa]|geplaatst|veröffentlicht|online seit)"
    r" (?:il y a |hace |há |)\d+ (?:days?|hours?|jours?|heures?|días|horas?|dias|giorni|ore"
    r"|dagen|uur|tagen?|stunden?)\b"
)
"""A listing's age ("Posted 3 days ago", "Publiée il y a 5 jours")."""
TICKET_WORDS = frozenset(
    "tickets ticket billets billet entradas entrada ingressos ingresso biglietti biglietto "
    "kaarten karten eintritt admission prices price from ab dès desde da vanaf".split()
)
"""The first words of a ticket's price line ("Tickets ab 39,90 € zzgl. Gebühren")."""
LISTING_SEPARATORS = ("\u00b7", "|", "\u2022")
TRAIL_MARK = " \u203a "
"""The single right-pointing angle between the steps of a trail ("Investors \u203a Filings")."""
TRAIL_STEP_MAX_WORDS = 5
TRAIL_PAIR_MAX_WORDS = 2
"""The longest step of a trail of two steps (a trail of three or more may hold longer ones)."""
LANGUAGE_NAMES = frozenset(
    "english cymraeg gaeilge deutsch français español italiano português nederlands català "
    "euskara galego dansk svenska norsk suomi polski čeština magyar română ελληνικά русский "
    "українська türkçe العربية 中文 日本語 한국어 lëtzebuergesch rumantsch frysk".split()
)
"""Languages written as their speakers name them: a line of them is a language switcher."""

OPENERS = (
    frozenset(
        "last auf http https source dit dies ceci c este esta questo questa copy copier copiar "
        "copia kopieren kopiëren code codice copied copié copiado copiato kopiert gekopieerd "
        "link url lien enlace collegamento edit improve diese bearbeiten modifier editar "
        "modificar modifica bewerk deze view doi this dieser ce alle show see voir afficher ver "
        "mostrar mostra toon bekijk media press investor pressekontakt medienkontakt "
        "pressestelle contact contacts relation relations contacto contactos ufficio contatti "
        "informações contato contatos assessoria perscontact persvoorlichting voor original note "
        "notes noot hinweis nota page next seite zuletzt stand vérifié mis modifié dernière "
        "última ultimo ultima laatst entra accedi inloggen sign log se s connexion anmelden "
        "einloggen acceder entrar identificarse buy get book tickets ticket acheter réserver "
        "comprar reservar acquista koop bestel sold ausverkauft complet entradas agotada "
        "agotadas esaurito ingressos esgotado esgotados uitverkocht free kostenlose kostenlos "
        "annulation cancelación cancellazione cancelamento gratis ep episode folge épisode "
        "episodio episódio aflevering listen escúchalo escúchanos escucha écoutez écouter jetzt "
        "anhören hören ascolta ascoltalo ouça ouve oiça luister beluister auto refresh reload "
        "ticker aktualisieren neu actualiser rafraîchir actualizar recargar aggiorna atualizar "
        "liveblog pagina verversen vernieuwen exposé anbieter makler verkäufer besichtigung "
        "contacter contactar contatta falar contacteer neem bezichtiging".split()
    )
    | WIDGET_OPENERS
)
"""The first words of the anchored rules above: a line opening otherwise is read only for its
shape (a price with fees, a count, a score, a clock, a trail, languages)."""


def service_furniture(f: Facts) -> Finding | None:
    """The first of the rules above that knows the line (see the module)."""
    if f.n > SERVICE_MAX_WORDS or not f.words:
        return None
    first = f.words[0]
    if first in OPENERS or (
        first in PHRASE_OPENERS and f.lower.lstrip().startswith(PHRASE_OPENERS[first])
    ):
        found = _opened(f, f.lower.strip())
        if found is not None:
            return found
    return _shaped(f)


def _opened(f: Facts, lower: str) -> Finding | None:
    if f.n <= 6 and COPY_BUTTON.match(lower):  # ("Copied!" may end like a sentence)
        return Finding("button", 0.8)
    short = f.n <= 8 and not f.terminal
    if short and (EDIT_PAGE.match(lower) or REFRESH.match(lower)):
        return Finding("button", 0.8)
    if short and (ALL_AUTHORS.match(lower) or NATIONAL_LOGIN.match(lower)):
        return Finding("button", 0.8)
    if short and (TICKET_BUTTON.match(lower) or CONTACT_BUTTON.match(lower)):
        return Finding("call_to_action", 0.75)
    if len(lower.split()) <= 3 and DOI_LINE.match(lower):
        return Finding("metadata", 0.8)
    if PRESS_LABEL.match(lower) and (f.n <= 4 or "@" in lower or ANY_DIGIT.search(lower)):
        return Finding("press_boilerplate", 0.75)
    if PRESS_NOTES.match(lower):
        return Finding("press_boilerplate", 0.75)
    if SOURCE_LINE.match(f.text.strip()):
        return Finding("press_boilerplate", 0.75)
    if f.n <= 20 and ANY_DIGIT.search(lower) and REVIEWED_ON.match(lower):
        return Finding("timestamp", 0.75)
    found = widget_finding(f, lower, short)
    if found is not None:
        return found
    if f.n <= 14 and FREE_CANCELLATION.match(lower):
        return Finding("call_to_action", 0.75)
    if f.n <= 16 and (PDF_ONLY.match(lower) or EPISODE.match(lower) or LISTEN_ON.match(lower)):
        return Finding("ui_string", 0.75)
    if f.n <= 20 and NEW_SERVICE.match(lower) and FEEDBACK.search(lower):
        return Finding("ui_string", 0.75)
    return None


def _shaped(f: Facts) -> Finding | None:
    text = f.text.strip()
    if f.n <= 40 and "commons" in f.lower and LICENSED.search(f.lower):
        return Finding("copyright", 0.8)
    if f.terminal or f.n > 16:
        return None
    digits = ANY_DIGIT.search(text) is not None
    if digits and f.n <= 14 and _priced(text) and _ticket_line(f) and FEES.search(f.lower):
        return Finding("call_to_action", 0.75)
    if digits and f.n <= 12 and _counts(f):
        return Finding("metadata", 0.75)
    if digits and f.n <= 10 and REVIEW_SCORE.match(f.lower):
        return Finding("ui_string", 0.75)
    if digits and f.n <= 12 and PLAYER_CLOCK.match(text):
        return Finding("ui_string", 0.75)
    if digits and any(s in text for s in LISTING_SEPARATORS) and POSTED_AGO.search(f.lower):
        return Finding("metadata", 0.75)
    if TRAIL_MARK in text and _trail(text):
        return Finding("navigation", 0.75)
    if ("|" in text or "\u00b7" in text) and _languages(f.lower):
        return Finding("navigation", 0.75)
    return None


def _ticket_line(f: Facts) -> bool:
    """A line that opens with what is sold or its price, or lists its items between dots or
    bars: a shop's widget, not a sentence about prices ("The price rose to ...")."""
    first = f.words[0]
    return (
        first in TICKET_WORDS
        or not first[:1].isalpha()
        or any(s in f.text for s in LISTING_SEPARATORS)
    )


def _priced(text: str) -> bool:
    return any(sign in text for sign in "$£€") or "R$" in text


def _counts(f: Facts) -> bool:
    """Labelled counts only, at least two ("Accesses 12k · Citations 37 · Altmetric 214")."""
    words = [w for w in f.lower.replace("\u00b7", " ").replace("|", " ").split() if w]
    labels = sum(1 for w in words if w.strip(":") in COUNT_LABELS)
    values = sum(1 for w in words if COUNT_VALUE.match(w))
    return labels >= 2 and labels + values == len(words) and values >= labels


def _trail(text: str) -> bool:
    """Short steps between single angles, none a sentence: a trail through a site's sections.
    Two steps are a trail only when both are as short as section names: a page's title line
    names its site and the post ("Free Range Librarian \u203a The Fall Funnel of Fun")."""
    steps = [s.strip() for s in text.split(TRAIL_MARK)]
    longest = TRAIL_STEP_MAX_WORDS if len(steps) > 2 else TRAIL_PAIR_MAX_WORDS
    return all(0 < len(s.split()) <= longest for s in steps) and not any(
        s.endswith((".", "!", "?")) for s in steps
    )


def _languages(lower: str) -> bool:
    """Languages named in their own words, between bars or dots, and nothing else."""
    names = [s.strip() for s in re.split(r"[|\u00b7]", lower)]
    return len(names) >= 2 and all(name in LANGUAGE_NAMES for name in names)
