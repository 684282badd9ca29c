"""Line rules of the boilerplate stage: each looks at one block and names what furniture it is.

A rule takes the :class:`Facts` of one block (computed once) and returns a :class:`Finding`
(reason code and score) or ``None`` when it has no opinion. Phrase patterns cover the usual
furniture in English, German, French, Spanish, Italian, Portuguese and Dutch; the generic
``ui_string`` rule (:mod:`cleanarticle.boilerplate_buttons`) catches buttons and toolbars never
seen before from their vocabulary and shape (see :mod:`cleanarticle.uiwords`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cleanarticle.boilerplate_buttons import counter, navigation, ui_string
from cleanarticle.boilerplate_consent import cookie_notice
from cleanarticle.boilerplate_facts import (
    DIGITS,
    LIST_MARK,
    TERMINAL,
    TOKEN,
    Facts,
    Finding,
    facts,
)
from cleanarticle.boilerplate_facts import any_of as _any
from cleanarticle.boilerplate_facts import cues as _cues
from cleanarticle.boilerplate_newsletter import delivered, newsletter, subscribed
from cleanarticle.options import Options
from cleanarticle.uiwords import SECTIONS

__all__ = ["DIGITS", "LIST_MARK", "TOKEN", "Facts", "Finding", "facts", "first_finding"]
"""Facts and findings are re-exported: the other boilerplate modules import them from here."""


ADVERT = _cues(
    opening=(
        r"(?:advertisement|advertising|advert|ads?|sponsored(?: content| post)?"
        r"|paid (?:post|content|partnership|partner content)|promoted(?: content)?|partner content"
        r"|(?:advertisement|advertising|advertiser) features?"
        r"|anzeige|werbung|publicité|publicidad|pubblicità|publicidade"
        r"|advertentie|reclame|реклама|партн[её]рский материал|на правах рекламы"
        r"|спецпроект|промо|reklam|reklama|reklame|annons|annonse|iklan|mainos|hirdetés)\W*$",
        r"\W*(?:advertisement|advert|anzeige|werbung|publicit\u00e9|publicidad|pubblicit\u00e0"
        r"|publicidade|advertentie)\W+(?:the )?(?:story|article|artikel|l'article|el art\u00edculo"
        r"|l'articolo|o artigo|het artikel|der artikel) \w+ (?:after|below|unten|ci-dessous"
        r"|abajo|sotto|abaixo|hieronder)\b",
        r"(?:sponsored|presented|brought to you|paid for|promoted) by\b",
        r"(?:recommended|powered|ads?) by \S+$",
        r"(?:advertisement|anzeige|publicité|publicidad|pubblicità|publicidade|advertentie)"
        r"\s*[-:|]",
        r"(?:gesponsert|präsentiert) von\b|(?:sponsorisé|présenté) par\b|patrocinado por\b"
        r"|(?:sponsorizzato|presentato) da\b|gesponsord door\b",
        r"(?:content|contenu|contenido|contenuto|conte\u00fado|inhalt|inhoud)\s+(?:\w+\s+)?"
        r"(?:provided|offered|presented|sponsored|proposé|offert|présenté|sponsorisé"
        r"|ofrecido|presentado|patrocinado|offerto|presentato|sponsorizzato|oferecido|apresentado"
        r"|angeboten|pr\u00e4sentiert|bereitgestellt|gesponsert|aangeboden|gepresenteerd|gesponsord)"
        r"\s+(?:by|par|por|da|von|door|pelo|pela)(?:\s+[^\s.!?]+){1,4}$",
        r"(?:the )?(?:story|article) continues(?: (?:below|after)\b|$)|ad feedback$",
        r"(?:(?:the )?(?:story|article) (?:resumes|continues) (?:after|below)"
        r"|(?:der )?artikel geht (?:unten|darunter|weiter unten) weiter"
        r"|l'article (?:continue|reprend) (?:ci-dessous|apr\u00e8s|plus bas)"
        r"|el art\u00edculo (?:contin\u00faa|sigue) (?:abajo|debajo|despu\u00e9s)"
        r"|l'articolo (?:continua|prosegue) (?:sotto|dopo|pi\u00f9 in basso)"
        r"|o artigo continua (?:abaixo|depois|a seguir)"
        r"|(?:het )?artikel gaat (?:hieronder|verder) verder)\b[^.!?]{0,30}$",
        r"\W*(?:espacio|spazio|espa\u00e7o|espace) publicit\w+\W*$",
        r"why (?:am i|do i|are you) (?:seeing|shown) (?:this|these) ads?\W*$",
    ),
    anywhere=(
        r"\b(?:continues?|continue reading) (?:below|after) (?:the |this )?(?:advertisement|ad)\b",
    ),
)
PICTURE_AGENCY = (
    r"\b(?:getty images|shutterstock|istock(?:photo)?|alamy|imago images|picture alliance)\b"
)
"""Picture agencies whose names are ordinary lower-case words."""
WIRE = (
    r"(?:ap|afp|epa|efe|dpa|pa(?: media| wire)?|reuters|getty images|getty|ansa|anp|xinhua|sipa"
    r"|apa|belga|lusa)"
)
"""Agencies that credit pictures, as they sign them: alone on a line ("Reuters"), joined
("EPA-EFE/Name") or after a handout's label ("Handout via Reuters")."""
CREDIT = _cues(
    opening=(
        r"[(\[]?\s*(?!(?:best|mejor|meilleure?|beste[rsn]?|migliore|melhor)\s)(?:\w+\s)?"
        r"(?:photo|photograph|picture|pic|image|foto|bild|bildquelle"
        r"|illustration|ilustración|illustrazione|ilustração|illustratie|grafik|chart|map|grafiek"
        r"|graphique|gr[áa]fico|karte|mapa|mappa|kaart"
        r"|fotograf[ií]a|imagem|imagen|immagine|afbeelding|beeld|v[ií]d[eé]o|crédits?|credits?"
        r"|cr[ée]dito)s?\b\s*(?:[:/©]|by\b(?! (?:photo|picture|image|frame)\b)|copyright|credit"
        r"|source\s*[,:]|von\b|par\b"
        r"|de\b|di\b|door\b|por\b|courtesy)",
        r"[(\[]?\s*(?:\w+\s)?(?:ap|afp|epa|dpa|pa|reuters|getty|ansa|efe|anp)"
        r"\s+(?:photo|foto|images?)\b",
        rf"{WIRE}(?:\s*[-/]\s*{WIRE})*\s*/\s*[\w .'-]+$",
        rf"[(\[]?{WIRE}[)\]]?$",
        rf"(?:handout|pool|supplied|file)(?: (?:photo|image|picture))? (?:via|from|by|/)"
        rf" {WIRE}\W*$",
        r"(?:file|archive) (?:photo|image|picture|pic)s?\W*$|(?:archivbild|archivfoto"
        r"|photo d'archives?|image d'archives?|foto de archivo|imagen de archivo|foto d'archivio"
        r"|immagine d'archivio|foto de arquivo|imagem de arquivo|archieffoto|archiefbeeld)\W*$",
        r"(?:source|sources|quelle|quellen|fuente|fuentes|fonte|fontes|bron|bronnen)\s*:\s*"
        r"(?:ap|afp|epa|dpa|pa|reuters|ansa|efe|anp|apa|kna|epd|sda|belga|lusa|europa press|ats"
        r"|agencias|agenzie|agências|agences|agenturen)\W*$",
        r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?[\w ./&-]{1,40}$",
        r"(?:graphic|infographi[ce]|infograf[ií]a|infografica|infografik)\s*:\s*[^;|/:]{2,40}"
        r"[;|/]\s*(?:sources?|quellen?|fuentes?|fontes?|fonti|bronn?e?n?)\s*:",
        r"(?:bildnachweis|fotonachweis|fotocredits?|cr[ée]dits? photos?"
        r"|cr[ée]dito (?:de la |da )?foto|credit[oi] fotografic[oi])\s*:",
        r"[(\[]\s*(?:mit material von|avec|con información de|con informazioni di|com informações"
        r" d[aoe]|met materiaal van)\b",
        r"[(\[]?\s*(?:фото|фотография|фотографии|иллюстрация|коллаж|видео|скриншот|инфографика"
        r"|источник фото|фото и видео)\s*(?:[:/©]|предоставлен[оа]?\b)",
        r"(?:источник|по материалам)\s*:?\s*(?:тасс|риа новости|интерфакс|иа\b"
        r"|информационное агентство|агентство)",
    ),
    anywhere=(PICTURE_AGENCY,),
)
COPYRIGHT = _any(
    r"^(?:©|\(c\)|copyright\b).*(?:\d{4}|rights)|(?:©|\bcopyright)\s*\d{4}|^copyright\s*[©ⓒ]",
    r"©[^.!?©]{0,60}\b(?:19|20)\d{2}\b",
    r"\ball rights reserved\b",
    r"\bfor your personal,? non-?commercial use only\b",
    r"\balle rechte vorbehalten\b",
    r"\btous droits réservés\b|\btodos los derechos reservados\b|\btutti i diritti riservati\b",
    r"\btodos os direitos reservados\b|\balle rechten voorbehouden\b",
    r"^\W*riproduzione riservata\b",
    r"\bвсе права защищены\b",
    r"^при (?:цитировании|использовании|копировании|перепечатке)\b[^.!?]{0,80}\bссылк[аиу]\b"
    r"[^.!?]{0,60}\bобязательн",
    r"^(?:полное или частичное |любое )?(?:копирование|воспроизведение|перепечатка|использование)"
    r" (?:материал\w*|контент\w*)\b[^.!?]{0,80}\b(?:запрещен\w*|допускается только"
    r"|разрешается только|возможн[ао] только)",
    r"\bсвидетельство о регистрации (?:сми|средства массовой информации)\b"
    r"|\bрегистрационн\w+ (?:номер|запись) сми\b",
)
REPRINT = _any(
    r"\bfor (?:your )?personal,? (?:and )?non-?commercial use\b",
    r"\bpersönlichen,? nicht[- ]?kommerziellen (?:gebrauch|nutzung)\b",
    r"\busage (?:strictement )?personnel et non commercial\b",
    r"\buso personal y no comercial\b|\buso personale e non commerciale\b",
    r"\buso pessoal e não comercial\b|\bpersoonlijk,? niet-?commercieel gebruik\b",
)
"""A publisher's reprint notice: the copy is for the reader's personal, non-commercial use ..."""
REPRINT_CONTEXT = re.compile(
    r"\b(?:distribut|redistribut|reproduc|copies|copyright|subscriber|vervielfältig|weitergabe"
    r"|diffusion|distribución|distribuzione|distribuição|verspreid|riproduz|reprodu)"
)
"""... and it speaks of distribution or copies: a licence explained in an article does not."""
PLACEHOLDER = re.compile(r"^lorem ipsum dolor sit amet\b")
"""A template's placeholder text, never replaced by the site's own."""
COPYRIGHT_HINT = re.compile(
    r"©|ⓒ|\(c\)|copyright|right|rechte|droits|derechos|diritti|direitos|rechten|riproduzione"
    r"|права|ссылк|материал|контент|регистрац"
)
TIMESTAMP = _any(
    r"^(?:last |first |originally |zuletzt |dernière |última |ultim[oa] |laatst )?"
    r"(?:updated|published|posted|modified|filed (?:at|on)|aktualisiert|veröffentlicht"
    r"|stand(?=\s*:|\s+vom\b|\s+\d)"
    r"|erstellt am|publié|mis à jour|mise à jour|actualisé|publicado|actualizado|actualización"
    r"|pubblicato|aggiornato|aggiornamento|atualizado|atualização|gepubliceerd|bijgewerkt"
    r"|geändert|modifié|modificado|modificato|gewijzigd|обновлено|опубликовано|изменено"
    r"|обновлен|обновлён|опубликован)\b"
    r"(?:[^.!?]|(?<=\b[a-z]{3})\.){0,50}(?:\d|\bago\b|\bheute\b|\bhier\b|\bayer\b"
    r"|\bieri\b|\bontem\b|\bсегодня\b|\bвчера\b)",
    r"^(?:[^.!?]{0,60}[\s|·•,-])?\d{1,3}\s*(?:-|\u2013)?\s*(?:min(?:ute)?s?|minuten|minutos"
    r"|minuti|мин|минут|минуты|минуту)\.?\s*(?:to read|read(?: time)?|reading time|lesezeit"
    r"|de lecture|de lectura|di lettura|de leitura|leestijd|lezen|lesen|чтения|на чтение)$",
    r"^(?:\d{1,3}\s*(?:m|h|d|w|mins?|minutes?|hours?|hrs?|days?|weeks?|months?)\.?\s+ago"
    r"|vor \d{1,3}\s*(?:minuten|min|stunden?|std|tagen?|wochen?)\.?"
    r"|il y a \d{1,3}\s+(?:minutes?|heures?|jours?)"
    r"|hace \d{1,3}\s+(?:minutos?|horas?|días?)|\d{1,3}\s+(?:minuti|ore|giorni) fa"
    r"|há \d{1,3}\s+(?:minutos?|horas?|dias?)|\d{1,3}\s+(?:minuten|uur|dagen) geleden"
    r"|\d{1,3}\s+(?:минут[уы]?|мин\.?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юиь]|месяц(?:а|ев)?)"
    r"\s+назад)$",
    r"^(?:this )?(?:page|seite|pagina|página) (?:was |wurde )?(?:last |zuletzt )?(?:reviewed"
    r"|updated|modified"
    r"|geprüft|aktualisiert|mise à jour|actualizada|aggiornata|atualizada|bijgewerkt)\b"
    r"[^.!?]{0,40}\d",
    r"^(?:(?:estimated|approximate|approx\.?|average|geschätzte|voraussichtliche)\s+)?"
    r"(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura"
    r"|tempo di lettura|tempo de leitura|leestijd|время чтения)\s*:?\s*"
    r"(?:(?:about|around|approx\.?|ca\.|etwa|rund|environ|unos|aprox\.?|circa|cerca de"
    r"|ongeveer|около|примерно)\s+)?\d",
    r"^(?:lecture|lectura|lettura|leitura)\s*:\s*\d{1,3}\s*(?:min|minutes|minutos|minuti)\b",
    r"^(?:just now|gerade eben|soeben|à l'instant|hace un momento|hace instantes|poco fa"
    r"|agora mesmo|há instantes|zojuist)\W*$",
    r"^(?:(?:first|last|première|dernière|prima|ultima|primera|última|primeira|eerste|laatste"
    r"|erste|letzte) |date (?:of |de (?:la )?)|fecha de (?:la )?|data d[ie] |datum van )?"
    r"(?:publication|pubblicazione|publicación|publicação|publicatie|veröffentlichung"
    r"|modification|modifica|modificación|modificação|wijziging|änderung|aktualisierung"
    r"|publication date|publicatiedatum|veröffentlichungsdatum|erscheinungsdatum"
    r"|дата публикации|дата обновления|последнее обновление)"
    r"\s*:\s*(?:[^\W\d_]+\.?,?\s+)?\d",
)
TAGS = re.compile(
    r"^(?:tags?|topics|categories|category|keywords|key words|schlüsselwörter|stichwörter"
    r"|mots[- ]clés|palabras clave|parole chiave|palavras[- ]chave|sections?|rubrik|ressort"
    r"|rubrique|secci[oó]n|sezione|sujets|thèmes|tópicos|assuntos|onderwerpen|temi"
    r"|kategorien|kategorie|catégories|catégorie|categorías|categoría|categorie|categoria"
    r"|categorias|categorieën"
    r"|seç[aã]o|rubriek|filed under|posted in|schlagworte|themen|mots-clés"
    r"|étiquettes|etiquetas|temas|argomenti|tag|trefwoorden|теги|тэги|метки|рубрики|рубрика"
    r"|темы|ключевые слова)\s*:"
    r"|^(?:filed under|posted in|abgelegt unter|classé dans|archivado en|archiviato in"
    r"|arquivado em)\b"
)
BYLINE = re.compile(
    r"^(?:By|BY|Von|VON|Par|PAR|Por|POR|Di|Door|DOOR)\s+[A-Z][\w.'\u2019-]*"
    r"(?:\s+(?:[A-Z][\w.'\u2019-]*|and|und|et|y|e|en|&|,|de|van|von|da|di|del|der|la|le))*"
)
POSTED_BY = re.compile(
    r"^(?i:posted by|(?:veröffentlicht|gepostet) von|(?:publié|posté) par|publicado por"
    r"|pubblicato da|geplaatst door|gepubliceerd door)\s+[a-z0-9_.-]+$"
)
"""A blog's author line naming one user in small letters ("Posted by admin"; "Publié par
Gallimard" names a publisher)."""
RELATED = _any(
    r"^(?:don't miss|do not miss|nicht verpassen|à ne pas manquer|no te pierdas|da non perdere"
    r"|não perca|mis het niet)[!.]?$",
    r"^(?:see more|leggi anche su|lees ook op|lire aussi sur)\s*:\s*\S",
    r"^also on [\w-]+\.[a-z]{2,3}\b",
    r"^(?:(?:most )?(?:popular|recent) (?:posts|articles|stories)|what (?:others|other readers"
    r"|people) are reading|beliebte (?:beiträge|artikel)|neueste (?:beiträge|artikel)"
    r"|articles (?:populaires|récents)|(?:artículos|entradas) (?:populares|recientes)"
    r"|articoli (?:popolari|recenti)|posts (?:populares|recentes)"
    r"|(?:populaire|recente) (?:berichten|artikelen))\s*:?$",
    r"^(?:related|see also|read more|read next|read also|more from|more on|more about|more stories"
    r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested)|recommended(?: for you)?$"
    r"|most (?:popular|read|viewed|shared|commented)|trending(?! (?:up|down|higher|lower)\b)"
    r"(?: now)?|top stories|latest news"
    r"|further reading|weitere artikel|mehr zum thema|lesen sie auch|auch interessant"
    r"|das könnte sie auch interessieren|meistgelesen|à lire aussi|lire aussi|voir aussi"
    r"|sur le même sujet|les plus lus|te puede interesar|le[ea] también|noticias relacionadas"
    r"|más leíd[oa]s|leggi anche|potrebbe interessarti|articoli correlati|i più letti"
    r"|leia também|veja também|mais lid[oa]s|notícias relacionadas|lees ook|meer over"
    r"|meest gelezen|gerelateerde artikelen|around the web|also in the news|more stories"
    r"|related (?:topics|stories|content|coverage)|(?:à )?lire également|lees ook|leia mais"
    r"|lesen sie mehr|mehr artikel|leer también|recommended reading|most shared|in other news"
    r"|also read|what to read next|more like this|vous aimerez aussi|también te puede interesar"
    r"|você também pode gostar|dit vind je misschien ook interessant|vind je misschien ook leuk"
    r"|lo más leíd[oa]|saiba mais|das könnte dich auch interessieren|entradas relacionadas"
    r"|gerelateerde berichten|artigos relacionados|articles similaires|post correlati"
    r"|editors?'? picks?|(?:empfehlungen|auswahl|tipps) der redaktion|(?:le )?choix de la rédaction"
    r"|selecci[oó]n del editor|selecci[oó]n de la redacci[oó]n|scelt[io] (?:dalla|della) redazione"
    r"|escolhas? d[oa] (?:editor|redação|redacção)|keuze van de redactie"
    r"|читайте также|читать также|смотрите также|читайте еще|читайте ещё|самое читаемое"
    r"|самое популярное|самые популярные|похожие (?:новости|статьи|материалы|публикации)"
    r"|другие новости|(?:ещ[её] )?(?:новости|материалы|статьи) по теме"
    r"|(?:ещ[её] )?по теме(?=\s*(?::|$))|новости партн[её]ров|выбор редакции"
    r"|главное за (?:день|неделю)|вам может быть интересно|рекомендуем (?:прочитать|почитать)"
    r"|последние новости"
    r"|läs (?:också|även|mer)|mest lästa?|les også|mest lest|læs også|mest læste"
    r"|flere (?:saker|nyheter|nyheder)|pročitajte (?:i|još|također)|najčitanije"
    r"|(?:povezane|vezane) vijesti|notícies relacionades|també (?:et|us) pot interessar"
    r"|(?:el )?més (?:llegit|llegides|vist)|lue myös|luetuimmat|čtěte (?:také|též)"
    r"|související články|nejčtenější|čítajte (?:aj|tiež)|súvisiace články|najčítanejšie"
    r"|kapcsolódó cikkek|legolvasottabb|ezt is ajánljuk|citește (?:și|mai mult)"
    r"|articole similare|cele mai citite|știri similare|διαβάστε (?:επίσης|ακόμα)"
    r"|σχετικά άρθρα|(?:τα )?πιο δημοφιλή|tin liên quan|bài viết liên quan|đọc nhiều nhất"
    r"|tin mới nhất|xem thêm|читайте також|більше новин|схожі новини|новини за темою"
    r"|прочетете (?:още|също)|още по темата|най-четени|свързани новини"
    r"|اقرأ (?:أيضا|أيضاً|المزيد)|الأكثر قراءة|(?:مواضيع|أخبار|مقالات) ذات صلة"
    r"|קראו (?:עוד|גם)|הכי נקראים|כתבות (?:נוספות|קשורות)|بیشتر بخوانید|پربازدیدترین"
    r"|(?:مطالب|اخبار) مرتبط|(?:berita|artikel) berkaitan|paling popular|soma (?:pia|zaidi)"
    r"|habari (?:zaidi|zinazohusiana)|ये भी पढ़ें|और पढ़ें|संबंधित (?:खबरें|ख़बरें)"
    r"|আরও পড়ুন|আরও খবর|সর্বাধিক পঠিত|সম্পর্কিত খবর|อ่านเพิ่มเติม|ข่าวที่เกี่ยวข้อง"
    r"|najczęściej czytane"
    r"|(?:ilgili|benzer) haberler|(?:en )?çok okunanlar|son dakika|baca juga"
    r"|berita (?:terkait|terpopuler|terbaru|lainnya)|terpopuler)(?!\w)",
)
ON_TOPIC = re.compile(
    r"^(?:nos |our |unsere |nuestros |i nostri |os nossos |nossos |onze )?(?:articles?|stories"
    r"|artikel|beiträge|artículos|articoli|artigos|artikelen|berichten) (?:en lien avec|liés à"
    r"|related to|on this topic|zum thema|zu diesem thema|relacionados con|sobre este tema"
    r"|correlati a|sullo stesso tema|relacionados (?:a|com)|over dit onderwerp)\b"
)
"""A heading over the site's other stories on the subject ("Nos articles en lien avec ce
dossier")."""
ON_TOPIC_MAX_WORDS = 10


