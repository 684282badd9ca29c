"""Language identification from function words, and the function-word lists themselves.

The lists hold the most frequent function words of each supported language. They are used to
guess the language of a document and, by the stages, to measure how much a block reads like
running prose (prose is rich in function words; menus and UI strings are not).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from cleanarticle.models import Block

WORD = re.compile(r"\w+")
ASCII_WORDS = bytes(
    (i + 32 if 65 <= i <= 90 else i) if (i < 128 and chr(i).isalnum()) or i == 95 else 32
    for i in range(256)
)
"""A byte table keeping the characters ``WORD`` matches in ASCII text (letters made lower
case), and making every other character a space."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the of and to a in is that for it was on with as he be by at his are from this "
        "have an but not they has had were which or their been its who will would there "
        "she her we you all said more about one after also than when into can our "
    ),
    "de": _words(
        "der die das und in zu den von mit ist des sich dem nicht ein eine auf für als "
        "auch es an werden aus er hat dass sie nach bei um noch wie einem über einen so "
        "zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei "
    ),
    "fr": _words(
        "de la le et les des en un une du est que pour dans qui par sur au pas plus ne se "
        "avec il a ce sont aux ou son elle sa mais comme été ont nous leur ses cette lui "
        "fait aussi être tout dont "
    ),
    "es": _words(
        "de la que el en y a los del se las por un para con no una su al es lo como más "
        "pero sus le ya o este fue ha sí porque esta son entre cuando muy sin sobre "
        "también me hasta hay donde quien desde "
    ),
    "it": _words(
        "di e il la che in a per un del è non una sono le con i si da al della dei nel "
        "alla anche come ma più gli lo ha delle questo ci nella sul essere tra se suo "
        "stato loro dal "
    ),
    "pt": _words(
        "de a o que e do da em um para é com não uma os no se na por mais as dos como mas "
        "foi ao ele das tem à seu sua ou ser quando muito há nos já está também só pelo "
        "pela até isso "
    ),
    "nl": _words(
        "de van het een en in is dat op te zijn met voor niet aan er om ook als bij door "
        "maar dan nog wordt of uit naar heeft hij ze werd worden tot over was zich die "
        "deze wel meer "
    ),
    "sv": _words(
        "och i att det som en på är av för med till den har de inte om ett han men var "
        "jag sig från vi så kan man när år säger hon under också efter eller nu "
    ),
    "da": _words(
        "og i at det er en til på de som af med for den har ikke der et var han men om "
        "fra vi så kan også efter eller nu blev skal "
    ),
    "pl": _words(
        "w i na z się do nie że to jest o jak po a od za przez ale co dla jego tak czy "
        "przy już oraz są być tym który może został "
    ),
    "ru": _words(
        "и в не на что с по это как а к из за у от о же для то все так его но она он бы "
        "или только было мы уже был ее её еще ещё были при до если также когда их после "
        "может они сейчас более чем который которые была этого года этом во со об "
    ),
    "no": _words(
        "og i det er som en på til av for med at den har de ikke et om var han men seg fra "
        "vi så kan også etter eller nå ble skal sier hun være blir "
    ),
    "fi": _words(
        "ja on ei että se oli hän mutta myös kun niin ovat tai jo sen ole kuin joka mukaan "
        "nyt vain sekä vielä jos hänen kanssa olla ollut mitä tämä siitä kaikki "
    ),
    "cs": _words(
        "a v se na je že to s z do o k i jako ale by pro jsou jeho už tak po při jak podle "
        "jen nebo které který která bylo byl být také však ve od za "
    ),
    "sk": _words(
        "a v sa na je že to s z do o k aj ako ale by pre sú jeho už tak po pri podľa len "
        "alebo ktoré ktorý ktorá bolo bol byť tiež však vo od za "
    ),
    "hu": _words(
        "a az és hogy nem is egy meg de van már csak ez azt még mint volt el ki fel lesz "
        "több pedig kell vagy szerint után között mert ha sem amely amelyek így "
    ),
    "ro": _words(
        "și în de la a cu pe că nu se din o un care mai pentru au este sunt fost ca sau dar "
        "după fi al ale lui prin acest această "
    ),
    "hr": _words(
        "i u je na da se za su od a o s sa koji koja koje što kao ali iz po bi te ne će bio "
        "biti jer ili do još samo nakon prema kako "
    ),
    "sl": _words(
        "in je v na se da za so z s pa ki ne bi tudi po iz kot ali do še le pri od bo bil jih "
    ),
    "uk": _words(
        "і в на що з не до як та у це за від його але для він вона вони було буде також "
        "які який яка після коли щоб або ще вже має між "
    ),
    "bg": _words(
        "и в на за да се с от е че не по са като но това той тя те към след което които "
        "който която при или още може "
    ),
    "ca": _words(
        "de la i el que a en les els per un una del amb no es al més com però va ha ser seu "
        "seva també són pel aquest aquesta quan dels "
    ),
    "el": _words(
        "και το να η της του σε με την από για που τα οι στο στην είναι των δεν θα ένα μια "
        "ότι αλλά στη στον όπως μετά "
    ),
    "tr": _words(
        "ve bir bu da de için ile çok daha gibi olarak olan en ama ne o sonra kadar her ki "
        "ya değil var yok göre ise diye ancak veya hem şu tüm önce ayrıca olduğu "
        "olduğunu şekilde bile "
    ),
    "id": _words(
        "yang dan di ke dari ini itu dengan untuk dalam tidak akan pada juga ada oleh karena "
        "atau sudah telah bisa saat mereka kami kita ia dia adalah sebagai lebih para bahwa "
        "hingga namun tersebut masih harus setelah antara sejak seperti "
    ),
    "vi": _words(
        "và của là có các được cho trong không với những người này một để khi đã về từ theo "
        "đến cũng như tại sẽ ra vào "
    ),
    "lv": _words(
        "un ir ar par no uz ka kā arī bet lai tas to tā vai pēc jau vēl gan kas ko tikai "
    ),
    "lt": _words(
        "ir yra kad su iš į o bet tai jis ji buvo kaip per dėl ar nuo taip pat jau dar tik po apie "
    ),
    "et": _words(
        "ja on et ei see oli ka kui aga mis ta nad ning või veel siis oma seda pärast kuid "
    ),
}
"""The most frequent function words of each language the stages read: how much of a line is
running text (:func:`cleanarticle.boilerplate_regions.is_prose`), which words of a paragraph
carry its topic, and which language a document is in (:func:`detect`). A language missing
here is read with the English ones: its sentences hold none of them, and its paragraphs are
prose by their length and ending alone (see ``Options.prose_typical_share``)."""


