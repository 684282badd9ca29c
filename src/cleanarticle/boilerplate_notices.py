"""Line rules for what a page says about itself rather than about the story: status messages
("Loading comments...", "An error has occurred, please try again later."), links to click
("CLICK HERE TO GET THE APP"), bare machine values (an ISO timestamp), and notices about the
page's links, files and browser features ("You are now leaving our website", "you may need to
install a PDF reader", "Would you like to receive notifications?").

Each rule takes the :class:`~cleanarticle.boilerplate_rules.Facts` of one block and returns a
:class:`~cleanarticle.boilerplate_rules.Finding` or ``None``; they run after the line rules of
:mod:`cleanarticle.boilerplate_rules`, in the seven languages those cover.
"""

from __future__ import annotations

import re

from cleanarticle.boilerplate_buttons import YOU_ARE_HERE
from cleanarticle.boilerplate_dates import date_line
from cleanarticle.boilerplate_facts import ANY_DIGIT, Rule, cues, first_opinion
from cleanarticle.boilerplate_rules import Facts, Finding

LOADING = re.compile(
    r"^(?:like |gefällt mir |j'aime |me gusta |mi piace |curtir |vind ik leuk )?"
    r"(?:loading|wird geladen|lädt|chargement|cargando|caricamento|carregando|bezig met laden"
    r"|laden)\b[^.!?]{0,30}(?:\.{2,}|\u2026)?$"
)
FAILURE = cues(
    opening=(
        r"please (?:enter|provide) a valid (?:e-?mail|email address|address|name|number|phone)"
        r"|bitte geben sie eine gültige|veuillez (?:saisir|entrer|indiquer) une adresse"
        r"|(?:por favor,? )?introduce un (?:correo|e-?mail) válido|inserisci un(?:'|a )?"
        r"(?:indirizzo )?e-?mail valid|(?:insira|digite|informe) um e-?mail válido"
        r"|vul een geldig e-?mailadres in",
    ),
    anywhere=(
        r"\b(?:an error (?:has )?occurred|there was an? (?:error|problem)|something went wrong"
        r"|please try again|try again later|ein fehler ist aufgetreten|versuchen sie es später"
        r"|une erreur (?:s'est produite|est survenue)|veuillez réessayer"
        r"|(?:se ha producido|ha ocurrido) un error|inténtalo de nuevo|si è verificato un errore"
        r"|riprova più tardi|ocorreu um erro"
        r"|tente novamente|er is iets misgegaan|er is een fout|probeer het later)\b",
    ),
)
CLICK = re.compile(
    r"\b(?:click|tap) (?:here|below)\b|\bhier klicken\b|\bklicken sie hier\b|\bcliquez ici\b"
    r"|\bhaga clic aquí\b|\bhaz clic aquí\b|\bclicca qui\b|\bclique aqui\b|\bklik hier\b"
)
ISO_TIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
ROLE_CREDIT = re.compile(
    r"^(?:edited|written|reviewed|fact[- ]checked|produced|illustrated|photographed|compiled"
    r"|translated|researched|designed|narrated|text|redigiert|bearbeitet|geschrieben|übersetzt"
    r"|rédigé|édité|traduit|écrit|editado|redactado|escrito|traducido|traduzido|revisado"
    r"|redatto|scritto|tradotto|geschreven|bewerkt|vertaald)"
    r"(?: and [a-z]+)? (?:by|von|par|por|di|da|door)\s+(.+)$"
)
"""A production credit: a role, "by", and names."""
METER = cues(
    opening=(r"\d+ (?:free )?(?:articles?|stories) (?:left|remaining)\b",),
    anywhere=(
        r"\b(?:you have|you've got|you have read|you've read) \d+ (?:(?:free|more|of \d+ free) )?"
        r"(?:articles?|stories)|\bthis is your (?:last )?free article"
        r"|\bsie haben noch \d+ (?:kostenlose )?artikel|\bil vous reste \d+ articles?"
        r"|\bte queda[n]? \d+ (?:artículos?|noticias?)|\bti resta(?:no)? \d+ articoli?"
        r"|\bvocê tem \d+ (?:artigos?|matérias?|reportagens?)"
        r"|\bje hebt nog \d+ (?:gratis )?artikel|\b\d+ gift(?:s| articles?) (?:left|remaining)\b",
    ),
)
"""A paywall's meter: how many free articles the reader has left."""
COMMENT_PROMPT = re.compile(
    r"(?:tell us|let us know) what you think|have your say\b|share your (?:thoughts|views)\b"
    r"|share what you think\b"
    r"|sagen sie uns (?:ihre meinung|was sie denken)"
    r"|(?:donnez|partagez|laissez) votre avis|dites-nous ce que vous en pensez"
    r"|(?:danos|déjanos) tu opinión|dinos (?:qué|lo que) piensas|dicci (?:la tua|cosa ne pensi)"
    r"|(?:dê|deixe) (?:a )?sua opinião|geef je mening|laat (?:ons|het ons) weten wat je"
)
LOGIN_TO_COMMENT = re.compile(
    r"\b(?:log|sign)(?:ged)? in to (?:post |leave |write |add )?(?:a |your )?(?:comment|reply)"
    r"|\bmust be logged in to\b"
    r"|^чтобы (?:оставить|написать|добавить) комментари\w*,? (?:войдите|авторизуйтесь"
    r"|зарегистрируйтесь)"
)
"""A prompt to comment: "Tell us what you think", "You must log in to post a comment."."""
CONTACT = re.compile(
    r"^(?:write to|contact|email|e-mail|reach|schreiben sie an|écrivez à|escribe a|scrivi a"
    r"|escreva para|mail)\s+[\w .'\u2019-]{2,40}\s+(?:at|an|à|a|en|para|op|via)\s+\S+@\S+$"
)
"""How to reach the author: "Write to Al Root at al.root@example.com"."""
META_LABEL = re.compile(
    r"\b(?:posted by|published by|publicado por|publicada por|publié par|veröffentlicht von"
    r"|pubblicato da|gepubliceerd door|categor(?:y|ia|ía|ie|ies|orie)|tags?|filed under"
    r"|published|updated|last updated|posted)\s*:"
)
"""Labels of a post's metadata line ("Posted by: Ann - Category: Health - Tags: ...")."""
CRUMB = re.compile(r"\s(?:/|>|\u203a|\u00bb)\s")
NOTICE_MAX_WORDS = 15
"""Status messages and click prompts are short; a longer line saying "try again" is prose."""


def status_message(f: Facts) -> Finding | None:
    """A loading indicator ("Loading comments...", with its dots: "Loading time of your pages"
    is a subheading) or an error message of the page's own scripts."""
    loading = f.n == 1 or f.text.rstrip().endswith(("..", "\u2026"))
    if f.n <= 5 and loading and LOADING.match(f.lower):
        return Finding("status_message", 0.85)
    if f.n <= NOTICE_MAX_WORDS and FAILURE.search(f.lower):
        return Finding("status_message", 0.75)
    return None


def paywall_meter(f: Facts) -> Finding | None:
    """ "You have 3 free articles left this month", "Il vous reste 2 articles gratuits", or the
    limit reached ("Sie haben Ihr Limit erreicht")."""
    if (ANY_DIGIT.search(f.text) or "free article" in f.lower) and METER.search(f.lower):
        return Finding("paywall", 0.8)
    offered = f.n <= 10 or (f.n <= PAYWALL_MAX_WORDS and SUBSCRIBE_STEM.search(f.lower))
    if offered and ("limit" in f.lower or "límite" in f.lower) and LIMIT.search(f.lower):
        return Finding("paywall", 0.8)
    if f.n <= PAYWALL_MAX_WORDS and RESERVED.search(f.lower):
        return Finding("paywall", 0.85)
    if f.n <= PAYWALL_MAX_WORDS and READ_ON.search(f.lower):
        return Finding("paywall", 0.8)
    if f.n <= READ_ON_LABEL_MAX_WORDS and READ_ON_LABEL.match(f.lower.strip()):
        return Finding("paywall", 0.85)
    if ANY_DIGIT.search(f.text) and USED_METER.search(f.lower):
        return Finding("paywall", 0.8)
    if f.n <= PAYWALL_MAX_WORDS and PREMIUM.match(f.lower) and _offers_access(f.lower):
        return Finding("paywall", 0.8)
    if f.n <= PAYWALL_MAX_WORDS and not f.terminal and _offer_terms(f.lower):
        return Finding("paywall", 0.85)
    return None


def _offer_terms(lower: str) -> bool:
    """A subscription offer's terms: cancellable at any time ("Jederzeit monatlich kündbar"),
    or a price for the first period and the one after it ("Erster Monat für 0,99 €, danach
    9,99 € / Monat", "$1 for 3 months, then $9.99/month")."""
    if CANCELLABLE.match(lower):
        return True
    if not any(c in lower for c in "$€£") and "eur" not in lower:
        return False
    return len(AMOUNT.findall(lower)) >= 2 and bool(THEN.search(lower)) and bool(PER.search(lower))


