"""The page tree: parsing with bounds, tag classes, and what class/id names hint at.

Hints are general names used by most publishing systems ("comment", "share", "related",
"nav", "footer", ...), matched as whole words of the class and id attributes.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TypeAlias

from lxml import etree

HtmlElement: TypeAlias = etree._Element
# No table of ``id`` values is built (nothing looks elements up by id): parsing is faster.
# The encoding is that of the bytes the parsers are given (a string is read as it is).
PARSER = etree.HTMLParser(
    remove_comments=True, remove_pis=True, no_network=True, collect_ids=False, encoding="utf-8"
)
# For pages nested deeper than libxml2's default limit (256), which would otherwise lose
# everything past the limit; the walk itself is bounded by ``extract_max_depth``.
DEEP_PARSER = etree.HTMLParser(
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    huge_tree=True,
    collect_ids=False,
    encoding="utf-8",
)

# Elements whose content is never page text.
SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "title",
        "iframe",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "select",
        "option",
        "textarea",
        "button",
        "input",
        "map",
        "link",
        "meta",
        "source",
        "track",
        "picture",
        "img",
        "dialog",
    ]
)

# Elements that start a new text block.
BLOCK_TAGS = frozenset(
    [
        "html",
        "head",
        "body",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "nav",
        "aside",
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "dl",
        "li",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "figure",
        "figcaption",
        "form",
        "fieldset",
        "legend",
        "address",
        "center",
        "hr",
        "details",
        "summary",
        "menu",
        "hgroup",
    ]
)

# Inline elements merged into their parent's text before the walk (their names and
# attributes carry nothing the walk uses; fewer elements make the walk fast).
INLINE_TAGS = [
    "span",
    "b",
    "i",
    "em",
    "strong",
    "font",
    "small",
    "big",
    "u",
    "s",
    "strike",
    "sub",
    "sup",
    "abbr",
    "acronym",
    "cite",
    "q",
    "time",
    "label",
    "mark",
    "ins",
    "del",
    "tt",
    "kbd",
    "var",
    "dfn",
    "bdi",
    "bdo",
    "nobr",
    "data",
    "output",
    "code",
]

HEADING_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])

# Structural tags that are furniture wherever they appear, with the reason code they give.
FURNITURE_TAGS: dict[str, str] = {
    "nav": "navigation",
    "aside": "aside",
    "form": "form",
    "footer": "footer",
    "menu": "navigation",
}

# Class/id words that mark a subtree as something other than the article, with the reason.
# ("nocontent" is the class site-search engines are told to skip: not the page's content.)
HINT_WORDS: dict[str, str] = {}
for _reason, _names in {
    "comments": "comment comments commentlist disqus respond replies reply discussion "
    "kommentare kommentarer komentar komentarze komentare commentaires comentarios commenti "
    "reacties yorumlar guestbook",
    "navigation": "nav navbar navigation menu breadcrumb breadcrumbs pagination pager skip "
    "topbar masthead navbox",
    "share": "share shares sharing social sharebar addthis sharethis socials",
    "related": "related recommended recommendations recirc popular trending mostread "
    "outbrain taboola morestories playlist",
    "newsletter": "newsletter subscribe subscription signup promo optin",
    "advertising": "ad ads advert adverts advertisement advertising sponsor sponsored dfp banner "
    "adslot adunit deal deals affiliate fundraising",
    "footer": "footer copyright",
    "sidebar": "sidebar rail nocontent infobox",
    "byline": "byline author authors dateline timestamp date time posted meta postmeta "
    "entrymeta published",
    "caption": "caption credit credits figcaption bildunterschrift unterschrift bildtext legende "
    "legenda leyenda didascalia bijschrift fotobijschrift",
    "author_bio": "bio bios biography authorbio authorbox aboutauthor abouttheauthor postauthor "
    "authorinfo authorprofile",
    "cookie": "cookie cookies consent gdpr",
    "tags": "tags taglist tagcloud keywords catlinks",
    "modal": "modal popup lightbox",
}.items():
    for _word in _names.split():
        HINT_WORDS[_word] = _reason

# Prefixes that carry the same meaning when glued to other words ("sharetools", "commentform").
HINT_PREFIXES: dict[str, str] = {
    "comment": "comments",
    "share": "share",
    "social": "share",
    "related": "related",
    "newsletter": "newsletter",
    "subscri": "newsletter",
    "advert": "advertising",
    "sponsor": "advertising",
    "breadcrumb": "navigation",
    "sidebar": "sidebar",
    "cookie": "cookie",
    "byline": "byline",
    "date": "byline",
    "timestamp": "byline",
}
HINT_PREFIX_RE = re.compile("(" + "|".join(HINT_PREFIXES) + ")")
HINT_PREFIX_START = re.compile("(?:^| )(?:" + "|".join(HINT_PREFIXES) + ")")
"""A word that starts with a hint prefix, among words joined by spaces."""

POSITIVE_WORDS = frozenset(
    [
        "article",
        "articlebody",
        "body",
        "content",
        "entry",
        "entrycontent",
        "main",
        "post",
        "postbody",
        "postcontent",
        "story",
        "storybody",
        "text",
        "blog",
        "news",
    ]
)

# Whole class names (not words of them) of elements that are not displayed.
HIDDEN_CLASSES = frozenset(
    [
        "hidden",
        "hide",
        "sr-only",
        "visually-hidden",
        "visuallyhidden",
        "screen-reader-text",
        "d-none",
        "invisible",
        "is-hidden",
        "u-hidden",
        "text-hide",
        "hide-text",
        "element-invisible",
        "assistive-text",
        "show-for-sr",
        "screenreader-only",
        "visually-hidden-focusable",
    ]
)

POST_MARK = re.compile(r"(?:^|\s)(?:hentry|(?:entry-)?type-post|status-publish)(?=\s|$)")
"""A class name that blog engines put on a post's own container (with its taxonomy names)."""
POST_WORDS = ("hentry", "type-post", "status-publish")
"""What every :data:`POST_MARK` holds: looked for first, as most class strings hold none (a
substring is found far faster than the pattern, which is tried at every position)."""
TAXONOMY_NAME = re.compile(r"(?:entry-)?(?:author|category|tag)-", re.IGNORECASE)
"""A taxonomy name of a post: its author, category or tag, by the engine's prefix."""

