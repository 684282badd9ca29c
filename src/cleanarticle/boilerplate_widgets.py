"""Line rules for widgets of many kinds of site, read with the service rules.

A paper's history ("Received ... Accepted ..."), a question's age and edit prompt on Q&A sites,
map, calendar and condolence buttons, a shop's stock label, a streaming guide's where-to-watch
line, an archived newsletter's chrome, a course's sign-up, a help widget, accessibility switches
and touch hints, an embed's consent placeholder, the label of a summary a language model wrote,
a broadcaster's "available until", a widget's loading placeholder and a pay-or-accept cookie
wall. Each rule is anchored at the start of the line and reads its shape in seven languages;
none knows a site. :func:`boilerplate_services.service_furniture` reads them for lines opening
with one of :data:`WIDGET_OPENERS`, or with a common word in one of :data:`PHRASE_OPENERS`.
"""

from __future__ import annotations

import re

from cleanarticle.boilerplate_facts import ANY_DIGIT, Facts, Finding

RECEIVED = re.compile(
    r"^(?:received|submitted|eingegangen|eingereicht|reçu|soumis|recibido|ricevuto|recebido"
    r"|submetido|ontvangen|ingediend)\s*:?\s*(?:(?:on|am|le|el|il|em|op) )?\d"
)
ACCEPTED = re.compile(
    r"\b(?:accepted|angenommen|akzeptiert|accepté|aceptado|accettato|aceito|geaccepteerd"
    r"|aanvaard)\b"
)
"""A paper's history: when it was received (its date right after), then accepted (and
published), with dates."""
_UNIT = (
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|sekunden|minuten"
    r"|stunden|tagen|wochen|monaten|jahren|secondes?|heures?|jours?|semaines?|mois|ans?"
    r"|segundos?|minutos?|horas?|días?|dias?|semanas?|meses|mes|años?|anos?|secondi|minuti"
    r"|ore|giorni|settimane|mesi|anni|seconden|uur|dagen|weken|maanden|jaar|jaren)"
)
ASKED_AGO = re.compile(
    r"^(?:asked|answered|modified|edited|gefragt|beantwortet|bearbeitet|posée?|répondue?"
    r"|modifiée?|preguntad[oa]|respondid[oa]|modificad[oa]|perguntad[oa]|chiest[oa]"
    r"|rispost[oa]|gesteld|beantwoord) (?:vor |il y a |hace |há |)\d+ "
    + _UNIT
    + r"(?:,? \d+ "
    + _UNIT
    + r")?(?: ago| fa| geleden)?$"
)
"""A question-and-answer site's age of a question or an answer ("asked 3 years, 2 months ago",
"gefragt vor 4 Jahren")."""
IMPROVE_POST = re.compile(
    r"^(?:improve this (?:answer|question)|diese (?:antwort|frage) verbessern"
    r"|améliorer cette (?:réponse|question)|mejorar esta (?:respuesta|pregunta)"
    r"|migliora questa (?:risposta|domanda)|melhorar esta (?:resposta|pergunta)"
    r"|(?:dit antwoord|deze vraag) verbeteren)$"
)
"""A question-and-answer site's prompt to edit an answer or a question."""
_MAP_BUTTON = (
    r"(?:(?:open|view|show) (?:in|on) (?:google|apple) maps|get directions"
    r"|in (?:google|apple) maps (?:öffnen|anzeigen|ansehen)|route planen"
    r"|ouvrir (?:dans|avec) (?:google|apple) maps|abrir (?:en|no|com o) (?:google|apple) maps"
    r"|apri (?:in|con) (?:google|apple) maps|indicazioni stradali"
    r"|(?:open|bekijk) in (?:google|apple) maps|route plannen|routebeschrijving)"
)
MAP_BUTTONS = re.compile(rf"^{_MAP_BUTTON}(?:\s*[›|·/]\s*{_MAP_BUTTON})*$")
"""A venue's buttons to open its place in a map or plan the way there (not "Cómo llegar" or
"Itinéraire" alone: a travel guide's section is headed so)."""
NEWSLETTER_CHROME = re.compile(
    r"^(?:forward (?:this (?:e-?mail|newsletter) )?to a friend"
    r"|(?:an (?:einen )?(?:freund|freundin) )?weiterleiten|transférer (?:à|a) (?:un )?ami"
    r"|reenviar a un amigo|inoltra (?:a un amico|questa (?:e-?mail|newsletter))"
    r"|encaminhar (?:para|a) um amigo|stuur (?:door )?(?:naar|aan) een vriend"
    r"|(?:afficher|voir|consulter|lire) (?:cet e-?mail|ce message|cette newsletter"
    r"|la newsletter) dans (?:votre|le|un) navigateur"
    r"|visualizza (?:questa|la) (?:e-?mail|newsletter) nel (?:tuo )?browser"
    r"|(?:im|in ihrem|in deinem) browser (?:ansehen|anzeigen|öffnen)"
    r"|wird diese e-?mail nicht (?:richtig|korrekt) angezeigt\?.{0,30}"
    r"|actualiza tus preferencias|darse de baja"
    r"|(?:wijzig|beheer) je voorkeuren(?: of meld je af)?|meld je af)$"
)
"""The chrome of a newsletter archived as a web page: forward it, read it in the browser,
change one's preferences or unsubscribe."""
STOCK = re.compile(
    r"^(?:in stock|out of stock|(?:nicht )?(?:auf lager|vorrätig)|en stock|rupture de stock"
    r"|sin stock|agotado|esaurito|em estoque|esgotado|(?:niet )?op voorraad|uitverkocht)"
    r"(?:\s*[\u2013\u2014·|-]\s.{0,60})?$"
)
"""A shop's stock label, alone or before its delivery promise ("En stock – Livraison offerte
dès 49 €"); "In stock markets ..." goes on without a separator."""
CALENDAR_BUTTON = re.compile(
    r"^(?:add (?:it )?to (?:my |your )?calendar|zum kalender hinzufügen"
    r"|in (?:den|meinen|ihren|deinen) kalender (?:eintragen|übernehmen)"
    r"|ajouter (?:à|a) (?:mon |votre |l')?(?:agenda|calendrier)"
    r"|añadir (?:a|al) (?:mi |tu )?(?:calendario|agenda)|aggiungi (?:al|a) (?:calendario|agenda)"
    r"|adicionar (?:à|ao|a) (?:minha )?(?:agenda|calendário)"
    r"|toevoegen aan (?:mijn |je )?(?:agenda|kalender))$"
)
"""An event's button to put it in the reader's calendar."""
WHERE_TO_WATCH = re.compile(
    r"^(?:where to (?:watch|stream)|wo (?:zu sehen|schauen|streamen)|où (?:regarder|voir)"
    r"|dónde ver|dove (?:vedere|guardare)|onde (?:assistir|ver)|waar (?:te )?(?:kijken|zien"
    r"|streamen))\s*[?:]?\s*(?:it'?s )?(?:available on|verfügbar (?:auf|bei)|disponible (?:sur|en)"
    r"|disponibile su|disponível (?:na|no|em)|beschikbaar (?:op|bij))\b"
)
"""A streaming guide's widget: where a film or a series can be watched, and on what service
(the question alone may head a paragraph on where to watch a match)."""
COURSE_SIGN_UP = re.compile(
    r"^(?:enrol(?:l)?(?: now| today)?|sign up for (?:the|this) course|jetzt einschreiben"
    r"|(?:jetzt )?(?:zum kurs )?anmelden|s'inscrire(?: à (?:la|cette) formation)?"
    r"|inscrivez-vous|inscríbete(?: ya| ahora)?|iscriviti(?: ora| subito)?"
    r"|matricule-se(?: agora)?|inscreva-se(?: agora)?|schrijf je (?:nu )?in)"
    r"\s*[›·|\u2013\u2014-]\s*\d+ (?:modules?|module|módulos|moduli|lessons?|lektionen"
    r"|leçons|lecciones|lezioni|lições|lessen)\b"
)
"""A course page's sign-up button with the course's size ("Enrol now · 12 modules")."""
HELP_WIDGET = re.compile(
    r"^(?:need help|brauchen sie hilfe|brauchst du hilfe|besoin d'aide|¿?necesitas ayuda"
    r"|hai bisogno di aiuto|precisa de ajuda|hulp nodig)\s*\?\s*(?:chat|write|talk|contact"
    r"|schreiben|chatten|kontaktieren|discutez|écrivez|contactez|chatea|escríbenos|habla"
    r"|contáctanos|scrivici|chatta|contattaci|fale|converse|escreva|neem contact|stuur)"
    r"[^.?]{0,40}$"
)
"""A help widget's prompt to chat or write ("Need help? Chat with us")."""
ACCESSIBILITY = re.compile(
    r"^(?:switch to |turn on |activate )?(?:high contrast|dyslexi[ac](?:-friendly)? font)"
    r"(?: mode| on| off)?$|^(?:hoher kontrast|kontrast erhöhen|legasthenie-?schrift)$"
    r"|^(?:contraste élevé|(?:police|typographie) (?:adaptée aux personnes )?dyslexiques?)$"
    r"|^(?:alto contraste|fuente para (?:personas con )?dislexia)$"
    r"|^(?:alto contrasto|font per (?:la )?dislessia)$"
    r"|^(?:alto contraste|fonte para dislexia)$|^(?:hoog contrast|dyslexie-?lettertype)$"
)
"""An accessibility toolbar's switches (contrast, a font for dyslexic readers)."""
TAP_TO = re.compile(
    r"^(?:tap|swipe|scroll) (?:to|for) (?:expand|see more|more|read more)$"
    r"|^zum (?:aufklappen|erweitern|vergrößern) tippen$|^(?:touchez|appuyez) pour (?:agrandir"
    r"|développer|voir plus)$|^(?:toca|desliza) para (?:ampliar|expandir|ver más)$"
    r"|^(?:tocca|scorri) per (?:espandere|ingrandire|vedere di più)$"
    r"|^(?:toque|deslize) para (?:expandir|ampliar|ver mais)$"
    r"|^(?:tik|swipe|veeg) (?:om|voor) (?:uit te klappen|meer)$"
)
"""A touch screen's hint ("Tap to expand", "Scorri per vedere di più")."""
EXTERNAL_CONTENT = re.compile(
    r"^(?:external content|externer inhalt|contenu externe|contenido externo|contenuto esterno"
    r"|conteúdo externo|externe inhoud)\b\s*[:.\u2013\u2014-]"
)
"""An embed's consent placeholder ("External content – ... Load it?")."""
AI_SUMMARY = re.compile(
    r"^(?:(?:ai[- ])?summary|zusammenfassung|résumé|resumen|riassunto|resumo|samenvatting)\b"
    r".{0,30}\b(?:generated|created|produced|erstellt|generiert|généré|generado|creado|generato"
    r"|gerado|gegenereerd)\b.{0,40}\b(?:ai|ki|ia|l'ia|intelligenza artificiale"
    r"|artificial intelligence|künstliche[rn]? intelligenz|inteligência artificial)\b"
    r"|^(?:(?:ai[- ])?summary|zusammenfassung|résumé|resumen|riassunto|resumo|samenvatting)"
    r" (?:von|durch|par|por|da|dall'|door|by) (?:ai|ki|ia|l'ia)\b.{0,20}\b(?:erstellt|generiert"
    r"|généré|generado|generato|gerado|gegenereerd|generated)\b"
)
"""The label of a summary a language model wrote ("Résumé généré par IA")."""
AVAILABLE_UNTIL = re.compile(
    r"^(?:available until|verfügbar bis|disponible jusqu'(?:au|à)|disponible hasta(?: el)?"
    r"|disponibile fino (?:al|a)|disponível até|beschikbaar tot(?: en met)?)\s+\S*\d"
)
"""A broadcaster's player: how long the programme can be watched ("Verfügbar bis 12.04.2025")."""
CONDOLENCE_BUTTON = re.compile(
    r"^(?:(?:write|leave|send|post|sign) (?:a |your )?condolences?(?: message)?"
    r"|kondolenz (?:schreiben|eintragen)|kerze anzünden|déposer (?:un message de )?condoléances"
    r"|(?:enviar|dejar) (?:el |un |tu )?pésame|scrivi un messaggio di cordoglio"
    r"|(?:deixe|deixar|enviar) (?:as )?(?:suas )?condolências|condoleance (?:plaatsen|schrijven))"
    r"(?:\s*[·|]\s*(?:kerze anzünden|light a candle|allumer une bougie|encender una vela"
    r"|accendi una candela|acender uma vela|kaarsje aansteken))?$"
)
"""An obituary page's buttons to leave condolences or light a candle."""
LOADING = re.compile(
    r"^(?:(?:der )?inhalt wird geladen|wird geladen|chargement(?: en cours)?|cargando"
    r"|caricamento(?: in corso)?|a carregar|carregando|bezig met laden)\s*(?:…|\.\.\.)?$"
    r"|^(?:impossible de charger|impossibile caricare|no se (?:ha )?podido cargar"
    r"|não foi possível carregar|(?:de )?inhoud kan niet worden geladen|kan (?:de )?inhoud niet"
    r" laden|der inhalt konnte nicht geladen werden|content could not be loaded)\b"
)
"""A placeholder left by a widget that did not load ("Inhalt wird geladen …")."""
PAY_OR_ACCEPT = re.compile(
    r"^mit werbung (?:lesen|weiterlesen)\b.{0,30}\bpur-?abo\b"
    r"|^tracking (?:ablehnen|akzeptieren|zulassen)\b.{0,60}\bpur-?abo\b"
    r"|^(?:accepter et continuer|accetta e continua|aceptar y continuar|aceitar e continuar"
    r"|accepteren en doorgaan) (?:ou|oppure|o|of)\b.{0,40}\b(?:sans publicité|senza pubblicità"
    r"|sin publicidad|sem publicidade|zonder advertenties)$"
)
"""A cookie wall's choice between advertising and a paid subscription without it."""

