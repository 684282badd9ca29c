"""Line rules for newsletters: sign-up prompts, what will be delivered to the reader's inbox,
and the confirmations and promises around a sign-up ("Thanks for subscribing!", "Unsubscribe
at any time."), in the seven languages of the line rules and Russian (reason
``newsletter``).
"""

from __future__ import annotations

import re

from cleanarticle.boilerplate_buttons import NEWSLETTER_WORD
from cleanarticle.boilerplate_facts import TOKEN, Facts, Finding
from cleanarticle.boilerplate_facts import any_of as _any

NEWSLETTER_CUE = _any(
    r"^(?:get|sign|subscribe|join|receive|register|enter|stay|never miss|don't miss|want)\b",
    r"\b(?:your inbox|sign up (?:for|to)|subscribe (?:to|for|now)|our newsletter)\b",
    r"\bfree newsletter\b",
    r"\b(?:free )?(?:daily|weekly|morning|evening) (?:e-?mail|briefing|digest)\b",
    r"^(?:melden sie|abonnieren sie|registrieren sie|erhalten sie|jetzt)\b|\bunseren? newsletter",
    r"^(?:inscrivez|abonnez|recevez)|\bnotre newsletter|\bnotre lettre",
    r"^(?:suscr[ií]b(?:e|ete|ase|anse)\b|reg[ií]strate|recibe)"
    r"|\bnuestr[oa] (?:newsletter|bolet[ií]n)",
    r"^(?:iscriviti|ricevi|abbonati)|\bnostra newsletter",
    r"^(?:assine|inscreva|receba|cadastre)|\bnossa newsletter",
    r"^(?:schrijf je in|meld je aan|abonneer)|\bonze nieuwsbrief",
    r"^(?:[^\W\d_]+ )?(?:newsletter|nieuwsbrief|bolet[ií]n)(?: [^\W\d_]+)?\s*:",
    r"^(?:подпишитесь|подписывайтесь|подписаться|получайте|получите)\b|\bнаш[уа]? рассылк",
)
NEWSLETTER_NAME = re.compile(
    r"^[\w&' -]{1,40} (?:newsletter|nieuwsbrief)$"
    r"|^(?:(?:the|our|der|die|unser|la|notre|el|nuestro|il|nostra|a|nossa|de|onze) )?"
    r"(?:newsletter|nieuwsbrief|nyhetsbrev|nyhedsbrev|bolet[ií]n) (?:from|of|by|vom|von der|von"
    r"|du|de la|de|des|del|della|di|da|do|van|från|fra)(?: the)? [\w&'. -]{1,40}$"
)
"""A newsletter's name: "The Ledger newsletter", "Newsletter from The Ledger"."""
ADDRESS = _any(
    r"\b(?:you|your|our|us|now|free|today|here|thanks|thank)\b",
    r"\b(?:sie|ihr|ihre|unser|unseren|jetzt|hier|kostenlos)\b",
    r"\b(?:vous|votre|nos|notre|maintenant|gratuit|ici|merci)\b",
    r"\b(?:tu|tus|nuestro|nuestra|ahora|gratis|aquí|gracias)\b",
    r"\b(?:tuo|tua|nostra|nostro|ora|gratis|qui|grazie)\b",
    r"\b(?:seu|sua|nosso|nossa|agora|grátis|aqui|obrigado)\b",
    r"\b(?:je|jouw|uw|onze|nu|gratis|hier|bedankt)\b",
    r"\b(?:вы|вас|ваш\w*|наш\w*|сейчас|бесплатно|здесь|спасибо)\b",
)


NEWSLETTER_MAX_WORDS = 25
NEWSLETTER_LONG_WORDS = 40
"""A sign-up prompt ("sign up") that promises "your inbox" may run to this many words."""
NEWSLETTER_REPORT_WORDS = 15
"""A longer line with a sign-up cue inside it must speak to the reader to be a prompt."""


