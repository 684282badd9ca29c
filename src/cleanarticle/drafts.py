"""The learning pass's drafts, kept on disk between the two passes of a batch run.

A document the site-template learning pass has read is kept as its
:class:`cleanarticle.pipeline.Draft` (pickled, compressed) in a temporary folder of the run, so
that cleaning it afterwards costs only the last stages. Each draft is taken (read and removed)
once. The folder is named by :data:`PREFIX` and the run's process id, so that the folders of
runs that were killed can be found and removed by the next run.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cleanarticle.pipeline import Draft

PREFIX = "cleanarticle-drafts-"
"""Temporary folders of drafts are named by this, the run's process id and a random part."""


@contextmanager
def store() -> Iterator[str]:
    """A new folder for one run's drafts, removed at the end (and the folders of killed runs
    removed first)."""
    _remove_stale()
    with tempfile.TemporaryDirectory(prefix=f"{PREFIX}{os.getpid()}-") as folder:
        yield folder


def keep(folder: str, source: str, fingerprint: int, drafted: Draft) -> tuple[str, int]:
    """Write the draft of the document ``source`` into ``folder``; returns its file and size."""
    data = zlib.compress(pickle.dumps(drafted, protocol=pickle.HIGHEST_PROTOCOL), 1)
    path = _path(folder, source, fingerprint)
    temp = path.with_suffix(".part")
    temp.write_bytes(data)
    os.replace(temp, path)
    return str(path), len(data)


def take(file: str) -> Draft | None:
    """The draft kept in ``file`` (see :func:`keep`), which is removed; ``None`` when there is
    none."""
    from cleanarticle.pipeline import Draft  # in the workers only: see cleanarticle.batch

    path = Path(file)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    path.unlink(missing_ok=True)
    drafted = pickle.loads(zlib.decompress(data))
    return drafted if isinstance(drafted, Draft) else None


def _path(folder: str, source: str, fingerprint: int) -> Path:
    """Where a document's draft is kept: named by a hash of its source and fingerprint."""
    name = f"{source}\0{fingerprint}".encode("utf-8", "surrogateescape")
    return Path(folder) / f"{hashlib.blake2b(name, digest_size=12).hexdigest()}.draft"


def _remove_stale() -> None:
    """Remove the draft folders of runs that were killed (their process is gone)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{PREFIX}*-*"):
        pid = folder.name.removeprefix(PREFIX).split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True