def advertisement(f: Facts) -> Finding | None:
    if f.n <= 8 and ADVERT.search(f.lower):
        return Finding("advertisement", 0.95)
    if f.n <= 25 and "erid" in f.lower and AD_MARKING.search(f.lower):
        return Finding("advertisement", 0.95)
    return None


AD_MARKING = re.compile(r"\berid\s*:?\s*[\w-]{6,}")
"""The token Russian law requires on every advertisement ("Реклама. ООО «Ромашка», ИНН
7700000000, erid: 2SDnjcKx8Qa")."""


def credit(f: Facts) -> Finding | None:
    """A photo or agency credit. After a label ("Photo: ..."), names follow, not a sentence:
    "Photos: Halloween in Hong Kong looks awesome" is a caption; an agency written in small
    letters is a name ("Foto: picture alliance / dpa")."""
    if f.n > 14 or not CREDIT.search(f.lower):
        return None
    _, colon, rest = f.text.partition(":")
    sentence = sum(1 for w in rest.split() if w.islower() and w not in CREDIT_GLUE) >= 2
    if colon and sentence and not AGENCY_AFTER_LABEL.search(rest.lower()):
        return None
    return Finding("credit", 0.9)


AGENCY_AFTER_LABEL = re.compile(rf"{PICTURE_AGENCY}|^\s*пресс-служб")
"""An agency, or a press office ("Фото: пресс-служба мэрии"), named after a credit's label."""
CAPTION_CREDIT = re.compile(
    r"\((?:photo|photograph|picture|pic|image|foto|bild|fotograf[ií]a|imagem|imagen|immagine"
    r"|afbeelding|beeld|illustration)s?\s*:\s*[^():]{1,60}\)$"
)
"""A picture's credit in brackets closing a line: "... in June (Image: Agency)"."""


