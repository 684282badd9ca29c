"""Line rules for buttons, toolbars and menus, judged from their words and shape.

``ui_string`` catches buttons and toolbars never seen before: a short line made only of UI words
(see :mod:`cleanarticle.uiwords`), with connecting words and numbers, in seven languages and
Russian; also calls to action, app-store prompts, logins and lone action buttons.
``navigation`` finds lines of menu items between separators and breadcrumb trails; ``counter``
gallery counters and text-size controls.
"""

from __future__ import annotations

import re

from cleanarticle.boilerplate_facts import DIGITS, LIST_MARK, TOKEN, Facts, Finding, any_of
from cleanarticle.uiwords import (
    ACTIONS,
    ADDRESSING,
    CONNECTORS,
    IMPERATIVES,
    RECIPE,
    SECTIONS,
    SERVICE,
    SERVICE_MODIFIERS,
    SERVICE_VERBS,
    SOCIAL,
    STRONG,
    WEAK,
    ui_form,
)
from cleanarticle.uiwords import words as word_set

SEPARATOR = re.compile(r"\s[|·•»]\s")
TOOLBAR_RUN_MAX_WORDS = 12
SHARE_RUN_MAX_WORDS = 16
"""Past seven words a line of UI words is judged only as a run of share buttons, up to this
many words."""
YOU_ARE_HERE = (
    r"(?:you are (?:currently )?here|sie sind hier|sie befinden sich hier|vous êtes ici"
    r"|usted está aquí|estás aquí|estás en|usted está en|tu sei qui|ti trovi qui|sei qui"
    r"|você está aqui|está aqui|u bent hier|je bent hier)"
)
"""The label of a breadcrumb trail ("You are here:"), as a pattern."""
BREADCRUMB = re.compile(
    r"^(?:home|homepage|startseite|accueil|inicio|início|home page|pagina iniziale)"
    rf"\s*[>/\u203a\u00bb|]|^{YOU_ARE_HERE}\b"
)
NAV_NOISE = re.compile(r"[$:{}\[\]()<>=*/]|\d")
NEWSLETTER_WORD = any_of(
    r"\b(?:daily|weekly|morning|evening) (?:e-?mail|briefing|digest)\b",
    r"\b(?:ochtend|avond|week|dag|morgen|abend|wochen|tages)-?(?:brief|briefing|newsletter)\b",
    r"\b(?:newsletters?|nieuwsbrief|nyhetsbrev|nyhedsbrev|inbox|posteingang"
    r"|bo[iî]te (?:de réception|mail)"
    r"|lettre d'info(?:rmation)?|bolet[ií]n"
    r"|bandeja de entrada|casella di posta|caixa de entrada)\b",
    r"\b(?:subscrib(?:e|ing)|sign(?:ing)?[- ]up|abonnieren|abonnez|suscr[ií]b\w*|iscriviti"
    r"|abbonati|assine|inscreva|abonneer)\b",
    r"\bрассылк\w*|\bна (?:почту|e-?mail|электронную почту)\b",
)
BARE_SIZES = re.compile(r"^(?:a\s*[-+\u2212]?\s*){2,4}$")
"""Letters of a text-size control without a label: "A- A A+"."""
TEXT_SIZE = re.compile(
    r"^(?:text|font|type|schrift|police|texte|letra|fuente|carattere|fonte|tekst|letter)"
    r"(?:\s*(?:size|größe|grösse|taille|tamaño|dimensione|tamanho|grootte))?\s*:?"
    r"(?:\s*(?:a[-+\u2212]?|small|medium|large|klein|mittel|groß|petit|moyen|grand|pequeño|mediano"
    r"|grande|piccolo|medio|pequeno|médio|middel|groot)){2,}$"
)
"""A text-size control: "Font: A- A+", "Text: Small Medium Large"."""
PICTURE_LABEL = (
    r"(?:image|photo|picture|slide|bild|foto|imagen|immagine|imagem|afbeelding|diaporama"
    r"|galerie|gallery|galería|galleria|galeria|galerij|slideshow)"
)
COUNTER = re.compile(
    rf"^(?:{PICTURE_LABEL}(?:\s+[^\W\d]+)?\s+)?\d{{1,3}}\s+(?:of|von|de|di|van)\s+\d{{1,3}}$"
    rf"|^{PICTURE_LABEL}\s*[\u2013\u2014:-]?\s*\d{{1,3}}\s*/\s*\d{{1,3}}$"
)
KEY_HINT = re.compile(r"\b(?:ctrl|strg|cmd)\s*[+\-\u2212]|\u2318\s*[+\-\u2212]")
SIZE_WORD = re.compile(
    r"\b(?:text|tekst|schrift|schriftgröße|font|zoom|texte|texto|testo|vergroten|verkleinen"
    r"|vergrößern|verkleinern|agrandir|réduire|ampliar|reducir|ingrandire|ridurre|aumentar"
    r"|diminuir|enlarge|size)\b"
)
KEY_HINT_MAX_WORDS = 14
"""A keyboard hint for the text size ("Tekst vergroten of verkleinen: Ctrl + / Ctrl \u2212"), a
line of its own and no sentence (a how-to's step ends with its stop)."""
TICKER = re.compile(
    r"^[A-Z][\w&.]*(?: [A-Z0-9][\w&.]*){0,2} \d[\d.,]*(?: ?pts?)? ?"
    r"[\u25b2\u25bc\u2191\u2193+\u2212-] ?\d+(?:[.,]\d+)? ?%$"
)
"""A market ticker: an index, its level and its change ("DAX 18.214 +0,6 %", "FTSE 100
7,412.6 \u25b20.38%")."""


