"""The extractors compared on HTML pages: cleanarticle and its optional peers.

Each tool is a function ``(page) -> Output``. Peers are imported lazily; a peer that cannot
be imported is reported as unavailable and skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from benchmarks.data import Page


@dataclass(frozen=True)
class Output:
    """What a tool produced for one page (metadata only where the tool gives it)."""

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None


Tool = Callable[[Page], Output]


def cleanarticle_tool() -> Tool:
    from cleanarticle import clean

    def run(page: Page) -> Output:
        article = clean(page.raw, kind="html", url=page.url or None)
        meta = article.metadata
        return Output(article.body, article.title or None, meta.author, meta.date)

    return run


def trafilatura_tool(favor_precision: bool) -> Tool:
    import trafilatura

    def run(page: Page) -> Output:
        text = trafilatura.extract(
            page.html,
            url=page.url or None,
            include_comments=False,
            favor_precision=favor_precision,
        )
        return Output(text or "")

    return run


def trafilatura_metadata(page: Page) -> Output:
    """Title, author and date as trafilatura's ``extract_metadata`` finds them (untimed)."""
    from trafilatura.metadata import extract_metadata

    doc = extract_metadata(page.html, default_url=page.url or None)
    return Output("", doc.title, doc.author, doc.date)


BLOCK_TAGS = frozenset((
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "pre", "blockquote",
    "table", "tr", "td", "th", "dd", "dt", "dl", "br", "section", "article", "header",
    "footer", "figure", "figcaption", "aside", "nav",
))  # fmt: skip
SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def html_to_blocks(html: str) -> str:
    """Text of an HTML fragment with one line per block element, empty lines dropped."""
    import lxml.html

    if not html.strip():
        return ""
    root = lxml.html.fromstring(html)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in BLOCK_TAGS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    lines = (SPACES.sub(" ", line).strip() for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def readability_tool() -> Tool:
    from readability import Document

    def run(page: Page) -> Output:
        return Output(html_to_blocks(Document(page.html).summary(html_partial=True)))

    return run


def resiliparse_tool() -> Tool:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    def run(page: Page) -> Output:
        return Output(extract_plain_text(HTMLTree.parse(page.html), main_content=True))

    return run


JUSTEXT_LANGS = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "ru": "Russian", "pl": "Polish", "cs": "Czech",
    "sv": "Swedish", "da": "Danish", "no": "Norwegian_Bokmal", "nb": "Norwegian_Bokmal",
    "fi": "Finnish", "tr": "Turkish", "uk": "Ukrainian", "hu": "Hungarian", "ro": "Romanian",
    "el": "Greek", "sk": "Slovak", "bg": "Bulgarian", "hr": "Croatian", "id": "Indonesian",
}  # fmt: skip
HTML_LANG = re.compile(rb"<html[^>]*\blang\s*=\s*[\"']?([a-zA-Z]{2})", re.IGNORECASE)


def page_language(page: Page) -> str:
    """jusText stoplist name from the page's ``<html lang>`` attribute, English by default."""
    match = HTML_LANG.search(page.raw[:20000])
    code = match.group(1).decode("ascii").lower() if match else "en"
    return JUSTEXT_LANGS.get(code, "English")


def justext_tool() -> Tool:
    import justext

    def run(page: Page) -> Output:
        stoplist = justext.get_stoplist(page_language(page))
        paragraphs = justext.justext(page.html, stoplist)
        return Output("\n".join(p.text for p in paragraphs if not p.is_boilerplate))

    return run


FACTORIES: dict[str, Callable[[], Tool]] = {
    "cleanarticle": cleanarticle_tool,
    "trafilatura": lambda: trafilatura_tool(favor_precision=False),
    "trafilatura-precision": lambda: trafilatura_tool(favor_precision=True),
    "readability": readability_tool,
    "resiliparse": resiliparse_tool,
    "justext": justext_tool,
}


def load_tools(names: list[str]) -> tuple[dict[str, Tool], dict[str, str]]:
    """The requested tools that import, and a note for each one that does not."""
    tools: dict[str, Tool] = {}
    skipped: dict[str, str] = {}
    for name in names:
        if name not in FACTORIES:
            raise SystemExit(f"unknown tool {name!r}; known: {', '.join(FACTORIES)}")
        try:
            tools[name] = FACTORIES[name]()
        except ImportError as exc:
            skipped[name] = f"not importable ({exc})"
    return tools, skipped
