"""Line rules for the furniture of blogs, recipe sites, shopping guides, forums and health pages.

Such pages print, around the post, widgets that news sites do not: a recipe card's rating
prompt ("Rate this recipe: 4.6 from 213 votes"), price buttons ("Voir le prix chez Fnac",
"$49.99 at Walmart"), a forum member's details ("Joined: Aug 2019 Posts: 1,482") and the
signature over each post ("Geplaatst door fietsfan op 2 april 2024 om 21:16"), the toggle of a
table of contents ("Sommaire [masquer]"), a medical review note ("Medically reviewed by Dr.
Priya Nair, MD"), a site search box and a language switcher. Each rule reads the line's
shape in seven languages; none knows a site.
"""

from __future__ import annotations

import re

from cleanarticle.boilerplate_facts import ANY_DIGIT, Facts, Finding

POST_MAX_WORDS = 30
"""Longer blocks are prose, whatever they mention (but for a note on the print edition)."""
PRINT_NOTE_MAX_WORDS = 60
"""A note on the print edition names the headline it ran under, and a site may glue its
toolbar to it ("... with the headline: ... Order Reprints | Today's Paper | Subscribe")."""

RATE_PROMPT = re.compile(
    r"^(?:rate|notez|noter|valora|valorar|vota|votate|avalie|avaliar|beoordeel|bewerten sie"
    r"|bewerte) (?:this|cette|ce|esta|este|questa|questo|dit|deze|dieses|diesen|dieser)"
    r" (?:recipe|recette|receta|ricetta|receita|recept|rezept|article|post|artikel|beitrag"
    r"|artículo|articolo|artigo|artikel)\b"
)
"""An invitation to rate the recipe or the post, with its stars and votes."""
PRICE_BUTTON = re.compile(
    r"^(?:check|see|view|compare|get) (?:the )?(?:latest )?prices?\b"
    r"|^preis(?:e)? (?:prüfen|ansehen|vergleichen|checken)\b|^zum (?:angebot|preis)\b"
    r"|^(?:voir|vérifier|comparer) (?:le |les )?prix\b"
    r"|^(?:ver|consultar|comprobar|comparar) (?:el )?precio\b"
    r"|^(?:verifica|vedi|controlla|confronta) (?:il )?prezzo\b"
    r"|^(?:ver|consultar|verificar|comparar) (?:o )?preço\b"
    r"|^(?:bekijk|check|vergelijk) (?:de )?prijs\b"
)
"""A shop button: "Check price on Amazon", "Preis prüfen bei Otto", "Ver preço na Worten"."""
PRICE_BUTTON_MAX_WORDS = 7
PRICE_AT_SHOP = re.compile(
    r"^(?:[$£€]\s?\d[\d.,]*|\d[\d.,]*\s?[$£€]) (?:at|on|from|bei|chez|en|na|no|su|da|bij|op)"
    r" [\w.&'-]+(?: [A-Z][\w.&'-]*)?$"
)
"""A price and the shop selling at it ("$49.99 at Walmart"), a button of a shopping guide."""
MEMBER_DETAILS = re.compile(
    r"^(?:joined|member since|registered|registriert seit|mitglied seit|dabei seit|inscrit"
    r"(?: le| depuis)?|membre depuis|inscription|registrado|miembro desde|iscritto(?: il| dal)?"
    r"|registrato|membro desde|registado|lid sinds|geregistreerd)\s*:?\s.{0,30}?"
    r"\b(?:posts|beiträge|messages|mensajes|messaggi|mensagens|berichten|respuestas|reacties)"
    r"\s*:?\s*\d"
)
"""A forum member's details beside a post: when they joined, how many posts."""
POSTED_BY = re.compile(
    r"^(?i:(?:re: )?posted by|verfasst von|geschrieben von|(?:message )?posté par|publié par"
    r"|publicado por|enviado por|inviato da|postato da|scritto da|geplaatst door|gepost door)"
    r" (?:[^\W\d]*[\d_][\w.-]*|[a-zäöüéèàç][\w.-]*)\b.{0,40}?\b(?:19|20)\d\d\b"
)
"""The signature over a forum post: who posted it, by a user name (with figures or underscores,
or in small letters: a name in capitals is an author's byline, which the article may keep),
and when."""
CONTENTS_TOGGLE = re.compile(
    r"^(?:table of contents|contents|inhaltsverzeichnis|inhalt|sommaire|table des matières"
    r"|índice(?: de contenidos?)?|contenidos|indice(?: dei contenuti)?|sommario|conteúdo"
    r"|inhoudsopgave|inhoud)\s*(?:\[\s*\w+\s*\]|[\u25bc\u25be\u25b2\u25b6\u25b8\u25ba\u2304]"
    r"|(?:anzeigen|ausblenden|einblenden|show|hide|toggle|afficher|masquer|mostrar|ocultar"
    r"|mostra|nascondi|esconder|tonen|verbergen))\s*$"
)
"""A table of contents' heading with its toggle ("Table of Contents [hide]")."""
REVIEWED_BY = re.compile(
    r"\b(?:medically reviewed|fact[- ]checked|medizinisch geprüft|fachlich geprüft|geprüft von"
    r"|relu par|revu par|vérifié par|validé par|revisado (?:médicamente |clínicamente )?por"
    r"|revisionato (?:da|dal|dalla)|rivisto (?:da|dal|dalla)|revisto (?:clinicamente |médicamente"
    r" )?(?:pela|pelo|por)|medisch gecontroleerd|gecontroleerd door|medisch beoordeeld)\b"
)
MEDICAL_TITLE = re.compile(
    r"\b(?:dr|dra|dott|dottor|dottoressa|prof|md|phd|rn|huisarts|arts|ärztin|arzt|médecin"
    r"|médico|médica|medico|pharmacist|apotheker|nurse|dietitian|rd)\b"
)
"""A medical review note: reviewed by a doctor, named with their title."""
SITE_SEARCH = re.compile(
    r"^(?:search (?:this|the) (?:site|website|blog)|(?:diese |die )?(?:seite|website) durchsuchen"
    r"|rechercher (?:sur|dans) (?:ce|le) (?:site|blog)|buscar en (?:este|el) (?:sitio|sitio web"
    r"|blog|web)|cerca nel (?:sito|blog)|pesquisar (?:neste|no) (?:site|blog)"
    r"|(?:doorzoek|zoeken op|zoek op) (?:deze|de) (?:site|website))\b"
)
"""A site's search box, its placeholder read as text ("Search this site...")."""
LANGUAGE_SWITCH = re.compile(
    r"^(?:language|sprache|langue|idioma|lingua|taal)\s*:\s*[^\W\d]+\s*[\u25be\u25bc\u2304]$"
)
"""A language switcher showing the chosen language and its caret ("Language: English \u25be"; a
record's "Language: Spanish" is a fact)."""
PRINT_EDITION = re.compile(
    r"^(?:this|a version of this) (?:article|story) (?:appeared|was published|ran|appears)\b"
    r".{0,50}\b(?:print|edition|newspaper|paper)\b"
    r"|^(?:dieser|der) (?:artikel|beitrag|text) (?:erschien|ist erschienen)\b.{0,60}"
    r"\b(?:printausgabe|ausgabe|zeitung)"
    r"|^cet article (?:est paru|a été publié|a paru)\b.{0,50}\b(?:édition|journal)"
    r"|^este artículo (?:se publicó|fue publicado|apareció)\b.{0,50}\b(?:edición|diario"
    r"|periódico)"
    r"|^questo articolo (?:è stato pubblicato|è uscito|è apparso)\b.{0,50}\b(?:edizione"
    r"|giornale|cartaceo)"
    r"|^este artigo (?:foi publicado|saiu)\b.{0,50}\b(?:edição|jornal)"
    r"|^dit (?:artikel|stuk) (?:verscheen|is verschenen|stond)\b.{0,50}\b(?:krant|editie)"
)
"""A note that the article also appeared in print ("This article appeared in the print edition
of The Sunday Ledger on 12 May 2024")."""
PRINT_NOTE = Finding("metadata", 0.75)
WEATHER = re.compile(
    r"^(?:weather|wetter|météo|el tiempo|tiempo|meteo|tempo|clima|weer|weerbericht)\b[^:]{0,30}"
    r":?\s*[^\d]{0,20}-?\d+\s*(?:°|º|graden|grad|degrees)"
)
"""A weather widget ("Wetter in Köln: 8 °C, bewölkt")."""
WEATHER_MAX_WORDS = 12
LIVE_TOGGLE = re.compile(
    r"^(?:show|hide) (?:only )?key (?:events|moments)|^nur (?:die )?wichtigsten (?:ereignisse"
    r"|beiträge|momente)|^(?:afficher|voir) (?:uniquement |seulement )?les (?:moments|faits"
    r"|événements) (?:clés|marquants)|^(?:mostrar|ver) (?:solo |sólo |apenas )?(?:los |os )?"
    r"(?:momentos|eventos) (?:clave|chave|destacados)|^mostra (?:solo )?(?:i )?momenti"
    r" (?:chiave|salienti)|^(?:toon|bekijk) (?:alleen )?(?:de )?(?:belangrijkste|hoogtepunten)"
)
"""A live blog's toggle ("Show key events only")."""
PICTURE_BY = re.compile(
    r"^(?i:foto|photo|bild|imagen|immagine|imagem|beeld)s? [A-Z][\w.-]*(?: [A-Z][\w.-]*)?"
    r" ?/ ?[A-Z]"
)
"""A picture credit without a colon: the label, an agency and a name ("Foto Ansa / Giulio
Ferraresi")."""
SENT_BYLINE = re.compile(
    r"^(?i:di|da|par|por|von|door|by) [A-Z][\w'-]+(?: [A-Z][\w'-]+){1,2},? (?i:inviat[oa]"
    r"|corrispondente|envoyée? spéciale?|correspondante?|enviad[oa] especial|corresponsal"
    r"|korrespondent(?:in)?|correspondent|reporting from|enviad[oa] a)\b"
)
"""A byline naming where the writer was sent, its preposition in small letters too ("di Marco
Bellandi, inviato a Bruxelles")."""
SHIPPING_BANNER = re.compile(
    r"^(?:(?:score|get|enjoy) )?free (?:standard |express |next[- ]day |worldwide )?(?:shipping"
    r"|delivery|returns)(?: (?:on|for|with) (?:all |qualifying |your )?(?:orders?|purchases?)\b"
    r"| (?:over|from) \W?\d)"
    r"|^(?:livraison|retours?) (?:gratuite?s?|offerte?s?)\b|^(?:kostenloser|gratis) (?:versand"
    r"|rückversand|lieferung)\b|^versandkostenfrei\b|^envío (?:gratis|gratuito)\b"
    r"|^spedizione gratuita\b|^(?:frete|envio) grátis\b|^gratis (?:verzending|bezorging)\b"
)
"""A shop's banner promising free shipping on orders ("Free standard shipping on orders 65€ or
more", "Livraison gratuite dès 60 €")."""
SHIPPING_MAX_WORDS = 30
SHIPPING_MAX_SENTENCE_WORDS = 8
"""A free-shipping line ending like a sentence is a banner only this short ("Score free
shipping on qualifying orders!"); a longer one may be the article's sentence about shipping."""
CHAT_WIDGET = re.compile(
    r"^(?:chat with us|chatten sie mit uns|chatte mit uns|discutez avec nous"
    r"|chatea con nosotros|chatta con noi|converse conosco|fale conosco no chat|chat met ons)\b"
)
"""A chat widget's invitation ("Chat with us \u2014 we typically reply in a few minutes")."""