WIDGET_OPENERS = frozenset(
    "received submitted eingegangen eingereicht reçu soumis recibido ricevuto recebido "
    "submetido ontvangen ingediend asked answered modified edited gefragt beantwortet "
    "bearbeitet posée posé répondu répondue modifiée preguntada preguntado respondida "
    "respondido modificada modificado perguntada perguntado chiesta chiesto risposta "
    "risposto gesteld beantwoord améliorer mejorar migliora melhorar ouvrir abrir apri "
    "indicazioni routebeschrijving forward weiterleiten transférer reenviar inoltra "
    "encaminhar stuur consulter visualizza actualiza darse wijzig beheer meld rupture "
    "agotado zum ajouter añadir aggiungi adicionar toevoegen enrol enroll zum s'inscrire "
    "inscrivez-vous inscrivez inscríbete iscriviti matricule-se matricule inscreva-se "
    "inscreva schrijf brauchen brauchst besoin necesitas hulp activate dyslexia dyslexic "
    "hoher kontrast legasthenie-schrift contraste typographie fuente fonte hoog dyslexie "
    "legasthenie tap swipe scroll touchez appuyez toca desliza tocca scorri toque deslize "
    "tik veeg external externer contenu contenido contenuto conteúdo externe summary "
    "zusammenfassung résumé resumen riassunto resumo samenvatting ai verfügbar disponible "
    "disponibile disponível beschikbaar kondolenz kerze déposer enviar dejar scrivi deixe "
    "deixar condoleance inhalt chargement cargando caricamento carregando bezig impossible "
    "impossibile não accepter accetta aceptar aceitar accepteren tracking".split()
)
"""The first words of the rules above (see ``boilerplate_services.OPENERS``)."""

