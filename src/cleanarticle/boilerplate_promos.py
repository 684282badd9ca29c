"""Line rules for what a site says about itself around the story: invitations to follow it on
social networks ("Follow Newsbeat on Instagram, Facebook and YouTube."), affiliate disclosures
("If you buy something through this post, we may earn a commission."), sponsors' notes,
appeals for readers' support ("This story is funded by readers like you"), subscription offers
("12 issues for £11.99"), button markup ("[button link=...]Send us your review[/button]"), and
what a page's forms say: "Fill out the form to get our ebook", the consent under them, the
terms of a text-message sign-up ("Msg & data rates may apply. Reply STOP to opt out").

Each rule takes the :class:`~cleanarticle.boilerplate_rules.Facts` of one block and returns a
:class:`~cleanarticle.boilerplate_rules.Finding` or ``None``; they run after the line rules and
the notice rules, in the seven languages those cover.
"""

from __future__ import annotations

import re

from cleanarticle.boilerplate_facts import ANY_DIGIT, LONG_BLOCK, Rule, cues, first_opinion
from cleanarticle.boilerplate_rules import Facts, Finding
from cleanarticle.uiwords import SOCIAL

PROMO_MAX_WORDS = 60
"""Longer blocks are prose, whatever they mention."""
FOLLOW_MAX_WORDS = 25

FOLLOW = re.compile(
    r"^(?:follow|like|join|find|connect with|subscribe to|folgen sie|folge|suivez|retrouvez"
    r"|síguenos|sigue|seguici|segui|siga|sigam|volg|participe do canal|entre no canal"
    r"|подписывайтесь|подпишитесь|читайте нас"
    r"|следите за|присоединяйтесь|смотрите нас|слушайте нас)\b"
)
FOLLOW_POINTER = re.compile(
    r"^(?:you can (?:also )?)?(?:follow|connect with|find|join|folgen sie|suivez|retrouvez"
    r"|síguenos|seguici|siga|volg) (?:me|us|mir|uns|moi|nous|nos|ci|mij|ons)\b[^.?!]{0,40}:$"
)
"""A follow prompt pointing at the links under it: "You can also connect with me here:"."""

