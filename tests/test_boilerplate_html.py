"""Furniture the HTML extractor kept, judged from its place in the article
(:mod:`cleanarticle.boilerplate_html`)."""

from __future__ import annotations

from dataclasses import replace

from cleanarticle import Options, clean
from cleanarticle.boilerplate import judge
from cleanarticle.models import Block, Verdict

OPTS = replace(Options(), topic=False)
PROSE = (
    "<p>The minister said on Tuesday that the talks would continue next week, and that both "
    "sides had agreed to keep the details of the proposal private until then.</p>"
    "<p>Officials from the two countries have met three times this year, and the next round "
    "is expected to focus on trade and on the border crossings that were closed in May.</p>"
)
PARAGRAPH = (
    "The minister said on Tuesday that the talks would continue next week, and that both "
    "sides had agreed to keep the details of the proposal private until then."
)


def page(body: str) -> str:
    return (
        f"<html><body><article><h1>Talks to continue next week</h1>{body}</article></body></html>"
    )


def removed(html: str) -> dict[str, str]:
    article = clean(html, kind="html", options=OPTS)
    return {b.text: b.verdict.reason for b in article.blocks if not b.kept}


def test_a_weak_finding_below_the_last_paragraph_goes() -> None:
    gone = removed(page(PROSE + "<p>Share this on:</p><h2>Join Our Newsletter</h2>"))
    assert gone == {"Share this on:": "share_bar", "Join Our Newsletter": "newsletter"}


def test_the_same_weak_finding_between_paragraphs_stays() -> None:
    first, second = PROSE.split("</p>", 1)
    html = page(first + "</p><h2>Join Our Newsletter</h2>" + second)
    assert "Join Our Newsletter" not in removed(html)


def test_a_paywall_box_between_paragraphs_goes_with_its_heading_and_log_in_line() -> None:
    first, second = PROSE.split("</p>", 1)
    box = (
        "<h3>Continue reading for free</h3>"
        "<p>You\u2019ve read 2 of 3 free stories this month. Create a free account or log in to "
        "keep reading, or subscribe for unlimited access.</p>"
        "<p class='buttons'><a href='/register'>Sign up for free</a> <a href='/s'>Subscribe</a></p>"
        "<p>Already have an account? Log in</p>"
    )
    gone = removed(page(first + "</p>" + box + second))
    assert gone["Continue reading for free"] == "ui_string"
    assert gone["Already have an account? Log in"] == "ui_string"
    assert gone["Sign up for free Subscribe"] == "link_list"
    assert not any(text.startswith(("The minister", "Officials")) for text in gone)


def test_a_weak_finding_beside_a_sure_finding_of_another_kind_stays() -> None:
    first, second = PROSE.split("</p>", 1)
    html = page(first + "</p><p>Advertisement</p><h2>Join Our Newsletter</h2>" + second)
    assert "Join Our Newsletter" not in removed(html)


def test_a_weak_finding_the_article_repeats_goes() -> None:
    first, second = PROSE.split("</p>", 1)
    html = page("<p>Loading paragraph...</p>" + first + "</p><p>Loading paragraph...</p>" + second)
    assert removed(html) == {"Loading paragraph...": "status_message"}


def test_a_byline_above_the_story_is_not_taken_for_furniture() -> None:
    assert "By Jane Doe" not in removed(page("<p>By Jane Doe</p>" + PROSE))


def test_a_heading_whose_links_were_removed_goes() -> None:
    links = (
        "<ul><li><a href='/a'>First story title here</a></li>"
        "<li><a href='/b'>Second story</a></li></ul>"
    )
    html = page(PROSE + "<h2>Elsewhere this week</h2>" + links)
    assert removed(html)["Elsewhere this week"] == "orphan_heading"


def test_a_heading_above_subheadings_and_text_is_kept() -> None:
    html = page("<h2>Background</h2><h3>The first round</h3>" + PROSE)
    assert removed(html) == {}


def test_a_heading_above_all_text_is_kept() -> None:
    blocks = (
        Block(index=0, text="Talks go on", role="title"),
        Block(index=1, text="Why the talks matter", role="heading", path="div/h2"),
        Block(
            index=2,
            text="Menu",
            role="list_item",
            verdict=Verdict(keep=False, step="extract", reason="link_list"),
        ),
        Block(index=3, text="The next part", role="heading", path="div/h2"),
        Block(index=4, text=PARAGRAPH),
    )
    judged = judge(blocks, kind="html", language="en", options=OPTS)
    assert [b.kept for b in judged] == [True, True, False, True, True]


def test_a_heading_that_ends_the_article_goes() -> None:
    blocks = (
        Block(index=0, text=PARAGRAPH),
        Block(index=1, text="Our picks", role="heading", path="div/h3"),
    )
    judged = judge(blocks, kind="html", language="en", options=OPTS)
    assert judged[1].verdict.reason == "orphan_heading"


LONG_1 = (
    "The council voted on Monday to close the old bridge for repairs, and the work is "
    "expected to take most of the summer according to the engineers who inspected it."
)
LONG_2 = (
    "Drivers will be sent along the river road instead, which the council says adds about "
    "ten minutes to the trip between the two halves of the town during the busiest hours."
)


def test_a_second_copy_of_the_article_goes() -> None:
    copy = f"<p>{LONG_1}</p><p>{LONG_2}</p>"
    html = page(copy + "<p>Read the whole story below.</p>" + copy)
    article = clean(html, kind="html", options=OPTS)
    assert article.body.count(LONG_1) == 1
    assert [b.verdict.reason for b in article.blocks if not b.kept] == ["duplicate", "duplicate"]