PHRASE_OPENERS: dict[str, tuple[str, ...]] = {
    "a": ("a carregar",),
    "an": ("an einen", "an eine"),
    "in": (
        "in google",
        "in apple",
        "in den kalender",
        "in meinen kalender",
        "in ihren kalender",
        "in deinen kalender",
        "in ihrem browser",
        "in deinem browser",
    ),
    "im": ("im browser",),
    "en": ("en stock",),
    "em": ("em estoque",),
    "op": ("op voorraad",),
    "no": ("no se",),
    "der": ("der inhalt",),
    "mit": ("mit werbung",),
    "sin": ("sin stock",),
    "out": ("out of stock",),
    "nicht": ("nicht auf lager", "nicht vorrätig"),
    "niet": ("niet op voorraad",),
    "kan": ("kan de inhoud", "kan inhoud"),
    "where": ("where to",),
    "wo": ("wo zu sehen", "wo schauen", "wo streamen"),
    "waar": ("waar te", "waar kijken", "waar zien", "waar streamen"),
    "onde": ("onde assistir", "onde ver"),
    "dove": ("dove vedere", "dove guardare"),
    "dónde": ("dónde ver",),
    "où": ("où regarder", "où voir"),
    "hai": ("hai bisogno di aiuto",),
    "precisa": ("precisa de ajuda",),
    "need": ("need help",),
    "high": ("high contrast",),
    "open": ("open in", "open on"),
    "post": ("post a condolence", "post condolence", "post your condolence"),
    "send": ("send a condolence", "send condolence", "send your condolence"),
    "write": ("write a condolence", "write condolence", "write your condolence"),
    "leave": ("leave a condolence", "leave condolence", "leave your condolence"),
    "switch": ("switch to high", "switch to dyslexi"),
    "turn": ("turn on high", "turn on dyslexi"),
    "add": ("add to", "add it to"),
    "lire": ("lire cet e", "lire ce message", "lire cette newsletter", "lire la newsletter"),
    "content": ("content could not",),
    "available": ("available until",),
    "alto": ("alto contrast",),
    "police": ("police adaptée", "police dyslexi"),
    "font": ("font per",),
    "route": ("route planen", "route plannen"),
    "wird": ("wird diese e", "wird geladen"),
}
"""Common first words that open an anchored rule only in these phrases ("In Google Maps
öffnen", "En stock"): a line of prose often opens with them, and is not read further."""


