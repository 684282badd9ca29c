"""cleanarticle: the clean text of an article, from a saved page or from scraped text.

>>> from cleanarticle import clean
>>> article = clean("Big news today\n\nThe council approved the new park on Monday.")
>>> article.title
'Big news today'
"""

from __future__ import annotations

from cleanarticle.errors import CleanArticleError
from cleanarticle.models import Article, Block, Metadata, Verdict
from cleanarticle.options import Options
from cleanarticle.pipeline import clean

__all__ = [
    "Article",
    "Block",
    "CleanArticleError",
    "Metadata",
    "Options",
    "Verdict",
    "__version__",
    "clean",
]

__version__ = "1.0.0"
