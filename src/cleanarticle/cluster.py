"""Cleaning on a Dask cluster: files and WARC archives spread over ``dask.distributed`` workers.

The client cuts the inputs into tasks (one per WARC archive, one per chunk of files), keeps a
bounded number of them in flight, and hands the results on in input order, so the JSON Lines
output is the same as a local run's. Workers read the inputs themselves: the paths must be
readable from every worker (a shared file system). Site templates are not learned here.
Install with the ``cluster`` extra (``dask[distributed]``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from cleanarticle.batch import (
    FileResult,
    Hooks,
    Job,
    Report,
    Settings,
    Skipped,
    display_path,
    process_job,
)
from cleanarticle.sources import find_inputs
from cleanarticle.warc import is_warc, warc_jobs

FILES_PER_TASK = 32
TASKS_PER_WORKER = 4
"""Tasks kept in flight per worker thread."""

Task = tuple[str, ...]
"""A WARC archive path alone, or a chunk of file paths (absolute)."""


def make_tasks(inputs: Iterable[Path]) -> Iterator[Task]:
    """One task per WARC archive, one per ``FILES_PER_TASK`` files (folders are expanded)."""
    chunk: list[str] = []
    for path in _expand(inputs):
        if is_warc(path):
            if chunk:
                yield tuple(chunk)
                chunk = []
            yield (str(path.absolute()),)
        else:
            chunk.append(str(path.absolute()))
            if len(chunk) == FILES_PER_TASK:
                yield tuple(chunk)
                chunk = []
    if chunk:
        yield tuple(chunk)


def _expand(inputs: Iterable[Path]) -> Iterator[Path]:
    for path in inputs:
        yield from find_inputs(path) if path.is_dir() else (path,)


def clean_task(settings: Settings, task: Task) -> list[FileResult | Skipped]:
    """Run on a worker: clean every document of one task."""
    if len(task) == 1 and is_warc(Path(task[0])):
        items: Iterable[Job | Skipped] = warc_jobs(
            Path(task[0]), None, "jsonl", skip_done=False, options=settings.options
        )
    else:
        items = (Job(display_path(Path(path)), path=path) for path in task)
    results: list[FileResult | Skipped] = []
    try:
        for item in items:
            results.append(item if isinstance(item, Skipped) else process_job(settings, item))
    except OSError as exc:  # a corrupt or unreadable archive: report it, keep what was read
        results.append(FileResult(task[0], None, error=f"The archive cannot be read: {exc}."))
    return results


def run_cluster(
    inputs: Iterable[Path], address: str, settings: Settings, *, hooks: Hooks
) -> Report:
    """Clean ``inputs`` on the cluster whose scheduler listens at ``address``."""
    from distributed import Client  # an optional extra: imported only for cluster runs

    report = Report()
    hooks.phase("cleaning", None)
    # distributed ships no type information for Client.
    with Client(address, set_as_default=False) as client:  # type: ignore[no-untyped-call]
        threads = sum(client.nthreads().values()) or 1
        submit = partial(client.submit, partial(clean_task, settings), pure=False)
        for results in _ordered(submit, make_tasks(inputs), threads * TASKS_PER_WORKER):
            for item in results:
                if isinstance(item, Skipped):
                    report.skip(item)
                    hooks.skip(item)
                else:
                    report.add(item)
                    hooks.result(item)
    return report


def _ordered(
    submit: Callable[[Task], Any], tasks: Iterator[Task], window: int
) -> Iterator[list[FileResult | Skipped]]:
    """Results of ``tasks`` in order, with at most ``window`` futures in flight."""
    in_flight: list[Any] = []
    for task in tasks:
        in_flight.append(submit(task))
        if len(in_flight) >= window:
            yield in_flight.pop(0).result()
    while in_flight:
        yield in_flight.pop(0).result()
