"""The vocabulary of user interfaces, in several languages, for the boilerplate stage.

These are single words, not phrases: a line made only of them (plus a few connecting words and
numbers) reads like a button, a toolbar or a menu, whatever the combination. "Adjust Comment
Print", "Save Listen Gift" or "Teilen Drucken Merken" are caught without being listed anywhere.

``STRONG`` words are rarely anything but UI when they stand alone on a short line (share,
print, comments, subscribe); ``WEAK`` words are UI only in company (home, top, more, read).
``CONNECTORS`` are the small words that hold UI phrases together ("Share *on* Twitter",
"Back *to* top") and are ignored when a line is judged.
"""

from __future__ import annotations

import re

from cleanarticle.boilerplate_facts import TOKEN


def words(text: str) -> frozenset[str]:
    """A frozen set of the space-separated words of ``text``."""
    return frozenset(text.split())


STRONG: frozenset[str] = words(
    # English
    "share shares sharing print printer email emails e mail comment comments commenting reply "
    "replies tweet retweet subscribe subscribed unsubscribe subscription newsletter newsletters "
    "signup login logout signin bookmark bookmarks permalink enlarge fullscreen toolbar "
    "advertisement advertisements advert sponsored cookie cookies sitemap rss sms pdf reprints "
    "pinned épinglé angepinnt fijado fissato fixado vastgepind "
    "reprint embed menu menü menú checkout warenkorb carrito carrello carrinho winkelwagen "
    # German
    "teilen drucken kommentar kommentare kommentieren abonnieren abonnement anmelden abmelden "
    "registrieren startseite schriftgröße merken vorlesen anzeige werbung impressum versenden "
    "kommentarbereich subscriber subscribers datenschutzerklärung privacybeleid "
    "datenschutz nutzungsbedingungen weiterlesen "
    # French
    "partager imprimer commentaire commentaires commenter abonnez abonner abonnement "
    "inscrivez connexion déconnexion publicité courriel réagir "
    # Spanish
    "compartir comparte imprimir comentario comentarios comentar suscríbete suscribirse "
    "suscripción boletín regístrate publicidad "
    # Italian
    "condividi condividere stampa stampare commento commenti commenta iscriviti abbonati "
    "accedi registrati pubblicità "
    # Portuguese
    "compartilhar compartilhe partilhar partilhe comentário comentários assine assinar "
    "assinatura inscreva cadastre publicidade comente "
    # Dutch
    "delen deel printen afdrukken reactie reacties reageer reageren abonneren abonneer "
    "nieuwsbrief inloggen uitloggen registreren advertentie lettergrootte mailen "
    # Russian
    "поделиться поделитесь распечатать комментарий комментарии комментариев "
    "комментировать подписаться подпишитесь подписывайтесь подписка рассылка рассылку "
    "реклама войти войдите выйти регистрация зарегистрироваться закладки наверх "
    # Swedish, Danish and Norwegian
    "dela kommentarer kommentera kommentere prenumerera prenumeration nyhetsbrev nyhedsbrev "
    "annons annonse annonce "
    # Polish
    "udostępnij drukuj komentarze komentarz skomentuj subskrybuj reklama zaloguj wyloguj "
    # Turkish
    "paylaş paylaşın yazdır yorumlar yorum yorumları reklam abone bülten e-bülten çerez "
    "çerezler "
    # Indonesian
    "bagikan komentar iklan berlangganan "
    # Norwegian, Danish and Swedish, Croatian, Catalan
    "abonner abonnér abonnere informasjonskapsler personvernerklæring privatlivspolitik "
    "integritetspolicy podijeli ispiši pretplati pretplatite pretplata oglas kolačići "
    "publicitat comentaris comentari butlletí subscriu-te "
    # Finnish, Czech, Slovak, Hungarian, Romanian, Greek, Ukrainian, Bulgarian
    "jaa tulosta kommentit kommentoi tilaa uutiskirje kirjaudu mainos evästeet "
    "sdílet vytisknout komentáře diskuse přihlásit odebírat "
    "zdieľať vytlačiť komentáre diskusia prihlásiť odoberať "
    "megosztás nyomtatás hozzászólások hozzászólás bejelentkezés feliratkozás hírlevél "
    "hirdetés sütik distribuie comentarii comentariu autentificare abonează-te publicitate "
    "κοινοποίηση εκτύπωση σχόλια σχόλιο σύνδεση διαφήμιση "
    "поділитися коментарі коментар увійти підписатися розсилка сподели коментари абонирай "
    # Arabic, Hebrew, Persian, Malay, Swahili
    "شارك مشاركة تعليقات تعليق اشترك إعلان طباعة שתף שתפו תגובות תגובה הירשמו פרסומת הדפס "
    "نظرات تبلیغات چاپ عضویت kongsi komen langgan cetak shiriki maoni jiandikishe tangazo "
    "matangazo "
)

