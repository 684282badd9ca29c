"""Articles holding real runs of short lines (ingredients, dates and venues, results, opening
hours, steps, a stanza, titles), three per language, written by a separate session that read
neither the rules nor the benchmark data. Each opens with its headline and a byline; every other
line is the article's (``LIST_ARTICLES``); and articles whose structure resembles furniture
(``STRUCTURED_ARTICLES``); and practical articles of label-value lines (``PRACTICAL_ARTICLES``).
Used by ``tests/test_unseen_ui.py``."""

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

STRUCTURED_ARTICLES: tuple[tuple[str, str], ...] = (
    (
        "en",
        "\n".join(
            [
                "Carrowmore floods: river bursts its banks after night of heavy rain",
                "",
                "06:10",
                (
                    "The River Teal rose above its banks just before dawn, according to "
                    "the Carrowmore Flood Warden Group. Water is now running across Mill "
                    "Street and the lower end of Quay Road, and residents in the terraces "
                    "nearest the river have been asked to move valuables upstairs and stay "
                    "indoors unless told otherwise."
                ),
                "",
                "06:45",
                (
                    "The county council has opened the leisure centre on Hartfield Lane as "
                    "a rest point. A spokesperson said blankets, hot drinks and phone "
                    "chargers were available and that pets were welcome, provided they are "
                    "kept on a lead or in a carrier."
                ),
                "",
                "07:20",
                (
                    "Trains between Carrowmore and Belstone have been suspended because of "
                    "standing water near the Fenwick cutting. The rail operator says "
                    "replacement buses will run from the station forecourt every half "
                    "hour, although it warned that several roads on the route are also affected."
                ),
                "",
                "08:05",
                (
                    "Headteachers have confirmed that St Aidan's Primary and Carrowmore "
                    "Academy will stay closed today. Parents have been told that staff "
                    "will post learning packs online by lunchtime, and that a decision "
                    "about tomorrow will be made at 4pm."
                ),
                "",
                "08:40",
                (
                    "Firefighters used a boat to bring an elderly couple out of a cottage "
                    "on Willow Bank. A neighbour, Denise Ferrell, said she had watched the "
                    "water creep up the garden path for an hour. \"They didn't want to "
                    'leave the dog, so the crew took the dog as well," she said.'
                ),
                "",
                "09:30",
                (
                    "The Environment Office has raised its warning for the Teal to the "
                    "highest level. Its hydrologist on duty said the river was expected to "
                    "peak between 11am and 1pm, and that the rain falling on the hills "
                    "above Brackenfold would take several hours to reach the town."
                ),
                "",
                "10:15",
                (
                    "The Ashby Road bridge has been closed to all traffic as a precaution. "
                    "Engineers are checking whether debris piled against the central pier "
                    "has caused any damage. Drivers are being sent on a long detour "
                    "through Lowther."
                ),
                "",
                "11:50",
                (
                    "Some good news from the upper town: the power cut that affected "
                    "around 600 homes near the hospital has been fixed. The electricity "
                    "network said engineers had worked through the morning to replace a "
                    "flooded substation switch."
                ),
                "",
                "12:35",
                (
                    "Levels at the town gauge have stopped rising for the first time since "
                    "midnight. Officials are cautious, saying the river will stay "
                    "dangerously high well into the evening and that nobody should try to "
                    "drive or walk through floodwater."
                ),
                "",
                "13:20",
                (
                    "Volunteers from the rowing club have begun handing out sandbags at "
                    "the Co-op car park. They say they have about 2,000 left and are "
                    "asking people to take only what they need."
                ),
            ]
        ),
    ),
    (
        "en",
        "\n".join(
            [
                '"I write best when my hands smell of smoke": a conversation with Mara Lindqvist',
                "",
                (
                    "Mara Lindqvist spent twenty years keeping bees in the hills above "
                    "Pellworth before publishing her first novel at the age of 58. Her "
                    "third book, The Winter Cluster, came out this month. We met her at "
                    "her kitchen table, where a jar of last summer's heather honey sat between us."
                ),
                "",
                "Q: You came to fiction late. What took you so long?",
                (
                    "A: Honestly, I didn't think I was allowed. I grew up in a house where "
                    "reading was something you did after the work was finished, and the "
                    "work was never finished. It took a bad back and a long wet spring, "
                    "when I couldn't lift the hive boxes, before I sat down and wrote "
                    "anything longer than a shopping list."
                ),
                "",
                (
                    "Q: Bees appear in all three of your books. Do you ever worry about "
                    "repeating yourself?"
                ),
                (
                    "A: I worry about it every morning. But a hive is a very good way of "
                    "looking at a village. Everybody has a job, everybody knows everybody "
                    "else's business, and when something goes wrong it goes wrong for all "
                    "of them at once. I keep finding new things to say about that."
                ),
                "",
                "Q: The new novel is set over a single winter. Why such a short span?",
                (
                    "A: Because winter is when a colony either survives or it doesn't. The "
                    "bees cluster together and shiver to keep the queen warm, and there's "
                    "nothing the beekeeper can do except wait. I wanted to write about a "
                    "family in that same position, waiting through a season they can't control."
                ),
                "",
                "Q: Some readers have called the ending bleak.",
                (
                    "A: I've had letters saying that. I don't think it's bleak. Not "
                    "everyone gets through, but the ones who do have changed, and they've "
                    "learned to lean on each other. That seems quite hopeful to me."
                ),
                "",
                "Q: How do you work? Do you have a routine?",
                (
                    "A: I light the stove, I check the hives if the weather allows, and "
                    "then I write until lunch. I write best when my hands smell of smoke. "
                    "In the afternoon I walk and try not to think about the book, which "
                    "never works."
                ),
                "",
                "Q: What are you writing now?",
                (
                    "A: Something without bees, I promise. It's about a woman who restores "
                    "church clocks. I've been climbing a lot of bell towers."
                ),
                "",
                "Q: And the honey?",
                "A: Still the best thing I make. The books are a close second.",
            ]
        ),
    ),
    (
        "en",
        "\n".join(
            [
                "Letters: the Elmfield library, late buses and those new bins",
                "",
                (
                    "The decision to cut the opening hours of Elmfield library to three "
                    "days a week is short-sighted. For many older residents in the north "
                    "of the town, the library is the only warm place where they can read a "
                    "newspaper, use a computer and speak to another person. The council "
                    "says the savings amount to £40,000 a year. I would like councillors "
                    "to spend a wet Tuesday in the reading room before they vote, and see "
                    "who they will be sending home."
                ),
                "Margaret Oyelaran, Elmfield",
                "",
                (
                    "As a student who relies on the 47 bus to get home from evening shifts "
                    "at the hospital, I was dismayed to read that the last service will "
                    "now leave the town centre at 10.15pm. My shift ends at 10pm. The walk "
                    "to the bus station takes twenty minutes. I have written to the "
                    "operator twice and received the same automated reply. Perhaps someone "
                    "on the transport committee could explain how people like me are "
                    "supposed to get home safely."
                ),
                "Callum Reid, Ashworth Vale",
                "",
                (
                    "I read with interest your report on the new three-bin recycling "
                    "scheme. In principle I support it. In practice, my terraced house has "
                    "no front garden and no side access, so the three bins will live on "
                    "the pavement permanently. My neighbours are in the same position. A "
                    "communal collection point at the end of the street would solve the "
                    "problem for all of us, and I am surprised it was not considered."
                ),
                "Anil Bhatt, Northgate",
                "",
                (
                    "May I offer some thanks amid the complaints? Last Saturday my husband "
                    "collapsed outside the market hall. Within minutes, two strangers had "
                    "started CPR and a young man had fetched the defibrillator from the "
                    "pharmacy. The ambulance crew told me afterwards that those minutes "
                    "made all the difference. He is now home and recovering. I never "
                    "learned their names, but if they read this: thank you."
                ),
                "Helen Marsh, Kestle",
                "",
                (
                    "Your columnist suggests that nobody under thirty cares about local "
                    "history. I am twenty-four and volunteer every Sunday at the Tannery "
                    "Museum, alongside at least six others of my age. We would be "
                    "delighted to show your columnist around. Admission is free."
                ),
                "Priya Desai, Elmfield",
            ]
        ),
    ),
    (
        "de",
        "\n".join(
            [
                "Stadtrat streitet über Radweg in der Lindenstraße: Auszüge aus der Debatte",
                "",
                (
                    "Der geplante Radweg entlang der Lindenstraße in Oberwaldau sorgt seit "
                    "Monaten für Diskussionen. Am Donnerstagabend debattierte der Stadtrat "
                    "rund zwei Stunden über den Entwurf des Bauamts. Wir dokumentieren "
                    "zentrale Wortwechsel in leicht gekürzter Form."
                ),
                "",
                "VORSITZENDE BRIGITTE HAAS:",
                (
                    "Ich eröffne die Aussprache zu Tagesordnungspunkt sieben. Das Bauamt "
                    "hat die Planung vorgestellt. Als Erstes hat Herr Kellner das Wort."
                ),
                "",
                "JONAS KELLNER (GRÜNE LISTE):",
                (
                    "Vielen Dank. Wir reden seit sechs Jahren über diesen Radweg. In "
                    "dieser Zeit hat es in der Lindenstraße elf Unfälle mit Radfahrenden "
                    "gegeben, drei davon mit Schulkindern. Der Entwurf ist ein Kompromiss, "
                    "aber er ist ein guter Kompromiss. Wenn wir heute wieder vertagen, "
                    "erklären wir den Eltern, dass uns Parkplätze wichtiger sind als ihre Kinder."
                ),
                "",
                "MARTIN FRÖHLICH (BÜRGERBLOCK):",
                (
                    "Das ist eine unfaire Zuspitzung, Herr Kollege. Niemand hier ist gegen "
                    "sichere Schulwege. Aber der Plan streicht 42 Stellplätze vor "
                    "Geschäften, die ohnehin kämpfen. Ich habe mit der Bäckerei Wendel "
                    "gesprochen, mit dem Blumenladen, mit der Apotheke. Alle sagen "
                    "dasselbe: Ohne Kurzzeitparken bleiben die Kunden weg."
                ),
                "",
                "JONAS KELLNER (GRÜNE LISTE):",
                (
                    "Die Zählung des Bauamts zeigt, dass ein Großteil der Kundschaft zu "
                    "Fuß oder mit dem Rad kommt."
                ),
                "",
                "MARTIN FRÖHLICH (BÜRGERBLOCK):",
                "Eine Zählung an zwei Tagen im Juni. Kommen Sie im November wieder.",
                "",
                "VORSITZENDE BRIGITTE HAAS:",
                "Ich bitte darum, die Redezeit einzuhalten. Frau Demir, bitte.",
                "",
                "SEVGI DEMIR (SOZIALE MITTE):",
                (
                    "Ich möchte auf einen Punkt hinweisen, der bisher untergeht. Der "
                    "Entwurf sieht Lieferzonen vor, die nur vormittags gelten. Wir könnten "
                    "diese Zonen am Nachmittag als Kurzzeitparkplätze freigeben. Damit "
                    "würden wir etwa die Hälfte der wegfallenden Plätze ausgleichen, ohne "
                    "den Radweg zu verschmälern."
                ),
                "",
                "MARTIN FRÖHLICH (BÜRGERBLOCK):",
                "Darüber kann man reden. Wer kontrolliert das?",
                "",
                "SEVGI DEMIR (SOZIALE MITTE):",
                "Der kommunale Ordnungsdienst, so wie in der Bahnhofstraße auch.",
                "",
                "BAUAMTSLEITER KLAUS REINHARDT:",
                (
                    "Wenn ich ergänzen darf: Technisch ist eine zeitlich gestaffelte "
                    "Nutzung möglich. Wir bräuchten zusätzliche Beschilderung, die Kosten "
                    "schätzen wir auf rund 18.000 Euro."
                ),
                "",
                "JONAS KELLNER (GRÜNE LISTE):",
                "Damit könnten wir leben, wenn der Baubeginn im Frühjahr bleibt.",
                "",
                "VORSITZENDE BRIGITTE HAAS:",
                "Dann lasse ich zunächst über den Änderungsantrag von Frau Demir abstimmen.",
                "",
                (
                    "Der Änderungsantrag wurde mit 21 zu 9 Stimmen angenommen, der "
                    "geänderte Entwurf anschließend mit 19 zu 11 Stimmen. Die Bauarbeiten "
                    "sollen im April beginnen."
                ),
            ]
        ),
    ),
    (
        "de",
        "\n".join(
            [
                (
                    "Neues Förderprogramm für Heizungen: Was Hausbesitzer in Lindenau "
                    "jetzt wissen müssen"
                ),
                "",
                (
                    "Ab dem 1. März unterstützt die Stadt Lindenau den Austausch alter Öl- "
                    "und Gasheizungen mit einem eigenen Zuschuss. Das Programm ergänzt die "
                    "bestehenden Förderungen und richtet sich vor allem an Eigentümer "
                    "kleinerer Wohngebäude. Im Rathaus rechnet man mit großem Andrang. Wir "
                    "beantworten die wichtigsten Fragen."
                ),
                "",
                "Wer kann den Zuschuss beantragen?",
                (
                    "Antragsberechtigt sind Eigentümerinnen und Eigentümer von Ein- und "
                    "Zweifamilienhäusern sowie von Gebäuden mit bis zu sechs Wohnungen, "
                    "die im Stadtgebiet von Lindenau liegen. Auch "
                    "Wohnungseigentümergemeinschaften dürfen einen gemeinsamen Antrag "
                    "stellen. Gewerblich genutzte Gebäude sind ausgeschlossen."
                ),
                "",
                "Wie hoch ist die Förderung?",
                (
                    "Die Stadt übernimmt 15 Prozent der förderfähigen Kosten, höchstens "
                    "jedoch 6.000 Euro pro Gebäude. Wer zusätzlich eine alte Heizung "
                    "ausbaut, die älter als 25 Jahre ist, erhält einen Bonus von 1.000 Euro."
                ),
                "",
                "Welche Heizungen werden gefördert?",
                (
                    "Gefördert werden Wärmepumpen, der Anschluss an das Nahwärmenetz der "
                    "Stadtwerke sowie Pelletheizungen, sofern diese einen Staubfilter "
                    "besitzen. Gasheizungen, auch sogenannte Hybridgeräte mit Gaskessel, "
                    "sind nicht förderfähig."
                ),
                "",
                "Muss ich den Antrag vor dem Einbau stellen?",
                (
                    "Ja. Der Antrag muss vollständig eingereicht und bewilligt sein, bevor "
                    "ein Auftrag unterschrieben wird. Wer den Handwerker vorher "
                    "beauftragt, verliert den Anspruch. Ein unverbindliches Angebot "
                    "einzuholen, ist dagegen erlaubt und sogar notwendig, weil es dem "
                    "Antrag beiliegen muss."
                ),
                "",
                "Kann ich die städtische Förderung mit Bundesmitteln kombinieren?",
                (
                    "Grundsätzlich ja. Allerdings dürfen alle Zuschüsse zusammen 70 "
                    "Prozent der Kosten nicht überschreiten. Die Energieberatung der "
                    "Verbraucherzentrale im Rathaus hilft bei der Berechnung, der Termin "
                    "ist kostenlos."
                ),
                "",
                "Wie lange dauert die Bearbeitung?",
                (
                    "Die Stadt nennt eine Bearbeitungszeit von vier bis sechs Wochen. Bei "
                    "unvollständigen Unterlagen verlängert sich die Frist. Häufig fehlen "
                    "laut Umweltamt die Grundbuchauszüge oder der Nachweis über das Alter "
                    "der bestehenden Anlage."
                ),
                "",
                "Was passiert, wenn das Geld aufgebraucht ist?",
                (
                    "Für dieses Jahr stehen 1,2 Millionen Euro bereit. Die Anträge werden "
                    "in der Reihenfolge ihres Eingangs bearbeitet. Ist der Topf leer, "
                    "landen weitere Anträge auf einer Warteliste für das kommende Jahr, "
                    "vorausgesetzt, der Stadtrat verlängert das Programm."
                ),
                "",
                "Wo gibt es die Unterlagen?",
                (
                    "Die Formulare liegen im Bürgerbüro aus und können auf der "
                    "Internetseite der Stadt heruntergeladen werden. Umweltamtsleiterin "
                    "Petra Valentin empfiehlt, sich vorab beraten zu lassen: „Die meisten "
                    'Ablehnungen haben formale Gründe, nicht inhaltliche."'
                ),
            ]
        ),
    ),
    (
        "de",
        "\n".join(
            [
                "Spätes Tor erlöst den SV Eichenbrück: 2:1 gegen Rot-Weiß Hallstedt",
                "",
                (
                    "Lange sah es an diesem grauen Sonntagnachmittag nach einer "
                    "Punkteteilung aus, dann traf Niklas Brandt in der 88. Minute mit "
                    "einem Flachschuss ins linke Eck. Der SV Eichenbrück gewinnt das Derby "
                    "gegen Rot-Weiß Hallstedt mit 2:1 und springt in der Bezirksliga auf "
                    "den dritten Platz."
                ),
                "",
                (
                    "Die Gastgeber begannen nervös. Hallstedt presste früh und kam in der "
                    "zwölften Minute zur Führung, als Dominik Sauer nach einem Eckball am "
                    "zweiten Pfosten völlig frei stand. Eichenbrück brauchte eine Weile, "
                    "um ins Spiel zu finden, und hatte Glück, dass Torhüter Lukas Pohl "
                    "kurz vor der Pause gegen Sauer stark parierte."
                ),
                "",
                (
                    "Nach dem Seitenwechsel stellte Trainer Ralf Ostermann auf eine "
                    "Dreierkette um, und die Partie kippte. In der 57. Minute verwandelte "
                    "Kapitän Tim Hoffmann einen Foulelfmeter zum Ausgleich, nachdem Emre "
                    "Yilmaz im Strafraum gelegt worden war. Danach drängte Eichenbrück, "
                    "Hallstedt verteidigte leidenschaftlich, bis Brandt kurz vor Schluss "
                    "eine Hereingabe des eingewechselten Felix Kramer annahm und abschloss."
                ),
                "",
                (
                    '„Wir haben in der ersten Halbzeit zu viel Respekt gehabt", sagte '
                    "Ostermann nach dem Spiel. „Die Umstellung hat uns Sicherheit gegeben. "
                    'Und Niklas hat heute genau das getan, wofür er da ist." Hallstedts '
                    "Trainer Uwe Berger haderte mit dem Elfmeter: „Für mich war das "
                    'keiner. Aber wir müssen das Spiel vorher entscheiden."'
                ),
                "",
                (
                    "Vor 640 Zuschauern im Waldstadion sah Hallstedts Verteidiger Jan "
                    "Moritz in der Nachspielzeit noch Gelb-Rot wegen wiederholten Foulspiels."
                ),
                "",
                "SV Eichenbrück:",
                "Lukas Pohl",
                "Marco Weiß",
                "Tim Hoffmann",
                "Sebastian Lang",
                "Philipp Neumann",
                "Emre Yilmaz",
                "Jonas Richter",
                "David Schuster",
                "Kevin Albrecht",
                "Niklas Brandt",
                "Fabian Engel",
                "",
                "Eingewechselt:",
                "Felix Kramer (61. für Albrecht)",
                "Moritz Seidel (74. für Engel)",
                "Paul Wagner (90. für Richter)",
                "",
                "Rot-Weiß Hallstedt:",
                "Andreas Frank",
                "Jan Moritz",
                "Christian Beck",
                "Leon Hartmann",
                "Simon Vogt",
                "Robert Krause",
                "Dominik Sauer",
                "Tobias Winter",
                "Max Schmitt",
                "Florian Graf",
                "Erik Lorenz",
                "",
                "Eingewechselt:",
                "Julian Roth (68. für Graf)",
                "Marcel Busch (80. für Winter)",
                "",
                "Tore: 0:1 Sauer (12.), 1:1 Hoffmann (57., Foulelfmeter), 2:1 Brandt (88.)",
                "",
                "Am kommenden Wochenende tritt Eichenbrück beim Tabellenführer TSV Grünhagen an.",
            ]
        ),
    ),
    (
        "fr",
        "\n".join(
            [
                "Le pont de Saint-Aubrac, une histoire mouvementée en quelques dates",
                "",
                (
                    "Fermé à la circulation depuis l'automne dernier, le vieux pont "
                    "suspendu de Saint-Aubrac doit rouvrir au printemps après deux ans de "
                    "travaux. L'ouvrage, qui enjambe la Lézère entre Saint-Aubrac et "
                    "Monteilhac, a connu bien des épisodes depuis sa construction. Retour "
                    "sur ses grandes étapes."
                ),
                "",
                "14 mai 1868",
                (
                    "Le conseil général vote la construction d'un pont suspendu pour "
                    "remplacer le bac qui reliait les deux rives depuis le Moyen Âge."
                ),
                "",
                "3 septembre 1871",
                (
                    "L'ouvrage est inauguré en présence du préfet, et les habitants de "
                    "Monteilhac organisent un bal sur le tablier jusqu'à l'aube."
                ),
                "",
                "Janvier 1910",
                (
                    "Une crue exceptionnelle de la Lézère emporte une partie des culées, "
                    "et le pont reste fermé pendant près de deux ans."
                ),
                "",
                "22 août 1944",
                (
                    "Des résistants de la région empêchent in extremis la destruction du "
                    "pont, sur lequel des charges explosives avaient été posées."
                ),
                "",
                "Juin 1962",
                (
                    "Les câbles d'origine sont remplacés par des câbles en acier tressé, "
                    "ce qui permet enfin le passage des autocars."
                ),
                "",
                "11 octobre 1987",
                (
                    "Le pont est inscrit à l'inventaire supplémentaire des monuments "
                    "historiques à la demande d'une association de riverains."
                ),
                "",
                "Mars 2004",
                (
                    "La circulation des poids lourds y est définitivement interdite après "
                    "la découverte de fissures dans les pylônes."
                ),
                "",
                "Juillet 2016",
                (
                    "Une étude commandée par le département conclut que l'ouvrage ne "
                    "pourra plus accueillir de voitures sans une rénovation complète."
                ),
                "",
                "Novembre 2022",
                (
                    "Les travaux commencent, avec le démontage pièce par pièce du tablier "
                    "en bois, numéroté et stocké dans un hangar de Monteilhac."
                ),
                "",
                "Février 2024",
                (
                    "Les nouveaux câbles, fabriqués dans une usine des Vosges, sont tendus "
                    "lors d'une opération suivie par plusieurs centaines de curieux."
                ),
                "",
                (
                    "Le chantier a coûté 7,4 millions d'euros, financés à parts à peu près "
                    "égales par le département, la région et l'État. « Nous avons gardé "
                    "tout ce qui pouvait l'être, explique l'architecte du patrimoine "
                    "Hélène Cassagne. Les pylônes en pierre sont d'origine, et près d'un "
                    "tiers des planches du tablier ont été réutilisées. » La vitesse y "
                    "sera limitée à 30 km/h, et une voie sera réservée aux piétons et aux "
                    "cyclistes."
                ),
                "",
                (
                    "Pour Bernard Roux, président de l'association des Amis du pont, la "
                    "réouverture est une affaire de cœur autant que de circulation. « Mon "
                    "grand-père l'a traversé pour aller à l'école, mon père pour aller à "
                    "l'usine. Pendant deux ans, on a fait un détour de dix-huit "
                    "kilomètres. Le jour où il rouvrira, je serai le premier dessus. » Une "
                    "fête est prévue le premier week-end d'avril, avec, comme en 1871, un "
                    "bal sur le tablier."
                ),
            ]
        ),
    ),
    (
        "fr",
        "\n".join(
            [
                "Municipales à Vernoux-sur-Loire : suivez la soirée électorale en direct",
                "",
                "19h45",
                (
                    "Les bureaux de vote fermeront dans un quart d'heure. Selon la mairie, "
                    "la participation atteignait 48,3 % à 17 heures, contre 41 % au "
                    "premier tour. Une file d'attente s'est formée devant l'école "
                    "Jules-Ferry, où plusieurs électeurs disent s'être déplacés « à la "
                    "dernière minute »."
                ),
                "",
                "20h00",
                (
                    "Fin du vote. Le dépouillement commence dans les onze bureaux de la "
                    "commune. Deux listes restent en lice : celle du maire sortant, Gérard "
                    "Lemaître, et celle de son ancienne adjointe, Nadia Benhamou, qui a "
                    "fusionné avec la liste écologiste entre les deux tours."
                ),
                "",
                "20h25",
                (
                    "Premiers résultats partiels au bureau n° 3, dans le quartier des "
                    "Tanneries : Nadia Benhamou arrive en tête avec 57 % des voix. Ce "
                    "quartier lui était déjà favorable au premier tour, prévient "
                    "l'entourage du maire."
                ),
                "",
                "20h40",
                (
                    "Au QG de Gérard Lemaître, installé dans une salle de la rue du "
                    "Commerce, l'ambiance est tendue. Une cinquantaine de soutiens suivent "
                    "les chiffres sur un écran. « On attend les bureaux du centre-ville, "
                    "c'est là que ça se jouera », glisse un colistier."
                ),
                "",
                "21h05",
                (
                    "Six bureaux sur onze sont désormais dépouillés. L'écart est très "
                    "serré : 50,8 % pour Nadia Benhamou, 49,2 % pour le maire sortant. "
                    "Moins de deux cents voix séparent les deux candidats."
                ),
                "",
                "21h30",
                (
                    "Le bureau n° 1, à l'hôtel de ville, donne l'avantage à Gérard "
                    "Lemaître, avec 61 % des suffrages. Le maire sortant repasse en tête "
                    "sur l'ensemble des bureaux dépouillés."
                ),
                "",
                "21h55",
                (
                    "Il ne reste plus que le bureau n° 9, situé dans la résidence des "
                    "Peupliers. Les deux camps ont envoyé des assesseurs supplémentaires "
                    "pour suivre le comptage."
                ),
                "",
                "22h20",
                (
                    "Les résultats définitifs viennent d'être proclamés : Nadia Benhamou "
                    "l'emporte avec 50,6 % des voix, soit 87 voix d'avance. Des cris de "
                    "joie éclatent dans la salle des fêtes où ses partisans étaient réunis."
                ),
                "",
                "22h35",
                (
                    "Gérard Lemaître a reconnu sa défaite devant ses soutiens. « Les "
                    "électeurs ont choisi, je le respecte. J'ai servi cette ville pendant "
                    "dix-huit ans et je continuerai à la servir autrement », a-t-il "
                    "déclaré, la voix émue."
                ),
                "",
                "22h50",
                (
                    "Dans un bref discours, la nouvelle maire a promis de « rassembler "
                    "toute la ville » et annoncé que son premier chantier serait la "
                    "réouverture de la piscine municipale, fermée depuis 2021. Le conseil "
                    "municipal d'installation se tiendra samedi."
                ),
            ]
        ),
    ),
    (
        "fr",
        "\n".join(
            [
                "Solène Marchetti : « Une cuisine de marché, c'est d'abord une cuisine d'écoute »",
                "",
                (
                    "À 34 ans, Solène Marchetti vient de décrocher sa première étoile pour "
                    "L'Ardoise, le petit restaurant de quatorze couverts qu'elle a ouvert "
                    "il y a quatre ans à Castelvieil. Nous l'avons rencontrée un lundi, "
                    "jour de fermeture, entre deux livraisons de légumes."
                ),
                "",
                "Vous attendiez-vous à cette distinction ?",
                (
                    "Pas du tout. J'étais en train d'éplucher des topinambours quand mon "
                    "téléphone a sonné. J'ai cru à une blague d'un ancien collègue. Il a "
                    "fallu que ma sœur me montre l'annonce sur internet pour que j'y croie."
                ),
                "",
                "Qu'est-ce que cela va changer pour vous ?",
                (
                    "Je l'espère, pas grand-chose. Les réservations ont explosé, c'est "
                    "vrai, et nous sommes complets jusqu'en mai. Mais je ne veux pas "
                    "agrandir la salle ni augmenter mes prix de façon brutale. Les gens du "
                    "village qui venaient avant doivent pouvoir continuer à venir."
                ),
                "",
                "Vous parlez souvent de « cuisine d'écoute ». Que voulez-vous dire ?",
                (
                    "Que je ne décide pas de mon menu seule. Je le décide avec les "
                    "maraîchers, avec le pêcheur de l'étang, avec la météo. Le matin, je "
                    "vais au marché sans liste. Je regarde, je goûte, je demande ce qui "
                    "est bon cette semaine. Ensuite seulement, j'écris la carte sur "
                    "l'ardoise. D'où le nom du restaurant."
                ),
                "",
                "Cela ne complique pas l'organisation de la brigade ?",
                (
                    "Si, beaucoup. Nous sommes trois en cuisine, et il faut que tout le "
                    "monde soit capable de s'adapter en deux heures. Mais c'est aussi ce "
                    "qui rend le travail vivant. Personne ne s'ennuie."
                ),
                "",
                "Vous avez commencé tard, après des études de droit. Pourquoi ce changement ?",
                (
                    "J'ai fait deux ans de droit pour faire plaisir à mes parents. Le "
                    "soir, je travaillais comme plongeuse dans une brasserie pour payer "
                    "mon loyer. Au bout de quelques mois, je passais plus de temps à "
                    "regarder le chef qu'à réviser mes examens. Un jour, il m'a proposé de "
                    "remplacer un commis malade. Je ne suis jamais retournée à la faculté."
                ),
                "",
                "Un plat dont vous êtes particulièrement fière ?",
                (
                    "Une soupe de châtaignes avec du lard fumé et un peu de sarrasin "
                    "grillé. C'était la soupe de ma grand-mère, en Corrèze. Je l'ai à "
                    "peine modifiée."
                ),
                "",
                "Et la suite ?",
                (
                    "Former mes deux commis, peut-être ouvrir un jour une petite épicerie "
                    "à côté du restaurant. Mais d'abord, dormir un peu."
                ),
            ]
        ),
    ),
    (
        "es",
        "\n".join(
            [
                "Debate en Radio Valdecruz: ¿debe cerrarse el centro histórico a los coches?",
                "",
                (
                    "El programa «La Plaza», de Radio Valdecruz, reunió el martes a la "
                    "concejala de Movilidad, Lucía Ferrando, y al presidente de la "
                    "asociación de comerciantes del casco antiguo, Ramón Izquierdo, para "
                    "discutir el plan municipal que prohibiría el tráfico privado en el "
                    "centro a partir de enero. Reproducimos un fragmento de la conversación."
                ),
                "",
                (
                    "MODERADORA (INÉS CALVO): Señora Ferrando, ¿por qué ahora? El debate "
                    "lleva años abierto."
                ),
                "",
                (
                    "LUCÍA FERRANDO: Porque los datos ya no dejan margen. En la calle "
                    "Mayor hemos medido niveles de dióxido de nitrógeno por encima del "
                    "límite legal durante cuarenta días el año pasado. Y porque los "
                    "vecinos lo piden: en la consulta de primavera, el sesenta y dos por "
                    "ciento votó a favor de la peatonalización."
                ),
                "",
                (
                    "RAMÓN IZQUIERDO: Votaron los vecinos, pero no los clientes. Buena "
                    "parte de quienes compran en el centro vienen de los pueblos de la "
                    "comarca, donde no hay autobús cada diez minutos. Si no pueden "
                    "aparcar, se irán al centro comercial de la autovía. Eso no es una "
                    "opinión, ya lo vimos en Torrelobos."
                ),
                "",
                (
                    "LUCÍA FERRANDO: En Torrelobos se cerró el centro sin aparcamientos "
                    "disuasorios. Nosotros vamos a abrir dos, con más de seiscientas "
                    "plazas, y un autobús lanzadera gratuito cada ocho minutos."
                ),
                "",
                (
                    "RAMÓN IZQUIERDO: ¿Y cuándo estarán listos esos aparcamientos? Porque "
                    "el de la estación lleva dos años en obras."
                ),
                "",
                "LUCÍA FERRANDO: El de la estación se inaugura en noviembre. El del río, en marzo.",
                "",
                "RAMÓN IZQUIERDO: Entonces, ¿por qué no esperar a marzo para cerrar?",
                "",
                "MODERADORA (INÉS CALVO): Es una pregunta razonable, concejala.",
                "",
                (
                    "LUCÍA FERRANDO: Lo es, y la estamos estudiando. No descarto una "
                    "primera fase con restricciones solo los fines de semana hasta que los "
                    "dos aparcamientos estén funcionando."
                ),
                "",
                (
                    "RAMÓN IZQUIERDO: Eso sería un paso. Lo que pedimos es que no se "
                    "improvise. Hay tiendas que llevan cuatro generaciones en la misma "
                    "calle y no pueden permitirse un invierno malo."
                ),
                "",
                (
                    "MODERADORA (INÉS CALVO): Tenemos una llamada de una oyente, Carmen, "
                    "que vive en la calle del Pozo."
                ),
                "",
                (
                    "OYENTE (CARMEN): Yo quería decir que tengo ochenta y un años y me "
                    "cuesta caminar. Mi hija me lleva al médico en coche. ¿Podrá seguir entrando?"
                ),
                "",
                (
                    "LUCÍA FERRANDO: Sí, Carmen. Los residentes y las personas con "
                    "movilidad reducida tendrán una autorización. Y los taxis podrán circular."
                ),
                "",
                (
                    "OYENTE (CARMEN): Pues entonces me parece bien. Lo que no soporto es "
                    "el ruido de las motos por la noche."
                ),
                "",
                "RAMÓN IZQUIERDO: En eso, señora, estamos todos de acuerdo.",
                "",
                "El pleno municipal votará el plan el próximo jueves 14.",
            ]
        ),
    ),
    (
        "es",
        "\n".join(
            [
                "Cartas de los lectores: el olivo de la plaza, las urgencias y un agradecimiento",
                "",
                (
                    "Leo con tristeza que el Ayuntamiento planea arrancar el olivo "
                    "centenario de la plaza de San Roque para construir un aparcamiento "
                    "subterráneo. Ese árbol ha visto bodas, procesiones, mítines y "
                    "generaciones de niños trepando por sus ramas. Se nos dice que será "
                    "trasplantado a un parque de las afueras, pero cualquier agricultor "
                    "sabe que un olivo de ese tamaño difícilmente sobrevive al traslado. "
                    "Pido a los concejales que busquen otra ubicación para el "
                    "aparcamiento. Un pueblo que no cuida sus árboles no cuida su memoria."
                ),
                "Francisco Molina Ortega, Villanueva del Cerro",
                "",
                (
                    "El pasado sábado acompañé a mi padre, de 79 años, a las urgencias del "
                    "hospital comarcal. Esperamos siete horas en una sala sin suficientes "
                    "sillas, junto a personas que habían llegado antes que nosotros y "
                    "seguían allí cuando nos fuimos. No escribo para quejarme del "
                    "personal, que hizo lo imposible con una amabilidad admirable. Escribo "
                    "porque es evidente que faltan médicos y enfermeras, y porque los "
                    "responsables de la consejería parecen no haberse enterado."
                ),
                "Elena Robles, Puerto Albar",
                "",
                (
                    "Quisiera agradecer públicamente a los voluntarios de Protección Civil "
                    "que, durante las inundaciones del mes pasado, ayudaron a mi familia a "
                    "sacar los muebles de nuestra casa de la calle Alfareros. Llegaron con "
                    "botas, palas y una sonrisa, y se quedaron hasta entrada la noche. "
                    "Nunca supimos sus nombres, pero mis hijos todavía hablan de ellos. "
                    "Gracias de corazón."
                ),
                "Rocío Jiménez Pardo, Alcalá de los Llanos",
                "",
                (
                    "Me sorprende que en el reportaje sobre la nueva línea de autobús no "
                    "se mencione que la parada del barrio de Las Eras ha desaparecido. "
                    "Somos más de dos mil vecinos, muchos de ellos mayores, y ahora la "
                    "parada más cercana está a un kilómetro cuesta arriba. He presentado "
                    "una reclamación en la empresa concesionaria y no he recibido "
                    "respuesta. Quizá su periódico tenga más suerte que yo."
                ),
                "Andrés Castaño, Santa Eulalia de Ríofrío",
                "",
                (
                    "Como profesora jubilada, me alegró leer la entrevista a los alumnos "
                    "del instituto Miguel Hernández que han ganado el concurso nacional de "
                    "robótica. Demasiadas veces hablamos de los jóvenes solo para "
                    "criticarlos. Ojalá publiquen más historias como esta."
                ),
                "Pilar Aranda, Villanueva del Cerro",
            ]
        ),
    ),
    (
        "es",
        "\n".join(
            [
                "El Atlético Sierraverde remonta ante el Deportivo Marisma y sueña con el ascenso",
                "",
                (
                    "El Atlético Sierraverde firmó el domingo una remontada de carácter "
                    "frente al Deportivo Marisma (3-2) en un estadio de Los Pinares casi "
                    "lleno. Los locales llegaron al descanso perdiendo por dos goles, pero "
                    "una segunda parte arrolladora les permite colocarse a un solo punto "
                    "de la zona de ascenso directo."
                ),
                "",
                (
                    "El Marisma golpeó primero. En el minuto 9, Iker Salcedo aprovechó un "
                    "error en la salida de balón para batir a Álvaro Quintana por bajo. "
                    "Poco antes del descanso, Salcedo volvió a aparecer, esta vez de "
                    "cabeza tras un centro de Mario Benítez, para poner el 0-2 y silenciar "
                    "la grada."
                ),
                "",
                (
                    "El técnico local, Joaquín Ledesma, movió el banquillo tras el paso "
                    "por vestuarios. La entrada de Adrián Vela dio profundidad por la "
                    "banda derecha y, en el minuto 54, su centro lo remató Sergio Paredes "
                    "para recortar distancias. El empate llegó en el 71, con un disparo "
                    "lejano de Rubén Cortés que se coló junto al poste. Y en el 86, el "
                    "propio Vela culminó una contra de tres pases para desatar la euforia."
                ),
                "",
                (
                    "«Al descanso les dije que todavía quedaban cuarenta y cinco minutos y "
                    "que la gente estaba con nosotros», explicó Ledesma. «Hoy el equipo ha "
                    "demostrado que no se rinde». En el Marisma, su entrenador, Eduardo "
                    "Sanz, lamentó la falta de intensidad: «Nos hemos echado atrás y lo "
                    "hemos pagado»."
                ),
                "",
                "Alineación del Atlético Sierraverde:",
                "Álvaro Quintana",
                "Daniel Herrera",
                "Pablo Gil",
                "Javier Roldán",
                "Luis Montero",
                "Rubén Cortés",
                "Hugo Navarro",
                "Marcos Delgado",
                "Iván Serrano",
                "Sergio Paredes",
                "Nicolás Prieto",
                "",
                "Cambios:",
                "Adrián Vela por Hugo Navarro (46')",
                "Óscar Fuentes por Nicolás Prieto (63')",
                "Raúl Mena por Iván Serrano (80')",
                "",
                "Alineación del Deportivo Marisma:",
                "Tomás Aguirre",
                "Víctor Lozano",
                "Enrique Campos",
                "Jorge Medina",
                "Diego Ramos",
                "Mario Benítez",
                "Alberto Cano",
                "Samuel Ortiz",
                "Gonzalo Vidal",
                "Iker Salcedo",
                "Bruno Escobar",
                "",
                "Cambios:",
                "Manuel Duarte por Gonzalo Vidal (58')",
                "Fernando Rey por Bruno Escobar (75')",
                "",
                "Árbitro: Francisco Llorente. Amonestó a Roldán, Medina, Ortiz y Cano.",
                "",
                (
                    "El próximo sábado, el Sierraverde visita al líder, el Real Olivar, en "
                    "un duelo que puede resultar decisivo."
                ),
            ]
        ),
    ),
    (
        "it",
        "\n".join(
            [
                "Tassa sui rifiuti, cosa cambia a Monteverzo con la tariffa puntuale",
                "",
                (
                    "Dal primo gennaio il Comune di Monteverzo abbandona la vecchia tassa "
                    "sui rifiuti calcolata in base ai metri quadrati dell'abitazione e "
                    "introduce la cosiddetta tariffa puntuale: chi produce meno rifiuti "
                    "indifferenziati pagherà meno. La novità ha suscitato curiosità ma "
                    "anche parecchi dubbi tra i cittadini. Abbiamo raccolto le domande più "
                    "frequenti e le abbiamo girate all'assessora all'Ambiente, Giulia Ferraresi."
                ),
                "",
                "Come funziona la nuova tariffa?",
                (
                    "La bolletta sarà composta da due parti. Una quota fissa, legata al "
                    "numero dei componenti del nucleo familiare, e una quota variabile, "
                    "che dipende da quante volte il contenitore dell'indifferenziato viene "
                    "svuotato nel corso dell'anno. Ogni bidone grigio sarà dotato di un "
                    "chip che registra ogni svuotamento."
                ),
                "",
                "Quanti svuotamenti sono compresi nella quota fissa?",
                (
                    "Per una famiglia di due persone sono compresi dodici svuotamenti "
                    "all'anno, per una famiglia di quattro persone diciotto. Ogni "
                    "svuotamento in più costerà 4,50 euro."
                ),
                "",
                "La raccolta differenziata resta gratuita?",
                (
                    "Sì. Carta, plastica, vetro e umido non vengono conteggiati e "
                    "continueranno a essere ritirati secondo il calendario attuale. "
                    "L'obiettivo, spiega Ferraresi, è proprio spingere le famiglie a "
                    "separare meglio i rifiuti."
                ),
                "",
                "Cosa succede alle famiglie con bambini piccoli o persone non autosufficienti?",
                (
                    "Chi utilizza pannolini o ausili per l'incontinenza può richiedere un "
                    "contenitore dedicato, che non rientra nel conteggio. La domanda va "
                    "presentata all'ufficio tributi allegando un'autocertificazione."
                ),
                "",
                "E chi vive in un condominio?",
                (
                    "Nei condomini con bidoni comuni, il Comune installerà contenitori ad "
                    "apertura controllata, che si aprono con una tessera personale. In "
                    "questo modo ogni famiglia pagherà solo per i propri conferimenti."
                ),
                "",
                "Non c'è il rischio che qualcuno abbandoni i sacchi per strada?",
                (
                    "È il timore più diffuso. Il Comune ha previsto un aumento dei "
                    "controlli e l'installazione di otto telecamere nei punti più critici. "
                    "Le sanzioni per l'abbandono dei rifiuti partono da 300 euro. Nei "
                    "comuni vicini che hanno già adottato il sistema, dice l'assessora, il "
                    "fenomeno è aumentato nei primi mesi per poi tornare sotto controllo."
                ),
                "",
                "Quanto si risparmierà?",
                (
                    "Dipende dalle abitudini. Secondo le simulazioni dell'azienda che "
                    "gestisce il servizio, una famiglia che fa bene la differenziata "
                    "potrebbe risparmiare tra il 10 e il 20 per cento rispetto all'anno scorso."
                ),
                "",
                "Dove si ritirano i nuovi contenitori?",
                (
                    "La distribuzione avverrà nella palestra della scuola media Dante "
                    "Alighieri, dal lunedì al sabato, dalle 9 alle 18, fino alla fine di "
                    "novembre. È necessario presentarsi con un documento d'identità e il "
                    "codice fiscale dell'intestatario della bolletta."
                ),
            ]
        ),
    ),
    (
        "it",
        "\n".join(
            [
                "Teatro Sole di Rivalta, un secolo e mezzo di sipari: le tappe principali",
                "",
                (
                    "Il Teatro Sole di Rivalta riapre sabato sera dopo un restauro durato "
                    "tre anni, con una prima dell'opera «L'elisir d'amore» già esaurita da "
                    "settimane. Costruito da un gruppo di commercianti di seta alla fine "
                    "dell'Ottocento, il teatro ha attraversato guerre, incendi e lunghi "
                    "periodi di abbandono. Ecco le date che ne hanno segnato la storia."
                ),
                "",
                "Aprile 1874",
                (
                    "Un gruppo di dodici commercianti di seta fonda una società per "
                    "costruire un teatro «degno della città» nell'area dell'ex convento "
                    "dei Cappuccini."
                ),
                "",
                "26 dicembre 1879",
                (
                    "Il teatro viene inaugurato con «La traviata», alla presenza del "
                    "sindaco e di un pubblico venuto anche dalle valli vicine."
                ),
                "",
                "Marzo 1912",
                (
                    "Viene installato l'impianto di illuminazione elettrica, che "
                    "sostituisce le vecchie lampade a gas del palcoscenico."
                ),
                "",
                "Agosto 1943",
                (
                    "Durante un bombardamento il tetto viene gravemente danneggiato e la "
                    "sala resta chiusa fino alla fine della guerra."
                ),
                "",
                "Settembre 1951",
                (
                    "Il teatro riapre come cinema, e per oltre vent'anni ospita proiezioni "
                    "tutti i giorni tranne il lunedì."
                ),
                "",
                "14 febbraio 1976",
                (
                    "Un incendio partito dalla cabina di proiezione distrugge parte della "
                    "galleria, e il Comune decide la chiusura definitiva della sala "
                    "cinematografica."
                ),
                "",
                "Novembre 1989",
                (
                    "Un comitato di cittadini raccoglie oltre seimila firme per chiedere "
                    "il recupero dell'edificio."
                ),
                "",
                "Giugno 1998",
                (
                    "Dopo un primo restauro, il teatro torna a ospitare spettacoli dal "
                    "vivo, ma solo in platea, perché i palchi sono ancora inagibili."
                ),
                "",
                "Gennaio 2021",
                (
                    "Iniziano i lavori di restauro completo, finanziati in gran parte da "
                    "una fondazione bancaria e da una raccolta fondi popolare."
                ),
                "",
                "Ottobre 2023",
                (
                    "Gli operai scoprono sotto l'intonaco del soffitto un affresco "
                    "originale con le allegorie delle quattro stagioni, che nessuno ricordava più."
                ),
                "",
                (
                    "Il restauro è costato circa 5,8 milioni di euro. Oltre all'affresco "
                    "ritrovato, sono stati recuperati i palchi del secondo e del terzo "
                    "ordine, restituendo alla sala la sua capienza originale di 480 posti. "
                    "«Abbiamo voluto che il teatro tornasse a essere un luogo di tutti», "
                    "spiega la direttrice artistica Francesca Orlandi. «Per questo ogni "
                    "prima sarà preceduta da una prova generale aperta gratuitamente alle "
                    "scuole e agli anziani delle case di riposo.»"
                ),
                "",
                (
                    "Tra il pubblico di sabato ci sarà anche Ernesto Bellini, 91 anni, che "
                    "da ragazzo faceva il maschera nel cinema. «Conoscevo ogni poltrona», "
                    "racconta. «Non pensavo di rivederlo così.»"
                ),
            ]
        ),
    ),
    (
        "it",
        "\n".join(
            [
                "Neve sull'Appennino, strade chiuse e paesi isolati: la cronaca della giornata",
                "",
                "07:15",
                (
                    "La neve cade senza sosta dalla mezzanotte su tutta l'alta valle del "
                    "Serchiello. A Pietralta, il centro più colpito, si misurano già "
                    "cinquanta centimetri al suolo. La protezione civile regionale ha "
                    "attivato l'allerta arancione fino a domani sera."
                ),
                "",
                "07:50",
                (
                    "Chiuse le scuole di ogni ordine e grado a Pietralta, Castel del Monte "
                    "Rosso e Valbona. I sindaci hanno firmato le ordinanze nella notte, "
                    "dopo una riunione in videoconferenza con la prefettura."
                ),
                "",
                "08:30",
                (
                    "La strada provinciale 12, che collega Pietralta al fondovalle, è "
                    "stata chiusa al traffico all'altezza del ponte della Fornace a causa "
                    "di alcuni alberi caduti sulla carreggiata. Gli operai della provincia "
                    "sono al lavoro con le motoseghe."
                ),
                "",
                "09:20",
                (
                    "Un autobus di linea con quattordici passeggeri è rimasto bloccato "
                    "sulla salita di Valbona. I vigili del fuoco hanno raggiunto il mezzo "
                    "e accompagnato i passeggeri nella vicina trattoria Da Nello, dove il "
                    "titolare ha offerto a tutti caffè e brodo caldo."
                ),
                "",
                "10:45",
                (
                    "Circa 1.300 utenze sono senza corrente elettrica tra Castel del Monte "
                    "Rosso e le frazioni di Casone e Ripa. Il gestore della rete segnala "
                    "che le squadre faticano a raggiungere le cabine per via della neve alta."
                ),
                "",
                "11:30",
                (
                    "Il sindaco di Pietralta, Stefano Guidi, invita i cittadini a non "
                    "mettersi in viaggio: «Le strade comunali vengono pulite, ma continua "
                    "a nevicare più velocemente di quanto riusciamo a spalare. Chi non ha "
                    "motivi urgenti resti a casa»."
                ),
                "",
                "12:40",
                (
                    "Un elicottero del soccorso alpino ha trasportato all'ospedale di "
                    "fondovalle una donna incinta di Ripa, che aveva avvertito le prime "
                    "contrazioni. La donna e il marito sono in buone condizioni."
                ),
                "",
                "14:10",
                (
                    "Riaperta a senso unico alternato la provinciale 12. I mezzi possono "
                    "transitare solo con catene o pneumatici invernali, e la polizia "
                    "provinciale effettua controlli al bivio di San Lucio."
                ),
                "",
                "15:35",
                (
                    "Tornata la corrente in gran parte di Castel del Monte Rosso. Restano "
                    "al buio una sessantina di case sparse a Casone, dove i tecnici "
                    "contano di intervenire entro sera."
                ),
                "",
                "16:20",
                (
                    "Secondo le previsioni dell'osservatorio meteorologico di Valbona, le "
                    "nevicate perderanno intensità dopo il tramonto, ma nella notte sono "
                    "attese gelate diffuse. I sindaci stanno valutando se tenere chiuse le "
                    "scuole anche domani."
                ),
            ]
        ),
    ),
    (
        "pt",
        "\n".join(
            [
                "Teresa Aguiar: «O mar não é nosso, nós é que somos do mar»",
                "",
                (
                    "Teresa Aguiar tem 67 anos e é uma das últimas mulheres mestres de "
                    "embarcação da costa de Vila Serena. Começou a pescar aos dezasseis "
                    "anos com o pai e, há três décadas, comanda o seu próprio barco, o "
                    "«Estrela da Manhã». Esta semana foi homenageada pela câmara "
                    "municipal. Conversámos com ela no cais, enquanto remendava uma rede."
                ),
                "",
                "Jornalista: Como reagiu à homenagem?",
                (
                    "Teresa Aguiar: Com vergonha, para ser sincera. Não fiz nada de "
                    "especial. Levantei-me cedo durante cinquenta anos, como toda a gente "
                    "aqui. Mas fiquei contente pelas mulheres mais novas que estavam na "
                    "sala. Se servir para elas acharem que também podem, já valeu a pena."
                ),
                "",
                "Jornalista: Quando começou, era comum ver mulheres nos barcos?",
                (
                    "Teresa Aguiar: Não. As mulheres da minha geração estavam na lota, a "
                    "vender, ou em casa, a tratar das redes. O meu pai não tinha filhos "
                    "rapazes e precisava de ajuda. Houve quem achasse mal, claro. Um velho "
                    "mestre disse-me um dia que uma mulher a bordo dava azar. No ano "
                    "seguinte, salvei-lhe o barco de ir contra as rochas."
                ),
                "",
                "Jornalista: O que mudou mais na pesca nestes anos?",
                (
                    "Teresa Aguiar: Tudo e nada. Hoje temos sonar, GPS, telemóvel. Mas o "
                    "mar continua a ser o mesmo, e continua a mandar. O que mudou para "
                    "pior foi a quantidade de peixe. Lembro-me de voltar com o barco tão "
                    "carregado de sardinha que quase metia água. Isso acabou."
                ),
                "",
                "Jornalista: Concorda com as quotas de pesca?",
                (
                    "Teresa Aguiar: Concordo com a ideia, não sempre com a forma. Se não "
                    "pararmos de vez em quando, não há peixe para os nossos netos. Mas as "
                    "regras são feitas em gabinetes por pessoas que nunca viram uma rede. "
                    "Deviam ouvir mais quem está cá fora."
                ),
                "",
                "Jornalista: Há jovens interessados em continuar?",
                (
                    "Teresa Aguiar: Poucos. É uma vida dura e mal paga. O meu sobrinho "
                    "anda comigo há dois anos e tem jeito, mas não sei se fica. Não o censuro."
                ),
                "",
                "Jornalista: Já pensou em reformar-se?",
                (
                    "Teresa Aguiar: Penso todos os invernos, quando me doem as mãos. "
                    "Depois chega a primavera e volto ao mar. O mar não é nosso, nós é que "
                    "somos do mar."
                ),
                "",
                "Jornalista: E o que fará com a medalha?",
                (
                    "Teresa Aguiar: Vou pendurá-la no barco, ao lado da imagem de Nossa "
                    "Senhora. Lá dentro passo mais tempo do que em casa."
                ),
            ]
        ),
    ),
    (
        "pt",
        "\n".join(
            [
                "Câmara de Ribeira Alta debate fecho da maternidade: excertos da sessão",
                "",
                (
                    "A Assembleia Municipal de Ribeira Alta reuniu-se em sessão "
                    "extraordinária na noite de segunda-feira para discutir a proposta do "
                    "Ministério da Saúde de encerrar o bloco de partos do hospital local e "
                    "concentrar os nascimentos no hospital distrital de Montejunto, a 58 "
                    "quilómetros. Publicamos excertos das intervenções."
                ),
                "",
                (
                    "PRESIDENTE DA ASSEMBLEIA, JOAQUIM SERRÃO: Está aberta a sessão. Tem a "
                    "palavra a senhora presidente da câmara."
                ),
                "",
                (
                    "HELENA VASCONCELOS: Obrigada. Quero começar por dizer que esta câmara "
                    "se opõe, sem reservas, ao encerramento. No ano passado nasceram aqui "
                    "412 crianças. Se fecharem o bloco, uma grávida de Vale do Fojo terá "
                    "mais de uma hora de estrada, metade dela em curvas de serra, para "
                    "chegar a Montejunto. Isto não é uma reorganização, é um risco."
                ),
                "",
                (
                    "RUI PINHEIRO: Senhora presidente, todos partilhamos essa preocupação. "
                    "Mas temos de ser honestos: o bloco funciona há dois anos com médicos "
                    "tarefeiros, e houve três fins de semana este ano em que esteve "
                    "fechado por falta de obstetras. Não é melhor ter um serviço seguro a "
                    "58 quilómetros do que um serviço incerto à porta de casa?"
                ),
                "",
                (
                    "HELENA VASCONCELOS: O que é melhor é ter um serviço seguro à porta de "
                    "casa. É isso que temos de exigir. A falta de médicos resolve-se com "
                    "incentivos, com habitação, com contratos decentes, não com cadeados."
                ),
                "",
                "ANA LOUREIRO: Peço a palavra.",
                "",
                "PRESIDENTE DA ASSEMBLEIA, JOAQUIM SERRÃO: Faça favor.",
                "",
                (
                    "ANA LOUREIRO: Sou enfermeira parteira neste hospital há dezanove "
                    "anos. Quero só lembrar que um parto não espera pelo trânsito. Já "
                    "assisti a dois nascimentos dentro de ambulâncias, e foi com partos "
                    "que vinham de dez quilómetros, não de sessenta. Se a proposta "
                    "avançar, peço que pelo menos se garanta uma ambulância com equipa "
                    "diferenciada em permanência."
                ),
                "",
                "RUI PINHEIRO: Nisso estamos inteiramente de acordo com a senhora enfermeira.",
                "",
                (
                    "HELENA VASCONCELOS: Então votemos todos a moção. A câmara oferece-se "
                    "para pagar casa, durante cinco anos, a quatro obstetras que aceitem "
                    "vir para Ribeira Alta."
                ),
                "",
                (
                    "RUI PINHEIRO: A minha bancada vota a favor, desde que a moção inclua "
                    "também a exigência da ambulância."
                ),
                "",
                "PRESIDENTE DA ASSEMBLEIA, JOAQUIM SERRÃO: Fica registado. Passamos à votação.",
                "",
                (
                    "A moção, com a alteração proposta, foi aprovada por unanimidade e "
                    "será entregue ao Ministério da Saúde na próxima semana."
                ),
            ]
        ),
    ),
    (
        "pt",
        "\n".join(
            [
                (
                    "Cartas dos leitores: o mercado municipal, o comboio da linha do vale "
                    "e os cães na praia"
                ),
                "",
                (
                    "Escrevo a propósito da notícia sobre a transformação do mercado "
                    "municipal num centro de restauração. Compreendo que o edifício "
                    "precise de obras, mas o mercado não é apenas um edifício. É o lugar "
                    "onde compro peixe há quarenta anos à mesma família, onde se encontram "
                    "vizinhos, onde os pequenos produtores das aldeias vendem o que "
                    "colhem. Se o transformarem numa praça de comida para turistas, "
                    "perderemos algo que não volta."
                ),
                "Maria do Céu Brandão, Vila Serena",
                "",
                (
                    "A linha ferroviária do vale voltou a ficar sem comboios durante três "
                    "dias por causa de uma avaria no único comboio disponível. Os "
                    "estudantes que dependem dele para chegar à universidade ficaram em "
                    "casa, e os trabalhadores tiveram de pagar táxi. Há anos que se "
                    "promete a modernização da linha. Pergunto aos responsáveis quantas "
                    "promessas mais teremos de ouvir até que alguém cumpra uma."
                ),
                "Tiago Fontes, Alvarinhos",
                "",
                (
                    "Gostaria de responder ao leitor que, na semana passada, defendeu a "
                    "proibição total de cães nas praias. Sou dono de um cão e concordo que "
                    "há pessoas que não apanham os dejetos nem controlam os animais. Mas a "
                    "solução não é proibir todos. Outras cidades criaram praias próprias "
                    "para cães, com horários definidos. Seria um bom compromisso para todos."
                ),
                "Nuno Cardoso, Porto Manso",
                "",
                (
                    "Quero deixar um agradecimento à equipa do centro de saúde de São "
                    "Bento, em especial à doutora Sofia e à enfermeira Graça, que "
                    "acompanharam a minha mãe nos últimos meses de vida com uma paciência "
                    "e um carinho que nunca esquecerei. Fala-se muito do que corre mal no "
                    "serviço público. É justo falar também do que corre bem."
                ),
                "Luísa Gaspar, São Bento da Serra",
                "",
                (
                    "O vosso jornal publicou que o festival de verão trouxe «mais de vinte "
                    "mil visitantes» à cidade. Talvez. Mas também trouxe ruído até às "
                    "quatro da manhã durante cinco noites seguidas. Quem mora no centro "
                    "histórico também merece dormir. Peço à câmara que, no próximo ano, "
                    "ouça os moradores antes de renovar a licença."
                ),
                "Rogério Pimentel, Vila Serena",
            ]
        ),
    ),
    (
        "nl",
        "\n".join(
            [
                "VV Bloemendaal-Oost pakt punt in blessuretijd tegen SC Heidebroek",
                "",
                (
                    "Het leek lang een pijnlijke middag te worden voor VV "
                    "Bloemendaal-Oost, maar in de tweede minuut van de blessuretijd kopte "
                    "centrale verdediger Stijn de Wit alsnog de gelijkmaker binnen. Door "
                    "het 2-2 gelijkspel tegen SC Heidebroek blijft de ploeg van trainer "
                    "Gert-Jan Bosman ongeslagen in de eerste klasse."
                ),
                "",
                (
                    "Heidebroek begon sterk op het kunstgras van sportpark De Wielen. Na "
                    "een kwartier schoot Yusuf Amrani van buiten het strafschopgebied de "
                    "0-1 binnen, hoog in de kruising. Bloemendaal-Oost had moeite om het "
                    "middenveld in handen te krijgen en kwam in de eerste helft nauwelijks "
                    "tot kansen. Vlak voor rust leek Thijs Vermeulen gelijk te maken, maar "
                    "zijn inzet werd op de lijn weggewerkt."
                ),
                "",
                (
                    "Na de pauze kwam de thuisploeg beter voor de dag. Invaller Ruben Kok "
                    "zorgde voor onrust op de linkerflank en in de 62ste minuut was het "
                    "raak: zijn voorzet werd door Vermeulen binnengetikt. De vreugde "
                    "duurde kort. Vijf minuten later profiteerde Heidebroek van slordig "
                    "balverlies en rondde Koen Hendriks koelbloedig af. In het slot gooide "
                    "Bosman alles naar voren, en bij een laatste hoekschop stond De Wit op "
                    "de juiste plek."
                ),
                "",
                (
                    "'We hebben het onszelf moeilijk gemaakt,' zei Bosman na afloop. 'Maar "
                    "deze groep blijft geloven, dat is een groot compliment waard.' "
                    "Trainer Frank Mulder van Heidebroek baalde: 'Twee keer op voorsprong "
                    "en dan toch met één punt naar huis. Dat moeten we leren.'"
                ),
                "",
                "VV Bloemendaal-Oost:",
                "Daan Peeters",
                "Stijn de Wit",
                "Mees van Dijk",
                "Lars Jansen",
                "Bram Visser",
                "Jesse Smit",
                "Thijs Vermeulen",
                "Sven de Graaf",
                "Niels Bakker",
                "Tim van Leeuwen",
                "Luuk Mulder",
                "",
                "Wissels:",
                "Ruben Kok (46. voor Bakker)",
                "Jorrit Dekker (70. voor Van Leeuwen)",
                "Sem Willems (84. voor Smit)",
                "",
                "SC Heidebroek:",
                "Wouter Brouwer",
                "Kevin Maas",
                "Dennis Post",
                "Joost Kuipers",
                "Rick van den Berg",
                "Yusuf Amrani",
                "Koen Hendriks",
                "Pim Schouten",
                "Max Verhoef",
                "Bas Timmermans",
                "Ricardo Martens",
                "",
                "Wissels:",
                "Gijs Huisman (75. voor Timmermans)",
                "Mohamed El Idrissi (88. voor Amrani)",
                "",
                "Scheidsrechter: M. Vos. Gele kaarten: Jansen, Kuipers, Schouten.",
                "",
                "Volgende week speelt Bloemendaal-Oost uit bij koploper Zwaluwen '28.",
            ]
        ),
    ),
    (
        "nl",
        "\n".join(
            [
                "Nieuwe parkeerregels in het centrum van Havelte-Zuid: de belangrijkste vragen",
                "",
                (
                    "Vanaf 1 april wordt betaald parkeren uitgebreid naar de hele "
                    "binnenstad van Havelte-Zuid en een deel van de wijk Noorderpark. De "
                    "gemeente wil daarmee de parkeerdruk verlagen en meer ruimte maken "
                    "voor fietsers en groen. Veel bewoners en ondernemers hebben vragen. "
                    "Wij zetten de belangrijkste antwoorden op een rij."
                ),
                "",
                "Welke straten vallen onder de nieuwe regels?",
                (
                    "Het gaat om alle straten binnen de singels, plus de Kastanjelaan, de "
                    "Beukenweg, de Wilhelminastraat en de zijstraten daarvan in "
                    "Noorderpark. Op de borden aan het begin van de zone staat aangegeven "
                    "dat betaald parkeren geldt. Een kaart met de exacte grenzen hangt in "
                    "het stadskantoor."
                ),
                "",
                "Wanneer moet ik betalen?",
                (
                    "Van maandag tot en met zaterdag tussen 9.00 en 21.00 uur. Op zondag "
                    "en op officiële feestdagen is parkeren gratis. Op koopavond, "
                    "donderdag, geldt het tarief tot 22.00 uur."
                ),
                "",
                "Hoeveel kost het?",
                (
                    "Het uurtarief wordt 2,40 euro in de binnenstad en 1,60 euro in "
                    "Noorderpark. Wie langer dan vier uur wil blijven, wordt aangeraden de "
                    "parkeergarage aan de Stationsweg te gebruiken, waar een dagkaart 9 euro kost."
                ),
                "",
                "Ik woon in de zone. Heb ik recht op een vergunning?",
                (
                    "Ja. Elk huishouden kan één bewonersvergunning aanvragen voor 65 euro "
                    "per jaar. Een tweede vergunning is mogelijk in Noorderpark, maar niet "
                    "in de binnenstad, omdat daar te weinig plekken zijn. De aanvraag gaat "
                    "via het digitale loket van de gemeente of aan de balie."
                ),
                "",
                "Wat als ik bezoek krijg?",
                (
                    "Bewoners met een vergunning krijgen een bezoekersregeling. Daarmee "
                    "kan bezoek voor 1 euro per uur parkeren, tot maximaal veertig uur per "
                    "maand. Het kenteken van de bezoeker wordt via een app of telefonisch "
                    "aangemeld."
                ),
                "",
                "Hoe zit het met mantelzorgers?",
                (
                    "Mantelzorgers die regelmatig bij iemand in de zone komen, kunnen een "
                    "aparte mantelzorgvergunning aanvragen. Daarvoor is een verklaring van "
                    "de huisarts of de wijkverpleging nodig."
                ),
                "",
                "Wat vinden ondernemers ervan?",
                (
                    "De winkeliersvereniging is verdeeld. Voorzitter Annemiek Hofstra "
                    "vreest dat klanten uit de omliggende dorpen wegblijven. 'Tegelijk "
                    "zien we dat het nu vaak zo vol staat dat mensen rondjes blijven "
                    "rijden en dan ook weggaan,' zegt ze. De vereniging vraagt de gemeente "
                    "om het eerste halfuur gratis te maken."
                ),
                "",
                "Wordt er gecontroleerd?",
                (
                    "Ja, met een scanauto die kentekens registreert. Wie niet betaald "
                    "heeft, krijgt een naheffingsaanslag van ongeveer 75 euro. In de "
                    "eerste twee weken na de invoering deelt de gemeente alleen waarschuwingen uit."
                ),
            ]
        ),
    ),
    (
        "nl",
        "\n".join(
            [
                "Honderd jaar molen De Hoop in Westerwolde-Dijk: een eeuw in vogelvlucht",
                "",
                (
                    "Korenmolen De Hoop in Westerwolde-Dijk bestaat dit jaar honderd jaar. "
                    "Zaterdag wordt dat gevierd met een open dag, een draaiende molen en, "
                    "als het weer meewerkt, een demonstratie van het malen van spelt. De "
                    "molen overleefde in zijn bestaan een storm, een oorlog en bijna de "
                    "sloophamer. Een overzicht van de belangrijkste momenten."
                ),
                "",
                "Mei 1924",
                (
                    "Molenaar Hendrik Wiersma laat De Hoop bouwen op de plek van een "
                    "oudere molen die twee jaar eerder door blikseminslag was afgebrand."
                ),
                "",
                "September 1924",
                (
                    "De molen maalt voor het eerst graan, en volgens het dorpsblad staat "
                    "half Westerwolde-Dijk die dag aan de voet van de molen te kijken."
                ),
                "",
                "November 1940",
                (
                    "Een zware storm scheurt twee wieken los, waarna de familie Wiersma de "
                    "molen met geleend geld laat herstellen."
                ),
                "",
                "April 1945",
                (
                    "Tijdens de bevrijding gebruiken Canadese soldaten de stelling van de "
                    "molen korte tijd als uitkijkpost."
                ),
                "",
                "Januari 1961",
                (
                    "Kleinzoon Jan Wiersma stopt met malen op windkracht, omdat een "
                    "elektrische maalderij goedkoper en betrouwbaarder is."
                ),
                "",
                "Augustus 1973",
                (
                    "De gemeente besluit de vervallen molen te slopen, maar een "
                    "handtekeningenactie van dorpsbewoners houdt het plan tegen."
                ),
                "",
                "Juni 1979",
                (
                    "De Stichting Molen De Hoop wordt opgericht en koopt de molen voor het "
                    "symbolische bedrag van één gulden."
                ),
                "",
                "Oktober 1986",
                (
                    "Na een restauratie van zeven jaar draaien de wieken weer, bediend "
                    "door vrijwillige molenaars."
                ),
                "",
                "Maart 2009",
                "De Hoop wordt aangewezen als rijksmonument.",
                "",
                "Juli 2020",
                (
                    "Voor het eerst sinds 1961 wordt er weer meel verkocht dat in de molen "
                    "zelf is gemalen."
                ),
                "",
                (
                    "Tegenwoordig draait de molen op zaterdag en woensdagmiddag, bemand "
                    "door een groep van negen vrijwillige molenaars. De jongste, Femke "
                    "Oosterhuis, is negentien en haalde vorig jaar haar molenaarsdiploma. "
                    "'Mijn opa nam me als klein meisje mee naar boven,' vertelt ze. 'Toen "
                    "wist ik al dat ik dit wilde.' Het meel uit De Hoop wordt verkocht in "
                    "de molenwinkel en aan twee bakkers in de regio."
                ),
                "",
                (
                    "Voorzitter Gerrit Hazenberg van de stichting is trots, maar ook "
                    "bezorgd. 'Een molen onderhouden kost elk jaar tienduizenden euro's. "
                    "Zonder donateurs en vrijwilligers staat hij over tien jaar stil.' "
                    "Tijdens de open dag kunnen bezoekers zich aanmelden als vriend van de molen."
                ),
            ]
        ),
    ),
)
"""Articles whose structure resembles furniture: live blogs (times of day alone on their line),
interviews, transcripts, FAQs, timelines, readers' letters signed with name and town, line-ups;
written by a separate session, with no byline and no furniture at all."""

