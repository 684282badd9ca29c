"""Page metadata: title, author, date, language and site, from what the page declares
(JSON-LD, OpenGraph and other meta tags) checked against what it shows (the headline, the
byline and date next to it, ``<time>`` elements).
"""

from __future__ import annotations

import re

from cleanarticle.extract.bylines import find_author
from cleanarticle.extract.dates import find_date
from cleanarticle.extract.dom import HtmlElement
from cleanarticle.extract.signals import clean_text, read_signals, texts_near
from cleanarticle.extract.titles import find_title, site_names
from cleanarticle.models import Metadata

__all__ = ["clean_text", "read_metadata"]


def read_metadata(root: HtmlElement, url: str | None) -> Metadata:
    """The metadata of the page rooted at ``root``."""
    signals = read_signals(root)
    meta = signals.meta
    title = find_title(root, signals, url)
    near = texts_near(title.heading)
    sites = site_names(signals, url)
    lang = root.get("lang") or meta.get("content-language") or meta.get("og:locale")
    return Metadata(
        url=url or meta.get("og:url"),
        title=title.text,
        author=find_author(root, signals, title.heading, near, sites, title.text),
        date=find_date(root, signals, url, near, title.heading),
        language=_language(lang),
        site=meta.get("og:site_name") or signals.ld_value("publisher", "name"),
        description=meta.get("og:description") or meta.get("description"),
    )


def _language(value: str | None) -> str | None:
    if not value:
        return None
    code = re.split(r"[-_]", value.strip())[0].lower()
    return code if 2 <= len(code) <= 3 and code.isalpha() else None
