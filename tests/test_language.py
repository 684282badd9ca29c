"""Language identification from function words, and the words it reads."""

from __future__ import annotations

from cleanarticle.language import WORD, detect, lower_words
from cleanarticle.models import Block


def test_lower_words_match_the_word_pattern_in_ascii_and_other_text() -> None:
    for text in (
        "The U.S. team's 2-1 win (snake_case, e-mail) -- OK?",
        "Der Bürgermeister sagte, dass die Straße gesperrt wird.",
        "\u201cQuoted\u201d words\u2014and dashes\u2026 \u00bd \u00b2",
        "",
    ):
        assert lower_words(text) == WORD.findall(text.lower())


def test_detect_reads_the_kept_blocks_up_to_the_word_budget() -> None:
    german = "Der Rat hat sich mit der Frage nicht befasst, und die Stadt wartet auf eine Antwort."
    english = "The council has not looked at the question, and the town is waiting for an answer."
    blocks = (Block(index=0, text=german), Block(index=1, text=english * 20))
    assert detect(blocks) == "en"  # the longer English block outweighs the German one
    assert detect(blocks, max_words=10) == "de"  # the budget is spent on the first block
    assert detect((Block(index=0, text="Home | News | Sport"),)) is None


def test_detect_knows_the_languages_whose_function_words_it_lists() -> None:
    samples = {
        "tr": "Belediye meclisi bu akşam da toplandı ve eski hamamların yeniden açılması için "
        "bir karar aldı; proje ile ilgili ayrıntılar daha sonra açıklanacak.",
        "id": "Dewan kota telah memutuskan untuk membuka kembali pemandian tua di pelabuhan itu, "
        "yang ditutup sejak badai merusak pompa dan tidak ada dana untuk perbaikan.",
        "fi": "Kaupunginvaltuusto päätti, että vanha satamakylpylä avataan taas, mutta hanke on "
        "kallis ja se ei ole vielä valmis, kun kesä alkaa.",
        "cs": "Městská rada rozhodla, že staré lázně v přístavu se znovu otevřou, ale podle "
        "starosty to bude stát více, než se čekalo, a práce potrvají do léta.",
    }
    for language, text in samples.items():
        assert detect((Block(index=0, text=text),)) == language, language
