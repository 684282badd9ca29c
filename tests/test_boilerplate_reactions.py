"""Readers' reactions printed without a comment header (hand-written inputs, several languages)."""

from __future__ import annotations

import pytest
from text_data import PARAGRAPH, PARAGRAPH_2
from text_data import removed as removed_from_text

from cleanarticle.boilerplate_reactions import opens_as_reply
from cleanarticle.boilerplate_rules import facts
from cleanarticle.language import stopwords
from cleanarticle.options import Options


def removed(lines: list[str]) -> dict[str, str]:
    return removed_from_text("\n\n".join([PARAGRAPH, PARAGRAPH_2, *lines]))


REACTIONS = {
    "en": [
        "Great article, thanks for sharing!",
        "I used that library for years and I will miss the reading room.",
        "Hi Anna,",
        "Thanks for the post. Do you know when the new building opens?",
        "Maria",
    ],
    "de": [
        "Toller Artikel, vielen Dank!",
        "Ich war früher oft in dieser Bibliothek und finde das sehr schade.",
        "Hallo Anna, danke für das Teilen!",
        "Wir gehen jetzt in die neue Bibliothek am Bahnhof.",
        "Super Beitrag, ich teile ihn mit meinen Nachbarn.",
    ],
    "fr": [
        "Merci pour cet article !",
        "J'allais à cette bibliothèque chaque semaine avec mes enfants.",
        "Bonjour Anna, super article, merci.",
        "Vous savez quand le nouveau bâtiment ouvre ?",
        "Très bon article, je le partage avec mes voisins.",
    ],
    "es": [
        "Excelente artículo, gracias.",
        "Yo iba a esa biblioteca todos los sábados con mi madre.",
        "Hola Anna, gracias por compartir.",
        "¿Usted sabe cuándo abre el nuevo edificio?",
        "Muy buen artículo, lo comparto con mis vecinos.",
    ],
    "it": [
        "Ottimo articolo, grazie!",
        "Io andavo in quella biblioteca ogni settimana con mia figlia.",
        "Ciao Anna, grazie per la condivisione.",
        "Noi andremo nella nuova sede vicino alla stazione.",
        "Grazie per l'articolo, lo condivido con i miei vicini.",
    ],
    "pt": [
        "Ótimo artigo, obrigado.",
        "Eu ia a essa biblioteca toda semana com a minha filha.",
        "Olá Anna, obrigada por compartilhar!",
        "Você sabe quando abre o novo prédio?",
        "Excelente texto, vou partilhar com os meus vizinhos.",
    ],
    "nl": [
        "Mooi artikel, bedankt!",
        "Ik ging elke week naar die bibliotheek met mijn dochter.",
        "Hoi Anna, bedankt voor het delen!",
        "Wij gaan nu naar de nieuwe bibliotheek bij het station.",
        "Goed artikel, ik deel het met mijn buren.",
    ],
}


@pytest.mark.parametrize("lang", sorted(REACTIONS))
def test_readers_reactions_without_a_header_are_removed(lang: str) -> None:
    lines = REACTIONS[lang]
    found = removed(lines)
    assert {text: found.get(text) for text in lines} == dict.fromkeys(lines, "comments")


def test_one_closing_thanks_is_not_a_comment_section() -> None:
    """An article that thanks its readers once, then goes on, keeps every line."""
    rest = [
        "Thank you for reading this post!",
        "The library will hold a farewell party on its last day, with readings for children.",
        "The new building has room for twice as many books and a café on the ground floor.",
    ]
    found = removed(rest)
    assert not any(text in found for text in rest)


def test_reactions_need_readers_voices_to_the_end() -> None:
    """Praise followed by the article's own third-person paragraphs is not a comment thread."""
    rest = [
        "Critics called it a great article of faith for the town, thanks to its founders.",
        "Great work by the builders, the mayor said, finished the extension in 1975.",
        "Great read for children, the librarian called the new picture books, praised twice.",
        "The library opened in 1904 and was extended twice, most recently in the 1970s.",
        "Its first librarian kept a diary of every book lent, now held by the county archive.",
        "The building will be sold, and the council has not said what it will become.",
    ]
    found = removed(rest)
    assert not any(text in found for text in rest)


