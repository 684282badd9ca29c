"""The topic-coherence stage: spliced teasers go with reason ``off_topic``; the article stays."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanarticle import Options, clean
from cleanarticle.models import Block
from cleanarticle.topic import judge
from cleanarticle.topic_calls import addresses_reader, widget_like
from cleanarticle.topic_features import Weighting, bag_of
from cleanarticle.topic_fit import Evidence
from cleanarticle.topic_runs import Run, _limit
from tests.unseen_ui_data import HOSTS

HOST = [
    "Harbour council approves new ferry terminal",
    "The harbour council of Kelmore approved plans on Tuesday for a ferry terminal on the "
    "eastern quay, ending a decade of debate about the crossing to the islands.",
    "Councillors voted nine to two for the terminal, which will let the larger ferries dock "
    "at Kelmore harbour in any tide and cut the crossing to the islands by forty minutes.",
    "Opponents of the terminal said the eastern quay should stay a fishing harbour, and the "
    "fishermen's association warned that ferries would crowd out the Kelmore trawlers.",
    "The ferry operator said construction of the terminal could start next spring, with the "
    "first crossings from the new quay expected in the summer after.",
    "The council will publish the terminal plans and the vote of each councillor on the "
    "harbour website this week.",
]
TEASER = [
    "Striker double lifts United past Rovers",
    "A late penalty from the striker sealed the win for United at the stadium, where Rovers "
    "had led at half-time before their goalkeeper was sent off.",
]


def _doc(lines: list[str]) -> str:
    return "\n\n".join(lines)


def _removed(text: str, options: Options | None = None) -> dict[str, str]:
    article = clean(text, kind="text", options=options)
    return {b.text: b.verdict.reason for b in article.blocks if not b.kept}


def test_spliced_teaser_headline_and_paragraph_are_off_topic() -> None:
    removed = _removed(_doc(HOST[:4] + TEASER + HOST[4:]))
    assert removed == {TEASER[0]: "off_topic", TEASER[1]: "off_topic"}


@pytest.mark.parametrize("separator", [" - ", " | ", " » ", " / "])
def test_the_site_named_in_the_title_is_no_evidence_for_a_teaser(separator: str) -> None:
    title = f"{HOST[0]}{separator}Coast Herald"
    teaser = [TEASER[0], TEASER[1].removesuffix(".") + ", the striker told the Coast Herald."]
    removed = _removed(_doc([title, *HOST[1:4], *teaser, *HOST[4:]]))
    assert removed == {teaser[0]: "off_topic", teaser[1]: "off_topic"}


SHORT_HOST = [
    "The harbour council of Kelmore approved plans on Tuesday for a ferry terminal.",
    "The vote ended a decade of debate about the ferry crossing to the islands.",
    "Councillors voted nine to two for the terminal on the eastern quay of the harbour.",
    "The larger ferries will dock at Kelmore harbour in any tide once the terminal opens.",
    "Opponents said the eastern quay should stay a fishing harbour for the trawlers.",
    "The ferry operator said construction of the terminal could start next spring.",
    "The council will publish the terminal plans on the harbour website this week.",
]
"""The host article written in one-sentence paragraphs, as many news sites write."""


def test_a_short_sentence_naming_new_people_stays_in_an_article_of_short_paragraphs() -> None:
    guests = (
        "Guests at the signing included the novelist Vivienne Okonkwo, the cellist Bartholomew "
        "Szczepanski, the sculptor Anneliese Zwarthoed and the chef Ignatius Fairweather, who "
        "cooked langoustines with saffron."
    )
    assert _removed(_doc([HOST[0], *SHORT_HOST[:3], guests, *SHORT_HOST[3:]])) == {}


def test_two_short_sentences_agreeing_with_each_other_stay_in_an_article_of_them() -> None:
    reading = [
        "Novelist Vivienne Okonkwo read from Saltmarsh Lullabies, her memoir of a childhood in "
        "Lagos and Rotterdam, and cellist Bartholomew Szczepanski played Elgar and Dvorak.",
        "Afterwards Okonkwo signed copies of Saltmarsh Lullabies for admirers while Szczepanski "
        "played Elgar encores with the Zwarthoed string quartet.",
    ]
    assert _removed(_doc([HOST[0], *SHORT_HOST[:3], *reading, *SHORT_HOST[3:]])) == {}


def test_a_teaser_in_one_sentence_paragraphs_goes_whole() -> None:
    teaser = [
        "Striker double lifts United past Rovers",
        "A late penalty from the striker sealed the win for United at the stadium.",
        "Rovers had led at half-time before their goalkeeper was sent off.",
        "The striker has now scored nine goals in his last six league games for United.",
    ]
    removed = _removed(_doc([HOST[0], *SHORT_HOST[:4], *teaser, *SHORT_HOST[4:]]))
    assert removed == dict.fromkeys(teaser, "off_topic")


def test_a_teaser_box_of_headline_and_summary_leaves_the_paragraph_under_it() -> None:
    # The box holds a headline and its summary, no paragraph: the article's next paragraph,
    # worded unlike the rest but echoing neither line, is the article's own.
    box = [
        "Striker double lifts United past Rovers in derby thriller",
        "United striker scores twice as Rovers lose derby at the stadium",
    ]
    paragraph = (
        "Local skippers warned that diesel fumes and the wash of bigger vessels would drive "
        "mackerel shoals away from the spawning grounds in the bay."
    )
    removed = _removed(_doc([*HOST[:3], *box, paragraph, *HOST[3:]]))
    assert removed == dict.fromkeys(box, "off_topic")


def test_verdict_names_the_step_and_carries_a_score() -> None:
    article = clean(_doc(HOST[:4] + TEASER + HOST[4:]), kind="text")
    verdicts = [b.verdict for b in article.blocks if not b.kept]
    assert verdicts and all(v.step == "topic" and 0.0 < v.score <= 1.0 for v in verdicts)
    assert article.removed_by_reason() == {"off_topic": 2}


def test_clean_article_is_untouched() -> None:
    assert _removed(_doc(HOST)) == {}


def test_on_topic_paragraph_naming_a_new_person_stays() -> None:
    newcomer = (
        "Harbour master Ailsa Drummond said the ferry terminal vote was the biggest decision "
        "for Kelmore quay since the harbour was built."
    )
    assert _removed(_doc([*HOST[:4], newcomer, *HOST[4:]])) == {}


def test_a_ui_line_the_boilerplate_stage_missed_does_not_take_a_paragraph_with_it() -> None:
    # Shaped like a headline and foreign to the article, but worded like a button or a share
    # bar: not a teaser's headline, so the paragraph under it stays.
    lines = [HOST[0], HOST[1], "", HOST[3], HOST[4]]
    for ui in ("Add to shortlist", "Open photo carousel", "Share via Mastodon Bluesky Hootsuite"):
        lines[2] = ui
        assert HOST[3] not in _removed(_doc(lines)), ui


def test_a_prompt_half_made_of_ui_words_opens_no_run_over_an_unechoed_paragraph() -> None:
    # A prompt the boilerplate stage does not know stands over a paragraph worded unlike the
    # article (the opponents' sports centre): its words do not come back in the paragraph,
    # and half of them are UI words, so it is no teaser's headline.
    host = HOSTS["it"]
    p = host.paragraphs
    prompt = "Le notizie pi\u00f9 cliccate nelle ultime 24 ore"
    lines = [host.title, p[0], p[1], host.heads[0], p[2], prompt, p[3], *p[4:]]
    assert p[3] not in _removed(_doc(lines))


def test_a_subheading_in_common_words_echoed_by_its_paragraph_stays() -> None:
    # "Geld" comes back in the paragraph, but a headline of common words names nothing: the
    # echo is weak evidence of a teaser, and the section is the article's own.
    host = HOSTS["de"]
    p = host.paragraphs
    lines = [host.title, *p[:3], "Mehr Geld für Schulen", *p[3:]]
    assert _removed(_doc(lines)) == {}


def test_a_long_headline_and_the_story_echoing_it_go_together() -> None:
    # A headline of a dozen words reads like a sentence; its story repeats its words.
    teaser = [
        "Chess club bets on the future with the launch of its first online tournament",
        "The chess club says its online tournament will let members play from home, and the "
        "first round starts next month.",
    ]
    removed = _removed(_doc(HOST[:4] + teaser + HOST[4:]))
    assert removed == dict.fromkeys(teaser, "off_topic")


def test_a_long_headline_like_line_echoed_by_one_word_below_stays() -> None:
    # A blurb the writer quotes and a reaction to it: one word in common is no story told
    # under its headline.
    blurb = [
        "A story about brass bands, lost umbrellas and the stubborn lighthouse keepers up north",
        "What charmed me most was the umbrellas, although I also liked that the film is short "
        "and that its music stays with you for days.",
    ]
    assert _removed(_doc(HOST[:4] + blurb + HOST[4:])) == {}
    eager = replace(Options(), topic_long_headline_echo=0.0)
    assert _removed(_doc(HOST[:4] + blurb + HOST[4:]), eager) == dict.fromkeys(blurb, "off_topic")


def test_short_document_is_left_alone() -> None:
    assert _removed(_doc(HOST[:2] + TEASER)) == {}


def test_lead_paragraph_is_never_judged() -> None:
    text = _doc([HOST[0], TEASER[1], *HOST[1:]])
    assert TEASER[1] not in _removed(text)


def test_list_of_short_lines_is_not_a_teaser() -> None:
    squad = ["1 Ann Berg (Norway)", "2 Cleo Duarte (Brazil)", "3 Ines Faro (Portugal)"]
    assert _removed(_doc([*HOST, *squad])) == {}


def test_keep_off_topic_switches_the_stage_off() -> None:
    text = _doc(HOST[:4] + TEASER + HOST[4:])
    assert _removed(text, replace(Options(), topic=False)) == {}


def test_judge_leaves_removed_and_title_blocks_alone() -> None:
    blocks = tuple(Block(index=i, text=t) for i, t in enumerate(HOST[1:4] + TEASER + HOST[4:]))
    title_block = Block(index=99, text=HOST[0], role="title")
    judged = judge((title_block, *blocks), title=HOST[0], language="en", options=Options())
    assert judged[0] == title_block
    assert [b.verdict.reason for b in judged if not b.kept] == ["off_topic", "off_topic"]


def test_seed_example_loses_the_football_teaser_and_keeps_peskov() -> None:
    seed = Path(__file__).resolve().parent.parent / "fixtures" / "golden" / "seed-tillerson"
    removed = _removed((seed / "input.txt").read_text(encoding="utf-8"))
    off_topic = {text for text, reason in removed.items() if reason == "off_topic"}
    assert off_topic == {
        "Lingard double saves Manchester United against Burnley",
        'It is not enough. "So the big, historical clubs are normally punished in the market '
        'for that history". Tottenham is not a club with the same history as us.',
    }


def test_language_without_word_frequencies_is_left_alone() -> None:
    blocks = tuple(Block(index=i, text=t) for i, t in enumerate(HOST[1:4] + TEASER + HOST[4:]))
    for language in ("zh-Hans", "tlh", None, ""):
        judged = judge(blocks, title=HOST[0], language=language, options=Options())
        assert judged == blocks


def test_language_tags_are_reduced_to_their_base_language() -> None:
    blocks = tuple(Block(index=i, text=t) for i, t in enumerate(HOST[1:4] + TEASER + HOST[4:]))
    judged = judge(blocks, title=HOST[0], language="en-GB", options=Options())
    assert sum(not b.kept for b in judged) == 2


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=120), min_size=0, max_size=12), st.text(max_size=40))
def test_judge_never_raises_and_keeps_shape(texts: list[str], title: str) -> None:
    blocks = tuple(Block(index=i, text=t) for i, t in enumerate(texts))
    judged = judge(blocks, title=title, language="en", options=Options())
    assert len(judged) == len(blocks)
    assert [b.text for b in judged] == texts
    assert all(b.kept or b.verdict.reason == "off_topic" for b in judged)


HOST_MORE = [
    "Kelmore's harbour master said the ferry terminal would need dredging of the eastern quay "
    "before the larger ferries could dock there.",
    "Island residents have campaigned for the terminal for years, saying the ferry crossing is "
    "too slow and too often cancelled in winter.",
    "The terminal is expected to cost the harbour council eleven million pounds, shared with "
    "the ferry operator.",
]
HEADLESS = [
    "Wimbledon champion Petra Kvitova beat Serena Williams in three sets at Flushing Meadows, "
    "where the Czech left-hander served fourteen aces under the roof of Arthur Ashe Stadium "
    "and broke serve twice in the deciding set before a crowd of twenty thousand.",
    "Kvitova, seeded fourth, will face Naomi Osaka in the semi-final at Flushing Meadows on "
    "Thursday after Williams conceded the third set with a double fault.",
]


def test_headless_runs_go_from_text_but_stay_on_html_pages() -> None:
    """Two ill-fitting paragraphs without a headline: removed from plain text, kept on a page
    (inside the article's own container they are more likely the author's digression), unless
    ``topic_headless_runs_in_html`` asks for them to go there too."""
    body = [*HOST[1:4], *HOST_MORE, *HEADLESS, *HOST[4:]]
    removed = _removed(_doc([HOST[0], *body]))
    assert set(removed.values()) == {"off_topic"} and set(removed) == set(HEADLESS)
    page = (
        f"<html><head><title>{HOST[0]}</title></head><body><article><h1>{HOST[0]}</h1>"
        + "".join(f"<p>{p}</p>" for p in body)
        + "</article></body></html>"
    )
    assert all(b.kept for b in clean(page, kind="html").blocks)
    eager = Options(topic_headless_runs_in_html=True)
    gone = [b.text for b in clean(page, kind="html", options=eager).blocks if not b.kept]
    assert gone == HEADLESS


def _wandering(fits: list[float]) -> tuple[Evidence, Options]:
    weighting = Weighting(ceiling=6.0, cap=4.5, name_boost=1.5)
    bags = tuple(bag_of(line, "en", weighting) for line in (HOST[1:] * 2)[: len(fits)])
    return Evidence(bags, {}, fits, {}, [0.0] * len(fits)), Options()


def test_ill_fitting_paragraphs_do_not_vouch_for_each_other() -> None:
    # Three paragraphs fit the article as badly as foreign ones: the article wanders. Each
    # run's check counts the other two, so removing them all cannot make it look focused.
    evidence, options = _wandering([0.5, 0.02, 0.5, 0.03, 0.5, 0.04, 0.5])
    runs = [Run(k, k + 1, 0.9, kind="lone") for k in (1, 3, 5)]
    assert _limit(runs, evidence, options) == []
    assert _limit(runs[:1], evidence, options) == []
    focused, _ = _wandering([0.5, 0.02, 0.5, 0.3, 0.5, 0.2, 0.5])
    assert _limit(runs[:1], focused, options) == runs[:1]


def test_a_teaser_under_a_headline_survives_a_wandering_article() -> None:
    # Runs without a headline dropped as wandering no longer count towards "the runs would
    # take most of the body", which would cancel the teaser under its headline too.
    evidence, options = _wandering([0.5, 0.0, 0.0, 0.01, 0.02, 0.03, 0.04, 0.5])
    runs = [Run(1, 3, 0.9, kind="headline_agrees")]
    runs += [Run(k, k + 1, 0.9, kind="lone") for k in range(3, 7)]
    assert _limit(runs, evidence, options) == runs[:1]


def test_article_in_sections_is_left_alone() -> None:
    heads = ["What the fishermen say", "When building starts"]
    one = [*HOST[:4], *TEASER, heads[0], *HOST[4:]]  # the teaser opens a section too
    assert _removed(_doc(one)) == {TEASER[0]: "off_topic", TEASER[1]: "off_topic"}
    three = [*HOST[:4], *TEASER, heads[0], HOST[4], heads[1], HOST[5]]
    assert _removed(_doc(three)) == {}  # more sections than topic_max_sections: left alone


def test_items_of_the_articles_numbered_or_labelled_series_stay() -> None:
    """Ill-fitting paragraphs that carry the article's own list numbers (a ranked list) or
    labels (an interview's answers) belong to it; a spliced story carries no such marker."""
    for marks in (("1) ", "2) ", "3) "), ("A: ", "A: ", "A: "), ('"', "\u201c", "\u201c")):
        items = [f"{marks[0]}{HOST[4]}", *(m + p for m, p in zip(marks[1:], HEADLESS, strict=True))]
        text = _doc([HOST[0], *HOST[1:4], *HOST_MORE, *items])
        assert _removed(text) == {}
        strict = Options(topic_series_min_items=4)
        assert set(_removed(text, strict)) == set(items[1:])


def test_a_labelled_line_of_facts_is_no_teasers_headline() -> None:
    # Shaped like a headline, rare-worded and unlike the article, but a label opens it.
    facts = "Architect: Bartholomew Szczepanski (Hampshire)"
    assert _removed(_doc([HOST[0], *SHORT_HOST[:5], facts, *SHORT_HOST[5:]])) == {}


VOICED_HOST = [
    "I spoke to Kelmore's harbour master after the vote, and he told me the ferry terminal "
    "would need dredging of the eastern quay before the larger ferries could dock there.",
    *HOST_MORE[1:],
]
DIGRESSION = [
    "I was at Flushing Meadows last night, where I watched Petra Kvitova beat Serena Williams "
    "in three sets; the Czech left-hander served fourteen aces under the roof of Arthur Ashe "
    "Stadium and broke serve twice in the deciding set before a crowd of twenty thousand.",
    HEADLESS[1],
]


def test_a_digression_in_the_writers_own_voice_stays() -> None:
    """Paragraphs without a headline worded unlike the article stay when they speak as "I",
    as another paragraph of the article does: a blogger's aside, not another story. The same
    paragraphs reported in the third person still go."""
    body = [*HOST[1:4], *VOICED_HOST]
    assert _removed(_doc([HOST[0], *body, *DIGRESSION, *HOST[4:]])) == {}
    removed = _removed(_doc([HOST[0], *body, *HEADLESS, *HOST[4:]]))
    assert set(removed) == set(HEADLESS)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("de", "Pflichtfelder sind mit * markiert"),
        ("nl", "Verplichte velden zijn gemarkeerd met *"),
        ("en", "Photo: Priya Ramaswamy / Northfield Courier"),
        ("de", "Alle zulassen | Auswahl anpassen | Nur technisch notwendige"),
        ("fr", "Photo © Élodie Marchand / Le Courrier du Val"),
        ("it", "Home > Cronaca > Milano > Hinterland"),
        ("it", "Argomenti: #scuola #sciopero #sindacati"),
        ("fr", "Photo : Jean Dupont/AFP"),
        ("nl", "Door Jan Jansen, correspondent in Amsterdam"),
        ("de", "Von Henrike Sommerfeld, Korrespondentin in Brüssel"),
    ],
)
def test_a_line_of_furniture_marks_heads_no_teaser(language: str, line: str) -> None:
    # With the boilerplate stage off, the line stands for furniture no rule knows: a mark
    # headlines do not use (an asterisk, a bar, a copyright sign, an arrow, a hashtag, an
    # agency after a slash), or a byline's opening, keeps the article's own paragraph under it.
    host = HOSTS[language]
    lines = [host.title, *host.paragraphs[:3], line, *host.paragraphs[3:]]
    options = replace(Options(), boilerplate=False)
    article = clean("\n\n".join(lines), kind="text", options=options)
    lost = [b.text for b in article.blocks if not b.kept and b.text != line]
    assert lost == [], lost