def counter(f: Facts) -> Finding | None:
    """A gallery or slide counter ("1 of 12", "Image 3 of 10"), a text-size control, a market
    ticker or a rating widget."""
    sizes = "+" in f.text or "-" in f.text or "\u2212" in f.text
    if f.n <= 6 and (COUNTER.match(f.lower) or TEXT_SIZE.match(f.lower)):
        return Finding("ui_string", 0.75)
    if sizes and BARE_SIZES.match(f.lower):
        return Finding("ui_string", 0.75)
    hint = f.n <= KEY_HINT_MAX_WORDS and sizes and not f.terminal and KEY_HINT.search(f.lower)
    if hint and SIZE_WORD.search(f.lower):
        return Finding("ui_string", 0.75)
    if f.n <= 7 and "%" in f.text and TICKER.match(f.text.strip()):
        return Finding("ui_string", 0.75)
    if f.n <= 12 and f.text.lstrip()[:1] in STAR_MARKS and STARS.match(f.text):
        return Finding("ui_string", 0.75)
    return None


STAR_MARKS = "\u2605\u2606\u2b50\u2729\u272a"
STARS = re.compile(
    rf"^[{STAR_MARKS}\s]*[{STAR_MARKS}][^()]*\(\s*\d[\d.,]*\s*"
    r"(?:reviews?|ratings?|votes?|bewertungen|avis|notes|reseñas|valoraciones|votos|recensioni"
    r"|voti|avaliações|beoordelingen|stemmen)\s*\)(?:\s*[\u2013\u2014-]\s*[^.!?]{0,40})?$",
    re.IGNORECASE,
)
"""A rating widget: stars, the mean, and how many readers rated ("\u2605\u2605\u2605\u2605\u2606 4.3
(2,187 reviews)"); a review's own verdict gives no count of raters."""