def test_a_heading_that_praises_is_not_a_reaction() -> None:
    """A teaser heading ("Useful tips for ...") is neither a sentence nor a reader's voice."""
    rest = [
        "Helpful tips for moving a library",
        "Pack the books by shelf, label every box and keep a list of what went where.",
        "Hi Anna, thanks for the post!",
        "I loved this article.",
        "Great read!",
    ]
    found = removed(rest)
    assert "Helpful tips for moving a library" not in found
    assert found.get("Hi Anna, thanks for the post!") == "comments"


def test_quoted_praise_is_not_a_reaction() -> None:
    """Readers' praise quoted by the article ("Great article!") opens no comment section."""
    rest = [
        'We heard "Great article, thanks for sharing!" from many of you.',
        'You told us "I loved this article."',
        'We also read "Keep up the good work."',
        "I think the council will listen to you.",
    ]
    found = removed(rest)
    assert not any(text in found for text in rest)


THREAD = [
    "Great list! I would add the reading room on the first floor.",
    "I went there every Saturday as a child and I still miss it.",
    "My mother worked there for twenty years, we will go to the last day.",
    "We moved away in 2010 but I remember the old wooden shelves.",
    "@Maria, the farewell party is on the last Saturday of the month.",
    "Does anyone know if the children's corner moves too?",
    "I think the new building is too far for many of us.",
    "Totally agree with Maria about the walk to the station.",
    "My kids loved the story hour, I hope they keep it.",
    "Thank you, Anna! I did not know about the petition.",
    "We signed it last week.",
]


def test_a_long_thread_with_spread_out_replies_is_removed() -> None:
    """Four replies among eleven readers' blocks, too far apart for the close-window rule."""
    found = removed(THREAD)
    assert {text: found.get(text) for text in THREAD} == dict.fromkeys(THREAD, "comments")


@pytest.mark.parametrize(
    "line",
    [
        "I agree to receive marketing emails from the library.",
        '"@type": "Review",',
        "@CityLibrary",
    ],
)
def test_consent_lines_code_and_handles_do_not_open_replies(line: str) -> None:
    assert not opens_as_reply(facts(line, stopwords("en")), Options())


def test_an_article_that_agrees_twice_is_not_a_thread() -> None:
    """Two reply-like openings in a first-person article that goes on are not a thread."""
    rest = [
        "Great idea, I thought, when the council first proposed the move.",
        "The library opened in 1904 and was extended twice, most recently in the 1970s.",
        "I agree that the old building needs work, but the roof was fixed in 2019.",
        "Its first librarian kept a diary of every book lent, now held by the county archive.",
        "I visited the new building last week and counted the shelves myself.",
        "The reading room there has forty seats, against sixty in the old one.",
        "We asked the council how many visitors it expects, and it did not say.",
        "The building will be sold, and the council has not said what it will become.",
        "I will follow the sale and report on it in the spring.",
        "The petition will be discussed at the next council meeting in June.",
    ]
    found = removed(rest)
    assert not any(text in found for text in rest)


def test_comments_found_below_start_right_after_the_authors_sign_off() -> None:
    """Replies that do not open as reactions, between the sign-off and the first one that
    does, are readers' comments too; the sign-off stays with the article."""
    early = [
        "I still have my library card from 1985, I will frame it.",
        "We should ask the council to keep the old building open on Sundays.",
    ]
    found = removed(["\u2014 JS", *early, *THREAD])
    assert "\u2014 JS" not in found
    assert all(found.get(text) == "comments" for text in [*early, *THREAD])


def test_a_list_item_is_not_a_sign_off() -> None:
    early = ["I still have my library card from 1985, I will frame it."]
    found = removed(["- Opening hours", *early, *THREAD])
    assert "- Opening hours" not in found
    assert early[0] not in found
