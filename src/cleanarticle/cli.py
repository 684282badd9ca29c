"""The ``cleanarticle`` command: the only module that touches click and rich.

Exit codes: 0 every input cleaned, 1 some inputs failed, 2 usage error (bad option, missing
path, a folder without ``-o``, an output folder inside the input folder).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import cast

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from cleanarticle import __version__, batch, sources, warc
from cleanarticle.errors import CleanArticleError
from cleanarticle.manifest import Manifest, open_manifest
from cleanarticle.models import Article
from cleanarticle.options import Options
from cleanarticle.parallel import time_limit
from cleanarticle.render import Format, render

# The cores this process may run on (fewer than the machine's under an affinity mask).
CORES = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

HELP = """Write the clean text of an article: the main content of a saved HTML page, or plain
text without its UI strings, share bars, credits and spliced off-topic paragraphs.

\b
INPUT is a saved page, a text file, - for standard input (the default), a folder, a WARC
archive, or several of them (written as one JSON Lines stream):
  cleanarticle page.html                  article text on stdout
  cat article.txt | cleanarticle          plain text cleaned the same way
  cleanarticle page.html -o page.txt      write to a file
  cleanarticle page.html --explain        why each block was kept or removed (stderr)
  cleanarticle page.html -f json          JSON with every block and its verdict

\b
Batch runs (all cores, resumable: run the same command again after an interruption):
  cleanarticle articles/ -o cleaned/      a folder, mirrored into cleaned/
  cleanarticle articles/ -o run.jsonl -f jsonl     one JSON line per document
  cleanarticle crawl.warc.gz -o out/      the HTML responses of a web archive
  cleanarticle a.warc.gz b/ -f jsonl --scheduler tcp://10.0.0.5:8786   on a Dask cluster

