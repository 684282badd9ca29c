"""The library API: clean() end to end, its result, and its independence from the CLI."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from cleanarticle import Article, CleanArticleError, Options, clean


def test_clean_text_returns_an_article_with_title_body_and_text() -> None:
    article = clean("Storm hits coast\n\nThe storm reached the coast at dawn, officials said.")
    assert isinstance(article, Article)
    assert article.kind == "text"
    assert article.title == "Storm hits coast"
    assert article.body == "The storm reached the coast at dawn, officials said."
    assert article.text == f"{article.title}\n\n{article.body}"


def test_clean_html_bytes_gives_metadata_and_body(fixtures: Path) -> None:
    article = clean((fixtures / "article.html").read_bytes(), url="https://example.com/ferry")
    assert article.kind == "html"
    assert article.title == "River town opens its first solar ferry"
    assert "solar-powered ferry" in article.body
    assert article.metadata.url == "https://example.com/ferry"
    assert article.metadata.author == "Maria Lindqvist"
    assert article.metadata.language == "en"


def test_markdown_text_and_hard_wrapped_text_are_cleaned_like_plain_text() -> None:
    paragraph = (
        "The storm reached the coast at dawn, officials said, and closed the harbour for the "
        "rest of the day while crews cleared fallen trees from the main coastal road."
    )
    plain = clean(f"Storm hits coast\n\nShare this article\n\n{paragraph}")
    markdown = clean(f"# Storm hits coast\n\n## Share this article\n\n{paragraph}")
    wrapped = clean("Storm hits coast\n\nShare this article\n\n" + textwrap.fill(paragraph, 48))
    assert plain.body == paragraph and plain.title == "Storm hits coast"
    assert (markdown.title, markdown.body) == (plain.title, plain.body)
    assert (wrapped.title, wrapped.body) == (plain.title, plain.body)


def test_every_block_has_a_verdict_and_to_dict_lists_them() -> None:
    article = clean("Title here\n\nFirst paragraph of the story.\n\nSecond paragraph of it.")
    data = article.to_dict()
    assert [b["kept"] for b in data["blocks"]] == [True, True, True]
    assert all({"step", "reason", "score"} <= set(b) for b in data["blocks"])


def test_kind_can_be_forced() -> None:
    article = clean("<p>Tags shown as text</p>", kind="text")
    assert (
        article.body == "<p>Tags shown as text</p>" or article.title == "<p>Tags shown as text</p>"
    )


def test_stages_can_be_switched_off_with_options() -> None:
    options = replace(Options(), boilerplate=False, topic=False)
    article = clean("Title\n\nShare Print Email\n\nBody sentence here.", options=options)
    assert "Share Print Email" in article.body


def test_errors_are_one_exception_family() -> None:
    with pytest.raises(CleanArticleError):
        clean(b"")
    with pytest.raises(CleanArticleError):
        clean(b"%PDF-1.4 binary")


def test_library_import_does_not_load_click_or_rich() -> None:
    code = (
        "import sys, cleanarticle; cleanarticle.clean('Title\\n\\nSome body text here.');"
        "print(any(m.split('.')[0] in ('click', 'rich') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


INDEX_PAGE = (
    "<html><head><title>Index</title></head><body><nav><a href='/a'>Home</a> "
    "<a href='/b'>World</a></nav><ul><li><a href='/1'>First story headline here</a></li>"
    "<li><a href='/2'>Second story headline here</a></li></ul>"
    "<footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>"
)


def test_a_page_without_article_text_says_so_in_a_note() -> None:
    article = clean(INDEX_PAGE, kind="html")
    assert article.body == ""
    assert any(note.startswith("No article text was found") for note in article.notes)
    assert article.to_dict()["notes"] == list(article.notes)
    assert not clean("Storm hits\n\nThe storm reached the coast at dawn, it was said.").notes
