"""The second opinion's lighter page preparation leaves readability's article unchanged."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from readability import Document

from cleanarticle.extract.fallback import LeanReadability

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

STORY = " ".join(
    f"Paragraph {n} of the story tells, at some length and with commas, what the council "
    f"decided, why it decided so, and what the residents said about it afterwards."
    for n in range(1, 4)
)

TRICKY = f"""<html><head><title>Council</title><style>p {{ color: red }}</style>
<link rel="stylesheet" href="x.css"><script>var x = "<p>not text</p>";</script></head>
<body><div class="nav"><a href="javascript:void(0)" onclick="go()">Home</a></div>
<!-- a comment with <p>markup</p> --><?pi here?>
<div id="story"><h1>Council approves park</h1><p style="color: blue">{STORY}</p>
<p hidden>Hidden paragraph that a reader never sees, with commas, words and more words.</p>
<p style="display: none">Collapsed paragraph, also never seen, with commas and words.</p>
<p style="font-weight:bold; visibility:hidden !important">Invisible, with commas too.</p>
<image src="a.png"><p>{STORY}</p><script>document.write("late")</script>tail text</div>
<div class="footer">Copyright</div></body></html>"""


def readability_text(document: Document) -> str:
    summary = document.summary(html_partial=True)
    return " ".join(lxml.html.fragment_fromstring(summary).text_content().split())


@pytest.mark.parametrize(
    "html",
    [TRICKY, (FIXTURES / "article.html").read_text(encoding="utf-8")],
    ids=["tricky", "fixture"],
)
def test_lighter_preparation_gives_readabilitys_own_article(html: str) -> None:
    ours = readability_text(LeanReadability(html))
    assert ours == readability_text(Document(html))
    assert "not text" not in ours and "Hidden paragraph" not in ours
