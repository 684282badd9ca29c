"""Where batch jobs come from: a folder of saved pages and text files, mirrored into an output
folder (``a/page.html`` becomes ``out/a/page.txt``), or a list of files for one JSON Lines run.
"""

from __future__ import annotations

import hashlib
import os
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from cleanarticle import warc
from cleanarticle.batch import (
    DONE,
    OUTPUT_SUFFIXES,
    Job,
    JobSource,
    OutputFormat,
    Skipped,
    display_path,
)
from cleanarticle.options import Options
from cleanarticle.templates import site_of_page

INPUT_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".text")
HEAD_BYTES = 16384
"""How much of a file is read to find the site it belongs to."""


def _is_input_name(name: str) -> bool:
    """True for names ending in an HTML or text suffix, optionally followed by ``.gz``."""
    return _unzipped(name).lower().endswith(INPUT_SUFFIXES)


def _unzipped(name: str) -> str:
    """``name`` without a ``.gz`` suffix (in any case)."""
    return name[:-3] if name.lower().endswith(".gz") else name


def find_inputs(root: Path) -> Iterator[Path]:
    """Every input file under ``root``, in sorted order; symbolic links are not followed."""
    for _, inputs in inputs_by_folder(root):
        yield from inputs


def inputs_by_folder(root: Path) -> Iterator[tuple[Path, list[Path]]]:
    """Each folder under ``root`` (itself first, then each subfolder in turn, in sorted order)
    with its input files, in sorted order.

    Only regular files are inputs: symbolic links are not followed, and named pipes, sockets
    and devices are passed over (reading a named pipe would wait for ever). The type of each
    entry comes with the folder's listing, so no file is looked at one by one.
    """
    waiting = [str(root)]
    while waiting:
        folder = waiting.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=_name)
        except OSError:
            continue
        inputs = [
            Path(entry.path)
            for entry in entries
            if _is_input_name(entry.name) and _is_regular_file(entry)
        ]
        yield Path(folder), inputs
        waiting.extend(reversed([e.path for e in entries if _is_folder(e)]))


def _name(entry: os.DirEntry[str]) -> str:
    return entry.name


def _is_regular_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file(follow_symlinks=False)
    except OSError:
        return False


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def count_inputs(root: Path) -> int:
    """The number of input files under ``root``."""
    return sum(1 for _ in find_inputs(root))


def _stem(name: str) -> str:
    return _unzipped(name).rpartition(".")[0]


def shared_stems(inputs: list[Path]) -> set[str]:
    """The stems that more than one input of a folder has (``page.html`` and ``page.txt``)."""
    counts = Counter(_stem(p.name) for p in inputs)
    return {stem for stem, n in counts.items() if n > 1}


def output_path(
    source: Path, in_root: Path, out_root: Path, fmt: OutputFormat, *, shared: bool = False
) -> Path:
    """The mirrored output path of ``source``: same relative folder, the format's suffix.

    ``a/page.html`` becomes ``a/page.txt``; when another input has the same stem (``shared``:
    ``page.html`` beside ``page.txt``) the whole input name is kept: ``page.html.txt``.
    """
    relative = source.relative_to(in_root)
    return out_root / relative.parent / _output_name(relative.name, fmt, shared=shared)


def _output_name(name: str, fmt: OutputFormat, *, shared: bool) -> str:
    base = _unzipped(name) if shared else _stem(name)
    return f"{base}{OUTPUT_SUFFIXES[fmt]}"


def read_head(path: Path, size: int = HEAD_BYTES) -> bytes:
    """The first ``size`` bytes of a file (decompressed when gzipped); empty if unreadable."""
    try:
        with path.open("rb") as handle:
            head = handle.read(size)
    except OSError:
        return b""
    if head.startswith(b"\x1f\x8b"):
        try:
            return zlib.decompressobj(wbits=31).decompress(head, size)
        except zlib.error:
            return b""
    return head