def caption_with_credit(f: Facts) -> Finding | None:
    """A short line ending in a picture's credit in brackets is that picture's caption ("...
    in June (Image: Agency)"); a credit after the caption's last sentence is judged with the
    document's other captions (:mod:`cleanarticle.boilerplate_captions`)."""
    if f.n > 30 or not f.lower.endswith(")") or not CAPTION_CREDIT.search(f.lower):
        return None
    return Finding("caption", 0.85)


CREDIT_GLUE = frozenset(
    "by via for of and de di da do von van courtesy photo photos images "
    "пресс-служба пресс-службы архив архива из и личного открытых источников соцсетей".split()
)


def copyright_line(f: Facts) -> Finding | None:
    """A copyright line (at most 25 words), or a reprint notice of any length ("This copy is for
    your personal, non-commercial use only. Distribution ... is governed by ...")."""
    if f.n <= 25 and COPYRIGHT_HINT.search(f.lower) and COPYRIGHT.search(f.lower):
        return Finding("copyright", 0.9)
    commercial = "merc" in f.lower or "merz" in f.lower
    if commercial and REPRINT.search(f.lower) and REPRINT_CONTEXT.search(f.lower):
        return Finding("copyright", 0.85)
    return None


def placeholder(f: Facts) -> Finding | None:
    """ "Lorem ipsum dolor sit amet, ...": a template's filler text."""
    if f.lower.startswith("lorem") and PLACEHOLDER.match(f.lower):
        return Finding("placeholder", 0.95)
    return None