WEAK: frozenset[str] = words(
    # English
    "home homepage top back next previous prev more load show hide view views expand collapse "
    "close open toggle skip content navigation nav main menu search click tap zoom gallery "
    "photo photos image images video videos audio podcast listen watch play download save saved "
    "copy link links url report error feedback contact help faq about privacy policy terms "
    "conditions accept consent manage preferences settings text size font adjust larger "
    "smaller tags tag topics related popular trending recommended latest read continue keep "
    "advertise ad ads careers jobs account profile register sign log follow like likes post "
    "leave write add join discussion conversation now most new story stories article articles "
    "page pages send gift bookmark caption captions slideshow slide full screen edit cancel "
    "submit login up out sections section subscribe options use service legal notice imprint "
    "accessibility disclaimer cancel opens window tab friend friends later app apps reading "
    "trackback trackbacks pingback pingbacks "
    "dark mode "
    "favorites favourites jump already create free access alerts alert notifications enable "
    "disable breaking news picks editor editors reject all see site map unmute mute topic "
    "correction corrections typo min mins transcript live choices media playback pagina página "
    "inizio"
    # German
    " suche suchen zurück weiter mehr lesen artikel link kopieren kontakt foto fotos bild bilder "
    "oben freund freunde freunden "
    "galerie schließen öffnen anhören herunterladen melden fehler themen thema verwandte "
    "beliebt empfohlen neueste folgen senden mitteilen speichern text vergrößern ändern "
    # French
    "recherche rechercher accueil retour haut suivant précédent plus lire lien article "
    "taille texte police enregistrer sauvegarder copier contact photo image vidéo galerie "
    "fermer ouvrir écouter télécharger signaler erreur sujets populaires suivre suivez "
    "envoyer aussi tard voir suite agrandir ami amis choix "
    # Spanish
    "buscar búsqueda inicio volver arriba siguiente anterior más leer lee enlace artículo "
    "tamaño texto letra guardar copiar contacto foto imagen vídeo galería cerrar abrir "
    "escuchar descargar reportar temas relacionados populares síguenos seguir enviar "
    "correo también ver amigo amigos portada "
    # Italian
    "cerca ricerca torna successivo precedente più leggi articolo dimensione testo carattere "
    "salva copia contatti foto immagine galleria chiudi apri ascolta scarica segnala errore "
    "argomenti correlati popolari seguici segui invia anche vedi amico amici "
    # Portuguese
    "buscar pesquisar busca início voltar topo próximo anterior mais leia ler artigo tamanho "
    "fonte salvar guardar copiar contato contacto imagem galeria fechar abrir ouvir baixar "
    "denunciar erro tópicos relacionados siga enviar amigo amigos curtir curtidas "
    # Dutch
    "zoeken zoek terug boven volgende vorige meer lees lezen artikel tekst grootte opslaan "
    "bewaar kopiëren kopieer afbeelding sluiten openen luisteren downloaden melden fout "
    "onderwerpen gerelateerd populair volg stuur ook verder bekijk luister vriend vrienden "
    "vergroten verkleinen meldingen aanzetten "
)