PAYWALL_MAX_WORDS = 16
READ_ON_LABEL = re.compile(r"^(?:jetzt (?:mit \S+ )?weiterlesen(?: mit \S+)?|weiterlesen mit \S+)$")
"""A German paywall's heading naming its subscription ("Jetzt weiterlesen mit SPIEGEL+",
"Weiterlesen mit Plus")."""
CANCELLABLE = re.compile(
    r"^(?:jederzeit|monatlich|täglich)(?: monatlich| online)? kündbar|^résiliable à tout moment"
    r"|^(?:sans engagement|senza vincoli|sin permanencia|sem fidelização)[.,]? (?:résiliable"
    r"|disdici|cancela|cancele)|^disdici (?:quando vuoi|in qualsiasi momento)"
    r"|^(?:maandelijks|altijd|dagelijks) opzegbaar"
)
"""A subscription offer's promise that it can be cancelled ("Jederzeit kündbar")."""
AMOUNT = re.compile(r"[$€£]\s?\d+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?\s?(?:€|£|\$|eur\b|euro\b)")
"""A price: an amount with its currency's sign or code before or after it."""
THEN = re.compile(
    r"\b(?:then|thereafter|afterwards|danach|anschließend|dann|puis|ensuite|luego|después"
    r"|poi|dopo|depois|daarna|vervolgens)\b"
)
PER = re.compile(
    r"\b(?:month|months|monat|monate|mois|mes|meses|mese|mesi|mês|maand|maanden|week|weeks"
    r"|woche|wochen|semaine|semaines|semana|semanas|settimana|settimane|year|jahr|año"
    r"|anno|ano|jaar|mo|mth)\b|(?:/|\bpar )\s?an\b"
)
"""A billing period ("/month", "a week", "pro Monat", "par mois", "al mes"; French "an", a
year, only after "par" or a slash: English "an" is an article)."""
READ_ON_LABEL_MAX_WORDS = 5
SUBSCRIBE_STEM = re.compile(r"\b(?:subscri|suscr|abonn|abbon|assin)")
"""A subscription named: with it, a limit notice may offer a subscription in the same line."""
PREMIUM = re.compile(
    r"^(?:this is an? |dit is een |dies ist ein |c'est un |este es un |questo è un |este é um )"
    r"(?:premium|plus|subscriber|exclusie[fv]e?|exclusivo|esclusivo)[- ]?(?:article|story"
    r"|artikel|contenu|artículo|articolo|artigo|beitrag)\b"
)
"""A paid article's notice ("This is a premium article. Already a subscriber? Log in"): the
notice says what the article is, then offers a subscription or a log-in."""
LOG_IN = re.compile(r"\b(?:log ?in|sign in|anmeld|connect)")


def _offers_access(lower: str) -> bool:
    """Whether the line offers a subscription or a log-in."""
    return SUBSCRIBE_STEM.search(lower) is not None or LOG_IN.search(lower) is not None


READ_ON = cues(
    opening=(
        r"(?:to (?:continue|keep) reading|(?:pour )?(?:lire|continuer) la suite|per continuare a "
        r"leggere|para (?:seguir|continuar) leyendo|para continuar (?:a )?ler|om verder te lezen"
        r"|um weiterzulesen|weiterlesen mit|lesen sie weiter mit)\b.{0,60}\b(?:testen|kostenlos"
        r"|gratis|free trial|(?:subscri|abonn"
        r"|abbon|suscr|assin)\w*|abo|log ?in|sign (?:in|up)|inscri\w*|regist\w*|anmeld\w*|accedi"
        r"|entra)\b",
        r"(?:to (?:continue|keep) reading|(?:pour )?(?:lire|continuer) la suite|weiterlesen mit"
        r"|jetzt (?:mit [\w+]+ )?weiterlesen"
        r"|lesen sie weiter mit|para (?:seguir|continuar) leyendo|per continuare a leggere"
        r"|om verder te lezen)\b.{0,60}(?:\d ?[€$£]|[€$£] ?\d)",
    ),
    anywhere=(
        r"\b(?:subscribe|abonnez-vous|abonnieren sie|suscr[ií]bete|abbonati|assine|word abonnee"
        r"|neem een abonnement)\b.{0,40}\b(?:(?:keep|continue) reading|lisez la suite|weiterlesen"
        r"|sigue leyendo|continua a leggere|continue lendo|lees (?:direct |meteen )?verder)\b",
        r"\b(?:log in|sign in)\b.{0,50}\bto (?:keep|continue) reading\b",
        r"\b(?:оформите подписку|подпишитесь|войдите|зарегистрируйтесь)\b.{0,40}"
        r"\b(?:дочитать|читать дальше|продолжить чтение|прочитать (?:статью|материал) полностью)",
    ),
)
"""A paywall's offer to read on: "To keep reading, subscribe ...", "Word abonnee en lees
direct verder", "Log in with your library card to keep reading"."""
RESERVED = re.compile(
    r"\b(?:article|story|content|contenu|artikel|art[ií]culo|contenido|articolo|contenuto|artigo"
    r"|conte[úu]do|inhalt|inhoud|beitrag|text|texte|mat[ée]ria|reportagem|post)\b[^.!?]{0,20}?"
    r"\b(?:reserved for|exclusive to|only for|réservée? (?:à|aux)"
    r"|reservad[oa] (?:a|para)|riservat[oa] (?:a|agli)|exclusiv[oa] para|nur für|alleen voor"
    r"|only available (?:to|for)|nur (?:für|verfügbar für)|uniquement (?:disponible )?pour"
    r"|solo (?:disponible )?para|disponibile solo (?:per|agli)|disponível apenas para"
    r"|alleen beschikbaar voor"
    r"|exclusief voor) (?:our |nos |nuestros |i nostri |nossos |unsere |onze )?(?:\w+ )?"
    r"(?:subscribers|members|abonnés|suscriptores|socios|abbonati|assinantes|abonnenten"
    r"|abonnees|leden|mitglieder)\b"
    r"|\b(?:материал|статья|текст|контент)\w*\b[^.!?]{0,20}?\bдоступ\w* только (?:для )?"
    r"(?:подписчик|зарегистрированн|авторизованн)"
)
"""A notice that the article is for subscribers: "Cet article est réservé à nos abonnés"."""
METER_OPENING = re.compile(
    r"(?:you've|you have) (?:read|viewed|used) \d+ (?:of (?:your )?\d+ )?(?:free )?"
    r"(?:articles?|stories)\b"
    r"|sie haben (?:bereits |schon )?\d+ (?:von \d+ )?(?:kostenlosen |freien |gratis )?artikel"
    r"|vous avez (?:lu|consulté) \d+ (?:des \d+ |sur \d+ )?articles?"
    r"|(?:ya )?has (?:leído|consultado) \d+ (?:de \d+ )?(?:artículos|noticias)"
    r"|hai (?:già )?letto \d+ (?:articoli )?(?:su|di) \d+"
    r"|você (?:já )?(?:leu|acessou) \d+ (?:de \d+ )?(?:artigos|matérias|reportagens)"
    r"|je hebt (?:al )?\d+ (?:van (?:de )?\d+ )?(?:gratis )?artikel(?:en)? gelezen"
)
"""A paywall's meter opening a notice of any length: "You've read 2 of 3 free stories this
month. Create a free account or log in to keep reading, or subscribe ..."."""
USED_METER = re.compile(
    r"\b(?:you've used|you have used) \d+ of (?:your )?\d+ (?:free )?(?:articles?|stories)"
)
"""The meter counted the other way: "You've used 4 of your 5 free stories this month"."""


LIMIT = re.compile(
    r"\b(?:you've|you have) reached (?:your|the) (?:\w+ )?(?:article |story )?limit"
    r"|\bsie haben ihr (?:\w+)?limit erreicht|\bvous avez atteint (?:votre|la) limite"
    r"|\bhas (?:alcanzado|llegado al?) (?:tu |el )?límite|\bhai raggiunto il limite"
    r"|\bvocê atingiu o limite|\bje hebt (?:je|het) limiet bereikt"
)
"""A paywall's notice that the reader has read all the free articles allowed."""


TIP_PROMPT = re.compile(
    r"^(?:(?:have you )?got|have|do you have) (?:a )?(?:news |story )?(?:tip|tips|story|stories)\b"
    r".{0,60}\b(?:contact|e-?mail|write to|reach|send|tell) "
)
"""An appeal for news tips: "Have a news tip? Email us at ...", "Got a story? Contact us"."""
LONG_TIP_MAX_WORDS = 30
"""An appeal for tips may list several ways to send one ("Got a story? Email ... or call ...
You can also message us on WhatsApp.")."""
SEND_TIP = re.compile(
    r"^(?:send|submit|share) us (?:a |your )?(?:news )?(?:tip|tips|story idea|story ideas)"
    r"|^(?:schicken|senden) sie uns (?:einen|ihren|ihre) (?:hinweis|tipp)"
    r"|^envoyez-nous (?:une|vos|votre) (?:info|infos|information|informations|témoignage)"
    r"|^env[ií]anos (?:una|tu|tus) (?:pista|pistas|historia|noticia)"
    r"|^inviaci (?:una |la tua )?(?:segnalazione|notizia)"
    r"|^envie-nos (?:uma|a sua|sua) (?:dica|sugestão|história)"
    r"|^(?:stuur|tip) ons (?:een |je )?(?:tip|nieuwstip)"
    r"|^(?:send|submit|share) us your (?:photos|pictures|videos)"
    r"|^(?:leserreporter\s*:\s*)?(?:schicken|senden) sie uns ihre (?:fotos|bilder|videos)"
    r"|^envoyez-nous vos (?:photos|vidéos)|^env[ií]anos tus (?:fotos|v[ií]deos)"
    r"|^inviaci le tue (?:foto|video)|^envie-nos (?:as )?suas (?:fotos|v[ií]deos)"
    r"|^(?:tip de redactie\s*:\s*)?stuur (?:je|uw) (?:foto'?s|video'?s) in"
)
"""A button asking for news tips or readers' pictures: "Send us a tip", "Envoyez-nous vos
infos", "Tip de redactie: stuur je foto's in"."""
TIP_QUESTION = re.compile(
    r"^¿?(?:tienes|tiene) una (?:noticia|historia|pista)\?|^haben sie (?:einen hinweis|eine"
    r" geschichte|einen tipp)\?|^(?:vous avez|avez-vous) une info\b.{0,30}\?"
    r"|^hai una (?:notizia|segnalazione|storia)\?|^(?:você )?tem uma (?:dica|notícia|história)\?"
    r"|^(?:heb je|hebt u|heeft u) (?:nieuws|een (?:nieuws)?tip)\b.{0,20}\?"
)
"""A question asking readers for news, in the languages :data:`TIP_PROMPT` does not cover."""


