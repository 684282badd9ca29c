"""Boilerplate stage: judges UI strings, share bars, credits and site furniture among blocks."""

from __future__ import annotations

from cleanarticle.models import Block, Kind
from cleanarticle.options import Options


def judge(
    blocks: tuple[Block, ...], *, kind: Kind, language: str | None, options: Options
) -> tuple[Block, ...]:
    """Return the blocks with a boilerplate verdict on each kept block that is furniture."""
    return blocks
