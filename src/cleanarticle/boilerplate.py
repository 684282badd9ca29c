"""Boilerplate stage: judges UI strings, share bars, credits and site furniture among blocks.

1. every kept block gets its :class:`~cleanarticle.boilerplate_facts.Facts` (words, function
   words, end punctuation), computed once (a short line's, and its line rules' verdict, once
   per run: :mod:`cleanarticle.boilerplate_memo`);
2. line rules name what furniture a block is (``ui_string``, ``button``, ``share_bar``,
   ``newsletter``, ``cookie_notice``, ``credit``, ``copyright``, ``timestamp``, ``navigation``,
   ``advertisement``, ``related``, ``paywall``, ``follow_prompt``, ``name_list``, ...), each
   with a score (:mod:`cleanarticle.boilerplate_rules`, ``_buttons``, ``_consent``,
   ``_newsletter``, ``_dates``, ``_notices``, ``_promos``; Chinese, Japanese and Korean
   furniture, whose words no spaces separate, in ``_east_asian``); a line of pieces between
   separators, each known on its own, is furniture too
   (:mod:`cleanarticle.boilerplate_segments`);
3. in text, a second copy of the article goes (:mod:`cleanarticle.boilerplate_copies`); a
   comment section (header proven by signatures below it) is cut
   (:mod:`cleanarticle.boilerplate_comments`), or the bare replies below a comment count
   (:mod:`cleanarticle.boilerplate_replies`), or bare readers' reactions after the article
   ("Great post, thanks for sharing!", :mod:`cleanarticle.boilerplate_reactions`); region
   rules then find furniture from the shape of the page: menu runs, long zones of links and
   footer lines
   (:mod:`cleanarticle.boilerplate_regions`), in page dumps everything around the article
   (:mod:`cleanarticle.boilerplate_page`), lone buttons whose words the document never
   uses elsewhere, and UI lines above the first or below the last paragraph
   (:mod:`cleanarticle.boilerplate_context`); the author's bio at the end goes too
   (:mod:`cleanarticle.boilerplate_bio`), and the name or date printed under a removed
   metadata label or byline (:mod:`cleanarticle.boilerplate_values`), and pictures' captions
   closed by their credits where the text holds several (:mod:`cleanarticle.boilerplate_captions`);
4. in HTML, where the extractor already chose the content, only confident line findings count
   alone, and region rules are not run; weaker findings count where the block's place in the
   article confirms them, and headings left with nothing under them go too
   (:mod:`cleanarticle.boilerplate_html`); the author's bio at the end goes as in text;
5. last, among the blocks still kept, runs of bare numbers counting up ("1", "2", "3"), a
   pager's place ("Page 1 of 8") and a table of contents (its heading and the section titles
   under it) are navigation (:mod:`cleanarticle.boilerplate_counters`,
   :mod:`cleanarticle.boilerplate_contents`), and a line printed three times or more in a row
   keeps its first copy (:func:`cleanarticle.boilerplate_copies.stutters`).
"""

from __future__ import annotations

from dataclasses import replace

from cleanarticle import boilerplate_bio as bio
from cleanarticle import boilerplate_captions as captions
from cleanarticle import boilerplate_comments as comments
from cleanarticle import boilerplate_context as context
from cleanarticle import boilerplate_copies as copies
from cleanarticle import boilerplate_html as html_rules
from cleanarticle import boilerplate_page as page_dump
from cleanarticle import boilerplate_reactions as reactions
from cleanarticle import boilerplate_regions as regions
from cleanarticle import boilerplate_replies as replies
from cleanarticle import boilerplate_tail as tail
from cleanarticle import boilerplate_values as values
from cleanarticle import language
from cleanarticle.boilerplate_contents import contents_tables
from cleanarticle.boilerplate_counters import counters
from cleanarticle.boilerplate_facts import undecorated
from cleanarticle.boilerplate_memo import judged_line
from cleanarticle.boilerplate_rules import Facts, Finding, facts
from cleanarticle.boilerplate_segments import line_finding
from cleanarticle.models import LIST_MARK, STEP_BOILERPLATE, Block, Kind, Verdict
from cleanarticle.options import Options