AFFILIATE = cues(
    opening=(r"\W*affiliate[- ]?links?\s*:",),
    anywhere=(
        r"(?:\b(?:we|they|\w+) (?:may|might|could|will)|\bwe) (?:earn|receive|get|collect)"
        r" (?:us |me )?(?:a |an )?(?:small )?(?:financial )?(?:commission|share of (?:the )?sales?"
        r"|affiliate commission|compensation)"
        r"|\b(?:may )?contains? affiliate links\b|\bearn from qualifying purchases\b"
        r"|\b(?:enthält|enthalten|contient|contiennent|contiene|contienen|contém|contêm|conter"
        r"|bevat|bevatten|hay|incluye)"
        r" (?:sogenannte |des |dei |alcuni |algunos |alguns |enkele )?"
        r"(?:affiliate[- ]?links|liens (?:affiliés|d'affiliation|sponsorisés)|link (?:affiliati"
        r"|di affiliazione)|enlaces de afiliad[oa]s?|links? (?:de )?afiliad[oa]s?)"
        r"|\b(?:purchases?|buying|shopping)(?: made)? through (?:our|these|some) links\b"
        r"|\b(?:purchases?|buying|shopping)(?: made)? through links on (?:our|this)"
        r" (?:site|website)\b"
        r"|\b(?:erhalten|bekommen) wir (?:eine )?provision|\bprovisions-?links?\b"
        r"|\bwir (?:erhalten|bekommen)\b[^.]{0,40}\b(?:links?|kauf|käufen?|einkauf|bestellung)\b"
        r"[^.]{0,30}\bprovision\b"
        r"|\b(?:nous )?(?:percevons|touchons|recevons) une (?:petite )?commission"
        r"|\b(?:liens?|achats?|offres?)\b[^.]{0,60}\b(?:génère|générer|génèrent|rapporte"
        r"|rapporter|rapportent) une (?:petite )?commission"
        r"|\b(?:génère|générer|génèrent|rapporte|rapporter|rapportent) une (?:petite )?commission"
        r" (?:à|au|pour) (?:notre|ce) (?:site|média|journal|blog)"
        r"|\b(?:podemos|puede) (?:recibir|ganar|obtener) una comisión"
        r"|\b(?:recibimos|ganamos|obtenemos|cobramos) una (?:pequeña )?comisión"
        r"|\bpotremmo (?:ricevere|guadagnare) una commissione"
        r"|\bpodemos (?:receber|ganhar) uma comissão"
        r"|\b(?:ontvangen|krijgen) (?:wij|we) (?:een )?commissie"
        r"|\bamazon\b.{0,40}\b(?:acquisti idonei|qualifizierten (?:verkäufen|käufen)"
        r"|achats remplissant|compras (?:adscritas|que cumplen|qualificadas|elegíveis)"
        r"|in aanmerking komende aankopen"
        r"|gekwalificeerde aankopen)",
    ),
)
"""A disclosure that links in the article pay the site (an Amazon associate's statement in
the words Amazon gives it in each language too)."""
PRICES_AT_WRITING = re.compile(
    r"^\W*(?:all )?prices? (?:and availability )?(?:were|are|was|is) (?:correct|accurate|valid)"
    r" (?:at|as of) (?:the )?time of (?:writing|publication|publishing|posting)"
    r"|^\W*(?:alle )?preise (?:sind |waren )?(?:korrekt |gültig |aktuell )?(?:zum zeitpunkt"
    r"|zur zeit) de[rs] (?:veröffentlichung|erstellung|redaktionsschlusses)"
    r"|^\W*(?:les )?prix (?:sont |étaient )?(?:corrects|exacts|valables|indiqués) (?:au moment|à la"
    r" date) de (?:la )?(?:rédaction|publication)"
    r"|^\W*(?:los )?precios (?:son |eran )?(?:correctos|válidos|vigentes) (?:en el momento|a la"
    r" fecha) de (?:la )?(?:redacción|publicación|escribir)"
    r"|^\W*(?:i )?prezzi (?:sono |erano )?(?:corretti|validi|aggiornati) al momento della"
    r" (?:scrittura|pubblicazione|redazione)"
    r"|^\W*(?:os )?preços (?:são |eram )?(?:corretos|válidos) (?:no momento|na data) da"
    r" (?:redação|publicação|escrita)"
    r"|^\W*(?:de )?prijzen (?:zijn |waren )?(?:correct|geldig|actueel) op het moment van"
    r" (?:schrijven|publicatie|publiceren)"
)
"""A shop's disclaimer on its prices: "Prices were correct at the time of writing"."""
OFFER = re.compile(
    r"\b\d+ (?:issues|editions|ausgaben|hefte|numéros|números|numeri|nummers) (?:for|für|pour"
    r"|por|per|voor) (?:just |only |nur |seulement |solo |apenas |slechts )?[£$€]"
    r"|^(?:try|testen sie|essayez|prueba|pruebe|prova|experimente|probeer) (?:\d+|one|a|einen"
    r"|un|um|een) (?:months?|weeks?|monate?|wochen?|mois|semaines?|mes(?:es)?|semanas?|mes[ei]"
    r"|settimane?|mês|meses|maand(?:en)?|weken?) (?:for|für|pour|por|a|per|voor) "
    r"(?:just |only |nur |seulement |solo |apenas |slechts )?(?:[£$€]|\d)"
)
"""A subscription offer: "12 issues for £11.99", "6 Ausgaben für nur €10", a trial "Try 1
month for $1"."""
SHORTCODE = re.compile(r"\[/?(?:button|cta|signup|subscribe)\b[^\]]*\]")
"""A publishing system's button markup left in the text: "[button link=...]...[/button]"."""
AFFILIATE_HINTS = (
    "commis",
    "comis",
    "compensation",
    "affili",
    "afili",
    "provision",
    "through",
    "qualifying purchases",
    "amazon",
)
"""Substrings one of which every disclosure holds: a cheap test before the pattern."""


