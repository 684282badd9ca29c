"""Hostile input through the command line: one sentence and the right exit code per bad file,
folder runs that never stop or hang, inputs never modified, outputs never outside ``-o``."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from bad_inputs import BAD, EXPECTED, FERRY, ROOT
from click.testing import CliRunner

try:
    from cleanarticle.sources import output_path
except ImportError:  # before the batch runner's sources module
    from cleanarticle.batch import output_path  # type: ignore[attr-defined,no-redef]
from cleanarticle.cli import command

ARTICLE = ROOT / "fixtures" / "article.html"
ODD_NAMES = [
    "with space.html",
    "new\nline.html",
    "-rf.html",
    "..html",
    "...txt",
    "tab\there.txt",
    "ünïcödé 記事.html",
    "quote'\"and*star?.html",
]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def hashes(root: Path) -> dict[str, str]:
    """Digest of every regular file under ``root`` (symbolic links and special files skipped)."""
    return {
        str(path): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in root.rglob("*")
        if path.is_file() and not path.is_symlink() and os.access(path, os.R_OK)
    }


def outputs(out: Path) -> list[str]:
    """The output files under ``out`` (relative, sorted), without a run's own bookkeeping."""
    return sorted(
        p.relative_to(out).as_posix()
        for p in out.rglob("*")
        if p.is_file() and not p.name.startswith(".cleanarticle")
    )


def test_every_bad_file_gives_one_sentence_and_its_exit_code(runner: CliRunner) -> None:
    for name, (error, phrase, absent) in EXPECTED.items():
        result = runner.invoke(command, [str(BAD / name)])
        assert "Traceback" not in result.stderr, name
        if error is None:
            assert (result.exit_code, result.stderr) == (0, ""), name
            assert phrase in result.stdout, name
            assert absent is None or absent not in result.stdout, name
        else:
            assert result.exit_code == 1, name
            assert result.stdout == "", name
            lines = result.stderr.strip().splitlines()
            assert len(lines) == 1 and phrase in lines[0] and lines[0].endswith("."), name


def test_bad_input_on_stdin(runner: CliRunner) -> None:
    result = runner.invoke(command, ["-"], input=(BAD / "zip-as.txt").read_bytes())
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: stdin: The input is a zip archive, not HTML or text."


def test_file_over_the_size_limit_is_refused_before_reading(
    runner: CliRunner, tmp_path: Path
) -> None:
    big = tmp_path / "big.html"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024 + 1)
    result = runner.invoke(command, [str(big)])
    assert result.exit_code == 1
    assert "over the limit of 52,428,800" in result.stderr


