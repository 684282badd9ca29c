"""The command line: the three use cases, explain, formats and every error path."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleanarticle import __version__
from cleanarticle.cli import command
from cleanarticle.manifest import MANIFEST_NAME

SEED = (
    Path(__file__).resolve().parent.parent / "fixtures" / "golden" / "seed-tillerson" / "input.txt"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def folder(tmp_path: Path, fixtures: Path) -> Path:
    root = tmp_path / "articles"
    (root / "sub").mkdir(parents=True)
    shutil.copy(fixtures / "article.html", root / "ferry.html")
    shutil.copy(SEED, root / "sub" / "seed.txt")
    (root / "sub" / "zipped.htm.gz").write_bytes(
        gzip.compress((fixtures / "article.html").read_bytes())
    )
    (root / "broken.html").write_bytes(b"%PDF-1.4 not a page")
    (root / "notes.md").write_text("ignored: not an input suffix")
    return root


def test_html_file_to_stdout(runner: CliRunner, fixtures: Path) -> None:
    result = runner.invoke(command, [str(fixtures / "article.html")])
    assert result.exit_code == 0
    assert result.stdout.startswith("River town opens its first solar ferry\n\n")
    assert "solar-powered ferry" in result.stdout
    assert result.stderr == ""


def test_text_from_stdin(runner: CliRunner) -> None:
    text = SEED.read_text(encoding="utf-8")
    for args in ([], ["-"]):
        result = runner.invoke(command, args, input=text)
        assert result.exit_code == 0
        assert result.stdout.startswith("Tillerson, Lavrov Agree")


def test_folder_is_mirrored_and_bad_file_skipped(
    runner: CliRunner, folder: Path, tmp_path: Path
) -> None:
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    out = tmp_path / "cleaned"
    result = runner.invoke(command, [str(folder), "-o", str(out)])
    assert result.exit_code == 1
    outputs = [p for p in out.rglob("*") if p.is_file() and p.name != MANIFEST_NAME]
    assert sorted(p.relative_to(out).as_posix() for p in outputs) == [
        "ferry.txt",
        "sub/seed.txt",
        "sub/zipped.txt",
    ]
    assert "broken.html" in result.stderr and "PDF" in result.stderr
    assert "summary" in result.stderr
    assert (out / "sub" / "zipped.txt").read_text() == (out / "ferry.txt").read_text()
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before
    assert not list(out.rglob("*.part"))


def test_quiet_folder_run_still_reports_each_failure(
    runner: CliRunner, folder: Path, tmp_path: Path
) -> None:
    result = runner.invoke(command, [str(folder), "-o", str(tmp_path / "cleaned"), "-q"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "broken.html" in lines[0] and "PDF" in lines[0]


def test_folder_json_writes_one_json_line_per_file(
    runner: CliRunner, folder: Path, tmp_path: Path
) -> None:
    (folder / "broken.html").unlink()
    out = tmp_path / "json"
    result = runner.invoke(command, [str(folder), "-o", str(out), "-f", "json", "-q"])
    assert result.exit_code == 0
    assert result.stderr == ""
    record = json.loads((out / "ferry.json").read_text())
    assert record["source"].endswith("ferry.html")
    assert record["title"] == "River town opens its first solar ferry"


def test_output_file_for_one_input(runner: CliRunner, fixtures: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    result = runner.invoke(
        command, [str(fixtures / "article.html"), "-o", str(target), "-f", "markdown"]
    )
    assert result.exit_code == 0
    assert result.stdout == ""
    assert target.read_text().startswith("# River town opens its first solar ferry")


def test_explain_shows_every_block_on_stderr(runner: CliRunner) -> None:
    result = runner.invoke(command, [str(SEED), "--explain"])
    assert result.exit_code == 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == len([line for line in SEED.read_text().splitlines() if line.strip()])
    assert any("Lingard double saves" in line for line in lines)
    assert all(any(word in line for word in ("kept", "removed", "title")) for line in lines)
    assert "Lingard" not in result.stdout or "Lingard" in SEED.read_text()


def test_json_format_for_one_input(runner: CliRunner) -> None:
    result = runner.invoke(command, ["-f", "json"], input="Title\n\nA body sentence.")
    data = json.loads(result.stdout)
    assert data["title"] == "Title"
    assert data["blocks"][0]["reason"] == "content"


@pytest.mark.parametrize(
    "args,stdin,code,message",
    [
        (["missing.html"], None, 2, "does not exist"),
        (["{folder}"], None, 2, "give an output folder with -o"),
        (["{folder}", "-o", "{folder}/out"], None, 2, "inside the input folder"),
        (["-"], "", 1, "empty"),
        (["{folder}/broken.html"], None, 1, "PDF"),
        (["--format", "pdf"], "x", 2, "Invalid value"),
    ],
)
def test_errors_are_one_sentence_with_exit_code(
    runner: CliRunner, folder: Path, args: list[str], stdin: str | None, code: int, message: str
) -> None:
    result = runner.invoke(command, [a.replace("{folder}", str(folder)) for a in args], input=stdin)
    assert result.exit_code == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_empty_file_is_a_failure(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    result = runner.invoke(command, [str(empty)])
    assert result.exit_code == 1
    assert "empty" in result.stderr


def test_version_and_help(runner: CliRunner) -> None:
    assert __version__ in runner.invoke(command, ["--version"]).stdout
    help_text = runner.invoke(command, ["--help"]).stdout
    for option in ("--output", "--format", "--explain", "--kind", "--keep-off-topic", "Example"):
        assert option in help_text


def test_installed_module_runs_as_a_program(fixtures: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cleanarticle", str(fixtures / "article.html")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("River town opens its first solar ferry")


def test_a_page_without_article_text_gets_a_note_on_stderr(
    runner: CliRunner, tmp_path: Path
) -> None:
    page = tmp_path / "index.html"
    page.write_text(
        "<html><body><nav><a href='/a'>Home</a> <a href='/b'>World</a></nav>"
        "<ul><li><a href='/1'>First story headline here</a></li></ul></body></html>"
    )
    result = runner.invoke(command, [str(page)])
    assert result.exit_code == 0
    assert "note: No article text was found" in result.stderr
    quiet = runner.invoke(command, [str(page), "-q"])
    assert quiet.exit_code == 0 and "note:" not in quiet.stderr
