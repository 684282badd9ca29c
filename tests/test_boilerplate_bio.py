"""The author's bio at the end of a text: roles, credentials, languages, what follows it."""

from __future__ import annotations

import pytest
from text_data import PARAGRAPH, PARAGRAPH_2, removed

FOOTER = ["About us", "Contact us", "Privacy policy", "Terms of use", "Facebook", "Instagram"]


def gone_at_end(*tail: str) -> dict[str, str]:
    return removed("\n\n".join([PARAGRAPH, PARAGRAPH_2, *tail]))


@pytest.mark.parametrize(
    "bio",
    [
        "Jane Doe is the owner of Acme, a maker of garden tools.",
        "Mirel Zaman is the health and fitness director at the magazine. She has 15 years of "
        "experience in the field.",
        "Jared Roe has been a freelance technology journalist for more than 15 years.",
        "Raghu Vedala, MD, FAAFP, is a board-certified family medicine physician in Ohio.",
        "Mr. Jeff Roe, CPP, PSP, is an internationally known Security Consultant.",
        "Brian Stone is a fee-only financial advisor who began his career in 2000.",
        "About the author: Craig Roe is a freelance photographer based in Eastern Europe.",
        "Anna Schmidt ist Redakteurin im Ressort Wirtschaft und schreibt über Energie.",
        "Marie Dupont est journaliste spécialisée dans les questions de santé.",
        "Lucía Gómez es periodista y escribe sobre ciencia desde 2015.",
    ],
)
def test_a_bio_at_the_end_goes(bio: str) -> None:
    assert gone_at_end(bio) == {bio: "author_bio"}


def test_paragraphs_after_a_bio_that_name_the_person_go_with_it() -> None:
    bio = "Karina Cole is the owner of a cleaning company serving the Denver area."
    more = "Karina holds an MBA from Duke University and a degree in finance."
    family = "When she is not at work, Karina coaches her daughter's football team."
    assert gone_at_end(bio, more, family) == {
        bio: "author_bio",
        more: "author_bio",
        family: "author_bio",
    }


def test_a_bio_above_the_footer_of_a_page_dump_goes() -> None:
    bio = "Jane Doe is a content writer at Acme with five years of experience."
    assert gone_at_end(bio, *FOOTER).get(bio) == "author_bio"


@pytest.mark.parametrize(
    "line",
    [
        "Vietnam is one of the region's most vocal critics of the territorial claims.",
        "Why is a performance review critical, and how can HR consultants improve it?",
        "Acme is a trusted software development partner that builds scalable products.",
        "Rahul Roe is the CEO and founder of Acme, a leader in security products.",
        "Black Friday is based upon the novel of the same name by journalist Sam Roe.",
        "Le Film est adapté du roman écrit par un journaliste du Monde.",
    ],
)
def test_lookalikes_at_the_end_are_kept(line: str) -> None:
    assert line not in gone_at_end(line)


def test_a_person_introduced_mid_article_is_kept() -> None:
    source = "Jane Doe is the director of the local housing charity."
    gone = removed("\n\n".join([PARAGRAPH, source, PARAGRAPH_2, PARAGRAPH, PARAGRAPH_2]))
    assert source not in gone


def test_a_long_bio_goes() -> None:
    bio = (
        "Rebecca Roe is a full-time freelance writer living in the Washington, D.C. metro area. "
        "Over the past ten years she has covered real estate, home design, weddings, parenting "
        "and personal finance for national magazines and several regional newspapers. Before "
        "turning to writing she spent a decade in event planning, which still shapes the way she "
        "reports on hosting, etiquette and entertaining at home. When she is not writing, "
        "Rebecca can be found restoring old furniture, tending a small vegetable garden, or "
        "walking the trails near her home with her two rescue dogs and her family."
    )
    assert gone_at_end(bio) == {bio: "author_bio"}


def test_a_bio_above_a_teaser_list_goes() -> None:
    bio = "Jane Doe is a content writer at Acme with five years of experience."
    teasers = [
        "You may also like",
        "Ten gardens to visit this spring in the north of England",
        "How to grow tomatoes on a small balcony in the city",
        "The best compost bins for small gardens, tested by our editors",
        "Why your houseplants are dying and what you can do about it now",
    ]
    assert gone_at_end(bio, *teasers).get(bio) == "author_bio"
