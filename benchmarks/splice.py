"""Spliced articles (splice/bbc-dev.jsonl): off-topic teasers and UI lines inside BBC articles.

    PYTHONPATH=src python -m benchmarks.splice --data ../shared/bench [--explain-misses 5]
    PYTHONPATH=src python -m benchmarks.splice --built     (the set of benchmarks.splice_built)

cleanarticle runs ``clean(input, kind="text")`` and is judged on ``Article.text``; pass-through
and the C4-style line filter are reference rows. A labelled line counts as kept when its
whitespace-normalised text occurs in the whitespace-normalised output.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict, dataclass

from benchmarks.data import (
    SpliceDoc,
    data_root,
    load_splice,
    sentence_paragraphs,
    wrapped_docs,
)
from benchmarks.metric import Score, evaluate
from benchmarks.references import c4_filter, cleanarticle_text, pass_through
from benchmarks.report import normalise_ws, table, write_json
from benchmarks.runner import Cleaner, failures, run_cleaner, texts
from benchmarks.splice_built import built_splice

DEFAULT_SET = "bbc-dev"


def cleaners(with_references: bool = True, topic_off: bool = False) -> dict[str, Cleaner]:
    tools: dict[str, Cleaner] = {"cleanarticle": cleanarticle_text("text")}
    if topic_off:
        tools["cleanarticle --keep-off-topic"] = cleanarticle_text("text", topic=False)
    if with_references:
        tools |= {"pass-through": pass_through, "c4-line-filter": c4_filter}
    return tools


def kept_flags(doc: SpliceDoc, output: str | None) -> list[bool]:
    """For each labelled line: does its normalised text occur in the normalised output?

    A failed run (``None``) counts against everything: junk kept, real lines lost."""
    if output is None:
        return [line.label != "keep" for line in doc.lines]
    norm = normalise_ws(output)
    return [normalise_ws(line.text) in norm for line in doc.lines]


@dataclass(frozen=True)
class LineFigures:
    """Line-level figures, shares between 0 and 1 (``None`` when nothing to count).

    ``boilerplate_recall``: boilerplate lines removed; ``offtopic_recall``: off-topic lines
    removed (``_same`` / ``_other``: intrusions from the host's own section or another);
    ``keep_rate``: real lines kept; ``damaged``: articles that lost any real line;
    ``untouched_clean``: share of articles without off-topic lines whose real lines all survive.
    """

    boilerplate_recall: float | None
    offtopic_recall: float | None
    offtopic_recall_same: float | None
    offtopic_recall_other: float | None
    keep_rate: float | None
    damaged: int
    damaged_share: float
    untouched_clean: float | None


@dataclass(frozen=True)
class SpliceResult:
    tool: str
    score: Score
    lines: LineFigures
    docs_per_s: float
    failures: int


def share(hits: list[bool]) -> float | None:
    return sum(hits) / len(hits) if hits else None


def line_figures(docs: list[SpliceDoc], outputs: list[str | None]) -> LineFigures:
    removed_bp: list[bool] = []
    removed_off: dict[bool | None, list[bool]] = {True: [], False: [], None: []}
    kept_real: list[bool] = []
    damaged: list[bool] = []
    clean_untouched: list[bool] = []
    for doc, output in zip(docs, outputs, strict=True):
        flags = kept_flags(doc, output)
        real = [kept for line, kept in zip(doc.lines, flags, strict=True) if line.label == "keep"]
        for line, kept in zip(doc.lines, flags, strict=True):
            if line.label == "boilerplate":
                removed_bp.append(not kept)
            elif line.label == "offtopic":
                removed_off[line.same_topic].append(not kept)
        kept_real += real
        damaged.append(not all(real))
        if not any(line.label == "offtopic" for line in doc.lines):
            clean_untouched.append(all(real))
    all_off = [x for group in removed_off.values() for x in group]
    return LineFigures(
        boilerplate_recall=share(removed_bp),
        offtopic_recall=share(all_off),
        offtopic_recall_same=share(removed_off[True]),
        offtopic_recall_other=share(removed_off[False]),
        keep_rate=share(kept_real),
        damaged=sum(damaged),
        damaged_share=sum(damaged) / len(docs) if docs else 0.0,
        untouched_clean=share(clean_untouched),
    )


def measure(
    tools: dict[str, Cleaner], docs: list[SpliceDoc]
) -> tuple[dict[str, SpliceResult], dict[str, list[str | None]]]:
    """Figures per tool, and each tool's outputs (for ``--explain-misses``)."""
    results: dict[str, SpliceResult] = {}
    all_outputs: dict[str, list[str | None]] = {}
    for name, cleaner in tools.items():
        outputs, seconds = run_cleaner(cleaner, [d.input for d in docs])
        score = evaluate(zip(texts(outputs), (d.gold for d in docs), strict=True))
        speed = len(docs) / seconds if seconds > 0 else 0.0
        lines = line_figures(docs, outputs)
        results[name] = SpliceResult(name, score, lines, speed, failures(outputs))
        all_outputs[name] = outputs
    return results, all_outputs


def render(name: str, results: dict[str, SpliceResult]) -> str:
    headers = ["tool", "F1", "P", "R", "bp recall", "off recall", "off same", "off other",
               "keep rate", "damaged", "untouched clean", "docs/s", "failures"]  # fmt: skip
    rows = [
        (r.tool, r.score.f1, r.score.precision, r.score.recall, x.boilerplate_recall,
         x.offtopic_recall, x.offtopic_recall_same, x.offtopic_recall_other, x.keep_rate,
         f"{x.damaged} ({x.damaged_share:.1%})", x.untouched_clean, r.docs_per_s, r.failures)
        for r in results.values()
        if (x := r.lines)
    ]  # fmt: skip
    docs = next(iter(results.values())).score.pages if results else 0
    return table(f"{name} splice ({docs} docs)", headers, rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", help="benchmark data root (default $CLEANARTICLE_BENCH)")
    parser.add_argument("--set", default=DEFAULT_SET, help="splice/<SET>.jsonl (default bbc-dev)")
    parser.add_argument(
        "--built",
        action="store_true",
        help="instead of a splice file, the set built from other corpora (benchmarks.splice_built)"
        "; a row with the topic stage off shows what the boilerplate stage takes",
    )
    parser.add_argument("--limit", type=int, help="first N documents")
    parser.add_argument(
        "--wrap", type=int, metavar="WIDTH", help="hard-wrap every input at WIDTH first"
    )
    parser.add_argument(
        "--sentence-paragraphs",
        action="store_true",
        help="give every sentence its own paragraph first (teasers: their first two sentences)",
    )
    parser.add_argument("--no-references", action="store_true", help="cleanarticle only")
    parser.add_argument("--explain-misses", type=int, default=0, metavar="N",
                        help="print N misses of each kind for cleanarticle")  # fmt: skip
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args(argv)
    name = "built" if args.built else args.set
    if args.built:
        docs = built_splice(data_root(args.data))[: args.limit]
    else:
        docs = load_splice(data_root(args.data) / "splice" / f"{args.set}.jsonl", args.limit)
    docs = wrapped_docs(docs, args.wrap)
    if args.sentence_paragraphs:
        docs = sentence_paragraphs(docs)
    results, outputs = measure(cleaners(not args.no_references, topic_off=args.built), docs)
    print(render(name, results), flush=True)
    if args.explain_misses:
        from benchmarks.explain import explain_misses

        print(explain_misses(docs, outputs["cleanarticle"], args.explain_misses))
    write_json(args.json, {"splice": {name: {n: asdict(r) for n, r in results.items()}}})


if __name__ == "__main__":
    main()
