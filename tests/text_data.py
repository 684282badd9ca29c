"""A short plain-text article and a helper, shared by the tests of the text rules."""

from __future__ import annotations

from dataclasses import replace

from cleanarticle import Options, clean

OPTS = replace(Options(), topic=False)

PARAGRAPH = (
    "The council voted on Monday to close the old library on the high street, and the books "
    "will move to the new building by the station before the end of the summer."
)
PARAGRAPH_2 = (
    "Residents who use the reading room every week said the walk to the station was too long "
    "for many of them, and a petition with two thousand names was handed in."
)


def removed(text: str) -> dict[str, str]:
    """Removed block text -> reason, after cleaning ``text`` as plain text (no topic stage)."""
    article = clean(text, kind="text", options=OPTS)
    return {b.text: b.verdict.reason for b in article.blocks if not b.kept}
