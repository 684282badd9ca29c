"""WARC archives whose Content-Length headers lie (too long, too short, huge, negative, not a
number, zero; or the HTTP header inside lying): the run ends, with no traceback, the honest
record before the lie cleaned, and exit code 0 or 1.

WARC reading is the batch runner's (``cleanarticle.warc``); these tests are skipped until it
is present.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("cleanarticle.warc")
pytest.importorskip("fastwarc")

from cleanarticle.cli import command

STORY = (
    b"<!doctype html><html><head><title>Ferry runs again</title></head><body><article>"
    b"<h1>Ferry runs again</h1><p>The ferry to the island runs again from Monday after repairs "
    b"to the pier that took most of the winter, the harbour office said on Friday.</p>"
    b"</article></body></html>"
)
BODY = (
    f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(STORY)}\r\n\r\n"
).encode() + STORY


def record(uri: str, n: int, length: int | str, block: bytes = BODY) -> bytes:
    """One WARC response record claiming ``length`` bytes of content."""
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012d}>\r\n"
        "WARC-Date: 2024-05-01T12:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {length}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


LYING_HTTP = BODY.replace(f"Content-Length: {len(STORY)}".encode(), b"Content-Length: 99999999")
LIES: dict[str, Callable[[], bytes]] = {
    "longer than the record": lambda: record("http://lie.example/a", 9, len(BODY) + 5000),
    "huge": lambda: record("http://lie.example/b", 9, 10**15),
    "shorter than the record": lambda: record("http://lie.example/c", 9, 40),
    "negative": lambda: record("http://lie.example/d", 9, -5),
    "not a number": lambda: record("http://lie.example/e", 9, "lots"),
    "zero": lambda: record("http://lie.example/f", 9, 0),
    "HTTP header lies": lambda: record("http://lie.example/g", 9, len(LYING_HTTP), LYING_HTTP),
}
# fastwarc reads the records that follow as the content of the lying one: they are lost; the
# batch runner reports it (archive_error, exit code 1).
SWALLOWED: set[str] = set()


def archive(tmp_path: Path, lie: str, gzipped: bool) -> Path:
    parts = [
        record("http://ok.example/1", 1, len(BODY)),
        LIES[lie](),
        record("http://ok.example/2", 2, len(BODY)),
    ]
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    path.write_bytes(b"".join(gzip.compress(p) if gzipped else p for p in parts))
    return path


def run(path: Path, out: Path) -> tuple[int, str, list[str]]:
    result = CliRunner().invoke(command, [str(path), "-o", str(out), "-j", "1"])
    written = sorted(p.parent.name + "/" + p.name.split("-")[0] for p in out.rglob("*.txt"))
    return result.exit_code, result.stderr, written


@pytest.mark.parametrize("gzipped", [True, False], ids=["warc.gz", "warc"])
@pytest.mark.parametrize("lie", sorted(LIES))
def test_lying_content_length_never_stops_the_run(lie: str, gzipped: bool, tmp_path: Path) -> None:
    code, stderr, written = run(archive(tmp_path, lie, gzipped), tmp_path / "out")
    assert code in (0, 1), stderr
    assert "Traceback" not in stderr
    assert "ok.example/1" in written


@pytest.mark.parametrize("gzipped", [True, False], ids=["warc.gz", "warc"])
@pytest.mark.parametrize(
    "lie",
    [
        pytest.param(lie, marks=pytest.mark.xfail(reason="swallowed silently", strict=True))
        if lie in SWALLOWED
        else lie
        for lie in sorted(LIES)
    ],
)
def test_record_after_the_lie_is_read_or_its_loss_reported(
    lie: str, gzipped: bool, tmp_path: Path
) -> None:
    code, stderr, written = run(archive(tmp_path, lie, gzipped), tmp_path / "out")
    assert "ok.example/2" in written or "archive_error" in stderr or code == 1