WEAK = WEAK | words(
    # actions
    "pause stop hear filter sort refresh reload upload paste delete remove confirm decline "
    "allow return go scroll increase decrease reset switch select choose flag rate vote react "
    "translate order book pin upvote change scrollen leave write laisser laissez deja deje "
    "lascia deixe deixa laat achter schreiben schreib escribe scrivi escreva schrijf notícia "
    "noticia notizia nieuws nachricht nouvelle "
    # nouns and modifiers
    "button sidebar footer header bottom profile password username inbox feed thread "
    "forum clip stream player pic pics version friendly printable list night theme headlines "
    "author authors help support careers press membership member members similar "
    "featured promoted less "
    # German
    "anzeigen zeigen ausblenden einblenden ansehen abspielen bearbeiten löschen hinzufügen "
    "abbrechen akzeptieren ablehnen nächste vorherige springen verkleinern bewerten antworten "
    "empfehlen seite menü konto profil einstellungen benachrichtigungen bildergalerie schrift "
    "größe modus nachtmodus schlagworte archiv hilfe agb karriere mediadaten alle neu ähnliche "
    "gesponsert "
    # French
    "afficher masquer cacher regarder sauvegarder connecter inscrire charger modifier supprimer "
    "ajouter annuler accepter refuser continuer passer réduire noter répondre recommander "
    "acheter compte profil paramètres diaporama nuit archives aide mentions légales cgu tous "
    "toutes nouveau recommandés similaires sponsorisé "
    # Spanish
    "mostrar ocultar mirar reproducir iniciar sesión registrarse cargar editar eliminar añadir "
    "agregar cancelar aceptar rechazar continuar saltar ampliar reducir denunciar valorar "
    "responder recomendar comprar página menú cuenta perfil ajustes configuración "
    "notificaciones imágenes modo noche artículos archivo ayuda todos todas todo nuevo "
    "recomendados patrocinado opciones "
    # Italian
    "mostra mostrare nascondi guarda riproduci carica modifica elimina aggiungi annulla accetta "
    "rifiuta continua salta ingrandisci riduci vota rispondi consiglia acquista profilo "
    "impostazioni notifiche immagini modalità notte articoli archivio aiuto tutti tutte tutto "
    "nuovo consigliati sponsorizzato opzioni "
    # Portuguese
    "ocultar esconder assistir reproduzir salvar cadastrar registar pesquisar carregar excluir "
    "apagar adicionar cancelar aceitar recusar continuar pular ampliar reduzir avaliar "
    "responder recomendar comprar conta configurações notificações imagens modo noturno artigos "
    "arquivo ajuda privacidade todos todas tudo novo recomendados patrocinado opções "
    # Dutch
    "toon tonen verberg sluit kijk kijken afspelen versturen opslaan zoek laden download "
    "bewerk verwijder voeg toevoegen annuleer accepteer accepteren weiger weigeren ga vergroot "
    "verklein meld beoordeel aanbevelen koop kopen pagina profiel instellingen meldingen "
    "galerij fotos afbeeldingen lettergrootte modus nachtmodus artikelen archief hulp "
    "adverteren alle nieuw aanbevolen gesponsord"
)

WEAK = WEAK | words(
    # forms, accounts and paywalls: "Your email address", "Create an account", "Subscribers only"
    "address down later exclusive clipboard members everything "
    "übersicht später erstellen inhalt exklusiv "
    "tout créer sujet contenu réservé exclusif "
    "crear después contenido exclusivo reservado descarga descargar leyendo "
    "tutto creare dopo contenuto riservato esclusivo leggere "
    "tudo criar depois conteúdo reservado lendo baixe "
    "alles aanmaken inhoud exclusief "
    # the site's navigation ("Saltar navegación", "Anterior 1 2 3 Posterior")
    "navegación navegação navigazione navigatie posterior "
    # a live blog's new posts ("Afficher 7 nouveaux messages")
    "nouveaux nouvelles messages message updates nuevos nuevas mensajes nuovi nuove messaggi "
    "aggiornamenti novos novas mensagens atualizações nieuwe "
    # alerts and pushes, captions, responses, gifts, trials
    "push notification turn activate activer activar attivare ativar "
    "activeren aktivieren bildunterschrift légende leyenda didascalia legenda bijschrift "
    "offrir verschenken regalar regalare oferecer cadeau geschenk testen essayer probar "
    "provare experimentar proberen dejar réagir réagissez reageer nachrichten tema matéria "
    "bericht berichten completa completo complète "
    # settings, devices, newsrooms, other items
    "customise customize personalise personalize anpassen personnaliser personalizar "
    "personalizzare aanpassen verwalten gérer gestionar gestire gerenciar gerir beheren "
    "responses newsroom redaktion rédaction redacción "
    "redazione redação redactie beitrag beiträge ressort album other others autres otros "
    "outros altri altre andere weitere resize reader animation animations liste lista lijst "
    "alertas alertes avvisi permanente permanent permalien"
)