def follow_prompt(f: Facts) -> Finding | None:
    """An invitation to follow the site or an author: an imperative and a social network, a
    link, or the alerts it brings ("Follow Dana Reyes to get an email when ..."), or only to
    keep in touch ("Connect with us")."""
    if f.n <= FOLLOW_POINTER_MAX_WORDS and FOLLOW_POINTER.match(f.lower.strip()):
        return Finding("follow_prompt", 0.75)
    if f.n <= STAY_IN_TOUCH_MAX_WORDS and STAY_IN_TOUCH.match(f.lower.strip()):
        return Finding("follow_prompt", 0.75)
    if f.n > FOLLOW_MAX_WORDS or not FOLLOW.match(f.lower):
        return None
    if any(w in SOCIAL for w in f.words) or "http" in f.lower or HANDLE.search(f.text):
        return Finding("follow_prompt", 0.75)
    if FOLLOW_ALERT.search(f.lower):
        return Finding("follow_prompt", 0.75)
    return None


FOLLOW_POINTER_MAX_WORDS = 10
STAY_IN_TOUCH_MAX_WORDS = 6
STAY_IN_TOUCH = re.compile(
    r"^(?:connect with us|(?:stay|keep) (?:in touch|connected)(?: with us)?"
    r"|bleiben sie (?:mit uns )?in (?:kontakt|verbindung)|bleib (?:mit uns )?in kontakt"
    r"|restez connecté(?:e|s|es)?"
    r"|restons en contact|mantente conectado|sigamos en contacto|rest(?:a|ate) in contatto"
    r"|rest(?:a|ate) connesso|fique (?:conectado|em contato|ligado)|blijf (?:in contact|verbonden)"
    r")\W*$"
)
"""A prompt to keep in touch with the site, alone on its line ("Stay in touch")."""
"""A follow prompt pointing at the links under it ("Follow us here:") is this short."""


FOLLOW_ALERT = re.compile(
    r"\b(?:e-?mail|alerts?|notified|notifications?|benachrichtig\w*|alertes?|notifi\w*"
    r"|avvis\w*|meldingen?|bericht|уведомлени\w*|почт\w*)\b"
    r"|\b(?:on|in|auf|sur|en|su|no|op) google (?:news|discover)\b"
)
"""What following an author brings: an e-mail when a new story appears; or where the site is
followed: its channel on a news reader ("Follow us on Google News")."""


HANDLE = re.compile(r"(?:^|\s)@\w{2,30}\b")
"""An account on a social network ("Follow @CityNews")."""


APPEAL = re.compile(
    r"\b(?:reader|listener|viewer)[- ](?:supported|funded)\b"
    r"|\bfunded by (?:readers|people|members) like you\b"
    r"|\bwe need your (?:help|support) to\b"
    r"|\bsupport (?:our|independent) (?:journalism|mission|newsroom|reporting|work)\b"
    r"|\b(?:journalism|reporting|newsroom) (?:needs|depends on|relies on) your (?:support|help)\b"
    r"|\bbecome a (?:patron|supporter)\b"
    r"|\b(?:monthly|one-off|one-time|recurring) (?:donation|gift|contribution)\b"
    r"|\bkeep (?:publishing|us independent)\b|\bselect an amount to (?:donate|give)\b"
    r"|\bunterstützen sie (?:unseren|unsere|uns)\b"
    r"|\bjetzt spenden(?=\s*(?:[!.:,>\u2192]|$|und\b|für\b))"
    r"|\bsoutenez(?:-nous| notre)\b|\bfaire un don\b|\bapóyanos\b|\bhaz una donación\b"
    r"|\bsostienici\b|\bfai una donazione\b|\bapoie (?:o nosso|nosso|a nossa|nossa)\b"
    r"|\bfaça uma doação\b|\bsteun ons\b|\bdoneer nu\b"
)
"""A site asking its readers to pay for it: "This story is funded by readers like you"."""