TIMESTAMP_MAX_WORDS = 12
UPDATE_CLAUSE = re.compile(
    r",\s*(?=(?:last |zuletzt )?(?:updated|modified|aktualisiert|geändert|modifié|mis à jour"
    r"|actualisé|actualizado|modificado|aggiornato|modificato|atualizado|bijgewerkt|gewijzigd)\b)"
)
"""The comma before a timestamp's second clause: "Publié le 4 juin à 18h12, modifié le ..."."""
UPDATE_HINTS = (
    "updat",
    "modifi",
    "aktualis",
    "geänd",
    "mis à jour",
    "actuali",
    "aggiorn",
    "atualiz",
    "bijgewerkt",
    "gewijzigd",
)
"""Every second clause holds one of these: a cheap test before the split."""


def timestamp(f: Facts) -> Finding | None:
    """A publication or update time, a reading time or an age ("3 hours ago"); or two of
    them, the second an update joined by a comma, each a timestamp on its own."""
    if f.n <= TIMESTAMP_MAX_WORDS and TIMESTAMP.search(f.lower):
        return Finding("timestamp", 0.85)
    if (
        f.n <= 2 * TIMESTAMP_MAX_WORDS
        and "," in f.lower
        and any(hint in f.lower for hint in UPDATE_HINTS)
    ):
        clauses = UPDATE_CLAUSE.split(f.lower)
        if len(clauses) == 2 and all(
            len(c.split()) <= TIMESTAMP_MAX_WORDS and TIMESTAMP.search(c) for c in clauses
        ):
            return Finding("timestamp", 0.85)
    return None


