"""Articles holding real runs of short lines (ingredients, dates and venues, results, opening
hours, steps, a stanza, titles), three per language, written by a separate session that read
neither the rules nor the benchmark data. Each opens with its headline and a byline; every other
line is the article's. Used by ``tests/test_unseen_ui.py``."""

from __future__ import annotations

LIST_ARTICLES: tuple[tuple[str, str], ...] = (
    (
        "en",
        "\n".join(
            [
                "The Lentil Pot That Got Me Through January",
                "",
                "By Hannah Orwell",
                "",
                (
                    "There is a particular kind of tiredness that sets in around the third "
                    "week of January, when the decorations are boxed up, the days are "
                    "still short and the idea of cooking anything complicated feels "
                    "faintly absurd. This is the recipe I return to every year at that "
                    "point. It asks for almost no attention, costs very little and "
                    "improves overnight, which means that Tuesday's dinner quietly becomes "
                    "Wednesday's lunch."
                ),
                "",
                (
                    "I first ate a version of it at a friend's cottage outside "
                    "Brambleford, where it simmered on the back of an old range while we "
                    "walked the dog along the river. She never wrote it down, so what "
                    "follows is my reconstruction after several winters of tinkering. The "
                    "smoked paprika is my addition; the splash of vinegar at the end is "
                    "hers, and it is not optional."
                ),
                "",
                "You will need:",
                "",
                "- 250g green or brown lentils",
                "- 1 large onion, diced",
                "- 2 carrots, diced",
                "- 2 celery sticks, sliced",
                "- 3 garlic cloves, crushed",
                "- 1 tin chopped tomatoes",
                "- 1 tsp smoked paprika",
                "- 1.2 litres vegetable stock",
                "- 2 handfuls of spinach",
                "- 1 tbsp red wine vinegar",
                "",
                (
                    "Start by softening the onion, carrot and celery in a generous glug of "
                    "olive oil over a low heat. Give it a good fifteen minutes; this is "
                    "where most of the flavour comes from, and rushing it with a higher "
                    "flame will only leave you with a sharper, thinner stew. Add the "
                    "garlic and paprika for a minute, then tip in the lentils, tomatoes and stock."
                ),
                "",
                (
                    "Bring everything to a gentle simmer, put a lid on slightly ajar and "
                    "leave it for around forty minutes, stirring when you remember. The "
                    "lentils should be soft but still holding their shape. If the pot "
                    "looks dry, add a splash of water from the kettle."
                ),
                "",
                (
                    "Right at the end, stir through the spinach until it wilts, then add "
                    "the vinegar and taste for salt. It will need more than you think. I "
                    "serve it with thick slices of toasted sourdough and, on a good day, a "
                    "spoonful of yoghurt on top."
                ),
                "",
                (
                    "Leftovers keep for four days in the fridge and freeze well in "
                    "portions. Some readers have told me they add a little chopped chorizo "
                    "with the onions at the start. I won't stop you, but do try it plain "
                    "first: the whole point of this pot is that it needs nothing else."
                ),
            ]
        ),
    ),
    (
        "en",
        "\n".join(
            [
                "Harbour Lights announce first tour in six years",
                "",
                "By Daniel Petch, music correspondent",
                "",
                (
                    "Harbour Lights, the four-piece from the coastal town of Wexmouth "
                    "whose 2011 debut became an unlikely word-of-mouth success, are going "
                    "back on the road. The band confirmed on Monday that they will play "
                    "eight dates across the country next spring, their first run of shows "
                    "since a brief reunion gig at the Saltmarsh Festival in 2019."
                ),
                "",
                (
                    "The tour follows the release of their fourth album, Quiet Country, "
                    "due out on 14 February through the independent label Gannet Records. "
                    'Singer Rosa Elling said the record had been written "mostly in '
                    'kitchens and mostly at night", after the band members had spent '
                    "several years working on other projects."
                ),
                "",
                (
                    '"We didn\'t want to come back just to play the old songs," she told '
                    'the Wexmouth Courier. "We wanted to come back because we had '
                    "something new to say. The tour is the part we were most nervous "
                    "about, and the part we're most excited about.\""
                ),
                "",
                "The dates are:",
                "",
                "Thu 6 March – Carlow Bay, The Foundry",
                "Fri 7 March – Ashby Cross, Mill Hall",
                "Sat 8 March – Northgate, Old Corn Exchange",
                "Mon 10 March – Lindenford, The Assembly Rooms",
                "Tue 11 March – Pellham, St Bride's Church",
                "Thu 13 March – Kingsmere, Riverside Arts Centre",
                "Fri 14 March – Dunmorrow, The Albert",
                "Sat 15 March – Wexmouth, Pier Pavilion (home show)",
                "",
                (
                    "Tickets go on general sale on Friday morning, with a pre-sale for "
                    "those who ordered the album directly from the label opening a day "
                    "earlier. The band said they had deliberately kept prices below £30 "
                    "and would cap resale through the official ticketing partner at face value."
                ),
                "",
                (
                    "The closing night at the Pier Pavilion is a homecoming of sorts: the "
                    "band played their very first gig in the venue's upstairs bar in 2008, "
                    'to what drummer Callum Reith remembers as "about eleven people, three '
                    'of whom were our parents".'
                ),
                "",
                (
                    "Support on all dates comes from Tilly Marsh, a young songwriter from "
                    "Pellham whose debut EP was produced by Elling. Further dates, "
                    "including a possible run of summer festival appearances, are expected "
                    "to be announced later in the year."
                ),
                "",
                (
                    "Asked whether the new songs would sound like the old ones, Elling "
                    "laughed. \"Slower, probably. We're all older. But if you liked us "
                    "then, I think you'll recognise us now.\""
                ),
            ]
        ),
    ),
    (
        "en",
        "\n".join(
            [
                "Review: Salt Ledger by Ilona Farrant",
                "",
                "Review by Priya Castell",
                "",
                (
                    "Ilona Farrant spent twenty-two years as a bookkeeper at a fish "
                    "processing plant in the northern port of Haverholm before she "
                    "published a single poem. That history is everywhere in Salt Ledger, "
                    "her second collection, which is full of columns, tallies, shifts and "
                    "the cold arithmetic of a working life. It is also, more surprisingly, "
                    "one of the tenderest books of poetry I have read this year."
                ),
                "",
                (
                    'The opening sequence, "Night Shift Inventory", takes the form of a '
                    "stocktake. Items are counted, crossed off and carried forward, but "
                    "what is really being counted is time: the hours spent away from "
                    "children, the years a marriage lasted, the weeks between a diagnosis "
                    "and a funeral. Farrant's lines are short and plain, almost flat on "
                    "first reading, and it is only on the second or third pass that their "
                    "weight becomes clear."
                ),
                "",
                "The title poem is the book's centrepiece. Here is its third stanza:",
                "",
                "Carry the loss to the next page.",
                "Carry the gull, the grey, the wage.",
                "Carry the coat you left on the hook,",
                "the name you never wrote in the book.",
                "Read it back in the morning light.",
                "Nothing balances. Nothing is right.",
                "Carry it home. Carry it home.",
                "The sea keeps its accounts alone.",
                "",
                (
                    "It is a stanza that could easily tip into sentimentality, and the "
                    'repeated instruction to "carry it home" risks sounding like the '
                    "refrain of a folk song. But Farrant holds her nerve. The rhymes are "
                    "deliberately clumsy, like sums done in a hurry at the end of a long "
                    "day, and the final line lands with a chill."
                ),
                "",
                (
                    "Not every poem works as well. A middle section of prose poems about "
                    "the town's annual regatta feels thin beside the rest, as though it "
                    "belonged to a different book. And a handful of pieces lean too "
                    "heavily on the ledger metaphor, which by the final pages has started to creak."
                ),
                "",
                (
                    "Still, these are small complaints about a collection that does "
                    "something few books manage: it makes the language of work sing "
                    "without pretending that work is anything other than hard. Farrant, "
                    "now in her sixties, has said in interviews that she writes on the bus "
                    "to and from her allotment. On the evidence of Salt Ledger, it is time "
                    "well spent."
                ),
                "",
                "Salt Ledger is published by Northlight Press at £10.99.",
            ]
        ),
    ),
    (
        "de",
        "\n".join(
            [
                "Fünf Tage an der Küste: Mit dem Rad von Kellmünde nach Sandhagen",
                "",
                "Von Jana Wittkamp",
                "",
                (
                    "Wer die Küste zwischen Kellmünde und Sandhagen nur vom Autofenster "
                    "aus kennt, hat das Beste verpasst. Der gut ausgebaute Radweg führt "
                    "auf rund 230 Kilometern durch Salzwiesen, Fischerdörfer und kleine "
                    "Kiefernwälder, fast immer in Sichtweite des Wassers. Steigungen gibt "
                    "es kaum, Gegenwind dafür umso mehr. Wir sind die Strecke im "
                    "Spätsommer in fünf Etappen gefahren, mit Gepäcktaschen und ohne Eile."
                ),
                "",
                (
                    "Die Route ist durchgehend mit einem blauen Fisch auf weißem Grund "
                    "beschildert. Eine Karte braucht man eigentlich nicht, ein Blick auf "
                    "die Wettervorhersage schadet dagegen nie. Unterkünfte sollte man in "
                    "der Hauptsaison vorab buchen, vor allem in den kleineren Orten, wo es "
                    "oft nur eine einzige Pension gibt."
                ),
                "",
                "Unsere Etappen im Überblick:",
                "",
                "Tag 1: Kellmünde – Brandholm (42 km)",
                "",
                "Tag 2: Brandholm – Wiekendorf (51 km)",
                "",
                "Tag 3: Wiekendorf – Insel Lütt Ahrn (38 km)",
                "",
                "Tag 4: Lütt Ahrn – Hessenhagen (55 km)",
                "",
                "Tag 5: Hessenhagen – Sandhagen (44 km)",
                "",
                (
                    "Der erste Tag ist ein sanfter Einstieg. Hinter Kellmünde führt der "
                    "Weg über den alten Deich, links die Weiden, rechts das Watt. In "
                    "Brandholm lohnt sich ein Abstecher zum kleinen Leuchtturm, der im "
                    "Sommer bis zum Abend geöffnet ist."
                ),
                "",
                (
                    "Die zweite Etappe ist die abwechslungsreichste. Zwischen Brandholm "
                    "und Wiekendorf wechseln sich Steilküste und Badestrände ab, und in "
                    "fast jedem Dorf gibt es einen Kiosk mit Fischbrötchen. Wer früh "
                    "losfährt, hat die Strände am Vormittag fast für sich allein."
                ),
                "",
                (
                    "Höhepunkt der Tour ist für viele der dritte Tag. Die Insel Lütt Ahrn "
                    "ist über einen schmalen Damm erreichbar, der bei Sturmflut gesperrt "
                    "wird. Autos sind auf der Insel nicht erlaubt, und abends hört man "
                    "nichts außer Wind und Austernfischern. Wir haben hier einen "
                    "zusätzlichen Ruhetag eingelegt und es nicht bereut."
                ),
                "",
                (
                    "Die vierte Etappe ist die längste und, je nach Windrichtung, die "
                    "anstrengendste. Ab Hessenhagen wird es wieder städtischer, und die "
                    "letzte Etappe nach Sandhagen führt über eine lange Strandpromenade "
                    "direkt bis zum Bahnhof. Von dort fahren stündlich Regionalzüge mit "
                    "Fahrradabteil zurück nach Kellmünde."
                ),
                "",
                (
                    "Praktisch: Fahrräder kann man in Kellmünde bei mehreren Verleihern "
                    "mieten, einige bieten auch einen Gepäcktransport zwischen den "
                    "Etappenorten an. Wer lieber ohne Taschen fährt, zahlt dafür etwa 15 "
                    "Euro pro Tag."
                ),
            ]
        ),
    ),
    (
        "de",
        "\n".join(
            [
                "Kreisliga Nord: Eintracht Höllberg erobert die Tabellenspitze",
                "",
                "Von Markus Fehrenbach",
                "",
                (
                    "Eintracht Höllberg steht erstmals seit drei Jahren wieder an der "
                    "Spitze der Kreisliga Nord. Die Mannschaft von Trainer Uwe Drössler "
                    "gewann am Sonntag das Spitzenspiel gegen den bisherigen "
                    "Tabellenführer SV Rotenau vor rund 400 Zuschauern mit 3:1 und zog "
                    "damit in der Tabelle vorbei."
                ),
                "",
                (
                    "Dabei hatte es zunächst nicht nach einem Höllberger Sieg ausgesehen. "
                    "Rotenau ging nach einer Viertelstunde durch einen Kopfball von "
                    "Kapitän Tobias Ring in Führung und hatte in der ersten Halbzeit mehr "
                    "vom Spiel. Erst nach dem Seitenwechsel kam die Eintracht besser in "
                    "die Partie. Jonas Albrecht glich nach einer Ecke aus, ehe der "
                    "eingewechselte Deniz Kaya mit einem Doppelpack innerhalb von zehn "
                    "Minuten alles klarmachte."
                ),
                "",
                (
                    '„Die Jungs haben in der Pause gezeigt, was in ihnen steckt", sagte '
                    "Drössler nach dem Abpfiff. „Aber die Saison ist noch lang. Heute "
                    'haben wir drei Punkte geholt, mehr nicht."'
                ),
                "",
                "Die Ergebnisse des 12. Spieltags:",
                "",
                "Eintracht Höllberg – SV Rotenau 3:1",
                "TSV Grünbach – FC Lindenweiler 0:0",
                "SG Oberholz – VfR Mühlstetten 2:4",
                "Borussia Kaltenau – SC Weidenbruck 1:1",
                "TuS Ebersfeld – Germania Talheim 3:2",
                "FV Steinach – SpVgg Almrode 0:2",
                "",
                "An der Spitze der Tabelle ist es nun eng:",
                "",
                "1. Eintracht Höllberg, 28 Punkte",
                "2. SV Rotenau, 27 Punkte",
                "3. VfR Mühlstetten, 24 Punkte",
                "4. TuS Ebersfeld, 22 Punkte",
                "5. FC Lindenweiler, 20 Punkte",
                "",
                (
                    "Für Aufsehen sorgte auch der Auswärtssieg des VfR Mühlstetten in "
                    "Oberholz. Die Gäste lagen zur Pause mit 0:2 zurück, drehten das Spiel "
                    "aber innerhalb einer halben Stunde. Damit hält sich Mühlstetten in "
                    "Schlagdistanz zu den beiden Spitzenteams."
                ),
                "",
                (
                    "Am Tabellenende bleibt die Lage für den FV Steinach schwierig. Nach "
                    "der Heimniederlage gegen Almrode hat die Mannschaft nur sieben Punkte "
                    "auf dem Konto und bereits fünf Zähler Rückstand auf den rettenden "
                    "Platz. Der Vorstand sprach dem Trainerteam dennoch das Vertrauen aus."
                ),
                "",
                (
                    "Am kommenden Wochenende muss Höllberg beim TuS Ebersfeld antreten, "
                    "Rotenau empfängt Borussia Kaltenau. Anstoß ist jeweils am Sonntag um 15 Uhr."
                ),
            ]
        ),
    ),
    (
        "de",
        "\n".join(
            [
                "Stadtmuseum Weißbrunn öffnet nach zwei Jahren Umbau wieder",
                "",
                "Von Claudia Harms",
                "",
                (
                    "Nach mehr als zwei Jahren Bauzeit ist es so weit: Das Stadtmuseum "
                    "Weißbrunn öffnet am Samstag wieder seine Türen. Das historische "
                    "Gebäude am Marktplatz, ein ehemaliges Kornhaus aus dem 17. "
                    "Jahrhundert, wurde in dieser Zeit grundlegend saniert, barrierefrei "
                    "umgebaut und um einen gläsernen Anbau im Innenhof erweitert."
                ),
                "",
                (
                    "Die Kosten lagen mit rund 6,8 Millionen Euro etwas über der "
                    "ursprünglichen Planung. Museumsleiterin Dr. Sabine Krull zeigte sich "
                    "bei einem Rundgang für die Presse dennoch zufrieden. „Wir haben jetzt "
                    "endlich Räume, in denen wir unsere Sammlung so zeigen können, wie sie "
                    'es verdient", sagte sie.'
                ),
                "",
                (
                    "Die neue Dauerausstellung erzählt die Geschichte der Stadt von der "
                    "ersten urkundlichen Erwähnung bis in die Gegenwart. Besonders stolz "
                    "ist man auf die restaurierte Zunftstube der Weißbrunner Tuchmacher, "
                    "die jahrzehntelang im Depot lagerte. Im Anbau ist Platz für "
                    "Wechselausstellungen; den Anfang macht eine Schau über das Hochwasser "
                    "von 1954 mit zahlreichen bislang unveröffentlichten Fotografien."
                ),
                "",
                (
                    "Auch die Öffnungszeiten wurden angepasst. Künftig ist das Museum an "
                    "einem Abend pro Woche länger geöffnet:"
                ),
                "",
                "Montag: geschlossen",
                "Dienstag: 10 bis 17 Uhr",
                "Mittwoch: 10 bis 17 Uhr",
                "Donnerstag: 10 bis 20 Uhr",
                "Freitag: 10 bis 17 Uhr",
                "Samstag: 11 bis 18 Uhr",
                "Sonntag: 11 bis 18 Uhr",
                "",
                "Die Eintrittspreise im Überblick:",
                "",
                "- Erwachsene: 8 Euro",
                "- Ermäßigt: 5 Euro",
                "- Kinder unter 14 Jahren: frei",
                "- Familienkarte: 16 Euro",
                "- Jahreskarte: 30 Euro",
                "",
                (
                    "Am Eröffnungswochenende ist der Eintritt für alle frei. Geplant sind "
                    "stündliche Kurzführungen, ein Programm für Kinder im Innenhof sowie "
                    "am Sonntagnachmittag ein Konzert des Weißbrunner Kammerchors."
                ),
                "",
                (
                    "Kritik gab es im Vorfeld vor allem an der langen Schließzeit. Der "
                    "Stadtrat hatte die Wiedereröffnung ursprünglich für das vergangene "
                    "Frühjahr angekündigt, Verzögerungen bei der Statik des Dachstuhls "
                    "machten diesen Termin jedoch zunichte. Oberbürgermeister Henning "
                    "Faltz räumte ein, man habe „die Geduld der Weißbrunnerinnen und "
                    'Weißbrunner sehr strapaziert".'
                ),
            ]
        ),
    ),
    (
        "fr",
        "\n".join(
            [
                "Municipales à Saint-Aubin-des-Prés : la liste écologiste arrive en tête",
                "",
                "Par Claire Vautrin",
                "",
                (
                    "C'est une petite surprise dans cette commune de 14 000 habitants où "
                    "la droite gouvernait sans interruption depuis 1995. Au soir du "
                    "premier tour, dimanche, la liste « Saint-Aubin en commun », menée par "
                    "l'enseignante Élodie Marchal et soutenue par les écologistes et une "
                    "partie de la gauche, est arrivée en tête avec un peu plus d'un tiers "
                    "des suffrages exprimés."
                ),
                "",
                (
                    "Le maire sortant, Gérard Fontanel, qui briguait un cinquième mandat, "
                    "la suit de près. Dans une salle des fêtes bondée, il a reconnu un "
                    "résultat « décevant » mais a appelé ses électeurs à « ne rien lâcher "
                    "» avant le second tour."
                ),
                "",
                "Voici les résultats du premier tour :",
                "",
                "Saint-Aubin en commun (Élodie Marchal) : 34,8 %",
                "Agir pour Saint-Aubin (Gérard Fontanel) : 31,2 %",
                "Renouveau saint-aubinois (Paul Deschamps) : 14,6 %",
                "Rassemblement citoyen (Nadia Benali) : 11,9 %",
                "Saint-Aubin d'abord (Jacques Morel) : 7,5 %",
                "Participation : 52,3 %",
                "",
                (
                    "Trois listes ayant dépassé la barre des 10 %, le second tour pourrait "
                    "prendre la forme d'une triangulaire, voire d'une quadrangulaire. Tout "
                    "dépendra des tractations qui s'engagent dès lundi. Paul Deschamps, "
                    "ancien adjoint aux finances passé dans l'opposition, n'a pas encore "
                    "indiqué s'il maintiendrait sa liste ou s'il fusionnerait avec l'un "
                    "des deux favoris."
                ),
                "",
                (
                    "« Les habitants ont envoyé un message clair : ils veulent du "
                    "changement, notamment sur les transports et le logement », a déclaré "
                    "Élodie Marchal devant ses soutiens réunis dans un café du "
                    "centre-ville. Son programme prévoit notamment la création d'une "
                    "navette gratuite entre les hameaux et le centre, ainsi que la "
                    "rénovation de l'ancienne école des Tilleuls en logements sociaux."
                ),
                "",
                (
                    "La participation, en légère hausse par rapport au précédent scrutin, "
                    "reste toutefois faible dans les quartiers nord de la commune, où "
                    "moins de quatre électeurs sur dix se sont déplacés."
                ),
                "",
                (
                    "Les listes ont jusqu'à mardi 18 heures pour déposer leur candidature "
                    "en préfecture en vue du second tour, qui aura lieu dimanche prochain. "
                    "Un débat entre les têtes de liste est prévu jeudi soir à la médiathèque."
                ),
            ]
        ),
    ),
    (
        "fr",
        "\n".join(
            [
                "Le clafoutis aux cerises de ma grand-mère, sans chichis",
                "",
                "Par Anne-Laure Pradel",
                "",
                (
                    "Chaque année, à la fin du mois de juin, c'est le même rituel. Le "
                    "cerisier du fond du jardin croule sous les fruits, les merles font la "
                    "fête dans les branches et il faut se dépêcher de cueillir avant eux. "
                    "Chez ma grand-mère, à Montclar-le-Vieux, la récolte finissait "
                    "toujours de la même manière : dans un grand plat en terre, noyée sous "
                    "une pâte dorée."
                ),
                "",
                (
                    "Le clafoutis est un dessert de famille par excellence. Il ne demande "
                    "ni technique particulière ni matériel compliqué, et il pardonne à peu "
                    "près tout. La seule vraie question, celle qui divise les familles "
                    "depuis des générations, est de savoir s'il faut dénoyauter les "
                    "cerises. Ma grand-mère ne le faisait jamais : selon elle, les noyaux "
                    "donnent au gâteau un léger goût d'amande. Je suis de son avis, mais "
                    "prévenez vos invités."
                ),
                "",
                "Pour six personnes, il vous faut :",
                "",
                "* 600 g de cerises noires",
                "* 3 œufs",
                "* 100 g de sucre",
                "* 80 g de farine",
                "* 30 cl de lait entier",
                "* 10 cl de crème liquide",
                "* 1 pincée de sel",
                "* 1 sachet de sucre vanillé",
                "* 20 g de beurre pour le plat",
                "",
                (
                    "Préchauffez le four à 180 °C. Beurrez généreusement un plat à gratin "
                    "et saupoudrez-le d'un peu de sucre. Lavez et équeutez les cerises, "
                    "puis disposez-les en une seule couche au fond du plat."
                ),
                "",
                (
                    "Dans un saladier, fouettez les œufs avec le sucre et le sucre vanillé "
                    "jusqu'à ce que le mélange blanchisse légèrement. Ajoutez la farine et "
                    "le sel, puis versez peu à peu le lait et la crème en fouettant pour "
                    "éviter les grumeaux. La pâte doit être lisse et assez liquide, un peu "
                    "comme une pâte à crêpes."
                ),
                "",
                (
                    "Versez la pâte sur les cerises et enfournez pour 40 à 45 minutes. Le "
                    "clafoutis est prêt quand il est bien gonflé et doré sur le dessus ; "
                    "la lame d'un couteau plantée au centre doit ressortir presque sèche. "
                    "Il retombera en refroidissant, c'est normal."
                ),
                "",
                (
                    "On le déguste tiède ou froid, saupoudré de sucre glace. Ma grand-mère "
                    "le servait directement dans le plat, au milieu de la table, avec une "
                    "carafe de cidre. Il n'en restait jamais pour le lendemain."
                ),
            ]
        ),
    ),
    (
        "fr",
        "\n".join(
            [
                "Rentrée littéraire : cinq romans à ne pas manquer cet automne",
                "",
                "Par Mathieu Lenoir",
                "",
                (
                    "Comme chaque année, la rentrée littéraire a des allures de marée. "
                    "Plus de quatre cents romans paraissent entre la fin août et la "
                    "mi-octobre, et il est difficile de savoir par où commencer. Après "
                    "plusieurs semaines de lecture, voici les cinq titres qui nous ont le "
                    "plus marqués, premiers romans comme œuvres d'auteurs confirmés."
                ),
                "",
                "Notre sélection :",
                "",
                "1. « Les Heures blanches », de Louise Arnaud",
                "2. « Le Dernier Bac », de Karim Haddad",
                "3. « Une saison à Verrières », de Sophie Delmas",
                "4. « Ce que la mer rapporte », de Yann Kerbrat",
                "5. « Les Invisibles du quai », de Margaux Tissier",
                "",
                (
                    "Louise Arnaud signe avec « Les Heures blanches » un roman bref et "
                    "bouleversant sur une infirmière de nuit dans un hôpital de province. "
                    "En moins de deux cents pages, elle dit tout de la fatigue, de la "
                    "solitude et de la solidarité discrète entre collègues. L'écriture est "
                    "sèche, précise, sans jamais tomber dans le pathos."
                ),
                "",
                (
                    "Karim Haddad, dont c'est le premier roman, raconte dans « Le Dernier "
                    "Bac » la dernière traversée d'un passeur sur un fleuve du sud-ouest, "
                    "à la veille de la construction d'un pont. C'est drôle, mélancolique "
                    "et remarquablement construit. L'un des débuts les plus prometteurs de "
                    "la saison."
                ),
                "",
                (
                    "Avec « Une saison à Verrières », Sophie Delmas revient au roman "
                    "familial qui a fait son succès. Trois sœurs se retrouvent dans la "
                    "maison de leur enfance pour la vider avant sa vente. Le sujet n'est "
                    "pas neuf, mais la finesse des dialogues emporte l'adhésion."
                ),
                "",
                (
                    "« Ce que la mer rapporte » est sans doute le livre le plus ambitieux "
                    "de cette sélection. Yann Kerbrat y entrelace sur un siècle le destin "
                    "de trois générations de ramasseurs d'algues sur une petite île de "
                    "l'Atlantique. On se perd parfois un peu dans les personnages, mais "
                    "l'ampleur du récit impressionne."
                ),
                "",
                (
                    "Enfin, « Les Invisibles du quai », de Margaux Tissier, suit une "
                    "équipe de nettoyage dans une grande gare pendant une nuit de grève. "
                    "Un roman choral, engagé, qui donne la parole à ceux que l'on ne voit jamais."
                ),
                "",
                (
                    "Plusieurs de ces titres figurent déjà dans les premières sélections "
                    "des grands prix d'automne. Réponse début novembre."
                ),
            ]
        ),
    ),
    (
        "es",
        "\n".join(
            [
                "Cómo purgar los radiadores antes de encender la calefacción",
                "",
                "Por Lucía Berrocal",
                "",
                (
                    "Con la llegada de los primeros fríos, muchos hogares vuelven a poner "
                    "en marcha la calefacción después de varios meses de descanso. Es el "
                    "momento de comprobar que los radiadores funcionan correctamente. Si "
                    "notas que uno de ellos se calienta por abajo pero se queda frío en la "
                    "parte superior, o si escuchas gorgoteos en las tuberías, lo más "
                    "probable es que tenga aire acumulado en su interior."
                ),
                "",
                (
                    "Purgar los radiadores es una tarea sencilla que cualquiera puede "
                    "hacer en casa sin necesidad de llamar a un técnico. Solo necesitas "
                    "una llave de purga, que se vende en cualquier ferretería por menos de "
                    "dos euros, un trapo y un pequeño recipiente para recoger el agua. En "
                    "muchos modelos modernos basta incluso con un destornillador plano."
                ),
                "",
                "Estos son los pasos:",
                "",
                "1. Enciende la calefacción unos minutos.",
                "2. Apágala y espera a que los radiadores se enfríen.",
                "3. Coloca el trapo y el recipiente bajo la válvula.",
                "4. Gira la llave un cuarto de vuelta.",
                "5. Deja salir el aire hasta que brote agua.",
                "6. Cierra la válvula con firmeza.",
                "7. Repite en todos los radiadores de la casa.",
                "8. Comprueba la presión de la caldera.",
                "",
                (
                    "Conviene empezar por el radiador más cercano a la caldera e ir "
                    "avanzando hacia el más alejado. Así el aire se desplaza en una sola "
                    "dirección y el resultado es más eficaz."
                ),
                "",
                (
                    "El último paso es muy importante y a menudo se olvida. Al purgar el "
                    "circuito se pierde algo de agua y, con ella, presión. La mayoría de "
                    "las calderas domésticas funcionan entre 1 y 1,5 bares. Si el "
                    "manómetro marca menos, habrá que rellenar abriendo la llave de "
                    "llenado, que suele estar en la parte inferior de la caldera, hasta "
                    "alcanzar el nivel adecuado."
                ),
                "",
                (
                    "Según Andrés Villalobos, instalador con más de veinte años de "
                    "experiencia en Torrenueva, un radiador con aire puede consumir hasta "
                    "un 15 % más de energía para dar el mismo calor. «Es una de esas "
                    "tareas que la gente deja para luego y que después se nota en la "
                    "factura», explica."
                ),
                "",
                (
                    "Si después de purgar un radiador sigue sin calentarse, el problema "
                    "puede ser otro: una válvula bloqueada, suciedad acumulada en el "
                    "circuito o un fallo de la propia caldera. En esos casos sí es "
                    "recomendable acudir a un profesional."
                ),
            ]
        ),
    ),
    (
        "es",
        "\n".join(
            [
                "El Festival de Jazz de Valdemora presenta un cartel con fuerte acento latino",
                "",
                "Por Javier Salcedo",
                "",
                (
                    "El Festival Internacional de Jazz de Valdemora celebrará su vigésima "
                    "edición del 3 al 12 de julio con un programa que mira, más que nunca, "
                    "hacia el otro lado del Atlántico. La organización presentó ayer en el "
                    "Teatro Municipal un cartel de nueve conciertos en el que conviven "
                    "figuras consagradas y jóvenes talentos."
                ),
                "",
                (
                    "La directora artística, Marina Ortúzar, explicó que la programación "
                    "quiere celebrar «la conversación entre el jazz y las músicas "
                    "populares de América Latina». Por eso habrá boleros, son, tango y "
                    "ritmos andinos junto al jazz más clásico."
                ),
                "",
                "El programa principal es el siguiente:",
                "",
                "3 de julio: Trío Aurelio Campos, Plaza Mayor",
                "4 de julio: Celia Montenegro Quintet, Teatro Municipal",
                "5 de julio: Big Band de Valdemora, Plaza Mayor",
                "7 de julio: Tomás Riera & Los Náufragos, Claustro de San Gil",
                "8 de julio: Ana Lucía Prado, Teatro Municipal",
                "9 de julio: Orquesta Sur Eléctrico, Plaza Mayor",
                "10 de julio: Dúo Ferrán-Oyarzun, Claustro de San Gil",
                "11 de julio: Noche de jam session, Café Central",
                "12 de julio: Concierto de clausura, Plaza Mayor",
                "",
                (
                    "Los conciertos de la Plaza Mayor serán gratuitos, como ya es "
                    "tradición. Las entradas para el Teatro Municipal y el Claustro de San "
                    "Gil costarán entre 12 y 25 euros y se pondrán a la venta el próximo "
                    "lunes en las taquillas del teatro."
                ),
                "",
                (
                    "Entre los nombres más esperados destaca la pianista Celia Montenegro, "
                    "que presentará su último disco, grabado a caballo entre dos "
                    "continentes, y la cantante Ana Lucía Prado, habitual de los clubes "
                    "más prestigiosos del continente americano. La clausura correrá a "
                    "cargo de un proyecto creado especialmente para el aniversario, que "
                    "reunirá en el escenario a músicos de todas las ediciones anteriores."
                ),
                "",
                (
                    "El festival, que nació como un pequeño ciclo de conciertos en el "
                    "claustro, atrae cada verano a más de 30.000 espectadores. El alcalde, "
                    "Ramón Ibarra, destacó su impacto en la economía local: «Durante esos "
                    "diez días los hoteles y los restaurantes se llenan. Es uno de los "
                    "grandes motores turísticos de la comarca»."
                ),
                "",
                (
                    "Como novedad, este año habrá talleres gratuitos para niños por las "
                    "mañanas y un ciclo de cine musical al aire libre en el patio del "
                    "antiguo mercado."
                ),
            ]
        ),
    ),
    (
        "es",
        "\n".join(
            [
                "Los Premios Lumbre coronan a «La casa del río» como mejor película del año",
                "",
                "Por Elena Castrillo",
                "",
                (
                    "«La casa del río», el drama rural dirigido por Inés Aldana, fue la "
                    "gran triunfadora de la séptima edición de los Premios Lumbre, que "
                    "otorga cada año la Asociación de Críticos de Cine de Monteverde. La "
                    "película se llevó cuatro galardones en una gala celebrada el sábado "
                    "en el Auditorio Ribera, incluidos los de mejor película y mejor dirección."
                ),
                "",
                (
                    "La cinta, que narra el regreso de una mujer al pueblo de su infancia "
                    "tras la muerte de su padre, ya había sido una de las sorpresas de la "
                    "temporada en taquilla, con más de 300.000 espectadores en salas. "
                    "Aldana, visiblemente emocionada, dedicó el premio «a todas las "
                    "personas que se quedaron en los pueblos cuando todo el mundo se iba»."
                ),
                "",
                "Estos son los principales premiados:",
                "",
                "- Mejor película: «La casa del río»",
                "- Mejor dirección: Inés Aldana",
                "- Mejor actriz: Carmen Olmedo",
                "- Mejor actor: Julián Serrat",
                "- Mejor guion: Pablo Escudero",
                "- Mejor dirección novel: Irene Solís",
                "- Mejor documental: «Las voces del puerto»",
                "- Mejor cortometraje: «Martes»",
                "- Premio de honor: Amparo Reinoso",
                "",
                (
                    "Carmen Olmedo, protagonista de «La casa del río», recogió su primer "
                    "premio importante tras más de dos décadas de carrera en el teatro. "
                    "Julián Serrat fue reconocido por su papel de boxeador retirado en "
                    "«Últimos asaltos», una película que partía como favorita pero que "
                    "finalmente tuvo que conformarse con ese único galardón."
                ),
                "",
                (
                    "Uno de los momentos más emotivos de la noche llegó con el premio de "
                    "honor a Amparo Reinoso. La actriz, de 84 años, recibió una larga "
                    "ovación con el público en pie y recordó con humor sus comienzos en "
                    "una compañía de teatro ambulante: «Dormíamos en los camiones y "
                    "actuábamos en las plazas. Nadie nos daba premios, pero éramos felices»."
                ),
                "",
                (
                    "La gala, presentada por el humorista Diego Marfil, fue retransmitida "
                    "en directo por la televisión autonómica y siguió un formato más breve "
                    "que en ediciones anteriores, con apenas dos horas de duración."
                ),
            ]
        ),
    ),
    (
        "it",
        "\n".join(
            [
                "Prova: Nerio X5, lo smartphone che punta tutto sull'autonomia",
                "",
                "Di Stefano Ricciardi",
                "",
                (
                    "In un mercato in cui quasi tutti i produttori inseguono fotocamere "
                    "sempre più sofisticate e schermi sempre più grandi, la giovane "
                    "azienda Nerio ha scelto una strada diversa. Il suo nuovo X5 è "
                    "costruito attorno a una sola promessa: arrivare a sera, anzi a due "
                    "sere, senza cercare una presa di corrente. L'abbiamo usato per tre "
                    "settimane come telefono principale."
                ),
                "",
                "La scheda tecnica:",
                "",
                "Display: 6,4 pollici OLED, 120 Hz",
                "Processore: octa-core 2,6 GHz",
                "Memoria: 8 GB RAM, 256 GB",
                "Batteria: 6.500 mAh",
                "Ricarica: 45 W via cavo",
                "Fotocamera: 50 MP + 12 MP grandangolare",
                "Peso: 212 grammi",
                "Prezzo: 449 euro",
                "",
                (
                    "Il dato che salta all'occhio è naturalmente quello della batteria. "
                    "Nelle nostre prove, con un uso intenso tra navigazione, messaggi, "
                    "navigatore e un po' di streaming, il telefono è arrivato regolarmente "
                    "alla fine del secondo giorno con ancora il 15-20% di carica. Con un "
                    "uso più leggero abbiamo superato le sessanta ore. La ricarica "
                    "completa richiede poco più di un'ora."
                ),
                "",
                (
                    "Il prezzo di questa autonomia è il peso. Con i suoi 212 grammi l'X5 "
                    "si fa sentire in tasca e, dopo una lunga telefonata, anche nella "
                    "mano. Lo spessore è contenuto, ma il telefono resta decisamente più "
                    "massiccio della concorrenza."
                ),
                "",
                (
                    "Lo schermo è luminoso e ben tarato, leggibile anche sotto il sole. Le "
                    "prestazioni sono più che adeguate per l'uso quotidiano e anche per i "
                    "giochi più diffusi, pur senza raggiungere i modelli di fascia alta. "
                    "Il software è pulito, con poche applicazioni preinstallate e la "
                    "promessa di quattro anni di aggiornamenti."
                ),
                "",
                (
                    "Meno convincente la fotocamera. Di giorno le foto sono nitide e con "
                    "colori naturali, ma con poca luce il rumore aumenta in modo evidente "
                    "e il grandangolo perde parecchi dettagli. Chi scatta molto la sera "
                    "dovrà guardare altrove."
                ),
                "",
                (
                    "In conclusione, il Nerio X5 è un telefono onesto che fa molto bene "
                    "una cosa sola. Per chi viaggia spesso, lavora fuori casa o "
                    "semplicemente è stanco di portarsi dietro un caricabatterie, è una "
                    "delle proposte più interessanti della sua fascia di prezzo."
                ),
            ]
        ),
    ),
    (
        "it",
        "\n".join(
            [
                "Pasta e ceci, la ricetta di nonna Lucia per le sere d'inverno",
                "",
                "Di Giulia Martinelli",
                "",
                (
                    "Ci sono piatti che non hanno bisogno di presentazioni, e la pasta e "
                    "ceci è uno di questi. Povera, economica, calda, è stata per "
                    "generazioni il pranzo della domenica e la cena del lunedì in tante "
                    "case di campagna. Questa è la versione di mia nonna Lucia, che la "
                    "preparava nella sua cucina di San Vito al Colle con i ceci secchi "
                    "messi in ammollo la sera prima."
                ),
                "",
                (
                    "Oggi si possono usare anche i ceci già cotti, e nessuno se ne "
                    "accorgerà. Ma se avete tempo, provate almeno una volta con quelli "
                    "secchi: il brodo di cottura dà al piatto una cremosità che è "
                    "difficile ottenere in altro modo."
                ),
                "",
                "Ingredienti per quattro persone:",
                "",
                "300 g di ceci secchi",
                "200 g di ditalini",
                "1 spicchio d'aglio",
                "1 rametto di rosmarino",
                "2 cucchiai di passata di pomodoro",
                "1 costa di sedano",
                "olio extravergine d'oliva",
                "sale e pepe nero",
                "",
                (
                    "Mettete i ceci in ammollo in abbondante acqua fredda per almeno "
                    "dodici ore. Scolateli, sciacquateli e cuoceteli in una pentola "
                    "capiente con acqua fresca, il sedano e il rosmarino per circa due ore "
                    "a fuoco basso, finché saranno morbidi. Salate solo alla fine."
                ),
                "",
                (
                    "In un tegame largo scaldate un filo d'olio con lo spicchio d'aglio "
                    "schiacciato. Quando l'aglio è dorato, toglietelo e aggiungete la "
                    "passata di pomodoro. Lasciate insaporire per qualche minuto, poi "
                    "unite i ceci scolati e un paio di mestoli della loro acqua di cottura."
                ),
                "",
                (
                    "Prelevate circa un terzo dei ceci, frullateli e rimetteteli nel "
                    "tegame: è questo il segreto della consistenza vellutata. Portate a "
                    "bollore, aggiungete la pasta e cuocetela direttamente nel sugo, "
                    "allungando con l'acqua dei ceci quando serve. Il risultato deve "
                    "essere denso ma non asciutto."
                ),
                "",
                (
                    "Spegnete il fuoco, lasciate riposare un paio di minuti e servite con "
                    "un giro d'olio crudo e una macinata di pepe. Nonna Lucia aggiungeva "
                    "sempre un pizzico di peperoncino, ma solo nel suo piatto."
                ),
                "",
                (
                    "Avanzi? Il giorno dopo la pasta e ceci è, se possibile, ancora più "
                    "buona. Basta scaldarla a fuoco dolce con un mestolo d'acqua."
                ),
            ]
        ),
    ),
    (
        "it",
        "\n".join(
            [
                "Tre giorni in Val Serrana, tra borghi, malghe e laghi alpini",
                "",
                "Di Paolo Ferretti",
                "",
                (
                    "La Val Serrana è una di quelle valli che molti attraversano senza "
                    "fermarsi, diretti verso località più famose. È un errore. In pochi "
                    "chilometri offre borghi in pietra quasi intatti, pascoli d'alta "
                    "quota, laghi limpidi e una cucina di montagna ancora genuina. "
                    "L'abbiamo percorsa a fine settembre, quando i turisti dell'estate "
                    "sono ripartiti e i larici cominciano a ingiallire."
                ),
                "",
                (
                    "Tre giorni sono sufficienti per farsi un'idea, a patto di non avere "
                    "fretta. Ecco il nostro itinerario:"
                ),
                "",
                "- Giorno 1: arrivo a Pieve Serrana e visita del borgo",
                "- Giorno 1, sera: cena alla trattoria Il Camoscio",
                "- Giorno 2: escursione al Lago Verde (3 ore a/r)",
                "- Giorno 2, pomeriggio: malga Costalunga",
                "- Giorno 3: mattina al mercato di Rocca Alta",
                "- Giorno 3, pomeriggio: rientro via ponte di Vallina",
                "",
                (
                    "Pieve Serrana è il centro principale della valle, ma conta poco più "
                    "di ottocento abitanti. Il borgo si visita a piedi in un paio d'ore: "
                    "la chiesa parrocchiale con i suoi affreschi quattrocenteschi, le case "
                    "con i tetti in lose, la vecchia segheria ad acqua restaurata qualche "
                    "anno fa da un gruppo di volontari. La sera, alla trattoria Il "
                    "Camoscio, non perdete la polenta con lo spezzatino."
                ),
                "",
                (
                    "Il secondo giorno è dedicato alla montagna. Il sentiero per il Lago "
                    "Verde parte dalla frazione di Cortese e sale nel bosco con pendenza "
                    "costante, senza passaggi difficili. In cima il panorama ripaga "
                    "ampiamente la fatica. Scendendo, vale la pena deviare verso la malga "
                    "Costalunga, dove la famiglia Bonetti produce ancora il formaggio a "
                    "latte crudo e offre assaggi su prenotazione."
                ),
                "",
                (
                    "L'ultima mattina conviene scendere a Rocca Alta, dove il sabato si "
                    "tiene il mercato settimanale con i prodotti della valle: miele, "
                    "salumi, farine di mais, lana cardata. Sulla via del ritorno, una "
                    "breve sosta all'antico ponte di Vallina, a una sola arcata, chiude il viaggio."
                ),
                "",
                (
                    "Per dormire, la scelta è tra alcuni piccoli alberghi a conduzione "
                    "familiare e diversi agriturismi. Meglio prenotare, soprattutto nei "
                    "fine settimana. La valle è raggiungibile anche in autobus dalla "
                    "stazione di fondovalle, ma con l'auto ci si muove decisamente meglio."
                ),
            ]
        ),
    ),
    (
        "pt",
        "\n".join(
            [
                "Campeonato Distrital: Académico de Vila Nova isola-se na liderança",
                "",
                "Por Rui Carvalhais",
                "",
                (
                    "O Académico de Vila Nova reforçou no domingo a liderança do "
                    "Campeonato Distrital ao vencer fora o Sporting de Ribafria por 2-0. "
                    "Com o tropeção do principal perseguidor, o Estrela da Serra, que não "
                    "foi além de um empate em casa, a equipa orientada por Nuno Pestana "
                    "tem agora quatro pontos de vantagem a nove jornadas do fim."
                ),
                "",
                (
                    "O jogo em Ribafria foi equilibrado durante a primeira meia hora, com "
                    "as duas equipas a anularem-se no meio-campo. O primeiro golo surgiu "
                    "aos 38 minutos, numa jogada individual do extremo Tiago Mendes, que "
                    "tirou dois adversários do caminho antes de rematar cruzado. Na "
                    "segunda parte, o avançado Bruno Salgueiro fez o 2-0 de grande penalidade."
                ),
                "",
                (
                    '"Foi uma vitória de equipa, num campo difícil", afirmou Nuno Pestana '
                    'no final. "Ainda não ganhámos nada, mas estamos no caminho certo."'
                ),
                "",
                "Resultados da 21.ª jornada:",
                "",
                "Sporting de Ribafria 0-2 Académico de Vila Nova",
                "Estrela da Serra 1-1 União de Montalvo",
                "Desportivo de Aldeia Velha 3-0 Atlético de Pinhal",
                "FC Quintanela 2-2 GD Fontaínhas",
                "Recreativo de São Brás 1-0 Clube Naval da Barra",
                "Juventude de Castelejo 0-1 Beira-Rio de Alvares",
                "",
                (
                    "No outro jogo de destaque da jornada, o Desportivo de Aldeia Velha "
                    "goleou o Atlético de Pinhal e subiu ao terceiro lugar, ultrapassando "
                    "a União de Montalvo. O treinador Hélder Faria elogiou a reação da "
                    "equipa depois de duas derrotas consecutivas."
                ),
                "",
                (
                    "Na parte de baixo da tabela, o Clube Naval da Barra continua sem "
                    "conseguir vencer e ocupa o último lugar, com apenas doze pontos. A "
                    "direção do clube confirmou que o treinador Carlos Amaral se mantém no "
                    "cargo, apesar da contestação de alguns adeptos."
                ),
                "",
                (
                    "A próxima jornada tem como jogo grande o encontro entre o Académico "
                    "de Vila Nova e o Desportivo de Aldeia Velha, marcado para domingo às "
                    "15h00 no Estádio Municipal de Vila Nova. A organização espera casa "
                    "cheia e os bilhetes, a 5 euros, já estão à venda na sede do clube."
                ),
            ]
        ),
    ),
    (
        "pt",
        "\n".join(
            [
                "Feira de Natal de Vila Alva: quanto custa encher o cabaz este ano",
                "",
                "Por Sofia Antunes",
                "",
                (
                    "A tradicional Feira de Natal de Vila Alva abriu as portas no sábado, "
                    "no largo da igreja matriz, e voltou a atrair milhares de visitantes "
                    "logo no primeiro fim de semana. Cerca de sessenta bancas de "
                    "produtores locais vendem enchidos, queijos, doces conventuais, mel e "
                    "artesanato até ao dia 23 de dezembro."
                ),
                "",
                (
                    "Este ano, porém, a conversa entre vendedores e clientes gira "
                    "sobretudo à volta dos preços. A subida dos custos da ração, da "
                    "energia e dos transportes fez-se sentir em quase todos os produtos, e "
                    "alguns produtores admitem ter aumentado os valores entre 10 e 15% em "
                    "relação ao ano passado."
                ),
                "",
                "Percorremos a feira e registámos alguns preços:",
                "",
                "Queijo de ovelha curado: 18 €/kg",
                "Chouriço de carne: 14 €/kg",
                "Mel de rosmaninho: 8 € o frasco de 500 g",
                "Bolo-rei: 12 € o quilo",
                "Azeite virgem extra: 9 € o litro",
                "Filhós: 6 € a dúzia",
                "Nozes: 7 €/kg",
                "Licor de poejo: 10 € a garrafa",
                "",
                (
                    "Dona Amélia Correia, que vende queijos na feira há mais de trinta "
                    'anos, explica que tentou segurar os preços o mais possível. "As '
                    "pessoas já vêm com pouco dinheiro no bolso. Se eu subir muito, levam "
                    'metade do que levavam", diz, enquanto embrulha um queijo para um '
                    "casal vindo da capital."
                ),
                "",
                (
                    "Apesar disso, a maioria dos visitantes com quem falámos considera que "
                    "os preços continuam razoáveis, sobretudo quando comparados com os dos "
                    'supermercados. "Aqui sabemos de onde vêm as coisas e falamos com quem '
                    'as faz", resume Jorge Mourato, que veio de propósito de uma aldeia '
                    "vizinha para comprar o mel e o azeite para a consoada."
                ),
                "",
                (
                    "A Câmara Municipal estima que a feira receba este ano mais de 40 mil "
                    "visitantes. Além das bancas, o programa inclui concertos de grupos "
                    "corais ao fim da tarde, uma pista de gelo para as crianças e, no "
                    "último fim de semana, o tradicional concurso de presépios das escolas "
                    "do concelho."
                ),
                "",
                "A feira está aberta todos os dias das 10h00 às 21h00, com entrada livre.",
            ]
        ),
    ),
    (
        "pt",
        "\n".join(
            [
                "Poeta de Serra Funda regressa com livro sobre a aldeia que o viu nascer",
                "",
                "Por Marta Quintela",
                "",
                (
                    "Aos 71 anos, o poeta Armando Vilarinho publica o seu sexto livro, "
                    '"Casa de Pedra", um regresso às paisagens da aldeia de Serra Funda, '
                    "onde nasceu e de onde saiu aos dezasseis anos para trabalhar numa "
                    "fábrica de têxteis do litoral. O livro, editado pela pequena editora "
                    "Sete Ventos, foi apresentado no sábado na biblioteca municipal, "
                    "perante uma sala cheia."
                ),
                "",
                (
                    "Vilarinho, que durante décadas escreveu quase em segredo, só publicou "
                    "o primeiro livro depois de se reformar. Desde então, tornou-se uma "
                    "voz respeitada na poesia contemporânea, com uma escrita simples e "
                    "depurada, próxima da fala das pessoas do campo."
                ),
                "",
                (
                    '"Casa de Pedra" reúne cerca de cinquenta poemas escritos ao longo dos '
                    "últimos quatro anos, muitos deles durante longas temporadas passadas "
                    "na casa de família, entretanto recuperada. O tema central é a "
                    "memória: dos pais, dos vizinhos, dos ofícios que desapareceram, de "
                    "uma aldeia que hoje tem menos de quarenta habitantes."
                ),
                "",
                (
                    "Na sessão de apresentação, o autor leu vários poemas, entre eles "
                    '"Inverno", que muitos consideram o coração do livro:'
                ),
                "",
                "A minha mãe acendia o lume",
                "antes de o sol chegar ao monte.",
                "Havia pão, havia fumo,",
                "havia água fria da fonte.",
                "Hoje a casa está calada",
                "e o lume apagou-se cedo.",
                "Mas quando fecho os olhos, nada",
                "se perdeu. Ainda tenho medo",
                "do escuro e do frio da estrada.",
                "",
                (
                    "O vereador da cultura, Paulo Sequeira, sublinhou a importância do "
                    'livro para a região. "O Armando devolve-nos uma parte da nossa '
                    'história que estava a desaparecer. Isto também é património", afirmou.'
                ),
                "",
                (
                    'Questionado sobre se este seria o último livro, o poeta sorriu. "Digo '
                    "isso sempre. E depois volto a escrever. Enquanto houver caderno e "
                    'caneta, há poemas."'
                ),
                "",
                (
                    '"Casa de Pedra" está à venda nas livrarias da região. Armando '
                    "Vilarinho estará em Serra Funda no próximo domingo para uma leitura "
                    "ao ar livre, junto à antiga escola primária, onde aprendeu a ler e a escrever."
                ),
            ]
        ),
    ),
    (
        "nl",
        "\n".join(
            [
                "Bibliotheek Oosterveld gaat vaker en langer open",
                "",
                "Door Femke de Wilde",
                "",
                (
                    "Inwoners van Oosterveld kunnen vanaf 1 maart vaker terecht in de "
                    "bibliotheek aan het Kerkplein. Het bestuur heeft besloten de "
                    "openingstijden flink te verruimen, onder meer door de vestiging "
                    "voortaan ook op zondagmiddag te openen. Daarmee komt de bibliotheek "
                    "tegemoet aan een wens die al jaren leeft onder bezoekers."
                ),
                "",
                (
                    '„We merken dat de bibliotheek steeds meer een ontmoetingsplek wordt", '
                    "zegt directeur Joost Verhagen. „Mensen komen niet alleen om boeken te "
                    "lenen, maar ook om te studeren, de krant te lezen of gewoon even "
                    "ergens warm te zitten. Dan moet je ook open zijn op de momenten dat "
                    'mensen tijd hebben."'
                ),
                "",
                "De nieuwe openingstijden zijn:",
                "",
                "maandag: 13.00 – 20.00 uur",
                "dinsdag: 10.00 – 20.00 uur",
                "woensdag: 10.00 – 18.00 uur",
                "donderdag: 10.00 – 20.00 uur",
                "vrijdag: 10.00 – 18.00 uur",
                "zaterdag: 10.00 – 16.00 uur",
                "zondag: 12.00 – 16.00 uur",
                "",
                (
                    "Op maandag- en donderdagavond is er tussen 18.00 en 20.00 uur "
                    "bovendien een vast spreekuur van het Digitaal Informatiepunt. Daar "
                    "kunnen inwoners terecht met vragen over bijvoorbeeld inloggen bij de "
                    "overheid, toeslagen of het invullen van formulieren van de gemeente. "
                    "Vrijwilligers helpen daarbij gratis."
                ),
                "",
                (
                    "De verruiming is mogelijk dankzij een extra subsidie van de gemeente "
                    "en de inzet van een groeiende groep vrijwilligers. Er worden geen "
                    "nieuwe betaalde medewerkers aangenomen, maar de bestaande roosters "
                    "worden aangepast. Volgens Verhagen is dat met het personeel goed besproken."
                ),
                "",
                (
                    "Ook aan de inrichting verandert het een en ander. De leestafel bij "
                    "het raam wordt uitgebreid, er komen extra stopcontacten voor laptops "
                    "en in het voorjaar opent een kleine koffiehoek, gerund door "
                    "leerlingen van het praktijkonderwijs in Oosterveld."
                ),
                "",
                (
                    "Wethouder Ineke Brouwer noemt de bibliotheek „een van de "
                    'belangrijkste voorzieningen in het dorp". Ze benadrukt dat de '
                    "gemeente de extra subsidie voorlopig voor drie jaar heeft toegezegd. "
                    "Daarna volgt een evaluatie."
                ),
                "",
                (
                    "Leden van de bibliotheek ontvangen de komende weken een brief met "
                    "alle wijzigingen. Het lidmaatschap blijft voor kinderen en jongeren "
                    "tot 18 jaar gratis."
                ),
            ]
        ),
    ),
    (
        "nl",
        "\n".join(
            [
                "Filmhuis De Lantaarn blikt in februari terug op vijftig jaar film",
                "",
                "Door Thomas Akkerman",
                "",
                (
                    "Filmhuis De Lantaarn in Zandhoven bestaat dit jaar vijftig jaar. Om "
                    "dat te vieren vertoont het filmhuis in februari elke week twee films "
                    "die in de afgelopen halve eeuw een bijzondere rol speelden in de "
                    "programmering. De keuze werd gemaakt door een panel van vaste "
                    "bezoekers, vrijwilligers en oud-medewerkers."
                ),
                "",
                (
                    '„We wilden geen lijstje met de beste films aller tijden," zegt '
                    "programmeur Lotte Gerritsen. „Het gaat om films die hier iets teweeg "
                    "hebben gebracht. Films waarover na afloop in de foyer tot "
                    'sluitingstijd werd gediscussieerd."'
                ),
                "",
                "Het programma:",
                "",
                "- De stille haven (1978)",
                "- Een zomer in Lagerwijk (1983)",
                "- Het glazen huis (1991)",
                "- Koud vuur (1996)",
                "- De brievenbesteller (2002)",
                "- Wat de rivier meenam (2009)",
                "- Nachtdienst (2014)",
                "- Alles wat blijft (2021)",
                "",
                (
                    "Opvallend is dat de lijst vrijwel alleen bescheiden producties bevat. "
                    "De stille haven, het debuut van de toen onbekende regisseur Hanna "
                    "Mol, draaide in 1978 maar liefst elf weken in De Lantaarn, destijds "
                    "een record. Het glazen huis zorgde in 1991 voor protesten bij de "
                    "ingang vanwege een omstreden scène, wat volgens Gerritsen „vooral "
                    'voor meer bezoekers zorgde".'
                ),
                "",
                (
                    "Elke vertoning wordt ingeleid door iemand met een persoonlijke band "
                    "met de film. Zo vertelt oud-operateur Wim Dekkers, die tussen 1975 en "
                    "2010 bij het filmhuis werkte, over de eerste vertoningen van Koud "
                    "vuur, toen de filmrollen op het laatste moment per trein moesten "
                    "worden opgehaald."
                ),
                "",
                (
                    "Na de voorstelling van Alles wat blijft, op zaterdag 24 februari, "
                    "volgt een feestavond in de foyer met livemuziek. Kaarten voor de "
                    "jubileumvertoningen kosten 9 euro; voor de feestavond wordt geen "
                    "extra entree gevraagd."
                ),
                "",
                (
                    "De Lantaarn begon in een voormalig schoolgebouw met één zaal en "
                    "veertig klapstoelen. Inmiddels beschikt het filmhuis over drie zalen "
                    "en trekt het jaarlijks ruim 60.000 bezoekers. Het draait grotendeels "
                    "op de inzet van ruim honderd vrijwilligers."
                ),
            ]
        ),
    ),
    (
        "nl",
        "\n".join(
            [
                "Zo maakt u uw fiets in een half uur winterklaar",
                "",
                "Door Sanne Visser",
                "",
                (
                    "Nu de dagen korter worden en de eerste nachtvorst in aantocht is, "
                    "krijgen fietsenmakers in de regio het druk. Toch kunt u veel "
                    "onderhoud ook prima zelf doen. Volgens fietsenmaker Ruud Hoekstra uit "
                    "Lindendam is een half uur per fiets meestal genoeg om de grootste "
                    "problemen van de winter voor te zijn."
                ),
                "",
                (
                    "„Het meeste wat ik in januari en februari binnenkrijg, had voorkomen "
                    'kunnen worden," zegt Hoekstra, die al ruim twintig jaar een '
                    "werkplaats heeft aan de Dorpsstraat. „Verroeste kettingen, lampjes "
                    "die het niet doen, banden met te weinig spanning. Dat zijn allemaal "
                    'dingen die je thuis in een paar minuten regelt."'
                ),
                "",
                "Hij zette de belangrijkste stappen voor ons op een rij:",
                "",
                "1. Maak de fiets schoon met lauw water.",
                "",
                "2. Droog de ketting goed af.",
                "",
                "3. Smeer de ketting met kettingolie.",
                "",
                "4. Controleer de remblokjes.",
                "",
                "5. Pomp de banden op tot de juiste druk.",
                "",
                "6. Test voor- en achterlicht.",
                "",
                "7. Vervang lege batterijen.",
                "",
                "8. Draai losse bouten vast.",
                "",
                (
                    "Bij het schoonmaken raadt Hoekstra af om een hogedrukreiniger te "
                    "gebruiken. „Die spuit het vet uit de lagers. Een emmer, een spons en "
                    'een oude tandenborstel voor de ketting werken veel beter."'
                ),
                "",
                (
                    "Voor het smeren is het belangrijk om niet te veel olie te gebruiken. "
                    "Een druppel per schakel is genoeg; het overschot veegt u daarna weg "
                    "met een droge doek. Te veel olie trekt vuil aan en zorgt juist voor "
                    "extra slijtage."
                ),
                "",
                (
                    "Ook de bandenspanning wordt vaak onderschat. Op de zijkant van elke "
                    "band staat de aanbevolen druk. Zachte banden lijken in de winter "
                    "misschien meer grip te geven, maar ze verhogen de kans op een lekke "
                    "band en maken het trappen zwaarder."
                ),
                "",
                (
                    "Tot slot de verlichting. Wie in het donker zonder licht fietst, "
                    "riskeert niet alleen een boete, maar is vooral slecht zichtbaar voor "
                    "ander verkeer. Hoekstra adviseert om altijd een setje "
                    "reservebatterijen in de fietstas te hebben, of over te stappen op "
                    "oplaadbare lampjes."
                ),
                "",
                (
                    "Twijfelt u over de staat van uw remmen of versnellingen, laat de "
                    "fiets dan toch even nakijken. Veel fietsenmakers bieden in het najaar "
                    "een vaste prijs voor een complete winterbeurt."
                ),
            ]
        ),
    ),
)
