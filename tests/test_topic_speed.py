"""The topic stage's shortcuts give the same answers as the full computation."""

from __future__ import annotations

import pytest
from wordfreq import get_frequency_dict, zipf_frequency

from cleanarticle import Options
from cleanarticle.language import stopwords
from cleanarticle.topic_features import WORDLIST, Weighting, bag_of, listed_zipf, zipf
from cleanarticle.topic_fit import Evidence, anchor_fits, gather
from cleanarticle.topic_runs import could_seed

WEIGHTING = Weighting(ceiling=6.0, cap=4.5, name_boost=1.5)


def test_bag_keeps_the_largest_weight_of_a_term_and_boosts_names() -> None:
    bag = bag_of(
        "Talks resumed. Officials met Tillerson in Seoul.", "en", WEIGHTING, headline=False
    )
    again = bag_of(
        "Talks resumed. Officials met Tillerson in Seoul.", "en", WEIGHTING, headline=False
    )
    plain = bag_of(
        "Talks resumed. Officials met Tillerson in Seoul.", "en", WEIGHTING, headline=True
    )
    assert bag.terms == again.terms  # the learnt lexicon answers like the first pass
    assert bag.terms["tiller"] == 1.5 * plain.terms["tiller"]  # a name inside a sentence
    assert bag.terms["talks"] == plain.terms["talks"]  # a capital opening a sentence is no name
    assert "in" not in bag.terms and bag.mass == sum(bag.terms.values())


def test_no_possible_seed_on_lower_bounds_means_no_seed_on_full_fits() -> None:
    options = Options()
    title = bag_of("Storm floods coastal towns", "en", WEIGHTING, headline=True)
    lines = [
        "The storm flooded coastal towns overnight and the towns were cut off by water.",
        "Coastal towns flooded again as the storm surge reached the harbour walls.",
        "Rescuers reached the flooded towns by boat while the storm moved inland.",
        "The storm is expected to weaken, but coastal towns remain flooded.",
    ]
    bags = tuple(bag_of(line, "en", WEIGHTING, headline=False) for line in lines)
    anchor = dict(title.terms)
    lower = anchor_fits(bags, anchor, options)
    assert not could_seed(Evidence(bags, anchor, lower, {}, []), options)
    full = gather(bags, anchor, list(lower), options)
    assert all(f >= low for f, low in zip(full.fits, lower, strict=True))
    assert not could_seed(full, options)


@pytest.mark.parametrize("language", ["en", "de", "fr", "id", "ru", "tr"])
def test_zipf_from_the_listed_frequency_is_wordfreqs(language: str) -> None:
    listed = get_frequency_dict(language, WORDLIST)
    words = [w for w in listed if w.isascii() and w.isalpha() and w.islower()][::40]
    words += ["qzxvbnmk", "storming", "tillersonian"]  # absent (some) and listed words
    for word in words:
        assert listed_zipf(word, language) == zipf_frequency(word, language, wordlist=WORDLIST)


@pytest.mark.parametrize("language", ["de", "fr", "es", "pt", "nl", "pl", "ru", "uk", "el", "cs"])
def test_zipf_of_words_in_other_letters_is_wordfreqs(language: str) -> None:
    listed = get_frequency_dict(language, WORDLIST)
    words = [w for w in listed if not w.isascii()][::25]
    words += [w[::-1] for w in words[:40]] + [w + "xq" for w in words[:40]]  # mostly absent
    words += ["straße", "λέξις", "ﬁnal", "hakkında", "日本語", "café"]  # some read otherwise
    for word in words:
        assert zipf(word, language) == zipf_frequency(word, language, wordlist=WORDLIST), word


@pytest.mark.parametrize("language", ["tr", "ro", "ar", "he"])
def test_zipf_in_languages_read_with_extra_steps_is_wordfreqs(language: str) -> None:
    listed = get_frequency_dict(language, WORDLIST)
    words = [*[w for w in listed if not w.isascii()][::50], "şarkı", "kișinin", "sınıf"]
    for word in words:
        assert zipf(word, language) == zipf_frequency(word, language, wordlist=WORDLIST), word


def test_bag_counts_function_words_as_written_in_small_letters() -> None:
    text = "The talks and the offer of Tillerson were in vain."
    first = bag_of(text, "en", WEIGHTING)
    again = bag_of(text, "en", WEIGHTING)  # from the learnt lexicon
    expected = sum(1 for token in text.split() if token in stopwords("en"))
    assert first.function_words == again.function_words == expected == 5  # ("The" is not one)
    assert first.terms == again.terms and "the" not in first.terms
