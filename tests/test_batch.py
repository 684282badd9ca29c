"""Batch runs: parallel and ordered, time limits, manifest, JSON Lines, resume after a kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from batch_data import TOWNS, page, write_site
from click.testing import CliRunner
from pool_helpers import on_failure, stuck_or_double, worker_pid

from cleanarticle.batch import Skipped
from cleanarticle.cli import command
from cleanarticle.drafts import PREFIX as DRAFTS_PREFIX
from cleanarticle.manifest import MANIFEST_NAME, read_manifest
from cleanarticle.parallel import Pool
from cleanarticle.sources import folder_jobs

SRC = Path(__file__).resolve().parent.parent / "src"


def test_pool_keeps_order_kills_stuck_workers_and_survives_crashes() -> None:
    pool: Pool[int, int] = Pool(
        stuck_or_double, jobs=2, time_limit=0.05, on_failure=on_failure, grace=0.2
    )
    assert list(pool.imap(range(40))) == [-x if x in (3, 5) else 2 * x for x in range(40)]


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    root = tmp_path / "pages"
    (root / "b").mkdir(parents=True)
    for i in range(12):
        town = TOWNS[i]
        words = " ".join(f"{town} is {j} miles away" for j in range(20))
        text = page(f"Story of {town}", [f"{town} story: {words}.", f"Closing on {town}."])
        (root / ("b" if i % 2 else "") / f"p{i:02d}.html").write_text(text)
    (root / "bad.txt").write_bytes(b"")
    return root


def test_jsonl_is_the_same_for_any_number_of_jobs(pages: Path) -> None:
    runner = CliRunner()
    outputs = []
    for jobs in ("1", "2", "3"):
        result = runner.invoke(command, [str(pages), "-f", "jsonl", "-j", jobs, "-q"])
        assert result.exit_code == 1  # bad.txt is empty
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
    records = [json.loads(line) for line in outputs[0].splitlines()]
    assert [Path(r["source"]).name for r in records] == [
        *[f"p{i:02d}.html" for i in range(0, 12, 2)],
        *[f"p{i:02d}.html" for i in range(1, 12, 2)],
    ]  # sorted walk: top-level files, then folder b
    assert {"title", "body", "blocks", "removed", "metadata"} <= set(records[0])


def test_jsonl_to_a_file(pages: Path, tmp_path: Path) -> None:
    target = tmp_path / "run.jsonl"
    result = CliRunner().invoke(command, [str(pages), "-f", "jsonl", "-o", str(target)])
    assert result.stdout == ""
    assert len(target.read_text().splitlines()) == 12
    assert "bad.txt" in result.stderr and "empty" in result.stderr
    assert not list(tmp_path.glob(".*.part"))


def test_time_limit_reports_and_continues(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = [str(pages), "-o", str(out), "--time-limit", "0.000001", "-j", "2"]
    result = CliRunner().invoke(command, args)
    assert result.exit_code == 1
    records = list(read_manifest(out / MANIFEST_NAME))
    assert len(records) == 13
    assert all(r["status"] == "failed" for r in records)
    assert sum("longer than the limit" in r["reason"] for r in records) >= 12


def test_manifest_records_every_input(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(command, [str(pages), "-o", str(out), "-q"])
    assert result.exit_code == 1
    records = {Path(r["source"]).name: r for r in read_manifest(out / MANIFEST_NAME)}
    assert records["bad.txt"]["status"] == "failed" and "empty" in records["bad.txt"]["reason"]
    good = records["p01.html"]
    assert good["status"] == "ok" and good["output"] == str(out / "b" / "p01.txt")
    assert good["kept"] >= 1 and isinstance(good["removed"], dict) and good["seconds"] >= 0
    # Resumed: nothing is cleaned again but the failure; --overwrite redoes everything.
    again = CliRunner().invoke(command, [str(pages), "-o", str(out)])
    assert "already done" in again.stderr and "12" in again.stderr
    redo = CliRunner().invoke(command, [str(pages), "-o", str(out), "--overwrite", "-q"])
    assert redo.exit_code == 1
    assert len(list(read_manifest(out / MANIFEST_NAME))) == 13


def _outputs(out: Path) -> dict[str, str]:
    return {
        p.relative_to(out).as_posix(): p.read_text()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name != MANIFEST_NAME
    }


@pytest.mark.parametrize("how", ["SIGINT", "SIGKILL"])
def test_killed_run_resumes_to_complete_outputs(tmp_path: Path, how: str) -> None:
    folder = tmp_path / "site"
    for n in range(3):  # enough documents to stop midway (the manifest is written in bursts)
        write_site(folder / f"part{n}", 100)
    reference, out = tmp_path / "reference", tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    args = [sys.executable, "-m", "cleanarticle", str(folder), "-j", "2", "-q", "-o"]
    subprocess.run([*args, str(reference)], env=env, check=True)
    run = subprocess.Popen([*args, str(out)], env=env, start_new_session=True)
    manifest = out / MANIFEST_NAME
    while run.poll() is None and (
        not manifest.exists() or len(manifest.read_text().splitlines()) < 10
    ):
        time.sleep(0.005)
    if how == "SIGINT":
        run.send_signal(signal.SIGINT)
        assert run.wait(30) == 130
    else:
        os.killpg(run.pid, signal.SIGKILL)
        run.wait(30)
    done = len(list(read_manifest(manifest)))
    assert 0 < done < 300, "the run should have been stopped midway"
    resumed = subprocess.run([*args, str(out)], env=env, capture_output=True, text=True)
    assert resumed.returncode == 0
    assert _outputs(out) == _outputs(reference)
    assert len(_outputs(out)) == 300
    assert not list(out.rglob("*.part"))
    # the learning pass's drafts of the stopped run are gone too (removed by the resumed run
    # when the stopped one could not remove them itself)
    assert not list(Path(tempfile.gettempdir()).glob(f"{DRAFTS_PREFIX}{run.pid}-*"))


def test_workers_are_recycled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cleanarticle.parallel.TASKS_PER_WORKER", 3)
    pool: Pool[int, int] = Pool(worker_pid, jobs=2, time_limit=1, on_failure=on_failure)
    pids = list(pool.imap(range(18)))
    assert len(pids) == 18 and len(set(pids)) >= 6


@pytest.mark.parametrize(
    "args,message",
    [
        (["{pages}", "{pages}"], "add -f jsonl"),
        (["{pages}", "-f", "jsonl", "-o", "{pages}"], "is a folder"),
        (["{pages}", "{pages}/missing.warc.gz", "-f", "jsonl"], "does not exist"),
        (["{pages}/p00.html", "{pages}/b/p01.html"], "add -f jsonl"),
    ],
)
def test_batch_usage_errors(pages: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(command, [a.replace("{pages}", str(pages)) for a in args])
    assert result.exit_code == 2
    assert message in result.stderr and result.stdout == ""


def test_several_files_as_one_jsonl_stream(pages: Path) -> None:
    files = [str(pages / "p00.html"), str(pages / "b" / "p01.html")]
    result = CliRunner().invoke(command, [*files, "-f", "jsonl", "-q"])
    assert result.exit_code == 0
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == files


def test_leftover_part_files_are_removed(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "b").mkdir(parents=True)
    (out / "b" / ".p01.txt.x1y2.part").write_text("half a fi")
    (out / "p00.txt").write_text("finished earlier\n")
    result = CliRunner().invoke(command, [str(pages), "-o", str(out), "-q"])
    assert result.exit_code == 1  # bad.txt
    assert not list(out.rglob("*.part"))
    assert (out / "p00.txt").read_text() == "finished earlier\n"  # skipped, not redone
    assert (out / "b" / "p01.txt").read_text().startswith("Story of")


def test_outputs_leading_into_the_input_folder_are_refused(tmp_path: Path) -> None:
    """An output folder, or an output file, that is a symbolic link into the input folder is
    never written: those inputs are skipped (output_in_input_folder), the others cleaned."""
    inputs, out = tmp_path / "in", tmp_path / "out"
    for name in ("a", "b", "sub/c"):
        (inputs / name).parent.mkdir(parents=True, exist_ok=True)
        (inputs / f"{name}.txt").write_text("Storm\n\nThe storm reached the coast at dawn.\n")
    out.mkdir()
    (out / "sub").symlink_to(inputs / "sub")
    (out / "b.txt").symlink_to(inputs / "b.txt")
    before = {p: p.read_text() for p in inputs.rglob("*.txt")}
    jobs = list(folder_jobs(inputs, out, "text", skip_done=False, sites=False))
    refused = {Path(j.source).name for j in jobs if isinstance(j, Skipped)}
    assert refused == {"b.txt", "c.txt"}
    assert all(j.reason == "output_in_input_folder" for j in jobs if isinstance(j, Skipped))
    result = CliRunner().invoke(command, [str(inputs), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.stderr
    assert {p: p.read_text() for p in inputs.rglob("*.txt")} == before
    assert (out / "a.txt").read_text().startswith("Storm")
