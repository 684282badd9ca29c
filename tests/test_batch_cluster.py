"""Dask runs against a real scheduler and worker listening on loopback TCP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from batch_data import http_response, page, warc_record, write_site
from click.testing import CliRunner

from cleanarticle.cli import command

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    cluster = distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=2,
        processes=False,
        protocol="tcp",
        host="127.0.0.1",
        dashboard_address=None,
    )
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


@pytest.mark.parametrize("templates", [False, True])
def test_cluster_run_writes_the_same_jsonl_as_a_local_run(
    scheduler: str, tmp_path: Path, templates: bool
) -> None:
    """The same records as a local run, site templates included (learned on the cluster)."""
    write_site(tmp_path / "texts", 40)
    body = page(
        "Harbour reopens",
        [
            "The harbour reopened on Monday after a month of dredging "
            "work that cleared the silt left by the winter storms."
        ],
    ).encode()
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(
        warc_record("https://port.example/harbour", http_response(body, "text/html"), n=1)
        + warc_record("https://port.example/a.css", http_response(b"p{}", "text/css"), n=2)
    )
    single = tmp_path / "one.txt"
    single.write_text("Short note\n\nThe meeting moved to Thursday at the town hall.\n")
    inputs = [str(tmp_path / "texts"), str(archive), str(single)]
    args = [*inputs, "-f", "jsonl", *([] if templates else ["--keep-templates"])]
    runner = CliRunner()
    remote = runner.invoke(command, [*args, "--scheduler", scheduler])
    assert remote.exit_code == 0, remote.stderr
    local = runner.invoke(command, [*args, "-q", "-j", "2"])
    assert remote.stdout == local.stdout
    assert len(remote.stdout.splitlines()) == 42
    assert "not_html" in remote.stderr and "summary" in remote.stderr
    assert ('"site_template"' in remote.stdout) is templates


def test_cluster_run_needs_jsonl(scheduler: str, tmp_path: Path) -> None:
    write_site(tmp_path / "texts", 2)
    result = CliRunner().invoke(command, [str(tmp_path / "texts"), "--scheduler", scheduler])
    assert result.exit_code == 2 and "-f jsonl" in result.stderr