def newsletter(f: Facts) -> Finding | None:
    """A sign-up prompt: a newsletter word with an address to the reader or an imperative."""
    promised = "your inbox" in f.lower and "sign up" in f.lower
    longest = NEWSLETTER_LONG_WORDS if promised else NEWSLETTER_MAX_WORDS
    if f.n > longest or not NEWSLETTER_WORD.search(f.lower):
        return None
    cue = NEWSLETTER_CUE.search(f.lower) if f.n > 6 else None
    if cue and (
        f.n <= NEWSLETTER_REPORT_WORDS or _opens_sentence(f.lower, cue.start()) or _to_reader(f)
    ):
        return Finding("newsletter", 0.85)
    if f.n <= 6 and (ADDRESS.search(f.lower) or NEWSLETTER_NAME.search(f.lower)):
        return Finding("newsletter", 0.8)
    if f.n <= 6 and not f.terminal:  # a short prompt naming what to subscribe to
        signing = SIGN_UP_FOR.match(f.lower)
        if SUBSCRIBE_TO.match(f.lower) or (
            signing and NEWSLETTER_WORD.search(f.lower, signing.end())
        ):
            return Finding("newsletter", 0.8)
    return None


def delivered(f: Facts) -> Finding | None:
    """A newsletter described by what it brings to the reader's mail and when ("Receba o
    resumo do dia no seu e-mail", "Chaque vendredi, notre s\u00e9lection dans votre bo\u00eete
    mail"): no newsletter word needed, but not a sentence, unless it opens by telling the
    reader to receive it ("Erhalten Sie die wichtigsten Nachrichten jeden Morgen per E-Mail.").
    Told to receive it, the mail need not be named when its rhythm and what it brings are
    ("Recevez chaque samedi notre sélection de la semaine")."""
    if f.n > DELIVERED_MAX_WORDS:
        return None
    if RECEIVE.match(f.lower):
        mailed = bool(DELIVERED.search(f.lower) or BY_MAIL.search(f.lower))
        if not mailed and not f.terminal and len(set(DELIVERED_CUE.findall(f.lower))) > 1:
            return Finding("newsletter", 0.8)  # "Recevez chaque samedi notre sélection"
    else:
        mailed = not f.terminal and DELIVERED.search(f.lower) is not None
    if mailed and DELIVERED_CUE.search(f.lower):
        return Finding("newsletter", 0.8)
    return None


def subscribed(f: Facts) -> Finding | None:
    """A sign-up form's confirmation ("Thanks for subscribing!", "Bitte bestätigen Sie Ihre
    Anmeldung", "Votre inscription a bien été prise en compte") or its promise that leaving is
    easy ("No spam, unsubscribe anytime")."""
    if f.n > NEWSLETTER_MAX_WORDS or SUBSCRIBED_WORDS.isdisjoint(f.words):
        return None
    if SUBSCRIBED.search(f.lower) or UNSUBSCRIBE_ANYTIME.search(f.lower):
        return Finding("newsletter", 0.8)
    if NO_SPAM.search(f.lower) and DELIVERED_CUE.search(f.lower):
        return Finding("newsletter", 0.8)  # "Sin spam." with the letter's rhythm
    if MAILED_UNTIL_OPTED_OUT.search(f.lower):
        return Finding("newsletter", 0.85)
    return None


