"""Boilerplate stage: judges UI strings, share bars, credits and site furniture among blocks.

1. every kept block gets its :class:`~cleanarticle.boilerplate_rules.Facts` (words, function
   words, end punctuation), computed once;
2. line rules name what furniture a block is (``ui_string``, ``share_bar``, ``newsletter``,
   ``cookie_notice``, ``credit``, ``copyright``, ``timestamp``, ``navigation``,
   ``advertisement``, ``related``), each with a score;
3. in text, region rules find page furniture from the shape of the page: menu runs, a long
   head of short lines before the article, a long tail of teaser links after it
   (:mod:`cleanarticle.boilerplate_regions`);
4. in HTML, where the extractor already chose the content, only confident line findings count.
"""

from __future__ import annotations

from dataclasses import replace

from cleanarticle import boilerplate_comments as comments
from cleanarticle import boilerplate_regions as regions
from cleanarticle import language
from cleanarticle.boilerplate_rules import Facts, Finding, facts, first_finding
from cleanarticle.models import STEP_BOILERPLATE, Block, Kind, Verdict
from cleanarticle.options import Options


def judge(
    blocks: tuple[Block, ...], *, kind: Kind, language: str | None, options: Options
) -> tuple[Block, ...]:
    """Return the blocks with a boilerplate verdict on each kept block that is furniture."""
    stop = _stopwords(language)
    min_score = options.boilerplate_html_min_score if kind == "html" else 0.0
    findings: dict[int, Finding] = {}
    kept: list[tuple[int, Facts]] = []
    for i, block in enumerate(blocks):
        if not block.kept:
            continue
        block_facts = facts(block.text, stop)
        kept.append((i, block_facts))
        found = first_finding(block_facts, options)
        if found is not None and found.score >= min_score:
            findings[i] = found
    if kind == "text" and kept:
        findings.update(_region_findings(kept, dict(findings), options))
    return tuple(_removed(b, findings[i]) if i in findings else b for i, b in enumerate(blocks))


def _region_findings(
    kept: list[tuple[int, Facts]], removed: dict[int, Finding], options: Options
) -> dict[int, Finding]:
    """Region rules over the kept blocks, knowing which ones line rules removed. A comment
    section is cut first; the page above it is then read for its furniture."""
    positions = [i for i, _ in kept]
    facts_list = [f for _, f in kept]
    found = comments.comment_section(facts_list, options)
    if found:
        facts_list = facts_list[: min(found)]
    flagged = [i in removed for i in positions[: len(facts_list)]]
    prose = [not x and regions.is_prose(f, options) for f, x in zip(facts_list, flagged)]
    found.update(regions.menu_runs(facts_list, flagged, options))
    zones = regions.furnished_zones(facts_list, flagged, prose, options)
    found.update(regions.furniture_runs(facts_list, flagged, zones))
    breaks = [
        i in removed and removed[i].reason in regions.SECTION_BREAKS
        for i in positions[: len(facts_list)]
    ]
    found.update(regions.outside_article(facts_list, flagged, breaks, prose, zones, options))
    return {positions[p]: finding for p, finding in found.items() if positions[p] not in removed}


def _removed(block: Block, found: Finding) -> Block:
    verdict = Verdict(keep=False, step=STEP_BOILERPLATE, reason=found.reason, score=found.score)
    return replace(block, verdict=verdict)


def _stopwords(lang: str | None) -> frozenset[str]:
    return language.stopwords(lang)
