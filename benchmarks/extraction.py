"""Main-content extraction from HTML pages: cleanarticle and its peers side by side.

    PYTHONPATH=src python -m benchmarks.extraction --data ../shared/bench --limit 50
    PYTHONPATH=src python -m benchmarks.extraction --pairs DIR   # your own pages and gold texts

Every tool sees every page in the same run (tools interleaved page by page, so machine load
hits them alike). Speed is extraction time only: reading and decoding files is excluded.
"""

from __future__ import annotations

import argparse
import re
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from benchmarks.data import Page, data_root, load_pages, load_pairs
from benchmarks.metric import Score, evaluate, page_score
from benchmarks.report import normalise_ws, table, write_json
from benchmarks.tools import FACTORIES, Output, Tool, load_tools, trafilatura_metadata

SETS = ["scrapinghub", "dragnet-train", "wcxb-dev-articles"]


@dataclass
class ToolRun:
    """One tool's outputs on one set (``None`` where the tool raised)."""

    outputs: list[Output | None] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failures(self) -> int:
        return sum(out is None for out in self.outputs)


def run_tools(tools: dict[str, Tool], pages: list[Page]) -> dict[str, ToolRun]:
    """Run every tool on every page; an exception counts as a failure (empty output)."""
    runs = {name: ToolRun() for name in tools}
    for page in pages:
        for name, tool in tools.items():
            start = time.perf_counter()
            try:
                out: Output | None = tool(page)
            except Exception:
                out = None
            runs[name].seconds += time.perf_counter() - start
            runs[name].outputs.append(out)
    return runs


def texts(run: ToolRun) -> list[str]:
    return [out.text if out else "" for out in run.outputs]


@dataclass(frozen=True)
class Checks:
    """Phrase and metadata checks (wcxb-dev-articles); rates are shares of the checked items.

    ``with_found``: share of ``with`` phrases present in the output; ``without_leaked``: share
    of ``without`` phrases present (lower is better); a failed page counts against both.
    Phrases are matched as case-sensitive substrings of the whitespace-normalised output.
    ``with_folded``: ``with_found`` with typography folded on both sides (curly quotes to
    straight ones, dashes to hyphens, ellipsis to three dots), since many gold phrases use
    straight quotes where the page shows curly ones, which no extractor's output can match.
    ``title``: whitespace-normalised exact match; ``author``: match after case folding and
    reducing non-word runs to one space;
    ``date``: the first 10 characters (YYYY-MM-DD) equal. Each metadata rate is over the pages
    whose gold field is non-empty; a missing prediction counts as wrong.
    """

    with_found: float | None
    without_leaked: float | None
    with_folded: float | None
    title: float | None
    author: float | None
    date: float | None


def share(hits: list[bool]) -> float | None:
    return sum(hits) / len(hits) if hits else None


TYPOGRAPHY = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2026": "...",
    }
)


def fold_typography(text: str) -> str:
    """Curly quotes made straight, dashes made hyphens, an ellipsis made three dots."""
    return text.translate(TYPOGRAPHY)


def phrase_rates(
    pages: list[Page], outputs: list[Output | None]
) -> tuple[float | None, float | None, float | None]:
    """Shares of ``with`` phrases found and ``without`` phrases leaked, and of ``with``
    phrases found with typography folded; a failed page counts against all (nothing found,
    everything leaked)."""
    found: list[bool] = []
    leaked: list[bool] = []
    folded: list[bool] = []
    for page, out in zip(pages, outputs, strict=True):
        norm = normalise_ws(out.text) if out else None
        flat = fold_typography(norm) if norm is not None else None
        found += [norm is not None and normalise_ws(p) in norm for p in page.with_phrases]
        leaked += [norm is None or normalise_ws(p) in norm for p in page.without_phrases]
        folded += [
            flat is not None and fold_typography(normalise_ws(p)) in flat for p in page.with_phrases
        ]
    return share(found), share(leaked), share(folded)


NON_WORD = re.compile(r"\W+")


def same_author(pred: str | None, gold: str) -> bool:
    def norm(s: str) -> str:
        return NON_WORD.sub(" ", s.casefold()).strip()

    return pred is not None and norm(pred) == norm(gold)


def metadata_rates(pages: list[Page], outs: list[Output | None]) -> dict[str, float | None]:
    title: list[bool] = []
    author: list[bool] = []
    date: list[bool] = []
    for page, out in zip(pages, outs, strict=True):
        out = out or Output("")
        if page.title:
            title.append(normalise_ws(out.title or "") == normalise_ws(page.title))
        if page.author:
            author.append(same_author(out.author, page.author))
        if page.date:
            date.append((out.date or "")[:10] == page.date[:10])
    return {"title": share(title), "author": share(author), "date": share(date)}