def tip_prompt(f: Facts) -> Finding | None:
    """An appeal to send the newsroom a tip or a story, or to report an error in the article
    ("Spotted an error? Email corrections@...", "Viu algum erro? Avise a reda\u00e7\u00e3o")."""
    if f.n <= 8 and SEND_TIP.match(f.lower.strip()):
        return Finding("call_to_action", 0.75)
    if "?" not in f.text:
        return None
    if _asks_for_tips(f.lower) or (f.n <= 16 and ERROR_PROMPT.match(f.lower)):
        return Finding("call_to_action", 0.75)
    if f.n <= 12 and TIP_QUESTION.match(f.lower):
        return Finding("call_to_action", 0.75)
    return None


def _asks_for_tips(lower: str) -> bool:
    """Whether the line opens by asking for news tips and says how to send them (the pattern
    wants a space after its verb: one is added for a line that ends with it)."""
    return TIP_PROMPT.match(lower + " ") is not None


ERROR_PROMPT = re.compile(
    r"^\W*(?:(?:spotted|found|noticed|see|seen) (?:an? |any )?(?:error|mistake|typo)s?"
    r"|(?:(?:haben sie|hast du) (?:einen |den )?)?(?:tipp)?fehler (?:entdeckt|gefunden|gesehen)"
    r"|(?:vous avez (?:vu|repéré|trouvé) )?une (?:erreur|faute)(?: dans cet article)?"
    r"|(?:has visto|viste|encontraste|has encontrado) (?:un |alg\u00fan )?error"
    r"|(?:hai (?:trovato|notato|visto)) (?:un )?errore"
    r"|(?:viu|encontrou|achou) (?:algum |um )?erro"
    r"|(?:(?:tik)?fout|foutje) (?:gezien|gevonden|ontdekt)"
    r"|(?:zag|zie) (?:je|u) een (?:(?:tik|typ)?fout|foutje)"
    r"|(?:heb je|hebt u|heeft u) een (?:(?:tik|typ)?fout|foutje) (?:gezien|gevonden|ontdekt))\s*\?"
)
"""A question inviting the reader to report an error: "Spotted an error?", "Fehler entdeckt?"."""


def listen_prompt(f: Facts) -> Finding | None:
    """A prompt to listen to the article read aloud ("Hear this story read aloud (6 min)",
    "\u00c9couter la version audio de cet article"): a verb of listening, then the article or its
    audio, in a short line that is no sentence."""
    if f.n > LISTEN_MAX_WORDS or (f.terminal and not f.text.rstrip().endswith(")")):
        return None
    lower = f.lower.lstrip(LISTEN_MARKS)
    if LISTEN.match(lower):
        return Finding("ui_string", 0.75)
    return None


LISTEN_MAX_WORDS = 12
LISTEN_MARKS = " \t\u25b6\u25ba\u23f5\U0001f3a7\U0001f50a\U0001f508\U0001f509"
"""Play arrows, headphones and speakers set before the prompt."""
LISTEN = re.compile(
    r"(?:listen to|hear|écouter|écoutez|escucha|escuchar|ascolta|ascoltare|ouça|ouvir"
    r"|luister naar|anhören|hören sie)\b[^.!?]{0,40}?\b(?:this |the |cet |cette |esta |este "
    r"|questo |questa |dit |deze |diesen |den )?(?:article|story|artikel|artículo|articolo|artigo"
    r"|reportagem|notícia|noticia|audio version|version audio|versione audio|versión (?:de )?audio"
    r"|vers\u00e3o em \u00e1udio|audioversie|read aloud|in audio|em \u00e1udio|en audio)\b"
    r"|(?:audio version|version audio|versione audio|versión (?:de )?audio|versão em áudio"
    r"|audioversie|audioversion)\b"
)
"""A listening verb and what is heard, or the audio version named first."""


def comment_prompt(f: Facts) -> Finding | None:
    """A prompt to comment or to log in to comment."""
    if COMMENT_PROMPT.match(f.lower):
        return Finding("ui_string", 0.75)
    if (" in to " in f.lower or "чтобы" in f.lower) and LOGIN_TO_COMMENT.search(f.lower):
        return Finding("ui_string", 0.75)
    return None


def contact_line(f: Facts) -> Finding | None:
    """The author's address under the story, or a post's line of metadata labels (button
    markup: :mod:`cleanarticle.boilerplate_promos`)."""
    if "@" in f.text and CONTACT.match(f.lower.strip()):
        return Finding("byline", 0.75)
    if ":" in f.text and len(META_LABEL.findall(f.lower)) >= 2:
        return Finding("metadata", 0.75)
    return None


def click_prompt(f: Facts) -> Finding | None:
    """A prompt to click a link: "Click here to subscribe", "GET THE APP BY CLICKING HERE"."""
    if f.n > NOTICE_MAX_WORDS or not (f.text.isupper() or f.n <= CLICK_MAX_WORDS):
        return None
    if CLICK.search(f.lower) or "clicking here" in f.lower:
        return Finding("call_to_action", 0.75)
    return None


CLICK_MAX_WORDS = 6
"""A click prompt in mixed case is this short; a longer one is kept only when written in
capitals ("CLICK HERE TO GET THE APP"): sites write "Click here to get more information or
download this game." into the article itself."""


def machine_value(f: Facts) -> Finding | None:
    """A line that is only an ISO timestamp: page metadata printed as text. (A bare URL is
    not: articles list their sources and links one per line.)"""
    if ISO_TIME.match(f.text.strip()):
        return Finding("metadata", 0.8)
    return None


BARE_LABEL = re.compile(
    r"^(?:(?:posted|published|updated|last updated|written|reviewed|edited|fact[- ]checked"
    r"|medically reviewed|originally published) (?:on|at|by)|reading time|read time|posted"
    r"|published|last updated|veröffentlicht(?: am)?|aktualisiert(?: am)?|geschrieben von"
    r"|lesezeit|lesedauer|publié le|mis à jour le|écrit par|rédigé par|temps de lecture"
    r"|publicado (?:el|em|por)|actualizado el|atualizado em|escrito por|tiempo de lectura"
    r"|pubblicato (?:il|da)|aggiornato il|scritto da|tempo di lettura|tempo de leitura"
    r"|gepubliceerd op|bijgewerkt op|geschreven door|leestijd)\s*:?$"
)
"""A label of a post's metadata left alone on its line, its value on the next one ("Posted
on", "Written by:", "Lesezeit")."""


LANGUAGE_NAMES = (
    r"(?:english|spanish|french|german|italian|portuguese|dutch|englisch|spanisch|französisch"
    r"|deutsch|italienisch|portugiesisch|niederländisch|anglais|espagnol|allemand|italien"
    r"|portugais|néerlandais|inglés|español|francés|alemán|italiano|portugués|neerlandés"
    r"|inglese|spagnolo|francese|tedesco|portoghese|olandese|inglês|espanhol|francês|alemão"
    r"|holandês|engels|spaans|frans|duits|italiaans|portugees|nederlands)"
)
COMMENT_WIDGET = re.compile(
    r"^(?:sort(?:ed)? by|sortieren nach|sortiert nach|trier par|ordenar por|ordina per"
    r"|sorteer op)\s*:?\s*\S"
    r"|^(?:oldest|newest|latest|älteste|neueste|plus (?:anciens|récents)|más (?:antiguos"
    r"|recientes)|mais (?:antigos|recentes)|oudste|nieuwste) (?:first|zuerst|d'abord|primero"
    r"|primeiro|eerst)$|^prima i (?:meno |più )?recenti$"
    r"|^(?:be the first to (?:comment|leave a comment|reply|review)|schreiben sie den ersten "
    r"kommentar|soyez (?:le|la) premi(?:er|ère) à (?:commenter|réagir)|sé el primero en "
    r"comentar|commenta per prim[oa]|seja o primeiro a comentar|reageer als eerste)\b"
    r"|^als (?:unangemessen|anstößig) melden$"
    r"|^(?:report|signaler|denunciar|segnala) (?:an? )?(?:abuse|un abus|abuso)$"
    r"|^(?:missbrauch|misbruik) melden$"
    r"|^(?:flag|report|melden|signaler|denunciar|segnala|markeer)"
    r"(?: (?:as|als|como|come|un contenu|comme))? (?:inappropriate|unangemessen|inappropriée?"
    r"|inapropiado|inappropriato|inadequado|ongepast)$"
)
"""A comment section's controls: sorting, ordering, the prompt to comment first, the flag for
an inappropriate comment."""
READ_IN = re.compile(
    r"^(?:read|lesen|lire|leer|leggi|ler|lees)(?: (?:this|the) (?:article|story))? (?:in|en|em"
    r"|in het) " + LANGUAGE_NAMES + r"$|^(?:auf|in) " + LANGUAGE_NAMES + r" lesen$"
    r"|^(?:this (?:article|story) (?:is )?(?:also )?available in) " + LANGUAGE_NAMES
)
"""A link to the article in another language ("Read in Spanish", "Auf Englisch lesen")."""
AUTHOR_ARCHIVE = re.compile(
    r"^(?:view |see |read )?(?:all |more )?(?:posts|articles|stories|entries) (?:by|from)\b"
    r"|^(?:alle (?:beiträge|artikel) von|mehr (?:beiträge|artikel) von|(?:voir )?tous les "
    r"articles de|plus d'articles de|ver tod[oa]s l[oa]s (?:entradas|artículos|posts) de"
    r"|más artículos de|(?:vedi )?tutti gli articoli di|altri articoli di|ver todos os (?:posts"
    r"|artigos) de|mais artigos de|(?:bekijk )?alle (?:berichten|artikelen) van|meer artikelen"
    r" van)\b"
)
"""A link to an author's archive ("View all posts by Jane Doe")."""


