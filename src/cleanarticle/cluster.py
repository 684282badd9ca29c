"""Cleaning on a Dask cluster: files and WARC archives spread over ``dask.distributed`` workers.

The client cuts the inputs into tasks (one per WARC archive, one per chunk of files), keeps a
bounded number of them in flight, and hands the results on in input order, so the JSON Lines
output is the same as a local run's. Workers read the inputs themselves: the paths must be
readable from every worker (a shared file system). Install with the ``cluster`` extra
(``dask[distributed]``).

Site templates are learned as in a local run, in passes over the inputs: a census (the site and
fingerprint of every document) that picks each site's sample in input order, a pass that has the
sampled documents read for their block keys, then the cleaning pass with the furniture table.
So the output is the same as a local run's, templates included.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from cleanarticle.batch import (
    FileResult,
    Hooks,
    Job,
    Report,
    Settings,
    Skipped,
    process_job,
)
from cleanarticle.sources import find_inputs, list_jobs
from cleanarticle.templates import TemplateLearner, sample_places
from cleanarticle.warc import is_warc, warc_jobs

T = TypeVar("T")
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


def task_jobs(settings: Settings, task: Task, *, sites: bool = False) -> Iterator[Job | Skipped]:
    """The documents of one task; ``sites`` looks up the site of each file (for the census)."""
    if len(task) == 1 and is_warc(Path(task[0])):
        yield from warc_jobs(
            Path(task[0]), None, "jsonl", skip_done=False, options=settings.options
        )
        return
    yield from list_jobs(map(Path, task), sites=sites)


def clean_task(settings: Settings, task: Task) -> list[FileResult | Skipped]:
    """Run on a worker: clean every document of one task."""
    results: list[FileResult | Skipped] = []
    try:
        for item in task_jobs(settings, task):
            results.append(item if isinstance(item, Skipped) else process_job(settings, item))
    except OSError as exc:  # a corrupt or unreadable archive: report it, keep what was read
        results.append(FileResult(task[0], None, error=f"The archive cannot be read: {exc}."))
    return results


def census_task(settings: Settings, task: Task) -> list[tuple[str, int]]:
    """Run on a worker: the site and fingerprint of every document of one task."""
    try:
        jobs = task_jobs(settings, task, sites=True)
        return [(j.site, j.fingerprint) for j in jobs if isinstance(j, Job)]
    except OSError:  # the cleaning pass reports the unreadable archive
        return []


def learn_task(
    settings: Settings, sample: tuple[Task, tuple[int, ...]]
) -> list[tuple[str, tuple[int, ...]] | None]:
    """Run on a worker: the site and block keys of the picked documents of one task (their
    places among its documents), ``None`` for one that could not be read."""
    task, picked = sample
    wanted = set(picked)
    learning = replace(settings, learn=True)
    found: list[tuple[str, tuple[int, ...]] | None] = []
    jobs = (j for j in task_jobs(settings, task) if isinstance(j, Job))
    try:
        for place, job in enumerate(jobs):
            if place in wanted:
                result = process_job(learning, job)
                found.append((result.site, result.keys) if result.ok else None)
    except OSError:
        pass
    return found


def run_cluster(
    inputs: Iterable[Path], address: str, settings: Settings, *, hooks: Hooks
) -> Report:
    """Clean ``inputs`` on the cluster whose scheduler listens at ``address``."""
    from distributed import Client  # an optional extra: imported only for cluster runs

    inputs = list(inputs)
    report = Report()
    # distributed ships no type information for Client.
    with Client(address, set_as_default=False) as client:  # type: ignore[no-untyped-call]
        window = (sum(client.nthreads().values()) or 1) * TASKS_PER_WORKER

        def submit(func: Callable[[Settings, Any], Any], s: Settings) -> Callable[[Any], Any]:
            return partial(client.submit, partial(func, s), pure=False)

        if settings.options.templates:
            table = learn_templates(inputs, settings, submit, window, hooks)
            settings = replace(settings, furniture=table)
        hooks.phase("cleaning", None)
        for results in _ordered(submit(clean_task, settings), make_tasks(inputs), window):
            for item in results:
                if isinstance(item, Skipped):
                    report.skip(item)
                    hooks.skip(item)
                else:
                    report.add(item)
                    hooks.result(item)
    return report


Submitter = Callable[[Callable[[Settings, Any], Any], Settings], Callable[[Any], Any]]


def learn_templates(
    inputs: list[Path], settings: Settings, submit: Submitter, window: int, hooks: Hooks
) -> dict[str, frozenset[int]]:
    """The furniture table, learned from the same sample as a local run's."""
    options = settings.options
    counts: list[int] = []
    """The number of documents of each task, in order."""

    def census() -> Iterator[tuple[str, int]]:
        for found in _ordered(submit(census_task, settings), make_tasks(inputs), window):
            counts.append(len(found))
            yield from found

    sample = sample_places(census(), options)
    if not sample:
        return {}
    hooks.phase("learning", len(sample))

    def samples() -> Iterator[tuple[Task, tuple[int, ...]]]:
        start = 0
        for task, count in zip(make_tasks(inputs), counts, strict=True):
            picked = tuple(i for i in range(count) if start + i in sample)
            start += count
            if picked:
                yield task, picked

    learner = TemplateLearner(options)
    for learned in _ordered(submit(learn_task, settings), samples(), window):
        for item in learned:
            if item is not None:
                learner.add(*item)
            hooks.learned()
    return learner.table()


def _ordered(submit: Callable[[T], Any], tasks: Iterator[T], window: int) -> Iterator[Any]:
    """Results of ``tasks`` in order, with at most ``window`` futures in flight (a future's
    result has the type its function returns: distributed does not say)."""
    in_flight: list[Any] = []
    for task in tasks:
        in_flight.append(submit(task))
        if len(in_flight) >= window:
            yield in_flight.pop(0).result()
    while in_flight:
        yield in_flight.pop(0).result()