APPEAL_WORDS = frozenset(
    "reader funded need support supporter patron donation gift contribution publishing "
    "independent amount unterstützen spenden soutenez don apóyanos donación sostienici "
    "donazione apoie doação steun doneer".split()
)
"""Every appeal holds one of these words: a cheap test before the pattern."""


def support_appeal(f: Facts) -> Finding | None:
    """An appeal for readers' support or donations to the site."""
    lower = f.lower
    if len(lower) <= LONG_BLOCK:
        hinted = not APPEAL_WORDS.isdisjoint(f.words)
    else:  # the words of longer blocks keep their punctuation
        hinted = any(word in lower for word in APPEAL_WORDS)
    if hinted and APPEAL.search(lower):
        return Finding("support_appeal", 0.85)
    if _donation_prompt(f.n, lower):
        return Finding("support_appeal", 0.8)
    return None


def _donation_prompt(n: int, lower: str) -> bool:
    """A short appeal opening with its imperative and naming an amount, journalism or now."""
    if n > DONATE_MAX_WORDS or lower.rstrip().endswith(".") or not DONATE.match(lower):
        return False
    if n <= DONATE_TO_MAX_WORDS and DONATE_TO.search(lower):
        return True
    return ANY_DIGIT.search(lower) is not None or DONATE_CUE.search(lower) is not None


DONATE_MAX_WORDS = 16
DONATE = re.compile(
    r"^\W*(?:chip in|donate|make a (?:donation|contribution)|support (?:us|our|independent"
    r"|local)|jetzt spenden|spenden sie|unterst\u00fctzen sie|faites un don|soutenez|donnez"
    r"|haz una donaci\u00f3n|dona (?:ora|ahora|adesso|oggi|ya)|apoya|sost(?:ieni|enete)"
    r"|fai una donazione|doe (?:agora|j\u00e1|hoje)|apoie"
    r"|fa\u00e7a uma doa\u00e7\u00e3o|doneer|steun)\b"
)
"""An appeal opening with its imperative: "Chip in $5 ...", "Sostieni l'informazione locale"."""
DONATE_CUE = re.compile(
    r"\b(?:journalism|journalismus|journalisme|periodismo|giornalismo|jornalismo|journalistiek"
    r"|informazione|information|informa\u00e7\u00e3o|informaci\u00f3n|informatie|reporting|newsroom"
    r"|rédaction|redacción|redazione|redação|redactie|redaktion|free for everyone"
    r"|now|today|jetzt|heute|maintenant|ahora|hoy|ora|oggi|agora|hoje|nu|vandaag)\b|[$\u00a3\u20ac]"
)
"""What an appeal asks for or when: an amount, journalism, the newsroom, now."""
DONATE_TO_MAX_WORDS = 5
DONATE_TO = re.compile(
    r"^\W*(?:donate|spenden|donnez|doneer|dona|doe) (?:to|an|à|au|a|al|alla|ao|aan)"
    r" (?:the |die |den |das |la |le |el |il |o |de |het |our |unsere |notre |nuestra |nostra "
    r"|nossa |onze )?"
    r"[^\W\d]+[\s!\u2192\u203a>]*$"
)
"""A donate button naming who receives ("Donate to the parish", "Doneer aan de parochie")."""


def affiliate_note(f: Facts) -> Finding | None:
    """An affiliate disclosure, or a disclaimer on the prices the links show."""
    if any(k in f.lower for k in AFFILIATE_HINTS) and AFFILIATE.search(f.lower):
        return Finding("advertisement", 0.8)
    opening = f.lower[:12]
    if ("pre" in opening or "pri" in opening) and PRICES_AT_WRITING.search(f.lower):
        return Finding("advertisement", 0.8)
    return None