def navigation(f: Facts) -> Finding | None:
    """A line of short items between separators ("Home | News | Sport"), a breadcrumb trail
    from the home page ("Home > Sport > Football"), or a link drawn with an arrow."""
    if f.n <= 15 and BREADCRUMB.match(f.lower):
        return Finding("navigation", 0.8)
    if f.n <= ARROW_LINK_MAX_WORDS and _arrow_link(f.text.strip()):
        return Finding("navigation", 0.75)
    if f.n <= 4 and _section_trail(f.text):
        return Finding("navigation", 0.75)
    if SECTION_RUN_MIN_WORDS <= f.n <= SECTION_RUN_MAX_WORDS and _section_run(f):
        return Finding("navigation", 0.75)
    if f.n > 30 or f.terminal:
        return None
    if ":" in f.text and _labelled_menu(f.text):
        return Finding("navigation", 0.75)
    if NAV_NOISE.search(f.text):
        return None
    parts = [p.strip() for p in SEPARATOR.split(f.text) if p.strip()]
    if len(parts) < 2 or not all(len(TOKEN.findall(p)) <= 4 for p in parts):
        return None
    if len(parts) >= 3 and all(p[0].isupper() for p in parts):
        return Finding("navigation", 0.8)
    if _ui_counts(f.words) is not None:
        return Finding("navigation", 0.85)
    return None


MENU_LABEL = re.compile(r"^([^\W\d][^:|\u00b7\u2022]{0,30}?)\s?:\s*(\S.*)$")
"""A short label and its colon opening a line ("Jump to: ...", "Schlagworte: ...")."""
MENU_LABEL_WORDS = word_set(
    "tagged tags topics keywords filed language languages shortcuts skip go "
    "schlagworte schlagwörter stichwörter stichworte themen sprache sprachen springe "
    "mots-clés mots clés sujets thèmes langue langues raccourcis aller "
    "etiquetas temas palabras idioma idiomas atajos "
    "argomenti temi parole lingua lingue scorciatoie "
    "assuntos palavras-chave atalhos "
    "onderwerpen trefwoorden taal talen sneltoetsen"
)
"""Words naming a line of links by what they lead to: tags and topics, languages, places on
the page; with the UI words, they make a label of a menu."""


def _labelled_menu(text: str) -> bool:
    """A label naming a menu, then its short items between separators: "Jump to: Ingredients
    \u00b7 Method \u00b7 FAQ", "Language: English | Cymraeg", "Temas: Vivienda \u00b7 Alquiler".
    Lines of facts set out the same way ("Microsoft Ignite: November 17-20 | San Francisco")
    have a label that names no menu."""
    match = MENU_LABEL.match(text)
    if match is None:
        return False
    label = TOKEN.findall(match.group(1).lower())
    if not 1 <= len(label) <= 3:
        return False
    if not any(w in MENU_LABEL_WORDS or w in STRONG or w in WEAK for w in label):
        return False
    items = [p.strip() for p in SEPARATOR.split(match.group(2))]
    return len(items) >= 2 and all(1 <= len(TOKEN.findall(p)) <= 3 for p in items)


ARROW_LINK_MAX_WORDS = 6
LEFT_ARROWS = "\u2190\u2039\u27f5\u21d0\u25c4\u25c0"
"""← ‹ ⟵ ⇐ ◄ ◀"""
RIGHT_ARROWS = "\u2192\u203a\u27f6\u21d2\u25ba\u25b6"
"""→ › ⟶ ⇒ ► ▶"""


def _arrow_link(text: str) -> bool:
    """A short line opened by an arrow pointing back or closed by one pointing on ("← Back to
    the blog", "Newer posts →", "Read more »"): a link, drawn as one. Guillemets count only
    when they do not pair as quotation marks; "<" and ">" only alone and apart from the
    words, or as the whole line (a bulleted "- >" is judged without its bullet when no list
    item stands next to it, and must get the same verdict)."""
    if not text:
        return False
    first, last = text[0], text[-1]
    if first in LEFT_ARROWS or (first == "«" and "»" not in text):
        return True
    if last in RIGHT_ARROWS or (last == "»" and "«" not in text):
        return True
    alone = text.count("<") + text.count(">") == 1  # "adduser < username >" is code
    return alone and (len(text) == 1 or text.startswith("< ") or text.endswith(" >"))


