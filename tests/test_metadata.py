"""Metadata readers on tiny inline pages: title, author, date."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleanarticle.extract.bylines import clean_name
from cleanarticle.extract.dates import normalise_date, url_date
from cleanarticle.extract.metadata import read_metadata
from cleanarticle.models import Metadata


def meta_of(page: str, url: str | None = None) -> Metadata:
    return read_metadata(lxml_html.document_fromstring(page), url)


def test_json_ld_graph_gives_author_and_published_date() -> None:
    page = """<html><head><script type="application/ld+json">
    {"@graph": [{"@type": "WebSite", "name": "Harbour News"},
      {"@type": "NewsArticle", "headline": "Ferries return",
       "author": [{"@type": "Person", "name": "Maria Lindqvist"},
                  {"@type": "Person", "name": "Jon Berg"}],
       "datePublished": "2024-03-05T08:00:00+01:00", "dateModified": "2024-04-01"}]}
    </script></head><body><h1>Ferries return</h1><p>Text.</p></body></html>"""
    meta = meta_of(page)
    assert meta.author == "Maria Lindqvist and Jon Berg"
    assert meta.date == "2024-03-05"
    assert meta.title == "Ferries return"


def test_title_drops_site_name_and_prefers_agreeing_headline() -> None:
    page = """<html><head><title>Ferries return to the harbour | Harbour News</title>
    <meta property="og:site_name" content="Harbour News"></head>
    <body><nav><h1>Menu</h1></nav><h1>Harbour News</h1>
    <h1>Ferries Return To The Harbour</h1></body></html>"""
    assert meta_of(page).title == "Ferries Return To The Harbour"  # title casing preferred


def test_site_name_headline_prefix_is_dropped() -> None:
    page = """<html><head><title>Tide Log: Small boats in winter storms</title></head>
    <body><h1>Tide Log</h1><h2>Small boats</h2></body></html>"""
    assert meta_of(page).title == "Small boats in winter storms"


def test_declared_title_at_the_start_of_the_headline_is_not_a_site_name() -> None:
    page = """<html><head><title>Jedi review – shoots for the moon | Games | Daily</title>
    </head><body><h1>Jedi review – shoots for the moon, lands among the stars</h1></body></html>"""
    assert meta_of(page).title != "shoots for the moon, lands among the stars"


def test_headline_with_date_and_byline_gives_the_declared_title() -> None:
    page = """<html><head><meta property="og:title" content="Small boats in winter storms">
    </head><body><h1>Small boats in winter storms <small>Posted on May 2, 2024</small></h1>
    </body></html>"""
    assert meta_of(page).title == "Small boats in winter storms"


def test_line_break_in_headline_separates_words() -> None:
    page = "<html><body><h1>WEEKEND<br>CODING <span>AGENT</span></h1></body></html>"
    assert meta_of(page).title == "WEEKEND CODING AGENT"


def test_page_without_h1_takes_the_lower_heading_that_ends_the_declared_title() -> None:
    page = """<html><head><title>Letters Blog: Some annoying news</title></head><body>
    <h2>Monday, 5 November 2012</h2><h3>Some annoying news</h3><p>Text.</p></body></html>"""
    assert meta_of(page).title == "Some annoying news"


def test_short_unrelated_headline_gives_way_to_declared_title() -> None:
    page = """<html><head><meta property="og:title" content="How tides shape the coast">
    </head><body><h1>Blog</h1><p>Text.</p></body></html>"""
    assert meta_of(page).title == "How tides shape the coast"


def test_lower_heading_showing_the_declared_title_outranks_a_teaser_h1() -> None:
    page = """<html><head><meta property="og:site_name" content="Coast Guide">
    <title>Tides are rising faster - and towns are not ready - Coast Guide</title></head>
    <body><h2>Tides are rising faster - and towns are not ready</h2><p>Text.</p>
    <h1>Ten lighthouses worth a visit this winter</h1></body></html>"""
    assert meta_of(page).title == "Tides are rising faster - and towns are not ready"


def test_headline_longer_than_declared_title_wins() -> None:
    page = """<html><head><title>Tide tables explained - Coast Guide</title></head>
    <body><h1>Tide tables explained: a beginner's guide</h1></body></html>"""
    assert meta_of(page).title == "Tide tables explained: a beginner's guide"


def test_byline_near_headline_and_visible_date() -> None:
    page = """<html><body><article><h1>Ferries return to the harbour</h1>
    <div class="meta"><span class="byline">By Maria Lindqvist</span>
    <span>Updated March 5, 2024</span></div><p>Long text here.</p></article></body></html>"""
    meta = meta_of(page)
    assert meta.author == "Maria Lindqvist"
    assert meta.date == "2024-03-05"