def priced_offer(f: Facts) -> Finding | None:
    """A subscription offer with its price per number of issues, or a button to buy the
    product at a shop for a price ("Buy at Walmart for $34.99", "Comprar en Tiendalia por
    34,99 €")."""
    if not ("£" in f.text or "$" in f.text or "€" in f.text):
        return None
    if OFFER.search(f.lower):
        return Finding("newsletter", 0.8)
    if f.n <= SHOP_BUTTON_MAX_WORDS and SHOP_AT.match(f.lower):
        return Finding("advertisement", 0.85)
    return None


SHOP_BUTTON_MAX_WORDS = 12
SHOP_AT = re.compile(
    r"\W*(?:buy|shop|order|kaufen|bestellen|acheter|commander|comprar|compra|acquista|ordina"
    r"|koop|bestel|compre)(?: it| now| jetzt| ora| agora| nu)?"
    r" (?:at|on|from|bei|auf|chez|sur|en|na|no|em|su|da|op|bij) [^.!?]{1,40}?"
    r" (?:for|für|pour|à|por|per|a|voor) (?:only |nur |seulement |solo |apenas |slechts )?"
    r"(?:r\$|us\$|[$£€])?\s?\d[\d.,]*\s?(?:[$£€]|eur|euro)?\W*$"
)


def button_markup(f: Facts) -> Finding | None:
    """Button markup of the publishing system, whatever text the button holds."""
    if "[" in f.text and SHORTCODE.search(f.lower):
        return Finding("metadata", 0.75)
    return None


CONSENT = re.compile(
    r"^(?:by (?:submitting|clicking|signing up|subscribing|registering|providing|entering"
    r"|continuing|checking|pressing|tapping)\b[^.]{0,200}\b(?:you (?:agree|consent|accept"
    r"|acknowledge|are consenting|authori[sz]e|confirm)|i (?:agree|consent|accept|authori[sz]e"
    r"|confirm))"
    r"|mit (?:dem absenden|der anmeldung|(?:dem )?klick|der registrierung|ihrer anmeldung)"
    r"[^.]{0,200}"
    r"\b(?:stimmen sie|erklären sie sich|akzeptieren sie|willigen sie|bestätigen sie)"
    r"|en (?:soumettant|cliquant|vous inscrivant|validant|fournissant)[^.]{0,200}"
    r"\bvous (?:acceptez|consentez|reconnaissez|confirmez)"
    r"|al (?:enviar|hacer clic|suscribirte|suscribirse|registrarte|proporcionar)[^.]{0,200}"
    r"\b(?:aceptas|acepta|consientes|das tu consentimiento|confirmas)"
    r"|(?:inviando|cliccando|iscrivendoti|registrandoti)[^.]{0,200}\b(?:accetti|acconsenti"
    r"|confermi)"
    r"|ao (?:enviar|clicar|se inscrever|assinar|fornecer)[^.]{0,200}"
    r"\b(?:você (?:concorda|aceita|confirma)|concorda|aceita|confirma)"
    r"|door (?:te verzenden|op [^.]{1,30} te klikken|je aan te melden|je in te schrijven)"
    r"[^.]{0,200}\b(?:ga (?:je|u) akkoord|bevestig (?:je|u))\b)"
)
"""A form's consent notice: "By submitting this form you agree to ...", in seven languages."""
CONSENT_TERMS = re.compile(
    r"^(?:you (?:may|can) (?:revoke|withdraw) (?:this|your) consent|your (?:personal )?data will"
    r" (?:only )?be (?:stored|processed|deleted|disclosed|used|shared|transmitted|passed)"
    r"|(?:further|more) information (?:on|about) (?:data )?(?:privacy|protection|data protection)"
    r" can be found in our)\b"
    r"|^(?:sie können (?:diese|ihre) einwilligung|ihre (?:personenbezogenen )?daten werden)\b"
    r"|^(?:vous pouvez (?:retirer|révoquer) (?:votre|ce) consentement|vos données"
    r" (?:personnelles )?seront)\b"
    r"|^(?:puede[s]? (?:revocar|retirar) (?:su|tu|este) consentimiento|(?:sus|tus) datos"
    r" (?:personales )?serán)\b"
    r"|^(?:puoi (?:revocare|ritirare) il (?:tuo )?consenso|i tuoi dati (?:personali )?"
    r"(?:saranno|verranno))\b"
    r"|^(?:(?:você )?pode (?:revogar|retirar) (?:o )?(?:seu|este) consentimento|(?:os )?seus dados"
    r" (?:pessoais )?serão)\b"
    r"|^(?:je kunt (?:je|deze) toestemming|uw (?:persoons)?gegevens worden)\b"
)
"""The terms a consent notice goes on with: what becomes of the reader's data, how to revoke
the consent, where the privacy policy is ("Your personal data will only be disclosed ...")."""