OPENERS = frozenset(
    "rate notez noter valora valorar vota votate avalie avaliar beoordeel bewerten bewerte "
    "check see view compare get preis preise zum voir vérifier comparer ver consultar comprobar "
    "comparar verifica vedi controlla confronta verificar bekijk vergelijk joined member "
    "registered registriert mitglied dabei inscrit membre inscription registrado miembro "
    "iscritto registrato membro registado lid geregistreerd re posted verfasst geschrieben "
    "message posté publié publicado enviado inviato postato scritto geplaatst gepost table "
    "contents inhaltsverzeichnis inhalt sommaire índice contenidos indice sommario conteúdo "
    "inhoudsopgave inhoud search diese die seite website rechercher buscar cerca pesquisar "
    "doorzoek zoeken zoek language sprache langue idioma lingua taal chat chatten chatte "
    "discutez chatea chatta converse fale this a dieser der cet este questo dit weather wetter "
    "météo el tiempo meteo tempo clima weer weerbericht show hide nur afficher mostrar mostra "
    "toon foto photo bild imagen immagine imagem beeld fotos photos bilder di da par por von "
    "door by score get enjoy free livraison retour retours kostenloser gratis versandkostenfrei "
    "envío spedizione frete envio".split()
)
"""The first words the anchored rules above open with: a line opening otherwise is read only
for a medical review note (most lines are the article's: a set lookup saves the patterns)."""