WEAK = WEAK | words(
    # skip links, favourites and wish lists, sponsored content, photo series, ads: "Aller au
    # contenu principal", "Ajouter à mes favoris", "Gesponsorde inhoud", "La suite après"
    "principal principale hoofd direkt wishlist wishlists cart basket favoris "
    "favoriten favoritos preferiti favorieten suggest below après continúa visto vistos "
    "gesponsorde gesponserte gesponserter sponsorisée sponsorisés patrocinada patrocinados "
    "patrocinadas sponsorizzata sponsorizzati fotoserie fotostrecke fotogalerie fotogalerij "
    "versenden verschicken aller vai thank thanks reuse republish update updates miss "
    "duration dauer durée duración durata duração duur "
    # copied links, "already a subscriber?", "only for subscribers", privacy policies, news
    "copied kopiert copié copiado copiato gekopieerd bereits schon déjà ya già já eres inicia "
    "only nur seulement solamente apenas alleen unten ci-dessous abajo sotto abaixo hieronder "
    "merkzettel politique política informativa confidentialité privacidad beleid beluisteren "
    "noticias notizie notícias "
    # cookie preferences and e-mail fields: "Gestionar preferencias", "Votre adresse e-mail"
    "preferencias préférences preferenze preferências voorkeuren electrónico adresse indirizzo "
    "endereço mailadres emailadres rejeitar abo abschließen gestisci continuare panel touch "
    "pictures "
    # shop baskets, transcripts, translations, replies and quotes in forums: "Ajouter au
    # panier", "Lire la transcription", "Traducir esta página", "Mostra altre risposte",
    # "Reply Quote Report"
    "panier "
    "transkript transcription transcripción trascrizione transcrição übersetzen traduire "
    "traducir traduci tradurre traduzir vertaal vertalen réponses respuestas risposte "
    "respostas zitieren citer citar citare ouça ir "
    # events, tickets, maps and routes, live blogs, reviews and purchases, job applications,
    # display switches: "Zum Kalender hinzufügen", "Acheter des billets", "Ver mapa más
    # grande", "Pinned post", "Geverifieerde aankoop", "Jetzt bewerben", "Toggle contrast"
    "calendar kalender calendrier calendario calendário tickets ticket billets billet "
    "entradas biglietti ingressos kaufen map karte mapa mappa kaart larger größere "
    "grotere grande ampliado ampliada visualizza visualizzare visualizar wegbeschreibung "
    "planen pinned angeheftet "
    "épinglé fijado fissato fixado vastgezet verified purchase verifizierter verifiziert kauf "
    "achat vérifié verificada verificado acquisto verificato aankoop geverifieerde job "
    "bewerben postuler "
    "candidati candidate candidatar solliciteer inscríbete contrast kontrast contraste "
    "contrasto compra escribir écrire escrever scrivere obtener ottieni calculer traçar "
    "bekijken solo uniquement "
    # citation tools, video queues, forum threads, booking buttons and blog pagers: "Cite this
    # article", "Cité par 12", "Salta annuncio", "Thread starter", "Free cancellation", "Older
    # posts", "Articoli meno recenti" (availability and check name real headings and lines:
    # "Job availability", "Availability: Check here", "checklist")
    "cite cited citation citations zitieren zitiert zitation citer cité citado citação "
    "citato citazione citatie citeer geciteerd metrics métriques métricas metriche kennzahlen "
    "playing überspringen annuncio anuncio anúncio pular overslaan prossimo prossima starter "
    "posts older newer ältere neuere anciens anteriores antigos meno recenti oudere nieuwere "
    "cancellation stornierung annulation cancelación cancellazione cancelamento annuleren "
    # gift links and print versions of the article: "Regala questo articolo", "Versión para
    # imprimir" (summaries were measured and left out: "Summary:" heads real sections, and
    # "Summarize top X posts" is a line of an article)
    "regala presentear geef imprimable imprimible stampabile impressão "
    "druckversion printvriendelijke versión versão versione versie "
    # chats and site search: "Discutez avec nous", "Chatta con noi", "Buscar en este sitio"
    # (blog, website and chat were measured and left out: "Back to Blog" above a page dump's
    # headline moves its sections, and "Website Video", "Blog Commenting" are subheadings)
    "chatea chatta discutez durchsuchen doorzoek sitio sito "
    # the verbs of service businesses' buttons: "Termin vereinbaren", "Prenota una visita",
    # "Find a doctor near you", "Bel nu" (their objects are SERVICE words)
    "near nähe près cerca vicino perto buurt schedule request enroll vereinbaren anfordern "
    "anrufen einschreiben prendre planifier demander obtenir appelez pedir programar solicitar "
    "solicita llama matricúlate prenota richiedi chiama agendar ligue peça matricule maak vraag "
    "bel "
    # accessibility statements, footers, reading lists and topics: "Erklärung zur
    # Barrierefreiheit", "Ir al pie de página", "Ajouter à ma liste de lecture", "Volg dit
    # onderwerp"
    "statement erklärung déclaration declaración dichiarazione declaração verklaring "
    "barrierefreiheit accessibilité accesibilidad accessibilità acessibilidade "
    "toegankelijkheid seitenende fußzeile pied pie piè rodapé leseliste lecture lectura "
    "lettura leitura leeslijst argomento onderwerp "
    # reactions, ratings and pagers: "👍 Like 👎 Dislike", "Valora este artículo", "Page
    # suivante", "Pagina successiva", "Próxima página"
    "dislike dislikes valora avalie suivante successiva próxima sla "
    # news sites' tools in the other languages: "Nächster Artikel", "Volgend artikel",
    # "Liveticker verfolgen", "Segui la diretta", "Attiva le notifiche", "Meldingen
    # inschakelen", "Téléchargez notre application", "Diskutieren Sie mit", "Contacter la
    # rédaction", "Ganzen Artikel lesen"
    "nächster nächstes vorheriger vorheriges volgend volgende vorig vorige liveticker "
    "liveblog diretta direto directo verfolgen attiva activez activa ative inschakelen "
    "einschalten téléchargez télécharger herunterladen scarica descarregue downloaden "
    "application applicazione aplicación aplicativo applicatie diskutieren merkliste "
    "verbergen contacter contactez contacta contactar contatta contattare contacte acompanhe "
    "ganzen hele schreibe subscrever subscreva "
    # footers' help and privacy centres: "Help centre", "Privacy Center"
    "center centre "
    # the same tools in the other six languages: latest articles and headlines, following
    # the author, accounts, advertising with us, help and privacy centres, contacting us,
    # back to top, up next, changing the text size: "Neueste Artikel", "Suivre l'auteur",
    # "Crea una cuenta gratuita", "Anuncie connosco", "Centro de ayuda", "Torna in cima"
    "neueste neuesten letzte derniers dernières últimos últimas ultimi ultime laatste "
    "schlagzeilen titres titulares titoli manchetes koppen más autor autorin auteur autore "
    "autora suivre seguir seguire vidéo vidéos vídeo vídeos kostenloses kostenlosen crea crie "
    "cree créez crée werben annoncer anúnciate anunciar pubblicizza anuncie adverteren "
    "zentrum centro centrum datenschutzzentrum hilfecenter privacycentrum helpcentrum "
    "assistenza privacidade kontaktieren contáctanos contattaci revenir haut torna cima "
    "continuación seguire hierna cambiar tamaño cambia dimensione wijzigen ändern alterar "
    "tamanho registe regístrate "
    # gestures, players and members' areas: "Swipe left", "Skip intro", "Zum Entsperren
    # tippen", "Nur für Mitglieder", "Réservé aux membres", "Artikel freischalten", "Me
    # notifier", "Retour aux actualités"
    "swipe wischen balayez desliza scorri deslize veeg entsperren tippen appuyez intro "
    "autoplay notify notifier benachrichtigen notificar notificami mitglieder membres "
    "miembros membri membros leden freischalten werbefrei retour actualités actualité "
    "complet "
    # the text size control and giving an article in Dutch: "Aa Lire plus tard", "Cadeau geven"
    "aa geven "
    # consent buttons' options, dark modes, counts of shares: "Accepteren Weigeren Meer opties",
    # "Dunkelmodus", "23 Mal geteilt", "48 partages" (not Spanish "todo": a program's name)
    "opciones opzioni opções opties optionen dunkelmodus sombre oscuro scura escuro "
    "donkere geteilt partages compartido compartida condiviso partilhado gedeeld "
    # Russian: the same tools ("Читать далее", "Показать ещё", "Размер шрифта", "Наверх",
    # "Главные новости", "Обратная связь")
    "главная главное наверх назад далее вперед вперёд еще ещё больше показать скрыть открыть "
    "закрыть поиск найти меню новости новость видео фото фотографии фотогалерея галерея "
    "слушать смотреть скачать сохранить копировать скопировать ссылка ссылку ошибка ошибку "
    "помощь контакты политика конфиденциальности условия читать прочитать все всё статья "
    "статьи страница страницы следующая предыдущая популярное популярные последние лента "
    "текст размер шрифта шрифт обратная связь вход профиль аккаунт настройки уведомления "
    "архив теги тег темы тема рубрики сообщить написать оставить отправить другу нравится "
    "подробнее узнать редакция просмотров просмотры просмотра ответы ответ версия приложение "
    "уже опечатка опечатку опечатке печать "
    "скачайте мобильное "
    # Turkish: "Ana Sayfa", "Beğen Cevapla Şikayet et", "Google News'te takip et", "Kabul Et",
    # "Okuma süresi: 3 dk"
    "ana sayfa anasayfa ara haberler haber ilgili takip beğen cevapla şikayet etiketler "
    "etiket göster tüm devamı oku okunanlar galeri kabul ayarları ayarlar gizlilik "
    "politikası iletişim künye kapat okuma süresi güncelleme giriş kayıt üye yazarlar "
    "önceki sonraki tıkla izle dinle indir uygulama bildirimler "
    # Indonesian: "Baca selengkapnya", "Lihat semua", "Ikuti kami", "Kebijakan privasi"
    "beranda cari berita terkait terbaru populer baca selengkapnya lainnya masuk daftar "
    "ikuti tutup lihat semua unduh aplikasi kirim balas suka laporkan topik kebijakan "
    "privasi hubungi redaksi pedoman "
    # Norwegian, Danish and Swedish: "Logg inn", "Les også", "Meld meg på", "Flere saker",
    # "Sist oppdatert", "Annonsér hos oss"
    "logg log logga inn ind læs läs også också flere fler saker nyheter nyheder hjem hem "
    "søk søg sök meny lukk luk stäng visa siste seneste senaste mest leste læste "
    "delt publisert publiceret publicerad oppdatert opdateret uppdaterad sist senest emner "
    "ämnen kundeservice kundservice annonsér annoncér annonsera følg följ bilder billeder "
    "galleri meld "
    # Croatian: "Pročitajte i", "Najčitanije", "Pratite nas", "Uvjeti korištenja"
    "pročitajte također vijesti naslovnica pretraži traži više najnovije najčitanije "
    "povezane vezane pratite prijava uvjeti korištenja privatnost zatvori prikaži "
    # Catalan: "Notícies relacionades", "Segueix-nos", "Inicia sessió"
    "notícies notícia relacionades relacionats correu inici cerca llegir llegeix tanca "
    "segueix segueix-nos portada darreres últimes més sessió "
    # Finnish: "Lue myös", "Näytä kaikki", "Seuraa meitä", "Takaisin ylös"
    "etusivu haku hae lue lisää myös uusimmat luetuimmat aiheet seuraa sulje näytä kaikki "
    "takaisin ylös valikko "
    # Czech and Slovak: "Čtěte také", "Zobrazit vše", "Sledujte nás", "Hlavní strana"
    "hlavní strana hledat číst další více nejčtenější související sledujte zavřít zobrazit "
    "vše zpět nahoru hľadať čítať ďalšie viac najčítanejšie súvisiace zavrieť zobraziť "
    "všetko späť hore "
    # Hungarian: "Tovább olvasom", "Kapcsolódó cikkek", "Vissza a tetejére"
    "főoldal keresés tovább olvasom olvasás legolvasottabb kapcsolódó kövess kövessen "
    "bezár összes vissza tetejére "
    # Romanian: "Citește și", "Vezi toate", "Urmărește-ne"
    "acasă caută citește ultimele urmărește urmărește-ne închide toate înapoi vezi "
    # Greek: "Διαβάστε επίσης", "Περισσότερα", "Ακολουθήστε μας"
    "αρχική αναζήτηση διαβάστε περισσότερα επίσης δημοφιλή σχετικά ακολουθήστε κλείσιμο όλα "
    "πίσω "
    # Ukrainian and Bulgarian: "Читайте також", "Головна", "Прочетете още"
    "головна пошук читати читайте більше також популярне детальніше стрічка начало търсене "
    "прочетете още също "
    # Arabic, Hebrew, Persian, Malay and Swahili: "اقرأ أيضا", "קראו גם", "بیشتر بخوانید",
    # "Ikuti kami", "Soma pia"
    "الرئيسية بحث المزيد اقرأ أيضا تابعنا اتصل الأخبار فيديو صور ראשי חיפוש עוד קראו גם עקבו "
    "צור קשר חדשות וידאו صفحه اصلی جستجو بیشتر بخوانید دنبال تماس اخبار ویدئو عکس utama "
    "carian lagi terkini nyumbani tafuta zaidi soma pia tufuate wasiliana habari picha"
)