PERSONAL_PRONOUNS: dict[str, frozenset[str]] = {
    "en": _words("i me my mine myself we us our ours you your yours yourself"),
    "de": _words(
        "ich mich mir mein meine meinen meinem meiner wir uns unser unsere unseren du dich dir "
        "dein deine euch"
    ),
    "fr": _words("je j moi mon ma mes nous notre nos vous votre vos tu toi ton ta tes"),
    "es": _words("yo mí mi mis nosotros nuestro nuestra nuestros usted tú tus"),
    "it": _words("io mio mia miei noi nostro nostra nostri tuo tua"),
    "pt": _words("eu meu minha meus minhas nós nosso nossa você vocês"),
    "nl": _words("ik mij mijn wij jij jouw ons onze"),
    "ru": _words("я меня мне мой моя мои мы нас нам наш наша наши вы вас вам ваш ваша ваши ты"),
}
"""Words of the first and second person: a writer speaking as "I", to the reader, or for the
site ("we"), which reports of other people's news do not. (Words that are also something
else in their language are left out: Italian "ma" is "but", Portuguese "nos" "in the".)"""
QUOTED = re.compile(
    '"[^"]*"|\u201c[^\u201d]*\u201d|\u201e[^\u201c\u201d]*[\u201c\u201d]|\u00ab[^\u00bb]*\u00bb'
)
"""A quotation inside a line, closed on the same line, in the quotation marks of the seven
languages: what someone else says, not the writer's own voice."""


LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _function_words in STOPWORDS.items():
    for _word in _function_words:
        LANGUAGES_OF[_word] = (*LANGUAGES_OF.get(_word, ()), _lang)


def detect(blocks: Iterable[Block], *, min_hits: int = 5, max_words: int = 600) -> str | None:
    """The language whose function words are most frequent in the kept blocks, if clear."""
    words: list[str] = []
    for block in blocks:
        if not block.kept:
            continue
        words += lower_words(block.text[: max_words * 40])
        if len(words) > max_words:
            break
    counts = dict.fromkeys(STOPWORDS, 0)
    for word, n in Counter(filter(LANGUAGES_OF.__contains__, words)).items():
        for lang in LANGUAGES_OF[word]:
            counts[lang] += n
    lang, hits = max(counts.items(), key=lambda item: item[1])
    return lang if hits >= min_hits else None


def lower_words(text: str) -> list[str]:
    """The ``WORD`` matches of ``text`` in lower case. ASCII text is read with a byte table
    and split on spaces, the same words found twice as fast as with the regular expression."""
    if text.isascii():
        return text.encode("ascii").translate(ASCII_WORDS).decode("ascii").split()
    return WORD.findall(text.lower().replace("i\u0307", "i"))  # (Turkish "İ": see Facts.lower)


def stopwords(language: str | None) -> frozenset[str]:
    """The function words of ``language``, or English ones when unknown."""
    return STOPWORDS.get(language or "en", STOPWORDS["en"])