REPUBLISHED = re.compile(
    r"^this (?:article|story|post|piece) (?:was |is |has been )?(?:originally|first) "
    r"(?:published|appeared|posted) (?:on|in|at|by)\b"
    r"|^dieser (?:artikel|beitrag|text) (?:erschien|ist) (?:zuerst|ursprünglich) (?:bei|in|auf)\b"
    r"|^cet article a (?:été )?(?:initialement|d'abord) (?:été )?publié (?:sur|dans|par)\b"
    r"|^este artículo (?:fue|se) publicó? (?:originalmente|primero) en\b"
    r"|^este artículo fue publicado originalmente en\b"
    r"|^questo articolo è stato (?:pubblicato )?(?:originariamente|originalmente) (?:pubblicato )?"
    r"(?:su|da|in)\b|^este artigo foi (?:publicado )?originalmente (?:publicado )?(?:em|no|na)\b"
    r"|^dit artikel verscheen (?:eerder|oorspronkelijk) (?:op|in|bij)\b"
    r"|^discover more from\b|^like this:(?: like)?(?: loading\W*)?$"
)
"""A syndicated article's note of where it first appeared ("This article was originally
published on ..."), and a blog platform's follow-ups ("Discover more from ...", "Like this:")."""


def comment_widget(f: Facts) -> Finding | None:
    """The controls of a comment section, a link to the article in another language, a link
    to the author's archive, a syndicated article's note of where it first appeared."""
    if f.n > 10 or not f.words or f.words[0] not in WIDGET_FIRST:
        return None
    lower = f.lower.strip()
    if COMMENT_WIDGET.match(lower):
        return Finding("ui_string", 0.75)
    if READ_IN.match(lower.rstrip(".")):
        return Finding("ui_string", 0.75)
    if AUTHOR_ARCHIVE.match(lower) and not f.terminal:
        return Finding("navigation", 0.75)
    if REPUBLISHED.match(lower):
        return Finding("credit", 0.6)  # (below the HTML thresholds: there the extractor chose it)
    return None


WIDGET_FIRST = frozenset(
    "sort sorted sortieren sortiert trier ordenar ordina sorteer oldest newest latest älteste "
    "neueste plus más mais oudste nieuwste prima be schreiben soyez sé commenta seja reageer als "
    "flag report melden signaler denunciar segnala markeer read lesen lire leer leggi ler lees "
    "auf in this view see all more posts articles stories entries alle mehr voir tous ver vedi "
    "tutti altri bekijk meer dieser cet este questo dit discover like missbrauch misbruik".split()
)
"""The first words of the lines :func:`comment_widget` knows (a cheap test before the
patterns)."""


ACCOUNT_PROMPT = re.compile(
    r"^(?:continue|sign in|log in|sign up|weiter|anmelden|continuer|se connecter|continuar"
    r"|iniciar sesión|continua|accedi|entrar|doorgaan|inloggen) (?:with|mit|avec|con|com"
    r"(?: o| a)?|met) (?:google|apple|facebook|microsoft|email|e-mail|linkedin|github)$"
    r"|^(?:forgot(?:ten)? (?:your )?password|passwort vergessen|mot de passe oublié"
    r"|¿?olvidaste (?:tu )?contraseña|password dimenticata|esqueceu (?:sua |a )?senha"
    r"|wachtwoord vergeten)\b"
    r"|^(?:already have an account|sie haben bereits ein konto|vous avez déjà un compte"
    r"|¿?ya tienes (?:una )?cuenta|hai già un account|já tem (?:uma )?conta"
    r"|heb je al een account)\b"
    r"|^(?:don't have an account|no account yet|noch kein konto|pas encore de compte"
    r"|¿?no tienes (?:una )?cuenta|non hai un account|não tem (?:uma )?conta"
    r"|nog geen account)\b"
)
"""A login wall's prompts ("Continue with Google", "Forgot password?", "Noch kein Konto?")."""
HERE_LABEL = re.compile(rf"^{YOU_ARE_HERE}\s*:?$")
"""The label of a breadcrumb trail on its own line ("You are here:")."""
SITE_CREDIT = re.compile(
    r"^(?:proudly )?(?:powered by|bereitgestellt von|betrieben mit|propulsé par|fonctionne "
    r"(?:avec|sous)|funciona con|realizado con|realizzato con|desenvolvido com"
    r"|mogelijk gemaakt door|(?:wordpress )?theme by|thema von|thème par|tema (?:de|di|por)"
    r"|thema door|made with [♥❤♡])\s"
)
"""A site's credits in its footer ("Powered by WordPress", "Theme by ...")."""


def account_line(f: Facts) -> Finding | None:
    """A login wall's prompt, a breadcrumb's label, or a site's credit in its footer."""
    if f.n > 8 or not f.words or f.words[0] not in ACCOUNT_FIRST:
        return None
    lower = f.lower.strip()
    if ACCOUNT_PROMPT.match(lower) or HERE_LABEL.match(lower):
        return Finding("ui_string", 0.75)
    if not f.terminal and SITE_CREDIT.match(lower):
        return Finding("footer", 0.75)
    return None


ACCOUNT_FIRST = frozenset(
    "already ya hai já heb continue sign log weiter anmelden continuer se continuar iniciar "
    "continua accedi entrar doorgaan inloggen forgot forgotten passwort mot olvidaste password "
    "esqueceu wachtwoord don "
    "no noch pas non não nog you sie vous estás está usted ti tu sei você u je proudly powered "
    "bereitgestellt betrieben propulsé fonctionne funciona realizado realizzato desenvolvido "
    "mogelijk wordpress theme thema thème tema made".split()
)
"""The first words of the lines :func:`account_line` knows (a cheap test before the
patterns)."""


MEMBER_SINCE = re.compile(
    r"^(?:joined|member since|dabei seit|mitglied seit|registriert seit|inscrit(?:e)? (?:le|depuis)"
    r"|membre depuis|registrad[oa](?: desde)?|miembro desde|iscritt[oa] (?:dal|il|da)"
    r"|membro desde|lid sinds|lid geworden)\s*:?\s*[\w. ]{0,20}\d{4}$"
)
"""A forum profile's date of joining ("Joined: Jan 2020", "Lid sinds: jan 2020")."""


def bare_label(f: Facts) -> Finding | None:
    """A metadata label without its value ("Updated" alone could be a word of a list; the
    label needs its preposition or a colon, or names a reading time), or a forum profile's
    date of joining."""
    if f.n <= 6 and MEMBER_SINCE.match(f.lower.strip()):
        return Finding("metadata", 0.75)
    return Finding("metadata", 0.75) if is_bare_label(f) else None


def is_bare_label(f: Facts) -> bool:
    """A metadata label left alone on its line, at most four words ("Written by:")."""
    return f.n <= 4 and BARE_LABEL.match(f.lower.strip()) is not None


def report_credit(f: Facts) -> Finding | None:
    """A wire story's credits: "(Reporting by Jane Doe; Editing by John Roe)", "Associated
    Press writers Jane Doe and John Roe contributed to this report." Past the roles and the
    words between names, every word is capitalised: a sentence about reporting is not."""
    if f.n < 3 or REPORT_WORDS.isdisjoint(f.words):
        return None
    text = f.text.strip().strip("()[].")
    lower = text.lower()
    if not (REPORTED_BY.match(lower) or CONTRIBUTED.search(lower)):
        return None
    words = CREDIT_SPLIT.split(text)
    if all(not w or w[0].isupper() or w.lower() in REPORT_GLUE for w in words):
        return Finding("credit", 0.75)
    return None


REPORTED_BY = re.compile(
    r"^(?:additional |further )?(?:reporting|writing|editing|research|reported|written"
    r"|compiled) by\b|^reporter:|^(?:bericht|redigiert) von\b|^reportage\b|^(?:(?:con )?reporte"
    r"|(?:con )?información|reportagem|informação) de\b|^a cura di\b|^met medewerking van\b"
    r"|^(?:mitarbeit|redaktion|edición|edição|redactie|rédaction|redazione)\s*:"
)
CONTRIBUTED = re.compile(r"\bcontributed (?:reporting )?(?:to|for) this (?:report|story|article)$")
CREDIT_SPLIT = re.compile(r"[\s,;:/&()]+")
REPORT_WORDS = frozenset(
    "reporting editing writing contributed reporter bericht redigiert reportage reporte "
    "información reportagem informação cura medewerking mitarbeit redaktion edición edição "
    "redactie rédaction redazione".split()
)
"""The words one of the credits needs (a cheap test before the patterns)."""
REPORT_GLUE = frozenset(
    "by and with additional further reporting writing editing research reported written "
    "compiled graphics photos photography video in from at the of contributed to for this "
    "report story article writers writer reporters reporter staff correspondent "
    "correspondents bericht redigiert von und reportage version française édité par et "
    "reporte información editado en español por y de reportagem informação edição e "
    "a cura di redazione con met medewerking van mitarbeit redaktion edición redactie "
    "rédaction".split()
)
"""The lower-case words a wire story's credits hold between names."""


def role_credit(f: Facts) -> Finding | None:
    """ "Edited by Sarah Jones", "Übersetzt von Max Muster": a role and capitalised names only."""
    found = ROLE_CREDIT.match(f.lower)
    if found is None or f.n > 10 or f.terminal:
        return None
    names = f.text[found.start(1) :].replace(",", " ").replace("&", " ").split()
    if all(n[0].isupper() or n in NAME_GLUE for n in names):
        return Finding("credit", 0.75)
    return None


NAME_GLUE = frozenset("and und et y e en van von de da di del der la le".split())


def trail(f: Facts) -> Finding | None:
    """A path of sections, "News / World / Europe": three or more capitalised items of at
    most three words between slashes or chevrons, and no colon ("Example: Women > Rings >
    Diamond rings" explains a path in the article's own words)."""
    if f.n > 12 or f.terminal or ":" in f.text:
        return None
    parts = [p.strip() for p in CRUMB.split(f.text)]
    if len(parts) < 3 or not all(p and p[0].isupper() and len(p.split()) <= 3 for p in parts):
        return None
    return Finding("navigation", 0.75)


