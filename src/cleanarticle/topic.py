"""Topic-coherence stage: judges runs of blocks that belong to another story."""

from __future__ import annotations

from cleanarticle.models import Block
from cleanarticle.options import Options


def judge(
    blocks: tuple[Block, ...], *, title: str, language: str | None, options: Options
) -> tuple[Block, ...]:
    """Return the blocks with an ``off_topic`` verdict on each kept block of a foreign run."""
    return blocks
