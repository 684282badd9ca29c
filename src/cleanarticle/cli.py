"""The ``cleanarticle`` command: the only module that touches click and rich.

Exit codes: 0 every input cleaned, 1 some inputs failed, 2 usage error (bad option, missing
path, a folder without ``-o``, an output folder inside the input folder).
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import cast

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from cleanarticle import __version__, batch
from cleanarticle.errors import CleanArticleError
from cleanarticle.models import Article
from cleanarticle.options import Options
from cleanarticle.pipeline import clean
from cleanarticle.render import Format, render

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

HELP = """Write the clean text of an article: the main content of a saved HTML page, or plain
text without its UI strings, share bars, credits and spliced off-topic paragraphs.

\b
INPUT is a saved page, a text file, - for standard input (the default), or a folder:
  cleanarticle page.html                  article text on stdout
  cat article.txt | cleanarticle          plain text cleaned the same way
  cleanarticle page.html -o page.txt      write to a file
  cleanarticle articles/ -o cleaned/      a folder, mirrored into cleaned/
  cleanarticle page.html --explain        why each block was kept or removed (stderr)
  cleanarticle page.html -f json          JSON with every block and its verdict

\b
Exit codes: 0 all inputs cleaned, 1 some inputs failed, 2 usage error.
"""


class Failure(click.ClickException):
    """An input that could not be cleaned: exit code 1, one sentence on stderr."""

    exit_code = EXIT_FAILED


class Usage(click.ClickException):
    """A usage problem found after parsing: exit code 2."""

    exit_code = EXIT_USAGE


@click.command(help=HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("source", required=False, default="-", metavar="INPUT")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="File to write (one input) or folder to fill (folder input). Example: -o cleaned/",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown", "json"]),
    default="text",
    show_default=True,
    help="text: title and paragraphs; markdown: with headings and lists; json: the "
    "article with every block's verdict (one JSON line per document). Example: -f json",
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
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary on stderr.")
@click.version_option(__version__, "-V", "--version", prog_name="cleanarticle")
def command(
    source: str,
    output: Path | None,
    fmt: str,
    kind: str,
    url: str | None,
    explain: bool,
    keep_boilerplate: bool,
    keep_off_topic: bool,
    quiet: bool,
) -> None:
    options = replace(Options(), boilerplate=not keep_boilerplate, topic=not keep_off_topic)
    err = Console(stderr=True, highlight=False)
    chosen_kind = cast(batch.KindArg, kind)
    if source != "-" and Path(source).is_dir():
        _run_folder(Path(source), output, cast(Format, fmt), chosen_kind, options, err, quiet)
        return
    if output is not None and source != "-" and _same_file(Path(source), output):
        raise Usage("The output file is the input file: choose another with -o.")
    article = _clean_one(source, chosen_kind, url, options)
    if explain:
        for line in explain_lines(article, err.width):
            err.print(line, no_wrap=True, overflow="ellipsis")
    shown = None if source == "-" else batch.display_path(Path(source))
    text = render(article, cast(Format, fmt), source=shown)
    if output is None:
        click.echo(text, nl=False)
    else:
        batch.write_atomic(output, text)


def _same_file(source: Path, output: Path) -> bool:
    try:
        return output.exists() and source.samefile(output)
    except OSError:
        return False


def _clean_one(source: str, kind: batch.KindArg, url: str | None, options: Options) -> Article:
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
        return clean(data, kind=kind, url=url, options=options)
    except CleanArticleError as exc:
        raise Failure(f"{'stdin' if source == '-' else source}: {exc}") from None


def _run_folder(
    in_root: Path,
    out_root: Path | None,
    fmt: Format,
    kind: batch.KindArg,
    options: Options,
    err: Console,
    quiet: bool,
) -> None:
    if out_root is None:
        raise Usage(f"The input {str(in_root)!r} is a folder: give an output folder with -o.")
    if out_root.resolve().is_relative_to(in_root.resolve()):
        raise Usage("The output folder is inside the input folder: choose another with -o.")
    if out_root.exists() and not out_root.is_dir():
        raise Usage(f"The output {str(out_root)!r} is a file: -o must name a folder here.")
    inputs = list(batch.find_inputs(in_root))
    with _progress(err, quiet) as progress:
        task = progress.add_task("cleaning", total=len(inputs))

        def advance(result: batch.FileResult) -> None:
            progress.advance(task)
            if not result.ok and not quiet:
                message = Text.assemble(("skipped ", "red"), f"{result.source}: {result.error}")
                progress.console.print(message, soft_wrap=True)

        report = batch.run_folder(
            in_root, out_root, fmt=fmt, kind=kind, options=options, on_result=advance
        )
    if not quiet:
        err.print(summary_table(report))
    if report.exit_code:
        sys.exit(report.exit_code)


def _progress(err: Console, quiet: bool) -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        disable=quiet,
        transient=False,
    )


def summary_table(report: batch.Report) -> Table:
    """Files cleaned and failed, blocks kept, blocks removed by reason."""
    table = Table(title="cleanarticle summary", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("files", str(report.files))
    table.add_row("failed", str(report.failed), style="red" if report.failed else None)
    table.add_row("blocks kept", str(report.kept))
    for reason, count in sorted(report.removed.items()):
        table.add_row(f"removed: {reason}", str(count))
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