SUBSCRIBED = re.compile(
    r"\b(?:(?:thanks?(?: you)? for (?:signing up|subscribing|registering|your (?:subscription"
    r"|sign-?up))(?: to (?:our|the|my) \w+(?: \w+)?)?"
    r"|(?:danke|vielen dank) für ihre anmeldung|merci (?:pour|de) votre inscription"
    r"|gracias por (?:suscribirte|tu suscripción|registrarte)"
    r"|grazie per (?:esserti iscritt[oa]|l'iscrizione|la tua iscrizione)"
    r"|obrigad[oa] por (?:se inscrever|assinar|se cadastrar|se registar)"
    r"|bedankt voor (?:je|uw) (?:aanmelding|inschrijving))(?=\s*(?:[.!,]|$))"
    r"|you(?:'re| are) (?:now )?subscribed|your subscription (?:has been|is) (?:confirmed|complete)"
    r"|confirm your (?:subscription|sign-?up|registration)"
    r"|bestätigen sie ihre anmeldung|ihre anmeldung (?:war erfolgreich|wurde bestätigt)"
    r"|confirmez votre inscription"
    r"|votre inscription a (?:bien )?été (?:prise en compte|confirmée|enregistrée)"
    r"|confirma tu suscripción|tu suscripción (?:ha sido|está|se ha) (?:confirmada|completado)"
    r"|la tua iscrizione è (?:stata )?confermata|conferma la tua iscrizione"
    r"|(?:a )?sua (?:subscrição|inscrição|assinatura) foi confirmada|confirme a sua (?:inscrição"
    r"|subscrição)|bevestig (?:je|uw) (?:aanmelding|inschrijving)"
    r"|(?:je|uw) (?:aanmelding|inschrijving) is (?:bevestigd|gelukt|ontvangen))\b"
)
"""A sign-up's confirmation; thanks for signing up close their clause ("Thanks for signing
up to volunteer, the mayor said" is a report)."""
UNSUBSCRIBE_ANYTIME = re.compile(
    r"\bunsubscribe (?:at )?any ?time\b|\bjederzeit (?:abbestellbar|kündbar|abmelden)"
    r"|\b(?:désinscri|désabonne)\w* à tout moment|\bdarte de baja (?:en cualquier momento"
    r"|cuando quieras)|\bcancellarti (?:in qualsiasi momento|quando vuoi)"
    r"|\bcancelar (?:a qualquer momento|quando quiser)"
    r"|\b(?:altijd|op elk moment|wanneer je wilt) (?:weer )?(?:afmelden|uitschrijven|opzeggen)"
    r"|\b(?:afmelden|uitschrijven|opzeggen) kan altijd|\bdisiscriverti (?:quando vuoi"
    r"|in qualsiasi momento)|\b(?:désinscription|désabonnement) en un clic"
    r"|\b(?:jederzeit|mit einem klick) (?:abmelden|abbestellen)"
)
MAILED_UNTIL_OPTED_OUT = re.compile(
    r"\byou(?:'ll| will| may) (?:also )?(?:receive|get) (?:[\w-]+ ){0,3}"
    r"(?:e-?mails?|newsletters?)\b"
    r".*\b(?:opt[- ]out|unsubscribe)\b"
)
"""A sign-up form's terms: "You will receive emails containing news content, updates and
promotions from The Ledger. You may opt out at any time."."""
NO_SPAM = re.compile(
    r"(?:^|[.,:;!\u2014\u2013-]\s*)(?:no|kein|pas de|sin|niente|sem|geen) spam\s*(?:[.,:;!]|$)"
)
"""A letter's promise of no spam, as a clause of its own ("Sin spam.", "Geen spam, afmelden
kan altijd"; "No spam filter catches every message" is a sentence)."""
SUBSCRIBED_WORDS = frozenset(
    "thanks thank danke dank merci gracias grazie obrigado obrigada bedankt anmeldung "
    "inscription suscripción iscrizione subscrição inscrição assinatura aanmelding inschrijving "
    "subscription subscribed sign registration unsubscribe abbestellbar kündbar abmelden "
    "désinscrire désinscription désabonner désabonnement baja cancellarti cancelar afmelden "
    "uitschrijven opzeggen spam disiscriverti abbestellen opt".split()
)
"""A word of every phrase of ``SUBSCRIBED``, ``UNSUBSCRIBE_ANYTIME`` and
``MAILED_UNTIL_OPTED_OUT``, looked up first."""