AGE_NOTICE = re.compile(
    r"^(?:this (?:article|story|post|page) is (?:more than |over )?\d+ (?:days?|weeks?|months?"
    r"|years?) old|(?:dieser|der) (?:artikel|beitrag) ist (?:mehr als |über )?\d+ (?:tage?"
    r"|wochen?|monate?|jahre?) alt|cet article (?:a|date de) (?:plus de )?\d+ (?:jours?|mois"
    r"|ans?)|este (?:artículo|artigo) tiene más de \d+ (?:días|meses|años)"
    r"|este artigo tem mais de \d+ (?:dias|meses|anos)|questo articolo ha più di \d+ (?:giorni"
    r"|mesi|anni)|dit artikel is (?:meer dan |ruim )?\d+ (?:dagen|weken|maanden|jaar) oud)$"
)
"""A notice of the article's age printed above it ("This article is more than 2 years old")."""
REGION_NOTICE = re.compile(
    r"^(?:(?:sorry|unfortunately),? )?(?:this|the) (?:content|video|clip|media|page|article"
    r"|stream|audio|programme|program) is (?:not available|unavailable) in your (?:region"
    r"|country|location|area)\b"
    r"|^(?:dieser|dieses|diese) (?:inhalt|video|beitrag|seite) ist in ihrem land (?:leider )?"
    r"nicht verfügbar\b|^(?:ce|cette) (?:contenu|vidéo|page) n'est pas disponible dans votre "
    r"(?:pays|région)\b|^(?:este|esta) (?:contenido|vídeo|video|página) no está disponible en "
    r"(?:tu|su) (?:país|región)\b|^(?:questo|questa) (?:contenuto|video|pagina) non è "
    r"disponibile nel (?:tuo|suo) paese\b|^(?:este|esta) (?:conteúdo|vídeo|página) não está "
    r"disponível (?:no seu país|na sua região)\b|^(?:deze|dit) (?:inhoud|video|pagina) is "
    r"niet beschikbaar in (?:jouw|uw|je) (?:land|regio)\b"
)
"""A player's or an embed's notice that it is blocked where the reader is."""


MODERATED = re.compile(
    r"^(?:the )?comments? (?:below )?(?:are|is|have(?: not)? been|will be) (?:not )?(?:pre-?)?"
    r"moderated\b|^(?:all )?comments are (?:reviewed|checked) before\b"
    r"|^(?:alle |die |les |tous les |los |todos los |i |tutti i |os |todos os |de )?"
    r"(?:kommentare|leserkommentare|commentaires|comentarios|commenti|comentários|reacties)"
    r" (?:werden|sont|son|vengono|são|worden) (?:\w+ ){0,3}?(?:moderiert|modérés|moderados"
    r"|moderati|gemodereerd|geprüft|vérifiés|revisados|controllati|revistos|bekeken"
    r"|door een moderator)\b"
)
"""A comment section's notice about moderation ("The comments below have not been moderated")."""
EXTERNAL = re.compile(
    r"^\(?(?:these are external links and |(?:this |the )?links? )?(?:opens?|will open) in a new "
    r"(?:window|tab)\b"
    r"|^(?:der link )?öffnet (?:sich )?in einem neuen (?:fenster|tab)\b"
    r"|^(?:le lien )?s'ouvre dans une nouvelle (?:fenêtre|page|onglet)\b"
    r"|^(?:el enlace )?se abre en una nueva (?:ventana|pestaña)\b"
    r"|^(?:il link )?si apre in una nuova (?:finestra|scheda)\b"
    r"|^(?:o link )?abre (?:em|numa) (?:uma )?nova (?:janela|aba|guia)\b"
    r"|^(?:de link )?opent in een nieuw (?:venster|tabblad)\b"
    r"|^[\w .&'\u2019-]{0,40} (?:is|are) not responsible for the content of external (?:sites"
    r"|websites|links|pages)\b"
)
"""What a page says about its links to other sites, as a line of its own (a link's label may
end with "(opens in a new tab)": that line is the link's)."""
CLOSED = re.compile(
    r"^(?:comments?|kommentare|les commentaires|los comentarios|i commenti|os comentários"
    r"|reacties) (?:(?:are|is|sind|sont|están|sono|estão|zijn) )?(?:now )?(?:closed|disabled"
    r"|geschlossen|deaktiviert|fermés|cerrados|chiusi|fechados|encerrados|gesloten)\b"
    r"|^(?:commentaires|comentarios|commenti|comentários) (?:fermés|cerrados|chiusi"
    r"|encerrados|fechados)\b"
    r"|^(?:die |the )?(?:kommentarfunktion|comment function|comment section|commentaires"
    r"|comentarios|commenti|comentários|reactiemogelijkheid)\b[^.!?]{0,40}\b(?:wurde|ist"
    r"|has been|is|ont été|sont|han sido|está|sono stati|è stata|foram) (?:\w+ )?"
    r"(?:geschlossen|deaktiviert|closed|disabled|fermés|désactivés|cerrados|desactivados|chiusi"
    r"|disattivati|disattivata|fechados|desativados|gesloten|uitgeschakeld)\b"
)
"""A comment section's notice that it is closed."""
NO_COMMENTS = re.compile(
    r"^(?:(?:there are )?no comments(?: yet)?|(?:es gibt )?noch keine kommentare"
    r"|(?:aucun|pas encore de) commentaires?(?: pour (?:l'instant|le moment))?"
    r"|(?:todavía |aún )?no hay comentarios(?: todavía| aún)?|sin comentarios todavía"
    r"|(?:ancora )?nessun commento(?: ancora)?|(?:ainda )?nenhum comentário(?: ainda)?"
    r"|ainda não há comentários|nog geen reacties)\W*(?:$|(?:be the first|sei der erste"
    r"|soyez le premier|sé el primero|sii il primo|seja o primeiro|wees de eerste)\b)"
)
"""A comment section's notice that nobody has commented yet ("No comments yet. Be the first
to comment!", "Noch keine Kommentare")."""
NO_COMMENTS_WORDS = ("comment", "komment", "coment", "reacties")
ENTRY_FILED = re.compile(
    r"^this (?:entry|post) was posted (?:on|in)\b.{0,200}?\b(?:filed under|tagged|bookmark the"
    r" permalink|follow any responses)"
)
"""A blog engine's line about the post itself: when it was posted, where it is filed, how
to follow its responses ("This entry was posted in News and tagged ... Bookmark the
permalink.")."""


EXTERNAL_HINTS = ("new", "external", "neue", "nouvelle", "nueva", "nuova", "nova", "nieuw")
"""Every external-link notice holds one of these: a cheap test before the pattern."""
PEOPLE_COUNT = re.compile(
    r"^(?:liked by \d+ (?:people|others)|\d+ (?:people|personen|personnes|personas|persone"
    r"|pessoas|mensen) (?:found this (?:helpful|useful)|like this|fanden (?:das|dies) hilfreich"
    r"|ont trouvé (?:cela|ceci|ça) utile|l'hanno trovato utile|acharam isso útil"
    r"|vonden dit nuttig|vinden dit leuk)|gefällt \d+ (?:personen|mal)|aimé par \d+ personnes"
    r"|les gusta a \d+ personas|a \d+ personas les (?:resultó|pareció) útil|piace a \d+ persone"
    r"|curtido por \d+ pessoas)"
)
"""A count of readers' likes or votes ("Liked by 34 people", "12 people found this helpful")."""
REASSURANCE = re.compile(
    r"^(?:you can )?(?:unsubscribe|opt out|cancel) (?:at any time|anytime)\b"
    r"|^(?:eine )?abmeldung (?:ist )?jederzeit möglich\b|^(?:vous pouvez vous )?désabonne"
    r"(?:ment possible|r) à tout moment\b|^(?:puedes|puede) darte de baja en cualquier momento"
    r"|^(?:puoi )?annullare l'iscrizione in qualsiasi momento|^cancele (?:a sua |a )?inscrição "
    r"a qualquer momento|^je kunt je (?:altijd|op elk moment) afmelden"
    r"|^(?:no|kein|pas de|sin|niente|sem|geen) spam[.!,]?(?: (?:ever|jamais|nunca|mai|nooit"
    r"|nie|promised|versprochen|promis|garantito|garantido|beloofd)[.!]?)?$"
)
"""A sign-up form's reassurance ("Unsubscribe at any time.", "No spam, ever.")."""


MODERATED_MAX_WORDS = 20
"""A moderation notice may say how long a comment waits and ask for civility in one line."""


MODERATED_OPENERS = frozenset(
    "the all alle die les tous los todos i tutti os de comment comments kommentare "
    "leserkommentare commentaires comentarios commenti comentários reacties".split()
)
"""The first words of a moderation notice (see ``MODERATED``): a cheap test first."""


def moderated(f: Facts) -> bool:
    """A comment section's notice about moderation ("Comments are moderated and may take up to
    24 hours to appear. Please keep it civil.")."""
    if f.n > MODERATED_MAX_WORDS or not f.words or f.words[0] not in MODERATED_OPENERS:
        return False
    return MODERATED.match(f.lower.strip()) is not None