\b
Exit codes: 0 all inputs cleaned, 1 some inputs failed, 2 usage error, 130 interrupted.
"""


class Failure(click.ClickException):
    """An input that could not be cleaned: exit code 1, one sentence on stderr."""

    exit_code = EXIT_FAILED


class Usage(click.ClickException):
    """A usage problem found after parsing: exit code 2."""

    exit_code = EXIT_USAGE


@click.command(help=HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("sources", nargs=-1, metavar="[INPUT]...")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="File to write (one input, or -f jsonl) or folder to fill (folder or WARC input). "
    "Example: -o cleaned/",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown", "json", "jsonl"]),
    default="text",
    show_default=True,
    help="text: title and paragraphs; markdown: with headings, lists, tables and code; json: the "
    "article with every block's verdict (one JSON line per document); jsonl: a batch run as "
    "one JSON Lines file (-o) or stream (stdout). Example: -f json",
)
@click.option(
    "--kind",
    type=click.Choice(["auto", "html", "text"]),
    default="auto",
    show_default=True,
    help="Treat the input as HTML or text; auto looks at the content, not the name. "
    "Example: --kind text",
)
@click.option(
    "--url",
    default=None,
    help="The page's address, recorded in the metadata and "
    "used to resolve links. Example: --url https://example.com/news/1",
)
@click.option(
    "--explain",
    is_flag=True,
    help="Print every block with kept/removed, step, reason and score on stderr.",
)
@click.option(
    "--keep-boilerplate",
    is_flag=True,
    help="Skip the boilerplate stage (UI strings, share bars, credits stay).",
)
@click.option(
    "--keep-off-topic",
    is_flag=True,
    help="Skip the topic stage (paragraphs from other stories stay).",
)
@click.option(
    "--keep-templates",
    is_flag=True,
    help="Batch runs: do not learn and remove each site's repeated template blocks.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=CORES,
    show_default="all cores",
    help="Batch runs: worker processes. Example: -j 4",
)
@click.option(
    "--time-limit",
    type=click.FloatRange(min=0),
    default=Options().time_limit,
    show_default=True,
    help="Seconds one document may take before it is abandoned (0: no limit).",
)
@click.option(
    "--overwrite",
    is_flag=True,
    help="Batch runs: clean every input again, even those whose output exists.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Run on the Dask cluster at ADDRESS (needs the 'cluster' extra); writes JSON Lines. "
    "Example: --scheduler tcp://10.0.0.5:8786",
)
@click.option(
    "-q",
    "--quiet",
    is_flag=True,
    help="No progress bar or summary on stderr (failures are still reported).",
)
@click.version_option(__version__, "-V", "--version", prog_name="cleanarticle")
def command(
    sources: tuple[str, ...],
    output: Path | None,
    fmt: str,
    kind: str,
    url: str | None,
    explain: bool,
    keep_boilerplate: bool,
    keep_off_topic: bool,
    keep_templates: bool,
    jobs: int,
    time_limit: float,
    overwrite: bool,
    scheduler: str | None,
    quiet: bool,
) -> None:
    options = replace(
        Options(),
        boilerplate=not keep_boilerplate,
        topic=not keep_off_topic,
        templates=not keep_templates,
        time_limit=time_limit,
    )
    err = Console(stderr=True, highlight=False)
    chosen_kind = cast(batch.KindArg, kind)
    source = sources[0] if sources else "-"
    if scheduler or len(sources) > 1 or _is_batch_input(source):
        run = BatchRun(
            [Path(s) for s in sources], output, cast(batch.OutputFormat, fmt), jobs, overwrite
        )
        _run_batch(run, batch.Settings(run.fmt, chosen_kind, options), err, quiet, scheduler)
        return
    if output is not None and source != "-" and _same_file(Path(source), output):
        raise Usage("The output file is the input file: choose another with -o.")
    article = _clean_one(source, chosen_kind, url, options)
    if explain:
        for line in explain_lines(article, err.width):
            err.print(line, no_wrap=True, overflow="ellipsis")
    if not quiet:
        for note in article.notes:
            err.print(f"note: {note}", markup=False, soft_wrap=True)
    single: Format = "json" if fmt == "jsonl" else cast(Format, fmt)
    shown = None if source == "-" else batch.display_path(Path(source))
    text = render(article, single, source=shown)
    if output is None:
        click.echo(text, nl=False)
    else:
        batch.write_atomic(output, text)


def _is_batch_input(source: str) -> bool:
    return source != "-" and (Path(source).is_dir() or warc.is_warc(Path(source)))


def _same_file(source: Path, output: Path) -> bool:
    try:
        return output.exists() and source.samefile(output)
    except OSError:
        return False


def _clean_one(source: str, kind: batch.KindArg, url: str | None, options: Options) -> Article:
    from cleanarticle.pipeline import clean  # batch runs clean in their workers only

    if source == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(source)
        if not path.exists():
            raise Usage(f"The input {source!r} does not exist.")
        try:
            data = batch.read_input(path, options)
        except (OSError, CleanArticleError) as exc:
            raise Failure(f"{source}: {batch.describe_error(exc)}") from None
    try:
        with time_limit(options.time_limit):
            return clean(data, kind=kind, url=url, options=options)
    except CleanArticleError as exc:
        raise Failure(f"{'stdin' if source == '-' else source}: {exc}") from None


@dataclass(frozen=True, slots=True)
class BatchRun:
    """A batch run as the command line asked for it."""

    inputs: list[Path]
    output: Path | None
    fmt: batch.OutputFormat
    jobs: int
    overwrite: bool

    @property
    def mirrored(self) -> bool:
        """Whether each input gets its own output file (else one JSON Lines stream)."""
        return self.fmt != "jsonl"


def _check_batch(run: BatchRun, scheduler: str | None) -> None:
    for path in run.inputs:
        if not path.exists():
            raise Usage(f"The input {str(path)!r} does not exist.")
    if scheduler and run.mirrored:
        raise Usage("Cluster runs write JSON Lines: add -f jsonl (and -o FILE or stdout).")
    if not run.mirrored:
        if run.output is not None and run.output.is_dir():
            raise Usage(f"The output {str(run.output)!r} is a folder: -f jsonl writes one file.")
        return
    if len(run.inputs) > 1:
        raise Usage("Several inputs are written as one JSON Lines stream: add -f jsonl.")
    what = "a folder" if run.inputs[0].is_dir() else "a WARC archive"
    if run.output is None:
        raise Usage(f"The input {str(run.inputs[0])!r} is {what}: give an output folder with -o.")
    if run.output.resolve().is_relative_to(run.inputs[0].resolve()):
        raise Usage("The output folder is inside the input folder: choose another with -o.")
    if run.output.exists() and not run.output.is_dir():
        raise Usage(f"The output {str(run.output)!r} is a file: -o must name a folder here.")


def _run_batch(
    run: BatchRun, settings: batch.Settings, err: Console, quiet: bool, scheduler: str | None
) -> None:
    _check_batch(run, scheduler)
    if run.mirrored and run.output is not None:
        sources.remove_stale_parts(run.output)
    total = sum(sources.count_inputs(p) if p.is_dir() else 0 for p in run.inputs)
    known = all(p.is_dir() for p in run.inputs)
    try:
        out = run.output if run.mirrored else None
        sink = _ignore_lines() if run.mirrored else batch.jsonl_writer(run.output)
        with (
            _progress(err, quiet) as progress,
            sink as write,
            open_manifest(out, fresh=run.overwrite) as log,
        ):
            view = _View(progress, err, quiet, total if known else None)
            hooks = view.hooks(write, log)
            if scheduler:
                from cleanarticle import cluster  # needs the optional 'cluster' extra

                report = cluster.run_cluster(run.inputs, scheduler, settings, hooks=hooks)
            else:
                make_jobs = sources.job_source(run.inputs, out, run.fmt, settings.options)
                report = batch.run(
                    make_jobs, settings, jobs=run.jobs, hooks=hooks, resume=not run.overwrite
                )
    except KeyboardInterrupt:
        err.print("Interrupted: run the same command again to resume where it stopped.")
        sys.exit(EXIT_INTERRUPTED)
    except CleanArticleError as exc:
        raise Failure(str(exc)) from None
    except BrokenPipeError:  # stdout closed early (| head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(EXIT_FAILED)
    if run.mirrored and run.output is not None:
        sources.remove_stale_parts(run.output)  # left by a worker killed past the time limit
    if not quiet:
        err.print(summary_table(report))
    if report.exit_code:
        sys.exit(report.exit_code)


@contextmanager
def _ignore_lines() -> Iterator[Callable[[str], None]]:
    yield lambda line: None


class _View:
    """The progress bar and messages of a batch run."""

    def __init__(self, progress: Progress, err: Console, quiet: bool, total: int | None) -> None:
        self.progress, self.err, self.quiet, self.total = progress, err, quiet, total
        self.task: TaskID | None = None
        self.learning: TaskID | None = None

    def hooks(self, write: Callable[[str], None], log: Manifest | None) -> batch.Hooks:
        def result(item: batch.FileResult) -> None:
            self.advance()
            if log is not None:
                log.write(item)
            if item.record is not None:
                write(item.record)
            if not item.ok:  # in quiet runs too: the log says why the exit code is 1
                message = Text.assemble(("skipped ", "red"), f"{item.source}: {item.error}")
                self.progress.console.print(message, soft_wrap=True)

        def skip(item: batch.Skipped) -> None:
            self.advance()
            if log is not None and item.reason != batch.DONE:
                log.write(item)

        return batch.Hooks(result=result, skip=skip, phase=self.phase, learned=self.learned)

    def phase(self, name: str, total: int | None) -> None:
        if name == "learning":
            self.learning = self.progress.add_task("learning site templates", total=total)
        else:
            self.task = self.progress.add_task("cleaning", total=self.total)

    def learned(self) -> None:
        if self.learning is not None:
            self.progress.advance(self.learning)

    def advance(self) -> None:
        if self.task is not None:
            self.progress.advance(self.task)


class RateColumn(ProgressColumn):
    """Documents per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.1f} docs/s" if speed else "- docs/s", style="progress.data.speed")


