"""UTF-8 text once read as Windows-1252 or Latin-1, read again."""

from __future__ import annotations

from cleanarticle.extract import mojibake
from cleanarticle.extract.mojibake import repair


def test_misread_punctuation_and_letters_are_read_again() -> None:
    assert repair("It\u00e2\u20ac\u2122s a caf\u00c3\u00a9") == "It\u2019s a caf\u00e9"
    assert repair("A \u00e2\u0080\u0094 B") == "A \u2014 B"


def test_accented_text_is_left_alone() -> None:
    for text in (
        "Caf\u00e9 r\u00e9sum\u00e9 \u00abcaf\u00e9\u00bb",
        "na\u00efve \u00c5ngstr\u00f6m",
        "S\u00e3o Paulo",
    ):
        assert repair(text) == text


def test_a_run_that_would_decode_to_a_control_character_is_left_alone() -> None:
    assert repair("0Â\x80 and Ã©") == "0Â\x80 and é"


def test_misread_text_written_as_entities_is_read_again_in_the_article() -> None:
    from cleanarticle import clean

    sentence = (
        "The council&acirc;&euro;&trade;s plan for the riverside park was approved on Monday "
        "after a long debate, and work on the paths and benches will begin in the spring."
    )
    page = f"<html><body><article><h1>Park approved</h1><p>{sentence}</p></article></body></html>"
    assert "council\u2019s plan" in clean(page, kind="html").body


def test_misread_text_is_read_again_in_plain_text_too() -> None:
    from cleanarticle import clean

    text = "Park approved\n\nThe council\u00e2\u20ac\u2122s plan for the park was approved."
    assert "council\u2019s plan" in clean(text, kind="text").body


def test_punctuation_misread_and_stripped_is_read_by_its_place() -> None:
    from cleanarticle.extract.mojibake import repair_stripped

    text = (
        "Thatâs the Earthâs plan, and itâs late.Â\n"
        "Owners wound up in debtânearly all of them â and âThe facts,â she said."
    )
    assert repair_stripped(text, 3) == (
        "That\u2019s the Earth\u2019s plan, and it\u2019s late.\n"
        "Owners wound up in debt\u2014nearly all of them \u2013 and "
        "\u201cThe facts,\u201d she said."
    )


def test_a_real_a_circumflex_stays_without_proof_of_misread_punctuation() -> None:
    from cleanarticle.extract.mojibake import repair_stripped

    for text in (
        "Le château de Lâcher Prise est en România, âme et pâte.",
        "Thatâs odd but itâs only twice: château.",
    ):
        assert repair_stripped(text, 3) == text


def test_a_text_with_stripped_punctuation_is_cleaned_readable() -> None:
    from cleanarticle import clean

    body = clean(
        "Whatâs more, itâs hard to say.\n\nThe parentsâ plan is that thereâs time.",
        kind="text",
    ).body
    assert "What\u2019s more, it\u2019s hard" in body
    assert "\u00e2" not in body


def test_a_misread_closing_quote_without_its_last_byte_is_read_again() -> None:
    assert (
        repair("\u00e2\u20ac\u0153Well done,\u00e2\u20ac she said")
        == "\u201cWell done,\u201d she said"
    )


def test_a_misread_no_break_space_turned_plain_is_read_again() -> None:
    assert repair("for cats.\u00c2 The Embrace\u00c2\nplan: 1.\u00c2 \u00c2 Myth") == (
        "for cats. The Embrace\nplan: 1.  Myth"
    )
    assert (
        repair("C\u00c2MARA DOS DEPUTADOS, \u00c2NGELO") == "C\u00c2MARA DOS DEPUTADOS, \u00c2NGELO"
    )


def test_a_long_page_is_repaired_as_a_whole_piece_by_piece() -> None:
    # One mark anywhere repairs every run, however far apart; pieces of ASCII are skipped.
    script = ("var x = 1; " * 3000).strip()
    page = f"Itâ€™s {script} â\u00ad\u0090 rated {script} cafÃ©\u00a0Ã\u00a0 la carte"
    repaired = mojibake.repair(page)
    assert repaired == f"It\u2019s {script} \u2b50 rated {script} café\u00a0à la carte"
    assert repaired == mojibake._repaired(page)