def test_date_written_after_the_headline_is_a_last_resort() -> None:
    page = """<html><body><div><h1>A story of the sea</h1></div><div><p>Intro text.</p>
    <footer><p>Last updated: November 13, 2025</p></footer></div></body></html>"""
    assert meta_of(page).date == "2025-11-13"


def test_published_time_preferred_over_modified() -> None:
    page = """<html><head>
    <meta property="article:modified_time" content="2024-05-01T10:00:00Z">
    <meta property="article:published_time" content="2023-12-24T10:00:00Z">
    </head><body><h1>A story of the sea</h1></body></html>"""
    assert meta_of(page).date == "2023-12-24"


@pytest.mark.parametrize("name", ["published-date", "publication_date", "date_published"])
def test_other_published_date_meta_names_are_preferred_over_modified(name: str) -> None:
    page = f"""<html><head>
    <meta name="modified-date" content="2024-07-30"><meta name="{name}" content="2021-02-16">
    <meta property="article:modified_time" content="2026-01-05T10:00:00Z">
    </head><body><h1>A story of the sea</h1><p>Reviewed March 9, 2026</p></body></html>"""
    assert meta_of(page).date == "2021-02-16"


def test_url_date_and_time_element() -> None:
    page = "<html><body><h1>A story of the sea</h1><time>Jan 2, 2020</time></body></html>"
    assert meta_of(page, "https://example.org/2021/07/09/story").date == "2021-07-09"
    assert meta_of(page, "https://example.org/story").date == "2020-01-02"


def test_site_named_author_passed_over_for_a_person() -> None:
    page = """<html><head><meta property="og:site_name" content="Harbour News">
    <meta name="author" content="Harbour News"></head><body><h1>Ferries return home</h1>
    <p class="author-name">Written by: Maria Lindqvist</p></body></html>"""
    assert meta_of(page).author == "Maria Lindqvist"


def test_byline_element_read_piece_by_piece() -> None:
    page = """<html><body><h1>Ferries return to the harbour</h1>
    <div class="post-author"><span>Written by</span><a>Maria Lindqvist</a><span>Editor</span>
    </div><div class="comments"><span class="comment-author">Troll says</span></div>
    </body></html>"""
    assert meta_of(page).author == "Maria Lindqvist"


def test_clean_name_cuts_roles_dates_and_rejects_handles() -> None:
    assert clean_name("By Jon Berg | Staff writer") == "Jon Berg"
    assert clean_name("Von Anna Schmidt") == "Anna Schmidt"
    assert clean_name("Jon Berg Updated March 5, 2024") == "Jon Berg"
    assert clean_name("https://example.org/jon") is None
    assert clean_name("user262588213843476") is None
    assert clean_name("ByAmy Roeder") == "Amy Roeder"
    assert clean_name("Brian Becker7 min read") == "Brian Becker"
    assert clean_name("Name *") is None
    assert clean_name("Louis Jacobson on Monday") == "Louis Jacobson"
    assert clean_name("HOME") is None
    assert clean_name("May 28 Written By Ana Lee") == "Ana Lee"
    assert clean_name("Dec. 19, 2025 · Niko Matsakis on behalf of the team") == "Niko Matsakis"
    assert clean_name("Dec.") is None


def test_normalise_date_formats() -> None:
    assert normalise_date("2011-01-31T08:00:00Z") == "2011-01-31"
    assert normalise_date("Posted January 31st, 2011") == "2011-01-31"
    assert normalise_date("31. Januar 2011") == "2011-01-31"
    assert normalise_date("12/19/2025") == "2025-12-19"
    assert normalise_date("19.12.2025") == "2025-12-19"
    assert normalise_date("© 2025 Harbour News") is None
    assert url_date("https://example.org/news/2024-03-05-ferries") == "2024-03-05"


def test_clean_name_cuts_a_role_or_link_after_the_name() -> None:
    assert clean_name("Jane Doe Associate Editor") == "Jane Doe"
    assert clean_name("Jane Doe Contributor") == "Jane Doe"
    assert clean_name("Jane Doe More posts from this author") == "Jane Doe"
    assert clean_name("A. J. Neal View In Digital") == "A. J. Neal"
    assert clean_name("Staff Writer") is None
    assert clean_name("The Daily editors") == "The Daily editors"


def test_clean_name_wants_a_shown_name_cased_as_a_name() -> None:
    assert clean_name("Skip to Content") is None
    assert clean_name("Insights from") is None
    assert clean_name("Ludwig van Beethoven") == "Ludwig van Beethoven"
    assert clean_name("Ask the Doctors") == "Ask the Doctors"
    assert clean_name("page.head.extra.author") is None
    assert clean_name("jane.r.doe", declared=True) == "jane.r.doe"