RECEIVE = re.compile(
    r"^(?:get|receive|recevez|recibe|reciba|ricevi|riceva|receba|ontvang|erhalten sie"
    r"|bekommen sie)\b"
)
"""The reader told to receive something: with the mail it comes by, a newsletter's promise."""
BY_MAIL = re.compile(
    r"\b(?:by|via|per|par|por) (?:e-?mail|correo(?: electr\u00f3nico)?)\b"
    r"|\ben (?:tu|su) correo\b"
)
"""The mail named without the reader's inbox: "per E-Mail", "por correo", "en tu correo"."""


DELIVERED_MAX_WORDS = 16
DELIVERED = re.compile(
    r"\b(?:in|into|to|no|na|nella|dans|en|im|in de) (?:your|seu|sua|tua|tu|votre|ihr(?:em|en)?"
    r"|je|jouw) (?:e-?mail|inbox|mailbox|bo\u00eete (?:mail|de r\u00e9ception)|posteingang|postfach"
    r"|casella(?: di posta| e-?mail)?|caixa de entrada|bandeja de entrada)\b"
)
DELIVERED_CUE = re.compile(
    r"\b(?:every|each|chaque|tous les|cada|todos los|todas las|todas as|todos os|ogni|tutti i"
    r"|jeden|jede|jeder|elke|iedere|daily|weekly|t\u00e4glich|w\u00f6chentlich|quotidien\w*"
    r"|hebdomadaire|diari[oa]|semanal|quotidian[oa]|settimanal[ei]|di\u00e1ri[oa]|dagelijks"
    r"|wekelijks|summary|digest|roundup|highlights|resumo|r\u00e9sum\u00e9|resumen|riassunto"
    r"|s\u00e9lection|selecci\u00f3n|selezione|sele\u00e7\u00e3o|auswahl|selectie"
    r"|news|nachrichten|actualit\u00e9s?|noticias|notizie|not\u00edcias|nieuws|headlines"
    r"|schlagzeilen|titulares|manchetes)\b"
)
"""When or what: a newsletter's rhythm, its selection, the news it brings."""


def _opens_sentence(lower: str, at: int) -> bool:
    """Whether position ``at`` of ``lower`` opens a sentence ("... ever! Sign up for free")."""
    return at == 0 or lower[:at].rstrip().endswith((".", "!", "?", ":"))


def _to_reader(f: Facts) -> bool:
    """Whether a line speaks to the reader or for the site ("you", "our", "my work"): a long
    sentence that only mentions signing up ("... if they sign up to the free service")
    reports. A capitalised word inside the line is a name ("the My Account page")."""
    tokens = TOKEN.findall(f.text)
    return any(t.lower() in READER_WORDS and (k == 0 or t.islower()) for k, t in enumerate(tokens))


READER_WORDS = frozenset(
    "you your yours our us sie ihr ihre unser unseren unsere vous votre vos notre nos tu tus "
    "nuestro nuestra nuestros usted ti tuo tua vostro nostro nostra você seu sua nosso nossa "
    "je jouw uw ons onze my me mein meine mon ma mes mi mis mio mia meu minha mijn "
    "вы вас вам ваш ваша ваши наш наша наши нас".split()
)
SUBSCRIBE_TO = re.compile(
    r"^(?:subscribe (?:to|for)|abonnieren sie|abonnez-vous (?:à|au)|suscr[ií]bete (?:a|al)"
    r"|iscriviti (?:a|al|alla)|assine (?:a|o)|abonneer (?:je|u) op|подпис\w+ на)\b"
)
"""A short sign-up prompt naming what to subscribe to: "Subscribe to Travel Weekly"."""
SIGN_UP_FOR = re.compile(r"^sign up (?:to|for)\b")
"""A short sign-up prompt, when what it names is a newsletter: "Sign up for the Morning
Briefing" (not "Sign up for the marathon")."""
