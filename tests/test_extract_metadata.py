"""Page metadata: JSON-LD, OpenGraph and meta tags, <time>, and dates in several forms."""

from __future__ import annotations

from cleanarticle.extract import extract_html
from cleanarticle.extract.dates import normalise_date
from cleanarticle.models import Metadata
from cleanarticle.options import Options


def metadata(head: str, body: str = "", url: str | None = None) -> Metadata:
    html = f"<html lang='de-AT'><head>{head}</head><body>{body}</body></html>"
    return extract_html(html, url=url, options=Options()).metadata


def test_json_ld_gives_author_and_date() -> None:
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "headline": "Park approved", '
        '"author": [{"@type": "Person", "name": "Ann Lee"}, {"name": "Bo Chen"}], '
        '"datePublished": "2025-03-04T10:00:00Z"}</script>'
    )
    meta = metadata(ld)
    assert meta.author == "Ann Lee and Bo Chen"
    assert meta.date == "2025-03-04"
    assert meta.title == "Park approved"
    assert meta.language == "de"


def test_graph_in_json_ld_is_unrolled() -> None:
    ld = (
        '<script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "X"}, '
        '{"@type": "BlogPosting", "author": {"name": "Kim"}, "datePublished": "2024-01-02"}]}'
        "</script>"
    )
    assert metadata(ld).author == "Kim"


def test_meta_tags_and_site_name() -> None:
    head = (
        '<meta property="og:title" content="Park approved | Town News">'
        '<meta property="og:site_name" content="Town News">'
        '<meta name="author" content="By Ann Lee">'
        '<meta property="article:published_time" content="2023-11-20">'
    )
    meta = metadata(head)
    assert meta.title == "Park approved"
    assert meta.site == "Town News"
    assert meta.author == "Ann Lee"
    assert meta.date == "2023-11-20"


def test_h1_is_preferred_as_title() -> None:
    head = "<title>Park approved - Town News</title>"
    assert metadata(head, "<h1>Council approves the park</h1>").title == "Council approves the park"


def test_time_element_and_url_give_the_date() -> None:
    assert metadata("", "<time datetime='2022-05-06T08:00'>May 6</time>").date == "2022-05-06"
    assert metadata("", "", url="https://x.org/2021/07/08/story/").date == "2021-07-08"


def test_date_forms() -> None:
    assert normalise_date("January 31st, 2011") == "2011-01-31"
    assert normalise_date("31 janvier 2011") == "2011-01-31"
    assert normalise_date("31.01.2011") == "2011-01-31"
    assert normalise_date("2011/01/31") == "2011-01-31"
    assert normalise_date("no date here") is None
    assert normalise_date("2011-13-40") is None


def test_dateline_near_the_headline_gives_the_date_when_none_is_declared() -> None:
    body = "<h1>Council approves the park</h1><p>Updated March 4, 2025</p><p>Text.</p>"
    assert metadata("", body).date == "2025-03-04"


def test_headline_showing_the_declared_title_whole_keeps_its_tagline() -> None:
    head = (
        '<meta property="og:title" content="Best bread machines - My favourites! - Bread Dad">'
        '<meta property="og:site_name" content="Bread Dad">'
    )
    body = "<h1>Best bread machines – My favourites!</h1>"
    assert metadata(head, body).title == "Best bread machines – My favourites!"


def test_same_title_in_other_casing_or_ending_takes_the_fuller_form() -> None:
    head = "<meta property='og:title' content='Tips for Online Success'>"
    assert metadata(head, "<h1>TIPS FOR ONLINE SUCCESS</h1>").title == "Tips for Online Success"
    head = "<title>What comes next in 2025 | Some Blog</title>"
    body = "<h1>What comes next in 2025?</h1>"
    assert metadata(head, body).title == "What comes next in 2025?"


def test_short_headline_at_the_start_is_a_site_name_only_when_set_apart() -> None:
    head = "<title>What is mesh WiFi? Our 2026 exclusive guide</title>"
    assert metadata(head, "<h1>What is mesh WiFi?</h1>").title == "What is mesh WiFi?"
    head = "<title>Town News: Council approves the riverside park plan</title>"
    body = "<h1>Town News</h1>"
    assert metadata(head, body).title == "Council approves the riverside park plan"


def test_month_and_credit_added_to_the_headline_are_furniture() -> None:
    head = (
        "<meta property='og:site_name' content='Passle'>"
        "<title>New restaurants to visit this month, December 2025</title>"
    )
    body = "<h1>New restaurants to visit this month</h1>"
    assert metadata(head, body).title == "New restaurants to visit this month"
    head = (
        "<meta property='og:site_name' content='Passle'>"
        "<title>Skiplagging explained (via Passle)</title>"
    )
    assert metadata(head, "<h1>Skiplagging explained</h1>").title == "Skiplagging explained"


def test_headline_in_an_article_swallowed_by_an_unclosed_aside_counts() -> None:
    head = "<title>Cheap sustainable fashion</title>"
    body = "<aside class='popup'><article><h1>Where to buy affordable sustainable fashion</h1>"
    assert metadata(head, body).title == "Where to buy affordable sustainable fashion"


def test_title_markup_residue_is_cleaned() -> None:
    head = "<meta property='og:title' content='## A DIY Investorâ\x80\x99s Guide\u200b'>"
    assert metadata(head).title == "A DIY Investor’s Guide"


def test_a_quotation_closing_the_title_keeps_its_guillemet_and_ornaments_go() -> None:
    quoted = "<meta property='og:title' content='Il sindaco: «Un anno di disagi»'>"
    assert metadata(quoted).title == "Il sindaco: «Un anno di disagi»"
    ornamented = "<meta property='og:title' content='» Council approves riverside park ★'>"
    assert metadata(ornamented).title == "Council approves riverside park"


def test_headline_in_capitals_gives_way_to_the_declared_wording() -> None:
    head = "<meta property='og:title' content='GAAP Compliance: Applying Best Practices'>"
    body = "<h1>SUPPORTING GAAP COMPLIANCE</h1>"
    assert metadata(head, body).title == "GAAP Compliance: Applying Best Practices"


def test_short_part_beginning_with_the_site_name_is_the_site() -> None:
    head = (
        "<meta property='og:site_name' content='Parkview'>"
        "<title>Going plant-based – tips and tricks | Parkview Health</title>"
    )
    body = "<h1>Going plant-based – tips and tricks</h1>"
    assert metadata(head, body).title == "Going plant-based – tips and tricks"


def test_lower_heading_shows_the_whole_title_an_h1_naming_the_site_cuts_short() -> None:
    # the blog's name in <h1> starts the declared title; the post's heading shows the rest,
    # separator included, and a sidebar heading shows only its first part
    head = "<title>Town Blog: The Park Report - Ann Lee on the new benches</title>"
    body = (
        "<h1>Town Blog</h1><h3>The Park Report - Ann Lee on the new benches</h3>"
        "<p>Text.</p><h2>The Park Report</h2>"
    )
    assert metadata(head, body).title == "The Park Report - Ann Lee on the new benches"
    assert metadata(head, "<h1>Town Blog</h1><h2>The Park Report</h2>").title == "The Park Report"