ROLE_BYLINE = re.compile(
    r"^[A-Z][\w'\u2019-]+(?: [A-Z][\w.'\u2019-]+){1,3}\s*(?:,|\||-|\u2013|\u2014)\s*(?i:(?:senior"
    r"|chief|political|economics|business|health|science|technology|tech|sports?|foreign|home"
    r"|environment|education|legal|security|diplomatic|royal|entertainment|arts|culture|staff"
    r"|deputy|associate|contributing|managing|news|digital|special|europe|washington|africa"
    r"|asia|middle east|us|uk) )*(?i:reporter|correspondent|editor|writer|columnist|contributor"
    r"|journalist|korrespondent(?:in)?|redakteur(?:in)?|correspondant(?:e)?|journaliste"
    r"|rédact(?:eur|rice)|corresponsal|periodista|redactor(?:a)?|corrispondente|giornalista"
    r"|redattore|redattrice|correspondente|jornalista|repórter|redator(?:a)?|verslaggever"
    r"|redacteur)$"
)
"""A byline of a name and its role, without "By" ("Jane Doe, Political Correspondent", "Jane
Doe | Reporter")."""
CONTRIBUTORS = re.compile(
    r"^(?i:(?:with|staff and|and|mit|avec|con|com|met) (?:agencies|wire services|agenturen"
    r"|agences|agencias|agenzie|agências|persbureaus))$|^(?i:(?:words|text|texte|texto|testo"
    r"|tekst) (?:by|von|par|por|di|door)) [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,3}$"
)
"""A note that wire agencies contributed ("Staff and agencies"), or who wrote the words."""
LABELLED_BYLINE = re.compile(
    r"^(?i:текст|корреспондент|обозреватель|беседовал[аи]?|подготовил[аи]?|записал[аи]?)\s*:\s*"
    r"[А-ЯЁA-Z][\w-]+(?:\s+[А-ЯЁA-Z][\w-]+){1,2}(?:\s*[,|/]\s*[^.!?]{0,60})?$"
)
"""A Russian byline after the label of who wrote or reported it: "Текст: Анна Ковригина",
"Корреспондент: Павел Гурьев, Самара" (a name of two or three capitalised words, maybe more
after a comma). "Автор:" is left out, as "Author:" is: a list of books names each one's."""