CONSENT_TO_CONTACT = re.compile(
    r"^(?:[^.:]{1,40}:\s*)?i (?:agree|consent) (?:that [^.]{1,60} (?:may|can|will)"
    r" (?:contact|send|call|text|e-?mail) me\b|to (?:be contacted|receive (?:marketing"
    r"|promotional|recurring|automated)))"
)
"""A form's box the reader ticks: "I agree that Example University may contact me ..."."""
TEXT_MESSAGE_TERMS = re.compile(
    r"\b(?:message|msg|messaging) (?:&|and) data rates (?:may|will) apply\b"
    r"|\breply ['\"]?stop['\"]? (?:at any time )?to (?:opt[- ]?out|cancel|unsubscribe|end|stop)\b"
    r"|\byou can reply ['\"]?stop['\"]?"
)
"""The terms of a text-message sign-up: "Msg & data rates may apply. Reply STOP to opt out"."""


def consent_notice(f: Facts) -> Finding | None:
    """The consent notice under a comment, sign-up or contact form, or the terms it goes on
    with (score below the HTML threshold: an article may quote such a notice, and in HTML the
    extractor chose it). Like every promo rule, it reads blocks of at most ``PROMO_MAX_WORDS``."""
    if CONSENT.match(f.lower):
        return Finding("consent_notice", 0.8)
    if CONSENT_TERMS.match(f.lower) or CONSENT_TO_CONTACT.match(f.lower):
        return Finding("consent_notice", 0.75)
    if ("rates" in f.lower or "stop" in f.lower) and TEXT_MESSAGE_TERMS.search(f.lower):
        return Finding("consent_notice", 0.75)
    return None


FORM_PROMPT = re.compile(
    r"^\W*(?:please )?(?:fill (?:out|in) (?:the|this|our) (?:\w+ )?form\b"
    r"|complete (?:the|this|our) (?:\w+ )?form (?:below|above)\b)"
    r"|^\W*(?:bitte )?füllen sie (?:das|dieses|unser) \w*formular"
    r"|^\W*(?:veuillez )?remplisse?z (?:le|ce|notre) formulaire"
    r"|^\W*(?:rellena|completa|llena|rellene|complete) (?:el|este|nuestro) formulario"
    r"|^\W*compil(?:a|ate) (?:il|questo|il nostro) modulo"
    r"|^\W*preencha (?:o|este|nosso) formulário"
    r"|^\W*vul (?:het|dit|ons) formulier"
)
"""An invitation to fill in the page's form ("Fill out the form to get a copy of our ebook")."""
REPLY_HERE = re.compile(
    r"\byou can (?:respond|reply|comment) (?:to|on) this (?:post|article|story)\b"
    r"|\bvous pouvez (?:répondre à|commenter) cet (?:article|billet)\b"
    r"|\bpuedes (?:responder a|comentar) (?:esta entrada|este artículo)\b"
)
"""Where to answer the post: "With an account on the Fediverse, you can respond to this post"."""
REPLY_HINTS = ("respond", "reply", "comment", "répondre", "responder", "comentar")