SAVED = re.compile(
    r"^(?:ihr|your|votre|tu|su|il tuo|seu|o seu|je|jouw|uw) (?:artikel|article|artículo|articolo"
    r"|artigo|beitrag|story|post)\b[^.!?]{0,40}\b(?:gespeichert|gemerkt|saved|bookmarked"
    r"|enregistré|sauvegardé|guardado|salvato|salvo|opgeslagen|bewaard)\b"
)
"""A status message after the reader saved the article ("Ihr Artikel wurde auf dem Merkzettel
gespeichert")."""
PLAYER_HINT = re.compile(
    r"\b(?:tap|click|press|tippen sie auf|cliquez sur|toca|pulsa|tocca|clicca|toque|tik op"
    r"|klik op) (?:the |das |le |el |il |o |het |op het )?(?:speaker|sound|volume|mute"
    r"|lautsprecher|haut-parleur|altavoz|altoparlante|alto-falante|luidspreker)(?:[- ]?(?:icon"
    r"|button|symbol|icône|icono|icona|ícone|pictogram))?\b"
)
"""A player's hint to turn the sound on ("Tap the speaker icon to hear sound")."""
PLAYER_STATE = re.compile(
    r"^(?:sorry,? )?(?:(?:this|the) )?(?:video|clip|audio|media|vidéo|vídeo|vídeos|vidéos)"
    r" (?:is )?(?:(?:currently |temporarily )?unavailable|(?:currently not|no longer|not)"
    r" available|cannot be played"
    r"|nicht verfügbar|nicht mehr verfügbar|non disponible|indisponible|no disponible"
    r"|non disponibile|indisponível|não disponível|niet beschikbaar)\W*$"
    r"|^(?:this|the) (?:audio|narration|audio version|voice)(?: of this article)? (?:is|was)"
    r" (?:auto-?generated|automatically generated|ai-generated|generated (?:by|with|using)"
    r" (?:ai|artificial intelligence|a computer)|computer-generated|machine-generated)\b"
    r"|^(?:diese (?:audioversion|vertonung|audiofassung)|dieser (?:audiobeitrag|text))"
    r" wurde (?:automatisch|künstlich|mit (?:hilfe (?:von |einer )?)?ki) (?:erzeugt|erstellt"
    r"|generiert|vertont)\b"
    r"|^(?:cet audio|cette (?:version audio|lecture)) (?:est|a été) (?:générée? )?"
    r"(?:automatiquement|par (?:une )?(?:ia|intelligence artificielle))\b"
    r"|^este (?:audio|áudio) (?:ha sido|fue|es|foi|é) (?:generado|gerado)"
    r" (?:automáticamente|automaticamente|por|con|com|pela|por meio)\b"
    r"|^questo audio (?:è|è stato) (?:generato|creato) (?:automaticamente|con|dall)"
    r"|^deze (?:audio|voorleesversie) (?:is|werd) (?:automatisch |door ai |met ai )?(?:gegenereerd"
    r"|gemaakt)\b"
)
"""What a player says instead of playing ("Video unavailable", "This video is no longer
available"), or its note that a machine reads the article ("This audio is auto-generated")."""
PLAYER_WORDS = (
    "video",
    "vídeo",
    "vidéo",
    "audio",
    "áudio",
    "clip",
    "media",
    "narration",
    "voice",
    "vertonung",
    "dieser text",
    "lecture",
    "voorleesversie",
)
"""A word of every branch of ``PLAYER_STATE``, tested first (most lines hold none)."""


def page_notice(f: Facts) -> Finding | None:
    """A notice about the page rather than the story: its age, its closed or moderated comments,
    its comment form's privacy note, its links to other sites, counts of readers' likes, a
    sign-up form's reassurance, or content blocked in the reader's country."""
    if ANY_DIGIT.search(f.text) and AGE_NOTICE.match(f.lower.strip().rstrip(".")):
        return Finding("timestamp", 0.8)
    if f.n <= 12 and CLOSED.match(f.lower.strip()):
        return Finding("comments", 0.8)
    if any(word in f.lower for word in NO_COMMENTS_WORDS) and NO_COMMENTS.match(f.lower.strip()):
        return Finding("comments", 0.8)
    if moderated(f):
        return Finding("comments", 0.8)
    if f.n <= 12 and SAVED.match(f.lower.strip()):
        return Finding("status_message", 0.8)
    if f.n <= 12 and not f.terminal and PLAYER_HINT.search(f.lower):
        return Finding("ui_string", 0.75)
    if any(word in f.lower for word in PLAYER_WORDS) and PLAYER_STATE.match(f.lower):
        return Finding("ui_string", 0.75)
    if f.n <= 15 and any(hint in f.lower for hint in EXTERNAL_HINTS) and EXTERNAL.match(f.lower):
        return Finding("ui_string", 0.75)
    if f.n <= 8 and ANY_DIGIT.search(f.text) and PEOPLE_COUNT.match(f.lower.strip()):
        return Finding("metadata", 0.75)
    if f.n <= 10 and REASSURANCE.match(f.lower.strip()):
        return Finding("newsletter", 0.75)
    if f.n <= 14 and ADDRESS_UNPUBLISHED.search(f.lower):
        return Finding("comments", 0.8)
    if any(word in f.lower for word in REGION_HINTS) and REGION_NOTICE.match(f.lower.strip()):
        return Finding("status_message", 0.8)
    return None


ADDRESS_UNPUBLISHED = re.compile(
    r"(?:e-?mail(?:-adresse)?|adresse e-?mail|correo electrónico|indirizzo e-?mail"
    r"|endereço de e-?mail|e-?mailadres) (?:address )?(?:will not|won't|wird nicht|ne sera pas"
    r"|no será|non sarà|não será|wordt niet) (?:be )?(?:published|veröffentlicht|publiée?"
    r"|publicad[oa]|pubblicat[oa]|gepubliceerd)\b"
)
"""A comment form's notice that the reader's e-mail address stays private ("Your email address
will not be published.", "Je e-mailadres wordt niet gepubliceerd.")."""
REGION_HINTS = ("availab", "verfügbar", "disponi", "beschikbaar")
"""Every region notice holds one of these: a cheap test before the pattern."""

LEAVING = re.compile(
    r"^(?:you are|you're) (?:now |about to )?(?:leaving|exiting) (?:this|our|the)"
    r"(?: [\w.&'\u2019-]+){0,4} (?:web ?site|site|page|app)\b"
    r"|^sie verlassen (?:jetzt |nun )?(?:diese|unsere|die) (?:webseite|website|seite|app)\b"
    r"|^vous (?:allez )?quitte[rz] (?:ce|notre|le) site\b|^(?:está|estás|usted está) (?:a punto"
    r" de )?(?:saliendo|abandonando) (?:de )?(?:este|nuestro|el) sitio\b|^stai (?:per )?"
    r"(?:lasciando|uscendo da) (?:questo|il nostro|il) sito\b|^(?:você )?está (?:saindo"
    r"|deixando) (?:deste|do nosso|do) site\b|^(?:u verlaat|je verlaat) (?:nu )?(?:deze|onze"
    r"|de) (?:website|site)\b"
)
"""A notice that a link leads off the site ("You are leaving this website ...")."""
VIEWER = re.compile(
    r"\byou (?:may|might|will) need (?:to (?:install|download) )?(?:the |a )?(?:free )?"
    r"(?:adobe )?(?:acrobat |pdf )?(?:reader|viewer|plug-?in)\b"
    r"|\bbenötigen sie (?:den |einen )?(?:kostenlosen )?(?:adobe )?(?:acrobat |pdf-?)?"
    r"(?:reader|viewer|plug-?in)|\bvous (?:aurez|pourriez avoir) besoin d'(?:un|installer un)"
    r" (?:lecteur|plug-?in)|\bnecesitar(?:á|ás) (?:instalar )?(?:un|el) (?:lector|visor|plug-?in)"
    r"|\bpotrebbe essere necessario (?:installare )?(?:un|il) (?:lettore|visualizzatore|plug-?in)"
    r"|\b(?:você )?(?:precisará|pode precisar) (?:instalar )?(?:um|o) (?:leitor|visualizador"
    r"|plug-?in)|\b(?:heeft u|heb je|u heeft|je hebt) (?:mogelijk )?(?:een|de) (?:pdf-?)?"
    r"(?:lezer|viewer|reader|plug-?in) nodig"
)
"""A notice that a file needs a reader program ("To view this file, you may need to install
a PDF reader program")."""
NOTIFICATIONS = re.compile(
    r"^(?:would you like|do you want|want) to (?:receive|get|turn on|enable|allow) (?:push "
    r"|browser |desktop )?notifications\b|^(?:möchten sie|willst du|möchtest du) "
    r"(?:push-?)?benachrichtigungen\b|^(?:voulez|souhaitez)-vous (?:recevoir|activer) (?:des"
    r"|les) notifications\b|^¿?(?:quieres|deseas|desea) (?:recibir|activar) (?:las )?"
    r"notificaciones\b|^(?:vuoi|desideri) (?:ricevere|attivare) (?:le )?notifiche\b"
    r"|^(?:deseja|quer|você quer) (?:receber|ativar) (?:as )?notificações\b"
    r"|^(?:wil je|wilt u) (?:push)?meldingen (?:ontvangen|aanzetten)\b"
)
"""A browser's notification prompt ("Would you like to receive notifications about new posts?")."""
LOCATION_OFF = re.compile(
    r"\blocation services (?:are |is )?(?:disabled|turned off|switched off)\b"
    r"|\b(?:have|has) location services (?:disabled|turned off|switched off)\b"
)
"""A script's message that the browser hides where the reader is (English only: the phrase of
the browsers' settings)."""
HELPFUL = re.compile(
    r"^(?:was|is|did you find) (?:this|the) (?:page|article|post|answer|information|content"
    r"|guide|story)(?: \w+)? (?:helpful|useful)\b"
    r"|^(?:war|ist|fanden sie) (?:diese[rs]?|der|die|das) (?:seite|artikel|beitrag|information"
    r"|informationen|antwort|meldung|nachricht) hilfreich\b"
    r"|^(?:cette|cet) (?:page|article|information|réponse|actualité) vous a-t-(?:elle|il) été"
    r" utile\b"
    r"|^¿?(?:te|le) (?:ha )?(?:resultado|resultó|sido|parecido) útil (?:esta|este) (?:página"
    r"|artículo|información|noticia|nota)\b|^¿?(?:esta|este) (?:página|artículo|información"
    r"|noticia|nota) (?:te |le )?(?:ha sido|fue|es|resultó) útil\b"
    r"|^(?:questa|questo) (?:pagina|articolo|informazione|notizia) (?:ti |vi |le )?(?:è stat[oa]"
    r"|era|è) utile\b"
    r"|^(?:esta|este|essa|esse) (?:página|artigo|informação|conteúdo|notícia|matéria) (?:te )?"
    r"(?:foi|é) útil\b"
    r"|^(?:was|is) (?:deze|dit|de|het) (?:pagina|artikel|informatie|antwoord|bericht) (?:nuttig"
    r"|behulpzaam)\b|^vond (?:je|u) (?:deze|dit) (?:pagina|artikel|informatie|bericht)"
    r" (?:nuttig|handig)\b"
    r"|^how (?:helpful|useful) was this (?:page|article|post|guide)\b"
    r"|^(?:was|is|did you find) (?:this|that) (?:helpful|useful)\s*\?$"
    r"|^(?:war|ist) (?:das|dies) hilfreich\s*\?$|^(?:cela|ceci) vous a-t-il été utile\s*\?$"
    r"|^¿?(?:te|le) (?:ha )?(?:resultado|sido) útil\s*\?$|^ti è stato utile\s*\?$"
    r"|^(?:isso )?(?:te )?foi útil\s*\?$|^was (?:dit|dat) (?:nuttig|behulpzaam)\s*\?$"
    r"|^how would you rate this (?:page|article|post|guide)\b"
    r"|^wie (?:hilfreich|nützlich) (?:war|ist) (?:diese[rs]?) (?:seite|artikel|beitrag)\b"
    r"|^wie bewerten sie (?:diese[ns]?) (?:seite|artikel|beitrag)\b"
    r"|^comment (?:évaluez|jugez|notez)-vous (?:cet article|cette page)\b"
    r"|^¿?(?:cómo|qué) (?:valoras|valora|calificas|puntúas) (?:este artículo|esta página)\b"
    r"|^come valuteresti (?:questo articolo|questa pagina)\b"
    r"|^quanto (?:ti )?è stat[oa] utile (?:questo articolo|questa pagina)\b"
    r"|^como (?:você )?(?:avalia|classifica) (?:este artigo|esta página)\b"
    r"|^hoe (?:beoordeel|waardeer) (?:je|jij|u) (?:dit artikel|deze pagina)\b"
)
"""A page-feedback widget's question ("Was this page helpful?", "War diese Seite hilfreich?",
"How would you rate this article?")."""
FORM_HINT = re.compile(
    r"\b(?:required|mandatory) fields? (?:are|is) (?:marked|indicated|shown)\b"
    r"|\bfields? marked (?:with )?(?:an? )?(?:asterisk|\*) (?:are|is) (?:required|mandatory)\b"
    r"|\bpflichtfelder\b|\bchamps obligatoires\b|\bcampos obligatorios\b"
    r"|\bcampi obbligatori\b|\bcampos obrigatórios\b|\bverplichte velden\b"
)
"""A form's hint about its required fields ("Fields marked with * are required")."""
EMBED = re.compile(
    r"^(?:a|ein|eine|une|una|un|uma|een) (?:post|photo|video|beitrag|foto|publication"
    r"|publicación|publicação|bericht) (?:shared by|geteilt von|partagée? par|compartid[oa] por"
    r"|condivis[oa] da|compartilhad[oa] por|partilhad[oa] por|gedeeld door)\b"
)
"""The caption of an embedded social post ("A post shared by Jane Doe (@janedoe)")."""
RATING = re.compile(
    r"^(?:rated )?\d(?:[.,]\d)? (?:out of|von|sur|de|su|em|van|uit) 5(?: stars?| sternen| étoiles"
    r"| estrellas| stelle| estrelas| sterren)?$"
)
"""A product's rating ("4.5 out of 5 stars", "4,5 von 5 Sternen")."""
VOTES = re.compile(
    r"^(?:rated )?\d(?:[.,]\d{1,2})? (?:from|of|aus|sur|de|su|van|uit) \d[\d,.]* (?:votes?|ratings?"
    r"|reviews?|bewertungen|stimmen|votes|avis|votos|valoraciones|voti|recensioni|avaliações"
    r"|stemmen|beoordelingen)$"
)
"""A rating widget's average and count ("4.91 from 126 votes")."""
PLAY_SIGNS = "\u25b6\u25ba\u25b7\u23f5"
PLAY_TIME = re.compile(r"^[\u25b6\u25ba\u25b7\u23f5]\ufe0f?\s*\d{1,2}:\d{2}(?::\d{2})?$")
"""A video player's placeholder: the play sign and the length ("\u25b6 1:42")."""
WRITE_REVIEW = re.compile(
    r"^(?:write|leave|add|schreiben sie|écrire|écrivez|laisser|escribir|escribe|deja|scrivi"
    r"|lascia|escrever|escreva|deixe|schrijf|laat) (?:a |an |your |eine |ihre |un |une |votre "
    r"|una |tu |uma |sua |een |je )?(?:review|bewertung|rezension|avis|reseña|opinión"
    r"|recensione|avaliação|recensie|response|reply|antwort|réponse|respuesta|risposta|resposta"
    r"|reactie)$|^(?:bewertung|rezension|antwort) schreiben$"
)
"""A shop's or a guide's button for readers' reviews ("Write a review", "Bewertung schreiben");
a call to action, so a page dump's review keeps its sections."""
LONG_NOTICE_MAX_WORDS = 60
"""Notices of the page's links and files, and a wire story's credits, run to a few sentences."""