def byline(f: Facts) -> Finding | None:
    """An author line: "By Jane Doe", "Von Max Muster | 12.03.2024", "Par Jean Dupont", or a
    blog's "Posted by admin" (a user name in small letters, which the name test misses)."""
    if f.n > 14 or f.terminal:
        return None
    text = f.text.strip()
    if f.n <= 4 and POSTED_BY.match(text):
        return Finding("byline", 0.75)
    if f.n <= 9 and (ROLE_BYLINE.match(text) or CONTRIBUTORS.match(text)):
        return Finding("byline", 0.75)
    if LABELLED_BYLINE.match(text):
        return Finding("byline", 0.75)
    found = BYLINE.match(f.text)
    if found is None:
        return None
    rest = f.text[found.end() :].strip()
    if not rest or rest[0] in "|,-\u2013\u2014@\u00b7(" or any(c.isdigit() for c in rest):
        return Finding("byline", 0.75)
    return None


def tags(f: Facts) -> Finding | None:
    """A line of tags or categories: "Tags: a, b, c", "Filed under: News", "Posted in
    Politics", or hashtags only ("#climate #energy #policy")."""
    if f.n <= 15 and TAGS.match(f.lower):
        return Finding("tags", 0.8)
    if f.n <= 15 and f.text.lstrip().startswith("#") and HASHTAGS.match(f.text.strip()):
        return Finding("tags", 0.8)
    return None


