"""Batch runs: many documents cleaned on every core, into mirrored files or one JSON Lines file.

A run is a stream of :class:`Job` (one document each: a file to read, or bytes from a WARC
record) cleaned by a process pool (:mod:`cleanarticle.parallel`), results in input order.
Inputs are opened read-only and never modified; each output file is written to a temporary
``.part`` file in its final folder and renamed into place, so no reader (and no resumed run)
ever sees a half-written output. With site templates on, a learning pass over a sample of each
site's documents comes first (:mod:`cleanarticle.templates`); it keeps the drafts of the
documents it reads (:mod:`cleanarticle.drafts`, up to ``Options.template_draft_cache_mb``) so
that cleaning them afterwards costs only the last stages.

The pipeline is imported inside the functions that run in the workers (their fork server imports
it once): the parent process of a run never cleans a document, and does not pay for importing it.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Literal, Protocol

from cleanarticle import drafts, templates
from cleanarticle.errors import CleanArticleError, InputError, InputTooLargeError, TimeLimitError
from cleanarticle.models import Article
from cleanarticle.options import Options
from cleanarticle.parallel import Pool, start_server, time_limit
from cleanarticle.render import Format, render

KindArg = Literal["auto", "html", "text"]
OutputFormat = Literal["text", "markdown", "json", "jsonl"]
OUTPUT_SUFFIXES: dict[str, str] = {"text": ".txt", "markdown": ".md", "json": ".json"}
ARCHIVE_ERROR = "archive_error"
"""Skip reason of an input archive that could not be read to its end."""
DONE = "done"
"""Skip reason of an input whose output exists from an earlier run."""


@dataclass(frozen=True, slots=True)
class Job:
    """One document to clean: ``path`` to read, or ``data`` already in memory (a WARC record).

    ``source`` names it for the user (a path or a URL); ``target`` is its output file (``None``
    when the run writes one JSON Lines stream); ``site`` groups it for site templates.
    """

    source: str
    path: str | None = None
    data: bytes | None = None
    url: str | None = None
    charset: str | None = None
    target: str | None = None
    site: str = ""
    fingerprint: int = 0
    """A hash of the input's bytes (or of its start and size), so the template learning pass
    can skip exact copies; 0 when unknown."""
    draft: str | None = None
    """The file of the draft the learning pass kept for the document (its ``site`` is then
    known): the cleaning pass finishes it from there without reading the input."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input left out of the run, with a reason code (``done``, ``not_html``, ...)."""

    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class Settings:
    """What every worker needs to know about the run."""

    fmt: OutputFormat
    kind: KindArg
    options: Options
    furniture: Mapping[str, frozenset[int]] = field(default_factory=dict)
    learn: bool = False
    """Learning pass: draft documents, keep the drafts, and return block keys instead of output."""
    drafts: str | None = None
    """Folder where the learning pass keeps its drafts (``None``: none kept)."""


@dataclass(frozen=True, slots=True)
class FileResult:
    """What happened to one input."""

    source: str
    output: str | None
    error: str | None = None
    kept: int = 0
    removed: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    record: str | None = None
    """The JSON line of the document in JSON Lines runs."""
    keys: tuple[int, ...] = ()
    """Block keys of the document in the learning pass."""
    draft: str | None = None
    """The file of the draft the learning pass kept for the document."""
    draft_bytes: int = 0
    site: str = ""

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
    skipped: Counter[str] = field(default_factory=Counter)
    failures: list[FileResult] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    def add(self, result: FileResult) -> None:
        self.files += 1
        if result.ok:
            self.kept += result.kept
            self.removed.update(result.removed)
        else:
            self.failed += 1
            if len(self.failures) < 1000:
                self.failures.append(result)

    def skip(self, item: Skipped) -> None:
        self.skipped[item.reason] += 1

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    @property
    def exit_code(self) -> int:
        return 1 if self.failed or self.skipped[ARCHIVE_ERROR] else 0


def read_input(path: Path, options: Options) -> bytes:
    """The bytes of ``path``, refusing files larger than the input limit before reading."""
    size = path.stat().st_size
    if size > options.max_input_bytes:
        raise InputTooLargeError(
            f"The file is {size:,} bytes, over the limit of {options.max_input_bytes:,}."
        )
    with path.open("rb") as handle:
        return handle.read()


