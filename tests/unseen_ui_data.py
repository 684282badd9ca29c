"""Unseen UI strings inside real articles, in seven languages: a check of generalisation.

The benchmark data's UI lines are a few dozen fixed strings; a held-out set uses others. The
lines below were written for this check and none of them occurs as a line in the benchmark
data (``python -m tests.unseen_ui_data --data DIR`` verifies it). They are the furniture that
leaks into scraped text: toolbars, share, print and e-mail prompts, reading times, photo
credits, newsletter and app prompts, cookie and login notices, comment counts, breadcrumbs,
tag lists and timestamps.

Two lists per language: ``TUNE`` may be inspected while improving the classifier; ``HELD`` is
only ever measured (its misses are not printed), so its figure stays an honest estimate.

Each language has a host article written for this check, with short real lines that must be
kept: the headline, subheadings (some with UI words: "Share of the vote"), short quotes and
list items. :func:`documents` puts three UI lines into each copy of the article (under the
headline, between paragraphs, at the end) and :func:`measure` reports the share of UI lines
removed and of real lines kept.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

# --- host articles -------------------------------------------------------------------------


@dataclass(frozen=True)
class Host:
    """An article: headline, six paragraphs (the fifth ends with a colon, a list follows it),
    and pools of real short lines."""

    title: str
    paragraphs: tuple[str, ...]
    heads: tuple[str, ...]
    """Subheadings, placed right above a paragraph."""
    shorts: tuple[str, ...]
    """Short real lines standing between paragraphs (quotes, one-line answers)."""
    items: tuple[str, ...]
    """List items, three at a time under the paragraph ending with a colon."""


HOSTS: dict[str, Host] = {
    "en": Host(
        title="Council approves plan to reopen the old harbour baths after twenty years",
        paragraphs=(
            "The city council voted on Thursday to restore the Victorian sea baths on the old "
            "harbour wall, which have been closed since a storm damaged the pumps in 2004.",
            "The plan, which will cost about 4.2 million pounds, was approved by 31 votes to 9 "
            "after a debate that lasted most of the afternoon and drew a crowd to the gallery.",
            "Supporters said the baths would bring visitors back to a part of the waterfront "
            "that has struggled since the ferry terminal moved across the bay a decade ago.",
            "Opponents argued that the money should go to the leisure centre on the east side "
            "of the city, where the main pool has been closed for repairs since the spring.",
            "Under the approved scheme, the work will be carried out in three stages:",
            "The council expects the first swimmers to use the baths in the summer of 2026, "
            "provided that the contractor can start before the end of the year.",
        ),
        heads=(
            "Share of the vote",
            "A long road back",
            "Home advantage",
            "The view from the gallery",
            "What happens next",
            "Back to the water",
            "Comments that divided the chamber",
            "Open questions",
            "Print run of the plans sold out",
            "Sign of the times",
            "Reading the small print",
            "Top of the agenda",
        ),
        shorts=(
            "\u201cWe have waited long enough,\u201d said one resident.",
            "It was not the first attempt.",
            "The vote was close.",
            '"This is money well spent."',
            "Not everyone agreed.",
            "So what changed?",
            "Nobody was surprised.",
            "\u201cIt belongs to all of us.\u201d",
        ),
        items=(
            "- Repair the pumps and the sea gate",
            "- Rebuild the changing rooms",
            "- Open a cafe on the terrace",
            "1. Drain and inspect the main pool",
            "2. Register the site with the heritage trust",
            "3. Download the tender documents from the council",
            "- Share the cost with the harbour trust",
            "- Print a guide for schools",
            "- Sign a lease with a swimming club",
        ),
    ),
    "de": Host(
        title="Stadtrat beschließt Sanierung des alten Hafenbads nach zwanzig Jahren",
        paragraphs=(
            "Der Stadtrat hat am Donnerstag beschlossen, das historische Seebad an der alten "
            "Hafenmauer zu sanieren, das seit einem Sturm im Jahr 2004 geschlossen ist.",
            "Der Plan, der rund 4,2 Millionen Euro kosten soll, wurde mit 31 zu 9 Stimmen "
            "angenommen, nachdem die Abgeordneten fast den ganzen Nachmittag debattiert hatten.",
            "Die Befürworter sagten, das Bad werde wieder Besucher in einen Teil des Ufers "
            "bringen, der seit dem Umzug des Fährterminals vor zehn Jahren zu kämpfen hat.",
            "Die Gegner meinten, das Geld solle besser in das Freizeitzentrum im Osten der "
            "Stadt fließen, dessen Hauptbecken seit dem Frühjahr wegen Reparaturen zu ist.",
            "Nach dem beschlossenen Plan werden die Arbeiten in drei Schritten ausgeführt:",
            "Die Stadt rechnet damit, dass die ersten Schwimmer im Sommer 2026 ins Wasser "
            "gehen können, wenn die Baufirma noch vor Jahresende mit der Arbeit beginnt.",
        ),
        heads=(
            "Was jetzt passiert",
            "Mehr als ein Schwimmbad",
            "Zurück ins Wasser",
            "Die Stimmen der Anwohner",
            "Ein langer Weg",
            "Streit um das Geld",
            "Kommentare aus dem Rathaus",
            "Offene Fragen",
        ),
        shorts=(
            "\u201eWir haben lange genug gewartet\u201c, sagte eine Anwohnerin.",
            "Es war nicht der erste Versuch.",
            "Die Abstimmung war knapp.",
            "Nicht alle waren einverstanden.",
            "Was hat sich geändert?",
        ),
        items=(
            "- Pumpen und Seetor reparieren",
            "- Umkleiden neu bauen",
            "- Ein Café auf der Terrasse eröffnen",
            "1. Becken leeren und prüfen",
            "2. Denkmalschutz beantragen",
            "3. Ausschreibung veröffentlichen",
        ),
    ),
    "fr": Host(
        title="Le conseil municipal approuve la rénovation des anciens bains du port",
        paragraphs=(
            "Le conseil municipal a voté jeudi la restauration des bains de mer construits "
            "sur l'ancienne digue du port, fermés depuis qu'une tempête a endommagé les "
            "pompes en 2004.",
            "Le projet, qui doit coûter environ 4,2 millions d'euros, a été adopté par 31 voix "
            "contre 9 après un débat qui a occupé presque tout l'après-midi.",
            "Ses partisans estiment que les bains ramèneront des visiteurs dans un quartier du "
            "front de mer qui souffre depuis le déménagement du terminal des ferries.",
            "Ses opposants auraient préféré que l'argent aille au centre aquatique de l'est de "
            "la ville, dont le grand bassin est fermé pour travaux depuis le printemps.",
            "Selon le projet adopté, les travaux se dérouleront en trois étapes :",
            "La mairie espère accueillir les premiers baigneurs à l'été 2026, à condition que "
            "l'entreprise retenue puisse commencer le chantier avant la fin de l'année.",
        ),
        heads=(
            "Ce qui va changer",
            "Plus qu'une piscine",
            "Retour à l'eau",
            "La parole aux riverains",
            "Un long chemin",
            "Partage des coûts",
            "Des questions ouvertes",
        ),
        shorts=(
            "\u00ab Nous avons assez attendu \u00bb, a dit une habitante.",
            "Ce n'était pas la première tentative.",
            "Le vote a été serré.",
            "Tout le monde n'était pas d'accord.",
        ),
        items=(
            "- Réparer les pompes et la porte à la mer",
            "- Reconstruire les vestiaires",
            "- Ouvrir un café sur la terrasse",
        ),
    ),
    "es": Host(
        title="El ayuntamiento aprueba rehabilitar los viejos baños del puerto",
        paragraphs=(
            "El pleno municipal aprobó el jueves la restauración de los baños de mar del viejo "
            "muelle, cerrados desde que un temporal dañó las bombas en 2004.",
            "El proyecto, que costará unos 4,2 millones de euros, salió adelante con 31 votos a "
            "favor y 9 en contra tras un debate que ocupó casi toda la tarde.",
            "Sus defensores creen que los baños devolverán visitantes a una parte del paseo "
            "marítimo que ha sufrido desde que la terminal de ferris se trasladó.",
            "Los críticos querían destinar el dinero al polideportivo del este de la ciudad, "
            "cuya piscina principal está cerrada por obras desde la primavera.",
            "Según el plan aprobado, las obras se harán en tres fases:",
            "El ayuntamiento espera que los primeros bañistas puedan usar los baños en el "
            "verano de 2026, si la empresa adjudicataria empieza antes de fin de año.",
        ),
        heads=(
            "Qué pasará ahora",
            "Más que una piscina",
            "Volver al agua",
            "La voz de los vecinos",
            "Un largo camino",
            "Preguntas abiertas",
        ),
        shorts=(
            "\u00abYa hemos esperado bastante\u00bb, dijo una vecina.",
            "No era el primer intento.",
            "La votación fue ajustada.",
            "¿Qué ha cambiado?",
        ),
        items=(
            "- Reparar las bombas y la compuerta",
            "- Reconstruir los vestuarios",
            "- Abrir una cafetería en la terraza",
        ),
    ),
    "it": Host(
        title="Il consiglio comunale approva il restauro dei vecchi bagni del porto",
        paragraphs=(
            "Il consiglio comunale ha approvato giovedì il restauro dei bagni di mare sul "
            "vecchio molo, chiusi da quando una mareggiata danneggiò le pompe nel 2004.",
            "Il progetto, che costerà circa 4,2 milioni di euro, è passato con 31 voti a favore "
            "e 9 contrari dopo un dibattito durato quasi tutto il pomeriggio.",
            "I sostenitori dicono che i bagni riporteranno visitatori in una parte del "
            "lungomare che soffre da quando il terminal dei traghetti è stato spostato.",
            "Gli oppositori avrebbero preferito destinare i fondi al centro sportivo della zona "
            "est, la cui piscina principale è chiusa per lavori dalla primavera.",
            "Secondo il piano approvato, i lavori si svolgeranno in tre fasi:",
            "Il comune conta di accogliere i primi bagnanti nell'estate del 2026, se la ditta "
            "incaricata riuscirà ad aprire il cantiere prima della fine dell'anno.",
        ),
        heads=(
            "Cosa succede adesso",
            "Più di una piscina",
            "Ritorno in acqua",
            "La voce dei residenti",
            "Una lunga strada",
            "Domande aperte",
        ),
        shorts=(
            "\u00abAbbiamo aspettato abbastanza\u00bb, ha detto una residente.",
            "Non era il primo tentativo.",
            "Il voto è stato combattuto.",
        ),
        items=(
            "- Riparare le pompe e la paratia",
            "- Ricostruire gli spogliatoi",
            "- Aprire un bar sulla terrazza",
        ),
    ),
    "pt": Host(
        title="Câmara aprova a recuperação dos antigos banhos do porto",
        paragraphs=(
            "A câmara municipal aprovou na quinta-feira a recuperação dos banhos de mar do "
            "antigo molhe, fechados desde que uma tempestade danificou as bombas em 2004.",
            "O projeto, que deverá custar cerca de 4,2 milhões de euros, foi aprovado por 31 "
            "votos contra 9, depois de um debate que ocupou quase toda a tarde.",
            "Os defensores dizem que os banhos vão trazer de volta visitantes a uma parte da "
            "marginal que tem sofrido desde que o terminal dos ferries mudou de lugar.",
            "Os críticos preferiam investir o dinheiro no complexo desportivo da zona leste, "
            "cuja piscina principal está fechada para obras desde a primavera.",
            "Segundo o plano aprovado, as obras vão decorrer em três fases:",
            "A autarquia espera receber os primeiros banhistas no verão de 2026, se a empresa "
            "escolhida conseguir começar os trabalhos antes do fim do ano.",
        ),
        heads=(
            "O que acontece agora",
            "Mais do que uma piscina",
            "De volta à água",
            "A voz dos moradores",
            "Um longo caminho",
            "Perguntas em aberto",
        ),
        shorts=(
            "\u201cJá esperámos o suficiente\u201d, disse uma moradora.",
            "Não foi a primeira tentativa.",
            "A votação foi renhida.",
        ),
        items=(
            "- Reparar as bombas e a comporta",
            "- Reconstruir os balneários",
            "- Abrir um café no terraço",
        ),
    ),
    "nl": Host(
        title="Gemeenteraad stemt in met herstel van het oude havenbad",
        paragraphs=(
            "De gemeenteraad heeft donderdag ingestemd met het herstel van het zeebad op de oude "
            "havenmuur, dat dicht is sinds een storm in 2004 de pompen beschadigde.",
            "Het plan, dat ongeveer 4,2 miljoen euro gaat kosten, werd met 31 tegen 9 stemmen "
            "aangenomen na een debat dat bijna de hele middag duurde.",
            "Voorstanders zeggen dat het bad weer bezoekers zal trekken naar een deel van de "
            "boulevard dat het moeilijk heeft sinds de veerterminal is verhuisd.",
            "Tegenstanders wilden het geld liever besteden aan het sportcentrum in het oosten "
            "van de stad, waar het grote bad sinds het voorjaar gesloten is.",
            "Volgens het aangenomen plan gebeurt het werk in drie stappen:",
            "De gemeente verwacht de eerste zwemmers in de zomer van 2026, als de aannemer nog "
            "voor het einde van het jaar met de bouw kan beginnen.",
        ),
        heads=(
            "Wat er nu gebeurt",
            "Meer dan een zwembad",
            "Terug naar het water",
            "De stem van de buurt",
            "Een lange weg",
            "Open vragen",
        ),
        shorts=(
            "\u201cWe hebben lang genoeg gewacht\u201d, zei een bewoner.",
            "Het was niet de eerste poging.",
            "De stemming was spannend.",
        ),
        items=(
            "- De pompen en de zeesluis repareren",
            "- Nieuwe kleedkamers bouwen",
            "- Een café op het terras openen",
        ),
    ),
}

MORE_HOSTS: tuple[tuple[str, Host], ...] = (
    (
        "en",
        Host(
            title="New bus line to link Hollowfield estate with town centre",
            paragraphs=(
                (
                    "A new bus service connecting the Hollowfield estate with Market Street and "
                    "the railway station will start running on 3 March, the county council "
                    "confirmed on Tuesday after months of consultation with residents and local "
                    "operators."
                ),
                (
                    "Route 14 will run every twenty minutes on weekdays and every half hour on "
                    "Saturdays. Buses will stop at the health centre, the secondary school and the "
                    "retail park, filling a gap left when the old route was cut in 2019."
                ),
                (
                    "Councillor Janet Okafor, who chairs the transport committee, said older "
                    "passengers had been asking for a direct connection for years. The service "
                    "will cost around £420,000 a year and is funded partly by a regional "
                    "government grant."
                ),
                (
                    "Not everyone is pleased. A group of families from Westbrook argue that the "
                    "money should have gone towards fixing the leisure pool, closed since a roof "
                    "leak last winter. Their petition has gathered more than nine hundred "
                    "signatures."
                ),
                (
                    "The operator, Greenline Coaches, says it will introduce the new timetable in "
                    "stages and has promised a review after six months. Passengers can expect "
                    "several changes from the first day:"
                ),
                (
                    "Ticket prices will match existing town fares. Timetables will be posted at "
                    "stops and in the library from mid-February, and the council will hold a "
                    "drop-in session at the community hall on 20 February."
                ),
            ),
            heads=(
                "What changes for passengers",
                "When it starts",
            ),
            shorts=(
                '"I have waited ten years for this," said one pensioner.',
                "The vote in committee was unanimous.",
            ),
            items=(
                "- Contactless payment on every bus",
                "- Free travel for under-16s until June",
                "- Real-time displays at six stops",
            ),
        ),
    ),
    (
        "en",
        Host(
            title="Eastgate library reopens its doors after eighteen-month refurbishment",
            paragraphs=(
                (
                    "Eastgate Library reopened on Saturday morning after an eighteen-month "
                    "refurbishment that cost £2.1 million. Dozens of readers queued outside before "
                    "the doors opened at nine, and staff said more than six hundred people visited "
                    "during the first day."
                ),
                (
                    "The Victorian building now has a lift, a larger children's section and a "
                    "study room on the top floor. The old reading room, with its painted ceiling, "
                    "has been restored and is open again for quiet work."
                ),
                (
                    "Head librarian Martin Hale said the aim was to make the library a place "
                    "people want to spend time in. He added that borrowing had fallen in recent "
                    "years, but events and study space remain in high demand."
                ),
                (
                    "Meanwhile, traders on nearby Cross Lane say months of construction hurt their "
                    "takings. The café owner Priya Shah told us footfall dropped by a third while "
                    "scaffolding blocked the pavement, and two small shops closed during that "
                    "period."
                ),
                (
                    "The library will keep its usual opening hours, with late evenings on "
                    "Thursdays until eight. Several new services have been added as part of the "
                    "project:"
                ),
                (
                    "Membership remains free for anyone who lives, works or studies in the "
                    "borough. Those who joined before the closure do not need to register again, "
                    "and fines for books kept during the works have been cancelled."
                ),
            ),
            heads=(
                "Inside the new building",
                "Opening hours",
            ),
            shorts=(
                '"It feels like a different place," said one regular.',
                "Some shelves are still empty.",
            ),
            items=(
                "- A makerspace with two 3D printers",
                "- Free laptop loans for members",
                "- Weekly reading sessions for toddlers",
            ),
        ),
    ),
    (
        "de",
        Host(
            title="Sanierung der Lindenbrücke dauert länger als ursprünglich geplant",
            paragraphs=(
                (
                    "Die Sanierung der Lindenbrücke über die Wörnitz wird sich bis mindestens Ende "
                    "Oktober hinziehen. Das teilte das Tiefbauamt der Stadt am Montag mit. "
                    "Ursprünglich sollte die Brücke bereits im Juli wieder für den Verkehr "
                    "freigegeben werden."
                ),
                (
                    "Bei den Arbeiten hatten Gutachter im Frühjahr größere Schäden an den "
                    "Stahlträgern entdeckt als erwartet. Mehrere Lager müssen nun vollständig "
                    "ausgetauscht werden, was zusätzliche Zeit und nach ersten Schätzungen rund "
                    "380.000 Euro kostet."
                ),
                (
                    "Für Autofahrer bleibt die Umleitung über die Bahnhofstraße bestehen. "
                    "Fußgänger und Radfahrer können weiterhin einen provisorischen Steg neben der "
                    "Baustelle nutzen, der allerdings nachts zeitweise gesperrt wird. Die Buslinie "
                    "3 fährt weiter mit geändertem Fahrplan."
                ),
                (
                    "Im Ortsteil Oberau ärgern sich dagegen viele Familien. Sie hätten das Geld "
                    "lieber in einen Spielplatz gesteckt, den sie seit Jahren fordern. Eine "
                    "Elterninitiative hat inzwischen Spenden gesammelt und hofft auf ein "
                    "Grundstück hinter dem Feuerwehrhaus."
                ),
                (
                    "Oberbürgermeisterin Petra Halbig bat die Anwohner um Geduld und versprach, "
                    "regelmäßig über den Stand der Arbeiten zu informieren. Für die kommenden "
                    "Wochen sind folgende Schritte vorgesehen:"
                ),
                (
                    "Die Kosten der gesamten Maßnahme steigen damit auf knapp 2,4 Millionen Euro. "
                    "Einen Teil übernimmt das Land über das Förderprogramm für kommunale Brücken. "
                    "Eine Informationsveranstaltung ist für den 14. Juni im Rathaussaal geplant."
                ),
            ),
            heads=(
                "Wie es weitergeht",
                "Umleitung bleibt bestehen",
            ),
            shorts=(
                "„Wir fahren jetzt jeden Tag zwanzig Minuten Umweg“, sagt eine Pendlerin.",
                "Der Stadtrat muss die Mehrkosten noch genehmigen.",
            ),
            items=(
                "- Ausbau der beschädigten Brückenlager",
                "- Korrosionsschutz für die Stahlträger",
                "- Neuer Fahrbahnbelag ab September",
            ),
        ),
    ),
    (
        "de",
        Host(
            title="Windpark am Kahlenberg: Bürger sollen sich finanziell beteiligen können",
            paragraphs=(
                (
                    "Die fünf geplanten Windräder am Kahlenberg zwischen Hausen und Mittelbach "
                    "haben die letzte Hürde genommen. Das Landratsamt hat die Genehmigung nach dem "
                    "Bundes-Immissionsschutzgesetz erteilt, wie der Betreiber, die "
                    "Energiegenossenschaft Vorderland, am Donnerstag bekanntgab."
                ),
                (
                    "Die Anlagen sollen jeweils rund 240 Meter hoch werden und zusammen etwa 70 "
                    "Millionen Kilowattstunden Strom im Jahr erzeugen. Das entspricht rechnerisch "
                    "dem Verbrauch von rund 20.000 Haushalten. Baubeginn ist für das kommende "
                    "Frühjahr vorgesehen."
                ),
                (
                    "Umstritten war das Projekt vor allem wegen des Rotmilans, der in den Wäldern "
                    "rund um den Kahlenberg brütet. Die Genehmigung sieht deshalb vor, dass die "
                    "Rotoren während der Mahd auf benachbarten Feldern tagsüber abgeschaltet "
                    "werden."
                ),
                (
                    "Im Dorf selbst beschäftigt die Menschen derzeit eher die Zukunft des "
                    "Dorfladens. Die Inhaberin geht im Sommer in Rente, einen Nachfolger gibt es "
                    "noch nicht. Einige Gemeinderäte schlagen vor, einen Teil der Pachteinnahmen "
                    "dafür einzusetzen."
                ),
                (
                    "Die Genossenschaft will die Bürger der umliegenden Gemeinden am Projekt "
                    "beteiligen. Vorstand Jürgen Weiß kündigte an, dass Anteile ab 500 Euro "
                    "gezeichnet werden können. Geplant sind außerdem mehrere Angebote für "
                    "Anwohner:"
                ),
                (
                    "Gegner des Projekts haben angekündigt, die Genehmigung rechtlich prüfen zu "
                    "lassen. Eine Klage hätte allerdings keine aufschiebende Wirkung. Die "
                    "Genossenschaft rechnet damit, dass die Windräder Ende 2026 erstmals Strom ins "
                    "Netz einspeisen."
                ),
            ),
            heads=(
                "Streit um den Rotmilan",
                "So können Bürger mitmachen",
            ),
            shorts=(
                "„Von meinem Garten aus sehe ich dann drei Windräder“, sagt ein Anwohner.",
                "Die Entscheidung fiel nach fast vier Jahren.",
            ),
            items=(
                "- Vergünstigter Stromtarif für Haushalte vor Ort",
                "- Jährliche Zahlung an beide Gemeinden",
                "- Öffentliche Baustellenführungen im Sommer",
            ),
        ),
    ),
    (
        "fr",
        Host(
            title="Le marché du samedi déménage sur la place de la Mairie",
            paragraphs=(
                (
                    "À partir du 6 avril, le marché du samedi quittera le parking du cours "
                    "Gambetta pour s'installer sur la place de la Mairie. La décision a été votée "
                    "jeudi soir en conseil municipal, par vingt-deux voix contre sept."
                ),
                (
                    "Une soixantaine de commerçants, maraîchers, fromagers, bouchers et "
                    "producteurs de miel, sont concernés. Selon la mairie, le nouvel emplacement "
                    "offrira plus d'ombre en été et permettra de libérer des places de "
                    "stationnement près de la gare."
                ),
                (
                    "Certains exposants restent pourtant sceptiques. « Ici, les clients se garent "
                    "juste à côté de mon stand. Là-bas, ils devront porter leurs cageots sur trois "
                    "cents mètres », regrette Didier Roux, maraîcher à Saint-Vérand depuis trente "
                    "ans."
                ),
                (
                    "Dans le quartier des Tilleuls, plusieurs habitants jugent que la priorité est "
                    "ailleurs. Ils réclament depuis l'hiver la réouverture du bureau de poste, "
                    "fermé faute de personnel, et une pétition circule dans les boulangeries du "
                    "secteur."
                ),
                (
                    "Pour accompagner le changement, la municipalité a prévu une période d'essai "
                    "de six mois, au terme de laquelle un bilan sera présenté aux exposants et aux "
                    "clients. Plusieurs mesures sont déjà annoncées :"
                ),
                (
                    "Le marché se tiendra comme aujourd'hui de 7 h 30 à 13 heures. Le premier "
                    "samedi, une animation musicale et une dégustation de produits locaux sont "
                    "prévues pour inaugurer le nouvel emplacement devant l'hôtel de ville."
                ),
            ),
            heads=(
                "Ce qui change",
                "Une période d'essai",
            ),
            shorts=(
                "« On verra bien au bout de six mois », glisse une cliente.",
                "Le débat a été animé.",
            ),
            items=(
                "- une navette gratuite depuis la gare",
                "- deux heures de stationnement offertes",
                "- des bornes électriques pour les stands",
            ),
        ),
    ),
    (
        "fr",
        Host(
            title="Le musée de la Dentelle rouvre avec une nouvelle salle",
            paragraphs=(
                (
                    "Fermé depuis deux ans pour travaux, le musée de la Dentelle de "
                    "Villeneuve-sur-Arve a rouvert ses portes mardi. Plus de quatre cents "
                    "visiteurs se sont pressés dans les salles rénovées dès la première journée, "
                    "selon la direction."
                ),
                (
                    "Le chantier, d'un montant de 1,8 million d'euros, a permis de mettre le "
                    "bâtiment aux normes d'accessibilité et d'installer un ascenseur. Les "
                    "réserves, jusqu'ici stockées dans une cave humide, ont été déplacées dans un "
                    "local climatisé."
                ),
                (
                    "La principale nouveauté est une salle consacrée aux ouvrières qui "
                    "travaillaient à domicile au début du XXe siècle. Photos, outils et "
                    "témoignages enregistrés racontent un savoir-faire qui a fait vivre des "
                    "centaines de familles de la vallée."
                ),
                (
                    "Du côté de l'école Jean-Moulin, toute proche, on se réjouit surtout de la fin "
                    "du bruit. Les enseignants rappellent que les classes du rez-de-chaussée ont "
                    "dû garder les fenêtres fermées pendant des mois, même lors des fortes "
                    "chaleurs de juin."
                ),
                (
                    "La conservatrice, Hélène Marchand, souhaite faire du musée un lieu vivant, "
                    "ouvert aux habitants autant qu'aux touristes. Pour cette première saison, "
                    "l'équipe propose dès le mois prochain plusieurs rendez-vous :"
                ),
                (
                    "Le musée est ouvert du mardi au dimanche, de 10 heures à 18 heures. Le tarif "
                    "plein passe à 7 euros, mais l'entrée reste gratuite pour les moins de "
                    "dix-huit ans et les habitants de la commune."
                ),
            ),
            heads=(
                "Une salle pour les ouvrières",
                "Infos pratiques",
            ),
            shorts=(
                "« Ma grand-mère faisait ce travail », confie une visiteuse émue.",
                "L'inauguration officielle aura lieu en mai.",
            ),
            items=(
                "- des ateliers de dentelle le mercredi",
                "- des visites guidées en soirée",
                "- une entrée gratuite le premier dimanche",
            ),
        ),
    ),
    (
        "es",
        Host(
            title="El Hospital Comarcal estrena una nueva ala de pediatría",
            paragraphs=(
                (
                    "El Hospital Comarcal de Villaverde del Río abrió el lunes su nueva ala de "
                    "pediatría, tras casi tres años de obras. El edificio, de dos plantas, cuenta "
                    "con veinticuatro habitaciones individuales y una unidad de urgencias "
                    "infantiles propia."
                ),
                (
                    "Hasta ahora, los niños ingresados compartían planta con pacientes adultos, "
                    "algo que las familias venían denunciando desde hacía tiempo. La inversión, de "
                    "6,3 millones de euros, ha sido financiada por la Consejería de Sanidad y "
                    "fondos europeos."
                ),
                (
                    "La jefa del servicio, la doctora Marta Ibáñez, explicó que las habitaciones "
                    "permiten que un familiar duerma junto al menor. «Para un niño enfermo, tener "
                    "a su madre o a su padre al lado cambia mucho», señaló."
                ),
                (
                    "En el barrio de San Roque, sin embargo, muchos vecinos siguen esperando otra "
                    "cosa. Hace meses que reclaman que vuelva a funcionar el polideportivo, "
                    "cerrado por goteras en la cubierta que el ayuntamiento aún no ha arreglado."
                ),
                (
                    "La nueva ala también incorpora espacios pensados para hacer más llevadera la "
                    "estancia de los pequeños pacientes y sus familias. Entre ellos, en la planta "
                    "baja, destacan los siguientes:"
                ),
                (
                    "El traslado de los pacientes desde la antigua planta se completará esta "
                    "semana. La gerencia prevé contratar a ocho enfermeras más antes del verano y "
                    "abrir, a finales de año, una consulta específica de salud mental infantil."
                ),
            ),
            heads=(
                "Habitaciones para toda la familia",
                "Próximos pasos",
            ),
            shorts=(
                "«Por fin los niños tienen su sitio», dijo una madre.",
                "La inauguración oficial será en abril.",
            ),
            items=(
                "- una sala de juegos con ludotecaria",
                "- un aula para seguir las clases",
                "- una cocina para los acompañantes",
            ),
        ),
    ),
    (
        "es",
        Host(
            title="Las fiestas de San Bartolomé vuelven a la plaza Mayor",
            paragraphs=(
                (
                    "Las fiestas de San Bartolomé regresarán este agosto a la plaza Mayor de "
                    "Peñaflor, después de dos años celebrándose en el recinto ferial por las obras "
                    "de pavimentación. El programa se presentó el miércoles en el salón de plenos."
                ),
                (
                    "Del 22 al 27 de agosto habrá conciertos cada noche, verbenas, una feria de "
                    "artesanía y el tradicional concurso de paellas. El cabeza de cartel será el "
                    "grupo valenciano Los Quinqués, que actuará el sábado a medianoche."
                ),
                (
                    "La concejala de Festejos, Rocío Navarro, explicó que el presupuesto asciende "
                    "a 180.000 euros, un diez por ciento más que el año pasado. Parte del aumento "
                    "se destinará a reforzar la seguridad y la limpieza durante las noches."
                ),
                (
                    "Los agricultores de la vega, en cambio, están pendientes de otro asunto. La "
                    "sequía de este invierno ha reducido la cosecha de cereal casi a la mitad, y "
                    "algunos creen que ese dinero haría más falta en el campo."
                ),
                (
                    "Los vecinos que residen en el casco antiguo deberán tener en cuenta algunos "
                    "cambios en el tráfico y el aparcamiento durante esa semana. El ayuntamiento "
                    "ha anunciado las siguientes medidas:"
                ),
                (
                    "El programa completo puede consultarse en la web municipal y en la oficina de "
                    "turismo. Las peñas que quieran participar en el desfile inaugural tienen de "
                    "plazo hasta el 31 de julio para inscribirse."
                ),
            ),
            heads=(
                "Programa de conciertos",
                "Cambios en el tráfico",
            ),
            shorts=(
                "«En la plaza las fiestas se viven de otra manera», comenta un vecino.",
                "El pregón correrá a cargo de una vecina centenaria.",
            ),
            items=(
                "- calles cortadas a partir de las 20:00",
                "- autobús lanzadera desde el polígono",
                "- tarjetas de acceso para residentes",
            ),
        ),
    ),
    (
        "it",
        Host(
            title="La scuola elementare di via Roma riapre dopo i lavori",
            paragraphs=(
                (
                    "Dopo quindici mesi di cantiere, la scuola elementare di via Roma a "
                    "Castelnuovo riaprirà lunedì prossimo. I circa trecento alunni, finora "
                    "ospitati nei container accanto alla palestra comunale, torneranno finalmente "
                    "nelle loro aule."
                ),
                (
                    "L'intervento, costato 2,7 milioni di euro finanziati in gran parte con fondi "
                    "del PNRR, ha riguardato l'adeguamento sismico dell'edificio, il rifacimento "
                    "del tetto e la sostituzione di tutti gli infissi. È stato anche installato un "
                    "impianto fotovoltaico."
                ),
                (
                    "La dirigente scolastica, Paola Ferretti, ha ringraziato insegnanti e famiglie "
                    "per la pazienza. «I bambini hanno vissuto un anno difficile, con spazi "
                    "stretti e poco silenzio. Adesso avranno ambienti luminosi e sicuri», ha "
                    "dichiarato."
                ),
                (
                    "Nel frattempo, nella frazione di Poggiolo, gli anziani chiedono da tempo il "
                    "ritorno dello sportello bancario chiuso due anni fa. Per ritirare la pensione "
                    "devono prendere la corriera, che passa solo tre volte al giorno."
                ),
                (
                    "Per il primo giorno il Comune ha organizzato una piccola festa di benvenuto "
                    "nel cortile, con la partecipazione del sindaco. Nelle nuove aule gli alunni "
                    "troveranno diverse novità:"
                ),
                (
                    "I container verranno smontati entro la fine del mese e l'area tornerà a "
                    "essere un parcheggio. Il sindaco ha annunciato che il prossimo cantiere "
                    "riguarderà la scuola media di piazza Garibaldi, a partire dall'estate."
                ),
            ),
            heads=(
                "Cosa cambia per gli alunni",
                "I prossimi lavori",
            ),
            shorts=(
                "«Mio figlio non vede l'ora di tornare», racconta una mamma.",
                "Il taglio del nastro è previsto alle 8.",
            ),
            items=(
                "- lavagne interattive in ogni classe",
                "- una biblioteca con mille volumi",
                "- una mensa più grande e silenziosa",
            ),
        ),
    ),
    (
        "it",
        Host(
            title="Stadio Comunale di San Valerio, via libera alla tribuna coperta",
            paragraphs=(
                (
                    "Il consiglio comunale di San Valerio ha approvato martedì sera il progetto "
                    "della nuova tribuna coperta dello stadio Comunale, dove gioca la Sanvalerese "
                    "in Eccellenza. I lavori dovrebbero partire a giugno, al termine del "
                    "campionato."
                ),
                (
                    "La struttura avrà 1.200 posti a sedere, spogliatoi rinnovati e un locale per "
                    "il primo soccorso. La spesa prevista è di 1,9 milioni di euro, coperta per "
                    "metà da un mutuo del Credito Sportivo e per metà dal bilancio comunale."
                ),
                (
                    "Il presidente della società, Marco Bellini, ha parlato di una giornata "
                    "storica. «Da anni i nostri tifosi prendono la pioggia su una gradinata di "
                    "cemento. Con la nuova tribuna potremo ospitare anche partite giovanili "
                    "regionali», ha detto."
                ),
                (
                    "Non tutti in paese, però, condividono l'entusiasmo. Un gruppo di pensionati "
                    "ricorda che il centro sociale di via Dante ha il riscaldamento guasto da due "
                    "inverni e che i tornei di briscola si fanno con il cappotto addosso."
                ),
                (
                    "Durante il cantiere la prima squadra continuerà a giocare in casa, ma con "
                    "alcune limitazioni per il pubblico. La società ha già comunicato le "
                    "principali novità:"
                ),
                (
                    "Secondo il cronoprogramma, la tribuna dovrebbe essere pronta per l'inizio "
                    "della stagione 2025-2026. Il Comune valuterà poi l'installazione di un "
                    "impianto di illuminazione a LED per consentire le partite in notturna."
                ),
            ),
            heads=(
                "Come sarà la tribuna",
                "Partite durante i lavori",
            ),
            shorts=(
                "«Aspettavo questo giorno da quando ero ragazzo», dice un tifoso.",
                "Il voto è stato unanime.",
            ),
            items=(
                "- capienza ridotta a 500 spettatori",
                "- ingresso solo dal lato nord",
                "- abbonamenti scontati del venti per cento",
            ),
        ),
    ),
    (
        "pt",
        Host(
            title="Nova ciclovia vai ligar Santa Marta à praia fluvial",
            paragraphs=(
                (
                    "A Câmara Municipal de Santa Marta do Vale assinou esta semana o contrato para "
                    "construir uma ciclovia de sete quilómetros até à praia fluvial da Azenha. A "
                    "obra deverá arrancar em setembro e durar cerca de um ano."
                ),
                (
                    "O percurso vai aproveitar em grande parte o antigo canal de rega que "
                    "acompanha o rio. Está prevista iluminação em todo o trajeto, três zonas de "
                    "descanso com bebedouros e uma ponte pedonal sobre a ribeira de Fontelas."
                ),
                (
                    "O investimento ronda os 1,4 milhões de euros, com setenta por cento "
                    "financiados por fundos europeus. Segundo o presidente da câmara, Rui Almeida, "
                    "o objetivo é que mais pessoas deixem o carro em casa nas deslocações curtas."
                ),
                (
                    "Na freguesia de Cabeçais, no extremo norte do concelho, a preocupação é "
                    "outra. Os moradores queixam-se de que a farmácia local fechou em janeiro e de "
                    "que os idosos precisam agora de boleia para comprar medicamentos."
                ),
                (
                    "A associação de ciclistas Pedal Ribeirinho aplaudiu o projeto, mas deixou "
                    "algumas sugestões à autarquia durante a sessão pública de apresentação. Entre "
                    "os pedidos feitos estão os seguintes:"
                ),
                (
                    "Durante a obra, o caminho junto ao rio ficará fechado em alguns troços. A "
                    "câmara promete divulgar os desvios com antecedência e espera inaugurar a "
                    "ciclovia no verão do próximo ano, antes da época balnear."
                ),
            ),
            heads=(
                "Como será o percurso",
                "Quando abre",
            ),
            shorts=(
                "«Vou finalmente poder ir de bicicleta para o trabalho», diz uma enfermeira.",
                "A obra foi adjudicada a uma empresa de Viseu.",
            ),
            items=(
                "- estacionamento para bicicletas junto à escola",
                "- sinalização nos cruzamentos com estradas",
                "- ligação futura à estação de comboios",
            ),
        ),
    ),
    (
        "pt",
        Host(
            title="Horta comunitária do Bairro da Estação já tem lista de espera",
            paragraphs=(
                (
                    "A horta comunitária do Bairro da Estação, inaugurada em março num terreno "
                    "municipal abandonado, já não tem talhões livres. Os quarenta lotes foram "
                    "atribuídos em poucas semanas e há agora mais de sessenta famílias em lista de "
                    "espera."
                ),
                (
                    "Cada talhão tem cerca de trinta metros quadrados e é cedido por dois anos "
                    "mediante uma renda simbólica de vinte euros anuais. A junta de freguesia "
                    "instalou um sistema de rega gota a gota e um abrigo para ferramentas."
                ),
                (
                    "Para Fernanda Lopes, reformada de 68 anos, a horta mudou a rotina. «Venho "
                    "todas as manhãs. Já colhi alfaces, cebolas e feijão-verde, e conheci vizinhos "
                    "com quem nunca tinha falado», conta, enquanto arranca ervas daninhas."
                ),
                (
                    "Do outro lado da linha férrea, os comerciantes da Rua Direita aguardam ainda "
                    "as obras prometidas no passeio. Dizem que as pedras soltas já provocaram "
                    "várias quedas e que os clientes mais velhos evitam passar por ali."
                ),
                (
                    "Perante a procura, a junta está a estudar a criação de uma segunda horta num "
                    "terreno junto ao pavilhão desportivo. O presidente, Luís Carvalho, explicou "
                    "que o novo espaço deverá ter:"
                ),
                (
                    "As inscrições para a lista de espera continuam abertas na sede da junta, de "
                    "segunda a sexta-feira. Têm prioridade os residentes da freguesia que não "
                    "disponham de quintal nem de outro espaço para cultivar."
                ),
            ),
            heads=(
                "Procura supera a oferta",
                "Uma segunda horta",
            ),
            shorts=(
                "«Aqui ninguém compra tomates no verão», brinca um vizinho.",
                "A primeira colheita foi partilhada numa festa.",
            ),
            items=(
                "- cinquenta talhões de tamanho variável",
                "- canteiros elevados para pessoas com mobilidade reduzida",
                "- um compostor partilhado por todos",
            ),
        ),
    ),
    (
        "nl",
        Host(
            title="Dijkversterking bij Oosterwaard gaat na de zomer van start",
            paragraphs=(
                (
                    "Het waterschap begint na de zomer met het versterken van de dijk langs de Lek "
                    "tussen Oosterwaard en Hoekhoven. Dat maakte het dagelijks bestuur "
                    "woensdagavond bekend tijdens een drukbezochte informatieavond in dorpshuis De "
                    "Schakel."
                ),
                (
                    "Uit metingen blijkt dat het dijkvak over een lengte van ruim vier kilometer "
                    "niet meer voldoet aan de nieuwe veiligheidsnormen. De dijk wordt daarom "
                    "verbreed en op sommige plekken een halve meter verhoogd."
                ),
                (
                    "De werkzaamheden duren naar verwachting drie jaar en kosten ongeveer 48 "
                    "miljoen euro. Het grootste deel wordt betaald uit het landelijke "
                    "Hoogwaterbeschermingsprogramma. Een deel van de bomen op de dijk moet worden "
                    "gekapt."
                ),
                (
                    "Elders in het dorp houdt een heel ander onderwerp de gemoederen bezig. Ouders "
                    "maken zich zorgen over de basisschool, die volgend jaar mogelijk moet sluiten "
                    "omdat het aantal leerlingen onder de veertig dreigt te zakken."
                ),
                (
                    "Bewoners van de ongeveer zestig woningen aan de dijk krijgen de komende "
                    "maanden een persoonlijk gesprek met het waterschap. Tijdens de werkzaamheden "
                    "gelden enkele belangrijke afspraken:"
                ),
                (
                    "Het fietspad op de dijk wordt in fases afgesloten. Een omleiding via de "
                    "Polderweg wordt met borden aangegeven. Het waterschap opent in september een "
                    "informatiepunt in de oude pastorie, waar bewoners elke dinsdag met vragen "
                    "terechtkunnen."
                ),
            ),
            heads=(
                "Wat er gaat gebeuren",
                "Hinder voor bewoners",
            ),
            shorts=(
                "„Ik woon hier veertig jaar, dit is echt nodig”, zegt een bewoonster.",
                "De bomenkap zorgt voor onrust.",
            ),
            items=(
                "- woningen blijven altijd bereikbaar",
                "- trillingsmeters bij oudere huizen",
                "- geen werkzaamheden op zondag",
            ),
        ),
    ),
    (
        "nl",
        Host(
            title="Kinderboerderij De Hooiberg krijgt nieuwe stal en educatieruimte",
            paragraphs=(
                (
                    "Kinderboerderij De Hooiberg in het Westerpark krijgt een nieuwe stal en een "
                    "ruimte voor lessen aan schoolklassen. De gemeenteraad stemde dinsdagavond in "
                    "met een bijdrage van 650.000 euro, waarmee de bouw na jaren van uitstel kan "
                    "beginnen."
                ),
                (
                    "De huidige stal stamt uit 1978 en is volgens de gemeente niet meer te "
                    "repareren. Het dak lekt, de ventilatie schiet tekort en de geiten en schapen "
                    "staan 's winters in de tocht."
                ),
                (
                    "Beheerder Ellen de Vries is opgelucht. Jaarlijks komen er zo'n veertigduizend "
                    "bezoekers, vooral jonge gezinnen uit de omliggende wijken. Vrijwilligers "
                    "deden de afgelopen jaren noodreparaties, maar dat was volgens haar niet "
                    "langer vol te houden."
                ),
                (
                    "Aan de overkant van het kanaal vragen bewoners van de Bloemenbuurt al maanden "
                    "om een zebrapad bij de Tulpstraat. Sinds de supermarkt daar opende, rijdt er "
                    "veel meer verkeer en steken kinderen lastig over."
                ),
                (
                    "De nieuwe educatieruimte moet plaats bieden aan een volledige klas van dertig "
                    "leerlingen. Basisscholen uit de stad kunnen er straks terecht voor lessen "
                    "over dieren, voedsel en natuur, en voor activiteiten zoals:"
                ),
                (
                    "De bouw begint naar verwachting in het voorjaar en duurt ongeveer acht "
                    "maanden. De kinderboerderij blijft in die periode gewoon open, al zijn de "
                    "dieren tijdelijk ondergebracht in tenten achter de speelweide."
                ),
            ),
            heads=(
                "Lessen voor schoolklassen",
                "Open tijdens de bouw",
            ),
            shorts=(
                "„Mijn kinderen komen hier elke zaterdag”, vertelt een vader.",
                "Alleen één partij stemde tegen.",
            ),
            items=(
                "- zelf kaas maken van geitenmelk",
                "- eieren rapen in het kippenhok",
                "- een moestuin bijhouden per seizoen",
            ),
        ),
    ),
)
"""Two more host articles per language, written in the twenty-first session by a separate
session that read neither the stage nor the lists, each with a fourth paragraph on a side
aspect worded unlike the rest: a check that the topic stage does not learn the hosts above."""

# --- UI lines ---------------------------------------------------------------------------------

TUNE: dict[str, tuple[str, ...]] = {
    "en": (
        "Save article",
        "Listen to this story",
        "Give this article",
        "Increase font size",
        "Email this story",
        "Share by email",
        "Copy article link",
        "Open in the app",
        "Add to reading list",
        "7 minute read",
        "Estimated reading time: 6 minutes",
        "Photograph: Tom Jenkins/The Observer",
        "Credit: Maria Lopez for NPR",
        "Photo by John Smith on Unsplash",
        "Image: Shutterstock",
        "Sign up to our daily briefing",
        "Your email address",
        "Thank you for subscribing!",
        "Manage cookie settings",
        "Reject all",
        "Already a subscriber? Log in",
        "Create a free account",
        "Reset password",
        "Available on the App Store",
        "Get it on Google Play",
        "34 Comments",
        "View 128 comments",
        "No comments yet",
        "News > World > Europe",
        "Sport \u203a Football \u203a Premier League",
        "Topics: climate change, energy, housing",
        "Published 3 hours ago",
        "Last modified on Tue 4 Jun 2024 11.02 BST",
        "Posted: 14/03/2023 08:15",
        "Advertisement - Scroll to continue",
        "Scroll down to continue reading",
        "Next story",
        "Load more stories",
        "Follow the author",
        "Got a news tip? Contact us",
        "Support our journalism",
        "Already a member? Sign in",
    ),
    "de": (
        "Artikel vorlesen",
        "Schriftgröße ändern",
        "Lesedauer: 3 Min.",
        "Foto: dpa",
        "Jetzt kostenlos registrieren",
        "Zur Startseite",
        "Kommentare anzeigen",
        "Anmelden / Registrieren",
        "Stand: 14.03.2024, 10:12 Uhr",
        "Nachrichten > Politik > Ausland",
        "Auf WhatsApp teilen",
        "Alle akzeptieren",
        "App herunterladen",
        "Zurück zur Artikelübersicht",
        "Video abspielen",
    ),
    "fr": (
        "Lire plus tard",
        "Temps de lecture : 4 min",
        "Crédit photo : Jean Dupont",
        "Inscrivez-vous gratuitement",
        "Créer un compte",
        "Partager sur Facebook",
        "Copier le lien",
        "Voir les 45 commentaires",
        "Accueil > Politique > International",
        "Mis à jour le 4 juin 2024",
        "Tout accepter",
        "Article réservé aux abonnés",
        "Suivre ce sujet",
        "Retour en haut de page",
    ),
    "es": (
        "Guardar para después",
        "Tiempo de lectura: 5 min",
        "Foto: EFE",
        "Iniciar sesión",
        "Compartir en WhatsApp",
        "Copiar enlace",
        "25 comentarios",
        "Inicio > Deportes > Fútbol",
        "Actualizado el 12/03/2024 a las 10:15",
        "Aceptar todas",
        "Descarga la app",
        "Seguir leyendo",
        "Volver arriba",
    ),
    "it": (
        "Ascolta l'articolo",
        "Tempo di lettura: 3 minuti",
        "Iscriviti alla newsletter",
        "Registrati gratis",
        "Invia per email",
        "Mostra commenti",
        "Home > Cronaca > Roma",
        "Pubblicato il 4 giugno 2024",
        "Accetta tutti",
        "Contenuto riservato agli abbonati",
        "Continua a leggere",
        "Seguici su Facebook",
    ),
    "pt": (
        "Ouvir notícia",
        "Tempo de leitura: 4 min",
        "Foto: Reprodução",
        "Entrar",
        "Compartilhar no WhatsApp",
        "32 comentários",
        "Início > Economia > Mercados",
        "Atualizado em 12/03/2024 às 10h15",
        "Aceitar todos",
        "Conteúdo exclusivo para assinantes",
        "Continuar lendo",
        "Voltar ao topo",
    ),
    "nl": (
        "Bewaar artikel",
        "Luister naar dit artikel",
        "Leestijd: 3 minuten",
        "Foto: ANP",
        "Schrijf je in voor de nieuwsbrief",
        "Account aanmaken",
        "Deel via WhatsApp",
        "Bekijk 14 reacties",
        "Home > Nieuws > Binnenland",
        "Gepubliceerd op 4 juni 2024",
        "Alles accepteren",
        "Terug naar boven",
    ),
}

TUNE_2: dict[str, tuple[str, ...]] = {
    "en": (
        "Opens in a new tab",
        "Sign in to comment",
        "Hide caption",
        "Toggle caption",
        "Expand image",
        "Photo illustration by Jane Roe",
        "Listen · 4:32",
        "Updated at 10:42 a.m. ET on June 4, 2024",
        "Published June 4, 2024",
        "3 days ago",
        "1h ago",
        "Reading Time: 5 minutes",
        "8 minutes to read",
        "Promoted Stories",
        "Recommended by Outbrain",
        "Subscribe to our YouTube channel",
        "Get push notifications",
        "Turn on alerts",
        "Unlock this article",
        "You have 3 free articles left this month",
        "Continue reading with a subscription",
        "Want to read more? Subscribe today",
        "Log in or create an account",
        "Photo courtesy of the city council",
        "Filed Under: Local News, Politics",
        "Section: World",
        "World | Europe",
        "Politics > Congress",
        "Latest Stories",
        "Sign up for alerts",
        "Print friendly version",
        "Print / Save as PDF",
        "Share 0 Tweet 0 Pin 0",
        "1,204 views",
        "56 Comments / 12 Shares",
        "Write a response",
        "Skip advertisement",
        "Close ad",
        "Report this ad",
    ),
    "de": (
        "Zum Kommentarbereich",
        "Weiterlesen mit Plus",
        "Jetzt testen",
        "Artikel per Mail teilen",
        "Bildunterschrift anzeigen",
        "Quelle: AFP",
        "Mehr Artikel",
        "Push-Nachrichten aktivieren",
        "Veröffentlicht am 04.06.2024",
        "vor 2 Std.",
    ),
    "fr": (
        "Article abonné",
        "Écouter l'article",
        "Agrandir l'image",
        "Réagissez à cet article",
        "Voir plus",
        "Mis à jour il y a 3 heures",
        "Offrir cet article",
    ),
    "es": (
        "Ver más",
        "Publicidad - Sigue leyendo debajo",
        "Compartir en X",
        "Dejar un comentario",
        "Lee la noticia completa",
        "Guardar artículo",
        "Escucha este artículo",
        "Imagen: Archivo",
    ),
    "it": (
        "Leggi di più",
        "Commenta la notizia",
        "Segui il tema",
        "Apri la galleria",
        "Condividi l'articolo",
        "Ascolta la notizia",
    ),
    "pt": (
        "Leia mais",
        "Comentar notícia",
        "Ver galeria",
        "Ouça este conteúdo",
        "Salvar notícia",
        "Compartilhe esta matéria",
    ),
    "nl": (
        "Lees meer",
        "Reageer op dit artikel",
        "Bekijk de fotoserie",
        "Deel dit bericht",
        "Meer over dit onderwerp",
        "Sla op",
    ),
}
"""A second tuning list, written after the first round of changes and measured once before the
second (recall 0.671 then)."""

TUNE_3: dict[str, tuple[str, ...]] = {
    "en": (
        "Listen to this podcast episode",
        "Download audio",
        "Send to a friend",
        "Email to a friend",
        "Save to favourites",
        "Add to bookmarks",
        "Text: Small Medium Large",
        "Font: A- A+",
        "Print article",
        "Share via WhatsApp",
        "Copy URL",
        "Read in app",
        "Switch to dark mode",
        "Reading time 3 minutes",
        "Image credit: NASA/JPL",
        "Photo credit: Alex Brown",
        "Illustration: Sam Green",
        "(Photo by Mark Lee/Getty Images)",
        "Picture by Ann Cole",
        "Sign up for our morning newsletter",
        "Get the best stories in your inbox",
        "Stay informed with our free daily email",
        "Accept all cookies and continue",
        "Necessary cookies only",
        "Customise settings",
        "Register for free",
        "Subscribe to read",
        "Get the mobile app",
        "Download our free app",
        "Scan to download the app",
        "View comments (12)",
        "12 responses",
        "Add your comment",
        "Comment on this story",
        "Home > Business > Markets",
        "You are here: Home / News",
        "Topics: Transport, Energy",
        "Keywords: housing; rents; tenants",
        "Posted 2 hours ago",
        "Published: 12:45 GMT, 4 June 2024",
        "Last updated 5 days ago",
        "Updated June 4, 2024 10:15 am",
        "Continue reading below",
        "Article continues after advert",
        "Skip to next story",
        "Back to homepage",
        "Return to menu",
        "Join us on Telegram",
        "Contact the newsroom",
        "Report a typo",
        "Give feedback",
        "Terms & Conditions | Cookie Policy | Contact",
    ),
    "de": (
        "Artikel anhören",
        "Beitrag teilen",
        "Drucken / PDF",
        "Foto: Imago",
        "Jetzt abonnieren",
        "Zum Newsletter anmelden",
        "Einstellungen verwalten",
        "Mein Konto",
        "Kommentieren",
        "vor 5 Minuten",
        "Zur Bildergalerie",
        "Mehr aus dem Ressort",
    ),
    "fr": (
        "Partager l'article",
        "Imprimer l'article",
        "Photo : Reuters",
        "Recevoir la newsletter",
        "Mon compte",
        "Paramétrer les cookies",
        "Commenter",
        "il y a 10 minutes",
        "Voir la galerie",
        "Plus d'articles",
    ),
    "es": (
        "Compartir artículo",
        "Imprimir noticia",
        "Foto: Archivo",
        "Recibe nuestro boletín",
        "Mi cuenta",
        "Ajustes de cookies",
        "Comentar",
        "Hace 10 minutos",
        "Ver galería",
        "Más artículos",
    ),
    "it": (
        "Condividi articolo",
        "Stampa la notizia",
        "Foto: Archivio",
        "Ricevi la newsletter",
        "Il mio account",
        "Impostazioni cookie",
        "Commenta",
        "10 minuti fa",
        "Vedi la galleria",
        "Altri articoli",
    ),
    "pt": (
        "Compartilhar artigo",
        "Imprimir notícia",
        "Foto: Arquivo",
        "Receba a newsletter",
        "Minha conta",
        "Definições de cookies",
        "Comente",
        "Há 10 minutos",
        "Ver fotos",
        "Mais artigos",
    ),
    "nl": (
        "Deel artikel",
        "Print artikel",
        "Foto: Archief",
        "Ontvang de nieuwsbrief",
        "Mijn account",
        "Cookie-voorkeuren",
        "Reageer",
        "10 minuten geleden",
        "Bekijk fotoalbum",
        "Meer artikelen",
    ),
}
"""A third tuning list, written after the second round and measured once before the third
(recall 0.789 then)."""

TUNE_4: dict[str, tuple[str, ...]] = {
    "en": (
        "Save Share Print",
        "Listen Share Save",
        "Bookmark Share Comment",
        "A- A A+",
        "Resize text",
        "Reader view",
        "Zoom in",
        "Full screen",
        "Audio version",
        "Print Email Share",
        "Save story",
        "Unsave",
        "Follow topic",
        "Mute video",
        "Pause animation",
        "Open search",
        "Show transcript",
        "Expand all",
        "Share on Bluesky",
        "Send via Messenger",
        "More sharing options",
        "Email a friend",
        "Link to this article",
        "Share article via",
        "We value your privacy",
        "Allow all",
        "Decline optional cookies",
        "Accept and close",
        "Manage preferences",
        "Strictly necessary cookies",
        "Use necessary cookies only",
        "Get our free email",
        "Receive our daily digest",
        "Subscribe to alerts",
        "Get breaking news alerts",
        "Enter email",
        "Submit your email",
        "You're subscribed",
        "Photo: AP",
        "Image: Reuters",
        "Photograph: Getty",
        "(Image: PA)",
        "Picture: Alamy",
        "Photo by AFP",
        "Credit: EPA",
        "Source: Getty Images",
        "Image copyright AFP",
        "Illustration by The Times",
        "Updated 12 minutes ago",
        "Published 07:45 BST",
        "First published 2 June 2024",
        "Last updated: 4 June 2024",
        "10:32 AM EDT, Tue June 4, 2024",
        "2 hrs ago",
        "Yesterday at 9:14 PM",
        "4 June 2024, 10:15",
        "Updated: 10:42 GMT",
        "5 days ago",
    ),
    "de": (
        "Artikel speichern",
        "Teilen per WhatsApp",
        "Foto: Reuters",
        "Cookies zulassen",
        "Newsletter bestellen",
        "Aktualisiert: 04.06.2024, 10:15 Uhr",
        "Bild vergrößern",
        "Merkliste",
        "Vorlesen lassen",
        "Alle Kommentare",
    ),
    "fr": (
        "Enregistrer l'article",
        "Partager par e-mail",
        "Accepter les cookies",
        "Recevoir nos alertes",
        "Publié le 04/06/2024 à 10h15",
        "Agrandir",
        "Ma liste",
        "Tous les commentaires",
        "Écouter",
    ),
    "es": (
        "Guardar noticia",
        "Compartir por correo",
        "Foto: Reuters",
        "Aceptar cookies",
        "Recibe nuestras alertas",
        "Actualizado: 04/06/2024 10:15",
        "Ampliar imagen",
        "Mi lista",
        "Todos los comentarios",
        "Escuchar",
    ),
    "it": (
        "Salva articolo",
        "Condividi via email",
        "Foto: Reuters",
        "Accetta i cookie",
        "Ricevi le notifiche",
        "Aggiornato: 04/06/2024 10:15",
        "Ingrandisci",
        "La mia lista",
        "Tutti i commenti",
        "Ascolta",
    ),
    "pt": (
        "Salvar artigo",
        "Compartilhar por e-mail",
        "Foto: Reuters",
        "Aceitar cookies",
        "Receba alertas",
        "Atualizado: 04/06/2024 10:15",
        "Ampliar imagem",
        "Minha lista",
        "Todos os comentários",
        "Ouvir",
    ),
    "nl": (
        "Artikel opslaan",
        "Delen via e-mail",
        "Foto: Reuters",
        "Cookies accepteren",
        "Ontvang meldingen",
        "Bijgewerkt: 04-06-2024 10:15",
        "Vergroot afbeelding",
        "Mijn lijst",
        "Alle reacties",
        "Luisteren",
    ),
}
"""A fourth tuning list, mostly English toolbar, share, cookie, newsletter, credit and timestamp
strings, measured once before the fourth round (recall 0.769 then)."""

TUNE_5: dict[str, tuple[str, ...]] = {
    "en": (
        "Share on Facebook Share on Twitter Share on LinkedIn Share by Email",
        "Click to email a link to a friend (Opens in new window)",
        "Read in app",
        "View image in fullscreen",
        "Enlarge this image",
        "Toggle caption",
        "Hide caption",
        "Load more comments",
        "Add to wishlist",
        "Suggest a correction",
        "Trending now",
        "Continue reading below",
        "Article continues after this ad",
        "Scroll to continue with content",
        "Advertisement - scroll to continue",
        "Share on Facebook Share on Twitter Send by email",
        "Sign in to comment",
        "Accept all cookies",
    ),
    "de": (
        "Zum Inhalt springen",
        "Direkt zum Inhalt",
        "Weiterlesen nach der Anzeige",
        "Bild vergrößern",
        "Zur Bildergalerie",
        "Meistgelesen",
        "Fehler melden",
        "Artikel merken",
        "Teilen auf Facebook Teilen auf Twitter Per E-Mail versenden",
        "Kommentare anzeigen",
        "Schrift anpassen Kommentieren Drucken",
        "Artikel teilen: Facebook Twitter WhatsApp E-Mail",
        "Mehr zum Thema",
        "Jetzt Newsletter abonnieren und nichts mehr verpassen!",
    ),
    "fr": (
        "Aller au contenu principal",
        "Passer au contenu",
        "La suite après cette publicité",
        "Agrandir l'image",
        "Voir la galerie",
        "Les plus lus",
        "Signaler une erreur",
        "Ajouter à mes favoris",
        "Partager sur Facebook Partager sur Twitter Envoyer par e-mail",
        "Contenu sponsorisé",
        "Réagir Partager Imprimer",
        "Lire aussi : Les retraites au cœur du débat",
        "Abonnez-vous à notre lettre d'information",
        "Temps de lecture : 3 min",
    ),
    "es": (
        "Ir al contenido principal",
        "Saltar al contenido",
        "Continúa leyendo",
        "Ampliar imagen",
        "Ver galería",
        "Más leídas",
        "Lo más visto",
        "Contenido patrocinado",
        "Compartir en WhatsApp",
        "Comentar",
        "Compartir en Facebook Compartir en Twitter Enviar por correo",
        "Ver comentarios (12)",
        "Te puede interesar",
        "Tiempo de lectura: 2 min",
        "Síguenos en Instagram",
        "Escucha este artículo",
        "Actualizado hace 3 horas",
        "Volver arriba",
        "Noticia siguiente",
        "Descarga la app",
    ),
    "it": (
        "Vai al contenuto principale",
        "Salta al contenuto",
        "Ingrandisci immagine",
        "Guarda la gallery",
        "I più letti",
        "Segnala un errore",
        "Contenuto sponsorizzato",
        "Continua a leggere",
        "Condividi su Facebook Condividi su Twitter Invia per email",
        "Condividi Commenta Stampa",
        "Iscriviti alla newsletter",
    ),
    "pt": (
        "Ir para o conteúdo principal",
        "Ampliar imagem",
        "Ver galeria",
        "Mais lidas",
        "Continua depois da publicidade",
        "Conteúdo patrocinado",
        "Compartilhar no Facebook Compartilhar no Twitter Enviar por e-mail",
        "Compartilhe Comente Imprimir",
        "Leia também",
    ),
    "nl": (
        "Ga naar de inhoud",
        "Naar de hoofdinhoud",
        "Lees verder na de advertentie",
        "Vergroot afbeelding",
        "Bekijk de fotoserie",
        "Meest gelezen",
        "Meld een fout",
        "Gesponsorde inhoud",
        "Deel op Facebook Deel op Twitter Stuur door per e-mail",
        "Delen Reageer Print",
        "Lees ook",
        "Advertentie",
    ),
}
"""Written in the eighth session from a probe of common toolbar, skip-link, share and
sponsored-content strings (tuning list: its misses may be inspected)."""

TUNE_6: dict[str, tuple[str, ...]] = {
    "en": (
        "Want more stories like this? Follow us on Google News",
        "Have a news tip? Email us at tips@example.com",
        "Get the latest news delivered to your inbox",
        "Already a subscriber? Log in",
        "Thank you for reading",
        "Topics: Politics, Economy, Elections",
        "Filed under: World News",
        "Posted in Uncategorized",
        "Like this: Like Loading...",
        "Discover more from The Daily Ledger",
        "Subscribe to get the latest posts sent to your email.",
        "This article was originally published on The Conversation.",
        "Updated on January 5, 2024 at 3:15 PM EST",
        "Image source, Getty Images",
        "Media caption, The minister spoke to reporters on Monday",
        "Sign up for our morning briefing",
        "Do you have a story to share? Contact our newsroom",
        "This content is not available in your region",
        "Watch: The moment the bridge collapsed",
        "Scroll down to continue reading",
        "Advertisement · Scroll to continue",
        "Read next",
        "Don't miss out",
        "Our journalism needs your support",
        "Ad Feedback",
        "Copyright 2024 The Associated Press. All rights reserved.",
        "Last modified on Tue 5 Mar 2024 10.12 GMT",
        "First published on Mon 4 Mar 2024 18.00 GMT",
        "Explore more on these topics",
        "Most viewed",
        "This article is more than 2 years old",
        "Enlarge",
        "Listen · 4:12",
        "Sign up for free",
        "Subscribe for $1",
        "Log in to save articles",
        "Follow the latest updates",
        "5 comments",
        "Jump to comments",
        "Hide ads",
        "Report this ad",
    ),
}
"""Written in the eighth session: lines news and blog pages leave in extracted text (follow and
tip prompts, age and region notices, captions, sign-offs); tuning list."""

TUNE_7: dict[str, tuple[str, ...]] = {
    "en": (
        "Text size: Small Medium Large",
        "Font size A- A+",
        "Pin it",
        "Send to a friend",
        "Email to a friend",
        "Printer-friendly version",
        "Print article",
        "Save to My List",
        "Add to My Stories",
        "Follow this topic",
        "Follow this author",
        "Get alerts",
        "Turn on notifications",
        "Most Shared",
        "Most Commented",
        "Top Headlines",
        "Breaking News Alerts",
        "More Headlines",
        "More from Sport",
        "In Other News",
        "Promoted Stories",
        "Paid Content",
        "From our partners",
        "ADVERTISING",
        "Skip Advertisement",
        "Photo: AFP",
        "(Getty Images)",
        "Image: Shutterstock",
        "Picture: PA",
        "Photograph: Alamy",
        "Image copyright AFP",
        "Image caption",
        "Photo credit: John Smith",
        "Copyright © 2023 NewsCorp",
        "Contact Us | About Us | Careers",
        "Log in | Register",
        "Create a free account",
        "Subscribe today",
        "Get unlimited access",
        "Already have an account? Sign in",
        "Published: 10:05 GMT",
        "Last updated: 2 days ago",
        "Reading time: 6 minutes",
        "12 Comments",
        "Add a comment",
        "See also",
        "Read the full story",
        "Back to News",
        "Return to homepage",
        "Go to top",
        "Watch video",
        "Play video",
        "Video duration 02:31",
        "Listen to article",
        "Audio available",
        "Tags: politics, election, senate",
        "Filed Under",
        "Categories: World",
        "Tweet this",
        "Email this",
        "Facebook Twitter LinkedIn Email",
    ),
}
"""Written in the eighth session: common news-site toolbar, section, credit, account, comment and
video strings in English; tuning list."""

TUNE_8: dict[str, tuple[str, ...]] = {
    "de": (
        "Artikel anhören",
        "Zum Merkzettel hinzufügen",
        "Schriftgröße ändern",
        "Link kopiert",
        "Mehr aus dem Ressort",
        "Das könnte Sie auch interessieren",
        "Weitere Artikel",
        "Anzeige – Weiterlesen unten",
        "Foto: picture alliance",
        "Quelle: Reuters",
        "Alle Rechte vorbehalten",
        "Datenschutzerklärung",
        "Cookie-Einstellungen",
        "Jetzt registrieren",
        "Bereits Abonnent? Hier anmelden",
        "Kommentare (14)",
        "Kommentieren",
        "Nach oben scrollen",
        "Lesezeit 3 Minuten",
        "Aktualisiert am 12.03.2024",
    ),
    "fr": (
        "Écouter l'article",
        "Ajouter à ma liste",
        "Lien copié",
        "Plus d'articles",
        "Vous aimerez aussi",
        "Sur le même sujet",
        "Article réservé aux abonnés",
        "Déjà abonné ? Se connecter",
        "Photo : AFP",
        "Tous droits réservés",
        "Politique de confidentialité",
        "Gérer les cookies",
        "Commenter cet article",
        "Retour en haut",
        "Mis à jour le 12 mars 2024",
        "Publié aujourd'hui à 10h05",
    ),
    "es": (
        "Escuchar la noticia",
        "Guardar en favoritos",
        "Enlace copiado",
        "Más noticias",
        "También te puede interesar",
        "Noticias relacionadas",
        "Contenido exclusivo para suscriptores",
        "¿Ya eres suscriptor? Inicia sesión",
        "Foto: EFE",
        "Todos los derechos reservados",
        "Política de privacidad",
        "Configurar cookies",
        "Comentarios (8)",
        "Volver al inicio",
        "Actualizado: 12/03/2024 10:05",
    ),
    "it": (
        "Ascolta l'articolo",
        "Salva nei preferiti",
        "Link copiato",
        "Altre notizie",
        "Potrebbe interessarti anche",
        "Articoli correlati",
        "Contenuto riservato agli abbonati",
        "Sei già abbonato? Accedi",
        "Foto: Ansa",
        "Tutti i diritti riservati",
        "Informativa sulla privacy",
        "Gestisci i cookie",
        "Commenti (5)",
        "Torna su",
        "Aggiornato il 12 marzo 2024",
    ),
    "pt": (
        "Ouvir a notícia",
        "Salvar nos favoritos",
        "Link copiado",
        "Mais notícias",
        "Você também pode gostar",
        "Notícias relacionadas",
        "Conteúdo exclusivo para assinantes",
        "Já é assinante? Entre",
        "Foto: Reuters",
        "Todos os direitos reservados",
        "Política de privacidade",
        "Gerenciar cookies",
        "Comentários (3)",
        "Voltar ao topo",
        "Atualizado em 12/03/2024",
    ),
    "nl": (
        "Artikel beluisteren",
        "Bewaar in je leeslijst",
        "Link gekopieerd",
        "Meer nieuws",
        "Dit vind je misschien ook interessant",
        "Gerelateerde artikelen",
        "Alleen voor abonnees",
        "Al abonnee? Log in",
        "Foto: ANP",
        "Alle rechten voorbehouden",
        "Privacybeleid",
        "Cookie-instellingen",
        "Reacties (7)",
        "Terug naar boven",
        "Bijgewerkt op 12 maart 2024",
    ),
}
"""Written in the eighth session: listen, save, copied-link, related, subscriber, credit, privacy,
comment and update strings in six languages; tuning list."""

TUNE_9: dict[str, tuple[str, ...]] = {
    "en": (
        "We value your privacy",
        "Accept all",
        "Reject all",
        "Manage preferences",
        "This site uses cookies",
        "Subscribe to continue reading",
        "You've reached your article limit",
        "Become a member",
        "Log in to continue",
        "Enter your email",
        "Your email address",
        "Maybe later",
        "Updated 2 hours ago",
        "Posted on March 3, 2024",
        "4 days ago",
        "Photo by Jane Doe on Unsplash",
        "Image credit: NASA",
        "Courtesy of the artist",
        "Source: company reports",
        "23 comments",
        "Sign in to join the conversation",
    ),
    "de": (
        "Wir verwenden Cookies",
        "Alle akzeptieren",
        "Einstellungen verwalten",
        "Jetzt Abo abschließen",
        "Sie haben Ihr Limit erreicht",
        "Mitglied werden",
        "Ihre E-Mail-Adresse",
        "Nein, danke",
        "Vor 2 Stunden",
        "Veröffentlicht am 3. März 2024",
        "Bild: dpa",
        "23 Kommentare",
        "Alle Kommentare anzeigen",
    ),
    "fr": (
        "Nous respectons votre vie privée",
        "Tout accepter",
        "Tout refuser",
        "Gérer mes préférences",
        "Abonnez-vous pour lire la suite",
        "Devenir membre",
        "Votre adresse e-mail",
        "Non merci",
        "Il y a 2 heures",
        "Publié le 3 mars 2024",
        "Crédit photo : AFP",
        "23 commentaires",
        "Voir tous les commentaires",
    ),
    "es": (
        "Aceptar todas",
        "Rechazar todas",
        "Gestionar preferencias",
        "Suscríbete para seguir leyendo",
        "Hazte socio",
        "Tu correo electrónico",
        "No, gracias",
        "Hace 2 horas",
        "Publicado el 3 de marzo de 2024",
        "23 comentarios",
        "Ver todos los comentarios",
    ),
    "it": (
        "Accetta tutti",
        "Rifiuta tutti",
        "Gestisci preferenze",
        "Abbonati per continuare a leggere",
        "Diventa socio",
        "Il tuo indirizzo email",
        "No, grazie",
        "2 ore fa",
        "Pubblicato il 3 marzo 2024",
        "23 commenti",
        "Vedi tutti i commenti",
    ),
    "pt": (
        "Aceitar todos",
        "Rejeitar todos",
        "Gerenciar preferências",
        "Assine para continuar lendo",
        "Seja membro",
        "Seu e-mail",
        "Não, obrigado",
        "Há 2 horas",
        "Publicado em 3 de março de 2024",
        "23 comentários",
        "Ver todos os comentários",
    ),
    "nl": (
        "Alles accepteren",
        "Alles weigeren",
        "Voorkeuren beheren",
        "Abonneer om verder te lezen",
        "Word lid",
        "Je e-mailadres",
        "Nee, bedankt",
        "2 uur geleden",
        "Gepubliceerd op 3 maart 2024",
        "23 reacties",
        "Bekijk alle reacties",
    ),
}
"""Written in the eighth session: cookie choices, paywall limits, membership, e-mail fields,
decline buttons, timestamps, credits and comment counts in seven languages; tuning list."""

TUNE_10: dict[str, tuple[str, ...]] = {
    "en": (
        "(CNN)",
        "Story highlights",
        "Editor's Note:",
        "Hide Caption 1 of 5",
        "Photos: The storm in pictures",
        "Share or comment on this article:",
        "Share what you think",
        "The comments below have not been moderated.",
        "By JANE DOE FOR MAILONLINE",
        "PUBLISHED: 10:05 EST, 3 March 2024 | UPDATED: 11:05 EST, 3 March 2024",
        "Scroll down for video",
        "after newsletter promotion",
        "Privacy Notice:",
        "Related Internet Links",
        "The BBC is not responsible for the content of external sites.",
        "Image caption The minister spoke on Monday",
        "Published 3 hours ago",
        "Features & Analysis",
        "Most Popular Now",
        "Around the BBC",
        "AP Photo/Jane Doe",
        "Reuters Photo",
        "(Reuters)",
        "Last updated at 10:05 BST",
        "Read more about these links.",
        "Sign up for our daily newsletter",
        "Follow @CNNPolitics",
        "Video Ad Feedback",
        "Photos: Hurricane season",
        "CNN values your feedback",
        "How relevant is this ad to you?",
        "Did you encounter any technical issues?",
        "Video player was slow to load content",
        "Send us your views",
        "Have your say",
        "Email your pictures to us",
        "120 shares",
    ),
}
"""Written in the eighth session: strings of large English news sites (captions, datelines,
feedback widgets, moderation and external-link notices); tuning list."""

TUNE_11: dict[str, tuple[str, ...]] = {
    "en": (
        "Jump to Recipe",
        "Print the recipe",
        "Rate this recipe",
        "Did you find this article helpful?",
        "Report a problem with this page",
        "Add to cart",
        "Free shipping on orders over $50",
        "Listen on Apple Podcasts",
        "Read transcript",
        "Switch to dark mode",
        "Translate this article",
        "Live updates",
        "Reply Quote Report",
        "Show more replies",
        "Download the PDF",
    ),
    "de": (
        "Zum Rezept springen",
        "Rezept drucken",
        "War diese Seite hilfreich?",
        "In den Warenkorb",
        "Kostenloser Versand ab 50 €",
        "Auf Spotify anhören",
        "Transkript lesen",
        "Seite übersetzen",
        "Weitere Antworten anzeigen",
        "PDF herunterladen",
    ),
    "fr": (
        "Aller à la recette",
        "Imprimer la recette",
        "Cette page vous a-t-elle été utile ?",
        "Ajouter au panier",
        "Livraison gratuite dès 50 €",
        "Écouter sur Deezer",
        "Lire la transcription",
        "Traduire cette page",
        "Afficher plus de réponses",
        "Télécharger le PDF",
    ),
    "es": (
        "Ir a la receta",
        "Imprimir receta",
        "¿Te ha resultado útil esta página?",
        "Añadir al carrito",
        "Envío gratis a partir de 50 €",
        "Escuchar en Spotify",
        "Leer la transcripción",
        "Traducir esta página",
        "Ver más respuestas",
        "Descargar el PDF",
    ),
    "it": (
        "Vai alla ricetta",
        "Stampa la ricetta",
        "Questa pagina ti è stata utile?",
        "Aggiungi al carrello",
        "Spedizione gratuita da 50 €",
        "Ascolta su Spotify",
        "Leggi la trascrizione",
        "Traduci questa pagina",
        "Mostra altre risposte",
        "Scarica il PDF",
    ),
    "pt": (
        "Ir para a receita",
        "Imprimir receita",
        "Esta página foi útil?",
        "Adicionar ao carrinho",
        "Frete grátis acima de R$ 50",
        "Ouça no Spotify",
        "Ler a transcrição",
        "Traduzir esta página",
        "Ver mais respostas",
        "Baixar o PDF",
    ),
    "nl": (
        "Naar het recept",
        "Recept afdrukken",
        "Was deze pagina nuttig?",
        "In winkelwagen",
        "Gratis verzending vanaf € 50",
        "Luister op Spotify",
        "Lees het transcript",
        "Vertaal deze pagina",
        "Toon meer reacties",
        "Download de pdf",
    ),
}
"""Written in the ninth session: recipe cards, page-feedback widgets, shop buttons, podcast
and transcript links, translation and display switches, forum replies and downloads in seven
languages; tuning list."""

TUNE_12: dict[str, tuple[str, ...]] = {
    "en": (
        "Add to calendar",
        "Buy tickets",
        "Get directions",
        "View larger map",
        "Show key events only",
        "Pinned post",
        "Verified purchase",
        "4.5 out of 5 stars",
        "Write your review",
        "Apply for this job",
        "Fields marked with * are required",
        "A post shared by Jane Doe (@janedoe)",
        "Watch on YouTube",
        "Toggle contrast",
        "Refresh the page to see the latest updates",
    ),
    "de": (
        "Zum Kalender hinzufügen",
        "Tickets kaufen",
        "Route planen",
        "Größere Karte anzeigen",
        "Nur wichtigste Ereignisse anzeigen",
        "Verifizierter Kauf",
        "Bewertung schreiben",
        "Jetzt bewerben",
        "Pflichtfelder sind mit * markiert",
        "Auf YouTube ansehen",
    ),
    "fr": (
        "Ajouter au calendrier",
        "Acheter des billets",
        "Calculer l'itinéraire",
        "Agrandir le plan",
        "Afficher uniquement les moments clés",
        "Achat vérifié",
        "Écrire un avis",
        "Postuler maintenant",
        "Les champs obligatoires sont indiqués avec *",
        "Regarder sur YouTube",
    ),
    "es": (
        "Añadir al calendario",
        "Comprar entradas",
        "Obtener indicaciones",
        "Ver mapa más grande",
        "Mostrar solo momentos clave",
        "Compra verificada",
        "Escribir una reseña",
        "Inscríbete ahora",
        "Los campos obligatorios están marcados con *",
        "Ver en YouTube",
    ),
    "it": (
        "Aggiungi al calendario",
        "Acquista i biglietti",
        "Ottieni indicazioni",
        "Visualizza mappa più grande",
        "Mostra solo i momenti chiave",
        "Acquisto verificato",
        "Scrivi una recensione",
        "Candidati ora",
        "I campi obbligatori sono contrassegnati *",
        "Guarda su YouTube",
    ),
    "pt": (
        "Adicionar ao calendário",
        "Comprar ingressos",
        "Traçar rota",
        "Ver mapa ampliado",
        "Mostrar apenas momentos-chave",
        "Compra verificada",
        "Escrever uma avaliação",
        "Candidate-se agora",
        "Os campos obrigatórios estão marcados com *",
        "Assistir no YouTube",
    ),
    "nl": (
        "Toevoegen aan agenda",
        "Tickets kopen",
        "Plan je route",
        "Grotere kaart bekijken",
        "Alleen belangrijkste momenten tonen",
        "Geverifieerde aankoop",
        "Schrijf een review",
        "Solliciteer nu",
        "Verplichte velden zijn gemarkeerd met *",
        "Bekijk op YouTube",
    ),
}
"""Written in the ninth session: event, ticket and map buttons, live-blog key events, shop
reviews, job applications, form hints, social embeds and display switches in seven
languages; tuning list."""

TUNE_13: dict[str, tuple[str, ...]] = {
    "en": (
        "Cite this article",
        "Download citation",
        "Cited by 12",
        "Open access",
        "Article metrics",
        "Page last reviewed: 3 March 2024",
        "Is this page useful?",
        "Now playing",
        "Skip ad",
        "Joined: Jan 2020",
        "Thread starter",
        "Check availability",
        "Free cancellation",
        "Older posts",
        "Newer posts",
    ),
    "de": (
        "Artikel zitieren",
        "Zitation herunterladen",
        "Zitiert von 12",
        "Seite zuletzt geprüft: 3. März 2024",
        "Werbung überspringen",
        "Dabei seit: Jan. 2020",
        "Verfügbarkeit prüfen",
        "Kostenlose Stornierung",
        "Ältere Beiträge",
    ),
    "fr": (
        "Citer cet article",
        "Télécharger la citation",
        "Cité par 12",
        "Page mise à jour le 3 mars 2024",
        "Passer la publicité",
        "Inscrit le : janv. 2020",
        "Voir les disponibilités",
        "Annulation gratuite",
        "Articles plus anciens",
    ),
    "es": (
        "Citar este artículo",
        "Descargar cita",
        "Citado por 12",
        "Página actualizada el 3 de marzo de 2024",
        "Saltar anuncio",
        "Registrado: ene. 2020",
        "Ver disponibilidad",
        "Cancelación gratuita",
        "Entradas anteriores",
    ),
    "it": (
        "Cita questo articolo",
        "Scarica la citazione",
        "Citato da 12",
        "Pagina aggiornata il 3 marzo 2024",
        "Prossimo video",
        "Salta annuncio",
        "Iscritto dal: gen 2020",
        "Verifica disponibilità",
        "Cancellazione gratuita",
        "Articoli meno recenti",
    ),
    "pt": (
        "Citar este artigo",
        "Baixar citação",
        "Citado por 12",
        "Página atualizada em 3 de março de 2024",
        "Pular anúncio",
        "Membro desde: jan. 2020",
        "Ver disponibilidade",
        "Cancelamento grátis",
        "Posts mais antigos",
    ),
    "nl": (
        "Citeer dit artikel",
        "Citatie downloaden",
        "Geciteerd door 12",
        "Pagina bijgewerkt op 3 maart 2024",
        "Advertentie overslaan",
        "Lid sinds: jan 2020",
        "Beschikbaarheid bekijken",
        "Gratis annuleren",
        "Oudere berichten",
    ),
}
"""Written in the ninth session: citation tools of journals, page-review dates of public
sites, video players' queues and ad skips, forum profiles, booking buttons and blog pagers in
seven languages; tuning list."""

TUNE_14: dict[str, tuple[str, ...]] = {
    "en": (
        "Sort by: Newest",
        "Oldest first",
        "Be the first to leave a comment",
        "Flag as inappropriate",
        "Read in Spanish",
        "Listen to this article · 5 min",
        "Audio version",
        "Summarize this article",
        "AI-generated summary",
        "Gift this story",
        "View all posts by Jane Doe",
        "More by this author",
        "Printer-friendly version",
        "Link copied to clipboard",
        "Show notes",
        "Episode 12",
    ),
    "de": (
        "Sortieren nach: Neueste",
        "Älteste zuerst",
        "Schreiben Sie den ersten Kommentar",
        "Als unangemessen melden",
        "Auf Englisch lesen",
        "Artikel anhören · 5 Min.",
        "Zusammenfassung anzeigen",
        "Artikel verschenken",
        "Alle Beiträge von Max Muster",
        "Druckversion",
    ),
    "fr": (
        "Trier par : Plus récents",
        "Plus anciens d'abord",
        "Soyez le premier à commenter",
        "Signaler un contenu inapproprié",
        "Lire en anglais",
        "Écouter cet article · 5 min",
        "Résumer cet article",
        "Offrir cet article",
        "Voir tous les articles de Jean Dupont",
        "Version imprimable",
    ),
    "es": (
        "Ordenar por: Más recientes",
        "Más antiguos primero",
        "Sé el primero en comentar",
        "Denunciar como inapropiado",
        "Leer en inglés",
        "Escuchar este artículo · 5 min",
        "Resumir este artículo",
        "Regalar este artículo",
        "Ver todas las entradas de Juan Pérez",
        "Versión para imprimir",
    ),
    "it": (
        "Ordina per: Più recenti",
        "Prima i meno recenti",
        "Commenta per primo",
        "Segnala come inappropriato",
        "Leggi in inglese",
        "Ascolta questo articolo · 5 min",
        "Riassumi questo articolo",
        "Regala questo articolo",
        "Vedi tutti gli articoli di Mario Rossi",
        "Versione stampabile",
    ),
    "pt": (
        "Ordenar por: Mais recentes",
        "Mais antigos primeiro",
        "Seja o primeiro a comentar",
        "Denunciar como inadequado",
        "Ler em inglês",
        "Ouvir este artigo · 5 min",
        "Resumir este artigo",
        "Presentear este artigo",
        "Ver todos os posts de João Silva",
        "Versão para impressão",
    ),
    "nl": (
        "Sorteer op: Nieuwste",
        "Oudste eerst",
        "Reageer als eerste",
        "Markeer als ongepast",
        "Lees in het Engels",
        "Luister naar dit artikel · 5 min",
        "Vat dit artikel samen",
        "Geef dit artikel cadeau",
        "Bekijk alle berichten van Jan Jansen",
        "Printvriendelijke versie",
    ),
}
"""Written in the ninth session: comment sorting and flags, language switches, audio and
summary versions of the article, gift links, author archives, print versions and podcast
episodes in seven languages; tuning list."""

TUNE_15: dict[str, tuple[str, ...]] = {
    "en": (
        "You are currently here:",
        "Contents of this page",
        "Skip to section",
        "Continue with Google",
        "Forgot your password? Reset it",
        "Don't have an account? Sign up",
        "Chat with us",
        "How can we help you today?",
        "← Back to the blog",
        "Back to all posts",
        "Press Enter to search",
        "Search the site",
        "Powered by WordPress",
        "Made with ♥ in Berlin",
        "Theme by Acme Themes",
    ),
    "de": (
        "Sie sind hier:",
        "Auf dieser Seite",
        "Weiter mit Google",
        "Passwort vergessen?",
        "Noch kein Konto? Jetzt registrieren",
        "Chatten Sie mit uns",
        "← Zurück zum Blog",
        "Zurück zur Artikelübersicht",
        "Diese Website durchsuchen",
        "Bereitgestellt von WordPress",
    ),
    "fr": (
        "Vous êtes ici :",
        "Sur cette page",
        "Continuer avec Google",
        "Mot de passe oublié ?",
        "Pas encore de compte ? Inscrivez-vous",
        "Discutez avec nous",
        "← Retour au blog",
        "Retour à la liste des articles",
        "Rechercher sur ce site",
        "Propulsé par WordPress",
    ),
    "es": (
        "Estás aquí:",
        "En esta página",
        "Continuar con Google",
        "¿Olvidaste tu contraseña?",
        "¿No tienes cuenta? Regístrate",
        "Chatea con nosotros",
        "← Volver al blog",
        "Volver a todas las entradas",
        "Buscar en este sitio",
        "Funciona con WordPress",
    ),
    "it": (
        "Ti trovi qui:",
        "In questa pagina",
        "Continua con Google",
        "Password dimenticata?",
        "Non hai un account? Registrati",
        "Chatta con noi",
        "← Torna al blog",
        "Torna a tutti gli articoli",
        "Cerca nel sito",
        "Realizzato con WordPress",
    ),
    "pt": (
        "Você está aqui:",
        "Nesta página",
        "Continuar com o Google",
        "Esqueceu sua senha?",
        "Não tem uma conta? Cadastre-se",
        "Converse conosco",
        "← Voltar ao blog",
        "Voltar para todos os posts",
        "Pesquisar neste site",
        "Desenvolvido com WordPress",
    ),
    "nl": (
        "U bent hier:",
        "Op deze pagina",
        "Doorgaan met Google",
        "Wachtwoord vergeten?",
        "Nog geen account? Registreer je",
        "Chat met ons",
        "← Terug naar de blog",
        "Terug naar alle berichten",
        "Doorzoek deze site",
        "Mogelijk gemaakt door WordPress",
    ),
}
"""Written in the ninth session: breadcrumb labels, page contents, login walls, chat widgets,
back links, search prompts and footer credits in seven languages; tuning list."""

TUNE_16: dict[str, tuple[str, ...]] = {
    "en": (
        "Quotes delayed at least 15 minutes",
        "Market data provided by Example Data",
        "Book an appointment",
        "Find a doctor near you",
        "Schedule a tour",
        "Request more information",
        "Enroll now",
        "Get a free quote",
        "Feels like 12°",
        "Save job",
        "Call now",
        "Open in the app",
        "Add this app to your home screen",
        "Tap to expand",
    ),
    "de": (
        "Kurse mit 15 Minuten Verzögerung",
        "Termin vereinbaren",
        "Arzt in Ihrer Nähe finden",
        "Besichtigung vereinbaren",
        "Weitere Informationen anfordern",
        "Jetzt einschreiben",
        "Kostenloses Angebot anfordern",
        "Gefühlt 12°",
        "Jetzt anrufen",
        "In der App öffnen",
    ),
    "fr": (
        "Cours différés de 15 minutes",
        "Prendre rendez-vous",
        "Trouver un médecin près de chez vous",
        "Planifier une visite",
        "Demander plus d'informations",
        "Inscrivez-vous maintenant",
        "Obtenir un devis gratuit",
        "Ressenti 12°",
        "Appelez maintenant",
        "Ouvrir dans l'application",
    ),
    "es": (
        "Cotizaciones con 15 minutos de retraso",
        "Pedir cita",
        "Encuentra un médico cerca de ti",
        "Programar una visita",
        "Solicitar más información",
        "Matricúlate ahora",
        "Solicita un presupuesto gratis",
        "Sensación térmica 12°",
        "Llama ahora",
        "Abrir en la app",
    ),
    "it": (
        "Quotazioni ritardate di 15 minuti",
        "Prenota un appuntamento",
        "Trova un medico vicino a te",
        "Prenota una visita",
        "Richiedi maggiori informazioni",
        "Iscriviti ora",
        "Richiedi un preventivo gratuito",
        "Percepita 12°",
        "Chiama ora",
        "Apri nell'app",
    ),
    "pt": (
        "Cotações com atraso de 15 minutos",
        "Agendar consulta",
        "Encontre um médico perto de você",
        "Agendar uma visita",
        "Solicitar mais informações",
        "Matricule-se agora",
        "Peça um orçamento grátis",
        "Sensação térmica 12°",
        "Ligue agora",
        "Abrir no app",
    ),
    "nl": (
        "Koersen met 15 minuten vertraging",
        "Maak een afspraak",
        "Vind een arts bij u in de buurt",
        "Plan een bezichtiging",
        "Vraag meer informatie aan",
        "Schrijf je nu in",
        "Vraag een gratis offerte aan",
        "Voelt als 12°",
        "Bel nu",
        "Openen in de app",
    ),
}
"""Written in the ninth session: delayed market quotes, appointment, viewing, enrolment and
quote buttons, weather widgets, job saves, calls and app prompts in seven languages; tuning
list."""

TUNE_17: dict[str, tuple[str, ...]] = {
    "en": (
        "Liked by 34 people",
        "12 people found this helpful",
        "Follow this topic",
        "Get alerts on this topic",
        "Add to reading list",
        "Mute this thread",
        "Unsubscribe at any time.",
        "No spam, ever.",
        "Read our accessibility statement",
        "Skip to footer",
        "Text-only version",
        "This link opens in a new window",
    ),
    "de": (
        "Gefällt 34 Personen",
        "12 Personen fanden das hilfreich",
        "Diesem Thema folgen",
        "Zur Leseliste hinzufügen",
        "Abmeldung jederzeit möglich.",
        "Kein Spam.",
        "Erklärung zur Barrierefreiheit",
        "Zum Seitenende springen",
        "Reine Textversion",
        "Öffnet in einem neuen Fenster",
    ),
    "fr": (
        "Aimé par 34 personnes",
        "12 personnes ont trouvé cela utile",
        "Suivre ce sujet",
        "Ajouter à ma liste de lecture",
        "Désabonnement possible à tout moment.",
        "Pas de spam.",
        "Déclaration d'accessibilité",
        "Aller au pied de page",
        "Version texte",
        "S'ouvre dans une nouvelle fenêtre",
    ),
    "es": (
        "Les gusta a 34 personas",
        "A 12 personas les resultó útil",
        "Seguir este tema",
        "Añadir a la lista de lectura",
        "Puedes darte de baja en cualquier momento.",
        "Sin spam.",
        "Declaración de accesibilidad",
        "Ir al pie de página",
        "Versión solo texto",
        "Se abre en una nueva ventana",
    ),
    "it": (
        "Piace a 34 persone",
        "12 persone l'hanno trovato utile",
        "Segui questo argomento",
        "Aggiungi alla lista di lettura",
        "Puoi annullare l'iscrizione in qualsiasi momento.",
        "Niente spam.",
        "Dichiarazione di accessibilità",
        "Vai al piè di pagina",
        "Versione solo testo",
        "Si apre in una nuova finestra",
    ),
    "pt": (
        "Curtido por 34 pessoas",
        "12 pessoas acharam isso útil",
        "Seguir este tema",
        "Adicionar à lista de leitura",
        "Cancele a inscrição a qualquer momento.",
        "Sem spam.",
        "Declaração de acessibilidade",
        "Ir para o rodapé",
        "Versão só texto",
        "Abre em uma nova janela",
    ),
    "nl": (
        "34 mensen vinden dit leuk",
        "12 mensen vonden dit nuttig",
        "Volg dit onderwerp",
        "Toevoegen aan leeslijst",
        "Je kunt je altijd afmelden.",
        "Geen spam.",
        "Toegankelijkheidsverklaring",
        "Naar de footer",
        "Tekstversie",
        "Opent in een nieuw venster",
    ),
}
"""Written in the ninth session: likes and helpful counts, topic follows and alerts, reading
lists, newsletter reassurances, accessibility statements, footer skip links, text versions
and new-window notes in seven languages; tuning list."""

TUNE_18: dict[str, tuple[str, ...]] = {
    "en": (
        "📧 Email 🖨️ Print 🔗 Copy link",
        "💬 12 comments",
        "👍 Like 👎 Dislike",
        "#climate #energy #policy",
        "Rate this article: ★★★★☆",
        "0% read",
        "A+ A-",
        "Illustration by Jane Doe",
        "Image via Shutterstock",
        "Continue reading below",
        "Next page →",
        "« Previous post",
        "🔊 Listen",
    ),
    "de": (
        "📧 E-Mail 🖨️ Drucken 🔗 Link kopieren",
        "💬 12 Kommentare",
        "#klima #energie #politik",
        "Artikel bewerten: ★★★★☆",
        "Illustration von Max Muster",
        "Weiterlesen unten",
        "Nächste Seite →",
        "🔊 Anhören",
    ),
    "fr": (
        "📧 E-mail 🖨️ Imprimer 🔗 Copier le lien",
        "💬 12 commentaires",
        "#climat #énergie #politique",
        "Noter cet article : ★★★★☆",
        "Illustration de Jean Dupont",
        "Page suivante →",
        "🔊 Écouter",
    ),
    "es": (
        "📧 Correo 🖨️ Imprimir 🔗 Copiar enlace",
        "💬 12 comentarios",
        "#clima #energía #política",
        "Valora este artículo: ★★★★☆",
        "Ilustración de Juan Pérez",
        "Página siguiente →",
        "🔊 Escuchar",
    ),
    "it": (
        "📧 Email 🖨️ Stampa 🔗 Copia link",
        "💬 12 commenti",
        "#clima #energia #politica",
        "Vota questo articolo: ★★★★☆",
        "Illustrazione di Mario Rossi",
        "Pagina successiva →",
        "🔊 Ascolta",
    ),
    "pt": (
        "📧 E-mail 🖨️ Imprimir 🔗 Copiar link",
        "💬 12 comentários",
        "#clima #energia #política",
        "Avalie este artigo: ★★★★☆",
        "Ilustração de João Silva",
        "Próxima página →",
        "🔊 Ouvir",
    ),
    "nl": (
        "📧 E-mail 🖨️ Printen 🔗 Link kopiëren",
        "💬 12 reacties",
        "#klimaat #energie #politiek",
        "Beoordeel dit artikel: ★★★★☆",
        "Illustratie door Jan Jansen",
        "Volgende pagina →",
        "🔊 Luister",
    ),
}
"""Written in the ninth session: toolbars of emoji, hashtag lines, star ratings, reading
progress, text-size buttons, illustration and image credits, pagers and listen buttons in
seven languages; tuning list."""

TUNE_19: dict[str, tuple[str, ...]] = {
    "en": (
        "Jump to navigation",
        "Updated 3 hours ago",
        "Follow our live coverage",
        "Sign in to save this article",
        "Enable notifications",
        "Get the latest headlines",
        "Topics: Politics, Europe",
        "Posted in World News",
        "© 2024 Harbour Media Group",
        "Terms & Conditions | Cookie Settings",
        "We use cookies to improve your experience.",
        "Show comments (45)",
        "Photograph: Jane Doe/PA",
        "Source: Reuters",
        "Graphic: BBC",
        "Audio, 3 minutes",
        "Listen now",
        "More from Opinion",
        "Editor's picks",
        "Trending topics",
        "Subscribe now for unlimited access",
        "Print edition",
        "Follow us on Instagram",
        "View gallery",
        "Last updated: 14:32 GMT",
        "By Jane Doe, Political Correspondent",
        "Around the web",
    ),
    "de": (
        "Vor 3 Stunden aktualisiert",
        "Ganzen Artikel lesen",
        "Auf die Merkliste",
        "Weiter nach der Anzeige",
        "Unsere App herunterladen",
        "Liveticker verfolgen",
        "Diskutieren Sie mit",
        "Benachrichtigungen aktivieren",
        "Eilmeldung",
        "Themen: Politik, Europa",
        "Alle Rechte vorbehalten.",
        "Kommentare anzeigen (45)",
        "Bildunterschrift ausblenden",
        "Foto: Max Muster/dpa",
        "Jetzt ansehen",
        "Mehr aus Meinung",
        "Empfehlungen der Redaktion",
        "Jetzt abonnieren und weiterlesen",
        "Schon Abonnent? Hier anmelden",
        "Kontakt zur Redaktion",
        "Nächster Artikel",
        "Vorheriger Artikel",
        "Lesezeit: 5 Minuten",
        "Von Max Muster, Korrespondent in Berlin",
    ),
    "fr": (
        "Lire l'article complet",
        "Téléchargez notre application",
        "Suivez notre direct",
        "Activer les notifications",
        "Alerte info",
        "Sujets : Politique, Europe",
        "Tous droits réservés.",
        "Paramètres des cookies",
        "Afficher les commentaires (45)",
        "Masquer la légende",
        "Photo : Jean Dupont/AFP",
        "Source : Reuters",
        "Lire la vidéo",
        "Regarder maintenant",
        "Plus d'Opinions",
        "Le choix de la rédaction",
        "Contacter la rédaction",
        "Article suivant",
        "Article précédent",
        "Temps de lecture : 5 min",
        "Par Jean Dupont, correspondant à Paris",
        "Imprimer la page",
    ),
    "es": (
        "Lo más leído",
        "Leer el artículo completo",
        "Sigue leyendo después del anuncio",
        "Descarga nuestra app",
        "Sigue el directo",
        "Activar notificaciones",
        "Última hora",
        "Temas: Política, Europa",
        "Todos los derechos reservados.",
        "Configuración de cookies",
        "Ver comentarios (45)",
        "Ocultar pie de foto",
        "Foto: Juan Pérez/EFE",
        "Fuente: Reuters",
        "Reproducir vídeo",
        "Ver ahora",
        "Más de Opinión",
        "Selección del editor",
        "Reportar un error",
        "Contacta con la redacción",
        "Artículo siguiente",
        "Artículo anterior",
        "Por Juan Pérez, corresponsal en Madrid",
        "Más sobre este tema",
        "Imprimir página",
    ),
    "it": (
        "Aggiornato 3 ore fa",
        "Leggi l'articolo completo",
        "Pubblicità",
        "Continua a leggere dopo la pubblicità",
        "Scarica la nostra app",
        "Segui la diretta",
        "Attiva le notifiche",
        "Ultim'ora",
        "Argomenti: Politica, Europa",
        "Tutti i diritti riservati.",
        "Mostra commenti (45)",
        "Nascondi didascalia",
        "Foto: Mario Rossi/Ansa",
        "Fonte: Reuters",
        "Riproduci video",
        "Guarda ora",
        "Altro da Opinioni",
        "Scelti dalla redazione",
        "Contatta la redazione",
        "Articolo successivo",
        "Articolo precedente",
        "Tempo di lettura: 5 minuti",
        "Di Mario Rossi, corrispondente da Roma",
        "Stampa la pagina",
    ),
    "pt": (
        "Atualizado há 3 horas",
        "Ler o artigo completo",
        "Guardar nos favoritos",
        "Continue a ler depois da publicidade",
        "Descarregue a nossa app",
        "Acompanhe em direto",
        "Ativar notificações",
        "Última hora",
        "Tópicos: Política, Europa",
        "Todos os direitos reservados.",
        "Abrir na app",
        "Ver comentários (45)",
        "Ocultar legenda",
        "Foto: João Silva/Lusa",
        "Fonte: Reuters",
        "Reproduzir vídeo",
        "Ver agora",
        "Mais de Opinião",
        "Escolhas do editor",
        "Assine para continuar a ler",
        "Já é assinante? Entrar",
        "Reportar um erro",
        "Contacte a redação",
        "Próximo artigo",
        "Artigo anterior",
        "Tempo de leitura: 5 min",
        "Por João Silva, correspondente em Lisboa",
        "Imprimir página",
    ),
    "nl": (
        "3 uur geleden bijgewerkt",
        "Lees het hele artikel",
        "Bewaren",
        "Download onze app",
        "Volg het liveblog",
        "Meldingen inschakelen",
        "Onderwerpen: Politiek, Europa",
        "Alle rechten voorbehouden.",
        "Toon reacties (45)",
        "Bijschrift verbergen",
        "Foto: Jan Jansen/ANP",
        "Bron: Reuters",
        "Video afspelen",
        "Nu kijken",
        "Meer uit Opinie",
        "Keuze van de redactie",
        "Abonneer je om verder te lezen",
        "Neem contact op met de redactie",
        "Volgend artikel",
        "Vorig artikel",
        "Leestijd: 5 minuten",
        "Door Jan Jansen, correspondent in Amsterdam",
        "Pagina afdrukken",
    ),
}
"""Written in the tenth session: a news site's furniture (skip links, most-read and
editor's-pick lists, update times, app and live prompts, notifications, topic labels,
captions and credits, pagers, newsroom contacts, reading times, bylines) in seven
languages; measured first (recall 0.89 on its 27 English lines, 0.69 on the 146 others),
then tuned on (0.89 and 0.95)."""

TUNE_20: dict[str, tuple[str, ...]] = {
    "en": (
        "Posted by admin",
        "Your email address will not be published.",
        "Categories: Travel",
        "Search this blog",
        "Subscribe on Apple Podcasts",
        "Continue reading →",
        "Click here to read more",
        "Photo credit: Unsplash",
    ),
    "de": (
        "Veröffentlicht von admin",
        "Schreibe einen Kommentar",
        "Deine E-Mail-Adresse wird nicht veröffentlicht.",
        "Kategorien: Reisen",
        "Über den Autor",
        "Alle Beiträge von Max Muster anzeigen",
        "Blog durchsuchen",
        "Auf Pinterest merken",
        "Auf LinkedIn teilen",
        "Podcast anhören",
        "Bei Spotify abonnieren",
        "Weiter lesen →",
        "Hier klicken",
        "Bildnachweis: Unsplash",
    ),
    "fr": (
        "Publié par admin",
        "Laisser un commentaire",
        "Votre adresse e-mail ne sera pas publiée.",
        "Catégories : Voyage",
        "À propos de l'auteur",
        "Rechercher dans le blog",
        "Épingler",
        "Partager sur LinkedIn",
        "Écouter le podcast",
        "S'abonner sur Spotify",
        "Continuer la lecture →",
        "Cliquez ici",
        "Crédit photo : Unsplash",
    ),
    "es": (
        "Publicado por admin",
        "Deja una respuesta",
        "Tu dirección de correo electrónico no será publicada.",
        "Categorías: Viajes",
        "Sobre el autor",
        "Buscar en el blog",
        "Archivos",
        "Compartir en LinkedIn",
        "Escuchar el podcast",
        "Suscríbete en Spotify",
        "Seguir leyendo →",
        "Haz clic aquí",
        "Crédito de la foto: Unsplash",
    ),
    "it": (
        "Pubblicato da admin",
        "Lascia un commento",
        "Il tuo indirizzo email non sarà pubblicato.",
        "Categorie: Viaggi",
        "Informazioni sull'autore",
        "Visualizza tutti gli articoli di Mario Rossi",
        "Cerca nel blog",
        "Condividi su LinkedIn",
        "Ascolta il podcast",
        "Iscriviti su Spotify",
        "Continua a leggere →",
        "Clicca qui",
        "Credito fotografico: Unsplash",
    ),
    "pt": (
        "Publicado por admin",
        "Deixe um comentário",
        "O seu endereço de email não será publicado.",
        "Categorias: Viagens",
        "Sobre o autor",
        "Ver todos os artigos de João Silva",
        "Artigos mais antigos",
        "Pesquisar no blog",
        "Partilhar no LinkedIn",
        "Ouvir o podcast",
        "Subscrever no Spotify",
        "Continuar a ler →",
        "Clique aqui",
        "Crédito da foto: Unsplash",
    ),
    "nl": (
        "Geplaatst door admin",
        "Laat een reactie achter",
        "Je e-mailadres wordt niet gepubliceerd.",
        "Categorieën: Reizen",
        "Over de auteur",
        "Zoeken in de blog",
        "Archieven",
        "Delen op LinkedIn",
        "Luister naar de podcast",
        "Abonneren op Spotify",
        "Verder lezen →",
        "Klik hier",
        "Fotocredit: Unsplash",
    ),
}
"""Written in the tenth session: a blog's furniture (posted-by lines, comment forms and
their privacy note, category labels, author boxes, archives, pagers, podcast buttons,
photo credits) in seven languages; measured first (recall 0.50), then tuned on (0.81)."""

TUNE_21: dict[str, tuple[str, ...]] = {
    "en": (
        "Email this link",
        "Get our morning newsletter",
        "Click here to subscribe",
        "Today's Paper",
        "Opinion | Letters",
        "Image: Getty",
        "Credit: Reuters",
        "Video: 1:45",
        "Hide transcript",
        "Related coverage",
        "Published 5 June 2024",
        "Last modified on Tue 4 Jun 2024 12.03 BST",
        "Reading time 4 minutes",
        "View 45 comments",
        "Help centre",
        "All content © Harbour Media 2024",
        "Back to top ↑",
        "Change font size",
    ),
}
"""Written in the tenth session: more of a news site's furniture in English (listen, share
and gift buttons, credits, players, comment counts, account prompts, footer links, scroll
buttons); measured first (recall 0.83), then tuned on (0.94)."""

TUNE_22: dict[str, tuple[str, ...]] = {
    "de": (
        "Jetzt gratis registrieren",
        "Neueste Artikel",
        "Weitere Schlagzeilen",
        "Autor folgen",
        "Artikel drucken",
        "Bild: Getty",
        "Als Nächstes",
        "Transkript ausblenden",
        "Veröffentlicht am 5. Juni 2024",
        "Zuletzt geändert am 4. Juni 2024",
        "Zum Artikel kommentieren",
        "45 Kommentare anzeigen",
        "Kostenloses Konto erstellen",
        "Bereits registriert? Anmelden",
        "Werben bei uns",
        "Datenschutzzentrum",
        "Kontaktieren Sie uns",
        "Hilfecenter",
        "Alle Inhalte © Hafen Medien 2024",
        "Seite durchsuchen",
    ),
    "fr": (
        "Derniers articles",
        "Autres titres",
        "Suivre l'auteur",
        "Imprimer cet article",
        "Image : Getty",
        "Vidéo : 1:45",
        "À suivre",
        "Masquer la transcription",
        "Publié le 5 juin 2024",
        "Modifié le 4 juin 2024",
        "Créer un compte gratuit",
        "Déjà inscrit ? Se connecter",
        "Annoncer chez nous",
        "Centre de confidentialité",
        "Nous contacter",
        "Centre d'aide",
        "Tout le contenu © Médias du Port 2024",
        "Revenir en haut",
        "Rechercher sur le site",
        "Modifier la taille du texte",
    ),
    "es": (
        "Regístrate gratis",
        "Últimos artículos",
        "Más titulares",
        "Seguir al autor",
        "Imprimir este artículo",
        "Imagen: Getty",
        "Vídeo: 1:45",
        "A continuación",
        "Ocultar transcripción",
        "Publicado el 5 de junio de 2024",
        "Modificado el 4 de junio de 2024",
        "Comentar este artículo",
        "Ver los 45 comentarios",
        "Crea una cuenta gratuita",
        "¿Ya tienes cuenta? Inicia sesión",
        "Anúnciate con nosotros",
        "Centro de privacidad",
        "Contáctanos",
        "Centro de ayuda",
        "Todo el contenido © Medios del Puerto 2024",
        "Buscar en el sitio",
        "Cambiar el tamaño de la letra",
    ),
    "it": (
        "Copia il link",
        "Ultimi articoli",
        "Altri titoli",
        "Segui l'autore",
        "Stampa questo articolo",
        "Immagine: Getty",
        "A seguire",
        "Nascondi trascrizione",
        "Pubblicato il 5 giugno 2024",
        "Modificato il 4 giugno 2024",
        "Commenta questo articolo",
        "Vedi i 45 commenti",
        "Crea un account gratuito",
        "Hai già un account? Accedi",
        "Pubblicizza con noi",
        "Centro privacy",
        "Contattaci",
        "Centro assistenza",
        "Tutti i contenuti © Media del Porto 2024",
        "Torna in cima",
        "Cambia dimensione del testo",
    ),
    "pt": (
        "Registe-se grátis",
        "Últimos artigos",
        "Mais manchetes",
        "Seguir o autor",
        "Oferecer este artigo",
        "Imprimir este artigo",
        "Imagem: Getty",
        "Vídeo: 1:45",
        "Ocultar transcrição",
        "Publicado a 5 de junho de 2024",
        "Modificado a 4 de junho de 2024",
        "Comentar este artigo",
        "Ver os 45 comentários",
        "Crie uma conta gratuita",
        "Já tem conta? Entre",
        "Anuncie connosco",
        "Centro de privacidade",
        "Contacte-nos",
        "Centro de ajuda",
        "Todo o conteúdo © Média do Porto 2024",
        "Voltar ao início",
        "Pesquisar no site",
        "Alterar o tamanho do texto",
    ),
    "nl": (
        "Gratis registreren",
        "Laatste artikelen",
        "Meer koppen",
        "Volg de auteur",
        "Print dit artikel",
        "Hierna",
        "Transcript verbergen",
        "Gepubliceerd op 5 juni 2024",
        "Gewijzigd op 4 juni 2024",
        "Bekijk de 45 reacties",
        "Maak een gratis account aan",
        "Heb je al een account? Log in",
        "Adverteren bij ons",
        "Privacycentrum",
        "Neem contact met ons op",
        "Helpcentrum",
        "Alle inhoud © Havenmedia 2024",
        "Zoeken op de site",
        "Lettergrootte wijzigen",
    ),
}
"""Written in the tenth session: TUNE_21's news-site tools in the six other languages;
measured first (recall 0.54), then tuned on (0.91)."""

TUNE_23: dict[str, tuple[str, ...]] = {
    "en": (
        "Tap to unmute",
        "Swipe for more",
        "Pull quote",
        "Sponsored by Harbour Bank",
        "Paid partner content",
        "Rate this story",
        "Why am I seeing this ad?",
        "Go ad-free",
        "Members only",
        "You have 2 free articles left",
        "Log in to continue reading",
        "Already registered? Sign in here",
        "Show full article",
        "Expand to read more",
        "Open image in new tab",
        "Image 3/12",
        "Swipe left",
        "Photos by Harbour Images",
        "Watch the full video",
        "Video transcript",
        "Skip intro",
        "Autoplay on",
        "Captions off",
        "Set as preferred source",
        "Add us on Google News",
        "Listen on Spotify",
        "Available on Apple Podcasts",
        "Text only",
        "High contrast",
        "Leer en español",
        "Translate article",
    ),
    "de": (
        "Zum Entsperren tippen",
        "Wischen für mehr",
        "Gesponsert von Hafenbank",
        "War dieser Artikel hilfreich?",
        "Feedback senden",
        "Anzeige melden",
        "Werbefrei lesen",
        "Nur für Mitglieder",
        "Artikel freischalten",
        "Sie haben noch 2 kostenlose Artikel",
        "Ganzen Artikel anzeigen",
        "Bild 3/12",
        "Fotos von Hafen Bilder",
        "Ganzes Video ansehen",
        "Benachrichtigen",
        "Zurück zu den Nachrichten",
    ),
    "fr": (
        "Appuyez pour activer le son",
        "Balayez pour en voir plus",
        "Sponsorisé par Banque du Port",
        "Cet article vous a-t-il été utile ?",
        "Envoyer un commentaire",
        "Signaler cette publicité",
        "Lire sans publicité",
        "Réservé aux membres",
        "Débloquer cet article",
        "Il vous reste 2 articles gratuits",
        "Afficher l'article complet",
        "Image 3/12",
        "Photos de Port Images",
        "Voir la vidéo complète",
        "Me notifier",
        "Retour aux actualités",
    ),
}
"""Written in the tenth session: app and player controls, gestures, members' areas, ad
feedback and sponsorship lines (English, German, French); measured first (recall 0.63), then
tuned on (0.86)."""

TUNE_24: dict[str, tuple[str, ...]] = {
    "en": (
        "Font size: Small Medium Large",
        "Increase text size",
        "Listen (4 min)",
        "Comments (14)",
        "Text: Larger | Smaller",
        "Reader mode",
        "Share: Facebook Twitter Email",
        "Post to Reddit",
        "Forward this article",
        "Share with friends",
        "Manage cookie preferences",
        "This site uses cookies. Find out more.",
        "By using this site you consent to our use of cookies.",
        "We and our partners use cookies to personalise content and ads.",
        "Want more stories like this? Sign up here.",
        "The best of the news, straight to your inbox.",
        "Join 50,000 readers who get our weekly digest.",
        "Newsletter sign-up",
        "Image source, PA Media",
        "Picture: EPA",
        "(Reuters photo)",
        "Credit: AFP via Getty Images",
        "Photo by Mark Ellis/AP",
        "Pic: Shutterstock",
        "(Photo by Jane Doe/Getty Images)",
        "Source: Bloomberg",
        "Published 2 hours ago",
        "Last updated: 14 March 2005",
        "First published on Tue 3 Mar 2020 10.02 GMT",
        "Posted: 11:32 AM, Jan 5, 2005",
        "Monday 7 February 2005, 14:05 GMT",
        "Published: 08:15 EST",
        "Updated: Feb. 3, 2005 at 6:40 p.m.",
        "Modified 5 days ago",
        "Estimated read time 4 min",
        "Article continues after advertisement",
        "Go to homepage",
        "Terms & Conditions | Cookie Policy",
    ),
    "de": (
        "Artikel teilen",
        "Schriftgröße",
        "Jetzt anhören",
        "Lesezeit: 3 Minuten",
        "Aktualisiert am 14.03.2005, 10:22 Uhr",
        "Bild: Getty Images",
        "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
        "Kommentare (12)",
    ),
    "fr": (
        "Taille du texte",
        "Mis à jour le 14 mars 2005 à 10h22",
        "Crédit photo : Reuters",
        "Inscrivez-vous à notre newsletter",
        "Nous utilisons des cookies pour améliorer votre expérience.",
        "Réagir (8)",
    ),
    "es": (
        "Tamaño de letra",
        "Tiempo de lectura: 3 min",
        "Actualizado el 14/03/2005 a las 10:22",
        "Imagen: Reuters",
        "Suscríbete a nuestro boletín",
        "Utilizamos cookies para mejorar su experiencia.",
        "Comentarios (5)",
    ),
    "it": (
        "Condividi su Facebook",
        "Dimensione testo",
        "Tempo di lettura: 4 minuti",
        "Aggiornato il 14 marzo 2005 alle 10:22",
        "Questo sito utilizza cookie per migliorare la tua esperienza.",
        "Commenti (3)",
    ),
    "pt": (
        "Tamanho da fonte",
        "Atualizado em 14/03/2005 às 10h22",
        "Foto: Agência Brasil",
        "Assine nossa newsletter",
        "Este site usa cookies para melhorar sua experiência.",
        "Comentários (7)",
    ),
    "nl": (
        "Delen op Facebook",
        "Mailen",
        "Lettergrootte",
        "Beluister dit artikel",
        "Bijgewerkt op 14 maart 2005, 10:22",
        "Meld je aan voor de nieuwsbrief",
        "Deze website maakt gebruik van cookies.",
        "Reacties (9)",
    ),
}
"""Written in the twelfth session for the kinds of UI line spliced into articles (toolbar,
share, cookie, newsletter, credit and timestamp strings) in seven languages; measured first
(recall 0.906), then tuned on (0.991)."""

TUNE_25: dict[str, tuple[str, ...]] = {
    "en": (
        "E-mail this to a friend",
        "Printable version",
        "Font: + -",
        "Clip this article",
        "Most E-mailed",
        "Digg this",
        "Add to My Yahoo!",
        "Seed Newsvine",
        "Trackback URL",
        "Low graphics",
        "E-mail this page",
        "Story Tools",
        "Recommend this story",
        "Slashdot it!",
        "Watch/Listen",
        "Last Updated: Thursday, 3 March 2005, 17:15 GMT",
        "Page last updated at 10:01 GMT, Monday, 7 March 2005",
        "Published: 2005/03/07 10:01:22 GMT",
        "Posted 3/7/2005 10:01 AM",
        "Updated at 10:01 on 7 Mar 2005",
        "Story Created: Mar 7, 2005",
        "Sunday, March 6, 2005; Page A01",
        "March 7, 2005 | 10:01 a.m.",
        "Filed at 10:01 a.m. ET",
        "Mon Mar 7, 2005 10:01 AM ET",
        "18 minutes ago",
        "Photograph by John Smith for The Observer",
        "Picture courtesy of the Harbour Trust",
        "Reuters/John Doe",
        "Photo: AFP/Getty",
        "© AFP 2005",
        "EPA/ANDY RAIN",
        "Copyright 2005 The Associated Press. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed.",
        "Copyright 2005 Reuters News Service",
        "Get the news you need to start your day",
        "Sign up for breaking news alerts",
        "Daily Headlines newsletter",
        "Sent every weekday",
        "You're subscribed!",
        "Our site uses cookies",
        "Find out more about cookies",
        "Got it!",
        "OK, I understand",
        "Learn more about how we use cookies",
        "Share | Print | Email",
        "Email | Print | Comments (3)",
        "View larger image",
        "Click image to enlarge",
        "Related links",
        "Also in the news",
        "Editor's choice",
        "Sponsored links",
        "Advertising feature",
        "What's this?",
        "Comments are moderated",
        "Log in to comment",
    ),
    "de": (
        "Diesen Artikel drucken",
        "Versenden",
        "Seite empfehlen",
        "Zuletzt aktualisiert: 07.03.2005, 10:01 Uhr",
        "Veröffentlicht am 7. März 2005",
        "vor 18 Minuten",
        "Foto: AFP/Getty",
        "© dpa",
        "Diese Website verwendet Cookies.",
        "Verstanden",
        "Zurück zur Startseite",
    ),
    "fr": (
        "Envoyer à un ami",
        "Publié le 7 mars 2005 à 10h01",
        "Modifié le 07/03/2005",
        "il y a 18 minutes",
        "Photo : AFP/Getty",
        "Ce site utilise des cookies.",
        "J'ai compris",
        "Retour à l'accueil",
        "Lire aussi",
    ),
    "es": (
        "Imprimir esta noticia",
        "Enviar a un amigo",
        "Publicado el 7 de marzo de 2005",
        "hace 18 minutos",
        "Foto: AFP/Getty",
        "Este sitio web utiliza cookies.",
        "Entendido",
        "Volver a la portada",
        "Lee también",
    ),
    "it": (
        "Invia a un amico",
        "Pubblicato il 7 marzo 2005",
        "18 minuti fa",
        "Foto: AFP/Getty",
        "Questo sito usa i cookie.",
        "Ho capito",
        "Torna alla home",
    ),
    "pt": (
        "Imprimir esta notícia",
        "Enviar para um amigo",
        "Publicado em 7 de março de 2005",
        "há 18 minutos",
        "Foto: AFP/Getty",
        "Este site utiliza cookies.",
        "Entendi",
        "Voltar para a página inicial",
    ),
    "nl": (
        "Stuur door naar een vriend",
        "Gepubliceerd op 7 maart 2005",
        "18 minuten geleden",
        "Foto: AFP/Getty",
        "Deze site gebruikt cookies.",
        "Begrepen",
        "Terug naar home",
    ),
}
"""Written in the twelfth session: the same kinds of UI line as older news sites printed them
(social bookmarking services, print-edition timestamps, agency/photographer credits, consent
buttons); measured first (recall 0.691), then tuned on (0.878)."""

TUNE_26: dict[str, tuple[str, ...]] = {
    "en": (
        "Font Size Print Email",
        "Text Size: A | A | A",
        "Print | Email | Share",
        "Decrease font size",
        "Reset text size",
        "Save | Share | Comment",
        "Article tools",
        "Tweet this article",
        "Pin on Pinterest",
        "Share to Flipboard",
        "1.2K shares",
        "Shares 2,140",
        "This website uses cookies to ensure you get the best experience.",
        "I accept",
        "Decline",
        "We use cookies and similar technologies.",
        "By clicking Accept, you agree to the storing of cookies on your device.",
        "Customise cookies",
        "Get our free newsletter",
        "Sign up for the Morning Briefing",
        "Enter your email to subscribe",
        "Don't miss a story",
        "Get the best stories delivered daily",
        "Stay up to date with our newsletter",
        "(Photo: AP)",
        "Image courtesy of NASA",
        "AFP via Getty Images",
        "Picture: PA Wire",
        "Photographer: Tom Lee/Bloomberg",
        "Video: Reuters",
        "Updated: 3:45 PM EST",
        "Published 14 June 2023",
        "Last updated 5 minutes ago",
        "Jun 14, 2023, 09:30 AM",
        "Updated 2 hrs ago",
        "First published: 6 March 2005",
        "Published: Monday, 7 March 2005",
        "Thursday 10 March 2005 08.12 GMT",
        "10 March 2005 • 8:12am",
        "Updated 08:12 GMT",
        "Tuesday, 08 March, 2005, 16:20 GMT 16:20 UK",
        "Watch live",
        "Download our app",
        "Hide comments",
        "Story continues",
        "Promoted stories",
        "Do you have a story? Email us.",
    ),
    "de": (
        "Drucken | Versenden | Teilen",
        "Schrift: A A A",
        "Auf Facebook teilen",
        "Link kopieren",
        "Diese Seite verwendet Cookies.",
        "Foto: dpa/Michael Kappeler",
        "Bild: picture alliance",
        "Veröffentlicht: 07.03.2005, 10:01 Uhr",
        "3 Min. Lesezeit",
        "Mehr Artikel laden",
    ),
    "fr": (
        "Imprimer | Envoyer | Partager",
        "Taille du texte : A A A",
        "Partager sur Twitter",
        "Ce site utilise des cookies pour améliorer votre expérience.",
        "Gérer mes choix",
        "Recevez notre newsletter",
        "Photo : Reuters/Jean Dupont",
        "Crédit : AFP",
        "Publié le 07/03/2005 à 10h01",
        "Lecture : 3 min",
        "Charger plus d'articles",
    ),
    "es": (
        "Imprimir | Enviar | Compartir",
        "Tamaño del texto: A A A",
        "Compartir en Twitter",
        "Este sitio utiliza cookies propias y de terceros.",
        "Foto: EFE/Juan Pérez",
        "Crédito: Reuters",
        "Publicado: 07/03/2005 10:01",
        "Lectura: 3 min",
        "Cargar más noticias",
    ),
    "it": (
        "Stampa | Invia | Condividi",
        "Dimensione del testo: A A A",
        "Condividi su Twitter",
        "Questo sito utilizza cookie tecnici e di profilazione.",
        "Ricevi la nostra newsletter",
        "Foto: Ansa/Mario Rossi",
        "Pubblicato il 07/03/2005 alle 10:01",
        "Lettura: 3 minuti",
        "Carica altri articoli",
    ),
    "pt": (
        "Imprimir | Enviar | Compartilhar",
        "Tamanho do texto: A A A",
        "Compartilhar no Twitter",
        "Copiar link",
        "Este site utiliza cookies para melhorar a navegação.",
        "Receba nossa newsletter",
        "Foto: Reuters/João Silva",
        "Publicado em 07/03/2005 às 10h01",
        "Leitura: 3 min",
        "Carregar mais notícias",
    ),
    "nl": (
        "Printen | Mailen | Delen",
        "Tekstgrootte: A A A",
        "Deel op Twitter",
        "Deze site maakt gebruik van cookies.",
        "Ontvang onze nieuwsbrief",
        "Foto: ANP/Jan de Vries",
        "Gepubliceerd: 07-03-2005, 10:01",
        "Leestijd 3 min",
        "Meer artikelen laden",
    ),
}
"""Written in the twelfth session after TUNE_24 and TUNE_25 were tuned on: the same kinds of
UI line once more, worded as a generator of spliced UI lines might word them; measured first
(recall 0.913), then tuned on (0.952)."""

TUNE_27: dict[str, tuple[str, ...]] = {
    "en": (
        "SHARE THIS ARTICLE",
        "📧 Email",
        "🖨 Print",
        "► Read more",
        "» Comments (3)",
        "[Print] [Email] [Share]",
        "| Share |",
        "Share ↗",
        "🔗 Copy link",
        "⏱ 4 min read",
        "📷 Getty Images",
        "🍪 We use cookies to improve your experience.",
        "✉️ Sign up for our newsletter",
        "▶ Listen to this article",
        "FOLLOW US ON TWITTER",
        "ADVERTISEMENT - CONTINUE READING BELOW",
        "— Advertisement —",
        "*** Advertisement ***",
        "[Advertisement]",
        "(Advertisement)",
        "Print / Email / Share",
        "Email | Print | Share | Comment",
        "Share: f t in",
        "A A A | Print | Email",
        "PHOTO: Reuters",
        "IMAGE: Getty",
        "Updated • 3 hours ago",
        "Published · 5 min read",
        "Posted at 09:41",
        "👍 Like   💬 Comment   ↗ Share",
        "Read more »",
        "Share on Facebook (Opens in new window)",
        "Subscribe ›",
        "Next article →",
        "TOP STORIES",
        "MOST POPULAR",
        "RELATED:",
        "READ MORE:",
        "WATCH:",
        "LISTEN:",
        "Tags: politics, economy",
    ),
    "de": (
        "ARTIKEL TEILEN",
        "📧 Per Mail",
        "🖨 Drucken",
        "» Kommentare (3)",
        "Teilen ↗",
        "ANZEIGE",
        "— Anzeige —",
        "⏱ 4 Min. Lesezeit",
    ),
    "fr": (
        "PARTAGER CET ARTICLE",
        "🖨 Imprimer",
        "» Commentaires (3)",
        "— Publicité —",
        "⏱ 4 min de lecture",
        "LIRE AUSSI :",
    ),
    "es": (
        "COMPARTIR ESTE ARTÍCULO",
        "🖨 Imprimir",
        "» Comentarios (3)",
        "— Publicidad —",
        "LEA TAMBIÉN:",
    ),
    "it": (
        "CONDIVIDI QUESTO ARTICOLO",
        "🖨 Stampa",
        "» Commenti (3)",
        "— Pubblicità —",
        "LEGGI ANCHE:",
    ),
    "pt": (
        "COMPARTILHE ESTE ARTIGO",
        "🖨 Imprimir",
        "» Comentários (3)",
        "— Publicidade —",
        "LEIA TAMBÉM:",
    ),
    "nl": (
        "DEEL DIT ARTIKEL",
        "🖨 Printen",
        "» Reacties (3)",
        "— Advertentie —",
        "LEES OOK:",
    ),
}
"""Written in the twelfth session: UI lines in other dress (capitals, emoji and arrows,
brackets and dashes around them, "(Opens in new window)"), to see whether the shape of a line
hides what it is; measured first (recall 0.987), then tuned on (1.000: Spanish "Lea también")."""

TUNE_28: dict[str, tuple[str, ...]] = {
    "en": (
        "Reading time: about 7 min · Updated 11 Mar 2025, 16:40 GMT",
        "Photo: Priya Ramaswamy / Northfield Courier",
        "Clip length 3:47 · Captions available",
        "🔇 Tap the speaker icon to hear sound",
        "Page 3 of 7 | Next page »",
        "Did this recipe work for you? 👍 Yes 👎 Not really",
        "Skip straight to the story",
        "Home » Recipes » Soups & Stews » Slow Cooker",
        "Tagged with: sourdough · fermentation · beginner baking",
        "Most read this week in The Halden Gazette",
        "As an Amazon Associate we earn from qualifying purchases made through links on this page.",
        "Spotted an error? Email corrections@ridgelinenews.co.uk",
        "▶ Hear this story read aloud (6 min 12 s)",
        "The Morning Brief lands in your inbox at 6am, Monday to Friday. Sign up free",
        "You've used 4 of your 5 free stories this month",
        "Subscribe from £1 a week — cancel whenever you like",
        "Log in with your library card number to keep reading",
        "Accept everything | Let me choose | Only essential",
        "187 comments — jump into the discussion",
        "Comments are moderated and may take up to 24 hours to appear.",
        "By Tomasz Nowicki | Staff Reporter | Feb 2, 2025 6:03 AM CST",
        "— Advert — article resumes after this message",
        "Language: English | Cymraeg",
        "Chip in $5 to keep Valley Voice free for everyone",
        "Jump to: Ingredients · Method · Nutrition · FAQ",
        "Adjust reading size: Small · Default · Large · Extra large",
        "Send via WhatsApp • Telegram • Messenger",
        "📌 Pin this for later",
        "Get breaking alerts on the Ridgeline News app — free on iPhone and Android",
        "New episodes every Thursday. Follow wherever you get your podcasts.",
        "Posted in r/homelab by u/sparkplug_42 · 9h",
        "Thread: Best NAS for Plex in 2025? (Page 2 of 4)",
        "Page last updated: 14 January 2025 — Department for Transport",
        "‹ Back to School of Engineering news",
        "Filed under Reviews / Laptops / Ultrabooks",
        "Image courtesy of the Blackstone Heritage Trust",
        "Prices were correct at the time of writing and may change.",
        "★ 4.8 (312 ratings) — tap a star to rate",
        "Replay ⟳",
        "Print 🖨 | Email ✉ | Bookmark 🔖",
    ),
    "de": (
        "Lesedauer etwa 6 Min. · zuletzt aktualisiert 12.03.2025, 17:45 Uhr",
        "Foto: Katrin Vollmer/Rheinpfalz-Archiv",
        "▶ Diesen Beitrag vorlesen lassen (4:20)",
        "Textgröße: A− A A+",
        "Ihr Artikel wurde auf dem Merkzettel gespeichert",
        "Teilen per WhatsApp | Facebook | Threema | E-Mail",
        "Weiterlesen mit HZ+ – der erste Monat für 0,99 €",
        "Sie haben bereits ein Digital-Abo? Dann melden Sie sich hier an",
        "Alle zulassen | Auswahl anpassen | Nur technisch notwendige",
        "23 Leserkommentare – jetzt mitreden",
        "Startseite › Lokales › Kreis Esslingen › Nürtingen",
        "Schlagworte: Bundestag · Haushalt · Schuldenbremse",
        "Meistgelesen auf schwarzwaldkurier.de",
        "Anzeige – der Artikel geht unten weiter",
        "Hat Ihnen diese Anleitung weitergeholfen? Ja | Nein",
        "*Affiliate-Link: Kaufen Sie darüber, erhalten wir eine kleine Provision – am Preis "
        "ändert sich nichts.",
        "Tippfehler entdeckt? Markieren und Strg+Enter drücken",
        "Leichte Sprache | Gebärdensprache | English",
    ),
    "fr": (
        "Lecture 7 min · Mis à jour le 14/03/2025 à 19h40",
        "Photo © Élodie Marchand / Le Courrier du Val",
        "🎧 Écouter la version audio de cet article (5 min)",
        "Pour lire la suite, abonnez-vous dès 1 € le premier mois",
        "Vous avez déjà un compte abonné ? Connectez-vous",
        "Accueil > Actualités > Bretagne > Finistère",
        "Partager : Facebook • X • LinkedIn • Copier le lien",
        "Continuer sans accepter →",
        "48 contributions · Donnez votre avis",
        "Avez-vous trouvé les réponses à vos questions ? 👍 👎",
        "Nos articles en lien avec ce dossier",
        "Les plus consultés cette semaine",
        "Contenu proposé par notre partenaire",
        "Une erreur dans cet article ? Signalez-la à la rédaction",
        "Chaque vendredi, notre sélection de recettes dans votre boîte mail",
        "Cet article est réservé à nos abonnés numériques",
        "Durée de la vidéo : 02:31",
        "Imprimer | Envoyer par e-mail | A+ A-",
    ),
    "es": (
        "Lectura: 4 min · Actualizado 15/03/2025 - 09:27 h.",
        "Foto: Lucía Ferrer / Agencia Atlántica",
        "🔊 Escucha esta noticia en audio (3:05)",
        "Inicio » Comunidad Valenciana » Alicante » Elche",
        "Comparte esta noticia por WhatsApp",
        "Hazte socio: 3 meses de acceso ilimitado por 1 €",
        "¿Ya tienes cuenta de suscriptor? Entra aquí",
        "Aceptar y continuar | Configurar o rechazar",
        "31 opiniones de lectores · Mostrar todas",
        "Escribe tu comentario. Recuerda ser respetuoso.",
        "Lo más visto hoy en Diario del Sur",
        "— Espacio publicitario —",
        "Temas: Vivienda · Alquiler · Ayuntamiento de Málaga",
        "¿Te ha servido esta información? Sí / No",
        "Descarga gratis la app de Diario del Sur y recibe alertas",
        "« Anterior  1  [2]  3  4  5  Posterior »",
        "Este artículo contiene enlaces de afiliado: si compras, recibimos una pequeña comisión.",
        "Saltar navegación",
    ),
    "it": (
        "Tempo di lettura: 3 minuti · Aggiornato alle 18:42",
        "Foto di Marco Bellandi / Agenzia Lumen",
        "🎧 Versione audio letta da una voce sintetica · 4:10",
        "Home > Cronaca > Milano > Hinterland",
        "Condividi su WhatsApp · Telegram · Email",
        "Per continuare a leggere abbonati a 1 € al mese",
        "Hai già un abbonamento digitale? Entra con le tue credenziali",
        "Accetta tutto | Rifiuta | Personalizza le scelte",
        "12 commenti · Scrivi il tuo",
        "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *",
        "Le notizie più cliccate nelle ultime 24 ore",
        "PUBBLICITÀ – continua a leggere sotto",
        "Articolo precedente ‹ › Articolo successivo",
        "Questo articolo ti è stato utile? Sì / No",
        "Ogni mattina le notizie del territorio nella tua email: iscriviti gratis",
        "Vai direttamente al contenuto",
        "Sostieni l'informazione locale: dona ora",
        "Argomenti: #scuola #sciopero #sindacati",
    ),
    "pt": (
        "Tempo de leitura: 4 min | Atualizado em 12/03/2025 às 14h20",
        "Foto: Rui Carvalho / Agência Meridiano",
        "🔊 Ouça esta reportagem em áudio",
        "Início > Notícias > Porto > Matosinhos",
        "Enviar por WhatsApp a um amigo",
        "Assine para continuar lendo por apenas R$ 1,90 no primeiro mês",
        "Já é assinante? Faça login na sua conta",
        "Aceitar todos | Gerir preferências",
        "Comentários (9) — deixe o seu",
        "O seu e-mail não será divulgado. Campos obrigatórios assinalados com *",
        "As mais lidas da semana",
        "PUBLICIDADE — continue lendo abaixo",
        "Próxima notícia »",
        "Esta notícia foi útil para você? Sim / Não",
        "Receba o resumo do dia no seu e-mail",
        "Atalhos: conteúdo (1) · menu (2) · busca (3) · rodapé (4)",
        "Viu algum erro? Avise a redação",
        "Este post pode conter links de afiliados.",
    ),
    "nl": (
        "Leestijd: 3 minuten · Bijgewerkt op 12 maart 2025, 16:05",
        "Foto: Pieter de Haan / Persbureau Noord",
        "▶ Laat dit artikel voorlezen",
        "Home > Nieuws > Regio > Utrecht",
        "Stuur dit artikel door via WhatsApp of Signal",
        "Word abonnee en lees direct verder – eerste maand gratis",
        "Al een abonnement? Log dan hier in",
        "Alle cookies accepteren | Instellingen aanpassen",
        "14 reacties – praat mee",
        "Reacties worden eerst door een moderator bekeken voordat ze online komen.",
        "Meest gelezen in de regio",
        "ADVERTENTIE – het artikel gaat hieronder verder",
        "Verder lezen in dit dossier →",
        "Was deze informatie nuttig? Ja / Nee",
        "Meld je aan voor de dagelijkse nieuwsbrief van Stadsblad Zwolle",
        "Sla het menu over",
        "Fout gezien? Mail de redactie",
        "Tekst vergroten of verkleinen: Ctrl + / Ctrl −",
    ),
}
"""Written in the thirteenth session by a separate session that never read the classifier: the
kinds of furniture of regional papers, recipe blogs, forums and public pages, in all seven
languages. Measured first (recall 0.500, and with the topic stage on five real paragraphs lost
under an unknown prompt), then tuned on: pieces set side by side, labelled menus, answer
buttons, questions to subscribers, approximate reading times, sponsored content."""

HELD_2: dict[str, tuple[str, ...]] = {
    "en": (
        "Listen to this article — 6 min · Narrated by an AI voice",
        "Print Recipe | Pin Recipe | Leave a Review",
        "Photo 7 of 24 ◀ ▶",
        "Printed from harbourgazette.co.uk on 14/06/2024 at 09:12",
        "View this email in your browser",
        "Skip to main menu",
        "Most read in Sport this week",
        "By Priya Natarajan · 12 June 2024 · 4 min read",
        "Photograph: Callum Reid/Northern Lens Agency",
        "You've read 4 of your 5 free articles this month. Subscribe for £1 a week",
        "Keep reading for free — just register with your email",
        'We use cookies and similar technologies to run this site. Select "Accept" to agree or '
        '"Settings" to choose.',
        "Save my choices",
        "Comments (87) — what do you think? Log in to have your say",
        "Home » Recipes » Desserts » Cakes",
        "Tagged: hiking, Lake District, wild camping",
        "Last reviewed by our editorial team on 3 April 2024",
        "Wed 12 Jun 2024 // 14:32 UTC",
        "FTSE 100 8,146.86 ▲ 0.42% | Dow 38,712.21 ▼ 0.11%",
        "Swansea 17°C ☁ | Thursday 13 June",
        "Page 2 of 5 « Prev 1 2 3 4 5 Next »",
        "Was this review helpful? Yes (14) No (2)",
        "Change language: English | Cymraeg",
        "Accessibility tools: High contrast · Larger text · Dyslexia-friendly font",
        "If you value our local journalism, please consider a donation of any size.",
        "Edit this page · View history · Talk (3)",
        "Spotted a mistake in this story? Let us know",
        "Jump to: Ingredients | Method | Nutrition",
        "🎧 Listen on Apple Podcasts, Spotify or wherever you get your podcasts",
        "0:00 / 3:27 · CC · ⚙ · ⛶",
        "Follow @harbourgazette on Threads and Instagram",
        "Tickets from £18.50 · Book now",
        "Permalink · Report post · Quote · #14",
        "Started by kettle_boy, 03-02-2024 09:15 PM · 27 replies · 1,904 views",
        "University of Westmoor › Research › News and events",
        "This is a new service – your feedback will help us to improve it.",
        "We may earn a commission if you buy through links on this page.",
        "Sign up to The Weekend Edit 📬 — every Saturday at 8am",
        "Read more: The best budget laptops for students in 2024",
        "🔔 Get match alerts for Leeds United",
    ),
    "de": (
        "Diesen Beitrag anhören · 4:38",
        "Foto: Jana Wehrmann/Allgäuer Bildagentur",
        "Ausgedruckt von www.rhein-kurier.de am 14.06.2024, 09:12 Uhr",
        "RZ+ Artikel: Jetzt 4 Wochen für 0,99 € testen",
        "Sie sind bereits Digital-Abonnent? Zum Login",
        "Mit Werbung weiterlesen oder werbefrei mit PUR-Abo",
        "Startseite › Region › Landkreis Ebersberg › Grafing",
        "Schlagworte: Bundesliga · VfB Stuttgart · Transfermarkt",
        "Top-Artikel der Woche",
        "◀ Bild 4 von 17 ▶",
        "Erstellt: Mi., 12.06.2024 – Aktualisiert: 17:45",
        "Präsentiert von Stadtwerke Lindenau",
        "Hinweis: Links mit * sind Affiliate-Links. Bei einem Kauf erhalten wir ggf. eine "
        "Provision.",
        "Fehler im Text gefunden? Schreiben Sie uns!",
        "« Zurück 1 2 3 4 Weiter »",
        "Unterstützen Sie unabhängigen Lokaljournalismus – jetzt spenden",
        "Leichte Sprache | Gebärdensprache | English",
        "DAX 18.366 ▲ +0,6 % · Euro 1,0743 $",
    ),
    "fr": (
        "Article à écouter, lu par une voix de synthèse",
        "Photo : Camille Lestrade / Agence Ouest Images",
        "Imprimé depuis www.lecourrierdulot.fr le 14/06/2024",
        "Cet article est réservé aux abonnés. Profitez de notre offre : 1 € le premier mois",
        "Vous avez déjà un compte ? Identifiez-vous",
        "Continuer sans accepter →",
        "Accueil » Actualités » Région » Gironde",
        "Mots-clés : Tour de France, cyclisme, Pyrénées",
        "Nos lecteurs ont aussi aimé",
        "Par Thomas Garnier — 12 juin 2024 à 17:45",
        "Diaporama : 4 / 17",
        "PUBLICITÉ – Faites défiler pour continuer",
        "Cet article contient des liens affiliés : nous pouvons percevoir une commission.",
        "Le fil info : toutes les actus en continu",
        "Soutenez une information libre et indépendante : faites un don",
        "CAC 40 7 864,45 ▼ -0,38 %",
        "Notez cette recette : ★★★★★ (128 avis)",
        "Voir cet e-mail dans votre navigateur",
    ),
    "es": (
        "Escuchar esta noticia (narrada por voz sintética) · 4:38",
        "Fotografía: Lucía Barrenechea / Agencia Cantábrica",
        "Impreso desde www.diariodelsur.es el 14/06/2024",
        "Este contenido es exclusivo para suscriptores. Suscríbete por 1 € el primer mes",
        "Identifícate para comentar",
        "Continuar sin aceptar",
        "Portada › Comunidad Valenciana › Alicante › Elche",
        "Etiquetas: LaLiga · Real Betis · Mercado de fichajes",
        "Por Álvaro Sanchís | 12/06/2024 - 17:45h",
        "Imagen 4 de 17 | Ver todas",
        "Patrocinado por Caja Rural del Norte",
        "Este artículo incluye enlaces de afiliados; podemos recibir una comisión por tus compras.",
        "Tiempo en Sevilla: 34° ☀️ Máx. 38° Mín. 21°",
        "« Anterior 1 2 3 … 9 Siguiente »",
        "Síguenos en TikTok y en nuestro canal de WhatsApp",
        "IBEX 35 11.204,30 ▲ +0,52 %",
        "Lectura fácil | Lengua de signos | Castellano · Català · Euskara · Galego",
        "Valora esta receta: ★★★★☆ (96 votos)",
    ),
    "it": (
        "Ascolta questo articolo letto da una voce sintetica · 4:38",
        "Foto: Giulia Marchetti / Agenzia Lagunare",
        "Stampato da www.ilgiornaledivalle.it il 14/06/2024",
        "Questo articolo è riservato agli abbonati Premium. Prova gratis per 30 giorni",
        "Accedi per commentare",
        "Continua senza accettare",
        "Home » Sport » Serie A » Atalanta",
        "Tag: Giro d'Italia, ciclismo, Dolomiti",
        "di Francesca Lombardi | 12 giugno 2024, ore 17:45",
        "Foto 4 di 17",
        "In collaborazione con Banca di Valdarno",
        "Questo articolo contiene link di affiliazione: potremmo ricevere una commissione.",
        "Meteo Bergamo 🌦 21° | Traffico in tempo reale",
        "« Precedente 1 2 3 … 7 Successiva »",
        "Sostieni l'informazione locale: fai una donazione",
        "FTSE MIB 34.120 ▼ -0,27%",
        "Vota la ricetta ★★★★☆ (212 voti)",
        "Lingua: IT | DE | EN",
    ),
    "pt": (
        "Ouça esta reportagem (voz gerada por IA) · 4:38",
        "Foto: Rafael Nogueira/Agência Serrana",
        "Impresso a partir de www.jornaldoplanalto.com.br em 14/06/2024",
        "Conteúdo para assinantes. Assine por R$ 1,90 no primeiro mês",
        "Faça login para comentar",
        "Este site utiliza cookies próprios e de terceiros. Ao continuar a navegar, aceita a sua "
        "utilização.",
        "Home › Esportes › Futebol › Brasileirão Série A",
        "Tags: Copa do Brasil, Flamengo, arbitragem",
        "Por Mariana Teixeira — 12/06/2024 17h45",
        "Galeria de fotos: 4/17",
        "Oferecido por Cooperativa Vale Verde",
        "Este post contém links de afiliados. Podemos receber comissão pelas compras.",
        "Receba as notícias do Jornal do Planalto no seu e-mail",
        "Apoie o jornalismo independente: faça uma doação",
        "Siga o canal no WhatsApp e receba as notícias no celular",
        "Ibovespa 120.347 pts ▲ 0,84% · Dólar R$ 5,37",
        "Avalie esta receita: ★★★★★ (58 avaliações)",
        "Acessibilidade: A+ A- Alto contraste Libras",
    ),
    "nl": (
        "Beluister dit artikel (voorgelezen door een computerstem) · 4:38",
        "Foto: Sanne de Wit / Noorderbeeld",
        "Afgedrukt van www.dekrantvanwestland.nl op 14-06-2024",
        "Dit is een premium artikel. Lees onbeperkt voor €1 per week",
        "Log in om te reageren",
        "Akkoord en sluiten",
        "Home › Regio › Zeeland › Vlissingen",
        "Tags: Eredivisie, Feyenoord, transfers",
        "Door Pieter Bakker · 12 jun 2024, 17:45",
        "Bekijk alle 17 foto's",
        "Mede mogelijk gemaakt door Zeeuwse Energie",
        "Dit artikel bevat affiliate links. Via deze links ontvangen wij mogelijk een vergoeding.",
        "Tip de redactie via WhatsApp: 06-12345678",
        "« Vorige 1 2 3 … 5 Volgende »",
        "Steun onafhankelijke journalistiek: doneer nu",
        "AEX 912,44 ▲ +0,31%",
        "Waardeer dit recept: ★★★★☆ (47 stemmen)",
        "Bekijk deze e-mail in je browser",
    ),
}
"""Written in the thirteenth session, like ``TUNE_28``, by another separate session that never
read the classifier nor ``TUNE_28``. Only ever measured (its misses are not printed): recall
0.473 before that session's changes."""

HELD_3: dict[str, tuple[str, ...]] = {
    "en": (
        "Aa Adjust text size",
        "Appearance: Light / Dark / Match system",
        "⏱ 6 min read · Updated 14:32 BST, Tue 3 June 2025",
        "Photograph: Marguerite Vell/Northlight Agency",
        "Illustration by Tomasz Rydel for The Coastal Ledger",
        "🎧 Prefer audio? Play the narrated version (7:41)",
        "Up next in 5 seconds… Cancel autoplay",
        "Get the Sunday Long Read in your inbox every week — it's free",
        "New episodes of The Briefing Room every Thursday. Follow on Spotify or Apple Podcasts",
        "Read faster in our app → Get it on Google Play",
        "Turn on alerts for breaking news? No thanks / Yes, notify me",
        "That's your last free story until 1 July. Unlock unlimited access for £1 a week",
        "Got an account? Log in | Register – it takes 30 seconds",
        "Readers like you keep us independent. Chip in from just $5 →",
        "We and our 412 vendors store cookies on your device to personalise ads. Manage choices",
        "Accept all | Reject non-essential | Cookie settings",
        "Join the conversation (128) 💬",
        "Comments are reviewed before publishing. Keep it civil and on topic.",
        "Home › Business › Energy › Oil & gas",
        "Filed under: Housing market · Interest rates · Mortgages",
        "Trending on The Ledger right now",
        "More from this columnist ›",
        "Advertising ▾ keep scrolling for the rest of the story",
        "This post contains affiliate links; we may earn a small commission at no extra cost to "
        "you.",
        "Paid partnership with Halvard Travel",
        "« Older post | Newer post »",
        "Page 2 of 5 — Continue →",
        "How would you rate this piece? 👍 / 👎",
        "Spotted a mistake? Tell our corrections desk",
        "Edition: UK | US | Australia | International",
        "Accessibility statement | Keyboard shortcuts",
        "↑ Return to top",
        "Printed from thecoastalledger.example on 12/03/2025 — © 2025 Coastal Ledger Media Ltd.",
        "Press enquiries: newsdesk@coastalledger.example · +44 20 7946 0321",
        "🎟 Sat 14 Sep · Usher Hall, Edinburgh · 12 seats left – Reserve",
        "Markets: Brent crude $82.10 (+1.3%) · Gold $2,341/oz (−0.2%) · Bitcoin $63,880",
        "Key events | Pinned post | Refresh for latest updates",
        "Jump to Recipe · Print Recipe · Pin it",
        "Servings: 4 [−] [+]",
        "Add to basket — In stock, ships in 2–3 working days",
    ),
    "de": (
        "Schriftgröße: A- / A / A+",
        "Nachtmodus einschalten",
        "Lesezeit: ca. 4 Minuten | Aktualisiert am 07.05.2025, 16:12 Uhr",
        "Foto: Henrike Saalfeld / Nordbild-Agentur",
        "🎧 Artikel vorlesen lassen (5:08 Min.)",
        "Jetzt kostenlos registrieren und sofort weiterlesen",
        "Z+ Artikel · 4 Wochen gratis testen, danach 9,99 €/Monat",
        "Wir nutzen Cookies und ähnliche Technologien. Alle akzeptieren | Nur notwendige",
        "Diskussion (37) – Kommentarbereich öffnen",
        "Startseite » Politik » Inland » Bundestag",
        "Themen dieses Artikels: Rente · Haushalt 2026 · Koalition",
        "Meistgelesen in Wirtschaft",
        "– Anzeige – Der Artikel wird nach der Werbung fortgesetzt",
        "Hinweis: Mit * markierte Links sind Partnerlinks. Für Sie entstehen keine Mehrkosten.",
        "Nächster Beitrag →",
        "Fehler entdeckt? Schreiben Sie der Redaktion",
        "Benachrichtigungen zu Eilmeldungen erlauben? Später | Erlauben",
        "Zitieren | Antworten · Mitglied seit: 04.2013 · Beiträge: 1.207",
    ),
    "fr": (
        "Agrandir le texte | Réduire le texte",
        "Passer en mode nuit",
        "Publié aujourd'hui à 07h12, modifié à 09h41 · ⏱ 5 min",
        "Photo : Aurélien Castagne / Agence Lumen",
        "🎧 Version audio de l'article – durée 6 min 20",
        "Inscrivez-vous à notre lettre du matin, c'est gratuit",
        "Cet article est réservé aux abonnés. Déjà abonné ? Se connecter",
        "Nous utilisons des traceurs pour mesurer l'audience. Tout accepter · Continuer sans "
        "accepter",
        "54 réactions · Voir la discussion",
        "Accueil > Société > Éducation > Lycée",
        "Dans la même rubrique",
        "Publicité – la suite de l'article après cette annonce",
        "‹ Article précédent | Article suivant ›",
        "Signaler une erreur dans cet article",
        "Téléchargez l'appli · Disponible sur Google Play et l'App Store",
        "Les commentaires sont modérés a priori. Merci de rester courtois.",
        "Ingrédients pour 6 personnes [-] [+]",
        "Soutenez une rédaction indépendante : faites un don déductible à 66 %",
    ),
    "es": (
        "Cambiar tamaño del texto ⊕ ⊖",
        "Activar el modo oscuro ☾",
        "Actualizada el martes 22 de abril a las 18:05 · 3 minutos de lectura",
        "Foto: Lucía Berrocal (Agencia Faro)",
        "¿Prefieres oírlo? Reproduce la versión locutada ▶ 4 min",
        "Recibe nuestro boletín cada mañana. ¡Apúntate gratis!",
        "Hazte suscriptor por 1 € el primer mes",
        "Utilizamos cookies propias y de terceros. Aceptar y cerrar | Configurar",
        "Ver los 19 comentarios de los lectores",
        "Portada / Economía / Vivienda",
        "Lo más visto en las últimas 24 horas",
        "Contenido patrocinado por Bodegas Alcuna",
        "Siguiente en Economía »",
        "¿Has visto una errata? Avísanos",
        "Descárgate nuestra app y no te pierdas ninguna alerta",
        "¿Tienes cuenta? Entra aquí | ¿Nuevo lector? Regístrate gratis",
        "Citar · Responder · Registrado: 11 ago 2018",
        "Euríbor 12 meses 2,41 % ▼ | Brent 71,3 $ ▲",
    ),
    "it": (
        "Ingrandisci / Riduci carattere",
        "Attiva la modalità scura",
        "Ultimo aggiornamento: lun 3 mar 2025, 11:20 — lettura 4'",
        "Foto di Matteo Quarantotto / Agenzia Riva",
        "Preferisci ascoltare? Avvia il lettore audio ▶",
        "Iscriviti alla newsletter settimanale della redazione",
        "Contenuto riservato agli abbonati. Abbonati ora a 1€ per 3 mesi",
        "Cliccando su «Accetta» acconsenti all'uso dei cookie. Accetta | Personalizza",
        "Partecipa alla discussione: 8 interventi",
        "Sei in: Home / Sport / Calcio / Serie A",
        "Dello stesso autore",
        "Annuncio pubblicitario — l'articolo prosegue più in basso",
        "Leggi l'articolo seguente »",
        "Hai trovato un errore? Segnalacelo",
        "Scarica l'app gratuita per iPhone e Android",
        "▲ Torna all'inizio della pagina",
        "Aggiungi al carrello · Disponibile in magazzino",
        "Sostieni il giornalismo indipendente con una donazione",
    ),
    "pt": (
        "Aumentar letra | Diminuir letra",
        "Ativar modo escuro",
        "Publicado 18 fev 2025, 08:15 · Atualizado há 2 horas",
        "Foto: Inês Vasconcelos / Agência Maré",
        "🔊 Ouça a versão em áudio desta reportagem",
        "Receba a nossa newsletter todas as manhãs",
        "Assinatura digital: 3 meses por R$ 1,90 — Assine já",
        "Ao continuar a navegar, concorda com a nossa Política de Cookies. OK, entendi",
        "Mostrar todos os 42 comentários dos leitores",
        "Você está em: Início / Esportes / Futebol",
        "Recomendados para você",
        "PUBLICIDADE ▼ o texto continua depois do anúncio",
        "Ler a notícia seguinte ⟶",
        "Encontrou um erro? Avise-nos",
        "Baixe o app e receba alertas de última hora",
        "⬆ Subir ao início",
        "Em estoque · Frete grátis acima de R$ 199 · Comprar",
        "Acesso exclusivo para assinantes · Entrar | Criar conta grátis",
    ),
    "nl": (
        "Tekst groter of kleiner maken",
        "Donkere modus aan",
        "Gepubliceerd: do 9 jan 2025 om 18.02 uur | Laatste update: 20.15 uur",
        "Foto: Joris van Dam / Beeldbank Noord",
        "Liever luisteren? Start de voorleesfunctie 🔈",
        "Elke vrijdag het beste van de week in je mailbox? Schrijf je in",
        "Lees verder met een abonnement – nu 3 maanden voor €1",
        "Deze website gebruikt cookies. Akkoord | Instellingen aanpassen",
        "Discussieer mee: al 23 lezers reageerden",
        "Home » Binnenland » Onderwijs",
        "Populair bij lezers vandaag",
        "ADVERTENTIE · scroll verder voor het artikel",
        "Vorig bericht ← | → Volgend bericht",
        "Fout gezien? Laat het ons weten",
        "Download de app voor pushberichten",
        "↑ Naar het begin van de pagina",
        "In winkelwagen · Op voorraad",
        "Citeren · Reageren · Lid sinds: mei 2014",
    ),
}
"""Written in the thirteenth session by a third separate session that never read the
classifier nor the other new lists, after that session's tuning; only ever measured (misses
not printed). Recall 0.412 on the session's starting commit, 0.561 at its end; with the topic
stage on, real lines lost 7 -> 3."""

TUNE_29: dict[str, tuple[str, ...]] = {
    "en": (
        "Listen to this story · 7 min",
        "Photo: Marisol Okafor / Harbourline Press",
        "Image 4 of 11",
        "Get breaking alerts on your phone — download the Coastal Ledger app",
        "We use cookies to personalise content and ads and to analyse our traffic. Manage "
        "preferences",
        "Accept all cookies",
        "You have 2 free articles left this month. Subscribe for $1 a week.",
        "Already a subscriber? Log in",
        "148 comments",
        "Comments are moderated and may take up to 24 hours to appear. Please keep it civil.",
        "Home › Business › Energy",
        "Topics: Climate, Shipping, Trade policy",
        "Updated 3:42 p.m. ET, Tue October 8, 2024",
        "By Dana Whitcombe, Senior Transport Correspondent",
        "Follow Dana Whitcombe to get an email when new stories are published",
        "Most read",
        "Sponsored content from Veridian Home",
        "We may earn a commission when you buy through links on our site.",
        "Prices were accurate at the time of publishing but may change.",
        "★★★★☆ 4.3 (2,187 reviews)",
        "Skip ad in 5",
        "Tap to unmute",
        "Press Esc to close",
        "Something went wrong. Please try again later.",
        "Was this article helpful? Yes / No",
        "Spotted an error? Email corrections@coastalledger.com",
        "© 2024 Northfield Media Group. All rights reserved.",
        "Back to top ↑",
        "Page 2 of 5 · Next ›",
        "FTSE 100 7,412.6 ▲0.38%",
        "Subscribe on Apple Podcasts | Spotify | RSS",
    ),
    "de": (
        "Zum Inhalt springen",
        "Artikel anhören · 6 Min.",
        "Foto: Katrin Lembke / Nordbild",
        "Bild 3 von 14",
        "Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten. Mehr erfahren",
        "Nur notwendige Cookies zulassen",
        "Weiterlesen mit Rheinblatt Plus – 4 Wochen für 0,99 €",
        "Sie sind bereits Abonnent? Hier anmelden",
        "37 Kommentare",
        "Die Kommentarfunktion für diesen Artikel wurde geschlossen.",
        "Startseite > Politik > Ausland",
        "Aktualisiert am 12.03.2024, 17:45 Uhr",
        "Von Henrike Sommerfeld, Korrespondentin in Brüssel",
        "Meistgelesen",
        "Wenn Sie über diese Links einkaufen, erhalten wir eine Provision. Am Preis ändert sich "
        "für Sie nichts.",
        "Push-Mitteilungen aktivieren",
        "Fehler gefunden? Schreiben Sie uns an leserservice@rheinblatt.de",
        "DAX 18.214 +0,6 %",
        "Nach oben",
    ),
    "fr": (
        "Aller au contenu principal",
        "Temps de lecture : 4 min",
        "Photo : Lucie Marchand / Agence Littoral",
        "Diaporama – 5/18",
        "En poursuivant votre navigation, vous acceptez l'utilisation de cookies. Paramétrer",
        "Tout refuser",
        "Cet article est réservé aux abonnés. Il vous reste 68 % à découvrir.",
        "Déjà abonné ? Se connecter",
        "Réagir (52)",
        "Accueil > Société > Éducation",
        "Publié le 18 avril 2024 à 07h12, mis à jour à 09h30",
        "Par Antoine Delorme, envoyé spécial à Marseille",
        "Les plus lus",
        "Contenu sponsorisé",
        "Ajouter à mes favoris",
        "Recevez chaque matin l'essentiel de l'actualité. Je m'inscris",
        "Une erreur s'est produite. Veuillez réessayer.",
        "Épinglé",
        "Afficher 7 nouveaux messages",
        "Retour en haut de page",
    ),
    "es": (
        "Ir al contenido",
        "Tiempo de lectura: 5 minutos",
        "Foto: Álvaro Sanz | Agencia Meridiano",
        "Imagen 2 de 9",
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Aceptar | "
        "Configurar",
        "Has alcanzado el límite de noticias gratuitas. Suscríbete por 1 € el primer mes",
        "¿Ya eres suscriptor? Inicia sesión",
        "Comentarios (23)",
        "Inicio / Deportes / Fútbol",
        "Actualizado: 22/05/2024 - 14:08h",
        "Por Lucía Benítez, redactora de Economía",
        "Lo más visto",
        "Contenido patrocinado por Bodegas Almira",
        "Seguir a este autor",
        "Activa las notificaciones para no perderte nada",
        "Volver a reproducir",
        "¿Te ha resultado útil esta noticia?",
        "© Ediciones del Sur S.L. Todos los derechos reservados. Queda prohibida la reproducción "
        "total o parcial.",
        "IBEX 35 11.023,4 -0,42%",
        "Estamos buscando periodistas: únete a nuestra redacción",
    ),
    "it": (
        "Vai al contenuto",
        "Tempo di lettura: 3 minuti",
        "Foto di Giulia Ferraris / Studio Lagunare",
        "Foto 7 di 20",
        "Questo sito utilizza cookie tecnici e di profilazione. Chiudendo questo banner "
        "acconsenti all'uso dei cookie.",
        "Accetta e chiudi",
        "Articolo riservato agli abbonati. Abbonati a 1€ al mese per i primi 3 mesi",
        "Sei già abbonato? Accedi",
        "14 commenti",
        "Home / Cronaca / Milano",
        "Aggiornato alle 19:22 del 3 giugno 2024",
        "di Marco Bellandi, inviato a Bruxelles",
        "I più letti",
        "Pubblicità",
        "Scarica l'app per restare sempre aggiornato",
        "Segnala un errore",
        "Riproduzione riservata ©",
        "I prezzi indicati possono variare nel tempo. Questo articolo contiene link di "
        "affiliazione.",
        "Torna su",
    ),
    "pt": (
        "Saltar para o conteúdo",
        "Ouvir notícia · 4 min",
        "Foto: Rafael Monteiro/Agência Atlântico",
        "Imagem 6 de 13",
        "Este site utiliza cookies para melhorar a sua experiência. Ao continuar a navegar, "
        "concorda com a nossa política de privacidade.",
        "Aceitar cookies",
        "Conteúdo exclusivo para assinantes. Assine por R$ 1,90 no primeiro mês",
        "Já é assinante? Entre",
        "Comentários (31)",
        "Início > Economia > Mercados",
        "Atualizado em 14/08/2024 às 10h47",
        "Por Beatriz Carvalho, correspondente em Lisboa",
        "Mais lidas",
        "Siga-nos no WhatsApp e receba as principais notícias do dia",
        "Ocorreu um erro. Tente novamente.",
        "Apoie o jornalismo independente: contribua a partir de 5 euros",
        "Ibovespa 127.845 pts ▼0,71%",
        "Voltar ao topo",
        "Todos os direitos reservados. É proibida a reprodução deste conteúdo sem autorização.",
    ),
    "nl": (
        "Direct naar de inhoud",
        "Leestijd: 6 minuten",
        "Foto: Sanne de Vries / Beeldbank Noord",
        "Afbeelding 1 van 8",
        "Wij gebruiken cookies om onze website te verbeteren. Akkoord / Instellingen aanpassen",
        "Alleen noodzakelijke cookies",
        "Dit artikel is exclusief voor abonnees. Neem nu een abonnement vanaf € 2,25 per week.",
        "Ben je al abonnee? Log in",
        "Reacties (19)",
        "Home > Binnenland > Onderwijs",
        "Bijgewerkt: 2 oktober 2024, 16:05",
        "Door Pieter van Dalen, verslaggever Economie",
        "Meest gelezen",
        "Advertentie",
        "Volg dit onderwerp",
        "Meld je aan voor de ochtendbrief",
        "Er is iets misgegaan. Probeer het later opnieuw.",
        "Zag je een fout? Laat het ons weten via de tipknop",
        "AEX 902,17 +0,44%",
        "Terug naar boven",
    ),
}
"""Written in the fourteenth session by a separate session that never read the classifier nor
the other lists (148 lines; four that occur in the benchmark inputs left out). Measured first
(recall 0.797 at the session's starting commit ``91e9e54``, 0.818 after its first changes), then
tuned on: market tickers, rating widgets, live-blog labels, closed and moderated comments,
limit notices with their offer, notification and follow prompts, gallery labels."""

TUNE_30: dict[str, tuple[str, ...]] = {
    "en": (
        "By Harriet Colman, Senior Political Correspondent, Westminster",
        "Updated 14:32 BST, 9 March 2024 | First published 06:15",
        "Correction: An earlier version of this story misstated the date of the council vote. "
        "This has been amended.",
        "Listen to this article · 7 min",
        "Image 3 of 12",
        "Photograph: Daniel Okafor/The Northgate Herald",
        "You've reached your limit of 5 free articles this month. Subscribe for £1 a week.",
        "Already a subscriber? Log in",
        "Get the Morning Briefing delivered to your inbox every weekday",
        "Download the Tribune app for breaking news alerts",
        "Comments (214) — Join the conversation",
        "Topics: Housing | Local Government | Leeds",
        "We value your privacy. Click Accept All to consent to our use of cookies and similar "
        "technologies.",
        "This article appeared in the print edition of The Sunday Ledger on 12 May 2024.",
        "© 2024 Harbourside Media Group. All rights reserved.",
        "Show key events only",
        "Weather: Manchester 11°C, light rain",
        "Watch: Video, 02:47",
        "Reporting by Tom Aldridge; additional reporting by Priya Nair in Mumbai; editing by "
        "Clare Whitcombe",
        "Trending now",
        "Copy link  ·  Save for later",
        "Follow us on X, Facebook and Instagram",
    ),
    "de": (
        "Von Katharina Brenner, Korrespondentin in Brüssel",
        "Aktualisiert am 14.03.2024 – 09:41 Uhr",
        "Artikel anhören • 6 Min.",
        "Bild 4 von 9",
        "Foto: Markus Hellweg/dpa",
        "Weiterlesen mit Z+ – jetzt 4 Wochen kostenlos testen",
        "Sie sind bereits Abonnent? Hier anmelden",
        "Mehr zum Thema",
        "Kommentare (87) – Jetzt mitdiskutieren",
        "Wir verwenden Cookies und ähnliche Technologien. Mit „Alle akzeptieren“ stimmen Sie der "
        "Verarbeitung zu.",
        "Dieser Artikel erschien in der Printausgabe des Nordkurier vom 3. Februar 2024.",
        "Teilen | Merken | Drucken",
        "Newsletter „Der Morgen“ – jeden Werktag um 6 Uhr in Ihrem Postfach",
        "Wetter in Köln: 8 °C, bewölkt",
        "Wirtschaft › Unternehmen",
    ),
    "fr": (
        "Par Camille Dufresne (envoyée spéciale à Marseille)",
        "Publié le 12 mars 2024 à 07h15, mis à jour à 11h02",
        "Temps de lecture : 4 min.",
        "Article réservé aux abonnés",
        "Déjà abonné ? Se connecter",
        "À lire aussi",
        "Partager sur Facebook • Partager sur X • Copier le lien",
        "Ajouter à mes favoris",
        "Photo : Julien Marceau / AFP",
        "Les plus lus",
        "Réagir (56 commentaires)",
        "Recevez gratuitement notre newsletter Le Brief de 8h",
        "En cliquant sur « Tout accepter », vous consentez à l'utilisation de cookies par nos "
        "partenaires.",
        "Cet article est paru dans l'édition du Courrier de l'Ouest du 5 avril 2024.",
        "Diaporama : 1/15",
    ),
    "es": (
        "Por Lucía Martín Ortega | Madrid",
        "Actualizado: 15/03/2024 - 10:48 h CET",
        "Compartir en WhatsApp",
        "Suscríbete para seguir leyendo",
        "¿Ya eres suscriptor? Inicia sesión",
        "Lo más leído",
        "Noticias relacionadas",
        "Fotografía: Andrés Villanueva (EFE)",
        "Archivado en: Política · Andalucía · Elecciones municipales",
        "Comentarios (132) | Normas de participación",
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Aceptar | "
        "Configurar",
        "Descarga la app de El Diario del Sur",
        "Este artículo se publicó en la edición impresa del 7 de abril de 2024.",
        "Escuchar noticia · 3:25",
        "El tiempo en Sevilla: 24º, soleado",
    ),
    "it": (
        "di Francesca Moretti, inviata a Palermo",
        "Aggiornato alle 13:05 del 9 aprile 2024",
        "Tempo di lettura: 5 minuti",
        "Condividi su Facebook · WhatsApp · Email",
        "Questo contenuto è riservato agli abbonati",
        "Sei già abbonato? Accedi",
        "I più letti",
        "Potrebbe interessarti anche",
        "Foto Ansa / Giulio Ferraresi",
        "Iscriviti alla newsletter Buongiorno e ricevi le notizie ogni mattina",
        "Utilizziamo i cookie per personalizzare contenuti e annunci. Accetta e chiudi",
        "Commenti (41) – Scrivi il tuo commento",
        "© Riproduzione riservata",
        "Galleria fotografica 2 di 18",
        "Cronaca › Milano",
    ),
    "pt": (
        "Por Inês Carvalho, em Lisboa",
        "Publicado em 18/06/2024 às 08h40 — Atualizado há 2 horas",
        "Assine para continuar lendo",
        "Já é assinante? Entre aqui",
        "Mais lidas",
        "Partilhar no Facebook | Partilhar no WhatsApp | Copiar link",
        "Foto: Ricardo Teixeira / Agência Lusa",
        "Receba as principais notícias no seu e-mail",
        "Utilizamos cookies para melhorar a sua experiência. Ao continuar a navegar, aceita a "
        "nossa política de privacidade.",
        "Comentários (23)",
        "Veja também",
        "Ouvir esta notícia · 4 min",
        "Tempo de leitura: 3 min",
        "Tags: Economia, Inflação, Banco Central",
        "Este artigo foi publicado na edição impressa de 3 de maio de 2024",
    ),
    "nl": (
        "Door Sanne de Vries, verslaggever Den Haag",
        "Bijgewerkt om 16:22 | 4 april 2024",
        "Leestijd: 3 minuten",
        "Lees ook",
        "Meest gelezen",
        "Delen via WhatsApp · Link kopiëren",
        "Foto: ANP / Remko Bakker",
        "Dit artikel is alleen beschikbaar voor abonnees. Word nu abonnee voor €1 per week.",
        "Al abonnee? Log in",
        "Meld je aan voor de nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws",
        "Wij en onze partners gebruiken cookies. Klik op 'Akkoord' om verder te gaan.",
        "Reacties (65) – Reageer op dit artikel",
        "Dit artikel verscheen ook in de krant van zaterdag 9 maart.",
        "Weerbericht Utrecht: 12 graden, af en toe regen",
        "Download de app van het Brabants Nieuwsblad",
    ),
}
"""Written in the fourteenth session by a separate session that never read the classifier nor
the other lists, on news and magazine sites (112 lines; three found in the benchmark inputs
left out). Recall 0.786 at the session's starting commit ``91e9e54``, 0.812 when it arrived;
tuned on: print-edition notes, weather widgets, live-blog toggles, credits without a colon."""

TUNE_31: dict[str, tuple[str, ...]] = {
    "en": (
        "Jump to Recipe · Print Recipe · Pin It",
        "Rate this recipe: ★★★★☆ 4.6 from 213 votes",
        "Hi, I'm Megan! Mom of three, coffee addict and weeknight dinner fixer. Learn more about "
        "me →",
        "This post may contain affiliate links. As an Amazon Associate I earn from qualifying "
        "purchases.",
        "$49.99 at Walmart | $52.00 at Target",
        "Quote | Reply | Report",
        "Posted by trailrunner_88 » Tue Mar 12, 2024 9:41 pm",
        "Joined: Aug 2019   Posts: 1,482",
        "Page 2 of 7 « First < Prev 1 2 3 4 5 Next > Last »",
        "Table of Contents [hide]",
        "Medically reviewed by Dr. Priya Nair, MD — Written by Tom Ellis — Updated on June 3, 2024",
        "Book an appointment",
        "Chat with us — we typically reply in a few minutes",
        "We value your privacy. Accept All | Reject All | Customize",
        "Search this site...",
        "Home > Travel Guides > Portugal > Lisbon",
        "Tags: budget travel, solo trip, Europe, backpacking",
        "Don't miss a thing! Get weekly recipes straight to your inbox. No spam, unsubscribe "
        "anytime.",
        "👍 27 likes",
        "Was this page helpful? Yes / No",
        "Language: English ▾",
    ),
    "de": (
        "Zum Rezept springen",
        "Rezept drucken | Merken | Bewerten",
        "Dieser Artikel enthält Affiliate-Links. Wenn du darüber kaufst, erhalten wir eine "
        "kleine Provision – für dich ändert sich der Preis nicht.",
        "Preis prüfen bei Otto",
        "★★★★★ (38 Bewertungen)",
        "Zitieren · Antworten · Melden",
        "Registriert seit: 14.02.2017 – Beiträge: 2.311",
        "Verfasst von Kräuterhexe62 am So 7. Apr 2024, 18:05",
        "Inhaltsverzeichnis anzeigen",
        "Zuletzt medizinisch geprüft am 12.05.2024 von Dr. med. Jana Berger",
        "Jetzt Termin vereinbaren",
        "Sie befinden sich hier: Startseite › Bürgerservice › Meldewesen",
        "Das könnte dich auch interessieren",
        "Kommentar verfassen – Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche "
        "Felder sind mit * markiert",
        "Alle akzeptieren   Nur notwendige Cookies   Einstellungen",
    ),
    "fr": (
        "Aller à la recette",
        "Imprimer la recette ⎙ Épingler",
        "Notez cette recette : 4,8/5 (127 avis)",
        "Cet article contient des liens affiliés : si vous achetez via ces liens, nous touchons "
        "une petite commission sans surcoût pour vous.",
        "Voir le prix chez Fnac",
        "Citer — Répondre — Signaler un abus",
        "Inscrit le : 03/09/2015 · Messages : 894",
        "Message posté par Loulou_du_Sud le 22 janvier 2024 à 14h37",
        "Sommaire [masquer]",
        "Article relu par le Dr Claire Moreau, médecin généraliste. Mis à jour le 18/04/2024",
        "Prendre rendez-vous en ligne",
        "Vous êtes ici : Accueil / Démarches / Carte grise",
        "À lire aussi sur le blog",
        "Laisser un commentaire · Votre adresse e-mail ne sera pas publiée.",
        "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter | Continuer "
        "sans accepter",
    ),
    "es": (
        "Ir a la receta",
        "Imprimir receta · Guardar en Pinterest",
        "Valora esta receta ★★★★☆ (56 votos)",
        "En este artículo hay enlaces de afiliado. Si compras a través de ellos, recibimos una "
        "pequeña comisión.",
        "Ver precio en Amazon.es",
        "Citar | Responder | Denunciar",
        "Registrado: 11 oct 2018 · Mensajes: 3.207",
        "Publicado por ManoloViajero » 5 de febrero de 2024, 23:12",
        "Índice de contenidos [ocultar]",
        "Revisado médicamente por la Dra. Lucía Ferrer — Última actualización: 9 de mayo de 2024",
        "Pedir cita previa",
        "Estás en: Inicio > Trámites > Empadronamiento",
        "Entradas relacionadas",
        "Deja un comentario — Nombre * Correo electrónico * Web",
        "¡Únete a más de 20.000 lectores! Suscríbete y recibe nuestras rutas cada domingo.",
    ),
    "it": (
        "Vai alla ricetta",
        "Stampa la ricetta | Salva su Pinterest",
        "Vota questa ricetta: 4,7 su 5 (89 voti)",
        "In qualità di Affiliato Amazon ricevo un guadagno dagli acquisti idonei.",
        "Verifica il prezzo",
        "Cita · Rispondi · Segnala",
        "Iscritto il: 27/06/2016 — Messaggi: 1.045",
        "Inviato da gattonero_74 il 14 marzo 2024 alle 10:22",
        "Indice dei contenuti ▼",
        "Articolo revisionato dal Dott. Marco Bellini, medico chirurgo – Aggiornato il 02/05/2024",
        "Prenota una visita",
        "Ti trovi qui: Home » Servizi al cittadino » Anagrafe",
        "Potrebbe interessarti anche",
        "Lascia un commento. Il tuo indirizzo email non sarà pubblicato.",
        "Accetta tutti i cookie | Rifiuta | Personalizza",
    ),
    "pt": (
        "Ir para a receita",
        "Imprimir receita ✦ Guardar no Pinterest",
        "Avalie esta receita: ★★★★★ 5,0 (41 avaliações)",
        "Este artigo contém links de afiliados. Se comprar através deles, recebemos uma pequena "
        "comissão sem custos extra para si.",
        "Ver preço na Worten",
        "Citar · Responder · Denunciar",
        "Membro desde: jan 2020 | Mensagens: 672",
        "Publicado por PedroAlfama em 19 de março de 2024 às 16:48",
        "Índice [esconder]",
        "Revisto clinicamente pela Dra. Inês Carvalho — Última revisão: 10/04/2024",
        "Marcar consulta",
        "Está aqui: Início > Serviços > Cartão de Cidadão",
        "Deixe um comentário – O seu endereço de email não será publicado.",
        "Aceitar todos os cookies   Rejeitar   Definições de cookies",
    ),
    "nl": (
        "Direct naar recept",
        "Recept printen | Pinnen | Beoordelen",
        "Beoordeel dit recept ★★★★☆ (64 stemmen)",
        "Dit artikel bevat affiliate links. Koop je via zo'n link, dan ontvangen wij een kleine "
        "commissie.",
        "Bekijk prijs bij Bol.com",
        "Citeren – Reageren – Melden",
        "Lid sinds: 08-11-2014 · Berichten: 5.129",
        "Geplaatst door fietsfan_utrecht op 2 april 2024 om 21:16",
        "Inhoudsopgave [verbergen]",
        "Medisch gecontroleerd door huisarts Sanne de Vries — Laatst bijgewerkt: 15 mei 2024",
        "Afspraak maken",
        "U bent hier: Home › Burgerzaken › Paspoort aanvragen",
        "Gerelateerde berichten",
        "Reactie plaatsen · Je e-mailadres wordt niet gepubliceerd.",
        "Alle cookies accepteren | Alleen noodzakelijke | Instellingen aanpassen",
    ),
}
"""Written in the fourteenth session by a separate session that never read the classifier nor
the other lists, on blogs, recipe sites, shopping guides, forums and health pages (110 lines;
five found in the benchmark inputs left out). Recall 0.418 at ``91e9e54``, 0.464 when it
arrived; tuned on (see :mod:`cleanarticle.boilerplate_posts`)."""

HELD_4: dict[str, tuple[str, ...]] = {
    "en": (
        "Updated 14:32 GMT, 3 March 2024 | Published 09:15 GMT",
        "By Hannah Whitcombe, Senior Political Correspondent",
        "Photograph: Marcus Ellery/Redfern Press",
        "Subscribe now for just £1 a week — cancel anytime",
        "We use cookies to improve your experience. By continuing to browse, you agree to our "
        "use of cookies. Accept | Manage settings",
        "Comments (147) | Sort by: Newest",
        "Jump to Recipe · Print Recipe · Pin It",
        "Rated 4.6 out of 5 by 2,318 home cooks",
        "Was this article helpful? Yes / No",
        "Correction: An earlier version of this story misstated the date of the council hearing. "
        "It has been updated.",
        "Tags: Transport, London, Rail strikes",
        "You have 3 free articles remaining this month. Log in or subscribe to keep reading.",
        "Already a subscriber? Sign in",
        "Share on Facebook Share on X Share via Email Copy link",
        "0:00 / 2:47  Mute  Fullscreen",
        "© 2024 Harbourline Media Ltd. All rights reserved.",
        "BREAKING NEWS ▸ Live coverage continues below",
        "Pinned post · 11:42am",
        "Show 12 new updates",
        "Home > News > Local > Cornwall",
        "This post may contain affiliate links. As an Amazon Associate I earn from qualifying "
        "purchases.",
        "Reply · Like · 3h",
        "Previous article: The best budget air fryers of 2024",
        "Reading time: 6 min",
        "Image credit: Getty Images / iStockphoto",
        "Follow us on Instagram @thecopperpotkitchen",
        "Sponsored content from Brightwell Insurance",
        "Listen to this article · 7 min",
        "Text size: A A A",
    ),
    "de": (
        "Von Katharina Albrecht | Stand: 12.03.2024, 17:45 Uhr",
        "Foto: dpa/Bernd Weißbrod",
        "Artikel teilen: Facebook · X · WhatsApp · E-Mail",
        "Jetzt weiterlesen mit Plus – die ersten 4 Wochen für 0,99 €",
        "Sie sind bereits Abonnent? Hier anmelden",
        "Wir verwenden Cookies und ähnliche Technologien. Alle akzeptieren | Einstellungen | "
        "Ablehnen",
        "Kommentare (42) – Die Diskussion zu diesem Artikel ist geschlossen.",
        "Zum Rezept springen",
        "Drucken ⎙ Merken",
        "Lesezeit: ca. 4 Minuten",
        "Mehr zum Thema",
        "Startseite › Regional › Freiburg",
        "Dieser Artikel enthält Affiliate-Links. Bei einem Kauf erhalten wir eine Provision.",
        "Artikel wird nach der Anzeige fortgesetzt",
        "© Rheinland Mediengruppe GmbH 2024 – Alle Rechte vorbehalten",
        "Anmerkung der Redaktion: In einer früheren Fassung dieses Artikels war ein falsches "
        "Datum genannt. Wir haben den Fehler korrigiert.",
        "Liveticker aktualisieren",
        "Bewertung: 4,7 von 5 Sternen (312 Bewertungen)",
        "Melden | Antworten | 👍 12",
        "Hat Ihnen dieser Artikel gefallen? Ja / Nein",
    ),
    "fr": (
        "Par Claire Dumontel Publié le 04/02/2024 à 08h30, mis à jour à 11h12",
        "Article réservé aux abonnés",
        "Déjà abonné ? Se connecter",
        "Partager sur Facebook · Partager sur X · Envoyer par e-mail",
        "Photo : Julien Mercadier / AFP",
        "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter · Paramétrer "
        "· Continuer sans accepter",
        "Lire aussi : Réforme des retraites, ce qui change au 1er janvier",
        "Temps de lecture : 3 min",
        "Accueil > Société > Éducation",
        "Réagir (23 commentaires)",
        "Signaler un abus",
        "Imprimer la recette",
        "Note : 4,5/5 (86 avis)",
        "Cet article vous a-t-il été utile ?",
        "© Le Courrier de la Vienne – Tous droits réservés",
        "En direct — Actualiser",
        "Les plus lus",
        "Ajouter à mes favoris",
        "Contenu sponsorisé par Maisons Lemarchand",
        "Recevez chaque matin l'essentiel de l'actu : Je m'inscris",
    ),
    "es": (
        "Por Lucía Arrieta Madrid - 14 MAR 2024 - 10:42 CET",
        "Actualizado: 14/03/2024 12:05h",
        "Compartir en WhatsApp Compartir en Facebook Compartir en Twitter",
        "Foto: EFE / Ángel Domínguez",
        "Este contenido es exclusivo para suscriptores",
        "¿Ya eres suscriptor? Inicia sesión",
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Aceptar | "
        "Configurar | Rechazar",
        "Comentarios (31) · Normas de participación",
        "Te puede interesar",
        "Lo más leído",
        "Inicio » Recetas » Postres",
        "Tiempo de lectura: 5 min",
        "Valoración: 4,8 sobre 5 (204 votos)",
        "Saltar a la receta",
        "Denunciar comentario",
        "© Ediciones Costa Brava S.L. Todos los derechos reservados.",
        "Archivado en: Incendios forestales · Galicia · Medio ambiente",
        "¿Te ha resultado útil esta noticia? Sí No",
        "Directo | Pulsa para ver 4 nuevas entradas",
        "Contenido patrocinado",
    ),
    "it": (
        "di Giulia Ferraresi | 12 marzo 2024, 07:58",
        "Aggiornato alle 16:20",
        "Condividi su Facebook · WhatsApp · Twitter · Email",
        "Foto Ansa/Roberto Canevari",
        "Questo articolo è riservato agli abbonati",
        "Sei già abbonato? Accedi",
        "Questo sito utilizza cookie tecnici e di profilazione. Accetta tutti | Personalizza | "
        "Rifiuta",
        "Commenti (18) — Scrivi un commento",
        "Leggi anche: Bonus edilizi, cosa cambia dal 2025",
        "Tempo di lettura: 4 minuti",
        "Home › Cronaca › Milano",
        "Difficoltà: facile · Preparazione: 20 min · Cottura: 35 min · Dosi per: 4 persone",
        "Stampa la ricetta",
        "Valutazione media 4,3/5 – 97 voti",
        "Segnala un errore",
        "Riproduzione riservata ©",
        "I più letti",
        "Contenuto sponsorizzato",
        "Diretta – Aggiorna",
        "Rispondi · Mi piace · 2 g",
    ),
    "pt": (
        "Por Mariana Coutinho 12/03/2024 09h41 Atualizado há 2 horas",
        "Publicado em 5 de março de 2024 às 18:22",
        "Partilhar no Facebook | Partilhar no WhatsApp",
        "Foto: Ricardo Albuquerque/Agência Estado",
        "Conteúdo exclusivo para assinantes",
        "Já é assinante? Faça login",
        "Utilizamos cookies para melhorar a sua experiência. Ao continuar a navegar, concorda "
        "com a nossa Política de Privacidade. Aceitar",
        "Comentários (12) | Regras de utilização",
        "Leia também",
        "Tempo de leitura: 3 min",
        "Início > Receitas > Sobremesas",
        "Imprimir receita",
        "Avaliação: 4,9 (153 avaliações)",
        "Denunciar comentário",
        "© 2024 Grupo Horizonte Comunicação. Todos os direitos reservados.",
        "Mais lidas",
        "Esta notícia foi útil? Sim Não",
        "Ao vivo · Atualizar",
        "Responder · Curtir · 5 h",
        "Conteúdo patrocinado",
    ),
    "nl": (
        "Door Sanne de Vries · 12 maart 2024, 14:05 · Bijgewerkt 15:30",
        "Foto: ANP / Remko Hoogeveen",
        "Delen: WhatsApp · Facebook · LinkedIn · Kopieer link",
        "Dit artikel is exclusief voor abonnees",
        "Al abonnee? Log in",
        "Wij gebruiken cookies om de site goed te laten werken en om advertenties te "
        "personaliseren. Akkoord | Instellingen aanpassen",
        "Reacties (27) – Reageer op dit artikel",
        "Lees ook: Zo maak je je huis klaar voor de winter",
        "Leestijd: 4 minuten",
        "Home › Nieuws › Binnenland",
        "Direct naar het recept",
        "Recept printen",
        "Beoordeling: 4,5 van 5 (64 stemmen)",
        "Meld misbruik",
        "© 2024 Polderpers Media B.V. – Alle rechten voorbehouden",
        "Meest gelezen",
        "Was dit artikel nuttig? Ja / Nee",
        "Live – Nieuwe berichten laden",
        "Gesponsorde inhoud",
        "Luister naar dit artikel · 6 min",
    ),
}
"""Written in the fourteenth session, alongside ``TUNE_29``, by another separate session that
never read the classifier nor the other lists (149 lines; three that occur in the benchmark
inputs left out). Only ever measured (its misses are not printed): recall 0.785 at the
session's starting commit ``91e9e54``."""

TUNE_32: dict[str, tuple[str, ...]] = {
    "en": (
        "Copied! ✓",
        "Edit this page on GitHub",
        "Version: v4.2 (latest) ▾",
        "Was this page helpful? 👍 Yes 👎 No",
        "« Previous: Configuration | Next: Deployment »",
        "Last updated on Mar 14, 2024 by jdoe · 6 min read",
        "Download PDF | Cite this article | Request permissions",
        "Accesses 12k · Citations 37 · Altmetric 214",
        "View all 14 authors",
        "This content is only available via PDF.",
        (
            "Open Access This article is licensed under a Creative "
            "Commons Attribution 4.0 International License."
        ),
        "DOI: 10.1016/j.cell.2023.04.012",
        (
            "View original content to download multimedia: "
            "https://www.prnewswire.com/news-releases/acme-announces-q3-results-301954321.html"
        ),
        "SOURCE Acme Holdings, Inc.",
        "Media Contact: Jane Smith | press@example.com | +1 (555) 010-2345",
        "Investor Relations › SEC Filings › Annual Reports",
        "This is a new service – your feedback will help us to improve it.",
        "Page last reviewed: 12 January 2024 | Next review due: 12 January 2027",
        "Is this page useful? Yes No Report a problem with this page",
        "Cymraeg | English",
        "Select date & time · 2 tickets · £48.00 incl. fees",
        "0:00 / 42:17   1x   ⏪ 15   ⏩ 30",
        "Listen on Apple Podcasts · Spotify · Overcast · RSS",
        "Ep. 142 · 58 min · Mar 3",
        "Free cancellation until 23:59 on 18 Aug",
        "8.7 Excellent · 2,341 reviews",
        "Show on map",
        "Auto-refresh ON ↻",
        "Contact agent",
        "Save job ☆ · Posted 3 days ago · Over 200 applicants",
    ),
    "de": (
        "Code kopieren",
        "Diese Seite auf GitHub bearbeiten",
        "War diese Seite hilfreich? Ja | Nein",
        "Zitieren · PDF herunterladen · Rechte und Berechtigungen",
        "Alle Autorinnen und Autoren anzeigen",
        "Original-Content von: Stadtwerke Musterstadt GmbH, übermittelt durch news aktuell",
        "Pressekontakt: Unternehmenskommunikation | Tel. +49 89 123456-0 | presse@beispiel.de",
        "Seite zuletzt geändert: 07.02.2024",
        "Leichte Sprache | Gebärdensprache | Barrierefreiheit melden",
        "Tickets ab 39,90 € zzgl. Gebühren",
        "Jetzt anhören: Spotify · Apple Podcasts · Deezer",
        "Kostenlose Stornierung bis 2 Tage vor Anreise",
        "Ticker aktualisieren ⟳",
        "Exposé anfordern",
    ),
    "fr": (
        "Copier le code",
        "Modifier cette page",
        "Cette page vous a-t-elle été utile ?",
        "Télécharger le PDF · Citer · Partager",
        "Voir tous les auteurs (12)",
        "Contact presse : service.presse@exemple.fr – 01 23 45 67 89",
        "Espace investisseurs › Communiqués financiers",
        (
            "Vérifié le 01 janvier 2024 - Direction de l'information "
            "légale et administrative (Premier ministre)"
        ),
        "Actualiser le direct ⟳",
        "Annulation gratuite · Paiement sur place",
        "Très bien 8,4 · 1 203 avis",
        "Écouter plus tard",
        "Contacter l'agence",
        "Publiée il y a 5 jours · CDI · Temps plein",
    ),
    "es": (
        "Copiar al portapapeles",
        "¿Te ha resultado útil esta página? Sí / No",
        "Editar en GitHub",
        "Descargar PDF | Cómo citar | Métricas",
        "Ver todos los autores",
        "Contacto de prensa: comunicacion@ejemplo.es · +34 91 000 00 00",
        "Sede electrónica | Cita previa | Accesibilidad",
        "Última actualización: 14/02/2024",
        "Entradas agotadas",
        "Escúchalo en Spotify, iVoox y Apple Podcasts",
        "Cancelación gratuita · Sin pago por adelantado",
        "Actualizar directo 🔄",
        "Contactar con el anunciante",
        "Publicada hace 2 días · 34 inscritos",
    ),
    "it": (
        "Copia codice",
        "Questa pagina ti è stata utile?",
        "Scarica PDF · Cita · Condividi",
        "Mostra tutti gli autori",
        "Ufficio stampa: ufficiostampa@esempio.it | Tel. +39 02 1234567",
        "Ultimo aggiornamento: 05/03/2024",
        "Entra con SPID / CIE",
        "Acquista biglietti › Settore Tribuna Est",
        "Ascolta su Spreaker · Spotify · Apple Podcasts",
        "Cancellazione gratuita · Nessun pagamento anticipato",
        "Aggiorna la diretta",
        "Classifica completa »",
        "Contatta l'inserzionista",
        "Annuncio pubblicato 3 giorni fa · Salva offerta ♡",
    ),
    "pt": (
        "Copiar código",
        "Editar esta página",
        "Esta página foi útil? Sim Não",
        "Baixar PDF | Citar | Métricas do artigo",
        "Ver todos os autores",
        "Informações para imprensa: imprensa@exemplo.com.br",
        "Relações com Investidores › Central de Resultados",
        "Acessibilidade | Alto contraste | VLibras",
        "Ouça no Spotify · Deezer · Apple Podcasts",
        "Cancelamento grátis · Pague no hotel",
        "Atualizar lance a lance",
        "Falar com o corretor",
        "Candidatura simplificada · Publicada há 4 dias",
        "Ingressos a partir de R$ 80,00 + taxa de serviço",
    ),
    "nl": (
        "Code kopiëren",
        "Deze pagina bewerken",
        "Was deze informatie nuttig? Ja / Nee",
        "Download PDF · Citeer · Deel",
        "Toon alle auteurs",
        "Noot voor de redactie, niet voor publicatie:",
        "Perscontact: woordvoering@voorbeeld.nl | 06 12345678",
        "Laatst gecontroleerd op 3 januari 2024",
        "Inloggen met DigiD",
        "Tickets vanaf € 27,50 (excl. servicekosten)",
        "Beluister via Spotify | Apple Podcasts | NPO Luister",
        "Gratis annuleren · Betaal ter plaatse",
        "Liveblog verversen",
        "Bezichtiging aanvragen",
    ),
}
"""Written in the fifteenth session by a separate session that never read the classifier nor
the other lists (114 lines: documentation, science, press-release, public-service, ticketing,
travel, player, live and listing pages). Tuned on: recall 0.421 at the session's commit
``b607043``."""

HELD: dict[str, tuple[str, ...]] = {
    "en": (
        "Save for later",
        "Play audio",
        "Font size",
        "Print this story",
        "Post to LinkedIn",
        "Link copied to clipboard",
        "13-minute read",
        "Picture: Supplied",
        "Courtesy of the artist",
        "Get our weekly roundup in your inbox",
        "Never miss an update",
        "Cookie choices",
        "Register to continue reading",
        "Subscriber-only content",
        "Get the app",
        "Show 56 comments",
        "Join the debate",
        "Home / Politics / Elections",
        "More on: Elections",
        "Mon 10 Jun 2024 07.00 BST",
        "June 4, 2024 at 2:15 p.m. EDT",
        "Previous story",
        "Play video",
        "Video duration 02:14",
        "View all stories",
        "Editor's pick",
        "Report a correction",
        "Make a donation",
        "Become a member",
        "Terms of Service | Privacy Notice | Accessibility",
    ),
    "de": (
        "Artikel merken",
        "Link kopiert",
        "Bild: picture alliance / Sven Hoppe",
        "Newsletter abonnieren",
        "12 Kommentare",
        "Aktualisiert am 3. Mai 2024",
        "Mehr zum Thema",
        "Per E-Mail versenden",
        "Cookie-Einstellungen",
        "Jetzt im App Store laden",
        "Zum Hauptinhalt springen",
        "Seite drucken",
    ),
    "fr": (
        "Écouter cet article",
        "Photo : AFP",
        "S'abonner à la newsletter",
        "Se connecter",
        "Envoyer par e-mail",
        "Réagir",
        "Publié le 12 mars 2024 à 10h15",
        "Gérer les cookies",
        "Télécharger l'application",
        "Ajouter à mes favoris",
        "Lire la suite",
    ),
    "es": (
        "Escuchar noticia",
        "Fotografía: Juan Pérez",
        "Suscríbete al boletín",
        "Crear cuenta",
        "Enviar por correo",
        "Ver comentarios",
        "Publicado: 4 de junio de 2024",
        "Configurar cookies",
        "Contenido exclusivo para suscriptores",
        "Ir al contenido",
        "Síguenos en Instagram",
    ),
    "it": (
        "Salva per dopo",
        "Foto: Ansa",
        "Accedi",
        "Condividi su WhatsApp",
        "Copia link",
        "18 commenti",
        "Aggiornato il 12 marzo 2024 alle 10:15",
        "Gestisci i cookie",
        "Scarica l'app",
        "Vai al contenuto",
        "Torna su",
        "Stampa articolo",
    ),
    "pt": (
        "Guardar para ler depois",
        "Crédito: Agência Brasil",
        "Assine a newsletter",
        "Criar conta",
        "Enviar por e-mail",
        "Ver comentários",
        "Publicado em 4 de junho de 2024",
        "Gerenciar cookies",
        "Baixe o app",
        "Ir para o conteúdo",
        "Siga-nos no Instagram",
    ),
    "nl": (
        "Lees later",
        "Beeld: Getty",
        "Inloggen",
        "Mail dit artikel",
        "Kopieer link",
        "Bijgewerkt op 12 maart 2024 om 10:15",
        "Cookie-instellingen",
        "Download de app",
        "Alleen voor abonnees",
        "Ga naar de inhoud",
        "Volg ons op Facebook",
        "Meer nieuws",
    ),
}

FRESH: dict[str, tuple[str, ...]] = {
    "en": (
        "Save to reading list",
        "Share via text message",
        "Print page",
        "Text-only version",
        "Photo: Courtesy of the family",
        "Image credit: Getty Images/iStockphoto",
        "3-minute read",
        "Posted 45 minutes ago",
        "Tuesday 4 June 2024 09.30 BST",
        "Sign up for our weekend newsletter",
        "Get the latest updates by email",
        "Manage your cookie choices",
        "Reject non-essential cookies",
        "Log in to your account",
        "Create your free account to continue",
        "Get the news app",
        "Available on iOS and Android",
        "View 42 comments",
        "Add a comment",
        "Home / World / Asia",
        "Tags: budget, council, swimming",
        "Read full story",
        "Next: The five biggest changes",
        "Skip ad",
        "Subscribe for full access",
        "Already registered? Sign in",
        "Back to all news",
    ),
    "de": (
        "Artikel zum Anhören",
        "Per Mail teilen",
        "Foto: privat",
        "Jetzt Newsletter abonnieren",
        "Cookie-Einstellungen ändern",
        "Zum Login",
        "14 Kommentare anzeigen",
        "Startseite > Sport > Fußball",
        "Lesezeit 5 Minuten",
        "Veröffentlicht: 4. Juni 2024, 09:30 Uhr",
    ),
    "fr": (
        "Écouter la version audio",
        "Partager par SMS",
        "Photo : DR",
        "S'inscrire à la newsletter",
        "Refuser les cookies",
        "Se connecter à mon compte",
        "Afficher les 18 commentaires",
        "Accueil > Sports > Football",
        "Lecture 4 min",
        "Publié le 4 juin 2024 à 9h30",
    ),
    "es": (
        "Escuchar versión en audio",
        "Compartir por SMS",
        "Foto: Cedida",
        "Apúntate a la newsletter",
        "Rechazar cookies",
        "Acceder a mi cuenta",
        "Ver los 18 comentarios",
        "Portada > Deportes > Fútbol",
        "Lectura de 4 min",
        "Publicado el 4 de junio de 2024 a las 9:30",
    ),
    "it": (
        "Ascolta la versione audio",
        "Condividi via SMS",
        "Foto: per gentile concessione",
        "Iscriviti alla nostra newsletter",
        "Rifiuta i cookie",
        "Accedi al tuo account",
        "Mostra i 18 commenti",
        "Home > Sport > Calcio",
        "Lettura di 4 minuti",
        "Pubblicato il 4 giugno 2024 alle 9:30",
    ),
    "pt": (
        "Ouvir a versão em áudio",
        "Partilhar por SMS",
        "Foto: Divulgação",
        "Subscreva a nossa newsletter",
        "Rejeitar cookies",
        "Aceder à minha conta",
        "Ver os 18 comentários",
        "Início > Desporto > Futebol",
        "Leitura de 4 min",
        "Publicado a 4 de junho de 2024 às 9h30",
    ),
    "nl": (
        "Luister naar de audioversie",
        "Deel via sms",
        "Foto: eigen foto",
        "Meld je aan voor onze nieuwsbrief",
        "Cookies weigeren",
        "Log in op je account",
        "Toon 18 reacties",
        "Home > Sport > Voetbal",
        "Leestijd 4 minuten",
        "Gepubliceerd op 4 juni 2024 om 9.30 uur",
    ),
}
"""Written after the last change and measured once, never tuned on: recall 0.839 (main at the
start of the branch: 0.828), keep rate 0.997."""

TUNE_33: dict[str, tuple[str, ...]] = {
    "en": (
        "Reading mode",
        "This audio is auto-generated. Please let us know if you have feedback.",
        "Print Friendly, PDF & Email",
        "🔊 Listen to this story",
        "Share on X (formerly Twitter)",
        "Shares 348",
        "Share this article via Telegram",
        "Click to share on Threads (Opens in new window)",
        "Opens in new window",
        "Manage my cookies",
        "Allow and continue",
        "Save & exit",
        "Privacy & cookie policy",
        "Object to legitimate interest",
        "Consent to all",
        "Cookie Settings ⚙",
        "Sign up to First Edition, our free daily newsletter – every weekday morning at 7am BST",
        "Subscribe for $1/week",
        "GET IT ON Google Play",
        "Create a free account to continue reading",
        "Sign up for our Morning Briefing newsletter",
        (
            "By clicking Sign Up, you confirm that you have read and agree to our Terms of "
            "Use and Privacy Policy."
        ),
        "Not now",
        "This article is for subscribers only",
        "Cancel anytime.",
        "📩 Get the Evening Standard newsletter",
        "(AP Photo/Evan Vucci)",
        "REUTERS/Kevin Lamarque",
        "File photo",
        "Credit: Shutterstock",
        "Image: Supplied",
        "(Photo by Win McNamee/Getty Images)",
        "© Provided by The Independent",
        "EPA-EFE/OLIVIER HOSLET",
        "Handout via Reuters",
        "Image 1 of 12",
        "ABC News: Brendan Esposito",
        "Image copyright PA Media",
        "First published on Wed 11 Jun 2025 09.41 BST",
        "Published 8 minutes ago",
        "June 4, 2025 at 6:02 a.m. EDT",
        "By Sarah Johnson | May 28, 2025",
        "Reading time: 7 minutes",
        "Last updated: 17 hours ago",
        "12 min read · 2 days ago",
        "Mon 9 Jun 2025 // 14:30 UTC",
        "Published June 1, 2025 5:00am EDT | Updated June 1, 2025 9:12am EDT",
        "By Tom Burridge, BBC News",
        "Home › News › World",
        "Your browser does not support the video tag.",
        "Video unavailable",
        "📌 Pinned post",
        "Comments (47)",
        "Corrections policy",
    ),
    "de": (
        "Artikel anhören • 5 Min",
        "Foto: dpa/Kay Nietfeld",
        "Bild: picture alliance / dpa",
        "Lesezeit: 4 Min.",
        "Kommentare (23)",
    ),
    "fr": (
        (
            "Avec nos partenaires, nous traitons vos données pour les finalités suivantes : "
            "mesure d'audience, publicité personnalisée et contenus personnalisés."
        ),
        "Publié le 4 juin 2025 à 18h12, modifié le 5 juin 2025 à 07h30",
        "Publicité",
    ),
    "es": (
        "Escuchar artículo",
        "Aceptar y cerrar",
        "Foto: EFE / Chema Moya",
        "Actualizado: 06/06/2025 11:45 h CEST",
        "Publicidad",
    ),
    "it": (
        "Rifiuta e chiudi",
        (
            "Questo sito utilizza cookie tecnici e di profilazione, anche di terze parti. "
            "Cliccando su Accetta acconsenti all'uso dei cookie."
        ),
        "Abbonati a 1€ al mese",
        "Aggiornato alle 16:42",
    ),
    "pt": (
        "Compartilhe no WhatsApp",
        "Gerir preferências",
        (
            "Usamos cookies para melhorar sua experiência. Ao continuar navegando, você "
            "concorda com a nossa Política de Privacidade."
        ),
        "Foto: Marcelo Camargo/Agência Brasil",
        "Atualizado há 2 horas",
    ),
    "nl": (
        "Link kopiëren",
        "Beeld Getty Images",
    ),
}
"""News-site furniture of every kind the splice set's UI lines come from (toolbars, share bars,
cookie dialogs, sign-up prompts, picture credits, timestamps), written without reading the
rules; lines already in the lists above or in the benchmark data left out. Tuned on: recall
0.795 at the start (main ``8e55022``), 0.974 after the credit, timestamp, consent, player and
emoji changes."""


HELD_5: dict[str, tuple[str, ...]] = {
    "en": (
        "Listen to this article · 6 min",
        "Add to myFT",
        "Bookmark this story",
        "Listen · 7:38 min",
        "Voiced by Amazon Polly",
        "Share gift link (10 remaining)",
        "Share this story, choose your platform!",
        "Copied to clipboard",
        "Share full article",
        "Share → Facebook · X · LinkedIn · Email",
        "Share via Messenger",
        "Share this page on Reddit",
        (
            "We use cookies to give you the best online experience. By continuing to browse, "
            "you agree to our use of cookies."
        ),
        "Reject non-essential",
        "Agree and close",
        (
            "We and our 847 partners store and/or access information on a device, such as "
            "cookies, and process personal data."
        ),
        (
            "This content is provided by YouTube, which may be using cookies and other "
            "technologies. To show you this content, we need your permission to use cookies."
        ),
        "Necessary only",
        "View vendor list",
        "Allow social media cookies to view this tweet",
        (
            "Privacy Notice: Newsletters may contain info about charities, online ads, and "
            "content funded by outside parties."
        ),
        "You've read 3 of 5 free articles this month",
        "Limited time offer: Get 50% off your first year",
        "Register to continue",
        "Want more? Get our newsletter delivered to your inbox.",
        "Read the full story in our app",
        "Photograph: Christopher Thomond/The Guardian",
        "Image caption,",
        "Getty Images/iStockphoto",
        "Credit...Doug Mills/The New York Times",
        "Photo by Chip Somodevilla/Getty Images",
        "Photo illustration: Vox; Getty Images",
        "Courtesy of the family",
        "Photo: Sarah Silbiger for The Washington Post",
        "Photo credit should read JOHN MACDOUGALL/AFP via Getty Images",
        "Last modified on Thu 12 Jun 2025 17.20 BST",
        "Updated 3:47 PM EDT, Mon June 9, 2025",
        "Posted Tue 10 Jun 2025 at 5:31am",
        "Updated: 14:22, 3 June 2025",
        "Fri, May 30, 2025, 11:15 AM",
        "WASHINGTON (AP) —",
        "Jun 2, 2025, 10:04 PM ET",
        "Story by Jane Doe • 3d",
        "Updated 1 hr ago",
        "Article continues after this advertisement",
        "Tags: Economy, Inflation, Bank of England",
        "Spotted an error? Let us know.",
        "Skip Ad",
        "0:00 / 2:45",
        "View 3 new posts",
        "189 comments",
        "Edition: UK",
        "Key events",
    ),
    "de": (
        "Per E-Mail teilen",
        (
            "Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales "
            "Nutzungserlebnis zu bieten."
        ),
        "Jetzt 4 Wochen gratis testen",
        "Aktualisiert am 12.06.2025, 14:37 Uhr",
    ),
    "fr": (
        "Continuer sans accepter",
        "Abonnez-vous à notre newsletter",
        "Photo : AFP / Ludovic Marin",
        "© Thomas Samson / AFP",
        "Temps de lecture : 2 min",
    ),
    "es": (
        (
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si "
            "continúa navegando, consideramos que acepta su uso."
        ),
        "Europa Press",
        "Madrid - 03 jun 2025 - 07:15 CEST",
    ),
    "it": ("(foto LaPresse)",),
    "pt": (
        "Ouvir este artigo",
        "Imagem: Reprodução/Instagram",
        "Publicado em 04/06/2025 - 14h23",
    ),
    "nl": (
        "Lees voor",
        "Instellingen aanpassen",
        (
            "Wij gebruiken cookies en vergelijkbare technieken om je de beste ervaring te "
            "bieden en om advertenties af te stemmen op je interesses."
        ),
        "Foto: ANP / Robin van Lonkhuijsen",
        "Gepubliceerd: 5 juni 2025 08:14 · Bijgewerkt: 09:30",
    ),
}
"""Written with TUNE_33, from the same pool, and only ever measured: recall 0.703 at the start
(main ``8e55022``), 0.716 after the changes tuned on TUNE_33; keep rate 1.000."""

TUNE_34: dict[str, tuple[str, ...]] = {
    "en": (
        "Jump to recipe · Print recipe",
        "Photograph: Marta Kellings/Driftline Images",
        "This page was last reviewed on 12 March 2024",
        "Did you find what you were looking for? Yes / No",
        "Edit this page on GitHub · Last updated 4 days ago",
        "Home › Visit › Exhibitions › Past exhibitions",
        "Filed under: Transport, Budget 2024, Westmoor Council",
        "Tickets from £12.50 · Add to calendar",
        "Save this search and get email alerts for new homes",
        "Easy apply · Posted 3 days ago · 48 applicants",
        "▶ 0:00 / 42:17  1x  Download episode",
        "Pinned by moderator · Thread starter glenfinnan_92",
        "Quote  Reply  Report post",
        "We may earn a commission when you buy through links on this page.",
        "Spotted a mistake? Let our corrections team know",
        "Check price at Ridgeway Outdoor →",
        "Auto-refresh on · Newest first",
        "Text size: A A A | High contrast",
    ),
    "de": (
        "Artikel merken · Vorlesen lassen",
        "Foto: Jens Haberland / Nordblick Presse",
        "Lesezeit ca. 6 Minuten",
        "Leichte Sprache · Gebärdensprache · Schrift vergrößern",
        "Sie sind hier: Startseite › Bürgerservice › Abfallkalender",
        "Zuletzt aktualisiert am 03.05.2024, 14:22 Uhr",
        "Jetzt mit Plus weiterlesen – im ersten Monat für 0,99 €",
        "Kommentare (37) · Diskussion wird um 22 Uhr geschlossen",
        "Wir erhalten bei einem Kauf über diese Links eine Provision.",
        "Exposé anfordern · Merkzettel",
        "Jetzt bewerben · Vollzeit · unbefristet",
        "Beitrag melden  Zitieren  Antworten",
        "Haben Sie einen Fehler entdeckt? Schreiben Sie uns.",
    ),
    "fr": (
        "Crédit photo : Lucie Armand / Agence Vallon",
        "Publié le 14/02/2024 à 07h12 · Mis à jour le 14/02/2024 à 11h45",
        "Vous êtes ici : Accueil > Démarches > Carte grise",
        "Cet article vous a-t-il été utile ? Oui Non",
        "Réagir (12)",
        "Ajouter à mes favoris · Télécharger la fiche recette",
        "Voir le numéro · Contacter l'agence",
        "Postuler en un clic · CDI · Lyon (69)",
        "Écouter l'épisode · 38 min · Épisode 112",
        "Les offres mentionnées peuvent générer une commission pour notre site.",
    ),
    "es": (
        "Foto: Carmen Ibarzábal | Agencia Ríoclaro",
        "Actualizado el 22 de abril de 2024 a las 09:41 h.",
        "Inicio / Trámites / Empadronamiento",
        "¿Te ha resultado útil esta información?",
        "Comentarios (58) · Normas de participación",
        "Contenido exclusivo para suscriptores. Hazte socio desde 1 € el primer mes",
        "Minuto a minuto · Última actualización hace 2 minutos",
        "Inscribirme en esta oferta · Jornada completa · Teletrabajo",
        "Contactar con el anunciante · Guardar en favoritos",
        "Comprar en Tiendalia por 34,99 €",
        "Este sitio usa cookies propias y de terceros. Configurar | Rechazar",
    ),
    "it": (
        "Foto: Giacomo Rinaldi / Agenzia Lucerna",
        "Ultimo aggiornamento: 18 marzo 2024, ore 16:05",
        "Sei in: Home › Servizi › Anagrafe",
        "Commenta · 24 commenti",
        "Contatta l'inserzionista · Richiedi visita",
        "Candidati ora · Tempo pieno · Milano (MI)",
        "Contenuto riservato agli abbonati. Sei già abbonato? Accedi",
        "Diretta · Aggiorna la pagina",
        "Se acquisti tramite i nostri link potremmo ricevere una commissione",
    ),
    "pt": (
        "Foto: Rui Valadares / Agência Marés",
        "Atualizado em 09/04/2024 às 18h32",
        "Você está aqui: Início > Serviços > Segunda via do IPTU",
        "Esta informação foi útil? Sim Não",
        "Ouvir matéria",
        "Conteúdo exclusivo para assinantes. Já é assinante? Entre",
        "Ver telefone · Agendar visita",
        "Candidatar-me · Híbrido · Porto",
        "Responder · Denunciar · 3 curtidas",
        "Comprar na Loja Vitrine por R$ 129,90",
        "Encontrou um erro? Avise a redação",
        "Receba as notícias no WhatsApp",
    ),
    "nl": (
        "Beeld: Sander Veldkamp / Polderpers",
        "Bijgewerkt op 7 juni 2024 om 10:18",
        "U bent hier: Home › Afval › Grofvuil ophalen",
        "Was deze informatie nuttig? Ja Nee",
        "Dit artikel is alleen voor abonnees. Al abonnee? Log in",
        "Plan een bezichtiging · Bewaar woning",
        "Direct solliciteren · 32-40 uur · Utrecht",
        "Reageer op dit bericht · 19 reacties",
        "Bekijk prijs bij Huiskado.nl",
        "Liveblog · Nieuwste berichten bovenaan",
        "Zie je een fout? Mail de redactie",
    ),
}
"""Written in the twentieth session by a separate session that read neither the classifier nor
the lists above, on recipe blogs, local papers, government, museum and council pages, software
docs, real-estate and job listings, podcast players, forums, live blogs and buying guides
(lines already in the lists or in the benchmark data left out, and the recipe cards' lines of
times, servings and difficulty, which the extraction golds keep as part of recipes). Recall
0.774 before tuning (main ``3f16191``), 0.881 after; tuned on: affiliate notes and error
prompts in more wordings, shop buttons with a price, episode buttons, refresh buttons, a
read-on offer, the Portuguese word for likes. ``HELD_4`` went from 0.826 to 0.839 with these
changes (measured only)."""


TUNE_35: dict[str, tuple[str, ...]] = {
    "en": (
        "Download PDF (2.4 MB)",
        "Received: 12 March 2021 · Accepted: 4 August 2021 · Published: 19 September 2021",
        "Metrics · Altmetric 87 · 14 citations",
        "Open in viewer",
        "asked 3 years, 2 months ago",
        "Improve this answer · Follow",
        "Forward to a friend",
        "A post shared by Marta Quinn (@martaquinn.studio)",
        "Loading tweet…",
        "Get directions › Open in Google Maps",
        "Add to calendar ▾",
        "FT · Match report | Line-ups | Stats | Standings",
        "Was this page helpful? 👍 👎",
        "Add to wishlist ♡ · Compare",
        "1 / 12 · Close gallery ✕",
    ),
    "de": (
        "Eingegangen: 3. Mai 2022 | Angenommen: 17. Oktober 2022",
        "gefragt vor 4 Jahren",
        "Diese Antwort verbessern",
        "Wird diese E-Mail nicht richtig angezeigt? Im Browser ansehen",
        "Newsletter-Einstellungen ändern | Abmelden",
        "Beitrag auf Instagram ansehen",
        "Route planen · In Google Maps öffnen",
        "Liveticker · Aufstellungen · Statistik · Tabelle",
        "Jetzt spenden – 100 % steuerlich absetzbar",
        "Kostenloser Versand ab 29 € Bestellwert",
        "Bild 4 von 15 – Vergrößern",
    ),
    "fr": (
        "Reçu le 14 janvier 2020 – Accepté le 2 juin 2020",
        "Ajouter un commentaire",
        "posée il y a 2 ans",
        "Afficher cet e-mail dans votre navigateur",
        "Transférer à un ami",
        "Voir cette publication sur Instagram",
        "Itinéraire",
        "Ajouter à mon agenda",
        "Score final · Résumé · Compositions · Classement",
        "Où regarder ? Disponible sur Canal+",
        "En stock – Livraison offerte dès 49 €",
        "Fermer la galerie ×",
    ),
    "es": (
        "Cómo citar este artículo",
        "Descargar PDF",
        "Recibido: 5 de febrero de 2019; Aceptado: 30 de abril de 2019",
        "preguntada hace 5 años",
        "Mejorar esta respuesta",
        "Ver este correo en el navegador",
        "Actualiza tus preferencias | Darse de baja",
        "Ver esta publicación en Instagram",
        "Cómo llegar",
        "Abrir en Google Maps",
        "Finalizado · Crónica · Alineaciones · Clasificación",
        "Añadir a favoritos ♡",
    ),
    "it": (
        "Ricevuto: 9 settembre 2021 – Accettato: 11 gennaio 2022",
        "Visualizza questa email nel browser",
        "Inoltra a un amico",
        "Visualizza questo post su Instagram",
        "Un post condiviso da Giulia Ferretti (@giuliaferretti_)",
        "Indicazioni stradali",
        "Biglietti esauriti",
        "Risultati in diretta · Classifica · Calendario",
        "Modifica questa pagina su GitHub",
        "Aggiungi alla lista dei desideri",
        "Immagine 2 di 9 · Chiudi galleria",
    ),
    "pt": (
        "Como citar este artigo",
        "Baixar PDF",
        "Recebido em 12/03/2020 · Aceito em 28/07/2020",
        "perguntada há 3 anos",
        "Adicionar um comentário",
        "Ver este e-mail no navegador",
        "Ver esta publicação no Instagram",
        "Como chegar",
        "Adicionar à agenda",
        "Encerrado | Ficha do jogo | Classificação",
        "Onde assistir: disponível na Netflix",
        "Frete grátis acima de R$ 199",
    ),
    "nl": (
        "Ontvangen: 2 april 2023 | Geaccepteerd: 19 juni 2023",
        "Wijzig je voorkeuren of meld je af",
        "Bekijk dit bericht op Instagram",
        "Route plannen",
        "Eindstand · Wedstrijdverslag · Opstellingen · Stand",
        "Waar te kijken? Beschikbaar op Videoland",
        "Was deze pagina nuttig? Ja / Nee",
        "Op voorraad – vandaag besteld, morgen in huis",
        "Foto 5 / 18 · Sluiten",
    ),
}
"""Written in the twentieth session, like ``TUNE_34``, by another separate session that read
neither the classifier nor the lists, on journal and preprint pages, question-and-answer sites,
newsletters archived on the web, social embeds, maps, events, sports, streaming guides,
charities, documentation, shops' blogs and picture galleries (lines already in the lists or in
the benchmark data left out). Recall 0.524 before tuning (main ``da87df3``; with the topic stage
on, an unknown stock label took the paragraph under it), 0.939 after; tuned on: a paper's
history, a question's age, answer, map, calendar and stock buttons, a streaming guide's
widget, an archived newsletter's chrome. ``HELD_2`` went from 0.669 to 0.676 and ``HELD_3``
from 0.622 to 0.628 with these changes (measured only)."""


TUNE_36: dict[str, tuple[str, ...]] = {
    "en": (
        "Market data delayed by at least 15 minutes.",
        "+ Add to watchlist",
        "Medically reviewed by Dr. Hannah Okafor, MD — Updated March 4, 2024",
        "Check your symptoms ›",
        "Enrol now · 12 modules · Certificate included",
        "Start learning for free →",
        "Free cancellation | Best price guarantee",
        "8.7 Excellent · 1,204 guest reviews",
        "Swipe for more ›",
        "A version of this article appears in print on Jan. 12, 2024, Section B, Page 3.",
        "Switch to high contrast",
        "Read our corrections policy ›",
        "You've read 3 of 4 free articles this month. Subscribe for unlimited access.",
        "Submit a prayer request",
        "Got a story? Send us your photos and videos",
    ),
    "de": (
        "Kursdaten mit 15 Minuten Verzögerung",
        "Zur Watchlist hinzufügen",
        "Medizinisch geprüft von Dr. med. Katrin Vogel · Stand: 12.03.2024",
        "Jetzt einschreiben – 8 Module, ca. 6 Stunden",
        "Kostenlose Stornierung · Bestpreisgarantie",
        "Hervorragend 9,1 | 856 Bewertungen",
        "Brauchen Sie Hilfe? Schreiben Sie uns!",
        "Wie hilfreich war dieser Artikel?",
        "Zum Aufklappen tippen",
        "Dieser Artikel erschien in der Printausgabe vom 14. Februar 2024.",
        "Jetzt weiterlesen mit Plus – 1 Monat für 1 €",
        "Leserreporter: Schicken Sie uns Ihre Fotos!",
    ),
    "fr": (
        "Données de marché différées de 15 minutes",
        "Ajouter à ma liste de suivi",
        "Relu et validé par le Dr Claire Martin, médecin généraliste",
        "Prendre rendez-vous avec un médecin",
        "S'inscrire à la formation › 10 modules · 4 h 30",
        "Très bien 8,4 · 2 317 avis clients",
        "Besoin d'aide ? Discutez avec un conseiller",
        "Notez cet article : ★★★★★",
        "Balayez pour voir la suite",
        "Cet article est paru dans notre édition papier du 3 mars 2024.",
        "Police adaptée aux personnes dyslexiques",
    ),
    "es": (
        "Añadir a mi cartera",
        "Revisado médicamente por la Dra. Lucía Fernández",
        "Comprueba tus síntomas",
        "Inscríbete ya · 6 módulos · Certificado oficial",
        "Comprobar disponibilidad",
        "Mejor precio garantizado",
        "Fantástico 9,2 | 512 comentarios",
        "¿Necesitas ayuda? Chatea con nosotros",
        "¿Te ha resultado útil este artículo? Sí | No",
        "Este artículo apareció en la edición impresa del 5 de mayo de 2024",
        "Ver fe de errores ›",
        "¿Tienes una noticia? Envíanosla por WhatsApp",
    ),
    "it": (
        "Dati di mercato ritardati di 15 minuti",
        "☆ Segui il titolo",
        "Revisione medica a cura del dott. Marco Bellini",
        "Trova un medico",
        "Iscriviti ora – 14 lezioni · 3 ore di video",
        "Eccellente 8,9 · 1.045 recensioni",
        "Hai bisogno di aiuto? Scrivici in chat",
        "Come valuteresti questo articolo?",
        "Scorri per vedere di più",
        "Questo articolo è uscito nell'edizione cartacea del 9 aprile 2024",
        "Alto contrasto",
        "Invia un'intenzione di preghiera",
    ),
    "pt": (
        "Seguir ativo",
        "Revisado por Dra. Ana Beatriz Costa, médica clínica geral",
        "Verifique seus sintomas",
        "Matricule-se agora · 9 módulos · Certificado",
        "Excelente 9,0 | 1.388 avaliações",
        "Precisa de ajuda? Fale conosco",
        "Avalie este artigo ★★★★☆",
        "Toque para expandir",
        "Esta reportagem foi publicada na edição impressa de 12 de junho de 2024.",
        "Fonte para dislexia",
        "Compre o look",
    ),
    "nl": (
        "Toevoegen aan volglijst",
        "Medisch gecontroleerd door dr. Sanne de Vries, huisarts",
        "Vind een huisarts bij u in de buurt",
        "Schrijf je nu in › 7 modules · eigen tempo",
        "Gratis annuleren · Laagste prijs gegarandeerd",
        "Uitstekend 8,8 · 643 gastbeoordelingen",
        "Hulp nodig? Chat met ons",
        "Hoe beoordeel je dit artikel?",
        "Dit artikel verscheen ook in de krant van zaterdag 16 maart 2024.",
        "Tip de redactie: stuur je foto's in",
        "Doneer aan de parochie",
    ),
}
"""Written in the twentieth session, like ``TUNE_34``, by a third separate session that read
neither the classifier nor the lists, on financial news, health portals, course pages, travel
booking, help and chat widgets, feedback prompts, mobile and print-edition chrome,
accessibility toolbars, parish and local-news pages (lines already in the lists or in the
benchmark data left out). Recall 0.476 before tuning (main ``2e1edc5``; with the topic stage
on, two host paragraphs lost under unknown prompts), 0.833 after; tuned on: rating questions,
delayed market data in French and Italian, guest-review scores, course sign-ups, help widgets,
contrast and dyslexia-font switches, touch hints, requests for readers' photos and news,
donate buttons naming who receives."""

HELD_6: dict[str, tuple[str, ...]] = {
    "en": (
        "Share this article · Facebook · X · Email",
        "Photo: Daniel Okafor/Reuters",
        "Sign up for our free Morning Brief newsletter",
        "We use cookies to improve your experience. Accept all | Manage preferences",
        "You have 2 free articles left this month. Subscribe to keep reading.",
        "Home › Health › Nutrition",
        "Tags: climate, energy policy, wind power",
        "Published 14 March 2023, 09:41 GMT | Updated 2 hours ago",
        "Related: More from our investigations team",
        "▶ Play 0:00 / 3:27",
        "« Previous 1 2 3 … 12 Next »",
        "Your donation keeps independent journalism free for everyone. Give $5 today",
        "Add to calendar · Get directions",
        "Asked 3 years ago Modified 8 months ago Viewed 12k times",
        "Add to basket",
        "Text size A- A A+",
    ),
    "de": (
        "Artikel teilen: Facebook | WhatsApp | E-Mail",
        "Foto: dpa/Bernd Vogelsang",
        "Jetzt zum Newsletter anmelden – kostenlos und jederzeit abbestellbar",
        "Diese Website verwendet Cookies. Alle akzeptieren | Einstellungen",
        "Weiterlesen mit Z+ – jetzt 4 Wochen gratis testen",
        "Startseite › Politik › Ausland",
        "Stand: 12.09.2024, 17:32 Uhr",
        "Kommentare (37)",
        "In den Kalender eintragen",
        "Unterstützen Sie unabhängigen Journalismus – jetzt spenden",
    ),
    "fr": (
        "© Photo AFP / Julien Marchand",
        "Inscrivez-vous à notre newsletter quotidienne",
        "Ce site utilise des cookies. Tout accepter Paramétrer",
        "Publié le 3 février 2024 à 18h12, mis à jour à 20h05",
        "Article sponsorisé",
        "FR | EN | DE",
    ),
    "es": (
        "Lectura: 5 min",
        "Foto: EFE / Marta Villanueva",
        "Suscríbete a nuestro boletín y recibe las noticias cada mañana",
        "Utilizamos cookies propias y de terceros. Aceptar | Configurar",
        "Contenido exclusivo para suscriptores. Inicia sesión o suscríbete",
        "Inicio / Economía / Vivienda",
        "Actualizado: 21/05/2024 - 10:48 h",
        "Etiquetas: Madrid, vivienda, alquiler",
        "Imprimir",
        "Ver en el mapa",
    ),
    "it": (
        "Condividi su Facebook | Twitter | LinkedIn",
        "Tempo di lettura: 2 minuti",
        "(foto Ansa)",
        "Questo sito utilizza cookie tecnici e di profilazione. Accetta tutti Rifiuta",
        "Continua a leggere questo articolo: abbonati a 1€ al mese",
        "Home » Cronaca » Milano",
        "Ultimo aggiornamento: 15 giugno 2024, 08:20",
        "Pagina 1 di 4 Successiva »",
        "Scarica la nostra app gratuita",
    ),
    "pt": (
        "Compartilhe: Facebook Twitter WhatsApp",
        "Leitura: 4 min",
        "Foto: Rafael Mendes/Agência Brasil",
        "Este site usa cookies para melhorar sua experiência. Aceitar",
        "Para continuar lendo, assine o Jornal do Vale por R$ 1,90",
        "Início › Esportes › Futebol",
        "Publicado em 08/07/2024 às 14h35 · Atualizado há 3 horas",
        "Comentários (5)",
        "Ouvir este artigo ▶ 4:12",
        "Avalie esta matéria ★★★★☆",
    ),
    "nl": (
        "Leestijd 3 minuten",
        "Beeld: ANP / Sander Koning",
        "Wij gebruiken cookies. Akkoord | Instellingen aanpassen",
        "Word abonnee en lees verder – de eerste maand voor € 1",
        "Home / Nieuws / Binnenland",
        "Gepubliceerd: 22 april 2024, 11:05 · Laatst bijgewerkt: 12:30",
        "14 reacties",
        "Meer over: klimaat, Den Haag, energie",
        "Print deze pagina",
        "Vond je dit artikel nuttig? Ja Nee",
        "Steun ons werk: doneer nu",
    ),
}
"""Written in the twentieth session by a fourth separate session that read neither the
classifier nor the lists: a broad mix of every kind of furniture, at most three lines of a kind
per language (lines already in the lists or in the benchmark data left out, 72 of 104 kept).
Only ever measured (its misses are not printed): recall 0.903 with the rules of the session's
start (``bc4b10f``), 0.917 after the changes tuned on ``TUNE_34`` to ``TUNE_36``; keep rate
1.000."""

TUNE_37: dict[str, tuple[str, ...]] = {
    "en": (
        "Available until 14 March 2025 · 58 mins",
        "External content – this embed is hosted by a third party. Load it?",
        "Gift this article · 5 gifts left this month",
        "Listen to this article (AI voice) · 6 min",
        "Summary generated by AI. Check the full story for details.",
        "Show key points",
        "Results: 87% of votes counted",
        "Page 2 of 4",
        "Continue to page 3 →",
        "Content could not be loaded. Please try again.",
        "Send condolences | Light a candle | Share memorial",
        "Comments are pre-moderated and may take up to 24 hours to appear.",
        "Most shared  Most commented",
        "Opening hours › Closed today · Opens Mon 9:00",
        "Reveal answer · Check grid · Clear all",
        "LIVE · Updated 3 minutes ago",
        "Check your numbers ›",
    ),
    "de": (
        "Verfügbar bis 12.04.2025 · Video 43 Min.",
        "Externer Inhalt – Zum Laden des Inhalts klicken",
        "Lottozahlen vom Samstag · Alle Angaben ohne Gewähr",
        "Mit Werbung lesen oder Pur-Abo abschließen",
        "Artikel anhören · KI-Stimme · 4:32",
        "Zusammenfassung von KI erstellt",
        "Ausgezählte Wahlbezirke: 298 von 341",
        "Seite 2 von 3 · Nächste Seite »",
        "Bild 5 von 18",
        "Inhalt wird geladen …",
        "Kondolenz schreiben · Kerze anzünden",
        "Meistgelesen | Meistkommentiert",
    ),
    "fr": (
        "Disponible jusqu'au 30/06/2025 | 52 min",
        "Contenu externe : ce contenu est hébergé par un tiers. Voulez-vous l'afficher ?",
        "Accepter et continuer ou s'abonner sans publicité",
        "Écouter cet article (voix de synthèse)",
        "Résumé généré par IA",
        "Résultats : 87 % des bulletins dépouillés",
        "Page 2 sur 4 — Lire la suite ›",
        "Photo 4/15",
        "Impossible de charger le contenu.",
        "Déposer un message de condoléances",
        "Les plus partagés · Les plus commentés",
        "Horoscope du jour : Bélier ›",
    ),
    "es": (
        "Disponible hasta el 15 de mayo · 1 h 12 min",
        "Contenido externo. ¿Quieres cargarlo? Al hacerlo aceptas la política de privacidad de "
        "terceros.",
        "Regalar artículo",
        "Guardar para leer después",
        "Escuchar noticia · Voz generada por IA",
        "Escrutado: 92,4 %",
        "Página 1 de 3 · Siguiente »",
        "Ver galería (24 fotos)",
        "Cargando…",
        "Enviar pésame",
        "Lo más compartido | Lo más comentado",
        "Los comentarios que no respeten las normas de la comunidad serán eliminados.",
    ),
    "it": (
        "Disponibile fino al 20/07/2025",
        "Contenuto esterno: per visualizzarlo accetta i cookie di terze parti",
        "Accetta e continua oppure abbonati senza pubblicità",
        "Salva nella tua lista",
        "Ascolta l'articolo · voce sintetica",
        "Riassunto generato dall'intelligenza artificiale",
        "Sezioni scrutinate: 5.812 su 7.904",
        "Pagina 2 di 5 › Continua",
        "Foto 1 di 9",
        "Impossibile caricare il contenuto",
        "Scrivi un messaggio di cordoglio",
        "I più condivisi · I più commentati",
        "Estrazione del Lotto di oggi: verifica la tua giocata",
    ),
    "pt": (
        "Disponível até 31 de agosto | 47 min",
        "Conteúdo externo — clique para carregar",
        "Ouvir notícia (voz gerada por IA)",
        "Resumo gerado por IA · Ver pontos-chave",
        "Urnas apuradas: 87,3%",
        "Página 3 de 4",
        "Imagem 2 de 7",
        "A carregar…",
        "Deixe as suas condolências",
        "Mais partilhados | Mais comentados",
        "Agendar atendimento",
        "Comentários sujeitos a moderação. Leia as regras da comunidade.",
    ),
    "nl": (
        "Beschikbaar tot 1 juni 2025 · 28 min",
        "Externe inhoud – Wil je deze inhoud laden?",
        "Accepteer cookies of neem een abonnement zonder advertenties",
        "Cadeau geven: deel dit artikel gratis",
        "Lees voor (AI-stem)",
        "Samenvatting gegenereerd door AI",
        "Opkomst: 78,2% · 342 van 342 gemeenten geteld",
        "Pagina 2 van 3 · Volgende pagina ›",
        "Foto 6/11",
        "Er ging iets mis bij het laden. Probeer het later opnieuw.",
        "Condoleance plaatsen",
        "Meest gedeeld · Meest besproken",
        "Maak een afspraak bij de gemeente",
    ),
}
"""Written in the twentieth session, like ``TUNE_34``, by a fifth separate session that read
neither the classifier nor the lists, on broadcasters' players, consent walls for embeds,
reading tools, summaries written by language models, results widgets, obituary, municipal and
community pages, pagination and placeholders (lines already in the lists or in the benchmark
data left out). Recall 0.473 before tuning (main ``5c7918b``), 0.791 after; tuned on: embed
consent placeholders, summary labels, "available until" lines, condolence buttons, loading
placeholders and errors, pay-or-accept cookie walls. Election tallies ("Results: 87% of votes
counted") are left: an article says the same. ``HELD_2`` went from 0.676 to 0.682 (measured
only)."""

TUNE_38: dict[str, tuple[str, ...]] = {
    "en": (
        "Click here to win two VIP tickets to Glastonbury 2025",
        "Your horoscope for Tuesday: Scorpio, Leo and Aquarius in focus",
        "Weekend weather for the Scottish Highlands and Loch Lomond",
        "Property of the week: converted chapel near Hay-on-Wye, £495,000",
        "Play today's Quick Crossword and Sudoku from The Puzzler",
        "Subscribe to the Yorkshire Post for just £1 a week",
        "Premier League odds: Arsenal 11/10 to beat Chelsea at the Emirates",
        "Download the Evening Standard app for live Tube updates",
        "Tonight on BBC Two: Gardeners' World from Monty Don's Longmeadow",
        "Sponsored by Barclays: read more about Bristol start-ups funding growth",
        "Recipe of the day: Cornish pasties with swede and Cheddar",
        "Browse 1,200 jobs in Manchester on CareerHub today",
        "Listen now: The Rest Is Politics, episode 214 with Rory Stewart",
        "Have your say: Should the A303 Stonehenge tunnel go ahead?",
        "Sign up for our free Wimbledon newsletter before 30 June",
        "Share your memories in the Norfolk and Suffolk family notices",
    ),
    "de": (
        "Jetzt mitspielen: Zwei Karten für das Schottenhamel-Zelt auf der Wiesn",
        "Ihr Horoskop für Mittwoch: Widder, Stier und Zwillinge",
        "Wetter am Wochenende: Sonne und Föhn im Allgäu",
        "Stauticker A9: Zwölf Kilometer Stau zwischen Nürnberg und Ingolstadt",
        "Lotto am Samstag: Die aktuellen Gewinnzahlen und Quoten im Überblick",
        "Jetzt das E-Paper der Rheinischen Post herunterladen und testen",
        "Heute im ZDF: Der Bergdoktor vom Wilden Kaiser",
        "Anzeige: Wie die Stadtwerke München die Energiewende voranbringen",
        "Rezept des Tages: Schwäbische Maultaschen mit Kartoffelsalat",
        "Immobilie der Woche: Altbauwohnung in Leipzig-Gohlis für 289.000 Euro",
        "Hier klicken: 430 neue Stellen in Hamburg in Pflege und Logistik",
        "Jetzt abonnieren: Zeit Online vier Wochen für 1 Euro",
        "Hören Sie rein: Podcast „Sprechstunde Berlin“ mit Folge 87",
        "Ihre Meinung ist gefragt: Soll Köln das Rheinufer autofrei machen?",
        "Traueranzeigen und Nachrufe aus Freiburg und dem Breisgau",
        "Kurzurlaub an der Ostsee: Drei Nächte in Warnemünde ab 199 Euro",
    ),
    "fr": (
        "Gagnez deux places pour les Francofolies de La Rochelle",
        "Votre horoscope du jour : Bélier, Cancer et Sagittaire",
        "Météo du week-end : orages attendus sur les Cévennes et l'Ardèche",
        "Info trafic : bouchons sur le périphérique entre porte Maillot et Bercy",
        "Loto du vendredi 13 : 15 millions d'euros en jeu",
        "Téléchargez l'application Ouest-France pour suivre le Tour de France",
        "Ce soir sur France 2 : Fort Boyard avec Olivier Minne",
        "Contenu sponsorisé : comment Decathlon réinvente le vélo à Lille",
        "La recette du jour : tarte tatin aux pommes du Limousin",
        "Bien immobilier de la semaine : longère bretonne près de Quimper",
        "Abonnez-vous au Monde dès 1 € le premier mois",
        "Sondage : faut-il piétonniser le Vieux-Port de Marseille ?",
        "Écoutez notre podcast Code source, épisode spécial Roland-Garros",
        "Avis de décès et messes de souvenir en Haute-Savoie",
        "Inscrivez-vous au webinaire Bpifrance sur l'export en Afrique de l'Ouest",
        "Séjour à Biarritz : trois nuits en thalasso dès 299 €",
    ),
    "es": (
        "Haz clic y gana dos entradas para el Mad Cool Festival",
        "Tu horóscopo de hoy: Libra, Capricornio y Piscis",
        "El tiempo este fin de semana en la Costa Brava",
        "Tráfico: retenciones en la A-6 a la altura de Las Rozas",
        "Comprueba tu décimo de la Lotería de Navidad 2024",
        "Apuestas LaLiga: el Betis se paga a 2,10 ante el Sevilla",
        "Descarga la app de El Correo para el quiosco digital",
        "Esta noche en La 1: Cuéntame cómo pasó, capítulo final",
        "Contenido patrocinado por Iberdrola: placas solares en los tejados andaluces",
        "Receta del día: pulpo a la gallega con cachelos",
        "Piso de la semana: ático con terraza en Chamberí por 640.000 euros",
        "Suscríbete a La Vanguardia por 1 euro el primer mes",
        "Vuelve a escuchar el pódcast Hoy por Hoy Valencia",
        "Encuesta: ¿Debe Sevilla alargar la Feria de Abril un día más?",
        "Esquelas y necrológicas de Asturias publicadas hoy",
        "Ofertas de empleo en Zaragoza: 320 vacantes en logística",
    ),
    "it": (
        "Vinci due biglietti per il concerto di Vasco all'Arena di Verona",
        "Leggi l'oroscopo di oggi: Vergine, Bilancia e Acquario",
        "Meteo del weekend: maltempo in Liguria e sulle Dolomiti",
        "Estrazioni del Lotto e SuperEnalotto di giovedì 14 marzo",
        "Quote Serie A: Inter favorita a 1,75 contro la Juventus",
        "Scarica l'app del Corriere e sfoglia l'edizione digitale",
        "Stasera su Rai 1: Don Matteo girato a Spoleto",
        "Contenuto sponsorizzato: Enel e la mobilità elettrica a Torino",
        "La ricetta del giorno: risotto alla milanese con ossobuco",
        "Casa della settimana: trullo ristrutturato ad Alberobello, 380.000 euro",
        "Abbonati a Repubblica a 1 euro per tre mesi",
        "Quiz: quanto conosci la storia del Palio di Siena?",
        "Ascolta il podcast Morning con Francesco Costa, puntata 512",
        "Sondaggio: sei favorevole al ponte sullo Stretto di Messina?",
        "Necrologi e annunci funebri di Bergamo e provincia",
        "Offerte di viaggio: una settimana in Sardegna da 499 euro a persona",
    ),
    "pt": (
        "Habilite-se a ganhar bilhetes para o NOS Alive em Oeiras",
        "O seu horóscopo para sexta-feira: Touro, Virgem e Peixes",
        "Previsão do tempo para o fim de semana no Algarve",
        "Resultados do Euromilhões e do Totoloto desta terça-feira",
        "Odds da Liga Portugal: Benfica a 1,55 frente ao Sporting",
        "Descarregue a app do Público e leia o jornal offline",
        "Hoje na RTP1: especial Santos Populares em direto de Alfama",
        "Conteúdo patrocinado: como a Galp aposta no hidrogénio em Sines",
        "Partilhe a receita do dia: bacalhau à Brás com azeitonas de Elvas",
        "Imóvel da semana: moradia T3 com piscina em Cascais",
        "Assine o Expresso por 1 euro no primeiro mês",
        "Trânsito: fila na Ponte 25 de Abril no sentido Lisboa",
        "Ouça o podcast Café da Manhã, episódio 1.203",
        "Enquete: você é a favor do rodízio de carros em São Paulo?",
        "Necrologia: avisos de falecimento do distrito de Braga",
        "Vagas de emprego em Curitiba: 250 oportunidades no varejo",
    ),
    "nl": (
        "Win twee kaarten voor Pinkpop 2025 in Landgraaf",
        "Jouw horoscoop voor donderdag: Kreeft, Maagd en Schorpioen",
        "Weekendweer: zon en stevige wind aan de Zeeuwse kust",
        "Verkeersinfo: file op de A2 tussen Utrecht en Den Bosch",
        "Uitslagen Staatsloterij en Lotto van zaterdag 12 oktober",
        "Download de AD-app voor pushberichten uit Rotterdam en omgeving",
        "Vanavond op NPO 1: Boer zoekt Vrouw vanuit Drenthe",
        "Gesponsord door Rabobank: zo investeren Brabantse boeren in zonnepanelen",
        "Recept van de dag: boerenkoolstamppot met rookworst en jus",
        "Huis van de week: woonboerderij bij Giethoorn voor 695.000 euro",
        "Neem een abonnement op de Volkskrant: drie maanden voor 10 euro",
        "Luister naar De Stemming, de politieke podcast uit Den Haag",
        "Stelling van de dag: moet Amsterdam cruiseschepen helemaal weren?",
        "Rouwberichten uit Oost-Vlaanderen en het Waasland",
        "Vacatures in Eindhoven: 180 banen bij ASML-toeleveranciers",
        "Quiz: hoe goed ken jij de Elfstedentocht van 1997?",
    ),
}
"""Written in the twenty-first session by a separate session that read neither the classifier
nor the lists: furniture shaped like a news headline (horoscopes, recipes and properties of the
day, weather and traffic boxes, lottery and odds widgets, TV tonight, podcast, app and
subscription promotions, polls, job and notice boards), 16 lines per language. A check of the
topic stage more than of the line rules (topic off, recall 0.098): a line of it in the
article stands over the paragraph worded unlike the rest, and must not take it for a teaser's.
With the topic stage on, at the session's start (``e5842e6``): recall 0.420, 10 of the 37
copies lost that paragraph (keep 0.980); after the widget-voice change, recall 0.429, 1 lost
(keep 0.998)."""

TUNE_39: dict[str, tuple[str, ...]] = {
    "en": (
        "Save Comment Gift article Print Font size",
        "Listen 7 min Share Save Translate",
        "share on x share on facebook share via email",
        "Copy link Link copied! Send by e-mail",
        "This content is provided by YouTube, which may be using cookies. Allow and continue",
        "Your privacy choices: Necessary only / Accept cookies / Read our privacy policy",
        "Thanks for signing up! Check your inbox to confirm your subscription.",
        "Get the weekly Tidewater digest every Sunday. No spam, unsubscribe anytime.",
        "© James Whitfield",
        "Illustration by Nora Finch for The Copper Lantern — Video: Reuters",
        "Last modified on Tue 9 Jan 2024 17.05 EST",
        "First published: June 2, 2022 | UK edition",
    ),
    "de": (
        "A A Vorlesen Übersetzen Drucken Kommentare",
        "Merken Teilen Feedback Drucken",
        "Per Mail versenden",
        "Teilen auf: Xing LinkedIn Facebook Threema",
        "Alle ablehnen Auswahl speichern Alle akzeptieren",
        (
            "Mit Klick auf „Zustimmen“ erklären Sie sich mit der "
            "Verarbeitung Ihrer Daten gemäß unserer Datenschutzerklärung einverstanden."
        ),
        "Vielen Dank! Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail.",
        "Der Wochenrückblick – jeden Freitag in Ihrem Postfach",
        "© Sabine Krüger",
        "Video: Reuters | Grafik: Lena Vogt",
        "Stand: 03.11.2022 08:15 Uhr",
        "Zuletzt geändert: Montag, 17. Juli 2023 — Ausgabe Süd",
    ),
    "fr": (
        "Aa Lire plus tard Commentaires Traduire Écouter l'article",
        "Imprimer Réagir Ajouter à mes favoris",
        "Copier le lien Lien copié",
        "Facebook Twitter LinkedIn Messenger Partager",
        (
            "Ce contenu est bloqué car vous n'avez pas "
            "accepté les cookies de la plateforme Vimeo. Autoriser"
        ),
        "Nous respectons votre vie privée — Paramétrer les cookies / Continuer sans accepter",
        "Merci, votre inscription a bien été prise en compte.",
        "Recevez chaque samedi notre sélection de la semaine",
        "© Élodie Marchand / Le Veilleur du Rhône",
        "Illustration : Thomas Girard pour Le Veilleur",
        "Modifié le 23/05/2023 à 18:02",
        "Première publication : lundi 6 mars 2023 - Édition de Lyon",
    ),
    "es": (
        "A+ A- Escuchar noticia Guardar Comentarios",
        "Guardar Imprimir Enviar Comentar",
        "Copiar enlace ¡Enlace copiado!",
        "WhatsApp Telegram X Facebook Correo",
        "Este contenido de YouTube requiere tu consentimiento para cargarse. Aceptar y ver",
        "Solo necesarias · Aceptar todas · Más información sobre cookies",
        "¡Gracias por suscribirte! Revisa tu bandeja de entrada.",
        "Newsletter diaria: lo esencial cada mañana, de lunes a viernes",
        "© Pablo Ibáñez",
        "Vídeo: Agencia Atlas / Ilustración: Marta Soler",
        "Última actualización: 02/12/2022 - 21:14h",
        "Madrid | 4 de enero de 2024 · Edición América",
    ),
    "it": (
        "A A Leggi dopo Commenti Ascolta l'articolo",
        "Salva Regala Stampa Commenta",
        "Condivisioni 342 Copia il link",
        "Condividi su LinkedIn Condividi su X Condividi via email",
        "Contenuto non disponibile. Per visualizzarlo accetta i cookie di Instagram. Consenti",
        "Accetta tutti / Solo necessari / Impostazioni dei cookie",
        "Grazie per esserti iscritto! Riceverai la prima newsletter domani.",
        "Ogni martedì e venerdì, il meglio della settimana nella tua casella",
        "© Marco Rinaldi",
        "Video di Redazione Web | Illustrazione di Sara Gallo",
        "Ultima modifica: 09/06/2023 10:48",
        "Prima pubblicazione: venerdì 28 aprile 2023 - Edizione di Torino",
    ),
    "pt": (
        "A- A+ Ouvir notícia Salvar Comentários",
        "Guardar Oferecer artigo Partilhar Imprimir",
        "Copiar link Link copiado",
        "Enviar por e-mail Partilhar no Facebook Partilhar no X",
        "Conteúdo externo do Spotify bloqueado. Permitir cookies e carregar",
        "Aceitar todos • Apenas essenciais • Gerir preferências",
        "Obrigado! A sua subscrição foi confirmada.",
        "Boletim semanal: todas as quintas-feiras no seu e-mail",
        "© Inês Carvalho",
        "Ilustração: Beatriz Lemos | Vídeo: Redação",
        "Última modificação: 30 nov 2022, 08:01",
        "Lisboa, 5 de março de 2024 — Edição Porto",
    ),
    "nl": (
        "A A Beluister Opslaan Reacties",
        "Bewaar Cadeau geven Print Reageer",
        "Link gekopieerd Kopieer link",
        "Delen via X Delen via Facebook Delen via mail",
        (
            "Om deze video van YouTube te bekijken moet je "
            "sociale media cookies accepteren. Cookies toestaan"
        ),
        "Alles accepteren / Alleen noodzakelijk / Meer informatie",
        "Bedankt voor je aanmelding! Bevestig je inschrijving via de e-mail.",
        "Elke zaterdag het beste van de week in je inbox",
        "© Sanne Bakker",
        "Illustratie: Joost Verhoeven | Video: redactie Stadskrant",
        "Laatst gewijzigd: 07-02-2024 16:45",
        "Eerste publicatie: dinsdag 14 november 2023 — Editie Utrecht",
    ),
}
"""Written in the twenty-first session by a separate session that read neither the classifier
nor the lists, together with ``HELD_7``: the six kinds of the benchmark's UI lines (toolbars,
share bars, cookie and consent notices, newsletter prompts, credits, timestamps), two of each
kind per language, in wordings of its own. Of the two lists, the one with the lower recall
before tuning was taken for tuning (0.690 against 0.924, main ``0015b5d``)."""


HELD_7: dict[str, tuple[str, ...]] = {
    "en": (
        "Text size Print Comments Save Listen",
        "A- A+ Translate Print Comment",
        "Share this article Facebook Twitter LinkedIn WhatsApp Email",
        "1.2K shares · Copy link",
        (
            "We use cookies to improve your experience. By continuing "
            "you agree to our Cookie Policy. Accept all | Manage preferences"
        ),
        "Reject all Accept all Cookie settings",
        "Sign up for The Harbour Ledger's morning briefing — delivered free every weekday",
        "Email address Subscribe",
        "Photo: Marta Kowalski/AP",
        "Published 14 March 2023, 09:42 GMT",
        "Updated 3 hours ago · 6 min read",
    ),
    "de": (
        "Schriftgröße Drucken Kommentieren Merken Vorlesen",
        "Artikel anhören Teilen Merken Drucken",
        "Link kopieren · 214 Mal geteilt",
        (
            "Wir verwenden Cookies, um Ihnen ein optimales "
            "Nutzererlebnis zu bieten. Alle akzeptieren Einstellungen"
        ),
        (
            "Externer Inhalt: Ich bin damit einverstanden, "
            "dass mir Inhalte von Instagram angezeigt werden."
        ),
        (
            "Jetzt den Newsletter der Rheintaler "
            "Rundschau abonnieren – kostenlos und jederzeit kündbar"
        ),
        "E-Mail-Adresse eingeben Anmelden",
        "Foto: Jens Hartmann/dpa",
        "Bildquelle: picture alliance / Uwe Behrens",
        "Veröffentlicht am 12.04.2023 um 16:37 Uhr",
        "Aktualisiert vor 25 Minuten | Lesezeit: 4 Min.",
    ),
    "fr": (
        "Écouter Partager Imprimer Commenter",
        "Taille du texte Sauvegarder Offrir l'article Imprimer",
        "Partager cet article · 87 partages",
        (
            "En poursuivant votre navigation, vous "
            "acceptez l'utilisation de cookies. En savoir plus | OK"
        ),
        "Tout accepter Tout refuser Personnaliser",
        "Inscrivez-vous à la newsletter de La Gazette du Bocage",
        "Votre adresse e-mail S'inscrire",
        "Photo : Camille Bertrand / AFP",
        "Crédit photo : Hans Lucas – Julien Morel",
        "Publié le 8 février 2024 à 11h20",
        "Mis à jour il y a 2 heures • Lecture 5 min",
    ),
    "es": (
        "Tamaño de letra Imprimir Comentar Guardar",
        "Escuchar Compartir Traducir Imprimir",
        "Comparte esta noticia | 1.045 veces compartido",
        (
            "Utilizamos cookies propias y de terceros para "
            "mejorar nuestros servicios. Aceptar Rechazar Configurar"
        ),
        (
            "Al hacer clic en Aceptar, consientes el uso de "
            "cookies conforme a nuestra Política de privacidad."
        ),
        "Suscríbete al boletín de El Faro del Sur y recibe las noticias más importantes",
        "Correo electrónico Suscribirme",
        "Foto: Lucía Navarro / EFE",
        "Fuente de la imagen, Getty Images",
        "Publicado el 15 de septiembre de 2023, 07:30 CEST",
        "Actualizado hace 40 min · Lectura: 3 min",
    ),
    "it": (
        "Ascolta Stampa Commenta Salva",
        "Dimensione testo Traduci Stampa Condividi",
        "Condividi questo articolo su Facebook Twitter WhatsApp",
        "Invia per email · Copia link",
        "Questo sito utilizza cookie tecnici e di profilazione. Accetta Rifiuta Personalizza",
        "Chiudendo questo banner acconsenti all'uso dei cookie. Leggi l'informativa privacy",
        "Iscriviti alla newsletter della Gazzetta di Borgoluce",
        "Inserisci la tua email Iscriviti",
        "Foto: Andrea Colombo/Ansa",
        "Credit: LaPresse / Giulia Ferri",
        "Pubblicato il 21 ottobre 2023 alle 14:05",
        "Aggiornato 3 ore fa | Tempo di lettura: 6 minuti",
    ),
    "pt": (
        "Ouvir Guardar Imprimir Comentar",
        "Tamanho da letra Partilhar Traduzir Imprimir",
        "Compartilhe esta notícia Facebook Twitter WhatsApp",
        "Partilhar por e-mail | 56 partilhas",
        "Este site utiliza cookies para melhorar a sua experiência. Aceitar Recusar Definições",
        "Ao continuar a navegar está a concordar com a nossa Política de Privacidade.",
        "Assine a newsletter do Diário da Ribeira e receba as principais notícias",
        "Seu e-mail Cadastrar",
        "Foto: Rafael Souza/Agência Sertão",
        "Créditos: Ricardo Pinto / Lusa",
        "Publicado em 11/07/2023 às 19h32",
        "Atualizado há 15 minutos · Leitura: 4 min",
    ),
    "nl": (
        "Lettergrootte Afdrukken Reageren Bewaren",
        "Voorlezen Delen Vertalen Printen",
        "Deel dit artikel Facebook Twitter WhatsApp LinkedIn",
        "Verstuur per e-mail · Kopieer link",
        "Wij gebruiken cookies om de site goed te laten werken. Accepteren Weigeren Instellingen",
        "Door verder te gaan ga je akkoord met ons cookiebeleid en privacyverklaring.",
        "Meld je aan voor de nieuwsbrief van Het Polderblad",
        "Vul je e-mailadres in Aanmelden",
        "Foto: Pieter de Vries/ANP",
        "Gepubliceerd op 19 augustus 2023 om 12:10",
        "Bijgewerkt 1 uur geleden | Leestijd 3 minuten",
    ),
}
"""Written with ``TUNE_39`` by the same separate session, in the same kinds; only ever
measured (its misses are not printed): recall 0.924 before the changes tuned on ``TUNE_39``
(main ``0015b5d``); keep rate 1.000."""

TUNE_40: dict[str, tuple[str, ...]] = {
    "en": (
        "Listen 8 min Share Save Comment",
        "Translate ◐ Print this article Text A A A",
        "1.2k shares f 𝕏 in ✉",
        "Email this story to a friend",
        "Your privacy choices | Do not sell or share my personal information",
        "Allow personalised ads? Yes, I'm happy / No, show me options",
        "Thanks for subscribing! Check your inbox to confirm.",
        "No spam, ever. Unsubscribe at any time.",
        "(AP Photo/Daniel Okafor, File)",
        "Graphic: Priya Nair; Source: Office for National Statistics",
        "LONDON, Jan 9 (Reuters) -",
        "Last modified on Tue 3 Oct 2023 18.42 BST",
    ),
    "de": (
        "Merken Teilen Anhören 06:12 Min Drucken",
        "Dunkelmodus Schrift verkleinern Schrift vergrößern Übersetzen",
        "Link kopiert!",
        "Jetzt teilen: 𝕏 f ✉ 23 Mal geteilt",
        "Tracking ablehnen und werbefinanziert weiterlesen? Oder PUR-Abo für 3,99 €/Monat",
        "Datenschutzeinstellungen anpassen",
        "Vielen Dank! Bitte bestätigen Sie Ihre Anmeldung über den Link in unserer E-Mail.",
        "Kein Spam. Abmeldung jederzeit möglich.",
        "Grafik: M. Seidel | Quelle: Destatis",
        "Video: Reuters, 1:43",
        "Stand: 03.11.2023 17:25 Uhr",
        "Hamburg (dpa/lno) –",
    ),
    "fr": (
        "Ajouter à mes favoris ⤓ Imprimer ♫ Écouter cet article",
        "A- A+ Traduire Lire plus tard",
        "Lien copié dans le presse-papier ✓ · 48 partages",
        "Accepter et fermer | Continuer sans accepter",
        (
            "Nous et nos 812 partenaires utilisons des données pour "
            "des publicités et contenus personnalisés. Personnaliser"
        ),
        "Merci, votre inscription a bien été prise en compte !",
        "Une lettre par semaine, pas plus. Désinscription en un clic.",
        "Infographie : Paul Renaud / Sources : Insee, Drees",
        "(Crédit : Stéphanie Lemaire / Hans Lucas)",
        "Mis à jour il y a 12 min",
        "Strasbourg (AFP) –",
    ),
    "es": (
        "Escuchar 4 min 🔖 Guardar ⎙ Imprimir",
        "Regalar artículo Comentarios 58 Aa",
        "Comparte esta noticia 𝕏 f in ✉ 312",
        "Rechazar todo Aceptar todo Más opciones",
        "Gestionar preferencias de privacidad",
        "Boletín La Sobremesa — recetas y planes para el fin de semana, cada viernes. Sin spam.",
        "Mapa: Lucía Ferrán | Fuente: Instituto Geográfico Nacional",
        "(Foto: Álvaro Gutiérrez / AFP)",
        "Hace 3 horas",
        "Sevilla, 18 oct (EFE).-",
    ),
    "it": (
        "Salva per dopo Ascolta l'articolo Dimensione testo Stampa",
        "⎙ ☆ Aa Commenti 14",
        "Condividi questa pagina · 87 condivisioni",
        "Gestisci le preferenze",
        (
            "Noi e i nostri fornitori trattiamo dati personali per annunci e "
            "contenuti personalizzati e misurazione del pubblico. Accetta tutto"
        ),
        "Grazie per esserti iscritto! Controlla la tua casella di posta per confermare.",
        "Niente spam, solo una mail a settimana. Puoi disiscriverti quando vuoi.",
        "Video di Redazione Web / Agenzia Vista",
        "Illustrazione di Chiara Bellini",
        "Aggiornato 2 ore fa",
        "ROMA, 11 GIU -",
    ),
    "pt": (
        "Oferecer artigo ✎ Comentários (9) ⎙",
        "Salvar para ler depois Ouvir A+ A-",
        "Link copiado para a área de transferência",
        "Partilhe este artigo · 1,4 mil partilhas",
        "Aceitar todos os cookies Gerir opções",
        (
            "Utilizamos cookies para anúncios personalizados e medição de "
            "audiência. Pode alterar as suas escolhas em Preferências de privacidade."
        ),
        "Pronto! Sua inscrição foi confirmada.",
        "Sem spam. Você pode cancelar a qualquer momento.",
        "Infografia: Inês Carvalho | Fonte: INE",
        "há 35 minutos",
        "Lisboa, 15 fev 2024 (Lusa) -",
    ),
    "nl": (
        "🔖 Bewaar ♪ Luister ⎙ Print Cadeau geven",
        "Aa Reacties (21) Later lezen",
        "Stuur door naar een vriend · 64× gedeeld",
        "Accepteren Weigeren Meer opties",
        "Wil je gepersonaliseerde advertenties zien? Ja, ga door / Nee, liever niet",
        (
            "Bedankt voor je aanmelding! Bevestig je "
            "inschrijving via de mail die we je hebben gestuurd."
        ),
        "Max. één mail per week. Geen spam, afmelden kan altijd.",
        "Kaart: Bas Verhoeven | Bron: CBS",
        "Video: RTV Zuidkust",
        "5 uur geleden",
        "ROTTERDAM (ANP) -",
    ),
}
"""Written in the twenty-first session, like ``TUNE_39``, by another separate session that read
neither the classifier nor the lists, together with ``HELD_8``: the six kinds of the
benchmark's UI lines in terse and unusual forms. The list with the lower recall before tuning
was taken for tuning (0.654 against 0.875, main ``e285429``); 0.962 after."""


HELD_8: dict[str, tuple[str, ...]] = {
    "en": (
        "Aa Text size Print Save for later Listen",
        "A- A+ 🔖 Bookmark ⎙ Print ☾ Dark mode Gift article",
        "Share this page Facebook X LinkedIn WhatsApp Email",
        (
            "We use cookies to improve your experience on "
            "Harbourline News. Accept all | Reject all | Manage preferences"
        ),
        "This YouTube video is blocked until you consent to third-party cookies. Allow and play",
        "Sign up for The Morning Ledger — our best stories, every weekday at 7am",
        "Photograph: Lena Marsh/Reuters",
        "Illustration by Tomás Reyes for The Dunmore Review",
        "Published 14 March 2023 · Updated 2 hours ago",
        "This article is more than 6 years old",
    ),
    "de": (
        "Vorlesen Merken Drucken Schriftgröße Kommentare",
        "A A A ⎙ Artikel verschenken ☆ Merkliste",
        "Teilen Facebook Twitter WhatsApp E-Mail Link kopieren",
        "Artikel per Mail versenden",
        "Wir verwenden Cookies und ähnliche Technologien. Zustimmen | Einstellungen | Ablehnen",
        (
            "Externer Inhalt: Hier finden Sie einen Beitrag von "
            "Instagram. Mit einem Klick können Sie ihn sich anzeigen lassen."
        ),
        (
            "Newsletter abonnieren: Der Abend – die "
            "wichtigsten Nachrichten des Tages, montags bis freitags"
        ),
        "Ihre E-Mail-Adresse*",
        "Foto: dpa/Jonas Weber",
        "© picture alliance / Zoonar | Harald Kessler",
        "Veröffentlicht am 12.05.2024 um 09:41 Uhr",
    ),
    "fr": (
        "Écouter Partager Offrir Sauvegarder Imprimer",
        "Aa Taille du texte Mode sombre Commenter (12)",
        "Partager sur Facebook Partager sur X Partager par e-mail",
        (
            "Ce contenu est bloqué car vous n'avez pas "
            "accepté les cookies de Dailymotion. Paramétrer mes choix"
        ),
        (
            "Inscrivez-vous à la newsletter Le Brief Éco "
            ": l'essentiel de l'économie chaque matin à 8 h"
        ),
        "Photo AFP / Julien Marceau",
        "© Marine Dutertre pour Le Courrier du Sud",
        "Publié le 21 juin 2023 à 06h30, modifié le 21 juin 2023 à 11h12",
        "Lecture 5 min.",
    ),
    "es": (
        "Guardar Compartir Escuchar Imprimir Comentar",
        "Tamaño de letra A A Modo oscuro Traducir",
        "Compartir en Facebook Compartir en Twitter Compartir en WhatsApp",
        "Enviar por correo electrónico",
        (
            "Utilizamos cookies propias y de terceros para fines analíticos "
            "y para mostrarte publicidad personalizada. Aceptar | Configurar"
        ),
        "Para ver este contenido de YouTube necesitas aceptar las cookies de terceros",
        "Suscríbete a nuestro boletín y recibe las noticias más importantes cada mañana",
        "Introduce tu correo electrónico",
        "Foto: EFE / Carlos Mendoza",
        "Imagen: Getty Images | Vídeo: Europa Press",
        "Actualizado: 14/02/2024 - 10:23 h. CET",
        "Madrid - 05 may 2022 - 07:00 CEST",
    ),
    "it": (
        "Ascolta Salva Stampa Commenta Regala",
        "A+ A- Modalità scura Traduci 🔖",
        "Condividi su Facebook Twitter WhatsApp LinkedIn",
        "Invia per email a un amico",
        "Questo sito utilizza cookie tecnici e di profilazione. Accetta | Rifiuta | Personalizza",
        "Per visualizzare questo post di Instagram è necessario accettare i cookie di terze parti",
        "Iscriviti alla newsletter Buongiorno Milano: ogni mattina alle 7 nella tua casella",
        "Inserisci la tua email",
        "Foto Ansa/Giuseppe Lanza",
        "(foto di Marta Cerrone / LaPresse)",
        "Pubblicato il: 07/03/2024 - 13:22",
    ),
    "pt": (
        "Ouvir Guardar Imprimir Partilhar Comentar",
        "Aa Tamanho da letra Modo escuro Traduzir",
        "Compartilhe: Facebook Twitter WhatsApp Telegram",
        "Este site usa cookies para melhorar a sua experiência. Aceitar | Rejeitar | Definições",
        "Conteúdo externo do Twitter bloqueado. Aceite os cookies para visualizar.",
        "Receba a newsletter Manhã Expresso no seu e-mail, de segunda a sexta às 7h",
        "Digite seu e-mail",
        "Foto: Rafael Menezes/Agência Brasil",
        "Créditos: Lusa / Hugo Valadares",
        "Publicado em 23/08/2023 às 15h47 · Atualizado há 1 hora",
    ),
    "nl": (
        "Voorlezen Bewaren Printen Delen Reageren",
        "Lettergrootte A A Donkere modus Vertalen",
        "Deel dit artikel Facebook X LinkedIn WhatsApp E-mail",
        "Wij gebruiken cookies en vergelijkbare technieken. Akkoord | Instellingen aanpassen",
        "Om deze video van YouTube te bekijken moet je social media cookies accepteren",
        (
            "Meld je aan voor De Ochtendkrant: elke werkdag "
            "om 6.00 uur het belangrijkste nieuws in je inbox"
        ),
        "Foto: ANP / Koen van der Berg",
        "Beeld Marleen Kuipers",
        "Gepubliceerd: 12 april 2024 08:15 | Laatste update: 09:02",
    ),
}
"""Written with ``TUNE_40`` by the same separate session, in the same kinds; only ever
measured (its misses are not printed): recall 0.875 before the changes tuned on ``TUNE_40``
(main ``e285429``), 0.931 after; keep rate 1.000. (One line found in the benchmark data was
taken out.)"""


TUNE_41: dict[str, tuple[str, ...]] = {
    "en": (
        "A A A | Print | Listen (6 min) | Save",
        "Gift this article — you have 7 gifts left this month",
        "💬 214 comments",
        "Share this story: X · WhatsApp · Email · Copy link",
        "Link copied to clipboard",
        "Follow The Harbour Ledger on Threads and Bluesky",
        "We and our 842 partners store and/or access information on a device",
        "Reject non-essential | Customise | Allow all",
        "Object to legitimate interest",
        "Get the Morning Dispatch in your inbox every weekday at 6am",
        "Thanks for signing up! Check your inbox to confirm your email.",
        "You've read 3 of 4 free articles this month. Already a subscriber? Sign in",
        "Photograph: Marta Kellerby/Northline Images",
        "Additional reporting by Priya Oduya in Lagos; editing by Tom Havers",
        "Updated 14 March 2024, 4:12 pm GMT · 7 min read",
        "LISBON, Oct 3 (Meridian Wire) -",
    ),
    "de": (
        "Schriftgröße: A− A+ · Drucken · Vorlesen",
        "Artikel verschenken",
        "Zum Merkzettel hinzufügen",
        "Teilen: E-Mail | WhatsApp | Facebook | X | Link kopieren",
        "Folgen Sie dem Stadtkurier auf Instagram",
        "Jetzt teilen · 38 Mal geteilt",
        "Wir benötigen Ihre Zustimmung zur Verwendung von Cookies und ähnlichen Technologien",
        "Alle akzeptieren | Einstellungen verwalten | Nur notwendige",
        "Werbefrei lesen mit dem PUR-Abo für 2,99 € im Monat – oder mit Werbung und "
        "Tracking zustimmen",
        "Melden Sie sich für den täglichen Briefing-Newsletter an",
        "Weiterlesen mit Plus – 1 Monat für 1 €",
        "Sie sind bereits Abonnent? Hier anmelden",
        "Foto: Jens Wallmer / Nordbild",
        "Mitarbeit: Lea Brandauer; Redaktion: Martin Ochs",
        "Aktualisiert am 12.02.2024, 18:47 Uhr",
        "Hamburg (nbp) –",
    ),
    "fr": (
        "Taille du texte A- A+ · Imprimer · Écouter cet article",
        "Offrir cet article",
        "Ajouter à mes favoris",
        "Partager sur : Facebook · X · LinkedIn · Courriel",
        "Suivez-nous sur WhatsApp",
        "Copier le lien",
        "En cliquant sur « Tout accepter », vous consentez au dépôt de traceurs par Le "
        "Courrier du Rhône et ses 312 partenaires",
        "Continuer sans accepter →",
        "Paramétrer mes choix | Refuser | Accepter",
        "Recevez chaque matin notre lettre d'information « L'Essentiel »",
        "Cet article est réservé aux abonnés. Déjà abonné ? Se connecter",
        "Votre inscription a bien été prise en compte.",
        "Photo : Claire Vennard / Agence Lumen",
        "Avec Mathilde Roux à Lyon",
        "Publié le 5 juin 2024 à 07h32, modifié à 09h15",
        "Bordeaux (Agence Sud-Dépêches) –",
    ),
    "es": (
        "Tamaño de letra: A A A | Imprimir | Escuchar",
        "Guardar en mi lista",
        "Comentarios (57)",
        "Compartir en WhatsApp · Compartir en X · Enviar por correo",
        "Síguenos en Telegram",
        "Enlace copiado",
        "Nosotros y nuestros 196 socios usamos cookies y tecnologías similares para "
        "personalizar anuncios y medir audiencias",
        "Aceptar y cerrar | Configurar | Rechazar todo",
        "Navega sin publicidad por 1,99 €/mes o acepta las cookies",
        "Apúntate a nuestro boletín diario y recibe lo más leído",
        "Este contenido es exclusivo para suscriptores. ¿Ya tienes cuenta? Inicia sesión",
        "¡Gracias! Tu suscripción se ha completado",
        "Foto: Lucía Almagro / Agencia Vértice",
        "Con información de Diego Ferrán | Edición: Rosa Quintela",
        "Actualizado: 22/09/2024 - 11:05 CEST",
        "Madrid, 4 mar (Noticias Ibéricas).-",
    ),
    "it": (
        "Dimensione testo: A− A+ · Stampa · Ascolta l'articolo",
        "Salva nei preferiti",
        "Regala questo articolo",
        "Condividi: Facebook | X | WhatsApp | Email",
        "Seguici anche su Instagram",
        "Copia link",
        "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di "
        "profilazione propri e di terze parti",
        "Accetta e continua | Rifiuta | Scopri di più e personalizza",
        "Interesse legittimo: Opponiti",
        "Iscriviti a «Buongiorno», la newsletter del mattino del Gazzettino Lariano",
        "Per continuare a leggere abbonati a 1 € al mese per 3 mesi",
        "Sei già abbonato? Accedi",
        "Foto di Paolo Sandrelli / Agenzia Fotonord",
        "A cura di Giulia Fermani",
        "Pubblicato il 18 aprile 2024, ore 10:24 — Ultimo aggiornamento: 13:02",
        "ROMA, 12 MAR – (Agenzia Nuova Italia)",
    ),
    "pt": (
        "Tamanho da fonte A+ A- | Imprimir | Ouvir notícia",
        "Guardar artigo",
        "Ver comentários (12)",
        "Partilhar: Facebook · WhatsApp · X · E-mail",
        "Compartilhe esta matéria",
        "Siga o Jornal do Planalto no Instagram",
        "Utilizamos cookies para melhorar a sua experiência. Ao continuar a navegar, "
        "concorda com a nossa Política de Privacidade.",
        "Aceitar todos | Rejeitar | Gerir preferências",
        "Ver os nossos parceiros (731)",
        "Receba as principais notícias do dia no seu e-mail",
        "Conteúdo exclusivo para assinantes. Já é assinante? Entre",
        "Assine por R$ 1,90 no primeiro mês",
        "Foto: Rafael Tavares/Agência Horizonte",
        "Edição: Beatriz Lemos",
        "Publicado em 07/11/2024 às 08h41 · Atualizado há 2 horas",
        "SÃO PAULO, 14 fev (Agência Litoral) —",
    ),
    "nl": (
        "Lettergrootte A A A · Printen · Voorlezen",
        "Bewaar artikel",
        "Reacties (31)",
        "Deel dit artikel: WhatsApp | Facebook | LinkedIn | Mail",
        "Volg ons op Instagram",
        "Link gekopieerd!",
        "Wij en onze partners gebruiken cookies en vergelijkbare technieken",
        "Akkoord | Instellingen aanpassen | Weigeren",
        "Lees zonder advertenties en tracking voor € 2,49 per maand",
        "Schrijf je in voor de dagelijkse nieuwsbrief van Het Polderblad",
        "Dit is een premium artikel. Al abonnee? Log in",
        "Bedankt voor je aanmelding! Bevestig je e-mailadres via de link in je inbox.",
        "Foto: Sanne de Vlieger / Beeldbureau Zuid",
        "Met medewerking van Joost Verhagen",
        "Gepubliceerd: 3 april 2024 08:15 | Laatste update: 10:02",
        "UTRECHT (NLP) -",
    ),
}
"""The six kinds of UI lines again, written by a separate session (tuned on)."""

HELD_9: dict[str, tuple[str, ...]] = {
    "en": (
        "Text size | Reading mode | Listen to this article · 9:14",
        "Save for later 🔖",
        "Translate this page ▾",
        "Share ⟶ Facebook | Bluesky | Reddit | LinkedIn",
        "1.2K shares",
        "Follow @coastalcourier for live updates",
        "This site uses cookies to deliver ads and analyse traffic. Manage settings | OK",
        "Subscribe for £1 a week to read ad-free, or consent to cookies and personalised ads",
        "Enter your email address | Sign me up",
        "Unlock unlimited access — first month free, cancel anytime",
        "Already have an account? Log in to keep reading",
        "Illustration by Nadia Ferreira-Holt for The Lantern Review",
        "This article was amended on 4 May 2024",
        "Sun 21 Jul 2024 09.30 BST | Last modified on Sun 21 Jul 2024 11.02 BST",
    ),
    "de": (
        "Vorlesen ▶ 3:42 | Drucken | Merken",
        "Kommentare 128",
        "Übersetzen: English · Türkçe · Українська",
        "Artikel teilen per Mail · Messenger · Link",
        "Folgen auf: Instagram | TikTok | YouTube",
        "Link in die Zwischenablage kopiert",
        "Datenschutz-Einstellungen",
        "Zustimmen und weiter | Ablehnen | Details anzeigen",
        "Berechtigtes Interesse widersprechen",
        "Newsletter: Jeden Freitag das Wichtigste aus der Region – jetzt kostenlos abonnieren",
        "Fast geschafft! Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail.",
        "Dieser Artikel ist exklusiv für Abonnenten. 4 Wochen gratis testen",
        "Grafik: Ute Hansing | Quelle: Statistisches Landesamt",
        "Video: Felix Dornberg, Schnitt: Anja Reim",
        "vor 23 Minuten",
        "Erschienen in der Printausgabe vom 08.05.2024",
    ),
    "fr": (
        "A+ A- | 🖨 Imprimer | 🔖 Sauvegarder",
        "Écouter (4 min)",
        "Lire plus tard",
        "Partager l'article ✉ 🔗",
        "142 partages",
        "Rejoignez-nous sur Instagram et TikTok",
        "Gérer mes cookies",
        "Accepter & Fermer · En savoir plus",
        "Pour accéder au site, acceptez les cookies ou abonnez-vous pour 2 € par mois "
        "sans publicité",
        "Votre adresse e-mail | Je m'inscris",
        "Il vous reste 78 % de cet article à lire. La suite est réservée aux abonnés.",
        "Profitez de notre offre : 1 € le premier mois, sans engagement",
        "Vidéo : Hugo Ferrand et Inès Batteux",
        "Infographie : Service graphique de La Gazette Alpine",
        "Il y a 35 minutes",
        "Mis à jour le 12/10/2024 à 18:04",
    ),
    "es": (
        "Escuchar noticia ▶ · Guardar · Aa",
        "Regala este artículo",
        "Traducir al inglés",
        "Compartir: 𝕏 | Facebook | Telegram | LinkedIn | Copiar enlace",
        "Únete a nuestro canal de WhatsApp",
        "83 compartidos",
        "Configuración de privacidad",
        "Aceptar | Más opciones",
        "Ver los 1.034 proveedores",
        "Recibe cada tarde el resumen de El Faro Andino. Es gratis.",
        "Has alcanzado el límite de artículos gratuitos. Suscríbete por 1 € el primer mes",
        "Introduce tu correo electrónico | Quiero suscribirme",
        "Ilustración: Marina Echeverri",
        "Vídeo: Carla Montes / Agencia Austral",
        "Hace 4 horas · 3 min de lectura",
        "Publicado el 15 ene 2024 a las 19:30 h",
    ),
    "it": (
        "Ascolta ▶ | Salva | Commenta",
        "Commenti: 41",
        "Leggi in modalità lettura",
        "Condividi su Telegram · Condividi via mail",
        "Ti piace questo articolo? Condividilo",
        "Link copiato negli appunti",
        "Gestisci le preferenze",
        "Rifiuta tutto | Accetta tutto | Personalizza",
        "Abbonati e naviga senza pubblicità a 3,99 € al mese oppure accetta i cookie",
        "Grazie per esserti iscritto!",
        "Contenuto riservato agli abbonati Premium",
        "Scopri l'offerta: 6 mesi a 0,99 € a settimana",
        "Infografica di Matteo Vianello",
        "Ha collaborato Chiara Mezzanotte",
        "2 ore fa",
        "MILANO, 9 GIU – (Agenzia Stampa Padana)",
    ),
    "pt": (
        "Ouvir ▶ 5:20 · A A · Salvar",
        "Presentear matéria",
        "Modo de leitura",
        "Compartilhar no WhatsApp | Telegram | Copiar link",
        "Link copiado!",
        "Siga-nos nas redes sociais",
        "Definições de privacidade",
        "Concordo | Ver finalidades | Recusar",
        "Opor-se ao interesse legítimo",
        "Quer receber o resumo da manhã? Deixe o seu e-mail",
        "Faça login ou assine para continuar lendo",
        "Inscrição confirmada. Obrigado!",
        "Imagem: Divulgação",
        "Reportagem: Helena Pacheco, com colaboração de Tiago Rebelo",
        "Há 40 minutos",
        "Lisboa, 22 mai 2024 (Agência Atlântica)",
    ),
    "nl": (
        "A- A+ | Afdrukken | Luister ▶",
        "Opslaan in leeslijst",
        "Geef dit artikel cadeau",
        "Delen via: WhatsApp · X · E-mail",
        "Volg Het Dijkblad op LinkedIn",
        "212 keer gedeeld",
        "Privacy-instellingen",
        "Alles toestaan · Alleen functioneel · Voorkeuren",
        "Bekijk onze 640 leveranciers",
        "Ontvang elke zaterdag onze beste verhalen in je mailbox",
        "Word abonnee en lees verder — eerste maand gratis",
        "Vul je e-mailadres in | Aanmelden",
        "Beeld: Maarten Lubbers",
        "Correctie: in een eerdere versie van dit artikel stond een onjuiste datum vermeld.",
        "12 min geleden",
        "Leestijd 4 minuten",
    ),
}
"""Its twin, written at the same time by the same session: only measured (two of its lines that
the benchmark data holds were left out)."""

LOOKALIKES: dict[str, tuple[str, ...]] = {
    "en": (
        "How to print photos at home without wasting ink",
        "Listeners downloaded the podcast more than two million times in its first month.",
        "Save money on heating: five steps for the winter",
        "Shares in Harlow Foods fell 12% after the company cut its profit forecast.",
        "The mayor deleted the post within an hour, but screenshots had already spread.",
        "Follow the money: how the stadium deal was financed",
        "A Dutch court ruled that the retailer's cookie banner made refusing consent too "
        "difficult.",
        "The regulator fined the app maker €4 million for sharing location data without consent.",
        "Streaming subscription prices have risen by 25% in two years.",
        "How to cancel a gym membership you no longer use",
        "Photo by photo, Elena Marsh rebuilt her grandfather's lost archive.",
        "A source familiar with the negotiations said the deal could be signed next week.",
        "Saturday 14 June, 19:30 – doors open at the town hall",
        "1989: The wall falls and the border crossings open overnight.",
    ),
    "de": (
        "Drucken statt streamen: Warum Verlage wieder auf Papier setzen",
        "Die Folge wurde bereits über 500.000 Mal angehört.",
        "So sparen Sie beim Heizen bis zu 300 Euro im Jahr",
        "Die Aktie von Brenner Logistik verlor am Dienstag fast acht Prozent.",
        "Der Minister teilte das Video auf seinem privaten Account, löschte es aber kurz darauf.",
        "Das Gericht entschied, dass vorab angekreuzte Kästchen keine wirksame "
        "Einwilligung in Cookies darstellen.",
        "Die Datenschutzbehörde verhängte ein Bußgeld von 2,5 Millionen Euro gegen die Kette.",
        "Immer mehr Haushalte kündigen ihre Streaming-Abos.",
        "So kündigen Sie Ihren Fitnessstudio-Vertrag fristgerecht",
        "Der Newsletter von Jonas Reimer hat inzwischen 40.000 zahlende Abonnenten.",
        "Die Fotografin Katrin Wehle zeigt ihre Bilder ab Freitag im Stadtmuseum.",
        "Wie aus Regierungskreisen verlautete, soll das Gesetz noch vor der Sommerpause kommen.",
        "Samstag, 14. Juni, 19.30 Uhr – Einlass im Rathaus",
        "9. November 1989: Die Mauer fällt.",
    ),
    "fr": (
        "Imprimer ses photos soi-même : le guide pratique",
        "Le podcast a été écouté plus d'un million de fois depuis son lancement.",
        "Économiser sur sa facture d'électricité : nos dix conseils",
        "L'action de Vermand Industries a chuté de 9 % à la Bourse de Paris.",
        "Le député a partagé la vidéo sur ses réseaux avant de la retirer.",
        "La CNIL a infligé une amende de 5 millions d'euros pour des cookies déposés "
        "sans consentement.",
        "Le tribunal a jugé que refuser les cookies devait être aussi simple que les accepter.",
        "Le prix des abonnements aux plateformes de streaming a bondi de 20 % en un an.",
        "Comment résilier son abonnement à la salle de sport",
        "La photographe Claire Duval expose ses clichés à Arles jusqu'au 30 septembre.",
        "Selon une source proche du dossier, l'accord pourrait être signé la semaine prochaine.",
        "Samedi 14 juin, 19 h 30 – ouverture des portes à la mairie",
        "14 juillet 1789 : prise de la Bastille.",
        "Suivre la tendance sans se ruiner : les soldes d'été décryptés",
    ),
    "es": (
        "Cómo imprimir tus fotos en casa sin gastar una fortuna en tinta",
        "El pódcast ya suma más de 300.000 escuchas.",
        "Ahorrar en la factura de la luz: siete trucos que funcionan",
        "Las acciones de Grupo Herrera cayeron un 6 % en la Bolsa de Madrid.",
        "El alcalde compartió el mensaje en sus redes y lo borró minutos después.",
        "La autoridad de protección de datos multó a la empresa con 1,2 millones de euros.",
        "El tribunal concluyó que el banner de cookies no permitía rechazar el "
        "consentimiento con un solo clic.",
        "Cómo darse de baja del gimnasio sin penalizaciones",
        "El boletín semanal de Lucía Ferrer ya tiene 15.000 suscriptores de pago.",
        "La fotógrafa Marta Ibáñez inaugura su exposición en el centro cultural del barrio.",
        "Según fuentes del ministerio, el decreto se aprobará el martes.",
        "Sábado 14 de junio, 19.30 – apertura de puertas en el ayuntamiento",
        "23 de febrero de 1981: intento de golpe de Estado en el Congreso.",
        "Seguir la moda sin vaciar la cartera",
    ),
    "it": (
        "Come stampare le foto a casa senza sprecare inchiostro",
        "Il podcast ha superato il milione di ascolti in tre mesi.",
        "Risparmiare sulla bolletta: dieci consigli per l'inverno",
        "Il titolo di Ferretti Costruzioni ha perso il 7% a Piazza Affari.",
        "Il senatore ha condiviso il video sui social, poi lo ha cancellato.",
        "L'autorità per la privacy ha sanzionato la catena con una multa da 3 milioni di euro.",
        "Secondo i giudici, il banner dei cookie rendeva troppo difficile negare il consenso.",
        "Quanto costano davvero gli abbonamenti allo streaming quest'anno",
        "Come disdire l'abbonamento in palestra",
        "Il fotografo Luca Benassi espone i suoi scatti in città fino a ottobre.",
        "Secondo una fonte vicina alla trattativa, l'accordo è ormai vicino.",
        "Sabato 14 giugno, ore 19.30 – apertura porte al municipio",
        "2 giugno 1946: gli italiani scelgono la Repubblica.",
        "Carta di credito: come difendersi dalle truffe online",
    ),
    "pt": (
        "Como imprimir fotografias em casa sem gastar demasiado",
        "O podcast já foi ouvido mais de 200 mil vezes.",
        "Poupar na conta da luz: oito dicas práticas",
        "As ações da Lusomar caíram 5% na bolsa de Lisboa.",
        "O deputado partilhou a publicação nas redes sociais e apagou-a horas depois.",
        "A autoridade de proteção de dados aplicou uma coima de 800 mil euros por "
        "recolha de dados sem consentimento.",
        "O tribunal considerou que o aviso de cookies não permitia recusar com facilidade.",
        "Os preços das assinaturas de streaming subiram 15% este ano.",
        "Como cancelar a assinatura do ginásio",
        "A fotógrafa Inês Carvalho expõe o seu trabalho no Porto até setembro.",
        "Segundo uma fonte próxima do processo, o acordo será assinado na próxima semana.",
        "Sábado, 14 de junho, 19h30 – abertura de portas na câmara municipal",
        "25 de Abril de 1974: a revolução que derrubou a ditadura.",
        "Seguir as tendências sem gastar uma fortuna",
    ),
    "nl": (
        "Zo print je thuis foto's zonder inkt te verspillen",
        "De podcast werd in de eerste maand ruim 400.000 keer beluisterd.",
        "Besparen op je energierekening: zeven tips",
        "Het aandeel Van Dijk Logistiek daalde dinsdag met 8 procent.",
        "De wethouder deelde het filmpje op sociale media, maar verwijderde het later.",
        "De privacytoezichthouder legde de webwinkel een boete op van 600.000 euro.",
        "Volgens de rechter was het weigeren van cookies veel lastiger dan het accepteren.",
        "Abonnementen op streamingdiensten zijn dit jaar flink duurder geworden.",
        "Zo zeg je je sportschoolabonnement op",
        "Fotograaf Sanne de Wit exposeert haar werk in het stadsmuseum tot eind augustus.",
        "Een bron binnen het kabinet bevestigde dat het plan wordt uitgesteld.",
        "Zaterdag 14 juni, 19.30 uur – deuren open in het gemeentehuis",
        "1 februari 1953: de watersnoodramp treft Zeeland.",
        "De nieuwsbrief van journalist Tom Bakker telt nu 20.000 betalende lezers.",
    ),
}
"""Real article lines shaped like furniture (a court ruling on cookie banners, a schedule
line, "Photo by photo, ..."), written by a separate session: none may be removed."""

LOOKALIKES_2: dict[str, tuple[str, ...]] = {
    "en": (
        "Clear cookies without losing saved passwords",
        "Print double-sided from your phone",
        "Open Settings, then tap Accounts",
        "Log in with a hardware security key",
        "Upload and download speeds compared",
        "Day 4: Salzburg to Hallstatt",
        "Price: $1,149 for the 512GB model",
        '"Follow me, and stay low!"',
        "Best newcomer: Tobias Wrenfield",
        "3 March 2019 – the museum reopens",
        "20:15 Jazz on the Square",
        "Save a cup of the pasta water",
        "Should you still pay for the subscription?",
        "Menu: three courses for £45",
    ),
    "de": (
        "Cookies löschen, Passwörter behalten",
        "So teilen Sie Ihren Bildschirm in Teams",
        "Einstellungen öffnen, dann „Datenschutz“ wählen",
        "Anmelden per Passkey: so geht's",
        "Download-Geschwindigkeit im Vergleich",
        "Tag 2: Von Passau nach Linz",
        "Preis: 1.099 Euro",
        "„Folgt mir!“, rief Bergführer Anton Kessler",
        "Fotograf des Jahres: Lukas Brenninger",
        "14. Mai 2022 – die Brücke wird gesperrt",
        "19:30 Uhr Eröffnungskonzert im Stadtpark",
        "200 g Mehl, gesiebt",
        "Akku: 4.500 mAh",
        "Abo kündigen oder behalten?",
    ),
    "fr": (
        "Imprimer sans marges : mode d'emploi",
        "Partager son écran en trois étapes",
        "Touchez Réglages, puis Confidentialité",
        "Se connecter avec une clé d'accès",
        "Vitesses de téléchargement comparées",
        "Jour 5 : de Nantes à La Rochelle",
        "Prix : 1 299 €",
        "« Suivez-moi ! », lance le capitaine Morel",
        "Photographe de l'année : Élise Garnier",
        "8 juin 2020 – fermeture du pont",
        "21 h : concert d'ouverture",
        "3 cuillères à soupe d'huile d'olive",
        "Accepter l'offre ou refuser ?",
        "Écran : OLED de 6,1 pouces",
    ),
    "es": (
        "Cómo borrar las cookies en Safari",
        "Comparte tu pantalla en tres pasos",
        "Pulsa Ajustes y luego Privacidad",
        "Iniciar sesión con una llave de acceso",
        "Velocidad de descarga, a prueba",
        "Día 3: de Sevilla a Ronda",
        "Precio: 899 euros",
        "«¡Seguidme!», gritó el sargento Ibarra",
        "Mejor fotografía: Lucía Montoya",
        "2 de abril de 2018 – cierra el puente",
        "Jornada 12: Betis – Celta, domingo 18:30",
        "2 cucharadas de aceite de oliva",
        "¿Aceptar la oferta o rechazarla?",
        "Cámara principal: 50 MP",
    ),
    "it": (
        "Stampare senza margini: ecco come",
        "Condividere lo schermo in tre passaggi",
        "Apri Impostazioni, poi Privacy",
        "Accedere con una passkey",
        "Velocità di download a confronto",
        "Giorno 2: da Bologna a Ravenna",
        "Prezzo: 1.049 euro",
        "«Seguitemi!», urlò il tenente Ferraris",
        "Fotografo dell'anno: Marco Bellandi",
        "15 luglio 2019 – chiude il ponte",
        "Ore 20:45 Concerto inaugurale",
        "2 cucchiai di olio extravergine",
        "Rinnovare o disdire l'abbonamento?",
        "Batteria: 5.000 mAh",
    ),
    "pt": (
        "Como limpar os cookies no Chrome",
        "Partilhar o ecrã em três passos",
        "Toque em Definições e depois Privacidade",
        "Iniciar sessão com uma chave de acesso",
        "Velocidades de download comparadas",
        "Dia 4: de Coimbra a Aveiro",
        "Preço: 1.199 euros",
        "«Sigam-me!», gritou o comandante Tavares",
        "Fotógrafa do ano: Inês Carvalhal",
        "3 de outubro de 2017 – a ponte fecha",
        "21h30 Concerto de abertura",
        "2 colheres de sopa de azeite",
        "Aceitar a proposta ou recusar?",
        "Ecrã: 6,7 polegadas",
    ),
    "nl": (
        "Afdrukken zonder rand: zo werkt het",
        "Je scherm delen in drie stappen",
        "Tik op Instellingen en dan Privacy",
        "Inloggen met een passkey",
        "Downloadsnelheden vergeleken",
        "Dag 2: van Gent naar Brugge",
        "Prijs: € 949",
        "'Volg mij!', riep sergeant De Wit",
        "Fotograaf van het jaar: Sanne Verhoef",
        "9 maart 2016 – de brug gaat dicht",
        "20.00 uur Openingsconcert",
        "2 el olijfolie",
        "Abonnement opzeggen of houden?",
        "Opslag: 256 GB",
    ),
}
"""Short real lines shaped like furniture (how-to subheadings, instructions, labels, quotes,
schedule lines), written by a separate session."""

LOOKALIKES_3: dict[str, tuple[str, ...]] = {
    "en": (
        "Share of households with solar panels doubled in five years",
        '"Sign in at the front desk and wait to be called," the nurse repeated to each '
        "new arrival.",
        "Related by marriage, the Pellow and Hartigan families ran the mill for three generations.",
        "Load more hay before the storm: farmers race the forecast",
        "Show all receipts, the inspector warned, or pay the fine in full.",
        "About the author of the anonymous letters, police still know very little.",
        "Recommended daily salt intake is still exceeded by most adults, the survey found.",
        "Leave a message with the parish clerk if the office is closed on Fridays.",
        "Next stop: the harbour where Ellen Marwick learned to sail",
        "- Follow the river path until the second footbridge, then turn left",
        "Sponsored by councillor Dana Whitcombe, the motion passed with 31 votes to 9.",
        "Trending down: church attendance in rural parishes since 2010",
        "The village newsletter, printed since 1974, ran its final issue in May.",
        '"Back to basics," said coach Tom Ferrand. "We stopped doing the simple things well."',
    ),
    "de": (
        "Weiterlesen konnte er nicht: Die Seiten des Tagebuchs waren vom Wasser zerstört.",
        "Anzeige gegen Unbekannt: Polizei ermittelt nach Scheunenbrand",
        "Die Kommentare im Gästebuch der Pension reichen bis ins Jahr 1952 zurück.",
        "Nach oben ging es für den FC Lindenau erst nach der Winterpause.",
        "Jetzt spenden mehr Menschen Blut als vor der Pandemie, meldet das Rote Kreuz in Kassel.",
        "„Melden Sie sich an, bevor die Plätze weg sind“, riet Kursleiterin Petra Vogt den Eltern.",
        "- Die App des Verkehrsverbunds zeigt seit Montag auch Verspätungen der Regionalbusse an",
        "Mehr anzeigen wollte die Galerie nicht: Nur zwölf Bilder von Otto Brenner "
        "hängen in der Ausstellung.",
        "Teilen statt kaufen: Werkzeugverleih im Quartier",
        "Schlagworte wie „Heimat“ und „Sicherheit“ prägten den Wahlkampf in Oberhausen-Süd.",
        "Ähnliche Fälle gab es in den vergangenen Jahren auch in Bremen und Kiel.",
        "Über den Autor des Gutachtens, Professor Jens Hallmann, ist wenig bekannt.",
        "Abonnieren lässt sich die Gemüsekiste ab sofort auch für einzelne Wochen.",
        "Startschuss für den Neubau: Kita am Mühlbach soll 2026 öffnen",
    ),
    "fr": (
        "Lire la suite du testament a pris au notaire plus d'une heure.",
        "À voir absolument cet été : les jardins suspendus de Montrevel",
        "Les commentaires laissés dans le registre de l'église racontent un siècle de mariages.",
        "La publicité pour les paris sportifs sera limitée aux heures tardives dès janvier.",
        "En haut de l'affiche, la chanteuse Margaux Delorme ouvrira le festival samedi soir.",
        "« Faites un don de plasma, même une fois par an, cela change tout », insiste le "
        "docteur Claire Vasseur.",
        "Voir plus loin que la prochaine récolte : les vignerons de Saint-Aubret replantent",
        "- Télécharger l'attestation, la signer, puis la renvoyer avant le 15 mars",
        "Se connecter au réseau d'eau coûtera 1 200 euros aux habitants des hameaux.",
        "Accueil des réfugiés : la commune ouvre une deuxième salle",
        "Partager un jardin entre voisins, une idée qui séduit à Lorient",
        "S'abonner au gaz à prix fixe n'a pas protégé tous les ménages de la hausse.",
        "Mots-clés et slogans : comment le parti a réécrit son programme",
        "Plus lu que jamais, le journal local de Pontarlier a gagné 2 000 abonnés en un an.",
    ),
    "es": (
        "Leer más de veinte libros al año es la meta de los alumnos del instituto de Valdemora.",
        "Los comentarios del árbitro tras el partido le costaron una sanción de tres encuentros.",
        "La publicidad institucional del ayuntamiento creció un 12 % en año electoral.",
        "Etiquetas de precio engañosas: Consumo multa a tres supermercados",
        "Volver a casa por Navidad costará un 20 % más en tren este año.",
        "Ver más allá del precio: cómo elegir un colegio",
        "«Donar médula no duele tanto como la gente cree», explica la enfermera Lucía Ortega.",
        "- Descargar el certificado de empadronamiento desde la web municipal, firmarlo "
        "y adjuntarlo",
        "Iniciar sesión en el sistema fue imposible para cientos de médicos durante la "
        "mañana del lunes.",
        "Lo más visto en los museos de la ciudad fue la exposición sobre el puerto antiguo.",
        "Inicio de curso con 300 alumnos más en la comarca",
        "Compartir coche al trabajo ahorra unos 900 euros al año a cada conductor, según "
        "el estudio.",
        "Suscribir una hipoteca variable fue un error para muchas familias en 2022.",
        "Casos relacionados aparecieron también en Burgos y Soria, confirmó la Guardia Civil.",
    ),
    "it": (
        "Leggere anche le note a margine: così l'archivista Bruno Ferrandi ha scoperto il falso",
        "I commenti del sindaco sulla movida hanno diviso il consiglio comunale.",
        "Pubblicità ingannevole: multa da 2 milioni alla catena di palestre",
        "Torna su il prezzo del pane, +6% in un anno nelle province del Nord",
        "Mostrare di più ai visitatori: il museo apre i depositi",
        "«Donare il sangue d'estate è ancora più importante», ricorda la dottoressa "
        "Giulia Marchetti.",
        "- Scaricare il modulo dal sito del Comune, compilarlo e consegnarlo entro il 10 giugno",
        "Accedere ai fondi europei resta difficile per le piccole imprese del Sud, "
        "secondo il rapporto.",
        "Condividere l'auto per andare al lavoro conviene, ma in pochi lo fanno.",
        "Iscriversi all'università costerà di più dal prossimo anno accademico, annuncia "
        "l'ateneo di Castelvero.",
        "Casi correlati sono stati segnalati anche a Pavia e Lodi, conferma l'Asl.",
        "Tag gialli alle orecchie identificano i vitelli nati quest'anno.",
        "Sull'autore del murale, firmato solo con le iniziali M.R., non si sa quasi nulla.",
        "I più votati dalla giuria popolare: tre cortometraggi girati in Sardegna",
    ),
    "pt": (
        "Saber mais sobre a doença ajudou a família Carvalhal a lidar com o diagnóstico.",
        "Os comentários deixados no livro de visitas do farol vêm de 40 países.",
        "Publicidade de apostas online será proibida durante transmissões esportivas, "
        "decide o Senado.",
        "Voltar ao trabalho depois da licença: o que muda para as mães",
        "Ver mais de perto: o telescópio que a escola construiu sozinha",
        '"Doar sangue leva menos de uma hora", lembra a enfermeira Marta Sobral.',
        "- Baixar o boleto no portal da prefeitura e pagar até o dia 20",
        "Entrar no mercado de trabalho ficou mais difícil para jovens sem diploma, "
        "aponta o estudo.",
        "As mais vendidas da feira do livro foram biografias de atletas.",
        "Início das aulas adiado em três municípios por causa das chuvas",
        "Compartilhar a casa com estudantes: idosos de Campinas aderem ao programa",
        "Assinar o contrato sem ler custou caro a dezenas de famílias em Setúbal.",
        "Casos relacionados foram registados também em Braga e Viseu, confirmou a PSP.",
        "O autor do projeto, o arquiteto Duarte Valadares, nasceu em Évora e vive em "
        "Lisboa desde 1990.",
    ),
    "nl": (
        "Lees meer voor, adviseren logopedisten ouders van peuters met een taalachterstand.",
        "Reacties van omwonenden op het windpark waren overwegend negatief.",
        "Advertentie in lokale krant leidt tot vondst van vermiste schilderijen",
        "Terug naar boven in de stamboom: hoe Ria Verhoeven haar voorouders vond",
        "Meer laden per rit: vrachtwagens worden langer op Nederlandse wegen",
        '"Toon alles wat je bij je hebt," zei de douanier tegen de reiziger met de zware koffer.',
        "Doneren aan het buurthuis levert sinds januari een belastingvoordeel op.",
        "- Download het aanvraagformulier, vul het in en lever het in vóór 1 juni",
        "Inloggen bij de gemeente lukte drie dagen niet door een storing in het systeem.",
        "Gerelateerde klachten, zoals hoofdpijn en duizeligheid, meldden vooral oudere bewoners.",
        "Meest gevraagd bij de gemeentebalie: een nieuw paspoort",
        "Delen is het nieuwe hebben: deelauto's rukken op in Zwolle",
        "Wie zich abonneert op het zwembad, betaalt vanaf maart twee euro minder per maand.",
        "Over de auteur van het rapport, hoogleraar Sanne de Wilde, ontstond ophef in de Kamer.",
    ),
}
"""Real lines with the words of navigation, teasers, comments, ads, tags, bios and appeals
("Trending down: ...", "Jetzt spenden mehr Menschen Blut ..."), written by a separate session."""

LOOKALIKES_4: dict[str, tuple[str, ...]] = {
    "en": (
        "Share prices at Harlow Mining fell 12% on Tuesday after the company cut its "
        "output forecast for the third time this year.",
        "Following the collapse of the Dunmore bridge, engineers inspected 200 similar "
        "structures across the county within a month.",
        "Subscribers to the regional water scheme will pay an extra £38 a year from "
        "April, the regulator confirmed on Wednesday.",
        "Read more widely than your syllabus, the chief examiner told students, because "
        "the best essays drew on unexpected sources.",
        "Cookies baked by the Marlowe sisters sold out within an hour at the village "
        "fair on Saturday, raising £900 for the church roof.",
        "Photo-finish footage showed that the Kenyan runner Daniel Korir had edged ahead "
        "by just four hundredths of a second.",
        "Credit card debt among under-30s rose to a record £19 billion last year, "
        "according to figures from the central bank.",
        "Updated flood maps released on Monday place 4,300 more homes in the high-risk "
        "zone along the River Tamsey.",
        "By the end of the decade, the city expects its new tram network to carry 90,000 "
        "passengers a day.",
        "Comments made by the minister during a radio interview prompted a formal "
        "apology from the government on Thursday.",
        "Sign-in sheets at the clinic show that only four doctors were on duty the night "
        "Mrs Patel was admitted.",
        "Donations to the Eastfield food bank have dropped by a third since January, its "
        "coordinator Mark Ellery said.",
        "Search teams found the two missing climbers alive on Sunday morning, sheltering "
        "in a snow hole below the summit.",
        "Next year's budget will include £50 million for school repairs, the council "
        "leader Janet Orme announced.",
    ),
    "de": (
        "Teilen wollten die Erben das Grundstück nie, deshalb verwaltet nun eine "
        "Stiftung den alten Hof der Familie Brenner.",
        "Folgen hat der Hitzesommer vor allem für die Forstwirtschaft: In der Region "
        "sind rund 12.000 Hektar Fichten abgestorben.",
        "Anmelden können sich Schülerinnen und Schüler bis Ende März, teilte die "
        "Volkshochschule Lindenau am Montag mit.",
        "Mehr lesen als früher wollen laut Umfrage vor allem junge Erwachsene, doch die "
        "Zahl der verkauften Bücher sinkt weiter.",
        "Foto für Foto rekonstruierte der Historiker Jens Albrecht den Weg des "
        "Flüchtlingstrecks durch das Erzgebirge im Winter 1945.",
        "Aktualisiert wurde der Mietspiegel zuletzt 2019, weshalb der Mieterverein nun "
        "dringend eine Neuberechnung fordert.",
        "Von den 240 Beschäftigten des Werks sollen nach Angaben der Gewerkschaft nur 90 "
        "vom neuen Eigentümer übernommen werden.",
        "Kommentare des Bürgermeisters zur geplanten Unterkunft sorgten in der "
        "Gemeinderatssitzung für heftigen Widerspruch.",
        "Werbung für Sportwetten soll im Fernsehen künftig vor 21 Uhr verboten sein, "
        "beschloss die Konferenz der Länder.",
        "Datenschutz spielte bei der Einführung der neuen Schulsoftware kaum eine Rolle, "
        "kritisiert der Landesbeauftragte Markus Feld.",
        "Zurück in ihr Heimatdorf kehrte die Ärztin Sabine Wolters erst nach dreißig "
        "Jahren in Kanada.",
        "Spenden aus der Bevölkerung ermöglichten die Reparatur der Kirchturmuhr, die "
        "seit dem Sturm vor zwei Jahren stillstand.",
        "Drucken lässt der kleine Verlag aus Kassel seine Bücher weiterhin in der "
        "Region, trotz deutlich höherer Kosten.",
        "Hören konnte man den Knall noch in zehn Kilometern Entfernung, berichteten "
        "Anwohner nach der Explosion in der Chemiefabrik.",
    ),
    "fr": (
        "Partager la garde des enfants reste difficile pour de nombreux parents séparés, "
        "selon une enquête de l'association Familles de Loire.",
        "Suivre un régime sans gluten sans diagnostic médical peut provoquer des "
        "carences, préviennent les nutritionnistes de l'hôpital de Vernay.",
        "S'abonner à la cantine coûtera désormais 4,20 euros par repas aux familles de "
        "Villeneuve-sur-Orne, soit 30 centimes de plus.",
        "Lire la suite des mémoires du général Darnaud, publiés en 1974, permet de "
        "comprendre son revirement pendant la crise.",
        "Cookies, brownies et tartes maison : la boulangerie de Claire Morel a vendu 600 "
        "pâtisseries lors du marché de Noël.",
        "Photo à l'appui, le témoin a affirmé devant la cour avoir vu l'accusé quitter "
        "le parking vers 22 heures.",
        "Publié en 1952 à compte d'auteur, le premier roman de Lucien Varenne n'avait "
        "trouvé que quatre-vingts lecteurs.",
        "Par 312 voix contre 201, les députés ont adopté le projet de loi sur l'eau "
        "potable dans la nuit de jeudi à vendredi.",
        "Commentaires racistes, menaces, insultes : l'arbitre Karim Benali a porté "
        "plainte après le match de dimanche.",
        "Se connecter au réseau électrique coûtera près de 15 000 euros aux "
        "exploitations isolées, dénonce la chambre d'agriculture.",
        "Télécharger illégalement des films reste courant chez les 15-24 ans, malgré les "
        "campagnes de prévention, selon le sondage.",
        "Publicité mensongère : le tribunal a condamné l'enseigne de meubles à 200 000 "
        "euros d'amende pour de fausses promotions.",
        "Retour à la case départ pour les riverains de l'aéroport, dont le recours "
        "contre la nouvelle piste a été rejeté.",
        "Écouter les patients plutôt que les écrans : c'est la conviction du docteur "
        "Hélène Vasseur, généraliste dans la Creuse depuis vingt ans.",
    ),
    "es": (
        "Compartir piso se ha convertido en la única opción para muchos jóvenes "
        "madrileños, según un informe del sindicato de inquilinos.",
        "Seguir el ritmo de los pedidos navideños obligó a la fábrica de turrones de los "
        "hermanos Ferrer a contratar 150 temporeros.",
        "Suscribirse al nuevo abono de transporte costará 20 euros al mes, anunció el "
        "consorcio regional el lunes.",
        "Leer más de veinte minutos al día mejora el rendimiento escolar, concluye un "
        "estudio con 3.000 alumnos de primaria.",
        "Privacidad y seguridad fueron los ejes del debate entre los candidatos a la "
        "alcaldía de Valverde el pasado jueves.",
        "Fuente de conflicto durante décadas, el embalse de Río Seco vuelve a enfrentar "
        "a regantes y ecologistas este verano.",
        "Actualizado cada diez años, el censo agrario revela que la edad media de los "
        "agricultores supera ya los 61 años.",
        "Por primera vez en su historia, el club de Villaverde jugará la fase de ascenso "
        "a Segunda División.",
        "Comentarios del entrenador Luis Ortega sobre el arbitraje le costaron una multa "
        "de 3.000 euros y dos partidos de sanción.",
        "Iniciar sesión en la plataforma del ministerio resultó imposible para miles de "
        "opositores el mismo día del examen.",
        "Donar sangre en verano es más necesario que nunca, recuerda el centro de "
        "transfusiones, que ha perdido un 30% de sus reservas.",
        "Publicidad institucional: el gobierno regional gastó ocho millones de euros en "
        "anuncios durante el año electoral.",
        "Volver a casa tras el incendio fue imposible para cuarenta familias de Sierra "
        "Alta, cuyas viviendas quedaron calcinadas.",
        "Etiquetas engañosas en los envases de aceite llevaron a las autoridades a "
        "retirar 12.000 botellas de los supermercados.",
    ),
    "it": (
        "Condividere l'auto per andare al lavoro permette alle famiglie di risparmiare "
        "fino a 1.200 euro l'anno, secondo l'indagine.",
        "Seguire le tracce del lupo sull'Appennino è diventato il lavoro a tempo pieno "
        "della biologa Giulia Ferrante.",
        "Iscriversi all'università costerà meno per gli studenti a basso reddito, grazie "
        "alla nuova soglia di esenzione dalle tasse.",
        "Continua a salire il prezzo del caffè al bar, che in città ha superato in media "
        "1,30 euro a tazzina.",
        "Foto d'epoca e lettere inedite compongono la mostra dedicata all'alluvione del "
        "1966, aperta fino a marzo a Palazzo Rossi.",
        "Crediti formativi per il volontariato: gli studenti potranno ottenerli "
        "lavorando nelle mense per i poveri della città.",
        "Pubblicato nel 1961, il romanzo di Aldo Venturi è tornato in libreria dopo "
        "sessant'anni di oblio.",
        "Di fronte al calo delle nascite, il comune di Valdorno offre duemila euro alle "
        "famiglie per ogni nuovo nato.",
        "Commenti sessisti in diretta televisiva sono costati il posto al conduttore "
        "sportivo Franco Lelli.",
        "Accedere ai fondi europei resta complicato per le piccole imprese del Sud, "
        "denunciano le associazioni di categoria.",
        "Scaricare i rifiuti nel fiume è costato una multa di 50.000 euro all'azienda "
        "conciaria della famiglia Bruni.",
        "Sostenere le famiglie con figli disabili è la priorità del nuovo piano "
        "regionale da 40 milioni di euro.",
        "Menu a chilometro zero e prezzi contenuti: così la trattoria di Maria Bassi ha "
        "conquistato la guida gastronomica.",
        "Salvare il borgo dallo spopolamento è l'obiettivo del progetto che offre case a "
        "un euro ai giovani artigiani.",
    ),
    "pt": (
        "Partilhar casa com estranhos tornou-se comum entre os estudantes de Lisboa, "
        "onde um quarto custa em média 450 euros.",
        "Seguir os passos do pai, pescador de sardinha, nunca esteve nos planos de Rui "
        "Carvalho, hoje engenheiro naval.",
        "Assinantes da operadora de televisão vão pagar mais três euros por mês a partir "
        "de janeiro, confirmou a empresa.",
        "Ler mais e melhor: o plano de leitura quer duplicar o número de bibliotecas "
        "escolares até 2030.",
        "Imagem de marca da cidade, o elétrico amarelo vai receber trinta novas "
        "carruagens até ao fim da década.",
        "Fonte de rendimento para centenas de famílias, a apanha da amêijoa no estuário "
        "foi suspensa por contaminação.",
        "Atualizado pela última vez em 2008, o plano diretor municipal de Vila Serrana "
        "está a travar novos investimentos.",
        "Por unanimidade, a assembleia municipal aprovou a construção de um novo centro "
        "de saúde em Vale de Mouros.",
        "Comentários do treinador sobre a arbitragem valeram-lhe um processo disciplinar "
        "e três jogos de suspensão.",
        "Entrar no mercado de trabalho depois dos 50 anos continua a ser um desafio para "
        "milhares de desempregados.",
        "Baixar os juros não será suficiente para travar a crise da habitação, avisa o "
        "economista Paulo Mendes.",
        "Doações de sangue caíram 20% durante o verão, e os hospitais do Norte já "
        "adiaram cirurgias não urgentes.",
        "Anúncio da fusão entre os dois bancos provocou uma queda de 8% nas ações de "
        "ambos na bolsa.",
        "Próximo passo do projeto é a instalação de painéis solares em todas as escolas "
        "do concelho até 2027.",
    ),
    "nl": (
        "Delen van auto's is in Utrecht populairder dan ooit: ruim 14.000 inwoners zijn "
        "inmiddels lid van een deelplatform.",
        "Volgen de Kamerleden het advies van de Raad van State, dan gaat de nieuwe wet "
        "pas in 2027 in.",
        "Aanmelden voor de kinderopvang moet voortaan een jaar van tevoren, tot ergernis "
        "van veel ouders in Almere.",
        "Lees meer dan tien boeken per jaar en je behoort tot de kleine groep fanatieke "
        "lezers, blijkt uit het onderzoek.",
        "Foto's van de watersnood uit 1953 zijn door het streekarchief gedigitaliseerd "
        "en voor iedereen online gezet.",
        "Bijgewerkte cijfers van het statistiekbureau laten zien dat de werkloosheid in "
        "het noorden sneller daalt dan verwacht.",
        "Door de aanhoudende droogte mogen boeren in Brabant geen grondwater meer "
        "oppompen voor hun gewassen.",
        "Reacties van omwonenden op het windpark waren zo fel dat de gemeente de "
        "inspraakavond moest afbreken.",
        "Inloggen bij de gemeente lukte dinsdag urenlang niet door een storing bij de "
        "landelijke dienst.",
        "Doneren aan goede doelen doen Nederlanders vooral rond de kerst, maar het "
        "gemiddelde bedrag daalt al jaren.",
        "Advertenties voor flitskredieten worden verboden op radio en tv, heeft de "
        "minister van Financiën aangekondigd.",
        "Terug naar zijn geboortedorp Ulrum keerde de kunstenaar Pieter Wolthuis pas na "
        "twintig jaar in Berlijn.",
        "Vorige week speelde de 19-jarige Sem de Boer nog in het tweede elftal; zondag "
        "scoorde hij twee keer in de eredivisie.",
        "Bekijk je het plan van dichtbij, dan blijkt dat de nieuwe wijk nauwelijks "
        "betaalbare huurwoningen bevat.",
    ),
}
"""Real sentences that open like furniture ("Sign up day at the rowing club ...", "Updated
figures from the ministry ..."), written by a separate session."""

NAMED_LISTS: tuple[tuple[str, dict[str, tuple[str, ...]]], ...] = (
    ("TUNE", TUNE),
    ("TUNE_2", TUNE_2),
    ("TUNE_3", TUNE_3),
    ("TUNE_4", TUNE_4),
    ("TUNE_5", TUNE_5),
    ("TUNE_6", TUNE_6),
    ("TUNE_7", TUNE_7),
    ("TUNE_8", TUNE_8),
    ("TUNE_9", TUNE_9),
    ("TUNE_10", TUNE_10),
    ("TUNE_11", TUNE_11),
    ("TUNE_12", TUNE_12),
    ("TUNE_13", TUNE_13),
    ("TUNE_14", TUNE_14),
    ("TUNE_15", TUNE_15),
    ("TUNE_16", TUNE_16),
    ("TUNE_17", TUNE_17),
    ("TUNE_18", TUNE_18),
    ("TUNE_19", TUNE_19),
    ("TUNE_20", TUNE_20),
    ("TUNE_21", TUNE_21),
    ("TUNE_22", TUNE_22),
    ("TUNE_23", TUNE_23),
    ("TUNE_24", TUNE_24),
    ("TUNE_25", TUNE_25),
    ("TUNE_26", TUNE_26),
    ("TUNE_27", TUNE_27),
    ("TUNE_28", TUNE_28),
    ("TUNE_29", TUNE_29),
    ("TUNE_30", TUNE_30),
    ("TUNE_31", TUNE_31),
    ("TUNE_32", TUNE_32),
    ("TUNE_33", TUNE_33),
    ("TUNE_34", TUNE_34),
    ("TUNE_35", TUNE_35),
    ("TUNE_36", TUNE_36),
    ("TUNE_37", TUNE_37),
    ("TUNE_38", TUNE_38),
    ("TUNE_39", TUNE_39),
    ("TUNE_40", TUNE_40),
    ("TUNE_41", TUNE_41),
    ("HELD", HELD),
    ("HELD_2", HELD_2),
    ("HELD_3", HELD_3),
    ("HELD_4", HELD_4),
    ("HELD_5", HELD_5),
    ("HELD_6", HELD_6),
    ("HELD_7", HELD_7),
    ("HELD_8", HELD_8),
    ("HELD_9", HELD_9),
    ("FRESH", FRESH),
)
"""Every list with its name, in the order they are printed."""
LOOKALIKE_LISTS: tuple[tuple[str, dict[str, tuple[str, ...]]], ...] = (
    ("LOOKALIKES", LOOKALIKES),
    ("LOOKALIKES_2", LOOKALIKES_2),
    ("LOOKALIKES_3", LOOKALIKES_3),
    ("LOOKALIKES_4", LOOKALIKES_4),
)
"""The lists of real lines shaped like furniture, which must stay."""

# --- documents ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Document:
    """One host article with UI lines put into it, and which lines are which."""

    language: str
    text: str
    ui: tuple[str, ...]
    real: tuple[str, ...]
    position: dict[str, str] = field(default_factory=dict)
    """Where each UI line stands: top, inside or bottom."""


def documents(
    ui: dict[str, tuple[str, ...]], hosts: dict[str, Host] | None = None
) -> list[Document]:
    """Every UI line once, three to a copy of its language's host article (of ``hosts``,
    ``HOSTS`` by default), at the top (under the headline), between two paragraphs and at the
    end; the host's short real lines rotate through the copies."""
    docs: list[Document] = []
    for lang, lines in ui.items():
        host = (hosts or HOSTS)[lang]
        for k in range(0, len(lines), 3):
            chunk = lines[k : k + 3]
            shift = (k // 3) % 3
            slots = ["top", "inside", "bottom"]
            slots = slots[shift:] + slots[:shift]
            placed = dict(zip(slots, chunk, strict=False))
            docs.append(_document(lang, host, k // 3, placed))
    return docs


def _document(lang: str, host: Host, n: int, placed: dict[str, str]) -> Document:
    p = host.paragraphs
    head = host.heads[n % len(host.heads)]
    short = host.shorts[n % len(host.shorts)]
    start = 3 * (n % (len(host.items) // 3))
    items = host.items[start : start + 3]
    lines = [host.title]
    lines += [placed["top"]] if "top" in placed else []
    lines += [p[0], p[1], head, p[2]]
    lines += [placed["inside"]] if "inside" in placed else []
    lines += [p[3], short, p[4], *items, p[5]]
    lines += [placed["bottom"]] if "bottom" in placed else []
    real = (host.title, *p, head, short, *items)
    sep = "\n" if n % 4 == 3 else "\n\n"
    return Document(
        language=lang,
        text=sep.join(lines),
        ui=tuple(placed.values()),
        real=real,
        position={line: slot for slot, line in placed.items()},
    )


# --- measuring -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    recall: float
    """Share of UI lines removed."""
    keep_rate: float
    """Share of real lines (headline, paragraphs, subheadings, quotes, list items) kept."""
    missed: tuple[tuple[str, str], ...]
    """(language, UI line) kept."""
    lost: tuple[tuple[str, str], ...]
    """(language, real line) removed."""


Cleaner = Callable[[str, str], set[str]]
"""(text, language) -> the kept lines, whitespace-normalised."""


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def measure(
    ui: dict[str, tuple[str, ...]], kept_lines: Cleaner, hosts: dict[str, Host] | None = None
) -> Result:
    """Run the cleaner over the documents of ``ui`` (in ``hosts``, ``HOSTS`` by default) and
    count what stayed and what went."""
    missed: list[tuple[str, str]] = []
    lost: list[tuple[str, str]] = []
    n_ui = n_real = 0
    for doc in documents(ui, hosts):
        kept = kept_lines(doc.text, doc.language)
        n_ui += len(doc.ui)
        n_real += len(doc.real)
        missed += [(doc.language, line) for line in doc.ui if _norm(line) in kept]
        lost += [(doc.language, line) for line in doc.real if _norm(line) not in kept]
    return Result(
        recall=1 - len(missed) / n_ui,
        keep_rate=1 - len(lost) / n_real,
        missed=tuple(missed),
        lost=tuple(lost),
    )


def cleanarticle_lines(topic: bool) -> Cleaner:
    """The kept blocks of ``clean(text, kind="text")``, with or without the topic stage."""
    from dataclasses import replace

    from cleanarticle import Options, clean

    options = replace(Options(), topic=topic)

    def kept(text: str, language: str) -> set[str]:
        article = clean(text, kind="text", options=options)
        return {_norm(b.text) for b in article.blocks if b.kept}

    return kept


def _in_bench(data: str) -> list[str]:
    """UI lines of both lists that occur as a line of any benchmark text input."""
    import json
    from pathlib import Path

    lists = [ui for _, ui in NAMED_LISTS]
    wanted = {_norm(line) for ui in lists for lines in ui.values() for line in lines}
    found: set[str] = set()
    root = Path(data)
    for path in [*root.glob("text/*.jsonl"), *root.glob("splice/*.jsonl")]:
        with path.open(encoding="utf-8") as handle:
            for row in handle:
                for line in json.loads(row)["input"].splitlines():
                    if _norm(line) in wanted:
                        found.add(_norm(line))
    return sorted(found)


def main(argv: list[str]) -> None:
    """Print recall and keep rate on both lists (topic stage on and off); TUNE's misses too.
    With ``--data DIR``, first list the UI lines that occur in the benchmark data."""
    if "--data" in argv:
        print("UI lines found in the benchmark data:", _in_bench(argv[argv.index("--data") + 1]))
    for topic in (False, True):
        for name, ui in NAMED_LISTS:
            r = measure(ui, cleanarticle_lines(topic))
            print(
                f"{name} topic={'on' if topic else 'off'}: recall {r.recall:.3f}  "
                f"keep {r.keep_rate:.3f}  lost {len(r.lost)}"
            )
            if name.startswith("TUNE") and "--misses" in argv:
                for lang, line in r.missed:
                    print(f"   missed [{lang}] {line}")
            for lang, line in r.lost:
                print(f"   LOST [{lang}] {line}")
    for name, lines in LOOKALIKE_LISTS:
        look = measure(lines, cleanarticle_lines(False))
        print(f"{name} topic=off: real lines shaped like furniture removed {look.recall:.3f}")
    print("Real lines lost in the other host articles (MORE_HOSTS), every list, topic stage on:")
    for which, hosts in enumerate(more_host_sets()):
        lost = sum(len(measure(ui, cleanarticle_lines(True), hosts).lost) for _, ui in NAMED_LISTS)
        print(f"   host set {which}: {lost}")


def more_host_sets() -> list[dict[str, Host]]:
    """``MORE_HOSTS`` as host sets of one article per language."""
    sets: list[dict[str, Host]] = [{}, {}]
    for lang, host in MORE_HOSTS:
        sets[0 if lang not in sets[0] else 1][lang] = host
    return sets


if __name__ == "__main__":
    main(sys.argv[1:])