SOCIAL: frozenset[str] = words(
    "whatsapp facebook twitter linkedin pinterest reddit telegram instagram youtube tiktok "
    "вконтакте одноклассники дзен дзене дзена телеграм телеграме телеграмм viber "
    "flipboard messenger snapchat tumblr xing vk weibo pocket mastodon threads bluesky x "
    "spotify deezer soundcloud digg newsvine stumbleupon technorati slashdot threema \U0001d54f"
)
"""Networks named on share bars and follow buttons: UI with another UI word, or in a run (X's
icon prints as "𝕏"; Facebook's as "f", which is not listed: a program's f-strings print it)."""

CONNECTORS: frozenset[str] = words(
    "a an the on to this our us your you via in by for with of and or it here me my s "
    "auf per uns den die das der zum zur dem sie im nach "
    "sur par nous la le les de du cet cette en ou et vous l d "
    "por el los este esta y o nos tu al lo "
    "su per il questo di e ci ti alla al un una um uma une ein eine einen einem "
    "no na em o este esta ou nos ao aos à "
    "op dit het een ons en of naar je u "
    "para ce aux au pour agli ai für voor mit as aus i gli os re ve ll lassen "
    "des del della delle dei degli dello da do das dos van von vom door these those don t "
    "se sei é bist êtes nei nel nella nelle negli sul sulla sui om te deze diese dieser dieses "
    "questa aan avec con met neste nesta nell dans diesem bei chez nosotros noi connosco bij "
    "formerly ehemals anciennement anteriormente precedentemente voorheen mal "
    "в на и с по к о об для от до из у за или это наш наши нашем ваш вас нас мы вы через при "
    "på till til och og för med w z ze do ol et te da de yang dan kami ke di meg oss os "
    "hos nas al nás ne mi μας με για ni și و في من على عن مع إلى بنا של את על עם در از به با "
    "را ما na ya wa kwa za la"
)

