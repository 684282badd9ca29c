"""The manifest of a batch run: one JSON line per input, appended as the run goes.

Each line holds ``source``, ``status`` (``ok``, ``failed`` or ``skipped``), ``output``,
``reason`` (why it failed or was skipped), ``kept``, ``removed`` (blocks removed by reason
code) and ``seconds``. A resumed run appends to the same manifest; for a source listed twice the
later line wins. Lines are flushed one by one, so a killed run loses at most the line being
written, and :func:`read_manifest` ignores such a torn last line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from cleanarticle.batch import FileResult, Skipped, display_path

MANIFEST_NAME = ".cleanarticle-manifest.jsonl"


def entry(item: FileResult | Skipped) -> dict[str, Any]:
    """The manifest record of one result or skipped input."""
    if isinstance(item, Skipped):
        return {"source": item.source, "status": "skipped", "reason": item.reason}
    return {
        "source": item.source,
        "status": "ok" if item.ok else "failed",
        "output": None if item.output is None else display_path(Path(item.output)),
        "reason": item.error,
        "kept": item.kept,
        "removed": item.removed,
        "seconds": round(item.seconds, 4),
    }


class Manifest:
    """An open manifest file; ``fresh`` starts it anew (``--overwrite``), else it is appended."""

    def __init__(self, path: Path, *, fresh: bool) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._handle: IO[str] = path.open("w" if fresh else "a", encoding="utf-8")

    def write(self, item: FileResult | Skipped) -> None:
        self._handle.write(json.dumps(entry(item), ensure_ascii=False) + "\n")
        self._handle.flush()

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> Manifest:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def read_manifest(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a manifest, skipping a torn or unreadable line."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict):
                yield record


@contextmanager
def open_manifest(out_root: Path | None, *, fresh: bool) -> Iterator[Manifest | None]:
    """The manifest of a mirrored run into ``out_root``; ``None`` when there is no folder."""
    if out_root is None:
        yield None
        return
    with Manifest(out_root / MANIFEST_NAME, fresh=fresh) as manifest:
        yield manifest