AD_FEEDBACK = re.compile(
    r"\b(?:values|appreciates) your feedback\b|^how relevant is this ad\b"
    r"|^(?:did you|have you) (?:encounter|experience)(?:d)? any technical (?:issues|problems)\b"
    r"|^(?:the )?(?:ad|video|audio|content)(?: player)? (?:was slow to load|never loaded"
    r"|did not load|didn't load)\b|^(?:ad|advertising) feedback$"
)
"""An ad-feedback widget's questions and answers ("How relevant is this ad to you?")."""
WIRE_TAG = re.compile(
    r"^[(\[]\s*(?:reuters|ap|afp|dpa|efe|ansa|anp|bloomberg|upi|xinhua|tass|kyodo|yonhap|aap"
    r"|apa|belga|lusa|sda|kna|epd|europa press)\s*[)\]]$"
)
"""A wire service's tag alone on its line ("(Reuters)"), left from the article's dateline."""
CAPTION_LABEL = re.compile(r"^(?:image|media|video|audio) caption\b")
"""A player's or picture's label for screen readers ("Image caption The minister ...")."""


def widget_line(f: Facts) -> Finding | None:
    """A line of a page's widgets: a form's hint about required fields, the caption of an
    embedded social post, a product's star rating, the button to write a review, a weather
    widget's felt temperature, a market widget's delay notice, an ad-feedback widget, a wire
    service's tag alone, a caption's label for screen readers."""
    if f.n > 12 or not f.words:
        return None
    if ("*" in f.text or not FORM_WORDS.isdisjoint(f.words)) and FORM_HINT.search(f.lower):
        return Finding("ui_string", 0.75)
    if f.words[0] in EMBED_FIRST and EMBED.match(f.lower):
        return Finding("ui_string", 0.75)
    rated = f.text[:1].isdigit() or f.words[0] == "rated"
    if f.n <= 8 and rated and RATING.match(f.lower.strip()):
        return Finding("metadata", 0.75)
    if f.n <= 6 and rated and VOTES.match(f.lower.strip()):
        return Finding("metadata", 0.85)
    if f.n <= 3 and f.text.lstrip()[:1] in PLAY_SIGNS and PLAY_TIME.match(f.text.strip()):
        return Finding("ui_string", 0.85)
    if f.n <= 4 and WRITE_REVIEW.match(f.lower.strip()):
        return Finding("call_to_action", 0.7)
    if "°" in f.text and FEELS_LIKE.match(f.lower.strip()):
        return Finding("metadata", 0.75)
    if not MARKET_WORDS.isdisjoint(f.words) and DELAYED_QUOTES.search(f.lower):
        return Finding("ui_string", 0.75)
    feedback = not f.text.rstrip().endswith(".") and not FEEDBACK_WORDS.isdisjoint(f.words)
    if feedback and AD_FEEDBACK.search(f.lower):
        return Finding("ui_string", 0.75)
    if f.n <= 3 and f.text[:1] in "([" and WIRE_TAG.match(f.lower.strip()):
        return Finding("credit", 0.75)
    if f.words[0] in ("image", "media", "video", "audio") and CAPTION_LABEL.match(f.lower):
        return Finding("caption", 0.75)
    return None


FEELS_LIKE = re.compile(
    r"^(?:feels like|gefühlt|ressenti|sensación térmica|percepita|sensação térmica|voelt als)"
    r"\s*:?\s*-?\d+\s*°"
)
"""A weather widget's felt temperature ("Feels like 12°")."""
DELAYED_QUOTES = re.compile(
    r"\b(?:quotes?|prices?|data) (?:are |is )?delayed\b|\bdelayed (?:by )?(?:at least )?\d+ min"
    r"|\bmarket data (?:provided|powered) by\b|\bmit \d+ minuten verzögerung"
    r"|\bdifférée?s? de \d+ minutes|\bcon \d+ minutos de retraso|\britardat[ei] di \d+ minuti"
    r"|\bcom atraso de \d+ minutos|\bmet \d+ minuten vertraging"
)
"""A market widget's notice that its quotes are delayed ("Quotes delayed at least 15 min")."""


FORM_WORDS = frozenset(
    "required mandatory field fields pflichtfelder champs campos campi velden".split()
)
EMBED_FIRST = frozenset("a ein eine une una un uma een".split())
FEEDBACK_WORDS = frozenset("feedback relevant technical slow load loaded".split())
MARKET_WORDS = frozenset(
    "delayed market verzögerung différés différées différée différé retraso ritardate ritardati "
    "atraso vertraging".split()
)
"""The words form hints and embed captions need (cheap tests before the patterns)."""


def page_feedback(f: Facts) -> Finding | None:
    """The question of a page-feedback widget: whether the page helped, asked in a short line
    ending with a question mark, or any short question followed by its answer buttons ("Did
    this recipe work for you? Yes / No", "Was deze informatie nuttig? Ja | Nee"); or a
    paywall's question to subscribers ("Already a subscriber?", "J\u00e1 \u00e9 assinante?")."""
    if f.n <= 10 and f.text.rstrip().endswith("?") and HELPFUL.search(f.lower.strip()):
        return Finding("ui_string", 0.75)
    if "ctrl" in f.lower and KEY_TO_REPORT.search(f.lower):
        return Finding("ui_string", 0.85)
    if f.n <= 16 and "?" in f.text:
        lower = f.lower.strip()
        if ANSWER_BUTTONS.search(lower) or _subscriber_question(f, lower):
            return Finding("ui_string", 0.75)
        if HELPFUL.search(lower) and ANSWERED.search(lower):  # "...? Yes No Report a problem"
            return Finding("ui_string", 0.75)
    return None