PRACTICAL_ARTICLES: tuple[tuple[str, str], ...] = (
    (
        "en",
        "\n".join(
            [
                "Harbour Lights Folk Festival returns to Saltmere with its biggest line-up yet",
                "",
                (
                    "The Harbour Lights Folk Festival is back for its twelfth year, and "
                    "the organisers have promised that this will be the most ambitious "
                    "edition so far. Over three days in late July, more than forty acts "
                    "will perform across four stages set up along Saltmere's old quayside, "
                    "from unaccompanied ballad singers to full ceilidh bands."
                ),
                "",
                (
                    "Festival director Morag Pennick said the team had listened to "
                    "feedback from last year, when queues for the main tent stretched back "
                    "to the lifeboat station. \"We've doubled the capacity of the Quay "
                    "Stage and added a second covered venue in the Net Loft, so nobody "
                    'should have to stand in the rain to hear the headliners," she said.'
                ),
                "",
                (
                    "Headlining on Saturday night are the Brannock Sisters, whose album of "
                    "fishing songs collected from retired trawlermen won a string of "
                    "awards last winter. Sunday closes with a free family session on the "
                    "beach, led by the Saltmere Youth Fiddle Orchestra."
                ),
                "",
                "Where: Saltmere Quayside and Net Loft, Harbour Road, Saltmere",
                "When: Friday 26 to Sunday 28 July, gates open 11am daily",
                "Tickets: weekend £85 (concessions £60), day tickets from £35",
                "Under-12s: free with a paying adult",
                "Info: www.harbourlights-example.org",
                "Book: 020 7946 0182 (Monday to Friday, 9am–5pm)",
                "",
                (
                    "Camping is available on the cricket ground above the town, with "
                    "showers and a shuttle bus down to the harbour every twenty minutes. "
                    "Camping passes cost £30 per person for the weekend and must be booked "
                    "in advance, as numbers are limited by the council's licence."
                ),
                "",
                (
                    "Getting there: trains run hourly from Pendry Junction to Saltmere; "
                    "the festival is a five-minute walk from the station. Drivers are "
                    "asked to use the park-and-ride at Coldharbour Farm, signposted from "
                    "the A391, as there is no public parking on the quayside during the event."
                ),
                "",
                (
                    "For those who want to play rather than just listen, the festival runs "
                    "daily workshops in the Seamen's Mission hall. These cover everything "
                    "from beginner's tin whistle to shape-note singing and are included in "
                    "the price of a weekend ticket."
                ),
                "",
                "Workshops: 10am and 2pm daily, Seamen's Mission, Chapel Street",
                "Places: 25 per session, sign up at the information tent",
                "",
                (
                    "Pennick added that the festival remains run almost entirely by "
                    "volunteers. Anyone wishing to help with stewarding, in exchange for a "
                    "free weekend pass, can still apply through the festival's website "
                    "until the end of June."
                ),
            ]
        ),
    ),
    (
        "en",
        "\n".join(
            [
                (
                    "How to set up a Python virtual environment and push your first "
                    "project to a remote repository"
                ),
                "",
                (
                    "If you are new to Python, one of the first habits worth building is "
                    "keeping each project in its own virtual environment. It stops "
                    "packages from different projects clashing and makes it easy for "
                    "someone else to reproduce your setup. In this tutorial we will create "
                    "a small project, install a library, and push the code to a remote Git "
                    "repository."
                ),
                "",
                "First, create a folder for the project and move into it:",
                "",
                "mkdir weather-check",
                "cd weather-check",
                "",
                "Now create the virtual environment. On most systems the command is:",
                "",
                "python3 -m venv .venv",
                "",
                "Activate it. On Linux and macOS:",
                "",
                "source .venv/bin/activate",
                "",
                "On Windows, use:",
                "",
                ".venv\\Scripts\\activate",
                "",
                (
                    "Your prompt should now begin with (.venv). Next, install the requests "
                    "library, which we will use to fetch data from a web service:"
                ),
                "",
                "pip install requests",
                "",
                "You should see output similar to this:",
                "",
                "Collecting requests",
                "Downloading requests-2.31.0-py3-none-any.whl (62 kB)",
                (
                    "Installing collected packages: urllib3, idna, charset-normalizer, "
                    "certifi, requests"
                ),
                "Successfully installed requests-2.31.0",
                "",
                (
                    "Once you have the packages you need, save them to a requirements file "
                    "so others can install the same versions:"
                ),
                "",
                "pip freeze > requirements.txt",
                "",
                (
                    "Create a file called check.py with a few lines of code that request a "
                    "page and print the status code. Run it with:"
                ),
                "",
                "python check.py",
                "",
                "If everything is working, the terminal will print:",
                "",
                "Status: 200",
                "",
                (
                    "Now it is time to put the project under version control. Create a "
                    ".gitignore file containing the single line .venv/ so that the "
                    "environment itself is not committed. Then run:"
                ),
                "",
                "git init",
                "git add .",
                'git commit -m "First version of weather check"',
                "",
                (
                    "Create an empty repository on your hosting service of choice, then "
                    "link it and push:"
                ),
                "",
                "git remote add origin https://git.example.org/yourname/weather-check.git",
                "git branch -M main",
                "git push -u origin main",
                "",
                "Git will report its progress:",
                "",
                "Enumerating objects: 5, done.",
                "Writing objects: 100% (5/5), 612 bytes | 612.00 KiB/s, done.",
                "Branch 'main' set up to track remote branch 'main' from 'origin'.",
                "",
                (
                    "That is it: your code is safely stored remotely. When a colleague "
                    "clones the repository, they only need to create their own environment "
                    "and run pip install -r requirements.txt to get started."
                ),
                "",
                (
                    "A final tip: deactivate the environment when you finish work by "
                    "typing deactivate. Next time, simply activate it again before running "
                    "your scripts."
                ),
            ]
        ),
    ),
    (
        "en",
        "\n".join(
            [
                "Corvana Aero 14 review: a quiet, light laptop that lasts all day",
                "",
                (
                    "Corvana has spent the last few years building a reputation for solid "
                    "but unglamorous business machines. The Aero 14 is its first attempt "
                    "at something people might actually want to carry around, and for the "
                    "most part it succeeds."
                ),
                "",
                (
                    "The aluminium chassis weighs just over a kilogram and feels rigid, "
                    "with almost no flex in the keyboard deck. The hinge opens with one "
                    "finger, and the lid goes back a full 180 degrees, which is handy when "
                    "sharing the screen across a table. The 14-inch display is bright "
                    "enough for use by a window, though it is glossy and picks up "
                    "reflections outdoors."
                ),
                "",
                (
                    "Performance is where the Aero 14 surprised us. In a week of office "
                    "work, browser-heavy research and light photo editing, it never "
                    "stuttered, and the fan only became audible when exporting a long "
                    "video. Most of the time it was completely silent."
                ),
                "",
                (
                    "Battery life is the headline feature. In our standard test, looping "
                    "video at 200 nits of brightness, it lasted just over 18 hours. In "
                    "real use, with a dozen browser tabs, messaging apps and video calls, "
                    "we comfortably finished two working days before reaching for the charger."
                ),
                "",
                (
                    "The keyboard is pleasant, with decent travel, although the arrow keys "
                    "are cramped. The webcam is a clear step up from last year's models, "
                    "and the speakers are loud but thin."
                ),
                "",
                "Specifications",
                "Price: £1,299 (as tested)",
                "Processor: 10-core, up to 4.8GHz",
                "Memory: 16GB",
                "Storage: 512GB SSD",
                "Display: 14in, 2,880 x 1,800, 120Hz",
                "Battery: 18 hours (our test)",
                "Weight: 1.08kg",
                "Ports: 2 x USB-C, 1 x USB-A, HDMI, headphone jack",
                "",
                (
                    "There are compromises. The base model has only 256GB of storage, "
                    "which fills up quickly, and the memory is soldered, so you cannot "
                    "upgrade later. The charger is also bulkier than we would like for a "
                    "machine this portable."
                ),
                "",
                (
                    "Buy it if you want a laptop that will get through a full day, or two, "
                    "without a plug, and you value quiet operation."
                ),
                (
                    "Skip it if you need a matte screen for outdoor work or plan to "
                    "upgrade the memory down the line."
                ),
                "",
                (
                    "Verdict: the Aero 14 is not flashy, but it does the basics "
                    "exceptionally well, and its battery life puts more expensive rivals to shame."
                ),
                "",
                "Rating: 4/5",
            ]
        ),
    ),
    (
        "de",
        "\n".join(
            [
                "Ein Tag in Lindenhall: Salzmuseum, Altstadt und Aussicht vom Kalvarienberg",
                "",
                (
                    "Wer an Lindenhall denkt, denkt meist an Salz. Fast sechshundert Jahre "
                    "lang wurde in dem kleinen Ort am Rand des Mittelgebirges Sole "
                    "gefördert und in großen Pfannen eingedampft. Die letzte Saline "
                    "schloss 1968, doch die Geschichte ist in der Stadt überall zu spüren "
                    "– am deutlichsten im Salzmuseum, das in der ehemaligen Siedehalle "
                    "untergebracht ist."
                ),
                "",
                (
                    "Der Rundgang beginnt im Brunnenhaus, wo eine restaurierte Pumpe aus "
                    "dem 19. Jahrhundert noch einmal täglich in Betrieb genommen wird. "
                    "Besonders Kinder sind begeistert, wenn die schweren Holzgestänge zu "
                    "knarren beginnen. Im Obergeschoss erklären Modelle und "
                    "Originalwerkzeuge, wie hart die Arbeit der Salzsieder war: Schichten "
                    "von zwölf Stunden, Hitze, Dampf und ständige Brandgefahr."
                ),
                "",
                "Salzmuseum Lindenhall",
                "Adresse: Siedehausplatz 3, 37990 Lindenhall",
                "Öffnungszeiten: Di–So 10–17 Uhr, Mo geschlossen",
                "Eintritt: 8 Euro, ermäßigt 5 Euro, Familienkarte 18 Euro",
                "Führungen: Sa und So um 11 und 14 Uhr",
                "Telefon: 05521 48 30 12",
                "Website: www.salzmuseum-lindenhall.example.de",
                "",
                (
                    "Nach dem Museum lohnt ein Spaziergang durch die Altstadt. Die "
                    "Fachwerkhäuser rund um den Marktplatz wurden in den vergangenen "
                    "Jahren aufwendig saniert, und in der Brunnengasse haben sich mehrere "
                    "kleine Läden und Cafés angesiedelt. Unser Tipp ist das Café "
                    "Sudpfanne, wo es Streuselkuchen nach altem Rezept gibt – mit einer "
                    "Prise Lindenhaller Salz im Teig."
                ),
                "",
                (
                    "Wer noch Kraft hat, steigt auf den Kalvarienberg. Der Weg beginnt "
                    "hinter der Stadtkirche und führt in etwa 25 Minuten durch Buchenwald "
                    "zur Aussichtsplattform. Von oben überblickt man das ganze Tal bis zu "
                    "den alten Gradierwerken, an denen man auch heute noch die salzhaltige "
                    "Luft einatmen kann."
                ),
                "",
                "Gradierwerk im Kurpark",
                "Geöffnet: April bis Oktober täglich 9–19 Uhr",
                "Eintritt: frei",
                "",
                (
                    "Anreise: Mit der Regionalbahn ab Kassel in gut einer Stunde, vom "
                    "Bahnhof sind es zehn Minuten zu Fuß bis zum Museum. Autofahrer parken "
                    "am besten auf dem Parkplatz Am Kurpark (Tagesticket 4 Euro), da die "
                    "Altstadt für den Durchgangsverkehr gesperrt ist."
                ),
                "",
                (
                    "Essen: Der Gasthof Zur Alten Saline am Marktplatz serviert regionale "
                    "Küche, Hauptgerichte kosten zwischen 14 und 22 Euro. Reservierung am "
                    "Wochenende empfohlen."
                ),
                "",
                (
                    "Lindenhall ist kein Ort für einen langen Urlaub, aber für einen "
                    "gemütlichen Tagesausflug ist die Mischung aus Geschichte, Natur und "
                    "gutem Kuchen kaum zu schlagen."
                ),
            ]
        ),
    ),
    (
        "de",
        "\n".join(
            [
                "Kürbissuppe mit Ingwer und gerösteten Kernen",
                "",
                (
                    "Wenn die Tage kürzer werden, gibt es kaum etwas Tröstlicheres als "
                    "eine Schüssel samtiger Kürbissuppe. Dieses Rezept kommt ohne Sahne "
                    "aus und bekommt seine Cremigkeit allein durch den Kürbis und eine "
                    "mehlige Kartoffel. Ingwer und ein Spritzer Limette sorgen für Frische."
                ),
                "",
                "Für 4 Personen",
                "Vorbereitung: 20 Minuten",
                "Kochzeit: 35 Minuten",
                "Schwierigkeit: einfach",
                "",
                "Zutaten",
                "1 Hokkaido-Kürbis (etwa 1,2 kg)",
                "1 mehligkochende Kartoffel",
                "1 Zwiebel",
                "2 Knoblauchzehen",
                "1 daumengroßes Stück Ingwer",
                "2 EL Rapsöl",
                "1 Liter Gemüsebrühe",
                "1 Dose Kokosmilch (400 ml), optional",
                "Saft einer halben Limette",
                "Salz, Pfeffer, eine Prise Muskat",
                "3 EL Kürbiskerne",
                "",
                (
                    "Den Hokkaido müssen Sie nicht schälen – die Schale wird beim Kochen "
                    "weich und gibt der Suppe ihre schöne orange Farbe. Den Kürbis "
                    "halbieren, die Kerne mit einem Löffel herauskratzen und das "
                    "Fruchtfleisch in grobe Würfel schneiden. Die Kartoffel schälen und "
                    "ebenfalls würfeln."
                ),
                "",
                (
                    "Zwiebel, Knoblauch und Ingwer fein hacken. Das Öl in einem großen "
                    "Topf erhitzen und alles bei mittlerer Hitze etwa fünf Minuten glasig "
                    "dünsten, ohne dass es Farbe nimmt. Dann Kürbis und Kartoffel "
                    "dazugeben, kurz mitbraten und mit der Brühe ablöschen."
                ),
                "",
                (
                    "Die Suppe zugedeckt rund 25 Minuten köcheln lassen, bis der Kürbis "
                    "ganz weich ist. Inzwischen die Kürbiskerne in einer trockenen Pfanne "
                    "rösten, bis sie zu knacken beginnen. Mit einer Prise Salz bestreuen "
                    "und beiseitestellen."
                ),
                "",
                (
                    "Die Suppe mit dem Stabmixer fein pürieren. Wer mag, rührt jetzt die "
                    "Kokosmilch ein und lässt alles noch einmal kurz aufkochen. Mit Salz, "
                    "Pfeffer, Muskat und Limettensaft abschmecken. Ist die Suppe zu dick, "
                    "einfach etwas Brühe oder Wasser nachgießen."
                ),
                "",
                (
                    "Zum Servieren in vorgewärmte Teller füllen, mit den gerösteten Kernen "
                    "bestreuen und nach Belieben ein paar Tropfen Kürbiskernöl darüberträufeln."
                ),
                "",
                "Pro Portion: etwa 280 kcal",
                "Haltbarkeit: im Kühlschrank 3 Tage, eingefroren bis zu 3 Monate",
                "",
                (
                    "Tipp: Die Suppe lässt sich gut vorbereiten und schmeckt am nächsten "
                    "Tag oft sogar noch besser. Dazu passt frisches Bauernbrot oder ein "
                    "Stück Ziegenkäse, im Ofen kurz überbacken."
                ),
            ]
        ),
    ),
    (
        "de",
        "\n".join(
            [
                "DAX schließt fester – Autowerte und Versorger gefragt",
                "",
                (
                    "Der deutsche Aktienmarkt hat am Dienstag an die Gewinne vom "
                    "Wochenbeginn angeknüpft. Nach einem verhaltenen Start zog der DAX im "
                    "Nachmittagshandel an, als neue Konjunkturdaten aus den USA die "
                    "Hoffnung auf sinkende Zinsen nährten. Zum Handelsschluss stand der "
                    "Leitindex knapp unter seinem Tageshoch."
                ),
                "",
                "Schlusskurse am Dienstag",
                "DAX 18.432 Punkte, +0,6 %",
                "MDAX 26.118 Punkte, +0,9 %",
                "SDAX 14.205 Punkte, +0,4 %",
                "TecDAX 3.347 Punkte, −0,2 %",
                "Euro Stoxx 50 4.987 Punkte, +0,5 %",
                "",
                (
                    "Gefragt waren vor allem Autowerte. Anleger reagierten positiv auf "
                    "Berichte, wonach die Absatzzahlen in China im vergangenen Monat "
                    "stärker gestiegen sind als erwartet. Die Aktie des Zulieferers "
                    "Brenner Antriebstechnik legte zeitweise um mehr als vier Prozent zu "
                    "und war damit größter Gewinner im MDAX."
                ),
                "",
                (
                    "Auch Versorger setzten ihre Erholung fort. Händler verwiesen auf die "
                    "gesunkenen Renditen am Anleihemarkt, die dividendenstarke Titel "
                    "attraktiver machen. Die Rendite der zehnjährigen Bundesanleihe fiel "
                    "auf 2,31 Prozent."
                ),
                "",
                (
                    "Schwächer entwickelten sich dagegen Technologiewerte. Nach den "
                    "Gewinnen der vergangenen Wochen nahmen einige Investoren Gewinne mit. "
                    "Der Halbleiterhersteller Velmar Systems verlor nach einer "
                    "Analystenabstufung 2,8 Prozent."
                ),
                "",
                "Gewinner und Verlierer im DAX",
                "Brenner Antriebstechnik +4,1 %",
                "Nordwerk Energie +2,7 %",
                "Kessler Automobil +2,3 %",
                "Velmar Systems −2,8 %",
                "Hanseatische Logistik −1,5 %",
                "",
                (
                    "An den Devisen- und Rohstoffmärkten blieb es vergleichsweise ruhig. "
                    "Der Euro notierte bei 1,0862 US-Dollar, nachdem die Europäische "
                    "Zentralbank den Referenzkurs am Mittag auf 1,0855 Dollar festgesetzt "
                    "hatte. Der Ölpreis gab leicht nach."
                ),
                "",
                "Euro/Dollar 1,0862 (+0,2 %)",
                "Gold 2.318 Dollar je Feinunze (+0,4 %)",
                "Brent 82,40 Dollar je Barrel (−0,7 %)",
                "",
                (
                    '„Der Markt setzt weiter auf eine Zinswende im Sommer", sagte '
                    "Marktstratege Jonas Wendt von der Bankhaus Ellinger AG. „Solange die "
                    "Inflationsdaten das stützen, dürfte der DAX in Reichweite seines "
                    'Rekordhochs bleiben." Am Mittwoch richtet sich der Blick auf die '
                    "deutschen Einzelhandelsumsätze sowie die Quartalszahlen mehrerer "
                    "mittelgroßer Industrieunternehmen."
                ),
            ]
        ),
    ),
    (
        "fr",
        "\n".join(
            [
                "Les Nuits du Verger : cinq soirées de jazz sous les pommiers",
                "",
                (
                    "Pour sa neuvième édition, le festival Les Nuits du Verger investit à "
                    "nouveau le domaine de la Croix-Morel, à la sortie de "
                    "Villebois-sur-Ourne. Du 9 au 13 juillet, une vingtaine de formations "
                    "se succéderont sur la grande scène installée au milieu des pommiers, "
                    "mais aussi dans la grange du XVIIIe siècle, réservée aux concerts "
                    "plus intimistes."
                ),
                "",
                (
                    "La programmation fait une large place aux jeunes musiciens de la "
                    "région. Le trio de la contrebassiste Léa Marchadier ouvrira le "
                    "festival le mercredi soir, avant que le quintette du saxophoniste "
                    "Bastien Roulleau ne prenne le relais. Le samedi, temps fort de la "
                    "semaine, accueillera la chanteuse Awa Delcourt, qui présentera en "
                    "avant-première les morceaux de son prochain album."
                ),
                "",
                (
                    "« Nous avons voulu garder l'esprit des débuts : un lieu champêtre, "
                    "des concerts accessibles et un vrai contact entre le public et les "
                    "artistes », explique Hélène Guibert, présidente de l'association "
                    "organisatrice. Comme chaque année, les spectateurs pourront "
                    "pique-niquer sur l'herbe avant les concerts ou profiter de la buvette "
                    "tenue par les producteurs de cidre du canton."
                ),
                "",
                "Lieu : Domaine de la Croix-Morel, route de Saint-Firmin, Villebois-sur-Ourne",
                "Dates : du mercredi 9 au dimanche 13 juillet",
                "Horaires : ouverture des portes à 18 h 30, premier concert à 19 h 30",
                "Tarifs : 22 € la soirée (tarif réduit 15 €), pass cinq soirées 85 €",
                "Gratuit pour les moins de 12 ans",
                "Réservations : 02 38 41 77 09",
                "Renseignements : www.nuitsduverger-example.fr",
                "",
                (
                    "Le dimanche après-midi, un concert gratuit sera proposé aux familles "
                    "dans la grange, avec un atelier de découverte des percussions animé "
                    "par les élèves de l'école de musique intercommunale. L'inscription "
                    "est conseillée, le nombre de places étant limité à quarante enfants."
                ),
                "",
                "Atelier percussions : dimanche 13 juillet, 15 h",
                "Inscription : à l'office de tourisme ou au 02 38 41 70 00",
                "",
                (
                    "Accès : navettes gratuites depuis la gare de Villebois à 18 h, 18 h "
                    "45 et 19 h 15, retour après le dernier concert. Un parking de 300 "
                    "places est aménagé dans la prairie voisine. Les organisateurs "
                    "encouragent le covoiturage et mettent à disposition un garage à vélos "
                    "surveillé."
                ),
                "",
                (
                    "En cas de pluie, les concerts de la grande scène sont déplacés sous "
                    "un chapiteau couvert. Aucune soirée n'a été annulée depuis la "
                    "création du festival, rappelle fièrement Hélène Guibert."
                ),
            ]
        ),
    ),
    (
        "fr",
        "\n".join(
            [
                "Test du Volta Urbain 2 : un vélo électrique simple et bien pensé pour la ville",
                "",
                (
                    "Le constructeur lyonnais Volta s'était fait remarquer il y a deux ans "
                    "avec un premier modèle élégant mais un peu trop cher. Avec l'Urbain "
                    "2, il revoit sa copie : le prix baisse, l'autonomie augmente, et "
                    "l'essentiel est conservé. Nous l'avons utilisé pendant trois semaines "
                    "pour nos trajets quotidiens."
                ),
                "",
                (
                    "Le cadre en aluminium, disponible en deux tailles, adopte une "
                    "géométrie ouverte qui facilite la montée et la descente, même en jupe "
                    "ou avec un sac. Le moteur arrière de 250 W offre une assistance "
                    "progressive, sans à-coups, et se montre tout à fait suffisant pour "
                    "les côtes de la Croix-Rousse. Le capteur de couple fait bien son "
                    "travail : plus on appuie sur les pédales, plus le moteur aide."
                ),
                "",
                (
                    "La batterie, intégrée au tube diagonal, se retire avec une clé pour "
                    "être rechargée à la maison. En mode intermédiaire, nous avons "
                    "parcouru un peu plus de 70 kilomètres avant de la recharger. Le "
                    "constructeur annonce jusqu'à 100 km en mode éco, ce qui paraît "
                    "atteignable sur terrain plat."
                ),
                "",
                (
                    "Quelques regrets toutefois. L'écran intégré au guidon est difficile à "
                    "lire en plein soleil, et l'application qui l'accompagne reste assez "
                    "limitée. Le vélo pèse par ailleurs 23 kg, ce qui complique le "
                    "transport dans les escaliers."
                ),
                "",
                "Fiche technique",
                "Prix : 1 899 €",
                "Moteur : moyeu arrière, 250 W, 45 Nm",
                "Batterie : 504 Wh, amovible",
                "Autonomie : 70 km (notre essai), jusqu'à 100 km annoncés",
                "Temps de charge : 4 h 30",
                "Transmission : 8 vitesses, dérailleur Shimano",
                "Freins : disques hydrauliques",
                "Poids : 23 kg",
                "Garantie : 2 ans, batterie 3 ans",
                "",
                (
                    "Les équipements de série sont complets : garde-boue, porte-bagages "
                    "supportant 25 kg, éclairage avant et arrière alimenté par la batterie "
                    "et béquille robuste. Il ne manque qu'un antivol, à prévoir en plus."
                ),
                "",
                "Les plus",
                "Assistance douce et naturelle",
                "Très bonne autonomie",
                "Équipement complet dès la livraison",
                "",
                "Les moins",
                "Écran peu lisible au soleil",
                "Poids élevé",
                "",
                (
                    "Notre avis : pour moins de 2 000 €, le Volta Urbain 2 offre un "
                    "ensemble cohérent, confortable et fiable, idéal pour remplacer la "
                    "voiture sur des trajets de moins de 15 km."
                ),
                "",
                "Note : 8/10",
            ]
        ),
    ),
    (
        "fr",
        "\n".join(
            [
                "Un week-end à Saint-Aubrac-sur-Loire, entre châteaux et guinguettes",
                "",
                (
                    "À une heure et demie de Paris en train, Saint-Aubrac-sur-Loire reste "
                    "étonnamment méconnue. Ce bourg de 4 000 habitants, posé sur un coude "
                    "du fleuve, cumule pourtant tous les atouts d'une escapade réussie : "
                    "un château Renaissance, des bords de Loire aménagés pour la promenade "
                    "et une table qui attire les gourmets de toute la région."
                ),
                "",
                (
                    "Samedi matin, commencez par le château des Aubrac. Ses jardins en "
                    "terrasses descendent jusqu'à l'eau et offrent une vue superbe sur le "
                    "pont suspendu. À l'intérieur, les appartements de la duchesse ont été "
                    "remeublés grâce à des dons de collectionneurs, et la visite guidée, "
                    "d'une heure, est vivante et bien documentée."
                ),
                "",
                "Château des Aubrac",
                "Adresse : 1, place du Château",
                "Horaires : tous les jours de 10 h à 18 h (19 h en juillet et août)",
                "Tarifs : adultes 12 €, 7-17 ans 6 €, gratuit pour les moins de 7 ans",
                "Visites guidées : 11 h et 15 h",
                "Site : www.chateau-aubrac.example.fr",
                "",
                (
                    "L'après-midi, louez un vélo à l'office de tourisme et suivez la Loire "
                    "à vélo vers l'aval. Le chemin, parfaitement plat, traverse des "
                    "prairies inondables et mène en une heure au village de Montcourt, "
                    "célèbre pour sa chapelle troglodyte."
                ),
                "",
                "Location de vélos : office de tourisme, quai des Mariniers",
                "Prix : 15 € la journée, 9 € la demi-journée",
                "Téléphone : 02 47 58 12 34",
                "",
                (
                    "En fin de journée, installez-vous à la guinguette du Bas-Port, "
                    "ouverte de mai à septembre. On y mange des fritures de Loire et on "
                    "danse au son de l'accordéon le samedi soir. Pour dîner plus chic, "
                    "réservez au Relais des Mariniers, dont le chef propose un menu unique "
                    "autour des produits du marché."
                ),
                "",
                "Le Relais des Mariniers",
                "Menu : 48 €, accord mets et vins 28 €",
                "Fermé le lundi et le mardi",
                "Réservation : 02 47 58 30 90",
                "",
                (
                    "Dimanche, ne manquez pas le marché sur la place de l'Église, de 8 h à "
                    "13 h. Les producteurs de fromage de chèvre y côtoient les vignerons "
                    "de l'appellation voisine, et la dégustation est de rigueur."
                ),
                "",
                (
                    "Y aller : trains directs depuis Paris-Austerlitz, environ 1 h 30. La "
                    "gare est à dix minutes à pied du centre."
                ),
                "",
                (
                    "Dormir : l'hôtel du Pont propose des chambres doubles à partir de 85 "
                    "€, petit-déjeuner compris."
                ),
            ]
        ),
    ),
    (
        "es",
        "\n".join(
            [
                "Lentejas estofadas con chorizo y verduras, el plato de cuchara de la abuela",
                "",
                (
                    "Pocas cosas reconfortan tanto en una tarde de invierno como un buen "
                    "plato de lentejas. Esta receta es la que se ha preparado durante "
                    "décadas en la casa de mi abuela Remedios, en un pueblo de la sierra, "
                    "y apenas la he tocado: solo he reducido un poco el tiempo de cocción "
                    "usando lentejas pardinas, que no necesitan remojo."
                ),
                "",
                "Raciones: 4",
                "Preparación: 15 minutos",
                "Cocción: 45 minutos",
                "Dificultad: fácil",
                "",
                "Ingredientes",
                "300 g de lentejas pardinas",
                "1 chorizo fresco para guisar",
                "1 cebolla",
                "1 pimiento verde",
                "2 zanahorias",
                "1 patata mediana",
                "2 dientes de ajo",
                "1 tomate maduro",
                "1 hoja de laurel",
                "1 cucharadita de pimentón de la Vera dulce",
                "3 cucharadas de aceite de oliva virgen extra",
                "Sal al gusto",
                "",
                (
                    "Lava las lentejas bajo el grifo y retira cualquier piedrecita que "
                    "encuentres. Pica la cebolla, el pimiento y los ajos en trozos "
                    "pequeños, y corta las zanahorias en rodajas. Ralla el tomate y reserva."
                ),
                "",
                (
                    "En una olla amplia, calienta el aceite y sofríe la cebolla y el "
                    "pimiento a fuego medio durante unos ocho minutos, hasta que estén "
                    "blandos. Añade el ajo y la zanahoria y deja que se hagan dos minutos "
                    "más. Incorpora el tomate rallado y cocina hasta que pierda el agua."
                ),
                "",
                (
                    "Retira la olla del fuego, añade el pimentón y remueve rápidamente "
                    "para que no se queme. Vuelve a ponerla al fuego, agrega las lentejas, "
                    "el laurel y el chorizo cortado en rodajas gruesas. Cubre con agua "
                    "fría, unos dos dedos por encima, y lleva a ebullición."
                ),
                "",
                (
                    "Cuando rompa a hervir, baja el fuego y deja que cuezan tapadas "
                    'durante 30 minutos. Pela la patata y "cháscala", es decir, córtala a '
                    "trozos rompiéndola con el cuchillo para que suelte el almidón y "
                    "espese el caldo. Añádela a la olla y cocina 15 minutos más. Prueba y "
                    "ajusta de sal."
                ),
                "",
                "Calorías por ración: unas 480 kcal",
                "Se conserva: hasta 4 días en la nevera",
                "",
                (
                    "Consejo de la abuela: las lentejas están mucho más ricas al día "
                    "siguiente, así que si puedes, prepáralas con antelación. Y si quieres "
                    "una versión vegetariana, sustituye el chorizo por media cucharadita "
                    "más de pimentón y un puñado de espinacas al final."
                ),
                "",
                (
                    "Sírvelas bien calientes, con un buen trozo de pan y, si te atreves, "
                    "una guindilla en vinagre al lado."
                ),
            ]
        ),
    ),
    (
        "es",
        "\n".join(
            [
                (
                    "Jornada 27: el Atlético Riberas se escapa en cabeza y el Costa Brava "
                    "Unión se hunde"
                ),
                "",
                (
                    "La vigesimoséptima jornada de la Liga Regional Norte dejó un líder "
                    "cada vez más sólido y una lucha por la permanencia al rojo vivo. El "
                    "Atlético Riberas ganó con autoridad en casa ante el Deportivo Santa "
                    "Olalla y aprovechó el empate de su perseguidor para ampliar su "
                    "ventaja a seis puntos a falta de once jornadas."
                ),
                "",
                "Resultados de la jornada 27",
                "Atlético Riberas 3-0 Deportivo Santa Olalla",
                "CD Puerto Alto 1-1 Real Valdemora",
                "UD Castrillo 2-1 Costa Brava Unión",
                "Racing Fuentecilla 0-2 SD Los Pinares",
                "CF Villanueva del Río 4-2 Atlético Sierra Nueva",
                "Unión Monteverde 1-0 CD Arenales",
                "",
                (
                    "El partido del estadio Las Vegas estuvo decidido antes del descanso. "
                    "El delantero Iker Zubiaurre abrió el marcador a los nueve minutos con "
                    "un cabezazo tras un saque de esquina, y el extremo Dani Corral firmó "
                    "el segundo con un disparo desde la frontal. En la segunda mitad, "
                    "Zubiaurre cerró su doblete y ya suma 19 goles en la temporada."
                ),
                "",
                (
                    "En Puerto Alto, el Real Valdemora, segundo clasificado, rescató un "
                    "punto en el último minuto gracias a un penalti transformado por su "
                    "capitán, Sergio Almendros. El entrenador local, Paco Herreros, se "
                    'mostró muy crítico con el arbitraje: "Hemos sido mejores durante '
                    "noventa minutos y nos vamos con la sensación de que nos han quitado "
                    'dos puntos".'
                ),
                "",
                (
                    "Abajo, la situación del Costa Brava Unión es cada vez más delicada. "
                    "Su derrota en Castrillo, con un gol encajado en el minuto 88, lo deja "
                    "penúltimo y a cuatro puntos de la salvación."
                ),
                "",
                "Clasificación (primeros y últimos puestos)",
                "1. Atlético Riberas 61 puntos",
                "2. Real Valdemora 55",
                "3. SD Los Pinares 50",
                "4. CF Villanueva del Río 47",
                "15. UD Castrillo 27",
                "16. Racing Fuentecilla 25",
                "17. Costa Brava Unión 23",
                "18. Atlético Sierra Nueva 19",
                "",
                "Máximos goleadores",
                "Iker Zubiaurre (Atlético Riberas) 19 goles",
                "Sergio Almendros (Real Valdemora) 14",
                "Manu Ortigosa (CF Villanueva del Río) 13",
                "",
                (
                    "La próxima jornada trae un duelo directo en la parte alta: el Real "
                    "Valdemora recibe a SD Los Pinares el domingo a las 17.00. El líder, "
                    "por su parte, visita el campo del Racing Fuentecilla, que necesita "
                    "puntuar para no verse arrastrado a la zona de descenso."
                ),
            ]
        ),
    ),
    (
        "es",
        "\n".join(
            [
                "Cómo programar copias de seguridad automáticas con rsync y cron en Linux",
                "",
                (
                    "Perder el trabajo de meses por un disco averiado es una experiencia "
                    "que nadie debería vivir. La buena noticia es que, en Linux, montar un "
                    "sistema sencillo de copias de seguridad automáticas cuesta menos de "
                    "diez minutos. En este tutorial usaremos dos herramientas clásicas: "
                    "rsync, para copiar los archivos, y cron, para programar la tarea."
                ),
                "",
                "Primero, comprueba que rsync está instalado. En Debian y Ubuntu:",
                "",
                "sudo apt update",
                "sudo apt install rsync",
                "",
                "Si ya lo tienes, verás un mensaje como este:",
                "",
                "rsync ya está en su versión más reciente (3.2.7-1).",
                "0 actualizados, 0 nuevos se instalarán, 0 para eliminar y 2 no actualizados.",
                "",
                (
                    "Supongamos que quieres copiar tu carpeta de documentos a un disco "
                    "externo montado en /mnt/copias. Haz una primera prueba manual:"
                ),
                "",
                "rsync -av --delete ~/Documentos/ /mnt/copias/Documentos/",
                "",
                (
                    "La opción -a conserva permisos y fechas, -v muestra lo que se copia y "
                    "--delete elimina en el destino los archivos que ya no existen en el "
                    "origen. La salida será parecida a esta:"
                ),
                "",
                "sending incremental file list",
                "informe-anual.odt",
                "facturas/enero.pdf",
                "sent 2.431.118 bytes  received 412 bytes  4.863.060,00 bytes/sec",
                "total size is 2.429.001  speedup is 1,00",
                "",
                (
                    "Cuidado con la barra final en la ruta de origen: con ella se copia el "
                    "contenido de la carpeta; sin ella, se copia la carpeta entera dentro "
                    "del destino."
                ),
                "",
                (
                    "Si quieres ver qué haría el comando sin ejecutarlo realmente, añade "
                    "la opción --dry-run. Es muy recomendable hacerlo la primera vez, "
                    "sobre todo si usas --delete."
                ),
                "",
                "Ahora vamos a automatizarlo. Abre el editor de tareas programadas:",
                "",
                "crontab -e",
                "",
                (
                    "Añade al final esta línea, que ejecutará la copia todos los días a "
                    "las 2:30 de la madrugada y guardará un registro:"
                ),
                "",
                (
                    "30 2 * * * rsync -a --delete /home/lucia/Documentos/ "
                    "/mnt/copias/Documentos/ >> /home/lucia/copias.log 2>&1"
                ),
                "",
                "Guarda y cierra el editor. El sistema responderá:",
                "",
                "crontab: installing new crontab",
                "",
                "Para comprobar que la tarea ha quedado registrada:",
                "",
                "crontab -l",
                "",
                (
                    "Al día siguiente, revisa el archivo de registro para confirmar que "
                    "todo ha funcionado:"
                ),
                "",
                "tail copias.log",
                "",
                (
                    "Un último consejo: una copia de seguridad que nunca has intentado "
                    "restaurar no es una copia fiable. De vez en cuando, recupera algún "
                    "archivo del disco externo para asegurarte de que está completo y se "
                    "abre sin problemas. Y, si los datos son importantes, guarda una "
                    "segunda copia fuera de casa."
                ),
            ]
        ),
    ),
    (
        "it",
        "\n".join(
            [
                "Valcerasa, il borgo sospeso tra castagni e vigneti",
                "",
                (
                    "Arroccato su uno sperone di tufo a pochi chilometri dal lago, "
                    "Valcerasa è uno di quei borghi che sembrano fermi nel tempo. Le sue "
                    "stradine lastricate salgono a spirale fino alla rocca medievale, da "
                    "cui nelle giornate limpide si vedono le montagne all'orizzonte. Negli "
                    "ultimi anni il paese ha saputo rinascere grazie al turismo lento, "
                    "senza perdere il carattere di comunità."
                ),
                "",
                (
                    "La visita comincia dalla Porta della Fontana, l'unico ingresso "
                    "rimasto delle antiche mura. Da qui si sale lungo via del Borgo, dove "
                    "botteghe di ceramisti e piccoli forni si alternano a case in pietra "
                    "con i balconi fioriti. A metà strada merita una sosta la chiesa di "
                    "San Michele, con un ciclo di affreschi quattrocenteschi restaurato da poco."
                ),
                "",
                "Rocca di Valcerasa",
                "Indirizzo: piazza della Rocca 1, Valcerasa",
                (
                    "Orari: da aprile a ottobre tutti i giorni 10-13 e 15-19; da novembre "
                    "a marzo solo sabato e domenica"
                ),
                "Biglietto: intero 6 euro, ridotto 4 euro, gratuito under 10",
                "Visite guidate: domenica alle 11, su prenotazione",
                "Telefono: 0761 482 215",
                "Sito: www.roccavalcerasa.example.it",
                "",
                (
                    "Dalla rocca parte il Sentiero dei Castagni, un anello di circa sei "
                    "chilometri che scende nel bosco e risale tra i vigneti. È adatto a "
                    "tutti, ma servono scarpe comode: in alcuni tratti il fondo è "
                    "sconnesso. In autunno il percorso si riempie di raccoglitori di "
                    "castagne, e la tradizione vuole che ognuno ne lasci qualcuna per gli "
                    "animali del bosco."
                ),
                "",
                "Sentiero dei Castagni",
                "Lunghezza: 6 km",
                "Dislivello: 220 metri",
                "Tempo di percorrenza: 2 ore circa",
                "Partenza: parcheggio sotto la rocca, segnavia bianco e rosso",
                "",
                (
                    "Per il pranzo, l'Osteria del Pozzo propone piatti della tradizione a "
                    "prezzi onesti: da provare i pici all'aglione e l'agnello alla brace. "
                    "In alternativa, la cantina Poggio Rosso organizza degustazioni dei "
                    "suoi vini con tagliere di salumi locali."
                ),
                "",
                "Osteria del Pozzo: chiuso il mercoledì, menù degustazione 32 euro",
                (
                    "Cantina Poggio Rosso: degustazione con tagliere 18 euro, prenotazione "
                    "al 0761 482 990"
                ),
                "",
                (
                    "Come arrivare: in auto, uscita Orvieto Nord e poi 25 chilometri di "
                    "strada provinciale; in treno fino alla stazione di Montefiore, quindi "
                    "autobus della linea 14 (corse ogni ora nei giorni feriali). Il centro "
                    "storico è chiuso al traffico, i parcheggi sono ai piedi del borgo."
                ),
                "",
                (
                    "Quando andare: la primavera e l'autunno sono le stagioni migliori, "
                    "con temperature miti e meno visitatori. A fine ottobre si svolge la "
                    "festa della castagna, che richiama gente da tutta la regione."
                ),
            ]
        ),
    ),
    (
        "it",
        "\n".join(
            [
                "Torna la Sagra del Tartufo Nero di Montebruno: tre weekend tra gusto e tradizione",
                "",
                (
                    "Anche quest'anno le vie di Montebruno si preparano ad accogliere "
                    "migliaia di visitatori per la Sagra del Tartufo Nero, giunta alla sua "
                    "trentesima edizione. La manifestazione, organizzata dalla Pro Loco "
                    "con il sostegno del Comune, si svolgerà per tre fine settimana "
                    "consecutivi a novembre e proporrà, oltre agli stand gastronomici, un "
                    "ricco programma di mostre, musica e attività per bambini."
                ),
                "",
                (
                    "«Per il trentennale abbiamo voluto fare le cose in grande», spiega la "
                    "presidente della Pro Loco, Giovanna Ferretti. «Ci saranno più posti a "
                    "sedere al coperto, un'area dedicata ai prodotti dei giovani "
                    "agricoltori e, per la prima volta, una gara di ricerca del tartufo "
                    "aperta ai cani di tutte le razze»."
                ),
                "",
                (
                    "Il cuore della sagra sarà come sempre la mostra mercato in piazza del "
                    "Comune, dove i tartufai della vallata esporranno il loro raccolto. I "
                    "prezzi, ricordano gli organizzatori, variano in base alla pezzatura e "
                    "all'annata: lo scorso anno il nero pregiato si vendeva tra i 500 e i "
                    "700 euro al chilo."
                ),
                "",
                "Dove: centro storico di Montebruno, piazza del Comune e via Garibaldi",
                "Quando: sabato e domenica 9-10, 16-17 e 23-24 novembre",
                "Orari: stand gastronomici 12-15 e 19-23, mostra mercato 10-19",
                "Ingresso: libero",
                "Menù degustazione: 25 euro, bambini 12 euro",
                "Prenotazioni: 0575 612 344 oppure prenota@sagratartufo.example.it",
                "Informazioni: www.sagratartufomontebruno.example.it",
                "",
                (
                    "Tra gli appuntamenti da non perdere, la cena di gala di sabato 16 "
                    "novembre nell'ex convento dei Cappuccini, preparata dallo chef "
                    "stellato Lorenzo Baldini insieme ai cuochi volontari della sagra. I "
                    "posti sono soltanto 120 e, a giudicare dalle richieste, andranno "
                    "esauriti in pochi giorni."
                ),
                "",
                "Cena di gala: sabato 16 novembre, ore 20",
                "Prezzo: 70 euro a persona, vini inclusi",
                "",
                (
                    "La gara di ricerca del tartufo con i cani si terrà invece domenica 17 "
                    "novembre alle 10 nel bosco della Pieve. L'iscrizione costa 10 euro e "
                    "il ricavato sarà devoluto alla scuola primaria del paese."
                ),
                "",
                (
                    "Come arrivare: navetta gratuita dal parcheggio della zona industriale "
                    "ogni 15 minuti nei giorni della festa. Il centro storico sarà chiuso "
                    "al traffico dalle 9 alle 24."
                ),
                "",
                (
                    "Gli organizzatori raccomandano di arrivare presto, soprattutto la "
                    "domenica a pranzo, quando le code agli stand possono superare la mezz'ora."
                ),
            ]
        ),
    ),
    (
        "it",
        "\n".join(
            [
                "Prova Lumea Nova 5: lo smartphone di fascia media che punta tutto sulla batteria",
                "",
                (
                    "Nel mercato affollato degli smartphone tra i 300 e i 400 euro è "
                    "difficile distinguersi. Lumea ci prova con il Nova 5, un telefono che "
                    "non cerca di stupire con effetti speciali ma promette una cosa molto "
                    "concreta: arrivare a sera, anzi al giorno dopo, senza mai cercare una "
                    "presa. L'abbiamo usato per due settimane come telefono principale."
                ),
                "",
                (
                    "Il design è sobrio. Il retro in vetro opaco trattiene poco le "
                    "impronte, e la cornice in plastica rigida non dà l'impressione di "
                    "economicità. Lo spessore è leggermente superiore alla media, "
                    "conseguenza della batteria da 6.000 mAh, ma il peso è ben distribuito "
                    "e il telefono si tiene comodamente in una mano."
                ),
                "",
                (
                    "Lo schermo OLED da 6,6 pollici è luminoso e ben calibrato, con colori "
                    "naturali. La frequenza di aggiornamento a 120 Hz rende fluido lo "
                    "scorrimento, anche se in alcune app il sistema torna a 60 Hz per "
                    "risparmiare energia."
                ),
                "",
                (
                    "Sul fronte della durata, le promesse sono mantenute. Con un uso "
                    "intenso, tra navigazione, social, fotografie e un'ora di navigatore "
                    "al giorno, siamo arrivati a sera con il 45 per cento di carica "
                    "residua. Con un uso più leggero si superano tranquillamente i due "
                    "giorni. La ricarica a 45 W porta la batteria dal 10 all'80 per cento "
                    "in circa 40 minuti."
                ),
                "",
                (
                    "Le fotocamere sono il punto debole. Di giorno gli scatti sono buoni, "
                    "ma con poca luce il rumore è evidente e la modalità notte è lenta."
                ),
                "",
                "Scheda tecnica",
                "Prezzo: 349 euro",
                "Schermo: OLED 6,6 pollici, 120 Hz",
                "Memoria: 8 GB RAM, 256 GB di archiviazione",
                "Batteria: 6.000 mAh, ricarica rapida 45 W",
                "Fotocamera: 50 MP principale, 8 MP grandangolare",
                "Peso: 198 grammi",
                "Aggiornamenti: 4 anni di sistema operativo",
                "",
                "Pro",
                "Autonomia eccellente",
                "Schermo di qualità",
                "Quattro anni di aggiornamenti garantiti",
                "",
                "Contro",
                "Fotocamere mediocri con poca luce",
                "Niente caricatore nella confezione",
                "",
                (
                    "Da comprare se cercate un telefono affidabile che duri tutto il "
                    "giorno senza pensieri."
                ),
                "Da evitare se la fotografia notturna è una priorità.",
                "",
                (
                    "Giudizio finale: il Lumea Nova 5 fa poche cose, ma le fa molto bene. "
                    "A questo prezzo è una delle scelte più sensate del momento."
                ),
                "",
                "Voto: 8/10",
            ]
        ),
    ),
    (
        "pt",
        "\n".join(
            [
                "PSI fecha em alta impulsionado pela energia e pelo retalho",
                "",
                (
                    "A bolsa de Lisboa terminou a sessão desta quinta-feira em terreno "
                    "positivo, acompanhando o otimismo das principais praças europeias. O "
                    "índice PSI avançou 0,8%, com a maioria das cotadas a encerrar em "
                    "alta, num dia marcado pela divulgação de dados de inflação abaixo do "
                    "esperado na zona euro."
                ),
                "",
                "Fecho da sessão",
                "PSI 6.742,18 pontos, +0,8%",
                "IBEX 35 11.205,40 pontos, +0,6%",
                "CAC 40 8.012,55 pontos, +0,4%",
                "DAX 18.390,12 pontos, +0,5%",
                "FTSE 100 8.144,30 pontos, +0,3%",
                "Euro Stoxx 50 4.961,87 pontos, +0,5%",
                "",
                (
                    "O setor da energia liderou os ganhos em Lisboa. As ações da Atlântica "
                    "Renováveis subiram 3,4%, depois de a empresa ter anunciado a "
                    "conclusão de um parque eólico offshore ao largo da costa norte, "
                    "antecipando em seis meses o calendário previsto. Também a Lusogás "
                    "valorizou 1,9%."
                ),
                "",
                (
                    "No retalho, o grupo Mercado Verde ganhou 2,2%, recuperando parte das "
                    "perdas das últimas semanas. Os analistas do Banco Ribeira elevaram a "
                    'recomendação para "comprar", apontando para uma melhoria das margens '
                    "no segundo semestre."
                ),
                "",
                (
                    "Em sentido contrário, o setor financeiro esteve pressionado. O Banco "
                    "Tejo Comercial recuou 1,1%, penalizado pelas expectativas de descida "
                    "das taxas de juro, que poderão reduzir a rentabilidade da banca."
                ),
                "",
                "Maiores subidas",
                "Atlântica Renováveis +3,4%",
                "Mercado Verde +2,2%",
                "Lusogás +1,9%",
                "",
                "Maiores descidas",
                "Banco Tejo Comercial -1,1%",
                "Navegação Portucale -0,8%",
                "Celulose do Sado -0,5%",
                "",
                (
                    "No mercado cambial, o euro valorizou face ao dólar, negociando nos "
                    "1,0871 dólares. A taxa de juro da dívida portuguesa a dez anos desceu "
                    "para 3,02%, o valor mais baixo em três meses, enquanto a Euribor a "
                    "seis meses fixou-se nos 3,71%."
                ),
                "",
                "Euro/dólar 1,0871 (+0,3%)",
                "Petróleo Brent 81,95 dólares (-0,4%)",
                "Ouro 2.322 dólares por onça (+0,6%)",
                "",
                (
                    '"Os números da inflação deram aos investidores a confirmação de que '
                    'precisavam para acreditar num corte dos juros em junho", afirmou '
                    'Marta Cardoso, gestora de ativos na Foz Capital. "Ainda assim, os '
                    'volumes continuam baixos, o que mostra alguma cautela."'
                ),
                "",
                (
                    "Na sexta-feira, as atenções vão estar centradas nos números do "
                    "emprego nos Estados Unidos e na apresentação de resultados "
                    "trimestrais de duas cotadas do PSI."
                ),
            ]
        ),
    ),
    (
        "pt",
        "\n".join(
            [
                "Bacalhau à Brás como deve ser: cremoso, dourado e pronto em meia hora",
                "",
                (
                    "Há discussões que nunca terminam nas cozinhas portuguesas, e a "
                    "receita do bacalhau à Brás é uma delas. Ovos mais ou menos cozidos? "
                    "Batata palha caseira ou de pacote? Azeitonas pretas ou verdes? Depois "
                    "de muitas experiências, esta é a versão que mais agrada cá em casa: "
                    "cremosa, com a batata ainda estaladiça e muita salsa fresca."
                ),
                "",
                "Doses: 4 pessoas",
                "Preparação: 15 minutos (mais o tempo de demolha)",
                "Confeção: 20 minutos",
                "Dificuldade: fácil",
                "",
                "Ingredientes",
                "400 g de bacalhau demolhado",
                "400 g de batata palha",
                "2 cebolas grandes",
                "3 dentes de alho",
                "6 ovos",
                "1 dl de azeite",
                "1 folha de louro",
                "Salsa picada q.b.",
                "Azeitonas pretas q.b.",
                "Sal e pimenta q.b.",
                "",
                (
                    "Comece por cozer ligeiramente o bacalhau em água a ferver durante "
                    "três minutos, apenas para facilitar a tarefa de o desfiar. Escorra, "
                    "retire as peles e as espinhas e desfie-o em lascas finas com as mãos. Reserve."
                ),
                "",
                (
                    "Corte as cebolas em meias-luas muito finas e pique os alhos. Num "
                    "tacho largo ou numa frigideira funda, aqueça o azeite com a folha de "
                    "louro e junte a cebola e o alho. Deixe refogar em lume brando, "
                    "mexendo de vez em quando, até a cebola ficar macia e transparente, "
                    "cerca de dez minutos. Não deixe alourar demasiado."
                ),
                "",
                (
                    "Junte o bacalhau desfiado e envolva bem, deixando-o absorver o sabor "
                    "do refogado durante três a quatro minutos. Acrescente a batata palha "
                    "e misture com cuidado."
                ),
                "",
                (
                    "Entretanto, bata os ovos numa tigela com uma pitada de pimenta. "
                    "Atenção ao sal: o bacalhau e a batata já são salgados, por isso prove "
                    "antes de temperar."
                ),
                "",
                (
                    "Retire o louro, baixe o lume e verta os ovos sobre o preparado. Mexa "
                    "continuamente com uma colher de pau, só até os ovos começarem a "
                    "coalhar. O ponto certo é cremoso e brilhante, nunca seco. Retire "
                    "imediatamente do lume, porque o calor do tacho continua a cozinhar."
                ),
                "",
                (
                    "Polvilhe com salsa picada e decore com as azeitonas. Sirva de "
                    "imediato, acompanhado de uma salada de alface e tomate."
                ),
                "",
                "Valor energético por dose: cerca de 620 kcal",
                "Conservação: consumir no próprio dia",
                "",
                (
                    "Dica: se sobrar, não aqueça no micro-ondas. Use os restos para "
                    "rechear pão e leve ao forno cinco minutos para umas torradas de "
                    "bacalhau muito apetitosas."
                ),
            ]
        ),
    ),
    (
        "pt",
        "\n".join(
            [
                "Festival de Cinema de Vila Serena celebra 20 anos com sessões ao ar livre",
                "",
                (
                    "O Festival Internacional de Cinema de Vila Serena comemora este ano "
                    "duas décadas de existência e prepara uma edição especial, com mais de "
                    "80 filmes de 30 países, uma retrospetiva dedicada ao realizador "
                    "Joaquim Saraiva e, pela primeira vez, sessões gratuitas ao ar livre "
                    "na praia fluvial."
                ),
                "",
                (
                    "O diretor artístico, Tomás Figueira, explica que a escolha do "
                    'programa refletiu o percurso do festival. "Quisemos mostrar de onde '
                    "viemos, recuperando alguns dos filmes que passaram pelas primeiras "
                    "edições, mas também apostar nos novos realizadores que vão marcar os "
                    'próximos anos", afirmou na apresentação, que decorreu na Câmara Municipal.'
                ),
                "",
                (
                    "A competição oficial conta com doze longas-metragens, quatro delas em "
                    "estreia mundial. O júri é presidido pela atriz Helena Vasconcelos e "
                    "integra ainda um diretor de fotografia, uma produtora e dois críticos "
                    "estrangeiros. O grande prémio tem um valor de 15 mil euros, atribuído "
                    "ao realizador do filme vencedor."
                ),
                "",
                (
                    "Onde: Cineteatro Municipal, Auditório da Biblioteca e Praia Fluvial "
                    "do Açude, Vila Serena"
                ),
                "Quando: de 4 a 12 de setembro",
                "Bilhetes: 5 euros por sessão (estudantes e maiores de 65 anos: 3 euros)",
                "Passe geral: 35 euros",
                "Sessões ao ar livre: entrada livre, sujeita à lotação",
                "Bilheteira: 249 530 118",
                "Informações: www.cinemavilaserena.example.pt",
                "",
                (
                    "As sessões na praia fluvial começam às 21h30 e terão sempre filmes de "
                    "grande público, escolhidos para toda a família. Os espectadores são "
                    "convidados a trazer mantas e cadeiras, e haverá bancas de comida a "
                    "cargo de associações locais."
                ),
                "",
                (
                    "A retrospetiva dedicada a Joaquim Saraiva inclui sete filmes "
                    "restaurados em alta definição. O realizador, hoje com 84 anos, estará "
                    "presente na sessão de abertura e participará numa conversa com o "
                    "público no dia 6."
                ),
                "",
                (
                    "Conversa com Joaquim Saraiva: sábado, 6 de setembro, às 17h, "
                    "Auditório da Biblioteca"
                ),
                "Entrada livre, mediante levantamento de senha",
                "",
                (
                    "Para os mais novos, o festival mantém a secção Pequenos Olhares, com "
                    "curtas de animação e oficinas de cinema para escolas. As inscrições "
                    "para as oficinas estão abertas até ao final de julho."
                ),
                "",
                (
                    "Como chegar: comboio regional até à estação de Vila Serena, a dez "
                    "minutos a pé do centro. Durante o festival, um autocarro especial "
                    "liga o Cineteatro à praia fluvial, com partidas de 30 em 30 minutos "
                    "entre as 20h e a 1h."
                ),
            ]
        ),
    ),
    (
        "nl",
        "\n".join(
            [
                "Zo zet je in tien minuten je eerste Node.js-project op",
                "",
                (
                    "Wie wil beginnen met JavaScript buiten de browser, komt al snel uit "
                    "bij Node.js. Het installeren is tegenwoordig eenvoudig, maar "
                    "beginners lopen vaak vast op versies, pakketten en de vraag welke "
                    "bestanden wel en niet in Git horen. In deze handleiding lopen we stap "
                    "voor stap door de basis."
                ),
                "",
                (
                    "We gebruiken nvm, een hulpprogramma waarmee je meerdere Node-versies "
                    "naast elkaar kunt draaien. Na de installatie van nvm typ je in de terminal:"
                ),
                "",
                "nvm install --lts",
                "nvm use --lts",
                "",
                "Je ziet dan iets als:",
                "",
                "Downloading and installing node v20.12.2...",
                "Now using node v20.12.2 (npm v10.5.0)",
                "",
                "Controleer daarna of alles werkt:",
                "",
                "node --version",
                "v20.12.2",
                "",
                "Maak vervolgens een map aan voor je project en ga erin staan:",
                "",
                "mkdir boekenlijst",
                "cd boekenlijst",
                "",
                (
                    "Met het volgende commando maak je een package.json aan, het bestand "
                    "waarin Node bijhoudt welke pakketten je project gebruikt:"
                ),
                "",
                "npm init -y",
                "",
                "Nu installeren we Express, een populair raamwerk voor webservers:",
                "",
                "npm install express",
                "",
                "De uitvoer ziet er ongeveer zo uit:",
                "",
                "added 64 packages, and audited 65 packages in 3s",
                "found 0 vulnerabilities",
                "",
                (
                    "In je projectmap staat nu een map node_modules. Die is vaak honderden "
                    "megabytes groot en hoort niet in versiebeheer. Maak daarom een "
                    "bestand .gitignore aan met daarin de regel node_modules/."
                ),
                "",
                (
                    "Schrijf nu een klein bestand index.js dat een webserver start op "
                    "poort 3000 en een welkomsttekst teruggeeft. Start het programma met:"
                ),
                "",
                "node index.js",
                "",
                "Als alles goed gaat, verschijnt in de terminal:",
                "",
                "Server draait op http://localhost:3000",
                "",
                (
                    "Open dat adres in je browser en je ziet je eerste eigen webpagina. "
                    "Stoppen doe je met Ctrl+C."
                ),
                "",
                (
                    "Handig is om een startscript toe te voegen aan package.json, zodat je "
                    "niet steeds de bestandsnaam hoeft te onthouden. Daarna volstaat:"
                ),
                "",
                "npm start",
                "",
                "Tot slot zet je het project in Git:",
                "",
                "git init",
                "git add .",
                'git commit -m "Eerste versie boekenlijst"',
                "",
                (
                    "Een collega die jouw project binnenhaalt, hoeft alleen npm install "
                    "uit te voeren om alle pakketten op te halen. Daarom is het zo "
                    "belangrijk dat package.json en package-lock.json wel worden meegestuurd."
                ),
                "",
                (
                    "In een volgend deel bekijken we hoe je gegevens opslaat in een "
                    "database en hoe je je server online zet."
                ),
            ]
        ),
    ),
    (
        "nl",
        "\n".join(
            [
                "Hoofdklasse hockey: Vlierdam blijft ongeslagen, Oostervaart wint de topper",
                "",
                (
                    "De elfde speelronde in de hoofdklasse hockey bij de heren leverde "
                    "weinig verrassingen op aan de kop, maar wel een spectaculaire topper "
                    "in Oostervaart. Koploper HC Vlierdam won opnieuw en is na elf "
                    "wedstrijden nog altijd zonder puntverlies."
                ),
                "",
                "Uitslagen heren, speelronde 11",
                "HC Vlierdam - MHC De Kempen 4-1",
                "HV Oostervaart - Amstelhorn 3-2",
                "Zuiderpolder - HC Rijnwijck 2-2",
                "MHC Heideveld - Schaepmans 0-3",
                "HC Lindeburg - Noordkust 1-4",
                "Waterland - HDM Bosrand 2-1",
                "",
                (
                    "In Vlierdam had de thuisploeg het lastig in de eerste helft. De "
                    "Kempen verdedigde compact en kwam zelfs op voorsprong via een "
                    "strafcorner van Tim Verhage. Na rust sloeg Vlierdam toe: Jesse "
                    "Brandsma scoorde tweemaal binnen vijf minuten, waarna Ruben Okafor en "
                    "aanvoerder Daan Westerhof de zege in de slotfase veiligstelden."
                ),
                "",
                (
                    "De topper in Oostervaart werd een thriller. Amstelhorn leidde bij "
                    "rust met 0-2, maar de thuisploeg kwam sterk terug. Met nog twee "
                    "minuten te spelen maakte de achttienjarige Mats de Roos met een "
                    'backhand de winnende treffer. "Dit is het mooiste doelpunt van mijn '
                    'leven", zei hij na afloop.'
                ),
                "",
                (
                    '"We wisten dat we bij rust niet goed genoeg waren", zei coach Erik '
                    'Hovinga van Oostervaart. "De jongens hebben laten zien dat ze '
                    'karakter hebben."'
                ),
                "",
                "Stand na 11 wedstrijden",
                "1. HC Vlierdam 11-33",
                "2. HV Oostervaart 11-25",
                "3. Schaepmans 11-22",
                "4. Amstelhorn 11-20",
                "5. Noordkust 11-18",
                "10. MHC Heideveld 11-9",
                "11. HC Lindeburg 11-7",
                "12. HDM Bosrand 11-5",
                "",
                (
                    "Bij de dames bleef titelverdediger Amstelhorn aan kop na een 5-0 "
                    "overwinning op Waterland. Aanvalster Noor Janssens nam drie "
                    "doelpunten voor haar rekening en staat daarmee bovenaan de topscorerslijst."
                ),
                "",
                "Topscorers dames",
                "Noor Janssens (Amstelhorn) 14",
                "Lisa van Duin (HC Vlierdam) 11",
                "Femke Oud (Schaepmans) 9",
                "",
                (
                    "Volgende week staat de laatste ronde voor de winterstop op het "
                    "programma. Vlierdam reist dan af naar Schaepmans, dat thuis dit "
                    "seizoen nog niet verloor."
                ),
                "",
                "Programma zondag",
                "Schaepmans - HC Vlierdam, 14.45 uur",
                "Amstelhorn - Zuiderpolder, 14.45 uur",
                "HC Rijnwijck - HV Oostervaart, 15.00 uur",
            ]
        ),
    ),
    (
        "nl",
        "\n".join(
            [
                "Fietsen langs de Vlier: een dagtocht door polders, molens en boomgaarden",
                "",
                (
                    "Wie een rustige fietsdag zoekt zonder grote klimmen of drukke wegen, "
                    "zit goed langs de Vlier. De rivier kronkelt door een van de minst "
                    "bekende stukjes van het rivierengebied, met kleine dijkdorpen, oude "
                    "molens en in het voorjaar eindeloos veel bloesem. De route die we "
                    "hier beschrijven volgt grotendeels het knooppuntennetwerk en is goed "
                    "te doen in een dag."
                ),
                "",
                (
                    "Het vertrekpunt is het station van Vlierdam. Bij de fietsenstalling "
                    "kun je een huurfiets of e-bike ophalen. Volg vanaf daar de bordjes "
                    "richting knooppunt 23 en je staat binnen vijf minuten op de dijk."
                ),
                "",
                "Route in het kort",
                "Lengte: 48 kilometer",
                "Knooppunten: 23 - 41 - 40 - 17 - 12 - 56 - 23",
                "Ondergrond: vrijwel overal verhard",
                "Geschikt voor: iedereen, ook met kinderen vanaf een jaar of tien",
                "",
                (
                    "Na een kilometer of twaalf bereik je het dorpje Hemmeloord, met de "
                    "enige werkende korenmolen van de streek. Op zaterdag is de molen open "
                    "voor publiek en kun je er vers gemalen meel kopen."
                ),
                "",
                "Molen De Hoop",
                "Adres: Molendijk 4, Hemmeloord",
                "Open: zaterdag 10.00 tot 16.00 uur",
                "Toegang: gratis, een vrijwillige bijdrage wordt op prijs gesteld",
                "",
                (
                    "Halverwege de route ligt fruitbedrijf De Bongerd, waar je op het "
                    "terras appeltaart eet van eigen appels. In het seizoen kun je er ook "
                    "zelf kersen of pruimen plukken."
                ),
                "",
                "Fruitbedrijf De Bongerd",
                "Adres: Bongerdweg 11, Lingewaard-West",
                "Open: april tot en met oktober, dinsdag tot en met zondag 10.00 tot 17.00 uur",
                "Zelfpluk: 4 euro per kilo",
                "Telefoon: 0488 45 12 90",
                "Website: www.debongerd.example.nl",
                "",
                (
                    "Het laatste deel voert over de smalle Kadeweg, een van de mooiste "
                    "stukken van de tocht. Links het water, rechts de uiterwaarden met "
                    "grazende koeien en, met een beetje geluk, een ooievaar op zoek naar voedsel."
                ),
                "",
                "Fietsverhuur station Vlierdam",
                "Stadsfiets: 12,50 euro per dag",
                "E-bike: 27,50 euro per dag",
                "Reserveren: 0488 45 00 77",
                "",
                (
                    "Tip: neem bij harde wind de route tegen de klok in, zodat je op de "
                    "terugweg over de open dijk de wind in de rug hebt. En vergeet geen "
                    "regenjas: het weer kan hier snel omslaan."
                ),
            ]
        ),
    ),
)
"""Practical articles: event listings, travel boxes, spec sheets, commands and their output,
recipes' times, market summaries, as label-value lines; written by a separate session (two
lines it wrote, the update stamps closing two market reports, "Stand: 17:45 Uhr" and
"Atualizado às 17h50", are page furniture by this project's definition and were left out)."""
