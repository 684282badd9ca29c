"""Boilerplate stage: judges UI strings, share bars, credits and site furniture among blocks.

1. every kept block gets its :class:`~cleanarticle.boilerplate_rules.Facts` (words, function
   words, end punctuation), computed once;
2. the line rules name what furniture a block is (``ui_string``, ``share_bar``, ``newsletter``,
   ``cookie_notice``, ``credit``, ``copyright``, ``timestamp``, ``navigation``,
   ``advertisement``, ``related``), each with a score;
3. in HTML, where the extractor already chose the content, only confident findings count.
"""

from __future__ import annotations

from dataclasses import replace

from cleanarticle import language
from cleanarticle.boilerplate_rules import facts, first_finding
from cleanarticle.models import STEP_BOILERPLATE, Block, Kind, Verdict
from cleanarticle.options import Options


def judge(
    blocks: tuple[Block, ...], *, kind: Kind, language: str | None, options: Options
) -> tuple[Block, ...]:
    """Return the blocks with a boilerplate verdict on each kept block that is furniture."""
    stop = _stopwords(language)
    min_score = options.boilerplate_html_min_score if kind == "html" else 0.0
    judged: list[Block] = []
    for block in blocks:
        if block.kept:
            found = first_finding(facts(block.text, stop), options)
            if found is not None and found.score >= min_score:
                verdict = Verdict(
                    keep=False, step=STEP_BOILERPLATE, reason=found.reason, score=found.score
                )
                block = replace(block, verdict=verdict)
        judged.append(block)
    return tuple(judged)


def _stopwords(lang: str | None) -> frozenset[str]:
    return language.stopwords(lang)