def test_a_repeated_item_of_a_plan_stays() -> None:
    item = f"<h3>Morning</h3><p>{LONG_1}</p>"
    html = page(item + f"<p>{LONG_2}</p>" + item + "<p>Rest on the second day.</p>")
    assert clean(html, kind="html", options=OPTS).body.count(LONG_1) == 2


def _removed_block(index: int) -> Block:
    return Block(
        index=index,
        text=f"Menu entry {index}",
        role="list_item",
        verdict=Verdict(keep=False, step="extract", reason="navigation"),
    )


def test_a_small_tail_beyond_a_wide_gap_goes_when_it_holds_furniture() -> None:
    story = [Block(index=i, text=f"{PARAGRAPH} ({i})") for i in range(6)]
    gap = [_removed_block(i) for i in range(6, 12)]
    tail = [
        Block(index=12, text="Share this on:"),
        Block(
            index=13, text="Readers who liked this story also read our guide to the border towns."
        ),
    ]
    judged = judge(tuple(story + gap + tail), kind="html", language="en", options=OPTS)
    assert [b.verdict.reason for b in judged[12:]] == ["detached_tail", "detached_tail"]
    assert all(b.kept for b in judged[:6])


def test_a_tail_without_furniture_stays() -> None:
    story = [Block(index=i, text=f"{PARAGRAPH} ({i})") for i in range(6)]
    gap = [_removed_block(i) for i in range(6, 12)]
    tail = [Block(index=12, text="The minister will speak again on Friday, officials said.")]
    judged = judge(tuple(story + gap + tail), kind="html", language="en", options=OPTS)
    assert judged[12].kept


def test_a_block_marked_as_furniture_by_its_class_goes_below_the_headline() -> None:
    teaser = "A look at how the harbour grew over two centuries."
    html = page(PROSE + f'<p class="post-excerpt">{teaser}</p>')
    assert removed(html) == {teaser: "marked_furniture"}


def test_a_class_word_inside_another_word_is_not_a_mark() -> None:
    html = page(PROSE + '<p class="authority">The port authority will publish its figures.</p>')
    assert removed(html) == {}


def test_class_words_are_read_in_camel_case() -> None:
    teaser = "A look at how the harbour grew over two centuries."
    html = page(PROSE + f'<p class="cardExcerpt">{teaser}</p>')
    assert removed(html) == {teaser: "marked_furniture"}


COMMENTS = (
    "<h2>Comments</h2>"
    "<p>Great piece, thanks for writing it up so clearly.</p>"
    "<p class='posted'>Posted by: Ann | Mar 26, 2007 2:00 PM</p>"
    "<p>I think the talks will fail again, as they did last year.</p>"
    "<p class='posted'>Posted by: Bob | Mar 26, 2007 2:14 PM</p>"
)


def test_a_comment_section_in_the_article_goes_from_its_header() -> None:
    gone = removed(page(PROSE + COMMENTS))
    assert gone["Comments"] == "comments"
    assert gone["Great piece, thanks for writing it up so clearly."] == "comments"
    assert gone["I think the talks will fail again, as they did last year."] == "comments"
    assert PARAGRAPH not in gone


def test_a_discussion_section_without_signatures_stays() -> None:
    section = (
        "<h2>Discussion</h2><p>The results suggest that the trade talks matter more to the "
        "smaller country, which depends on the border crossings for most of its exports.</p>"
    )
    assert removed(page(PROSE + section)) == {}


def test_a_comment_header_above_the_article_cuts_nothing() -> None:
    html = page("<h2>2 comments</h2><p class='posted'>Posted by: Ann | 2:00 PM</p>"
                "<p class='posted'>Posted by: Bob | 2:14 PM</p>" + PROSE)  # fmt: skip
    assert PARAGRAPH not in removed(html)


def test_signatures_under_comments_of_many_paragraphs_prove_the_header() -> None:
    reply = "".join(
        f"<div>Point {i} of a long reply: the talks matter more to the smaller country.</div>"
        for i in range(1, 9)
    )
    signed = (
        f"<h3>COMMENTS</h3>{reply}"
        "<p class='foot'>posted on Thursday, October 25, 2012 at 2:11 AM by Shachar Levy</p>"
        f"{reply}"
        "<p class='foot'>posted on Thursday, October 25, 2012 at 8:13 AM by Jon Nugent</p>"
    )
    gone = removed(page(PROSE + signed))
    assert gone["COMMENTS"] == "comments"
    assert PARAGRAPH not in gone


def test_a_comment_header_proven_by_long_dated_signatures_goes() -> None:
    signed = (
        "<h3>COMMENTS</h3><div>Thank you so much for this piece, it helped me a lot.</div>"
        "<p class='foot'>posted on Thursday, October 25, 2012 at 2:11 AM by Shachar Levy</p>"
        "<div>Great post, I find it very important to keep talking about this.</div>"
        "<p class='foot'>posted on Thursday, October 25, 2012 at 8:13 AM by Jon Nugent</p>"
    )
    gone = removed(page(PROSE + signed))
    assert gone["COMMENTS"] == "comments"
    assert gone["Thank you so much for this piece, it helped me a lot."] == "comments"
    assert PARAGRAPH not in gone