HASHTAGS = re.compile(r"^#[^\W_][\w-]*(?:[\s,]+#[^\W_][\w-]*)+$")
"""Two hashtags or more, and nothing else (one alone may be a heading's mark)."""


def related(f: Facts) -> Finding | None:
    """A "Related" or "Read more" heading, or such a label in front of another headline; or a
    "Most read" heading with its period or its site ("Most read this week in The Gazette")."""
    if f.n <= MOST_READ_MAX_WORDS and not f.terminal and MOST_READ.match(f.lower):
        return Finding("related", 0.8)
    if f.n <= ON_TOPIC_MAX_WORDS and not f.terminal and ON_TOPIC.match(f.lower):
        return Finding("related", 0.8)
    if f.n > 22 or not RELATED.search(f.lower.lstrip("([ ")):
        return None
    head = f.text.split(":", 1)
    labelled = len(head) == 2 and len(TOKEN.findall(head[0])) <= 5
    if labelled and TOKEN.search(head[1]):
        return Finding("related_link", 0.8)
    if f.n <= 6 and not f.text.rstrip(" .:\u2026").endswith(TERMINAL):
        return Finding("related", 0.85)
    if labelled:
        return Finding("related_link", 0.8)
    if ON_SITE.match(f.lower):
        return Finding("related_link", 0.8)
    return None


MORE_FROM = re.compile(
    r"^(?:mehr aus|mehr von|plus d[e']|plus des|más de|altro da|altri da|mais de|meer uit"
    r"|meer van)\s*(.+)$"
)
"""More of a section ("Mehr aus Meinung", "Más de Opinión"): the label, then the section."""


def more_from_section(f: Facts) -> Finding | None:
    """ "Mehr aus Meinung", "Plus d'Opinions": more of a section of the site, named after the
    label (its words all a section's: "Más de 300 personas" is a headline)."""
    if f.n > 5 or f.terminal:
        return None
    found = MORE_FROM.match(f.lower)
    if found is None:
        return None
    rest = TOKEN.findall(found.group(1))
    if rest and all(w in SECTIONS for w in rest):
        return Finding("related", 0.8)
    return None