def test_folder_of_bad_inputs_is_run_to_the_end(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "crawl"
    shutil.copytree(BAD, folder / "bad")
    shutil.copy(ARTICLE, folder / "good.html")
    (folder / "loop-a.html").symlink_to(folder / "loop-b.html")
    (folder / "loop-b.html").symlink_to(folder / "loop-a.html")
    (folder / "dangling.html").symlink_to(tmp_path / "nowhere.html")
    (folder / "bad" / "up").symlink_to(folder, target_is_directory=True)
    before = hashes(folder)
    out = tmp_path / "out"
    result = runner.invoke(command, [str(folder), "-o", str(out)])
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    rejected = [name for name, (error, _, _) in EXPECTED.items() if error is not None]
    for name in rejected:
        assert result.stderr.count(f"bad/{name}:") == 1, name
    written = outputs(out)
    assert "good.txt" in written
    assert not any(".part" in name for name in written)
    assert hashes(folder) == before


def test_special_files_in_a_folder_are_passed_over(tmp_path: Path) -> None:
    """A named pipe or socket called page.html must not hang or fail the run (subprocess: a
    hang would otherwise stop the test suite)."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ARTICLE, folder / "good.html")
    os.mkfifo(folder / "pipe.html")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(folder / "socket.html"))
        result = subprocess.run(
            [sys.executable, "-m", "cleanarticle", str(folder), "-o", str(tmp_path / "out"), "-q"],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        )
    assert (result.returncode, result.stderr) == (0, "")
    assert outputs(tmp_path / "out") == ["good.txt"]


def test_unreadable_file_in_a_folder_is_reported(tmp_path: Path) -> None:
    """chmod 000 does not stop root, so as root the run drops the capabilities that let root
    read any file (with setpriv); without setpriv the test is skipped."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ARTICLE, folder / "good.html")
    shutil.copy(ARTICLE, folder / "secret.html")
    (folder / "secret.html").chmod(0)
    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: an unreadable file cannot be made")
        prefix = [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--"]
    result = subprocess.run(
        [*prefix, sys.executable, "-m", "cleanarticle", str(folder), "-o", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src"), "COLUMNS": "200"},
    )
    assert result.returncode == 1
    assert "secret.html: The file cannot be read: permission denied." in result.stderr
    assert "Traceback" not in result.stderr
    assert (tmp_path / "out" / "good.txt").exists()


def test_odd_file_names_are_mirrored_inside_the_output_folder(
    runner: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    names = [*ODD_NAMES, os.fsdecode(b"latin1-\xe9t\xe9.html")]
    for name in names:
        shutil.copy(ARTICLE, folder / name)
    out = tmp_path / "out"
    result = runner.invoke(command, [str(folder), "-o", str(out), "-f", "json", "-q"])
    assert (result.exit_code, result.stderr) == (0, "")
    written = [out / name for name in outputs(out)]
    assert len(written) == len(names)
    for path in written:
        assert path.resolve().is_relative_to(out.resolve())
        record = json.loads(path.read_text(encoding="utf-8"))
        assert FERRY in record["body"]
        assert record["source"].startswith(str(folder))
    assert any("latin1-\ufffdt\ufffd.html" in p.read_text() for p in written)


@pytest.mark.parametrize("name", [*ODD_NAMES, "a.b.c.html.gz", ".html", "x.HTML"])
def test_output_path_never_leaves_the_output_folder(name: str, tmp_path: Path) -> None:
    source = tmp_path / "in" / "sub" / name
    target = output_path(source, tmp_path / "in", tmp_path / "out", "text")
    assert target.parent == tmp_path / "out" / "sub"
    assert target.name.endswith(".txt") and "/" not in target.name


def test_output_symlink_is_never_followed(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ARTICLE, folder / "page.html")
    elsewhere = tmp_path / "precious.txt"
    elsewhere.write_text("keep me")
    out = tmp_path / "out"
    out.mkdir()
    (out / "page.txt").symlink_to(elsewhere)
    result = runner.invoke(command, [str(folder), "-o", str(out)])
    assert result.exit_code == 0
    assert elsewhere.read_text() == "keep me"
    # replaced by the output, or (a run that resumes) taken as an output already written
    assert not (out / "page.txt").is_symlink() or "done" in result.stderr


def test_output_file_may_not_be_the_input(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    shutil.copy(ARTICLE, page)
    os.link(page, tmp_path / "hardlink.html")
    for output in (page, tmp_path / "hardlink.html", tmp_path / "." / "page.html"):
        result = runner.invoke(command, [str(page), "-o", str(output)])
        assert result.exit_code == 2
        assert "The output file is the input file" in result.stderr
    assert page.read_bytes() == ARTICLE.read_bytes()


def test_input_folder_inside_the_output_folder_is_never_written(
    runner: CliRunner, tmp_path: Path
) -> None:
    """With ``-o`` the parent of the input folder, mirrored paths can fall inside the input
    folder (in/in/note.txt -> out/in/note.txt = the input in/note.txt): those are refused."""
    out = tmp_path / "work"
    folder = out / "in"
    (folder / "in").mkdir(parents=True)
    (folder / "note.txt").write_text("An input that must survive.\n\nSecond paragraph here.\n")
    (folder / "in" / "note.txt").write_text("Nested title\n\nA nested note with text.\n")
    before = hashes(folder)
    result = runner.invoke(command, [str(folder), "-o", str(out)])
    assert "input folder" in result.stderr.replace("_", " ")
    assert hashes(folder) == before
    assert (out / "note.txt").exists()


def test_non_utf8_file_name_with_json_output_file(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / os.fsdecode(b"caf\xe9.html")
    shutil.copy(ARTICLE, page)
    target = tmp_path / "out.json"
    result = runner.invoke(command, [str(page), "-f", "json", "-o", str(target)])
    assert (result.exit_code, result.stderr) == (0, "")
    assert json.loads(target.read_text(encoding="utf-8"))["source"].endswith("caf\ufffd.html")


def test_a_single_file_over_the_time_limit_is_stopped_with_one_sentence(
    runner: CliRunner, tmp_path: Path
) -> None:
    page = tmp_path / "slow.html"
    cells = "".join(
        f"<div class='c{i}'><p>Cell {i} of a very long page.</p></div>" for i in range(40000)
    )
    page.write_text(f"<html><body>{cells}</body></html>", encoding="utf-8")
    result = runner.invoke(command, [str(page), "--time-limit", "0.05"])
    assert result.exit_code == 1
    assert "took longer than the limit of 0.05 s" in result.stderr
    assert "Traceback" not in result.output
