"""Boilerplate removal from plain text: the text sets (*-residue, *-pagedump).

    PYTHONPATH=src python -m benchmarks.text --data ../shared/bench
    PYTHONPATH=src python -m benchmarks.text --pairs tests/written_pages/check

cleanarticle's ``clean(input, kind="text").body`` against the gold article, with pass-through
and a C4-style line filter as reference rows. Speed counts the cleaning call only.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks.data import TextDoc, data_root, load_pairs, load_text, wrapped_docs
from benchmarks.metric import Score, evaluate
from benchmarks.references import c4_filter, cleanarticle_text, pass_through
from benchmarks.report import table, write_json
from benchmarks.runner import Cleaner, failures, run_cleaner, texts


def text_sets(root: Path) -> list[Path]:
    """Every ``*-residue.jsonl`` and ``*-pagedump.jsonl`` under ``text/``, sorted."""
    folder = root / "text"
    return sorted([*folder.glob("*-residue.jsonl"), *folder.glob("*-pagedump.jsonl")])


def cleaners(with_references: bool = True) -> dict[str, Cleaner]:
    tools: dict[str, Cleaner] = {"cleanarticle": cleanarticle_text("body")}
    if with_references:
        tools |= {"pass-through": pass_through, "c4-line-filter": c4_filter}
    return tools


@dataclass(frozen=True)
class TextResult:
    tool: str
    score: Score
    docs_per_s: float
    failures: int


def measure(tools: dict[str, Cleaner], docs: list[TextDoc]) -> dict[str, TextResult]:
    results: dict[str, TextResult] = {}
    for name, cleaner in tools.items():
        outputs, seconds = run_cleaner(cleaner, [d.input for d in docs])
        score = evaluate(zip(texts(outputs), (d.gold for d in docs), strict=True))
        speed = len(docs) / seconds if seconds > 0 else 0.0
        results[name] = TextResult(name, score, speed, failures(outputs))
    return results


def render(name: str, results: dict[str, TextResult]) -> str:
    rows = [
        (r.tool, r.score.f1, r.score.precision, r.score.recall, r.docs_per_s, r.failures)
        for r in results.values()
    ]
    docs = next(iter(results.values())).score.pages if results else 0
    headers = ["tool", "F1", "P", "R", "docs/s", "failures"]
    return table(f"{name} ({docs} docs)", headers, rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", help="benchmark data root (default $CLEANARTICLE_BENCH)")
    parser.add_argument(
        "--sets", help="comma-separated set names (default: all), e.g. scrapinghub-residue"
    )
    parser.add_argument("--limit", type=int, help="first N documents of each set")
    parser.add_argument("--no-references", action="store_true", help="cleanarticle only")
    parser.add_argument(
        "--wrap", type=int, metavar="WIDTH", help="hard-wrap every input at WIDTH first"
    )
    parser.add_argument(
        "--pairs",
        metavar="DIR",
        help="build the two text sets from the pages of DIR instead (NAME.html with its gold "
        "NAME.txt): trafilatura's output (residue) and html-text's dump (pagedump)",
    )
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args(argv)
    tools = cleaners(not args.no_references)
    wanted = set(args.sets.split(",")) if args.sets else None
    figures: dict[str, object] = {}
    for name, docs in _text_sets(args):
        if wanted is not None and name not in wanted:
            continue
        results = measure(tools, wrapped_docs(docs, args.wrap))
        print(render(name, results), flush=True)
        figures[name] = {tool: asdict(r) for tool, r in results.items()}
    write_json(args.json, {"text": figures})


def _text_sets(args: argparse.Namespace) -> Iterator[tuple[str, list[TextDoc]]]:
    """The text sets to measure: those of the data folder, or those built from ``--pairs``."""
    if args.pairs is None:
        for path in text_sets(data_root(args.data)):
            yield path.name.removesuffix(".jsonl"), load_text(path, args.limit)
        return
    folder = Path(args.pairs)
    pages = load_pairs(folder, args.limit)
    yield f"{folder.name}-residue", [TextDoc(p.id, residue(p.html), p.gold) for p in pages]
    yield f"{folder.name}-pagedump", [TextDoc(p.id, page_dump(p.html), p.gold) for p in pages]


def residue(html: str) -> str:
    """What trafilatura (default settings) prints for a page: the text set ``*-residue``."""
    import trafilatura

    return trafilatura.extract(html) or ""


def page_dump(html: str) -> str:
    """All visible text of a page, as html-text lays it out: the text set ``*-pagedump``."""
    import html_text

    return str(html_text.extract_text(html, guess_layout=True))


if __name__ == "__main__":
    main()