IMPERATIVES: frozenset[str] = words(
    "visit become support start get give save show watch join try discover explore download apply "
    "subscribe sign log register follow share read listen view see click tap buy shop order book "
    "donate contribute learn find check upgrade unlock claim enter send add create manage "
    "besuchen werden unterstützen starten teilen lesen hören speichern folgen abonnieren "
    "entdecken jetzt visitez devenez soutenez commencez découvrez lisez écoutez suivez "
    "abonnez-vous visita hazte apoya empieza descubre lee escucha sigue suscríbete visita "
    "diventa sostieni inizia scopri leggi ascolta segui visite torne-se apoie comece descubra "
    "leia ouça siga bezoek word steun begin ontdek lees luister volg receive recevez recevoir "
    "recibe recibir ricevi ricevere receba receber ontvang erhalten "
    "подпишитесь подписывайтесь читайте смотрите слушайте следите присоединяйтесь узнайте "
    "скачайте поделитесь оставьте напишите поддержите"
)
"""Verbs that open calls to action ("Visit our shop", "Start your free trial")."""

ADDRESSING: frozenset[str] = words(
    "our your this free now here today unlimited full unser unsere ihr ihre ihren jetzt hier "
    "gratis notre nos votre vos maintenant ici nuestro nuestra tu tus ahora aquí nostro nostra "
    "tuo tua ora qui nosso nossa seu sua agora aqui onze ons je jouw uw nu hier "
    "kostenlos gratuit gratuite gratuitement gratuito gratuita grátis gratuitamente nuestras "
    "nuestros vuestro vuestra nossos nossas наш наша наше наши нашу нашем ваш ваша ваши "
    "сейчас бесплатно здесь"
)
"""Words that address the reader in a call to action."""