SECTION_RUN_MIN_WORDS = 3
SECTION_RUN_MAX_WORDS = 8
HOME_WORDS = frozenset("home startseite accueil inicio portada início homepage".split())


def _section_run(f: Facts) -> bool:
    """A site's menu read out without separators: capitalised section names only ("Home
    News Sport Weather", "Politik Wirtschaft Kultur")."""
    tokens = f.text.split()
    if len(tokens) != f.n or not all(t[:1].isupper() for t in tokens):
        return False
    return all(w in SECTIONS or w in HOME_WORDS for w in f.words)


TRAIL_SEPARATOR = re.compile(r"\s(?:[|·•»>/]|\u203a)\s")


def _section_trail(text: str) -> bool:
    """Two capitalised parts of one or two words, one of them a section of a news site."""
    parts = [p.strip() for p in TRAIL_SEPARATOR.split(text)]
    if len(parts) != 2 or not all(p[:1].isupper() and len(p.split()) <= 2 for p in parts):
        return False
    return any(p.lower() in SECTIONS for p in parts)


def _mentions_device(lower: str) -> bool:
    """Whether a line holds a word that every :data:`DEVICE_NOTICE` match holds: found as
    plain substrings far faster than the pattern, which is tried at every position."""
    return (
        "javascript" in lower
        or "browser" in lower
        or "device" in lower
        or "playback" in lower
        or "naviga" in lower
    )


TO_CONTENT = re.compile(
    r"^\W*(?:direct |direkt |directement |directamente |direttamente |diretamente )?(?:naar|zum"
    r"|zur|au|al|ao|alla) (?:de |het |la |le |el |o |a )?(?:inhoud|hoofdinhoud|inhalt"
    r"|hauptinhalt|contenu|contenido|contenuto|conteúdo|recept|rezept|recette|receta|ricetta"
    r"|receita)\W*$"
)
"""A link on to the page's content ("Direct naar de inhoud", "Direkt zum Inhalt")."""


def ui_string(f: Facts) -> Finding | None:
    """A UI line (see :func:`_ui_line`), a lone action that makes a button on its own
    ("Listen", "Écouter"; reason ``button``, which does not end a section of a page dump), or
    a tool of the page named by what it acts on ("Summarize this article")."""
    found = _ui_line(f)
    if found is None and f.n <= 6 and TO_CONTENT.match(f.lower):
        return Finding("navigation", 0.75)
    if found is None and _lone_action(f) and not LIST_MARK.match(f.text):
        return Finding("button", 0.7)
    if found is None and f.n == 3 and _on_this_page(f):
        return Finding("ui_string", 0.75)
    return found


def _lone_action(f: Facts) -> bool:
    """One action, alone or with "it" or "this" ("Pin it", "Share this")."""
    if f.n == 1:
        return f.words[0] in ACTIONS
    return f.n == 2 and f.words[0] in ACTIONS and f.words[1] in ("it", "this")


