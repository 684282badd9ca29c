"""HTML extraction: main content kept, everything else removed with a reason code."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleanarticle import clean
from cleanarticle.extract import extract_html
from cleanarticle.models import Block, Extraction, Verdict
from cleanarticle.options import Options

OPTIONS = replace(Options(), extract_fallback_below_chars=0)

PROSE = (
    "The council approved the new riverside park on Monday, after a debate that lasted "
    "most of the evening, and work will begin in the spring, officials said."
)
PROSE2 = (
    "Residents who spoke at the meeting said the park would give children a safe place to "
    "play, while some shop owners worried about parking, traffic and the cost of upkeep."
)
PROSE3 = (
    "The city expects the first phase, with paths, benches and a playground, to be finished "
    "by the end of next summer, provided the weather allows the work to go ahead."
)


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def article(extra_inside: str = "", before: str = "", after: str = "") -> str:
    return page(
        f"{before}<div class='story'><h1>Council approves riverside park</h1>"
        f"<p>{PROSE}</p><p>{PROSE2}</p>{extra_inside}<p>{PROSE3}</p></div>{after}"
    )


def run(html: str) -> Extraction:
    return extract_html(html, url=None, options=OPTIONS)


def find(result: Extraction, text: str) -> Block:
    return next(b for b in result.blocks if text in b.text)


def body(result: Extraction) -> str:
    return "\n".join(b.text for b in result.blocks if b.kept and b.role != "title")


def test_article_paragraphs_are_kept_in_order() -> None:
    result = run(article())
    assert body(result) == "\n".join((PROSE, PROSE2, PROSE3))
    assert all(b.verdict.step == "extract" for b in result.blocks)


def test_headline_matching_the_title_becomes_the_title_block() -> None:
    result = run(article())
    title = find(result, "Council approves")
    assert title.role == "title"
    assert title.kept
    assert result.metadata.title == "Council approves riverside park"


def test_navigation_is_removed_as_navigation() -> None:
    nav = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
    result = run(article(before=nav))
    assert not find(result, "Home").kept
    assert find(result, "Home").verdict.reason == "navigation"


def test_comments_section_is_removed_even_when_long() -> None:
    comments = (
        "<div id='comments'><h3>Comments</h3>"
        f"<div class='comment'><p>{PROSE} {PROSE2} {PROSE3}</p></div></div>"
    )
    result = run(article(after=comments))
    removed = [b for b in result.blocks if not b.kept]
    assert {b.verdict.reason for b in removed} == {"comments"}
    assert body(result).count(PROSE) == 1


def test_share_bar_inside_the_article_is_removed_by_its_class_name() -> None:
    share = "<div class='share-tools'><p>Share this story with your friends and family</p></div>"
    result = run(article(extra_inside=share))
    block = find(result, "Share this story")
    assert block.verdict.reason == "share"
    assert PROSE3 in body(result)


def test_post_embedded_from_a_social_network_is_kept() -> None:
    embed = (
        "<div class='social-media-embed'><blockquote class='post'><p>The new park is the best "
        "news our street has had in years, and the kids cannot wait.</p>— A neighbour "
        "(@neighbour) November 18, 2019</blockquote></div>"
    )
    assert "the kids cannot wait" in body(run(article(extra_inside=embed)))


def test_link_list_inside_the_article_is_removed() -> None:
    links = "".join(
        f"<li><a href='/{i}'>Another story headline number {i}</a></li>" for i in range(4)
    )
    result = run(article(extra_inside=f"<ul>{links}</ul>"))
    block = find(result, "number 2")
    assert not block.kept
    assert block.verdict.reason == "link_list"


def test_a_list_of_links_that_a_sentence_of_the_article_announces_is_kept() -> None:
    links = "".join(
        f"<li><a href='https://example.org/{name}'>{name.title()} Parks Trust</a></li>"
        for name in ("riverside", "meadow", "harbour")
    )
    announced = "<p>Residents can learn more from these groups that backed the plan:</p>"
    result = run(article(extra_inside=f"{announced}<ul>{links}</ul>"))
    assert find(result, "Meadow Parks Trust").kept
    labelled = run(article(extra_inside=f"<p>You may also like:</p><ul>{links}</ul>"))
    assert find(labelled, "Meadow Parks Trust").verdict.reason == "link_list"


def test_sidebar_outside_the_article_is_removed() -> None:
    sidebar = (
        "<div class='sidebar'><p>Popular this week: five ways to save on energy bills</p></div>"
    )
    result = run(article(after=sidebar))
    assert find(result, "Popular this week").verdict.reason == "sidebar"


def test_text_outside_the_chosen_container_is_outside_main() -> None:
    result = run(article(after="<div><p>Some unrelated footer words here.</p></div>"))
    assert find(result, "unrelated footer").verdict.reason == "outside_main"


def test_figure_caption_is_removed_as_caption() -> None:
    caption = "<figcaption>The site of the park, photo by J. Doe</figcaption>"
    figure = f"<figure><img src='x.jpg'>{caption}</figure>"
    result = run(article(extra_inside=figure))
    assert find(result, "photo by").verdict.reason == "caption"


def test_class_hint_on_a_wrapper_of_the_article_is_ignored() -> None:
    html = article()
    wrapped = html.replace("<body>", "<body><div class='content-with-sidebar'>").replace(
        "</body>", "</div></body>"
    )
    assert body(run(wrapped)) == body(run(html))


def test_roles_of_headings_lists_quotes_and_tables() -> None:
    extra = (
        "<h2>What happens next</h2><ul><li>Paths and benches</li></ul>"
        "<blockquote><p>It is a good day for the town.</p></blockquote>"
        "<table><tr><td>Phase one</td><td>2026</td></tr></table>"
    )
    result = run(article(extra_inside=extra))
    assert find(result, "What happens next").role == "heading"
    assert find(result, "Paths and benches").role == "list_item"
    assert find(result, "good day").role == "quote"
    assert find(result, "Phase one").role == "table"


def test_hidden_elements_and_scripts_give_no_blocks() -> None:
    extra = (
        "<div style='display:none'><p>Invisible text here</p></div>"
        "<script>var x = 'script text';</script><div class='sr-only'><p>Screen reader</p></div>"
        "<h2 class='hide-text'>Share this story</h2><div class='element-invisible'>"
        "<p>Skip to the next story</p></div>"
    )
    texts = " ".join(b.text for b in run(article(extra_inside=extra)).blocks)
    assert "Invisible" not in texts
    assert "script text" not in texts
    assert "Screen reader" not in texts
    assert "Share this story" not in texts and "Skip to the next" not in texts


def test_hidden_inline_elements_inside_a_paragraph_give_no_text() -> None:
    extra = (
        "<p>The council met <span hidden>TOOLTIP</span>on Monday and agreed the plan "
        "<a href='#' style='display: none'>SKIPLINK</a>for the park, its chair said.</p>"
    )
    kept = run(article(extra_inside=extra))
    text = find(kept, "The council met").text
    assert "TOOLTIP" not in text and "SKIPLINK" not in text
    assert text.startswith("The council met on Monday and agreed the plan for the park")


def test_page_hidden_until_a_script_reveals_it_is_read() -> None:
    hidden = article().replace("<body>", "<body><div class='root hide'>", 1)
    assert body(run(hidden)) == "\n".join((PROSE, PROSE2, PROSE3))


def test_article_printed_after_the_closing_html_tag_is_read() -> None:
    late = article().replace("<body>", "<body><nav><a href='/'>Home</a></nav></body></html>", 1)
    assert body(run(late)) == "\n".join((PROSE, PROSE2, PROSE3))


def test_author_bio_after_the_article_is_removed() -> None:
    head = "<meta name='author' content='Jane Doe'>"
    bio = "<p>Jane Doe is a freelance writer living in Leeds who covers city planning.</p>"
    html = (
        article().replace("<head>", "<head>" + head).replace("</p></div>", "</p>" + bio + "</div>")
    )
    result = run(html)
    assert find(result, "Jane Doe is").verdict.reason == "author_bio"
    assert body(result) == "\n".join((PROSE, PROSE2, PROSE3))


def test_author_box_named_so_is_removed_whatever_its_length() -> None:
    # a byline's name counts only on a small element; a bio box is named for what it is
    # ("author-box": its glued form, not its first word, says so), however long it runs
    about = f"<h2>Written by Jane Doe</h2><p>Jane Doe writes about cities. {PROSE2} {PROSE3}</p>"
    result = run(article(extra_inside=f"<div class='author-box'>{about}</div>"))
    assert find(result, "Written by").verdict.reason == "author_bio"
    assert find(result, "Jane Doe writes").verdict.reason == "author_bio"
    assert body(result) == "\n".join((PROSE, PROSE2, PROSE3))


def test_short_lines_beside_a_paragraph_chosen_alone_are_kept() -> None:
    # the post's one long paragraph wins alone; its short lines and list around it, in
    # the same text flow, belong to the article too (a credit line is not prose enough to
    # join on its own), while a box of other elements ends the run
    long = f"{PROSE} {PROSE2} {PROSE3}"
    post = (
        "<div class='post'><h1>Council approves riverside park</h1>"
        f"<p>{long}</p><p>Photography: Jane Doe</p><ul><li>Paths and benches</li></ul>"
        "<div><p>Advertise with us today</p></div></div>"
    )
    result = run(page(post))
    assert find(result, "Photography").verdict.reason == "content"
    assert find(result, "Paths and benches").verdict.reason == "content"
    assert find(result, "Advertise").verdict.reason == "outside_main"


def test_double_line_breaks_split_blocks() -> None:
    result = run(page(f"<div><p>{PROSE}<br><br>{PROSE2}<br>{PROSE3}</p></div>"))
    texts = [b.text for b in result.blocks if b.kept]
    assert texts == [PROSE, f"{PROSE2} {PROSE3}"]


def test_unclosed_button_does_not_swallow_the_article() -> None:
    html = article().replace("<div class='story'>", "<button>Menu<div class='story'>")
    assert PROSE in body(run(html))


def test_page_without_article_text_has_an_empty_body() -> None:
    nav = "".join(f"<a href='/{i}'>Section {i}</a> " for i in range(10))
    result = run(page(f"<div>{nav}</div><p>Short line.</p>"))
    assert body(result) == ""
    assert find(result, "Short line").verdict.reason == "not_article"


def test_empty_and_broken_input_do_not_raise() -> None:
    assert run("").blocks == ()
    assert not any(b.kept for b in run("<<<>>>").blocks)
    assert isinstance(run("<p>unclosed <b>bold <i>italic"), Extraction)


def test_deep_nesting_is_bounded() -> None:
    deep = "<div>" * 3000 + f"<p>{PROSE}</p>" + "</div>" * 3000
    result = run(page(deep))
    assert any(PROSE in b.text for b in result.blocks)


def test_furniture_name_on_an_element_named_as_the_article_is_ignored() -> None:
    story = f"<div class='article left-rail'><p>{PROSE}</p><p>{PROSE2}</p><p>{PROSE3}</p></div>"
    furniture = f"<aside><p>{PROSE2}</p></aside><form><p>{PROSE}</p></form><footer><p>{PROSE3}</p>"
    notice = f"<div><p>{PROSE2}</p></div>"
    html = f"<h1>Council approves riverside park</h1>{story}{furniture}</footer>{notice}"
    result = run(page(html))
    assert [b.verdict.reason for b in result.blocks] == [
        "title", "content", "content", "content", "aside", "form", "footer", "outside_main"
    ]  # fmt: skip


def test_furniture_name_on_a_small_part_named_as_the_article_is_kept() -> None:
    rail = "<div class='article-rail'><p>Read more stories about parks and city budgets</p></div>"
    result = run(article(after=rail))
    assert find(result, "Read more stories").verdict.reason == "sidebar"


def test_column_marked_as_not_content_is_not_chosen_with_the_article() -> None:
    # "nocontent" is the class search engines read as "not the page's content"; a column of
    # blog boxes so marked, beside the post, does not join it in one wrapper
    post = f"<div class='post'><h1>Council approves riverside park</h1><p>{PROSE}</p></div>"
    boxes = "".join(
        f"<div class='box nocontent'><h4>About this blog</h4><p>{text}</p></div>"
        for text in (PROSE2, PROSE3)
    )
    result = run(page(f"<div class='wrap'><div>{post}</div><div>{boxes}</div></div>"))
    assert find(result, "The council approved").verdict.reason == "content"
    assert find(result, "Residents who spoke").verdict.reason == "sidebar"


def test_sidebar_holding_most_prose_away_from_the_headline_keeps_its_name() -> None:
    lines = "".join(f"<p>Line {n} of the notice about the park works.</p>" for n in range(12))
    story = f"<div class='story'><h1>Council approves riverside park</h1>{lines}</div>"
    about = f"<p>About me: {PROSE} {PROSE2}</p><p>{PROSE3} {PROSE}</p>"
    profile = f"<div class='sidebar'>{about}</div>"
    result = run(page(story + profile))
    assert find(result, "Line 11 of the notice").verdict.reason == "content"
    assert find(result, "About me").verdict.reason == "sidebar"


def test_a_short_post_wins_over_a_longer_box_below_it_past_its_entry() -> None:
    # the box starts a few blocks below the headline, but after the post's own entry and
    # its prose: it does not follow the headline
    head = "<title>Council approves riverside park</title>"
    post = (
        "<div class='entry'><h3>Council approves riverside park</h3>"
        f"<div>{PROSE}</div><div>Posted by Jane Doe at 9:00</div></div>"
    )
    box = f"<div class='box'><h2>About me</h2><div>{PROSE2} {PROSE3}</div></div>"
    link = "<li><a href='/{0}'>An older post of this blog, number {0}</a></li>"
    links = "".join(link.format(n) for n in range(15))
    side = f"<div class='side'>{box}<ul>{links}</ul></div>"
    html = page(f"<div class='main'>{post}</div>{side}", head)
    result = run(html)
    assert find(result, "The council approved").verdict.reason == "content"
    assert find(result, "Residents who spoke").verdict.reason == "outside_main"
    lenient = replace(OPTIONS, extract_title_gap_prose_share=10.0)
    old = extract_html(html, url=None, options=lenient)
    assert find(old, "The council approved").verdict.reason == "outside_main"


def test_a_body_below_a_headline_block_with_a_standfirst_still_follows_the_headline() -> None:
    # the body starts past the headline's own block, but with little prose between the two
    # against its own: it follows the headline, and wins over a longer box beside it
    head = "<title>Council approves riverside park</title>"
    link = "<li><a href='/{0}'>A section of this site, number {0}</a></li>"
    menu = "".join(link.format(n) for n in range(60))
    top = f"<div class='top'><h1>Council approves riverside park</h1><p>{PROSE}</p></div>"
    story = f"<div class='text'><p>{PROSE2}</p><p>{PROSE3}</p><p>{PROSE2} {PROSE3}</p></div>"
    box = f"<div class='box'><p>About us: {PROSE} {PROSE2} {PROSE3} {PROSE} {PROSE2}</p></div>"
    html = page(f"<div class='wrap'><ul>{menu}</ul>{top}{story}</div>{box}", head)
    result = run(html)
    assert find(result, "The city expects").verdict.reason == "content"
    assert find(result, "About us").verdict.reason == "outside_main"
    strict = replace(OPTIONS, extract_title_gap_prose_share=0.0)
    assert find(extract_html(html, url=None, options=strict), "About us").kept


def test_the_short_lines_around_a_quotation_chosen_as_the_article_are_kept() -> None:
    # the best container is a quotation: the post's own sentences around it are kept, up to
    # the first block that is not prose
    quote = f"<blockquote>{PROSE} {PROSE2} {PROSE3}</blockquote>"
    post = (
        "<div class='box'><p>A blog about parks and the people who use them.</p>"
        "<p><a href='/1'>An older post: the bridge works are running late again</a> | "
        "<a href='/2'>A newer post: the library will open later on Sundays</a> | "
        "<a href='/3'>All the posts of this blog about the town and its parks</a></p>"
        "<h3>Riverside park</h3>"
        f"<p>The council has decided, and the papers say:</p>{quote}"
        "<p>Good news for the town, and about time too.</p><p>Posted on 7 May</p></div>"
    )
    result = run(page(post))
    assert find(result, "The council has decided").verdict.reason == "content"
    assert find(result, "Good news for the town").verdict.reason == "content"
    assert find(result, "A blog about parks").verdict.reason == "outside_main"
    assert find(result, "Posted on 7 May").verdict.reason == "outside_main"


def test_the_second_opinion_does_not_bring_back_a_sidebar() -> None:
    # a short post (the main extractor keeps little: readability is asked) beside a box named
    # as a sidebar; readability takes both, the box's paragraphs stay out
    head = "<title>Council approves riverside park</title>"
    days = "".join(f"<li><a href='/{n}'>Day {n}</a></li>" for n in range(12))
    post = f"<div class='post'><h1>Council approves riverside park</h1><p>{PROSE}</p></div>"
    rail = f"<div class='rail'><p>{PROSE2}</p><p>{PROSE3}</p></div>"
    html = page(f"<div class='wrap'>{post}<ul>{days}</ul>{rail}</div>", head)
    result = extract_html(html, url=None, options=Options())
    assert find(result, "The council approved").verdict == Verdict(True, "extract", "content", 0.5)
    assert find(result, "Residents who spoke").verdict == Verdict(False, "extract", "sidebar", 0.5)


TEASERS = (
    "<div class='more'><h3>Library hours to change</h3><p>The central library will open "
    "later on Sundays.</p><h3>Bridge works delayed</h3><p>Repairs on the old bridge will "
    "take two more weeks.</p></div>"
)


def test_the_article_body_is_chosen_without_the_teasers_beside_it() -> None:
    html = page(
        "<div class='wrap'><div class='story'><h1>Council approves riverside park</h1>"
        f"<p>{PROSE}</p><p>{PROSE2}</p><p>{PROSE3}</p></div>{TEASERS}</div>"
    )
    result = run(html)
    assert body(result) == "\n".join((PROSE, PROSE2, PROSE3))
    assert find(result, "central library").verdict.reason == "outside_main"
    wide = extract_html(html, url=None, options=replace(OPTIONS, extract_core_share=1.5))
    assert find(wide, "central library").kept


def test_a_lead_paragraph_between_the_headline_and_the_body_is_kept() -> None:
    html = page(
        "<div class='wrap'><h1>Council approves riverside park</h1>"
        f"<p class='lead'>{PROSE}</p><div class='body'><p>{PROSE2}</p><p>{PROSE3}</p>"
        f"<p>{PROSE2} {PROSE3}</p><p>{PROSE3}</p></div></div>"
    )  # the body alone is worth over 80% of the wrapper
    assert PROSE in body(run(html))


def test_a_list_opened_by_a_related_heading_is_left_out_however_long() -> None:
    teaser = "<article class='post'><h2>Story {0}</h2><p>{1}</p></article>"
    teasers = "".join(teaser.format(n, PROSE2.replace("park", f"park {n}")) for n in range(4))
    html = page(
        "<div class='posts'><article class='post'><h1>Council approves riverside park</h1>"
        f"<p>{PROSE}</p></article><article class='post'>"
        f"<h3 class='relatedposts-title'>You may also like</h3>{teasers}</article></div>"
    )
    result = run(html)
    assert body(result) == PROSE
    assert find(result, "park 2").verdict.reason == "related"


def test_a_related_heading_does_not_hide_the_article_it_opens() -> None:
    # no article prose comes before the heading: the element it opens may be the article
    html = page(
        "<div class='story'><h3 class='related-title'>In this story</h3>"
        f"<p>{PROSE}</p><p>{PROSE2}</p><p>{PROSE3}</p></div>"
    )
    assert body(run(html)) == "\n".join((PROSE, PROSE2, PROSE3))


def test_digest_items_opening_with_a_linked_headline_are_kept() -> None:
    linked = "".join(
        f"<li><strong><a href='/s{n}'>Story {n} of the day about the riverside park works "
        f"and the old bridge</a></strong> {sentence}</li>"
        for n, sentence in enumerate(
            (
                "The council said the work would start soon.",
                "Shop owners in the old town want more parking spaces.",
            )
        )
    )
    plain = "".join(
        f"<li>The park will have {n} new paths and a pond for ducks and geese to swim in.</li>"
        for n in ("two", "three", "four")
    )
    assert find(run(article(f"<ul>{plain}{linked}</ul>")), "Story 1 of the day").kept
    # a list of bare links to other stories is still a link list
    teasers = "".join(
        f"<li><a href='/t{n}'>Other story number {n} today</a> 2 min</li>" for n in range(5)
    )
    assert not find(run(article(f"<ul>{teasers}</ul>")), "Other story number 3").kept


def test_list_of_sources_between_paragraphs_of_the_body_is_kept() -> None:
    # each item a linked title with words of its own, the list standing between two
    # paragraphs of the body: the post's sources, not a teaser list
    sources = "".join(
        f"<li><a href='/p{n}'>Parks and the city, part {n}</a> by Jane Doe and Ann Lee</li>"
        for n in range(4)
    )
    result = run(article(extra_inside=f"<ul>{sources}</ul>"))
    assert find(result, "part 2").verdict.reason == "content"
    # after the article's last paragraph, the same list is still a link list
    result = run(article(after=f"<div><ul>{sources}</ul></div>"))
    assert find(result, "part 2").verdict.reason != "content"


def test_list_of_dated_headlines_after_the_article_is_removed_as_related() -> None:
    # each item another post: its headline, its date, the start of its text; unlinked,
    # and with prose enough to vote, the list is still teasers, not the article
    posts = "".join(
        f"<li><h3>Other news number {n} from the city</h3><p class='date'>2012-11-0{n}</p>"
        f"<p>{PROSE2}</p></li>"
        for n in range(1, 5)
    )
    result = run(article(after=f"<ul>{posts}</ul>"))
    assert find(result, "Other news number 2").verdict.reason == "related"
    assert body(result) == "\n".join((PROSE, PROSE2, PROSE3))
    # the same teasers as a box of blocks rather than a list
    boxes = posts.replace("<li>", "<div class='item'>").replace("</li>", "</div>")
    result = run(article(after=f"<div>{boxes}</div>"))
    assert find(result, "Other news number 2").verdict.reason == "related"


def test_a_data_table_row_is_one_block_of_tab_separated_cells() -> None:
    table = (
        "<table><tr><th>Phase</th><th>Finished by</th></tr>"
        "<tr><td>Paths and benches</td><td>June</td></tr>"
        "<tr><td>Playground</td><td>August</td></tr></table>"
    )
    result = run(article(extra_inside=table))
    rows = [b for b in result.blocks if b.role == "table"]
    assert [b.text for b in rows] == [
        "Phase\tFinished by",
        "Paths and benches\tJune",
        "Playground\tAugust",
    ]
    assert all(b.kept for b in rows)
    assert [b.index for b in result.blocks] == list(range(len(result.blocks)))


def test_a_layout_table_keeps_its_cells_apart() -> None:
    layout = page(
        "<table><tr><td><ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li>"
        "<li><a href='/s'>Sport</a></li></ul></td>"
        f"<td><h1>Council approves riverside park</h1><p>{PROSE}</p><p>{PROSE2}</p>"
        f"<p>{PROSE3}</p></td></tr></table>"
    )
    result = run(layout)
    assert not any("\t" in b.text for b in result.blocks)
    assert PROSE in body(result)


def test_a_deal_box_inside_a_review_goes() -> None:
    deal = "<div class='InlineDeal_box'><p class='InlineDeal_price'>$169.99 at Amazon</p></div>"
    result = run(article(extra_inside=deal))
    assert not find(result, "$169.99 at Amazon").kept
    assert PROSE3 in body(result)


def test_a_cell_cut_by_line_breaks_is_layout_and_its_pieces_stay_apart() -> None:
    """An old page's cell: a trail, two breaks, the headline in large bold type, a byline:
    three blocks of one cell, not a row of three cells."""
    layout = page(
        "<table><tr><td>Home &gt; Reports &gt; Parks<br><br><font size='+2'><b>Council "
        "approves riverside park</b></font><br><br>Written by Jane Roe</td></tr></table>"
        f"<p>{PROSE}</p><p>{PROSE2}</p><p>{PROSE3}</p>"
    )
    result = run(layout)
    assert not any("\t" in b.text for b in result.blocks)
    assert find(result, "Council approves riverside park").text == (
        "Council approves riverside park"
    )


def test_preformatted_code_keeps_its_lines() -> None:
    code = "<pre><code>for park in parks:\n    plant(park)\n\nprint('done')\n</code></pre>"
    result = run(article(extra_inside=code))
    block = find(result, "for park in parks")
    assert block.role == "code"
    assert block.text == "for park in parks:\n    plant(park)\n\nprint('done')"


def test_an_author_bio_with_its_heading_goes_whoever_the_page_names_as_author() -> None:
    heading = "<h3>About Jane Roe</h3>"
    bio = "<p>Jane Roe is a freelance writer in Leeds who covers city planning and parks.</p>"
    html = article(extra_inside="").replace("</div>", heading + bio + "</div>")
    result = clean(html, kind="html", options=replace(Options(), topic=False))
    gone = {b.text: b.verdict.reason for b in result.blocks if not b.kept}
    assert gone.get("About Jane Roe") == "author_bio"
    assert gone.get(bio[3:-4]) == "author_bio"
    assert PROSE3 in result.body


def test_a_sentence_whose_end_is_a_link_is_kept_and_a_run_of_links_is_not() -> None:
    sentence = (
        "<p>The park's architect was chosen last year and "
        "<a href='/a'>presented her first drawings to the council in May</a>.</p>"
    )
    links = "<p><a href='/1'>Parks</a> <a href='/2'>Libraries</a> and <a href='/3'>Roads</a></p>"
    result = run(article(extra_inside=sentence + links))
    assert find(result, "architect was chosen").kept
    assert find(result, "Libraries").verdict.reason == "link_list"


def test_a_linked_heading_over_a_section_of_prose_is_kept() -> None:
    entry = f"<h2><a href='/parks/riverside'>1. Riverside Park</a></h2><p>{PROSE2} {PROSE3}</p>"
    teaser = "<h2><a href='/other'>Another story</a></h2><p>A short blurb.</p>"
    result = run(article(extra_inside=entry + teaser))
    assert find(result, "1. Riverside Park").kept
    assert find(result, "Another story").verdict.reason == "link_heading"


def test_the_h1_repeating_the_title_is_the_title_even_below_a_teaser_that_repeats_it() -> None:
    teaser = "<div class='ticker'><h4>Council approves riverside park</h4></div>"
    html = article(before=teaser).replace(
        "<head></head>", "<head><title>Council approves riverside park</title></head>"
    )
    result = run(html)
    titles = [b for b in result.blocks if b.role == "title"]
    assert [b.path.split(".")[0].rsplit("/", 1)[-1] for b in titles] == ["h1"]
    assert PROSE in body(result)
    assert "Council approves riverside park" not in body(result)


def test_the_headline_is_the_title_when_it_differs_from_the_declared_title_in_punctuation() -> None:
    # a full-width colon in the headline, a plain one in the declared title
    html = page(
        f"<div class='story'><h1>動画：Council approves riverside park</h1><p>{PROSE}</p>"
        f"<p>{PROSE2}</p></div>",
        head="<title>動画:Council approves riverside park</title>",
    )
    result = run(html)
    assert find(result, "Council approves").role == "title"
    assert "Council approves" not in body(result)


@pytest.mark.parametrize(
    "marks", ["id='kommentarer'", "class='detail__komentar'", "class='commentaires'"]
)
def test_a_comment_section_named_in_another_language_is_furniture(marks: str) -> None:
    comments = (
        f"<section {marks}><h3>Kommentarer (2)</h3><ul><li><span>Bengt</span>"
        "<p>Typiskt. Man borde ha borrat ordentligt innan upphandlingen av bron.</p></li>"
        "<li><span>Maria S</span><p>Det hade r\u00e4ckt till tv\u00e5 nya f\u00f6rskolor i "
        "kommunen.</p></li></ul></section>"
    )
    result = run(article(after=comments))
    assert find(result, "Typiskt").verdict.reason == "comments"
    assert find(result, "The council approved").kept


def test_a_section_heading_whose_id_spells_its_text_is_kept_whatever_its_class() -> None:
    section = (
        "<h2 class='anchor anchorWithStickyNavbar_LWe7' id='riverside-plans'>Riverside plans"
        "<a href='#riverside-plans' class='hash-link'>\u200b</a></h2>"
    )
    menu = "<h2 class='anchor anchorWithStickyNavbar_LWe7' id='menu-2'>Riverside plans</h2>"
    kept = run(article(extra_inside=section))
    assert find(kept, "Riverside plans").kept
    removed = run(article(extra_inside=menu))
    assert find(removed, "Riverside plans").verdict.reason == "navigation"


def test_a_guestbook_is_comments() -> None:
    guestbook = (
        "<section id='guestbook' class='guestbook'><h3>Guestbook</h3>"
        "<div class='entry'><p>Dorothy was the first person to welcome us when we moved to the "
        "town in 1971, with a pan of rhubarb bars.</p></div></section>"
    )
    result = run(article(after=guestbook))
    assert find(result, "rhubarb bars").verdict.reason == "comments"


def test_an_encyclopedia_page_loses_its_infobox_navbox_and_categories() -> None:
    infobox = "<table class='infobox'><tr><th>Length</th><td>38 km (24 mi)</td></tr></table>"
    navbox = (
        "<table class='nowraplinks navbox-inner'><tr><th>Parks</th><td><a href='/a'>Riverside"
        "</a> \u00b7 <a href='/b'>Elm Green</a></td></tr></table>"
    )
    categories = "<div id='catlinks' class='catlinks'><p>Categories: Parks in the county</p></div>"
    result = run(article(before=infobox, after=navbox + categories))
    assert find(result, "38 km").verdict.reason == "sidebar"
    assert find(result, "Elm Green").verdict.reason == "navigation"
    assert find(result, "Categories:").verdict.reason == "tags"
    assert find(result, "The council approved").kept


def test_taxonomy_names_on_a_post_container_are_not_furniture_hints() -> None:
    # blog engines name the post's author, category and tag on its container
    post = "entry-author-jane_doe category-comments tag-related entry-type-post entry"
    story = f"<div class='{post}'><h1>Council approves riverside park</h1><p>{PROSE}</p></div>"
    sidebar = f"<div class='widget'><p>{PROSE2}</p><p>{PROSE3}</p></div>"
    result = run(page(story + sidebar))
    assert find(result, "The council approved").verdict.reason == "content"


def test_author_name_on_an_element_of_its_own_is_still_a_byline() -> None:
    byline = "<div class='entry-author-jane_doe'><p>Story by Jane Doe, city reporter</p></div>"
    result = run(article(extra_inside=byline))
    assert find(result, "Story by Jane Doe").verdict.reason == "byline"


def test_sidebar_of_long_teasers_after_a_short_article_is_not_the_article() -> None:
    # the column of teasers holds nearly all the page's prose, yet the post's paragraphs
    # stand between its headline and the column: the column is beside the article
    head = "<title>Council approves riverside park</title>"
    headline = "<h1>Council approves riverside park</h1>"
    post = f"<div class='post'>{headline}<p>{PROSE}</p><p>{PROSE2}</p></div>"
    teasers = "".join(
        f"<section><h3>Story {n}</h3><p>{PROSE3} {PROSE} {PROSE2}</p></section>" for n in range(8)
    )
    result = run(page(f"<div class='main'>{post}<aside>{teasers}</aside></div>", head))
    assert find(result, "Residents who spoke").verdict.reason == "content"
    assert find(result, "Story 3").verdict.reason == "aside"


def test_picture_post_is_read_rather_than_a_short_notice_away_from_its_headline() -> None:
    # the post has too little prose to win; the notice far below that does is no article
    head = "<title>Velvet and shine</title>"
    post = "<div class='post'><h2>Velvet and shine</h2><p>Photos from Paris</p></div>"
    menu = "".join(f"<li><a href='/{n}'>Archive page {n}</a></li>" for n in range(12))
    notice = (
        "<div><p>All photos on this site are shared under a licence, so you may use them.</p></div>"
    )
    result = run(page(f"{post}<ul>{menu}</ul>{notice}", head))
    assert find(result, "Photos from Paris").verdict.reason == "content"
    assert find(result, "All photos on this site").verdict.reason == "outside_main"


def test_author_bio_followed_by_a_table_of_counters_is_removed() -> None:
    head = "<meta name='author' content='Jane Doe'>"
    bio = "<p>Jane Doe is a freelance writer living in Leeds who covers city planning.</p>"
    rows = "".join(f"<tr><td><div>{n * 17}</div></td></tr>" for n in range(1, 9))
    table = f"<div><div>Most read</div><table>{rows}</table></div>"
    html = article().replace("<head>", "<head>" + head)
    html = html.replace("</p></div>", "</p>" + bio + table + "</div>")
    result = run(html)
    assert find(result, "Jane Doe is").verdict.reason == "author_bio"


def test_parts_a_streaming_server_sent_late_are_read_where_they_belong() -> None:
    """The shell holds empty templates with a fallback; the parts come hidden at the end of
    the document (a saved page without the scripts that move them)."""
    shell = (
        "<div class='story'><h1>Council approves riverside park</h1>"
        "<template id='B:0'></template><div>Loading paragraph...</div>"
        f"<p>{PROSE2}</p><template id='P:1'></template></div>"
        "<footer><p>About us</p><p>Contact</p></footer>"
    )
    parts = f"<div hidden id='S:0'><p>{PROSE}</p></div><div hidden id='S:1'><p>{PROSE3}</p></div>"
    result = run(page(shell + parts))
    assert [b.text for b in result.blocks if b.kept and b.role == "paragraph"] == [
        PROSE,
        "Loading paragraph...",  # the fallback: the boilerplate stage takes it
        PROSE2,
        PROSE3,
    ]
    cleaned = clean(page(shell + parts), kind="html")
    assert cleaned.body == "\n\n".join((PROSE, PROSE2, PROSE3))


def test_a_hidden_part_without_its_template_stays_hidden() -> None:
    stray = (
        "<div hidden id='S:7'><p>The mayor also announced a new bus route to the market, "
        "which will run every twenty minutes from the station from next month.</p></div>"
    )
    assert "bus route" not in body(run(article(after=stray)))


def test_a_comment_feature_wrapping_the_posts_whole_text_is_no_comment_section() -> None:
    """A "comment on selection" wrapper around all of a post's text, inside the element
    that names the article body, holds the article; a comment section is beside it."""
    post = (
        "<article><h1>Council approves riverside park</h1><div class='commentOnSelection'>"
        f"<p>{PROSE}</p><p>{PROSE2}</p><p>{PROSE3}</p></div></article>"
    )
    assert body(run(page(post))) == "\n".join((PROSE, PROSE2, PROSE3))


@pytest.mark.parametrize("name", ["datestamp", "dateline-box", "timestamp-updated"])
def test_a_date_glued_into_a_class_name_marks_a_dateline(name: str) -> None:
    dateline = f"<div class='{name}'>Updated 10 December 2012, 10:41 in Hong Kong</div>"
    result = run(article(extra_inside=dateline))
    assert find(result, "Updated 10 December").verdict.reason == "byline"


def test_a_video_playlist_above_the_story_is_not_the_article() -> None:
    items = "".join(
        f"<div class='video-resource'><div class='video-resource__headline'>{title}</div></div>"
        for title in ("Mayor speaks after the vote", "What the park will look like", "Ten days")
    )
    playlist = f"<div class='video-playlist'><div class='items'>{items}</div></div>"
    result = run(article(before="", extra_inside="").replace("<h1>", playlist + "<h1>", 1))
    assert find(result, "Mayor speaks").verdict.reason == "related"
    assert find(result, "The council approved").kept


def test_a_headings_permalink_mark_is_not_part_of_its_text() -> None:
    # "#" shown on hover, a pilcrow after the text, and a zero-width space holding an icon.
    html = (
        "<html><body><article><h1>Retry policies</h1>"
        '<h2 id="a"><a href="#a" aria-hidden="true">#</a>The problem</h2>'
        "<p>Every job that fails is retried three times, with a growing wait between tries, "
        "before it is moved to the dead-letter queue for a person to look at.</p>"
        '<h2 id="b">Partial indexes<a class="headerlink" href="#b">\u00b6</a></h2>'
        "<p>A partial index holds only the rows that match its condition, so it stays small "
        "and the planner can use it for the queries that filter on that condition.</p>"
        '<h2 id="c">Default behaviour<a class="hash-link" href="#c">\u200b</a></h2>'
        "<p>Without a policy of its own, a queue uses the default one, which waits ten seconds "
        "before the first retry and doubles the wait each time after that.</p>"
        "</article></body></html>"
    )
    article = clean(html, kind="html", options=replace(Options(), topic=False))
    texts = [b.text for b in article.kept_blocks]
    assert {"The problem", "Partial indexes", "Default behaviour"} <= set(texts)