STEMS: tuple[str, ...] = (
    "subscri",
    "unsubscri",
    "abonn",
    "abbon",
    "suscri",
    "iscriv",
    "inscri",
    "assinant",
    "newsletter",
    "nieuwsbrie",
    "kommentar",
    "comentar",
    "comentár",
    "commentai",
    "bookmark",
    "screenshot",
    "коммент",
    "подпис",
    "рассыл",
)
"""Beginnings of UI words, for their inflected and compound forms ("subscribing", "abonnés",
"suscriptores", "Kommentarfunktion"): a word opening with one counts as a weak UI word."""

COMPOUND_PART_LETTERS = 4
"""A compound word counts as a weak UI word when it is made of two UI words of at least this
many letters each, maybe with a linking "s" ("Artikelübersicht", "Kommentarbereich")."""

_VOCABULARY = STRONG | WEAK
_FORMS: dict[str, bool] = {}
_NUMBER = re.compile(r"^\d[\d.,:]*$")


def ui_share(text: str) -> float:
    """The share of the words of ``text`` that are UI words (strong, weak, social networks or
    their forms), connecting words and numbers left out: 1.0 for "Share on Facebook", 0.0 for
    a news headline (0.0 when nothing is left)."""
    counted = ui = 0
    for word in TOKEN.findall(text.lower()):
        if word in CONNECTORS or _NUMBER.match(word):
            continue
        counted += 1
        ui += word in _VOCABULARY or word in SOCIAL or ui_form(word)
    return ui / counted if counted else 0.0


def ui_form(word: str) -> bool:
    """A word that is not in the vocabulary but is a form of a UI word: an inflection of a stem
    or a compound of two UI words (weak evidence)."""
    known = _FORMS.get(word)
    if known is None:
        known = _is_form(word)
        if len(_FORMS) < 100_000:
            _FORMS[word] = known
    return known


def _is_form(word: str) -> bool:
    if word.startswith(STEMS):
        return True
    least = COMPOUND_PART_LETTERS
    if len(word) < 2 * least or not word.isalpha():
        return False
    for cut in range(least, len(word) - least + 1):
        head, tail = word[:cut], word[cut:]
        if tail in _VOCABULARY and (head in _VOCABULARY or head[:-1] in _VOCABULARY):
            return True
    return False