def judge(
    blocks: tuple[Block, ...], *, kind: Kind, language: str | None, options: Options
) -> tuple[Block, ...]:
    """Return the blocks with a boilerplate verdict on each kept block that is furniture."""
    stop = _stopwords(language)
    min_score = options.boilerplate_html_min_score if kind == "html" else 0.0
    findings: dict[int, Finding] = {}
    kept: list[tuple[int, Facts]] = []
    weak: list[html_rules.KeptBlock] = []
    for i, block in enumerate(blocks):
        if not block.kept:
            continue
        text = undecorated(_unlisted(blocks, i) if kind == "text" else block.text)
        block_facts, found = judged_line(text, stop, options)
        kept.append((i, block_facts))
        if found is not None and found.score >= min_score:
            findings[i] = found
        if kind == "html" and block.role != "title":
            weak.append(html_rules.KeptBlock(i, block, block_facts, found))
    options = _for_document([f for _, f in kept], options)
    if kind == "text" and kept:
        findings.update(_region_findings(kept, dict(findings), stop, options))
        findings.update(_orphaned_items(blocks, findings, stop, min_score, options))
    still = [f for _, f in kept]
    if weak:
        found_html = html_rules.furniture(weak, blocks, findings, options)
        findings.update({i: f for i, f in found_html.items() if i not in findings})
        findings.update(_html_bio(kept, still, findings, blocks, options))
    counted = counters(still, options.boilerplate_counter_min_run)
    counted.update(contents_tables(still, options.boilerplate_contents_min_entries))
    findings.update((kept[p][0], f) for p, f in counted.items() if kept[p][0] not in findings)
    left = [(i, f) for i, f in kept if i not in findings]  # (a run may span removed lines)
    stutters = copies.stutters([f for _, f in left], options)
    findings.update((left[p][0], f) for p, f in stutters.items())
    return tuple(_removed(b, findings[i]) if i in findings else b for i, b in enumerate(blocks))


def _unlisted(blocks: tuple[Block, ...], i: int) -> str:
    """The text of block ``i``, without its bullet when it is a list of one item (no list
    item next to it): a bulleted line between paragraphs is judged as the line it is ("* Share
    on Twitter", a share bar written as markdown), while the items of a real list keep their
    marks and the care list items get. A number is not taken off: "4. " may number a
    listicle's headings."""
    text = blocks[i].text
    mark = LIST_MARK.match(text)
    if mark is None or text[0].isdigit():
        return text
    for j in (i - 1, i + 1):
        if 0 <= j < len(blocks) and LIST_MARK.match(blocks[j].text):
            return text
    return text[mark.end() :]


def _orphaned_items(
    blocks: tuple[Block, ...],
    findings: dict[int, Finding],
    stop: frozenset[str],
    min_score: float,
    options: Options,
) -> dict[int, Finding]:
    """Bulleted lines judged as list items whose neighbouring items all went: judged again
    as the lines they are once alone (see :func:`_unlisted`), as a second cleaning would."""
    found: dict[int, Finding] = {}
    gone_items = [j for j in findings if LIST_MARK.match(blocks[j].text)]
    for i in sorted({k for j in gone_items for k in (j - 1, j + 1) if 0 <= k < len(blocks)}):
        block = blocks[i]
        mark = LIST_MARK.match(block.text)
        if i in findings or not block.kept or mark is None or block.text[0].isdigit():
            continue
        listed = [
            j for j in (i - 1, i + 1) if 0 <= j < len(blocks) and LIST_MARK.match(blocks[j].text)
        ]
        if not listed or not all(j in findings or not blocks[j].kept for j in listed):
            continue  # an item with no item beside it was judged alone already
        finding = line_finding(facts(block.text[mark.end() :], stop), stop, options)
        if finding is not None and finding.score >= min_score:
            found[i] = finding
    return found