def _ui_line(f: Facts) -> Finding | None:
    """A short line made only of UI words (a button, a toolbar, a prompt never seen before, a
    count: "2.4K views"), a call to action ("Visit our shop"), or a notice about the reader's
    browser or device."""
    if f.n <= 20 and _mentions_device(f.lower) and DEVICE_NOTICE.search(f.lower):
        return Finding("ui_string", 0.8)
    if f.text.rstrip().endswith(("!", "?")) and _exclaimed(f):
        return Finding("share_bar" if _is_share(f) else "ui_string", 0.7)
    if f.n <= 4 and DISMISS.match(f.lower.strip()):
        return Finding("ui_string", 0.75)
    if f.n == 0 or f.text.rstrip().endswith((".", "?", ",", ";", "!")):
        return None
    if f.n <= 16 and MEMBERSHIP.match(f.lower) and PRICE.search(f.text):
        return Finding("call_to_action", 0.75)
    if f.n > 7:
        return _ui_run(f)
    if f.n <= 5 and MEMBERSHIP.match(f.lower):
        return Finding("call_to_action", 0.75)
    if LOGIN.match(f.lower) or _app_prompt(f):
        return Finding("ui_string", 0.8)
    counts = _ui_counts(f.words)
    if counts is None and _recipe_button(f):
        return Finding("button", 0.7)
    if counts is None and _service_call(f):
        return Finding("call_to_action", 0.7)
    if LIST_MARK.match(f.text):
        return _ui_list_item(f, counts)
    if counts is None and f.n <= 10 and _copied_message(f.words):
        return Finding("ui_string", 0.75)  # "Lien copié dans le presse-papier"
    if counts is None:
        return _call_to_action(f)
    strong, weak = counts
    if f.n > 1 and not strong and f.text.rstrip().endswith(":"):
        return None
    label = weak == 1 and f.n == 1 and f.text.endswith(":")
    label = label or (weak == 1 and f.n <= 3 and DIGITS.match(f.words[0]) is not None)
    us = weak == 1 and f.n <= 3 and (f.words[0] in TOWARDS or any(w in US for w in f.words))
    urged = weak == 1 and f.n <= 3 and any(w in URGE and w not in WEAK for w in f.words)
    urged = urged or (weak == 1 and 2 <= f.n <= 3 and f.words[0] in IMPERATIVES)
    if urged and not strong:
        return Finding("call_to_action", 0.65)
    if strong or weak >= 2 or label or us:
        if NEWSLETTER_WORD.search(f.lower):
            return Finding("newsletter", 0.85)
        return Finding("share_bar" if _is_share(f) else "ui_string", 0.7 + 0.1 * min(strong, 2))
    return _call_to_action(f)


def _on_this_page(f: Facts) -> bool:
    """Three words: the page itself ("this article") and what to do with it, "Summarize this
    article", "Diesen Artikel teilen". A button of the page's own tools, whatever its verb;
    an article's sentences about itself are longer. Where another word is a function word
    ("In this article", "On this page"), the line heads the article's contents and stays."""
    words = f.words
    if f.terminal or f.function_words > 1:
        return False
    if words[1] in THIS:
        return words[2] in PAGE_ITEMS
    return words[0] in THIS and words[1] in PAGE_ITEMS


THIS = word_set(
    "this these dieser diesen dieses diese ce cet cette ces este esta estos estas questo "
    "questa questi queste dit deze"
)
"""Demonstratives of the seven languages ("the" is not one: "Behind the story" is a heading)."""
PAGE_ITEMS = word_set(
    "article articles story post page video episode podcast recipe gallery artikel beitrag "
    "seite rezept galerie artículo página noticia receta galería vídeo article page vidéo "
    "recette galerie articolo pagina notizia ricetta galleria artigo notícia receita galeria "
    "bericht pagina recept aflevering"
)
"""What a page's own tools act on, in the seven languages."""


def _recipe_button(f: Facts) -> bool:
    """A button of a recipe card ("Jump to Recipe", "Rezept drucken", "Naar het recept"): the
    recipe and UI words (or a link's "to"), at most four words in all. The card is part of the
    article, so its buttons do not end a section of a page dump (reason ``button``)."""
    return _names_with_ui(f, RECIPE, 4, TOWARDS)


def _service_call(f: Facts) -> bool:
    """A service's button ("Book an appointment", "Request a quote", "Termin vereinbaren"):
    what the service offers, and UI words or an imperative, at most six words in all."""
    if _names_with_ui(f, SERVICE, 6, IMPERATIVES):
        return True
    if f.n > 6 or LIST_MARK.match(f.text) or not any(w in SERVICE_VERBS for w in f.words):
        return False
    known = SERVICE | SERVICE_VERBS | SERVICE_MODIFIERS | CONNECTORS | ADDRESSING
    return any(w in SERVICE for w in f.words) and all(w in known for w in f.words)


