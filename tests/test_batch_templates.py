"""Site templates: furniture repeated across a site's documents is removed, real lines stay."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from batch_data import BIO, RARE_LINE, write_site
from click.testing import CliRunner

from cleanarticle import batch
from cleanarticle.batch import FileResult
from cleanarticle.cli import command
from cleanarticle.models import Article, Block
from cleanarticle.options import Options
from cleanarticle.sources import folder_jobs
from cleanarticle.templates import SiteCounts, block_key, judge, normalise

ISOLATE = ["--keep-boilerplate", "--keep-off-topic"]


def test_normalise_ignores_case_spacing_and_numbers_in_short_lines() -> None:
    assert normalise("Posted  3 hours ago") == normalise("posted 12 HOURS ago")
    assert normalise("A lie that\u2019s good \u2013 Blog") == normalise("A lie that's good - blog")
    long_line = "The index rose {} points to close at a record high on Friday after a week of gains"
    assert normalise(long_line.format(3)) != normalise(long_line.format(12))


def test_judge_removes_only_kept_furniture_with_its_reason() -> None:
    blocks = (Block(0, "Share this story"), Block(1, "A real sentence."), Block(2, "Menu"))
    judged = judge(blocks, frozenset({block_key("share THIS story")}))
    assert [(b.kept, b.verdict.step, b.verdict.reason) for b in judged] == [
        (False, "template", "site_template"),
        (True, "extract", "content"),
        (True, "extract", "content"),
    ]


def test_furniture_needs_share_and_count() -> None:
    counts = SiteCounts()
    options = Options(template_min_share=0.5, template_min_docs=3)
    for i in range(10):
        counts.add([1, 2, 200 + i] if i < 5 else [1, 200 + i], max_keys=100)
        counts.add([100 + i], max_keys=100)
    assert counts.furniture(options) == {1}  # 2 is in 5 of 20 documents: below half


def test_duplicate_documents_count_once() -> None:
    counts = SiteCounts()
    for _ in range(10):
        counts.add([1, 2, 3], max_keys=100)
    counts.add([4], max_keys=100)
    assert counts.docs == 2 and counts.counts[1] == 1


def test_counts_stay_bounded() -> None:
    counts = SiteCounts()
    for i in range(1000):
        counts.add([0, i + 1], max_keys=50)
    assert len(counts.counts) <= 50 and counts.counts[0] == 1000


def _run(folder: Path, extra: list[str]) -> list[Article | dict[str, object]]:
    result = CliRunner().invoke(command, [str(folder), "-f", "jsonl", "-q", "-j", "2", *extra])
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_site_furniture_removed_and_real_lines_kept(tmp_path: Path) -> None:
    written = write_site(tmp_path / "site", 32)
    records = _run(tmp_path / "site", ISOLATE)
    furniture = removed = 0
    for (_, real, lines), record in zip(written, records, strict=True):
        assert isinstance(record, dict)
        text = record["text"]
        assert isinstance(text, str)
        assert all(line in text for line in real), "a real line was lost"
        furniture += len(lines)
        removed += sum(line not in text for line in lines)
        reasons = {b["reason"] for b in record["blocks"] if not b["kept"]}  # type: ignore[index]
        assert reasons <= {"site_template"}
    assert removed / furniture >= 0.95
    assert sum(RARE_LINE in str(r["text"]) for r in records) == 3  # type: ignore[index]
    assert any(BIO in str(r["body"]) for r in records) is False  # type: ignore[index]


def test_templates_can_be_kept(tmp_path: Path) -> None:
    written = write_site(tmp_path / "site", 12)
    records = _run(tmp_path / "site", [*ISOLATE, "--keep-templates"])
    for (_, _, lines), record in zip(written, records, strict=True):
        assert isinstance(record, dict)
        assert all(line in str(record["text"]) for line in lines)


def test_the_page_headline_is_never_template() -> None:
    headline = "An audio dock that joins two brands"
    blocks = (Block(0, headline, role="title"), Block(1, "Recent posts"), Block(2, headline))
    furniture = frozenset({block_key(headline), block_key("Recent posts")})
    judged = judge(blocks, furniture, title=f"{headline} - Gadget Blog")
    assert [b.kept for b in judged] == [True, False, True]
    assert [b.kept for b in judge(blocks, furniture)] == [False, False, False]


def _site_jobs(folder: Path) -> batch.JobSource:
    def make_jobs(resume: bool, *, sites: bool = False) -> Iterator[batch.Job | batch.Skipped]:
        return folder_jobs(folder, None, "jsonl", skip_done=resume, sites=sites)

    return make_jobs


def test_cleaning_from_kept_drafts_gives_the_same_output(tmp_path: Path) -> None:
    """The learning pass keeps the drafts of the documents it reads; cleaning them from their
    drafts gives exactly what a run that keeps none (a zero budget) gives."""
    write_site(tmp_path / "site", 12)
    make_jobs, drafts = _site_jobs(tmp_path / "site"), tmp_path / "drafts"
    drafts.mkdir()
    settings = batch.Settings("jsonl", "auto", Options())
    learned = batch.learn_templates(
        make_jobs, settings, jobs=2, hooks=batch.Hooks(), drafts=str(drafts)
    )
    assert len(list(drafts.glob("*.draft"))) == len(learned.drafted) == 12
    from_drafts: list[FileResult] = []
    with_drafts = replace(settings, furniture=learned.furniture)
    hooks = batch.Hooks(result=from_drafts.append)
    batch.clean_jobs(
        make_jobs, with_drafts, jobs=2, hooks=hooks, resume=False, drafted=learned.drafted
    )
    assert not list(drafts.iterdir())  # each draft is taken once

    again: list[FileResult] = []
    no_room = batch.Settings("jsonl", "auto", Options(template_draft_cache_mb=0))
    batch.run(make_jobs, no_room, jobs=2, hooks=batch.Hooks(result=again.append))
    assert [r.record for r in from_drafts] == [r.record for r in again]
    assert all(r.ok and r.record for r in from_drafts)
    assert any('"site_template"' in str(r.record) for r in from_drafts)
