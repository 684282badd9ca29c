"""Main-content extraction: readability-lxml picks the article, blocks are read from its tree."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree
from readability import Document as ReadabilityDocument

from cleanarticle.models import Block, Extraction, Metadata, Role
from cleanarticle.options import Options

SPACES = re.compile(r"\s+")
BLOCK_ROLES: dict[str, Role] = {
    "p": "paragraph",
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "li": "list_item",
    "blockquote": "quote",
    "pre": "code",
    "tr": "table",
    "figcaption": "caption",
    "dd": "paragraph",
    "dt": "paragraph",
}


def extract_html(html: str, *, url: str | None, options: Options) -> Extraction:
    """Extract the main content of ``html`` as blocks, with the page's metadata."""
    metadata = _metadata(html, url)
    summary = ReadabilityDocument(html, url=url).summary(html_partial=True)
    blocks = tuple(_blocks(summary))
    return Extraction(blocks=blocks, metadata=metadata)


def _blocks(fragment: str) -> list[Block]:
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    blocks: list[Block] = []
    for element in root.iter(*BLOCK_ROLES, "div"):
        if element.tag == "div" and any(child.tag in BLOCK_ROLES for child in element.iter()):
            continue
        if any(anc.tag in BLOCK_ROLES for anc in element.iterancestors()):
            continue
        text = SPACES.sub(" ", element.text_content()).strip()
        if text:
            role = BLOCK_ROLES.get(str(element.tag), "paragraph")
            blocks.append(Block(index=len(blocks), text=text, role=role, path=str(element.tag)))
    return blocks


def _metadata(html: str, url: str | None) -> Metadata:
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return Metadata(url=url)
    title = _first(tree, "//meta[@property='og:title']/@content", "//title/text()")
    author = _first(tree, "//meta[@name='author']/@content")
    date = _first(tree, "//meta[@property='article:published_time']/@content")
    lang = _first(tree, "/html/@lang")
    site = _first(tree, "//meta[@property='og:site_name']/@content")
    return Metadata(
        url=url,
        title=title,
        author=author,
        date=date,
        language=lang.split("-")[0].lower() if lang else None,
        site=site,
    )


def _first(tree: lxml.html.HtmlElement, *paths: str) -> str | None:
    for path in paths:
        for value in tree.xpath(path):
            text = SPACES.sub(" ", str(value)).strip()
            if text:
                return text
    return None