def write_atomic(path: Path, data: str) -> None:
    """Write ``data`` to ``path`` through a temporary ``.part`` file renamed into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


@contextmanager
def jsonl_writer(path: Path | None) -> Iterator[Callable[[str], None]]:
    """Write lines to ``path`` through a ``.part`` file renamed into place when the block ends
    normally (removed otherwise); ``None`` writes them to standard output."""
    if path is None:
        yield partial(print, flush=False)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            yield partial(print, file=handle)
        os.replace(temp, path)
    finally:
        Path(temp).unlink(missing_ok=True)


def clean_job(job: Job, settings: Settings) -> Article:
    """Read and clean one document within the time limit, from its draft when one was kept
    (then the input is not read again)."""
    from cleanarticle.pipeline import clean, finish  # in the workers only: see the module

    options = settings.options
    with time_limit(options.time_limit):
        kept = drafts.take(job.draft) if job.draft is not None else None
        if kept is not None:
            furniture = templates.furniture_for(settings.furniture, job.site)
            return finish(kept, url=job.url, options=options, furniture=furniture)
        data = _read_job(job, options)
        if settings.furniture:  # the document's site is needed
            job = _with_site(job, data)
        return clean(
            data,
            kind=settings.kind,
            url=job.url,
            options=options,
            charset=job.charset,
            furniture=templates.furniture_for(settings.furniture, job.site),
        )


def learn_job(job: Job, settings: Settings) -> FileResult:
    """The learning pass on one document: its draft (kept for the cleaning pass when there is a
    folder for drafts) and the keys of the blocks it keeps."""
    from cleanarticle.pipeline import draft  # in the workers only: see the module

    options = settings.options
    name, fingerprint = draft_key(job)
    with time_limit(options.time_limit):
        data = _read_job(job, options)
        job = _with_site(job, data)
        drafted = draft(data, kind=settings.kind, url=job.url, options=options, charset=job.charset)
    keys = templates.block_keys(drafted.blocks)
    if settings.drafts is None:
        return FileResult(job.source, None, keys=keys, site=job.site)
    path, size = drafts.keep(settings.drafts, name, fingerprint, drafted)
    return FileResult(job.source, None, keys=keys, site=job.site, draft=path, draft_bytes=size)


def draft_key(job: Job) -> tuple[str, int]:
    """What tells the draft of ``job`` apart from the others of a run, the same in both passes:
    its file, or its source and fingerprint (a WARC record)."""
    return (job.path or job.source, job.fingerprint)


def _with_site(job: Job, data: bytes) -> Job:
    """``job`` with the site of the page in ``data`` when its source left it out (a file: the
    parent reads files' heads only for the census of the learning pass)."""
    if job.site or job.path is None:
        return job
    site = templates.site_of_file(templates.page_head(data), str(Path(job.path).parent))
    return replace(job, site=site)


def _read_job(job: Job, options: Options) -> bytes:
    return job.data if job.data is not None else read_input(Path(job.path or job.source), options)


def process_job(settings: Settings, job: Job) -> FileResult:
    """Clean ``job`` and write or return its output; any input problem becomes a failed result."""
    start = time.perf_counter()
    try:
        if settings.learn:
            return learn_job(job, settings)
        article = clean_job(job, settings)
        fmt: Format = "json" if settings.fmt == "jsonl" else settings.fmt
        text = render(article, fmt, source=job.url or job.source)
        if job.target is not None:
            write_atomic(Path(job.target), text)
    except Exception as exc:  # one bad document must never stop a batch run
        return failed(job, describe_error(exc), time.perf_counter() - start)
    return FileResult(
        job.source,
        job.target,
        kept=len(article.kept_blocks),
        removed=article.removed_by_reason(),
        seconds=time.perf_counter() - start,
        record=None if job.target is not None else text.rstrip("\n"),
        site=job.site,
    )


def failed(job: Job, reason: str, seconds: float = 0.0) -> FileResult:
    """The result of a job that could not be cleaned."""
    return FileResult(job.source, None, error=reason, seconds=seconds, site=job.site)


def _ignore(*args: object) -> None:
    return None


@dataclass(frozen=True, slots=True)
class Hooks:
    """Callbacks a run makes as it goes (the command line draws its progress bar with them)."""

    result: Callable[[FileResult], None] = _ignore
    """Called for every cleaned or failed document, in input order."""
    skip: Callable[[Skipped], None] = _ignore
    phase: Callable[[str, int | None], None] = _ignore
    """``("learning", n)`` before the template learning pass over n documents, then
    ``("cleaning", None)``."""
    learned: Callable[[], None] = _ignore
    """Called for every document of the learning pass."""


class JobSource(Protocol):
    """Makes the job stream of a run: ``skip_done`` skips inputs whose output exists; ``sites``
    looks up the site and fingerprint of each file (the census of the learning pass; the
    workers find those of the files they read themselves)."""

    def __call__(self, skip_done: bool, *, sites: bool = False) -> Iterable[Job | Skipped]: ...


def run(
    make_jobs: JobSource, settings: Settings, *, jobs: int, hooks: Hooks, resume: bool = True
) -> Report:
    """Clean every job of ``make_jobs`` on ``jobs`` processes (results in input order).

    With site templates on, a learning pass over a sample of each big site's documents comes
    first; resumed runs learn from the same documents, so their furniture is the same.
    """
    start_server()  # its imports overlap the listing of the inputs
    with drafts.store() as folder:
        learned = Learned({}, {})
        if settings.options.templates and _has_work(make_jobs, resume):
            learned = learn_templates(make_jobs, settings, jobs=jobs, hooks=hooks, drafts=folder)
            settings = replace(settings, furniture=learned.furniture)
        return clean_jobs(
            make_jobs, settings, jobs=jobs, hooks=hooks, resume=resume, drafted=learned.drafted
        )


def clean_jobs(
    make_jobs: JobSource,
    settings: Settings,
    *,
    jobs: int,
    hooks: Hooks,
    resume: bool,
    drafted: Mapping[tuple[str, int], tuple[str, str]] | None = None,
) -> Report:
    """The cleaning pass: every job of ``make_jobs`` (with ``settings.furniture`` learned);
    the jobs in ``drafted`` (see :class:`Learned`) are finished from their drafts."""
    report = Report()
    hooks.phase("cleaning", None)
    waiting = dict(drafted or {})

    def jobs_only() -> Iterator[Job]:
        for item in make_jobs(resume):
            if isinstance(item, Skipped):
                report.skip(item)
                hooks.skip(item)
                continue
            kept = waiting.pop(draft_key(item), None)
            yield item if kept is None else replace(item, draft=kept[0], site=kept[1])

    for result in _pool(settings, jobs).imap(jobs_only()):
        report.add(result)
        hooks.result(result)
    return report


def _has_work(make_jobs: JobSource, resume: bool) -> bool:
    """Whether any job is left (a finished run resumed has none: no need to learn)."""
    return any(isinstance(item, Job) for item in make_jobs(resume))


@dataclass(frozen=True, slots=True)
class Learned:
    """What the learning pass leaves for the cleaning pass."""

    furniture: dict[str, frozenset[int]]
    """The furniture table (see :mod:`cleanarticle.templates`)."""
    drafted: dict[tuple[str, int], tuple[str, str]]
    """The draft file and site of each document whose draft was kept, by :func:`draft_key`."""


def learn_templates(
    make_jobs: JobSource, settings: Settings, *, jobs: int, hooks: Hooks, drafts: str | None = None
) -> Learned:
    """The furniture table of every site with enough documents, from a sample of them; the
    drafts of the sampled documents are kept in ``drafts`` while their total size stays under
    ``Options.template_draft_cache_mb``."""
    options = settings.options
    census = ((job.site, _fingerprint(job)) for job in _jobs_of(make_jobs, sites=True))
    sample = templates.sample_places(census, options)
    if not sample:
        return Learned({}, {})
    hooks.phase("learning", len(sample))
    handed: deque[tuple[str, int]] = deque()
    """The keys of the jobs handed to the pool and not answered yet (answers come in order)."""

    def picked() -> Iterator[Job]:
        for place, job in enumerate(_jobs_of(make_jobs)):
            if place in sample:
                handed.append(draft_key(job))
                yield job

    # The template stage judges the blocks the boilerplate stage kept: those are the blocks to
    # count, and the drafts end there.
    learning = replace(settings, learn=True, drafts=drafts)
    learner = templates.TemplateLearner(options)
    drafted: dict[tuple[str, int], tuple[str, str]] = {}
    budget = options.template_draft_cache_mb * 1_000_000
    for result in _pool(learning, jobs).imap(picked()):
        key = handed.popleft()
        if result.ok:
            learner.add(result.site, result.keys)
            budget -= result.draft_bytes
            if budget < 0 and result.draft:  # over budget: that document is drafted again
                Path(result.draft).unlink(missing_ok=True)
            elif result.draft:
                drafted[key] = (result.draft, result.site)
        hooks.learned()
    return Learned(learner.table(), drafted)


def _jobs_of(make_jobs: JobSource, *, sites: bool = False) -> Iterator[Job]:
    """Every job of the run, finished or not (skipped inputs left out)."""
    return (item for item in make_jobs(False, sites=sites) if isinstance(item, Job))


def _fingerprint(job: Job) -> int:
    return job.fingerprint or hash(job.source)


def _pool(settings: Settings, jobs: int) -> Pool[Job, FileResult]:
    def on_failure(job: Job, reason: str) -> FileResult:
        return failed(job, reason, settings.options.time_limit)

    return Pool(
        partial(process_job, settings),
        jobs=jobs,
        time_limit=settings.options.time_limit,
        on_failure=on_failure,
    )


def describe_error(exc: BaseException) -> str:
    """One sentence for the user."""
    if isinstance(exc, InputError | CleanArticleError | TimeLimitError):
        return str(exc)
    if isinstance(exc, PermissionError):
        return "The file cannot be read: permission denied."
    if isinstance(exc, IsADirectoryError):
        return "The path is a folder, not a file."
    if isinstance(exc, FileNotFoundError):
        return "The file does not exist."
    if isinstance(exc, OSError):
        return f"The file cannot be read: {exc.strerror or exc}."
    return f"Unexpected error ({type(exc).__name__}): {exc}."


def display_path(path: Path | str) -> str:
    """``path`` as printable text: bytes of a file name that are not UTF-8 become U+FFFD."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