def metadata_outputs(name: str, run: ToolRun, pages: list[Page]) -> list[Output | None] | None:
    """Metadata per page: cleanarticle gives it with the text; trafilatura by a separate,
    untimed ``extract_metadata`` call; other tools give none."""
    if name == "cleanarticle":
        return run.outputs
    if name == "trafilatura":
        outs: list[Output | None] = []
        for page in pages:
            try:
                outs.append(trafilatura_metadata(page))
            except Exception:
                outs.append(None)
        return outs
    return None


def checks(name: str, run: ToolRun, pages: list[Page]) -> Checks | None:
    if not any(p.with_phrases or p.without_phrases or p.title for p in pages):
        return None
    with_found, without_leaked, with_folded = phrase_rates(pages, run.outputs)
    meta_outs = metadata_outputs(name, run, pages)
    meta = metadata_rates(pages, meta_outs) if meta_outs is not None else {}
    return Checks(
        with_found,
        without_leaked,
        with_folded,
        meta.get("title"),
        meta.get("author"),
        meta.get("date"),
    )


@dataclass(frozen=True)
class SetResult:
    tool: str
    score: Score
    pages_per_s: float
    failures: int
    checks: Checks | None


def measure(tools: dict[str, Tool], pages: list[Page]) -> dict[str, SetResult]:
    """Run the tools on the pages and score them against the gold text."""
    return score_runs(run_tools(tools, pages), pages)


def score_runs(runs: dict[str, ToolRun], pages: list[Page]) -> dict[str, SetResult]:
    results: dict[str, SetResult] = {}
    for name, run in runs.items():
        score = evaluate(zip(texts(run), (p.gold for p in pages), strict=True))
        speed = len(pages) / run.seconds if run.seconds > 0 else 0.0
        results[name] = SetResult(name, score, speed, run.failures, checks(name, run, pages))
    return results


def worst_pages(run: ToolRun, pages: list[Page], n: int) -> str:
    """The ``n`` pages with the lowest per-page F1 for one tool, for debugging."""
    scored = []
    for page, out in zip(pages, run.outputs, strict=True):
        s = page_score(out.text if out else "", page.gold)
        p = s.tp / (s.tp + s.fp) if s.tp + s.fp else 0.0
        r = s.tp / (s.tp + s.fn) if s.tp + s.fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        scored.append((f1, p, r, page, "failed" if out is None else ""))
    scored.sort(key=lambda row: row[0])
    rows = [(pg.id, f1, p, r, note or pg.url[:70]) for f1, p, r, pg, note in scored[:n]]
    return table(f"worst {n} pages", ["id", "F1", "P", "R", "url"], rows)


def render(name: str, results: dict[str, SetResult]) -> str:
    rows = [
        (r.tool, r.score.f1, r.score.precision, r.score.recall, r.pages_per_s, r.failures)
        for r in results.values()
    ]
    pages = next(iter(results.values())).score.pages if results else 0
    headers = ["tool", "F1", "P", "R", "pages/s", "failures"]
    out = table(f"{name} ({pages} pages)", headers, rows)
    with_checks = [r for r in results.values() if r.checks]
    if with_checks:
        headers = [
            "tool",
            "with found",
            "without leaked",
            "with found (folded)",
            "title",
            "author",
            "date",
        ]
        check_rows: list[tuple[object, ...]] = [
            (r.tool, c.with_found, c.without_leaked, c.with_folded, c.title, c.author, c.date)
            for r in with_checks
            if (c := r.checks)
        ]
        out += "\n" + table(f"{name}: phrase and metadata checks", headers, check_rows)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", help="benchmark data root (default $CLEANARTICLE_BENCH)")
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--tools", default=",".join(FACTORIES))
    parser.add_argument("--pairs", metavar="DIR",
                        help="score the pages of DIR instead: NAME.html with its gold NAME.txt "
                        "(or html/NAME.html and txt/NAME.txt)")  # fmt: skip
    parser.add_argument("--limit", type=int, help="first N pages of each set")
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument("--worst", type=int, default=0, metavar="N",
                        help="list the N pages with the lowest F1 for the first tool")  # fmt: skip
    args = parser.parse_args(argv)
    tools, skipped = load_tools(args.tools.split(","))
    for name, note in skipped.items():
        print(f"note: {name} skipped: {note}")
    figures: dict[str, object] = {}
    sets = [args.pairs] if args.pairs else args.sets.split(",")
    for set_name in sets:
        if args.pairs:
            pages = load_pairs(Path(args.pairs), args.limit)
        else:
            pages = load_pages(data_root(args.data), set_name, args.limit)
        runs = run_tools(tools, pages)
        results = score_runs(runs, pages)
        print(render(set_name, results), flush=True)
        if args.worst and runs:
            print(worst_pages(next(iter(runs.values())), pages, args.worst), flush=True)
        figures[set_name] = {name: asdict(r) for name, r in results.items()}
    write_json(args.json, {"extraction": figures, "skipped": skipped})


if __name__ == "__main__":
    main()