def post_furniture(f: Facts) -> Finding | None:
    """The first of the rules above that knows the line (see the module)."""
    if f.n > PRINT_NOTE_MAX_WORDS or not f.words:
        return None
    if f.n > POST_MAX_WORDS:
        return PRINT_NOTE if PRINT_EDITION.match(f.lower) else None
    if f.words[0] not in OPENERS and f.text[:1] not in "$£€":
        return _reviewed(f)
    lower = f.lower.strip()
    if RATE_PROMPT.match(lower):
        return Finding("ui_string", 0.8)
    if CONTENTS_TOGGLE.match(lower):  # (a button: the contents' own lines are the article's)
        return Finding("button", 0.8)
    button = f.n <= PRICE_BUTTON_MAX_WORDS and not f.terminal
    if button and (PRICE_BUTTON.match(lower) or PRICE_AT_SHOP.match(f.text.strip())):
        return Finding("call_to_action", 0.75)
    if ANY_DIGIT.search(lower) and (MEMBER_DETAILS.match(lower) or POSTED_BY.match(f.text)):
        return Finding("comments", 0.75)
    found = _reviewed(f)
    if found is not None:
        return found
    if f.n <= 12 and SENT_BYLINE.match(f.text.strip()):
        return Finding("byline", 0.75)
    if PRINT_EDITION.match(lower):
        return PRINT_NOTE
    if f.n <= WEATHER_MAX_WORDS and ANY_DIGIT.search(lower) and WEATHER.match(lower):
        return Finding("ui_string", 0.75)
    if PICTURE_BY.match(f.text.strip()) and f.n <= 8:
        return Finding("credit", 0.8)
    banner = f.n <= (SHIPPING_MAX_SENTENCE_WORDS if f.terminal else SHIPPING_MAX_WORDS)
    if banner and SHIPPING_BANNER.match(lower):
        return Finding("call_to_action", 0.75)
    if LIVE_TOGGLE.match(lower) or CHAT_WIDGET.match(lower):
        return Finding("ui_string", 0.75)
    if SITE_SEARCH.match(lower) or LANGUAGE_SWITCH.match(lower):
        return Finding("ui_string", 0.75)
    return None


def _reviewed(f: Facts) -> Finding | None:
    if REVIEWED_BY.search(f.lower) and MEDICAL_TITLE.search(f.lower):
        return Finding("credit", 0.75)
    return None