def sign_up_prompt(f: Facts) -> Finding | None:
    """An invitation to fill in the page's form, or where to answer the post."""
    lower = f.lower
    if ("form" in lower or "modulo" in lower) and FORM_PROMPT.match(lower):
        return Finding("call_to_action", 0.75)
    if any(k in lower for k in REPLY_HINTS) and REPLY_HERE.search(lower):
        return Finding("comments", 0.75)
    return None


SPONSORED = re.compile(
    r"\bbranded content (?:team|studio)\b|\bpaid (?:post|content) (?:by|for|from)\b"
    r"|\b(?:content|article|story|post) (?:is|was) provided by (?:our |a )?sponsor\b"
)
"""A note that a sponsor paid for the piece: "... developed by the paper's branded content
team", "This content is provided by our sponsor"."""
SPONSOR_HINTS = ("sponsor", "paid", "branded")


def sponsor_note(f: Facts) -> Finding | None:
    """A note that the piece is a sponsor's."""
    if any(k in f.lower for k in SPONSOR_HINTS) and SPONSORED.search(f.lower):
        return Finding("advertisement", 0.8)
    return None


FREE_DELIVERY = re.compile(
    r"^(?:free|kostenlose[rn]?|gratis) (?:standard |express |uk |us |eu )?(?:shipping|delivery"
    r"|returns|versand|lieferung|rückversand|verzending|bezorging|levering)\b"
    r"|^(?:livraison|envío|envio|spedizione|frete|entrega|consegna|retours?|devoluci[oó]n"
    r"|devoluções) (?:standard |express |estándar |rápida |expressa )?(?:gratuite?s?|gratis"
    r"|gratuit[oa]s?|grátis)\b"
)
"""A shop's offer of free delivery ("Free shipping on orders over $50", "Livraison gratuite dès
50 €")."""


def delivery_offer(f: Facts) -> Finding | None:
    """A shop's banner offering free delivery or returns from an amount: a short line, no
    sentence, with a figure ("Free shipping + returns" without one is a point in a review)."""
    if f.n > 12 or f.terminal or not FREE_DELIVERY.match(f.lower):
        return None
    if not ANY_DIGIT.search(f.text):
        return None
    return Finding("call_to_action", 0.7)


PODCAST_PROMPT = re.compile(
    r"\b(?:wherever|anywhere|everywhere) you (?:get|listen to|find|download) (?:your )?podcasts\b"
    r"|\büberall,? wo es podcasts gibt\b|\büberall,? wo (?:sie|du) podcasts hör"
    r"|\bpartout où (?:vous écoutez|vous trouvez|sont diffusés) (?:vos |les )?podcasts\b"
    r"|\ben (?:tu|su) (?:plataforma|app|aplicación) de podcasts? (?:favorita|preferida)\b"
    r"|\bdonde (?:sea que )?escuches (?:tus )?podcasts\b"
    r"|\bovunque (?:ascolti|trovi) (?:i tuoi )?podcast\b"
    r"|\bonde quer que (?:você )?(?:ouça|ouve|encontre) (?:seus |os )?podcasts\b"
    r"|\boveral waar je (?:je )?podcasts? (?:luistert|beluistert|vindt)\b"
)
"""A podcast's plug: "Follow wherever you get your podcasts" (seven languages)."""
PODCAST_MAX_WORDS = 25


def podcast_prompt(f: Facts) -> Finding | None:
    """A podcast's plug, with its schedule or its host in the same line; or a player's button
    to play or fetch the episode ("Listen to this episode", "Folge anhören", "Écouter
    l'épisode")."""
    if f.n <= PODCAST_MAX_WORDS and "podcast" in f.lower and PODCAST_PROMPT.search(f.lower):
        return Finding("call_to_action", 0.75)
    if f.n > EPISODE_BUTTON_MAX_WORDS or not any(map(f.lower.__contains__, EPISODE_WORDS)):
        return None
    return Finding("button", 0.8) if EPISODE_BUTTON.match(f.lower.strip()) else None


