"""cleanarticle: the clean text of an article, from a saved page or from scraped text.

>>> from cleanarticle import clean
>>> article = clean("Big news today\n\nThe council approved the new park on Monday.")
>>> article.title
'Big news today'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cleanarticle.errors import CleanArticleError
from cleanarticle.models import Article, Block, Metadata, Verdict
from cleanarticle.options import Options

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    """``clean`` is imported on first use: a batch run's parent process, which only hands work
    to its workers, never imports the pipeline."""
    if name == "clean":
        from cleanarticle.pipeline import clean

        return clean
    raise AttributeError(f"module 'cleanarticle' has no attribute {name!r}")
