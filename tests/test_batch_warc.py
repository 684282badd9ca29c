"""WARC input: HTML responses cleaned with their URL and HTTP charset, other records skipped
with a counted reason, output names safe."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from batch_data import http_response, page, warc_record
from click.testing import CliRunner

from cleanarticle.cli import command
from cleanarticle.manifest import MANIFEST_NAME, read_manifest
from cleanarticle.warc import safe_name

CAFE = page(
    "Le café du port rouvre",
    [
        "Le café du port a rouvert ses portes ce matin, après "
        "deux ans de travaux, à la grande joie des pêcheurs du quartier."
    ],
    lang="fr",
)
FERRY = page(
    "Ferry runs again",
    [
        "The ferry to the island runs again from Monday after "
        "repairs to the pier that took most of the winter, the harbour office said."
    ],
)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    records = [
        warc_record("http://example.org/", b"", record_type="warcinfo", n=1),
        warc_record(
            "http://news.example.fr/ville/cafe.html",
            b"GET / HTTP/1.1\r\n\r\n",
            record_type="request",
            n=2,
        ),
        # Latin-1 bytes; the charset is only in the HTTP header.
        warc_record(
            "http://news.example.fr/ville/cafe.html",
            http_response(CAFE.encode("latin-1"), "text/html; charset=ISO-8859-1"),
            n=3,
        ),
        warc_record(
            "http://news.example.fr/logo.png", http_response(b"\x89PNG..", "image/png"), n=4
        ),
        warc_record(
            "http://news.example.fr/gone",
            http_response(b"<p>x</p>", "text/html", "404 Not Found"),
            n=5,
        ),
        warc_record(
            "http://evil.example/../../../etc/passwd%00.html?x=<y>",
            http_response(FERRY.encode(), "text/html"),
            n=6,
        ),
        warc_record(
            "http://evil.example/../../../etc/passwd%00.html?x=<y>",
            http_response(FERRY.encode(), "text/html"),
            n=7,
        ),
    ]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(records))
    return path


def test_warc_to_folder(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(command, [str(archive), "-o", str(out), "-j", "2"])
    assert result.exit_code == 0, result.stderr
    files = sorted(p for p in out.rglob("*") if p.is_file() and p.name != MANIFEST_NAME)
    assert len(files) == 3  # the café page and the two ferry records
    assert all(p.resolve().is_relative_to(out.resolve()) for p in files)
    cafe = next(p for p in files if p.parent.name == "news.example.fr")
    assert cafe.read_text(encoding="utf-8").startswith("Le café du port rouvre")
    assert "pêcheurs" in cafe.read_text(encoding="utf-8")
    for reason, count in (("not_response", "2"), ("not_html", "1"), ("http_error", "1")):
        assert any(
            reason in line and line.rstrip(" │").endswith(count)
            for line in result.stderr.splitlines()
        ), reason
    skipped = [r for r in read_manifest(out / MANIFEST_NAME) if r["status"] == "skipped"]
    assert sorted(r["reason"] for r in skipped) == [
        "http_error",
        "not_html",
        "not_response",
        "not_response",
    ]


def test_warc_to_jsonl_records_the_url(archive: Path) -> None:
    result = CliRunner().invoke(command, [str(archive), "-f", "jsonl", "-q", "-j", "1"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == [
        "http://news.example.fr/ville/cafe.html",
        "http://evil.example/../../../etc/passwd%00.html?x=<y>",
        "http://evil.example/../../../etc/passwd%00.html?x=<y>",
    ]
    assert records[0]["metadata"]["url"] == "http://news.example.fr/ville/cafe.html"
    assert "pêcheurs" in records[0]["body"]


@pytest.mark.parametrize(
    "uri",
    [
        "http://a.com/../../x",
        "http://../x",
        "file:///etc/passwd",
        "",
        "http://a.com/" + "y" * 500,
        "http://[::1]/.hidden",
        "http://a.com/%2e%2e/%2e%2e/",
    ],
)
def test_safe_names_stay_inside(uri: str, tmp_path: Path) -> None:
    name = safe_name(uri, "<urn:uuid:1>")
    parts = name.split("/")
    assert len(parts) == 2 and all(p and not p.startswith(".") for p in parts)
    assert all(c.isalnum() or c in "._-" for c in name.replace("/", ""))
    assert (tmp_path / name).resolve().is_relative_to(tmp_path.resolve())
    assert len(name) < 120
    assert safe_name(uri, "<urn:uuid:2>") != name


def test_archive_of_large_pages_does_not_stall_the_workers(tmp_path: Path) -> None:
    """A record's page travels to the worker with its task, and a large page gives a large
    result: handed to a busy worker, both sides would wait for each other to read (subprocess:
    a stall would otherwise stop the test suite)."""
    paragraphs = [
        f"Paragraph {n} of the long report says the council met again and approved item {n}."
        for n in range(2500)
    ]
    big = page("A very long report", paragraphs).encode()
    records = [
        warc_record(f"http://big.example.org/r{n}.html", http_response(big, "text/html"), n=n)
        for n in range(1, 4)
    ]
    archive = tmp_path / "big.warc.gz"
    archive.write_bytes(b"".join(records))
    out = tmp_path / "out.jsonl"
    command_line = [sys.executable, "-m", "cleanarticle", str(archive), "-o", str(out)]
    result = subprocess.run(
        [*command_line, "--format", "jsonl", "-j", "1", "-q"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")},
    )
    assert (result.returncode, result.stderr) == (0, "")
    records_out = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records_out) == 3
    assert all("Paragraph 2499 of the long report" in r["body"] for r in records_out)