def widget_finding(f: Facts, lower: str, short: bool) -> Finding | None:
    """The finding of the first widget rule that knows the line (``lower``: the line lower-cased
    and stripped; ``short``: at most eight words and no sentence)."""
    digits = ANY_DIGIT.search(lower) is not None
    if f.n <= 20 and digits and RECEIVED.match(lower) and ACCEPTED.search(lower):
        return Finding("timestamp", 0.8)
    if f.n <= 8 and digits and ASKED_AGO.match(lower):
        return Finding("timestamp", 0.8)
    if short and (IMPROVE_POST.match(lower) or MAP_BUTTONS.match(lower)):
        return Finding("button", 0.8)
    if f.n <= 12 and NEWSLETTER_CHROME.match(lower):
        return Finding("newsletter", 0.75)
    if f.n <= 14 and not f.terminal and STOCK.match(lower):
        return Finding("call_to_action", 0.75)
    if short and CALENDAR_BUTTON.match(lower):
        return Finding("button", 0.8)
    if f.n <= 12 and WHERE_TO_WATCH.match(lower):
        return Finding("ui_string", 0.75)
    if f.n <= 16 and digits and COURSE_SIGN_UP.match(lower):
        return Finding("call_to_action", 0.75)
    if f.n <= 12 and HELP_WIDGET.match(lower):
        return Finding("ui_string", 0.75)
    if short and (ACCESSIBILITY.match(lower) or TAP_TO.match(lower)):
        return Finding("button", 0.8)
    if f.n <= 30 and EXTERNAL_CONTENT.match(lower):
        return Finding("ui_string", 0.8)
    if f.n <= 16 and AI_SUMMARY.match(lower):
        return Finding("ui_string", 0.8)
    if f.n <= 12 and digits and AVAILABLE_UNTIL.match(lower):
        return Finding("ui_string", 0.75)
    if short and CONDOLENCE_BUTTON.match(lower):
        return Finding("button", 0.75)
    if f.n <= 12 and LOADING.match(lower):
        return Finding("ui_string", 0.75)
    if f.n <= 16 and PAY_OR_ACCEPT.match(lower):
        return Finding("cookie_notice", 0.8)
    return None
