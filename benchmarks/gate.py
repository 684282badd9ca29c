"""The quality gate: cleanarticle alone on the development data, against floors.

    PYTHONPATH=src python -m benchmarks.gate [--data ../shared/bench]

prints every gated figure beside its floor in ``benchmarks/baseline.json``; with
``--raise-floors`` it rewrites the file, raising (never lowering) each floor to
``MARGIN`` below the measured figure.
``tests/test_quality_gate.py`` (pytest marker ``gate``) fails when one drops below its floor.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from benchmarks import extraction, splice, text
from benchmarks.data import REPO_ROOT, data_root, load_pages, load_splice, load_text
from benchmarks.splice_built import built_splice
from benchmarks.tools import cleanarticle_tool

BASELINE = REPO_ROOT / "benchmarks" / "baseline.json"
MARGIN = 0.005  # how far below the measured figure a raised floor is set


def floors(path: Path = BASELINE) -> Iterator[tuple[str, str, str, float]]:
    """(group, set, figure, floor) for every floor in the baseline file."""
    baseline = json.loads(path.read_text("utf-8"))
    for group, sets in baseline.items():
        if group.startswith("_"):
            continue
        for set_name, figures in sets.items():
            for figure, floor in figures.items():
                yield group, set_name, figure, float(floor)


@cache
def measured(root: Path, group: str, set_name: str) -> dict[str, float | None]:
    """cleanarticle's figures on one set (computed once per process)."""
    if group == "extraction":
        pages = load_pages(root, set_name)
        r = extraction.measure({"cleanarticle": cleanarticle_tool()}, pages)["cleanarticle"]
        return {"f1": r.score.f1, "precision": r.score.precision, "recall": r.score.recall}
    if group == "text":
        docs = load_text(root / "text" / f"{set_name}.jsonl")
        t = text.measure(text.cleaners(with_references=False), docs)["cleanarticle"]
        return {"f1": t.score.f1, "precision": t.score.precision, "recall": t.score.recall}
    if group == "splice":
        if set_name == "built":  # built from other corpora (benchmarks.splice_built)
            spliced = built_splice(root)
        else:
            spliced = load_splice(root / "splice" / f"{set_name}.jsonl")
        results, _ = splice.measure(splice.cleaners(with_references=False), spliced)
        s = results["cleanarticle"]
        return {
            "f1": s.score.f1,
            "boilerplate_recall": s.lines.boilerplate_recall,
            "offtopic_recall": s.lines.offtopic_recall,
            "keep_rate": s.lines.keep_rate,
            "untouched_clean": s.lines.untouched_clean,
        }
    raise ValueError(f"unknown gate group {group!r}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", help="benchmark data root (default $CLEANARTICLE_BENCH)")
    parser.add_argument("--raise-floors", action="store_true", help="rewrite baseline.json")
    args = parser.parse_args(argv)
    root = data_root(args.data)
    baseline = json.loads(BASELINE.read_text("utf-8"))
    failed = 0
    for group, set_name, figure, floor in floors():
        value = measured(root, group, set_name)[figure]
        ok = value is not None and value >= floor
        failed += not ok
        shown = "n/a" if value is None else f"{value:.4f}"
        print(f"{'ok  ' if ok else 'FAIL'} {group}/{set_name}/{figure}: {shown} (floor {floor})")
        if args.raise_floors and value is not None:
            raised = max(floor, math.floor((value - MARGIN) * 1000) / 1000)
            baseline[group][set_name][figure] = raised
    if args.raise_floors:
        BASELINE.write_text(json.dumps(baseline, indent=2, ensure_ascii=False) + "\n", "utf-8")
    raise SystemExit(1 if failed else 0)


if __name__ == "__main__":
    main()