@pytest.mark.parametrize(
    ("language", "call"),
    [
        ("it", "Controlla la tua schedina del Superenalotto di stasera"),
        ("fr", "Testez vos connaissances sur les volcans d'Auvergne"),
        ("de", "Prüfen Sie Ihren Lottoschein für die Ziehung am Samstag"),
    ],
)
def test_a_call_to_the_reader_heads_no_teaser(language: str, call: str) -> None:
    # With the boilerplate stage off, the line stands for a widget no rule knows: shaped like
    # a headline and foreign to the article, but speaking to the reader, over the article's
    # own paragraph (the opponents' sports centre, worded unlike the rest), which stays.
    host = HOSTS[language]
    p = host.paragraphs
    lines = [host.title, p[0], p[1], host.heads[0], p[2], call, *p[3:]]
    options = replace(Options(), boilerplate=False)
    assert p[3] not in _removed(_doc(lines), options)


def test_a_promotion_in_the_sites_voice_still_goes() -> None:
    # The site speaks in its headline and in its paragraph alike: the two go together.
    promotion = [
        "Join our readers' panel on local journalism",
        "Every month we ask a few hundred of you what our reporters should cover next, and "
        "your answers shape the stories we chase across the county.",
    ]
    options = replace(Options(), boilerplate=False)
    removed = _removed(_doc([*HOST[:4], *promotion, *HOST[4:]]), options)
    assert removed == dict.fromkeys(promotion, "off_topic")


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "Your horoscope for Tuesday: Scorpio and Leo in focus"),
        ("en", "Listen to the Westminster Hour, episode 88"),
        ("fr", "Votre horoscope du jour : Balance et Poissons"),
        ("de", "Hören Sie rein: Podcast \u201eStadtgespräch Kiel\u201c mit Folge 12"),
        ("it", "Leggi le previsioni del tempo per la Maremma"),
        ("es", "Tu guía de conciertos en Bilbao este verano"),
        ("nl", "Neem nu een proefabonnement op de Leeuwarder Courant"),
        ("en", "Picture of the week: dawn over Bamburgh"),
        ("pt", "A receita do dia: arroz de pato à moda de Braga"),
        ("es", "Contenido patrocinado por Iberdrola: placas solares en Sevilla"),
        ("de", "Hier klicken: 430 neue Stellen in Hamburg"),
        ("de", "Wissen Sie, was Ihr Auto verbraucht?"),
    ],
)
def test_a_headline_speaking_like_a_widget_is_told_apart(language: str, line: str) -> None:
    assert widget_like(line, language)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "US military heat-ray: Set phasers to stun"),  # "US", not "us"
        ("en", "'I will fight on', says Blair"),  # the first person is quoted
        ("en", "Striker double lifts United past Rovers"),
        ("en", "Share prices fall as Tokyo reopens"),  # the noun, not the call
        ("en", "Vote on hunting ban delayed again"),
        ("de", "Sie wollen nicht mehr warten: Bauern blockieren Kiel"),  # "they"
        ("fr", "Le maire de Lyon défend son budget"),
        ("es", "Gana el Betis en el derbi de Sevilla"),  # the third person
        ("en", "Our College Savings Plan"),  # a blogger's own post: the first person
        ("de", "Ermittler finden Leiche im Stadtwald"),  # the third person plural
    ],
)
def test_a_reports_headline_is_no_widget(language: str, line: str) -> None:
    assert not widget_like(line, language)