EPISODE_BUTTON_MAX_WORDS = 5
EPISODE_WORDS = ("episod", "épisod", "episód", "folge", "aflevering")
"""Every episode button holds one of these: a cheap test before the pattern."""
EPISODE_BUTTON = re.compile(
    r"\W*(?:(?:play|stream|download|listen to)(?: the| this| full)? episode"
    r"|(?:diese |die )?folge (?:jetzt )?(?:anhören|abspielen|herunterladen)"
    r"|(?:écouter|télécharger) (?:l'|cet )épisode"
    r"|(?:escuchar|descargar|reproducir) (?:el |este )?episodio"
    r"|(?:ascolta|scarica) (?:l'|questo )episodio"
    r"|(?:ouvir|baixar|ouça) (?:o |este )?episódio"
    r"|(?:luister naar|beluister|download) (?:de|deze) aflevering)\W*$"
)


APP_OFFER = re.compile(
    r"^(?:get|download|install|descarga|descargue|baja|instala|télécharge[zr]?|installez"
    r"|scarica|installa|baixe|instale|installeer|lade|laden sie|holen sie sich|hol dir)\b.{0,80}"
    r"\b(?:app|apps|application|aplicación|applicazione|aplicativo|applicatie)\b"
)
APP_GAINS = frozenset(
    "alerts alert notifications push news free alertas alertes avvisi notifiche meldingen "
    "benachrichtigungen nachrichten noticias notizie notícias nieuws gratis kostenlos gratuit "
    "gratuite gratuita grátis aggiornato aggiornata aggiornati informed informiert informé "
    "informada informado".split()
)
"""What an app prompt promises: alerts, the news, for free."""
APP_MAX_WORDS = 20
SITE_APP = re.compile(r"\bapp (?:de|del|of|van|von|di|do|da|du|from)\b")
"""The site's own app, named after it ("Descarga la app de El Diario del Sur")."""


NOTIFICATIONS = re.compile(
    r"^(?:turn on|enable|activate|allow|activez|activer|activa|activar|attiva|attivare|ativa"
    r"|ativar|aktivieren sie|aktiviere|activeer|zet) (?:\w+ ){0,3}?(?:notifications|push"
    r"|alerts|benachrichtigungen|push-benachrichtigungen|notificaciones|notifiche|notificações"
    r"|meldingen|pushmeldingen|pushberichten|alertas|alertes)\b"
)
"""An invitation to turn on the site's notifications ("Activa las notificaciones ...")."""


def app_offer(f: Facts) -> Finding | None:
    """An invitation to get the site's app for its alerts ("Get breaking alerts on the Ridge
    News app — free on iPhone and Android"); an instruction in a how-to is a sentence."""
    if f.n > APP_MAX_WORDS or f.text.rstrip().endswith("."):
        return None
    offer = APP_OFFER.match(f.lower)
    if offer and (any(w in APP_GAINS for w in f.words) or SITE_APP.search(f.lower)):
        return Finding("call_to_action", 0.75)
    if NOTIFICATIONS.match(f.lower):
        return Finding("call_to_action", 0.75)
    return None


PROMO_RULES: tuple[Rule, ...] = (
    follow_prompt,
    podcast_prompt,
    app_offer,
    affiliate_note,
    support_appeal,
    priced_offer,
    button_markup,
    consent_notice,
    delivery_offer,
    sign_up_prompt,
    sponsor_note,
)


def promo(f: Facts) -> Finding | None:
    """The first promo rule with an opinion on this block, if any."""
    return first_opinion(PROMO_RULES, f, PROMO_MAX_WORDS)