WORD_RE = re.compile(r"[a-z0-9]+")
CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Wrapper tags dropped from pages nested beyond even the huge-tree limit (2048).
WRAPPER_TAGS = re.compile(r"</?(?:div|span|section|font|center)\b[^>]*>", re.IGNORECASE)
DISPLAY_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def parse(html: str, *, max_chars: int, utf8: bytes | None = None) -> HtmlElement | None:
    """The page's root element, or ``None`` when nothing can be parsed. Pages longer than
    ``max_chars`` are cut there first, so one page's work stays bounded.

    ``utf8`` is the exact UTF-8 encoding of ``html``, when the reader has it: libxml2 reads
    those bytes as they are, while a string reaches it in Python's own form (two bytes a
    character on most pages), to be converted to UTF-8 first.
    """
    if len(html) > max_chars:
        html, utf8 = html[:max_chars], None
    start, end = _markup_bounds(html)
    if start >= end:
        return None
    source = _slice(html, utf8, start, end)
    try:
        root = etree.fromstring(source, PARSER)
        if _too_deep(PARSER):
            root = etree.fromstring(source, DEEP_PARSER)
            if _too_deep(DEEP_PARSER):
                root = etree.fromstring(WRAPPER_TAGS.sub(" ", html[start:end]), DEEP_PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    return root if root is not None and isinstance(root.tag, str) else None


def _markup_bounds(html: str) -> tuple[int, int]:
    """Where the markup of a page starts and ends: space around it left out, and an XML
    declaration before it (lxml refuses a string that declares an encoding)."""
    start = len(html) - len(html.lstrip())
    end = len(html.rstrip())
    if start < end and html.startswith("<?xml", start):
        close = html.find("?>", start, end)
        start = close + 2 if close != -1 else start + 1  # (one never closed loses its "<")
    return start, end


def _slice(html: str, utf8: bytes | None, start: int, end: int) -> str | bytes:
    """``html[start:end]``, as bytes of ``utf8`` when the characters left out are all ASCII
    (one byte each, so the character positions are byte positions)."""
    if utf8 is None or not (html[:start].isascii() and html[end:].isascii()):
        return html[start:end]
    return utf8[start : len(utf8) - (len(html) - end)]


def _too_deep(parser: etree.HTMLParser) -> bool:
    """Whether the last parse stopped at the parser's nesting limit."""
    return any("depth" in str(error.message) for error in parser.error_log)


def text_of(element: HtmlElement) -> str:
    """The element's text, whitespace-normalised."""
    return " ".join("".join(element.itertext()).split())


def _words(name: str) -> list[str]:
    """The words of one class/id name: camelCase and separators split, lower-cased, and the
    glued form of a multi-word name as well ("article-body" also gives "articlebody")."""
    if not name.islower():
        name = CAMEL.sub(" ", name).lower()
    parts = WORD_RE.findall(name)
    if len(parts) > 1:
        parts.append("".join(parts))
    return parts


def _hint_of(words: list[str]) -> str | None:
    """The furniture reason of the first word that hints at one, or ``None``."""
    if HINT_WORDS.keys().isdisjoint(words) and not HINT_PREFIX_START.search(" ".join(words)):
        return None  # most names: no word hints, found without a test per word
    for word in (words[-1], *words[:-1]):  # the glued form first: "author-box" is a bio
        reason = HINT_WORDS.get(word)
        if reason:
            return reason
        match = HINT_PREFIX_RE.match(word)
        if match:
            return HINT_PREFIXES[match.group(1)]
    return None


@lru_cache(maxsize=16384)
def _name_marks(name: str) -> tuple[str | None, bool, bool]:
    """What one class or id name says (see :func:`classify`); names recur across a site's
    pages and strings, so each is read once."""
    words = _words(name)
    positive = not POSITIVE_WORDS.isdisjoint(words)
    return _hint_of(words), positive, name.lower() in HIDDEN_CLASSES


def is_hidden(element: HtmlElement) -> bool:
    """Whether the element is marked as not displayed by attribute or inline style (hidden
    class names are part of :func:`classify`)."""
    return _hidden_by(element.tag, element.get("hidden") is not None, element.get("style"))


def _hidden_by(tag: str, hidden_attribute: bool, style: str | None) -> bool:
    """Whether a ``hidden`` attribute (not on ``html`` or ``body``) or an inline style hides
    an element."""
    if hidden_attribute:
        return tag not in ("html", "body")
    return style is not None and DISPLAY_NONE.search(style) is not None


@lru_cache(maxsize=8192)
def classify(names: str) -> tuple[str | None, bool, bool]:
    """What a class/id string says: (furniture reason of its first name that hints at one,
    or None; a name names the article body; a whole name names a hidden element).

    On a post's own container, the names a blog engine writes for the post's taxonomy
    ("entry-author-jane", "category-comments", "tag-related") say nothing of furniture."""
    hint: str | None = None
    positive = hidden = False
    post = any(word in names for word in POST_WORDS) and POST_MARK.search(names) is not None
    for name in names.split():
        name_hint, name_positive, name_hidden = _name_marks(name)
        if post and name_hint and TAXONOMY_NAME.match(name):
            name_hint = None
        hint = hint or name_hint
        positive = positive or name_positive
        hidden = hidden or name_hidden
    return hint, positive, hidden


ARTICLE_TAGS = frozenset(("article", "main"))


def marks_of(element: HtmlElement, tag: str) -> tuple[str | None, bool, bool]:
    """What a block-level element says of itself, its attributes read at once: (furniture
    reason its class/id hints at, names the article body by tag, class/id or ``itemprop``,
    not displayed by class, ``hidden`` attribute or inline style)."""
    items = element.items()
    if not items:
        return None, tag in ARTICLE_TAGS, False
    return marks_of_attributes(items, tag)


def marks_of_attributes(items: list[tuple[str, str]], tag: str) -> tuple[str | None, bool, bool]:
    """:func:`marks_of` for an element with these attributes (at least one)."""
    if len(items) == 1 and items[0][0] == "class":  # most elements: only a class
        hint, positive, hidden = classify(items[0][1])
        return hint, positive or tag in ARTICLE_TAGS, hidden
    attrs = dict(items)
    cls = attrs.get("class")
    ident = attrs.get("id")
    names = f"{cls} {ident}" if cls and ident else cls or ident or ""
    hint, positive, hidden = classify(names)
    if not positive:
        positive = tag in ARTICLE_TAGS or attrs.get("itemprop") == "articleBody"
    if not hidden:
        hidden = _hidden_by(tag, "hidden" in attrs, attrs.get("style"))
    return hint, positive, hidden