ANSWER_BUTTONS = re.compile(
    r"\?\W*(?:yes|ja|oui|s[i\u00ed\u00ec]|sim)\W+(?:no|nein|non|n[\u00e3a]o|nee|not really)\W*$"
    r"|\?\s*\U0001f44d\W*\U0001f44e\W*$"
)
"""A question's answer buttons closing the line: "? Yes / No", "? (thumbs up) (thumbs down)"."""
ANSWERED = re.compile(
    r"\?\W*(?:yes|ja|oui|s[i\u00ed\u00ec]|sim)\W+(?:no|nein|non|n[\u00e3a]o|nee)\b"
)
"""A question's answer buttons, whatever follows them (a link to report a problem)."""
KEY_TO_REPORT = re.compile(r"\bctrl\s*\+\s*enter\b")
"""The keys a site's error report asks for ("Found a typo? Select it and press Ctrl+Enter",
"Нашли ошибку? Выделите фрагмент и нажмите Ctrl+Enter")."""
SUBSCRIBER_QUESTION = re.compile(
    r"^[^?]{0,30}\b(?:already|bereits|schon|d\u00e9j\u00e0|ya|gi\u00e0|j\u00e1|al)\b[^?]{0,30}?"
    r"\b(?:subscri\w*|[\w-]*abo|abonnement|abonn\u00e9\w*|abonnee|abonnent\w*|suscri\w*|socio"
    r"|abbonat\w*"
    r"|abbonamento|assinante|assinatura|member|mitglied|membre|miembro|membro|lid)\b[^?]{0,20}\?"
    r"|^[^?]{0,30}\bуже\b[^?]{0,30}?\b(?:подписчик\w*|подписк\w*|аккаунт\w*|учётн\w* запис\w*"
    r"|учетн\w* запис\w*)\b[^?]{0,20}\?"
)
"""A paywall's question to those who already pay ("Already a subscriber? Log in")."""
SUBSCRIBER_QUESTION_MAX_WORDS = 6


def _subscriber_question(f: Facts, lower: str) -> bool:
    """A short question to subscribers, alone or followed by a prompt that is no sentence
    ("Already a subscriber? Log in here"; "Have you already subscribed to the idea? Many
    have." is prose)."""
    if f.terminal and not lower.endswith("?"):
        return False
    match = SUBSCRIBER_QUESTION.match(lower)
    return match is not None and len(match.group().split()) <= SUBSCRIBER_QUESTION_MAX_WORDS


def site_notice(f: Facts) -> Finding | None:
    """A notice about the page's links, files or browser features rather than the story: a
    link leaving the site, a file needing a reader program, a prompt for notifications, a
    message that location services are off, a blog engine's line on where the post is filed,
    a review site's pledge about its testing, a recipe blog's pointer to its recipe card.
    (Each pattern runs only on lines holding one of the words it needs: this rule sees most
    lines of a text.)"""
    if not f.words:
        return None
    lower, first = f.lower, f.words[0]
    if first in LEAVING_FIRST and LEAVING.match(lower):
        return Finding("ui_string", 0.75)
    if not VIEWER_WORDS.isdisjoint(f.words) and VIEWER.search(lower):
        return Finding("ui_string", 0.75)
    if first in NOTIFICATION_FIRST and NOTIFICATIONS.search(lower):
        return Finding("ui_string", 0.75)
    if "location services" in lower and LOCATION_OFF.search(lower):
        return Finding("status_message", 0.75)
    if lower.startswith("this ") and ENTRY_FILED.match(lower):
        return Finding("metadata", 0.8)
    if first == "why" and TRUST_PLEDGE.match(f.text.strip()):
        return Finding("press_boilerplate", 0.85)
    if first in RECIPE_POINTER_FIRST and RECIPE_POINTER.match(lower):
        return Finding("call_to_action", 0.85)
    return None


RECIPE_POINTER_FIRST = frozenset("see scroll find get".split())
RECIPE_POINTER = re.compile(
    r"^(?:see|scroll (?:down )?to|find|get) (?:the )?(?:full |printable )?recipe card"
    r"(?: below| at the (?:bottom|end)(?: of (?:the|this) (?:post|page))?)?\b"
)
"""A recipe blog's pointer to its recipe card ("See the recipe card below for full
ingredients and quantities"): the card itself is the recipe."""


TRUST_PLEDGE = re.compile(
    r"^(?i:why (?:you can )?trust) (?:us|[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*)?)"
    r"\s+(?i:our|we|every)\b"
)
"""A review site's pledge about its testing, opening with its name ("Why you can trust
GadgetLens Our expert reviewers spend hours testing ..."): a heading alone ("Why you can
trust the polls") is not one, the pledge goes on in the site's voice."""


LEAVING_FIRST = frozenset("you sie vous está estás usted stai você u je".split())
VIEWER_WORDS = frozenset(
    "need benötigen besoin necesitará necesitarás necessario precisará precisar nodig".split()
)
NOTIFICATION_FIRST = frozenset(
    "would do want möchten willst möchtest voulez souhaitez quieres deseas desea vuoi desideri "
    "deseja quer você wil wilt".split()
)
"""The words each site notice needs: its first word, or one of its words."""


def age_rating(f: Facts) -> Finding | None:
    """An age rating alone ("18+", "(16+)"), or closing a short notice of it ("Сайт
    предназначен для лиц старше 16 лет (16+)")."""
    if "+" not in f.text or f.n > RATING_NOTICE_MAX_WORDS:
        return None
    text = f.text.strip()
    if AGE_RATING.match(text) or (AGE_CLOSING.search(text) and RATING_NOTICE.search(f.lower)):
        return Finding("metadata", 0.85)
    return None


AGE_RATING = re.compile(r"^[(\[]?(?:0|6|12|16|18|21)\s?\+[)\]]?$")
AGE_CLOSING = re.compile(r"[(\[](?:0|6|12|16|18|21)\+[)\]]$")
RATING_NOTICE = re.compile(
    r"\b(?:старше|предназначен\w*|возраст\w*|aged|over|older|adults|only|ab|dès|mayores"
    r"|maggiori|maiores|vanaf)\b"
)
"""A rating closes a notice of who may read ("... старше 16 лет (16+)"); a film's title with
its rating ("«Дюна» (16+)") is a heading."""
RATING_NOTICE_MAX_WORDS = 12


SAFE_HARBOR = re.compile(
    r"\bforward-looking statements?\b.{0,200}?\b(?:within the meaning of|private securities"
    r" litigation reform act|undue reliance|safe harbou?r|actual results (?:may|could) differ)"
)
"""A press release's legal notice on forward-looking statements ("This press release contains
forward-looking statements within the meaning of the Private Securities Litigation Reform
Act ..."): the issuer's standard text under every release."""
ABOUT_COMPANY = re.compile(
    r"^About (?P<name>[A-Z][\w&'.-]*(?: [A-Z&][\w&'.-]*){0,5}) (?:The )?(?P=name)\b"
)
"""A press release's "About Acme" paragraph with its heading run in ("About Acme Systems Acme
Systems, Inc. designs ...")."""
ABOUT_COMPANY_MIN_WORDS = 15
TRANSCRIPT_NOTE = re.compile(
    r"^(?:this )?transcripts? (?:(?:is|are|has been|have been|was|were) )?(?:lightly |partially "
    r"|automatically )?(?:edited|generated|machine-generated|computer-generated)\b.{0,60}"
    r"(?:\bfor (?:clarity|readability|length|brevity)\b|\bmay contain (?:errors|mistakes)\b"
    r"|\b(?:automatically|machine|computer|software|ai)\b)"
)
"""A note on how a transcript was made ("Transcripts are edited lightly for readability and
may contain errors.")."""

TRANSCRIPT_NOTE_MAX_WORDS = 30


def issuer_note(f: Facts) -> Finding | None:
    """A publisher's standard text of any length: a press release's notice on forward-looking
    statements or its "About Acme" paragraph, or a transcript's note on how it was edited (the
    other notice rules read short lines only)."""
    if "forward-looking" in f.lower and SAFE_HARBOR.search(f.lower):
        return Finding("press_boilerplate", 0.9)
    if (
        f.n >= ABOUT_COMPANY_MIN_WORDS
        and f.text.startswith("About ")
        and ABOUT_COMPANY.match(f.text)
    ):
        return Finding("press_boilerplate", 0.9)
    if (
        f.n <= TRANSCRIPT_NOTE_MAX_WORDS
        and "transcript" in f.lower
        and TRANSCRIPT_NOTE.match(f.lower)
    ):
        return Finding("metadata", 0.85)
    return None


NOTICE_RULES: tuple[Rule, ...] = (
    age_rating,
    date_line,
    page_notice,
    role_credit,
    trail,
    machine_value,
    status_message,
    click_prompt,
    paywall_meter,
    tip_prompt,
    listen_prompt,
    comment_prompt,
    contact_line,
    page_feedback,
    widget_line,
    bare_label,
    comment_widget,
    account_line,
)


def notice(f: Facts) -> Finding | None:
    """The first notice rule with an opinion on this block, if any."""
    found = issuer_note(f) or first_opinion(NOTICE_RULES, f, NOTICE_MAX_WORDS)
    if found is None and f.n <= LONG_NOTICE_MAX_WORDS:
        if moderated(f):
            return Finding("comments", 0.8)
        if METER_OPENING.match(f.lower):
            return Finding("paywall", 0.85)
        if f.n <= LONG_TIP_MAX_WORDS and "?" in f.text and _asks_for_tips(f.lower):
            return Finding("call_to_action", 0.75)  # with more ways to reach the newsroom
        return site_notice(f) or report_credit(f)
    return found