def _html_bio(
    kept: list[tuple[int, Facts]],
    kept_facts: list[Facts],
    findings: dict[int, Finding],
    blocks: tuple[Block, ...],
    options: Options,
) -> dict[int, Finding]:
    """An author's bio at the end of an HTML article, as in text (whoever the page names as
    its author): among the last kept blocks that no rule took, the title left out."""
    free = [p for p, (i, _) in enumerate(kept) if i not in findings and blocks[i].role != "title"]
    found = bio.bio_at_end(kept_facts, free, options)
    return {kept[p][0]: finding for p, finding in found.items()}


def _region_findings(
    kept: list[tuple[int, Facts]],
    removed: dict[int, Finding],
    stop: frozenset[str],
    options: Options,
) -> dict[int, Finding]:
    """Region rules over the kept blocks, knowing which ones line rules removed. A comment
    section is cut first; the page above it is then read for its furniture."""
    positions = [i for i, _ in kept]
    facts_list = [f for _, f in kept]
    found = (
        comments.comment_section(facts_list, options)
        or replies.counted_replies(facts_list, options)
        or reactions.reactions(facts_list, options)
        or comments.comment_form(facts_list, [i in removed for i in positions], options)
    )
    if found:
        facts_list = facts_list[: min(found)]
    found.update(copies.copied_runs(facts_list, options))
    line_found = [removed.get(i) for i in positions[: len(facts_list)]]
    top = next((p for p, finding in enumerate(line_found) if finding is None), 0)
    found.update(copies.echoes(facts_list, top, options))
    page = regions.page(facts_list, line_found, page_dump.SECTION_BREAKS, options)
    found.update(regions.menu_runs(page, options))
    found.update(regions.teaser_lists(page, options))
    found.update(regions.cut_teasers(page, options))
    zones = regions.furnished_zones(page, options)
    found.update(regions.furniture_runs(page, zones))
    found.update(page_dump.outside_article(page, zones, options))
    found.update(bio.author_bio(page, set(found), options))
    taken = set(found) | {p for p, x in enumerate(line_found) if x is not None}
    found.update(context.lone_ui_lines(facts_list, taken, stop, options))
    taken |= set(found)
    found.update(tail.press_boilerplate(facts_list, taken, options))
    found.update(tail.author_contact(facts_list, taken | set(found), options))
    taken |= set(found)
    found.update(values.label_values(facts_list, line_found, taken, options))
    taken |= set(found)
    found.update(captions.credited_captions(facts_list, taken, options))
    taken |= set(found)
    found.update(context.edge_ui_lines(facts_list, page.prose, taken, stop, options))
    found.update(context.edge_datelines(facts_list, page.prose, taken | set(found)))
    return {positions[p]: finding for p, finding in found.items() if positions[p] not in removed}


def _removed(block: Block, found: Finding) -> Block:
    verdict = Verdict(keep=False, step=STEP_BOILERPLATE, reason=found.reason, score=found.score)
    return Block(block.index, block.text, block.role, block.link_density, block.path, verdict)


def _for_document(kept: list[Facts], options: Options) -> Options:
    """``options`` with the function-word share that makes a paragraph prose lowered to
    ``Options.prose_typical_share`` of the document's typical long sentence, when that holds
    too few function words for ``Options.prose_min_function_share`` (see there)."""
    long_enough = 2 * options.prose_min_words
    shares = sorted(f.function_words / f.n for f in kept if f.n >= long_enough and f.terminal)
    if len(shares) < options.prose_typical_min_lines:
        return options
    share = options.prose_typical_share * shares[len(shares) // 2]
    if share >= options.prose_min_function_share:
        return options
    return replace(options, prose_min_function_share=share)


def _stopwords(lang: str | None) -> frozenset[str]:
    return language.stopwords(lang)
