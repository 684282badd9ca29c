"""HTML extraction stage: a saved page in, its main-content blocks and metadata out.

This package is the only place that touches lxml.html and readability-lxml.
"""

from __future__ import annotations

from cleanarticle.extract.main import extract_html

__all__ = ["extract_html"]