def _progress(err: Console, quiet: bool) -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeRemainingColumn(),
        console=err,
        disable=quiet,
        transient=False,
    )


def summary_table(report: batch.Report) -> Table:
    """Documents cleaned, failed and skipped, blocks kept and removed by reason, speed."""
    table = Table(title="cleanarticle summary", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("documents cleaned", str(report.files - report.failed))
    table.add_row("failed", str(report.failed), style="red" if report.failed else None)
    for reason, count in sorted(report.skipped.items()):
        label = "already done (resumed)" if reason == batch.DONE else reason
        table.add_row(f"skipped: {label}", str(count))
    table.add_row("blocks kept", str(report.kept))
    for reason, count in sorted(report.removed.items()):
        table.add_row(f"removed: {reason}", str(count))
    seconds = report.seconds
    table.add_row("seconds", f"{seconds:.1f}")
    table.add_row("documents per second", f"{report.files / seconds:.1f}" if seconds else "-")
    return table


def explain_lines(article: Article, width: int) -> list[Text]:
    """One line per block: index, verdict, step/reason, score and the start of its text."""
    lines = []
    for block in article.blocks:
        verdict = block.verdict
        label = ("title" if block.role == "title" else "kept") if verdict.keep else "removed"
        line = Text(f"{block.index:>4} ")
        line.append(f"{label:<8}", style="green" if verdict.keep else "bold red")
        line.append(f"{verdict.step + '/' + verdict.reason:<26}", style="cyan")
        line.append(f"{verdict.score:5.2f}  ")
        line.append(block.text, style=None if verdict.keep else "dim")
        line.truncate(max(width, 60), overflow="ellipsis")
        lines.append(line)
    return lines


def main() -> None:
    """Entry point of the installed command and of ``python -m cleanarticle``."""
    command(prog_name="cleanarticle")
