"""``--explain-misses``: a few of cleanarticle's misses on the splice set, with its verdicts."""

from __future__ import annotations

from collections.abc import Callable

from benchmarks.data import Line, SpliceDoc
from benchmarks.report import normalise_ws
from benchmarks.splice import kept_flags

KINDS: dict[str, Callable[[Line, bool], bool]] = {
    "boilerplate kept": lambda line, kept: line.label == "boilerplate" and kept,
    "off-topic kept": lambda line, kept: line.label == "offtopic" and kept,
    "real line lost": lambda line, kept: line.label == "keep" and not kept,
}


def verdicts(text: str, line: Line) -> list[str]:
    """The verdicts cleanarticle gave to the blocks that overlap ``line``."""
    from cleanarticle import clean

    try:
        article = clean(text, kind="text")
    except Exception as exc:
        return [f"clean() raised {type(exc).__name__}: {exc}"]
    target = normalise_ws(line.text)
    found = []
    for block in article.blocks:
        block_text = normalise_ws(block.text)
        if block_text and (block_text in target or target in block_text):
            v = block.verdict
            keep = "kept" if v.keep else "removed"
            found.append(f"block {block.index} [{block.role}] {keep} {v.step}/{v.reason} "
                         f"score={v.score:.2f}: {block_text[:80]!r}")  # fmt: skip
    return found or ["no block overlaps this line"]


def explain_misses(docs: list[SpliceDoc], outputs: list[str | None], n: int) -> str:
    """Up to ``n`` misses of each kind, each with the line and the blocks' verdicts."""
    out: list[str] = []
    for kind, is_miss in KINDS.items():
        out.append(f"\n## {kind}")
        shown = 0
        for doc, output in zip(docs, outputs, strict=True):
            for line, kept in zip(doc.lines, kept_flags(doc, output), strict=True):
                if shown >= n or not is_miss(line, kept):
                    continue
                shown += 1
                topic = "" if line.same_topic is None else f" same_topic={line.same_topic}"
                out.append(f"- {doc.id}{topic}: {normalise_ws(line.text)[:120]!r}")
                out += [f"    {v}" for v in verdicts(doc.input, line)]
    return "\n".join(out)