def _names_with_ui(
    f: Facts, names: frozenset[str], max_words: int, openers: frozenset[str]
) -> bool:
    """A short line (not a list item) naming one of ``names``, its other words all UI words
    or glue, with one UI word at least or opened by one of ``openers``."""
    if f.n > max_words or not any(w in names for w in f.words):
        return False
    counts = _ui_counts(tuple(w for w in f.words if w not in names))
    if counts is None or LIST_MARK.match(f.text):
        return False
    return sum(counts) >= 1 or f.words[0] in openers


def _ui_run(f: Facts) -> Finding | None:
    """A longer line of buttons printed one after another, made only of UI words: share
    buttons ("Share on Facebook Share on Twitter Share by Email": two strong words at least, a
    network among them), or a toolbar's buttons ("A A Leggi dopo Commenti Ascolta l'articolo",
    "Copy link Link copied Send by e-mail": at least four, a strong one among them, and no
    comma; an instruction about the page's links is a sentence: "To see all the comments,
    click on the Comments link below")."""
    share = f.n <= SHARE_RUN_MAX_WORDS and any(w in SOCIAL for w in f.words)
    toolbar = f.n <= TOOLBAR_RUN_MAX_WORDS and "," not in f.text
    if not (share or toolbar):
        return None
    counts = _ui_counts(f.words)  # (counted once for both shapes)
    if counts is None:
        return None
    if share and counts[0] >= 2:
        return Finding("share_bar", 0.7)
    if toolbar and counts[0] >= 1 and sum(counts) >= 4:
        return Finding("share_bar" if _is_share(f) else "ui_string", 0.7)
    return None


def _exclaimed(f: Facts) -> bool:
    """ "Like this story? Share it with a friend!", "Copiar enlace ¡Enlace copiado!": a prompt
    or a button's confirmation of UI words only, with a strong one or a copy's confirmation,
    and at least three in all."""
    if not 3 <= f.n <= 10 or f.words[0] in ("click", "tap"):
        return False
    counts = _ui_counts(f.words)
    if counts is None or sum(counts) < 3:
        return False
    return counts[0] >= 1 or not COPIED.isdisjoint(f.words)


COPIED = word_set("copied kopiert copié copiado copiato gekopieerd")
"""A link copied: the confirmation a copy button shows."""


def _copied_message(words: tuple[str, ...]) -> bool:
    """A copy button's message: opening with what was copied or with the copy, and naming
    both ("Link copied to clipboard"; "the feed URL copied from ..." is a sentence)."""
    return (
        (words[0] in COPIED or words[0] in COPY_PLACES)
        and not COPIED.isdisjoint(words)
        and not COPY_PLACES.isdisjoint(words)
    )


COPY_PLACES = word_set(
    "link links lien enlace collegamento ligação url clipboard zwischenablage presse papier "
    "papiers portapapeles appunti transferência klembord"
)
"""What a copy button copies, and where to: with a copy's confirmation on a short line, the
button's message ("Link copied to clipboard", "Link copiado para a área de transferência")."""


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