def site_and_fingerprint(path: Path, folder: str) -> tuple[str, int]:
    """The site of a file (the host its page declares, else ``folder``) and a fingerprint of
    its start and size, which tells exact copies apart from other files."""
    head = read_head(path)
    try:
        size = path.stat().st_size
    except OSError:
        size = -1
    digest = hashlib.blake2b(head + str(size).encode(), digest_size=8).digest()
    return site_of_page(head, f"folder:{folder}"), int.from_bytes(digest, "big") or 1


def folder_jobs(
    in_root: Path,
    out_root: Path | None,
    fmt: OutputFormat,
    *,
    skip_done: bool,
    sites: bool,
) -> Iterator[Job | Skipped]:
    """A job per input under ``in_root``; inputs whose output already exists are skipped when
    ``skip_done`` (a resumed run). ``sites`` looks up each file's site (for templates)."""
    inside = _InsideCheck(in_root.resolve())
    mirrored = out_root is not None and fmt != "jsonl"
    for folder, inputs in inputs_by_folder(in_root):
        shared = shared_stems(inputs)
        out_folder = out_root / folder.relative_to(in_root) if out_root and mirrored else None
        for path in inputs:
            target = None
            if out_folder is not None:
                clash = _stem(path.name) in shared
                target = out_folder / _output_name(path.name, fmt, shared=clash)
            yield file_job(path, target, inside, skip_done=skip_done, sites=sites)


class _InsideCheck:
    """Whether an output path leads into the input folder (through a symbolic link in the
    output): each output folder is resolved once, a target file only when it is a link."""

    def __init__(self, real_root: Path) -> None:
        self.real_root = real_root
        self.folder: Path | None = None
        self.folder_inside = False
        """The last output folder asked about, and the answer (outputs come folder by folder)."""

    def __call__(self, target: Path) -> bool:
        if target.parent != self.folder:
            self.folder = target.parent
            self.folder_inside = target.parent.resolve().is_relative_to(self.real_root)
        inside = self.folder_inside
        if not inside and target.is_symlink():
            return target.resolve().is_relative_to(self.real_root)
        return inside


def file_job(
    path: Path,
    target: Path | None,
    inside: Callable[[Path], bool],
    *,
    skip_done: bool,
    sites: bool,
) -> Job | Skipped:
    """The job of one file (or its skip when its output already exists)."""
    source = display_path(path)
    if target is not None and inside(target):
        return Skipped(source, "output_in_input_folder")  # through a symbolic link in the output
    if skip_done and target is not None and target.exists():
        return Skipped(source, DONE)
    site, fingerprint = ("", 0)
    if sites:
        site, fingerprint = site_and_fingerprint(path, str(path.parent))
    output = None if target is None else str(target)
    return Job(source, path=str(path), target=output, site=site, fingerprint=fingerprint)


def list_jobs(paths: Iterable[Path], *, sites: bool) -> Iterator[Job]:
    """A job per file of an explicit list (a JSON Lines run); the site of a text file is its
    folder."""
    for path in paths:
        site, fingerprint = site_and_fingerprint(path, str(path.parent)) if sites else ("", 0)
        yield Job(display_path(path), path=str(path), site=site, fingerprint=fingerprint)


def remove_stale_parts(out_root: Path) -> int:
    """Delete the temporary ``.part`` files an interrupted run left in ``out_root``."""
    removed = 0
    if not out_root.is_dir():
        return 0
    for folder, _, files in os.walk(out_root):
        for name in files:
            if name.startswith(".") and name.endswith(".part"):
                Path(folder, name).unlink(missing_ok=True)
                removed += 1
    return removed


def job_source(
    inputs: list[Path], out_root: Path | None, fmt: OutputFormat, options: Options
) -> JobSource:
    """The jobs of a run over folders, WARC archives and files; ``out_root`` mirrors them."""
    sites = options.templates

    def make_jobs(skip_done: bool) -> Iterator[Job | Skipped]:
        for path in inputs:
            if path.is_dir():
                yield from folder_jobs(path, out_root, fmt, skip_done=skip_done, sites=sites)
            elif warc.is_warc(path):
                yield from warc.warc_jobs(path, out_root, fmt, skip_done=skip_done, options=options)
            else:
                yield from list_jobs([path], sites=sites)

    return make_jobs