WIND_FARM = [
    "Windpark am Kahlenberg: Bürger sollen sich finanziell beteiligen können",
    "Die fünf geplanten Windräder am Kahlenberg zwischen Hausen und Mittelbach haben die letzte "
    "Hürde genommen. Das Landratsamt hat die Genehmigung nach dem "
    "Bundes-Immissionsschutzgesetz erteilt, wie der Betreiber am Donnerstag bekanntgab.",
    "Die Anlagen sollen jeweils rund 240 Meter hoch werden und zusammen etwa 70 Millionen "
    "Kilowattstunden Strom im Jahr erzeugen. Baubeginn ist für das kommende Frühjahr vorgesehen.",
    "Streit um den Rotmilan",
    "Umstritten war das Projekt vor allem wegen des Rotmilans, der in den Wäldern rund um den "
    "Kahlenberg brütet. Die Rotoren werden deshalb während der Mahd tagsüber abgeschaltet.",
    "Die Genossenschaft will die Bürger der umliegenden Gemeinden am Projekt beteiligen. Anteile "
    "können ab 500 Euro gezeichnet werden, kündigte der Vorstand an.",
    "Gegner des Projekts haben angekündigt, die Genehmigung rechtlich prüfen zu lassen. Die "
    "Genossenschaft rechnet damit, dass die Windräder Ende 2026 erstmals Strom einspeisen.",
]
BRIDGE = [
    "Sanierung der Lindenbrücke dauert länger als ursprünglich geplant",
    "Die Sanierung der Lindenbrücke über die Wörnitz wird sich bis mindestens Ende Oktober "
    "hinziehen. Das teilte das Tiefbauamt der Stadt am Montag mit.",
    "Bei den Arbeiten hatten Gutachter im Frühjahr größere Schäden an den Stahlträgern entdeckt "
    "als erwartet. Mehrere Lager müssen nun vollständig ausgetauscht werden.",
    "Wie es weitergeht",
    "Für Autofahrer bleibt die Umleitung über die Bahnhofstraße bestehen. Fußgänger und "
    "Radfahrer können weiterhin einen provisorischen Steg neben der Baustelle nutzen.",
    "Oberbürgermeisterin Petra Halbig bat die Anwohner um Geduld und versprach, regelmäßig über "
    "den Stand der Arbeiten zu informieren.",
    "Die Kosten der gesamten Maßnahme steigen damit auf knapp 2,4 Millionen Euro. Einen Teil "
    "übernimmt das Land über das Förderprogramm für kommunale Brücken.",
]


def test_a_subheading_its_paragraph_echoes_is_no_lone_teaser_headline() -> None:
    # "Streit um den Rotmilan": the article uses none of its words before, but the paragraph
    # under it does ("Rotmilans"): it heads that paragraph.
    assert _removed(_doc(WIND_FARM)) == {}


def test_a_subheading_of_one_word_and_its_grammar_opens_no_run() -> None:
    # "Wie es weitergeht" names nothing; a word of it ("weiter-") coming back in a paragraph
    # worded unlike the lead (compounds) does not make the two a teaser.
    assert _removed(_doc(BRIDGE)) == {}


def test_a_promotion_speaks_to_the_reader_and_a_report_does_not() -> None:
    assert addresses_reader("Every month we ask a few hundred of you what to cover.", "en")
    assert addresses_reader("Dort können Sie Ihre Fragen stellen.", "de")
    assert not addresses_reader("The café owner told us footfall dropped by a third.", "en")
    assert not addresses_reader("„Kommen Sie rein“, sagte der Wirt. Sie lachte.", "de")
