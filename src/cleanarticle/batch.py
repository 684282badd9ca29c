"""Folder runs: every HTML or text file under a folder cleaned into a mirrored output folder.

Inputs are opened read-only and never modified; each output is written to a temporary file in
its final folder and renamed into place, so a reader never sees a half-written file.
"""

from __future__ import annotations

import os
import stat
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from cleanarticle.errors import CleanArticleError, InputError, InputTooLargeError
from cleanarticle.models import Article
from cleanarticle.options import Options
from cleanarticle.pipeline import clean
from cleanarticle.render import Format, render

INPUT_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".text")
OUTPUT_SUFFIXES: dict[str, str] = {"text": ".txt", "markdown": ".md", "json": ".json"}

KindArg = Literal["auto", "html", "text"]


@dataclass(frozen=True, slots=True)
class FileResult:
    """What happened to one input file."""

    source: Path
    output: Path | None
    error: str | None = None
    kept: int = 0
    removed: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(slots=True)
class Report:
    """Running totals of a run; its exit code is 0 when every input was cleaned, else 1."""

    files: int = 0
    failed: int = 0
    kept: int = 0
    removed: Counter[str] = field(default_factory=Counter)
    failures: list[FileResult] = field(default_factory=list)

    def add(self, result: FileResult) -> None:
        self.files += 1
        if result.ok:
            self.kept += result.kept
            self.removed.update(result.removed)
        else:
            self.failed += 1
            self.failures.append(result)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def is_input_file(path: Path) -> bool:
    """True for names ending in an HTML or text suffix, optionally followed by ``.gz``."""
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return name.endswith(INPUT_SUFFIXES)


def find_inputs(root: Path) -> Iterator[Path]:
    """Every input file under ``root``, in sorted order. Only regular files are read: symbolic
    links are not followed, and named pipes, sockets and devices are passed over (reading a
    named pipe would wait for ever)."""
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs.sort()
        for name in sorted(files):
            path = Path(folder, name)
            if is_input_file(path) and _is_regular_file(path):
                yield path


def _is_regular_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


def output_path(source: Path, in_root: Path, out_root: Path, fmt: Format) -> Path:
    """The mirrored output path of ``source``: same relative folder, the format's suffix.

    ``a/page.html`` becomes ``a/page.txt``; when a sibling with the same stem exists
    (``page.html`` beside ``page.txt``) the whole input name is kept: ``page.html.txt``.
    """
    relative = source.relative_to(in_root)
    name = relative.name[:-3] if relative.name.lower().endswith(".gz") else relative.name
    stem, _, _ = name.rpartition(".")
    siblings = [p for p in source.parent.glob(f"{_glob_escape(stem)}.*") if p != source]
    base = name if any(is_input_file(p) for p in siblings) else stem
    return out_root / relative.parent / f"{base}{OUTPUT_SUFFIXES[fmt]}"


def read_input(path: Path, options: Options) -> bytes:
    """The bytes of ``path``, refusing files larger than the input limit before reading."""
    size = path.stat().st_size
    if size > options.max_input_bytes:
        raise InputTooLargeError(
            f"The file is {size:,} bytes, over the limit of {options.max_input_bytes:,}."
        )
    with path.open("rb") as handle:
        return handle.read()


def clean_file(path: Path, *, kind: KindArg, options: Options) -> Article:
    """Read and clean one file."""
    return clean(read_input(path, options), kind=kind, options=options)


def write_atomic(path: Path, data: str) -> None:
    """Write ``data`` to ``path`` through a temporary file renamed into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def run_folder(
    in_root: Path,
    out_root: Path,
    *,
    fmt: Format,
    kind: KindArg = "auto",
    options: Options,
    on_result: Callable[[FileResult], None] | None = None,
) -> Report:
    """Clean every input under ``in_root`` into ``out_root``; a failing file is recorded and
    skipped, the rest are still cleaned."""
    report = Report()
    for source in find_inputs(in_root):
        target = output_path(source, in_root, out_root, fmt)
        if target.resolve().is_relative_to(in_root.resolve()):
            result = FileResult(source, None, error="Its output would land in the input folder.")
        else:
            result = process_file(source, target, fmt=fmt, kind=kind, options=options)
        report.add(result)
        if on_result is not None:
            on_result(result)
    return report


def process_file(
    source: Path, target: Path, *, fmt: Format, kind: KindArg, options: Options
) -> FileResult:
    """Clean ``source`` into ``target``, turning any input problem into a failed result."""
    start = time.perf_counter()
    try:
        article = clean_file(source, kind=kind, options=options)
        write_atomic(target, render(article, fmt, source=display_path(source)))
    except (CleanArticleError, OSError) as exc:
        return FileResult(
            source, None, error=describe_error(exc), seconds=time.perf_counter() - start
        )
    return FileResult(
        source,
        target,
        kept=len(article.kept_blocks),
        removed=article.removed_by_reason(),
        seconds=time.perf_counter() - start,
    )


def describe_error(exc: BaseException) -> str:
    """One sentence for the user."""
    if isinstance(exc, InputError | CleanArticleError):
        return str(exc)
    if isinstance(exc, PermissionError):
        return "The file cannot be read: permission denied."
    if isinstance(exc, IsADirectoryError):
        return "The path is a folder, not a file."
    if isinstance(exc, FileNotFoundError):
        return "The file does not exist."
    if isinstance(exc, OSError):
        return f"The file cannot be read: {exc.strerror or exc}."
    return f"Unexpected error: {exc}."


def display_path(path: Path) -> str:
    """``path`` as printable text: bytes of a file name that are not UTF-8 become U+FFFD."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in text)