SERVICE: frozenset[str] = words(
    "appointment appointments termin rendez vous cita appuntamento consulta afspraak tour "
    "besichtigung visite visita bezichtiging doctor arzt médecin médico medico arts quote "
    "estimate angebot devis presupuesto preventivo orçamento offerte demo consultation"
)
"""What the buttons of a service's page offer ("Book an appointment", "Request a quote",
"Prenota una visita"). Such a button stands inside the article of the service's page, so it
is a call to action, which does not end a section of a page dump; and the words are too
common to be UI on their own ("More information", "Call for Comments" head real sections)."""


SERVICE_VERBS: frozenset[str] = words(
    "book request schedule make get buchen vereinbaren anfragen prendre réserver demander "
    "pedir solicitar reservar concertar prenota prenotare richiedi fissa marcar agendar maak "
    "maken plan plannen boek aanvragen"
)
"""The verbs of a service's buttons ("Pedir cita previa", "Afspraak maken")."""
SERVICE_MODIFIERS: frozenset[str] = words(
    "online ligne previa previo prévio free gratuit gratuite gratuita kostenlos gratis now "
    "jetzt maintenant ahora ora agora nu"
)
"""What such a button adds: online, free, now."""


RECIPE: frozenset[str] = words(
    "recipe recipes rezept rezepte recette recettes receta recetas ricetta ricette receita "
    "receitas recept recepten"
)
"""The recipe of a recipe card, which its buttons name ("Jump to Recipe", "Rezept drucken")."""


SECTIONS: frozenset[str] = words(
    # English
    "news world uk us europe africa asia americas politics business economy money markets "
    "tech technology science health sport sports football opinion culture arts entertainment "
    "lifestyle travel food style local national international weather education environment "
    "climate media royals crime obituaries video podcasts columnists editorials comment "
    "analysis features magazine congress elections "
    # German
    "nachrichten welt politik wirtschaft finanzen sport kultur wissen gesundheit reise panorama "
    "meinung ausland inland regional lokales digital auto feuilleton "
    # French
    "actualités monde politique économie société culture sciences santé sport sports opinions "
    "international régions planète médias "
    # Spanish
    "noticias mundo política economía sociedad cultura ciencia salud deportes opinión "
    "internacional nacional tecnología españa "
    # Italian
    "notizie mondo politica economia cronaca cultura scienza salute sport esteri spettacoli "
    "tecnologia italia opinioni "
    # Portuguese
    "notícias mundo política economia sociedade cultura ciência saúde desporto esportes "
    "opinião internacional tecnologia brasil "
    # Dutch
    "nieuws wereld politiek economie binnenland buitenland cultuur wetenschap gezondheid "
    "sport opinie regio media "
    # Russian
    "новости мир россия политика экономика бизнес финансы общество спорт культура наука "
    "технологии здоровье происшествия регионы мнения авто туризм недвижимость образование"
)
"""Names of a news site's sections: a trail of two of them ("World | Europe", "Politics >
Congress") is navigation, where two capitalised words between separators could be anything."""


ACTIONS: frozenset[str] = words(
    # English
    "listen play pause watch enlarge zoom expand collapse close print share download save "
    "unsave subscribe reply follow unfollow mute unmute bookmark tweet email login logout "
    "register search skip next previous edit delete cancel submit like pin digg replay "
    # German
    "anhören abspielen vergrößern schließen drucken teilen herunterladen speichern merken "
    "antworten folgen suchen weiter zurück vorlesen merkliste "
    # French
    "écouter lire agrandir fermer imprimer partager télécharger enregistrer répondre suivre "
    "rechercher suivant précédent sauvegarder "
    # Spanish
    "escuchar reproducir ampliar cerrar imprimir compartir descargar guardar responder seguir "
    "buscar siguiente anterior "
    # Italian
    "ascolta riproduci ingrandisci chiudi stampa condividi scarica salva rispondi segui cerca "
    "successivo precedente "
    # Portuguese
    "ouvir reproduzir ampliar fechar imprimir compartilhar partilhar baixar salvar guardar "
    "responder seguir buscar próximo anterior "
    # Dutch
    "luisteren luister afspelen vergroten sluiten printen delen downloaden opslaan bewaren "
    "reageren volgen zoeken volgende vorige "
    # consent dialogs' buttons
    "accept reject hide akzeptieren ablehnen accepter refuser aceptar rechazar accetta rifiuta "
    "aceitar rejeitar accepteren weigeren "
    "слушать смотреть закрыть печать поделиться скачать сохранить подписаться ответить "
    "найти искать увеличить принять отклонить"
)
"""Actions that make a button on their own: a line that is only one of them ("Listen",
"Écouter", "Ingrandisci") is UI, where a lone noun ("Home", "Gallery") may be a heading."""