DEVICE_NOTICE = any_of(
    r"\b(?:enable|disabled?|turn on|requires?|activate)\b.{0,30}\bjavascript\b",
    r"\bjavascript\b.{0,30}\b(?:is disabled|is required|is turned off|must be enabled)\b",
    r"\b(?:unsupported|not supported)\b.{0,40}\b(?:browser|device)\b",
    r"\b(?:update|upgrade) your browser\b|\bplayback is (?:unsupported|not supported)\b",
    r"^(?:sorry,? |unfortunately,? )?(?:your (?:web )?(?:browser|device) (?:does not|doesn't"
    r"|cannot|can't|can not) (?:support|play)|ihr browser unterstützt|votre navigateur ne"
    r" (?:prend pas en charge|supporte pas|permet pas)|(?:tu|su) navegador no (?:admite|soporta"
    r"|es compatible|permite)|il (?:tuo|suo) browser non (?:supporta|è compatibile|consente)"
    r"|(?:o )?seu navegador não (?:suporta|é compatível|permite)|(?:je|uw) browser ondersteunt)"
    r"\b[^.!?]{0,50}[.!]?$",
)
UI_OR_GLUE = STRONG | WEAK | SOCIAL | CONNECTORS | ADDRESSING | IMPERATIVES
LOGIN = re.compile(
    r"^(?:sign|log) ?(?:in|up|on|out)$|^(?:anmelden|einloggen|abmelden|connexion|se connecter"
    r"|acceder|entrar|iniciar sesión|accedi|inloggen|uitloggen|aanmelden)$"
)
APP_STORE = re.compile(
    r"\b(?:app ?store|google play|play store|apple store|app gallery|apple podcasts"
    r"|google podcasts|amazon music|youtube music|spotify|deezer|soundcloud|stitcher"
    r"|pocket casts"
    r"|(?:ios|iphone|ipad) (?:and|or|&|und|oder|et|ou|y|e|o|en|of) android"
    r"|android (?:and|or|&|und|oder|et|ou|y|e|o|en|of) (?:ios|iphone|ipad))\b"
)
"""Where apps and podcasts are found: a short line naming a store or a podcast platform is an
app prompt ("Get it on ...", "Listen on Spotify")."""
US = word_set(
    "us uns nous nos ci nosotros my mein meine mon ma mes mi mis mio mia miei minha meu meus mijn "
    "noi ons"
)
"""The site or the reader's own account: with one UI word, a menu item ("Contact us", "My
account", "Mein Konto")."""
DISMISS = re.compile(
    r"^(?:no|nein|non|não|nee),? (?:thanks|thank you|danke|merci|gracias|grazie"
    r"|obrigad[oa]|bedankt|dank je)[.!]?$|^maybe later$"
    r"|^(?:ok(?:ay)?,? )?(?:got it|i understand|verstanden|alles klar|j'ai compris|compris"
    r"|entendido|entendi|ho capito|begrepen|i accept|i agree)!?$"
)
"""The button that declines a prompt ("No thanks", "Nein, danke", "Não, obrigado") or
acknowledges a notice ("Got it!", "OK, I understand", "J'ai compris")."""
MEMBERSHIP = re.compile(
    r"^(?:become a (?:member|subscriber|supporter)|mitglied werden|devenir membre"
    r"|(?:hazte|hágase) socio|diventa socio|(?:seja|torne-se) (?:membro|sócio)|word lid"
    r"|lid worden)\b"
)
"""An invitation to join the site as a member ("Mitglied werden", "Hazte socio")."""
PRICE = re.compile(r"[$£€]\s?\d|\d\s?[$£€]")
"""A price: an invitation to join with its price is an offer ("Hazte socio: 3 meses por 1 €")."""
TOWARDS = word_set("zum zur naar")
"""A link to another page opens with "to" in German and Dutch: with one UI word on a short
line, a link ("Zur Bildergalerie", "Naar de hoofdinhoud")."""
URGE = word_set(
    "now today free jetzt heute kostenlos kostenlose kostenloser gratis maintenant gratuit "
    "gratuite gratuitement gratuita ahora hoy "
    "ora oggi gratuito agora hoje grátis nu vandaag"
)
"""Words urging the reader: with one UI word on a short line, a button ("Jetzt testen")."""


def _ui_counts(words: tuple[str, ...]) -> tuple[int, int] | None:
    """(strong, weak) UI words in a line made only of UI words, connectors and numbers; a
    share followed by "of" is the noun ("Share of the vote"), which no button uses."""
    if "of" in words and _share_of(words):
        return None
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


def _share_of(words: tuple[str, ...]) -> bool:
    return any(w == "of" and words[i - 1] in ("share", "shares") for i, w in enumerate(words) if i)


SHARE_WORDS = SOCIAL | word_set(
    "share sharing tweet retweet email teilen teile partager partagez compartir comparte "
    "condividi compartilhar compartilhe partilhar partilhe delen deel"
)


def _is_share(f: Facts) -> bool:
    return any(w in SHARE_WORDS for w in f.words)
