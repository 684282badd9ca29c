"""What the topic-coherence stage adds to the time of cleaning a text document.

    PYTHONPATH=src python -m benchmarks.topic_cost [--data ../shared/bench] [--rounds 5]

Cleans every input of splice/bbc-dev.jsonl with ``clean(input, kind="text")``, with the stage on
and off (``Options(topic=False)``), alternating round by round so machine load hits both alike,
and reports the best round of each (ms per document, documents per second) and the stage's share.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace

from benchmarks.data import data_root, load_splice
from benchmarks.report import write_json
from benchmarks.splice import DEFAULT_SET
from cleanarticle import Options, clean
from cleanarticle.boilerplate_memo import forget


def best_round(inputs: list[str], options: Options) -> float:
    """Seconds per document for one pass over ``inputs``, with nothing remembered from an
    earlier pass (the line rules' memo holds the lines seen in this pass only)."""
    forget()
    start = time.perf_counter()
    for text in inputs:
        clean(text, kind="text", options=options)
    return (time.perf_counter() - start) / len(inputs)


def measure(inputs: list[str], rounds: int) -> dict[str, float]:
    on, off = Options(), replace(Options(), topic=False)
    best_round(inputs, on)  # warm the word-frequency caches
    times_on, times_off = [], []
    for _ in range(rounds):
        times_off.append(best_round(inputs, off))
        times_on.append(best_round(inputs, on))
    t_on, t_off = min(times_on), min(times_off)
    return {
        "ms_per_doc_topic_off": 1000 * t_off,
        "ms_per_doc_topic_on": 1000 * t_on,
        "docs_per_s_topic_on": 1 / t_on,
        "stage_ms_per_doc": 1000 * (t_on - t_off),
        "stage_share": (t_on - t_off) / t_off,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="benchmark data directory (default ../shared/bench)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args(argv)
    docs = load_splice(data_root(args.data) / "splice" / f"{DEFAULT_SET}.jsonl", args.limit)
    figures = measure([doc.input for doc in docs], args.rounds)
    print(f"### topic stage cost on bbc-dev ({len(docs)} docs, best of {args.rounds} rounds)\n")
    print("| topic | ms/doc | docs/s |")
    print("|---|---|---|")
    off, on = figures["ms_per_doc_topic_off"], figures["ms_per_doc_topic_on"]
    print(f"| off | {off:.3f} | {1000 / off:.0f} |")
    print(f"| on | {on:.3f} | {1000 / on:.0f} |")
    print(
        f"\nstage: {figures['stage_ms_per_doc']:.3f} ms/doc, "
        f"+{100 * figures['stage_share']:.0f} % of cleaning without it"
    )
    write_json(args.json, dict(figures))


if __name__ == "__main__":
    main()