MOST_READ_MAX_WORDS = 10
MOST_READ = re.compile(
    r"^(?:most (?:read|viewed|popular|shared|commented|e-?mailed|watched)|elsewhere on (?:the )?"
    r"(?:web|internet|network|[\w-]+\.[a-z]{2,6})|les plus (?:lus|consultés|partagés"
    r"|commentés)|lo más (?:visto|leído|compartido)|(?:(?:le )?notizie |gli articoli )?più"
    r" (?:lett[ie]|cliccat[ie]|vist[ie]|condivis[ie])|(?:as |os )?mais (?:lid[oa]s|vist[oa]s"
    r"|partilhad[oa]s|compartilhad[oa]s)|meistgelesen\w*|am meisten gelesen|meest (?:gelezen"
    r"|bekeken|gedeeld))"
    r"(?:\s+(?:(?:this|last|of the|de la|cette|da|desta|della|di questa|der|dieser|deze|esta"
    r"|van de|ce|du) \w+|today|hoy|heute|aujourd'hui|oggi|hoje|vandaag|now|jetzt|ahora|adesso"
    r"|agora|nu|(?:nelle|in the) (?:ultime|last) \d+ (?:ore|hours)|(?:in|en|em|op|auf|bei|su|sur"
    r"|on|no|na|sul|nel) [^.!?]{1,40}))*\s*:?$"
)
"""A "most read" heading, alone or with its period and its site; no other words follow
("Most viewed videos on YouTube" is a headline)."""
ON_SITE = re.compile(
    r"^(?:also on|more on|more from|read more on|lire aussi sur|mehr auf|leggi anche su"
    r"|lees ook op|leia também n[oa]|lee también en) [\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\s+\S"
)
"""A label naming the site, then another story's headline: "Also on example.com Storm ..."."""


NAME_RUN_MARKS = re.compile(r"[,;]|[.!?](?:\s|$)")
"""Commas, semicolons and sentence ends: what a written list or a sentence is separated by."""


def name_run(f: Facts, options: Options) -> bool:
    """A long block of names run together without sentences or separators: the options of a
    select box ("Select Country Albania Algeria ..."), a wall of client names or a tag cloud,
    read out of a page's markup. A table row or a line of specifications is not one (its cells
    are separated by bars or labelled with colons)."""
    if f.function_words > options.name_run_max_function_share * f.n:
        return False
    if "|" in f.text or ":" in f.text:
        return False
    tokens = f.text.split()
    capitalised = sum(1 for t in tokens if t[:1].isupper() or t[:1].isdigit())
    if capitalised < options.name_run_min_capital_share * len(tokens):
        return False
    marks = len(NAME_RUN_MARKS.findall(f.text))
    return marks <= options.name_run_max_punctuation_share * len(tokens)


SUBSCRIBER_LABEL = re.compile(
    r"(?:(?:article|story|content|contenu|artikel|beitrag|art[ií]culo|articolo|artigo"
    r"|mat[ée]ria) )?"
    r"(?:(?:(?:reserved |available )?for )?(?:subscribers|members) only"
    r"|(?:subscriber|member)s?-only"
    r"|(?:réservée? )?(?:aux|à nos) abonnés|nur für abonnenten|exklusiv für abonnenten"
    r"|(?:exclusivo |solo )?para (?:suscriptores|socios)|riservato (?:agli|ai) abbonati"
    r"|solo per (?:gli )?abbonati|(?:exclusivo |só )?para assinantes"
    r"|(?:alleen|exclusief) voor abonnees)"
    r"(?: (?:article|story|content))?[.!:]?"
)
"""A label saying that the article is for subscribers ("Article réservé aux abonnés",
"Subscribers only"), alone on its line."""
SUBSCRIBER_LABEL_MAX_WORDS = 6


def subscriber_label(f: Facts) -> Finding | None:
    """A paywall's label on the article: for subscribers only."""
    if f.n <= SUBSCRIBER_LABEL_MAX_WORDS and SUBSCRIBER_LABEL.fullmatch(f.lower.strip()):
        return Finding("paywall", 0.85)
    return None


RULES: tuple[Callable[[Facts], Finding | None], ...] = (
    placeholder,
    advertisement,
    cookie_notice,
    copyright_line,
    credit,
    caption_with_credit,
    timestamp,
    byline,
    tags,
    counter,
    newsletter,
    delivered,
    subscribed,
    related,
    more_from_section,
    navigation,
    subscriber_label,
    ui_string,
)


def first_finding(f: Facts, options: Options) -> Finding | None:
    """The first rule with an opinion on this block, if any."""
    if f.n >= options.name_run_min_words and name_run(f, options):
        return Finding("name_list", 0.7)
    if f.n > options.boilerplate_max_words:
        return None
    for rule in RULES:
        found = rule(f)
        if found is not None:
            return found
    return None
