"""Where batch jobs come from: a folder of saved pages and text files, mirrored into an output
folder (``a/page.html`` becomes ``out/a/page.txt``), or a list of files for one JSON Lines run.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
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
from cleanarticle.templates import HEAD_BYTES, page_head, page_site

INPUT_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".text")


def _is_input_name(name: str) -> bool:
    """True for names ending in an HTML or text suffix, optionally followed by ``.gz``."""
    return _unzipped(name).lower().endswith(INPUT_SUFFIXES)


def _unzipped(name: str) -> str:
    """``name`` without a ``.gz`` suffix (in any case)."""
    return name[:-3] if name.lower().endswith(".gz") else name


def find_inputs(root: Path) -> Iterator[Path]:
    """Every input file under ``root``, in sorted order; symbolic links are not followed."""
    for folder, names in inputs_by_folder(root):
        yield from (folder / name for name in names)


def inputs_by_folder(root: Path) -> Iterator[tuple[Path, list[str]]]:
    """Each folder under ``root`` (itself first, then each subfolder in turn, in sorted order)
    with the names of its input files, in sorted order.

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
        names = [e.name for e in entries if _is_input_name(e.name) and _is_regular_file(e)]
        yield Path(folder), names
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
    return sum(len(names) for _, names in inputs_by_folder(root))


def _stem(name: str) -> str:
    return _unzipped(name).rpartition(".")[0]


def shared_stems(names: list[str]) -> set[str]:
    """The stems that more than one input of a folder has (``page.html`` and ``page.txt``)."""
    counts = Counter(_stem(name) for name in names)
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


def read_head(path: Path) -> bytes:
    """The start of a page (see :func:`cleanarticle.templates.page_head`); empty if unreadable."""
    try:
        with path.open("rb") as handle:
            return page_head(handle.read(HEAD_BYTES))
    except OSError:
        return b""


def site_and_fingerprint(path: Path, folder: str) -> tuple[str, int]:
    """The site of a file (the host its page declares, else ``folder``) and a fingerprint of
    its start and size, which tells exact copies apart from other files."""
    try:
        size = path.stat().st_size
    except OSError:
        size = -1
    return page_site(read_head(path), size, folder)


def folder_jobs(
    in_root: Path,
    out_root: Path | None,
    fmt: OutputFormat,
    *,
    skip_done: bool,
    sites: bool,
) -> Iterator[Job | Skipped]:
    """A job per input under ``in_root``; inputs whose output already exists are skipped when
    ``skip_done`` (a resumed run). ``sites`` looks up each file's site and fingerprint (the
    census of the template learning pass; otherwise a worker finds them in the bytes it reads)."""
    real_root = in_root.resolve()
    mirrored = out_root is not None and fmt != "jsonl"
    for folder, names in inputs_by_folder(in_root):
        shared = shared_stems(names)
        outputs = None
        if out_root is not None and mirrored:
            outputs = _OutputFolder(out_root / folder.relative_to(in_root), real_root)
        prefix = str(folder)
        for name in names:
            path = _join(prefix, name)
            if outputs is None:
                yield file_job(path, None, done=False, sites=sites)
                continue
            output = _output_name(name, fmt, shared=_stem(name) in shared)
            if outputs.leads_inside(output):  # through a symbolic link in the output
                yield Skipped(display_path(path), "output_in_input_folder")
            else:
                done = skip_done and outputs.exists(output)
                yield file_job(path, outputs.path(output), done=done, sites=sites)


def _join(folder: str, name: str) -> str:
    """``folder / name`` as pathlib writes it (a name alone in the current folder)."""
    return name if folder == "." else os.path.join(folder, name)


class _OutputFolder:
    """The output folder of one input folder, looked at once for all its files: whether it
    leads into the input folder (through a symbolic link), and its entries (a listing, not a
    look at every output file): which names exist, and which are links."""

    def __init__(self, folder: Path, real_root: Path) -> None:
        self.prefix = str(folder)
        self.real_root = real_root
        self.inside = folder.resolve().is_relative_to(real_root)
        self.entries: dict[str, bool] = {}
        """Each entry's name, and whether it is a symbolic link."""
        try:
            with os.scandir(folder) as listing:
                self.entries = {entry.name: entry.is_symlink() for entry in listing}
        except OSError:  # not there yet
            pass

    def path(self, name: str) -> str:
        return _join(self.prefix, name)

    def leads_inside(self, name: str) -> bool:
        """Whether the output file ``name`` would be written inside the input folder."""
        if self.inside:
            return True
        if self.entries.get(name):
            return Path(self.path(name)).resolve().is_relative_to(self.real_root)
        return False

    def exists(self, name: str) -> bool:
        """Whether the output ``name`` exists (for a link: what it leads to)."""
        if name not in self.entries:
            return False
        return not self.entries[name] or os.path.exists(self.path(name))


def file_job(path: str, target: str | None, *, done: bool, sites: bool) -> Job | Skipped:
    """The job of one file, or its skip when it is ``done`` (its output exists)."""
    source = display_path(path)
    if done:
        return Skipped(source, DONE)
    site, fingerprint = ("", 0)
    if sites:
        site, fingerprint = site_and_fingerprint(Path(path), str(Path(path).parent))
    return Job(source, path=path, target=target, site=site, fingerprint=fingerprint)


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

    def make_jobs(skip_done: bool, *, sites: bool = False) -> Iterator[Job | Skipped]:
        for path in inputs:
            if path.is_dir():
                yield from folder_jobs(path, out_root, fmt, skip_done=skip_done, sites=sites)
            elif warc.is_warc(path):
                yield from warc.warc_jobs(path, out_root, fmt, skip_done=skip_done, options=options)
            else:
                yield from list_jobs([path], sites=sites)

    return make_jobs
