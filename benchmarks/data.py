"""Loading the benchmark data (read-only, from a path given on the command line)."""

from __future__ import annotations

import gzip
import json
import os
import re
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

REPO_ROOT = Path(__file__).resolve().parents[1]
# ../shared/bench seen from the repository root; a git worktree one level deeper
# (/work/wt/<name>) finds it at ../../shared/bench.
DEFAULT_CANDIDATES = (
    REPO_ROOT.parent / "shared" / "bench",
    REPO_ROOT.parent.parent / "shared" / "bench",
)


def find_data(path: str | None = None) -> Path | None:
    """The data directory: ``path``, else ``$CLEANARTICLE_BENCH`` (relative paths are taken
    from the repository root), else ``../shared/bench``; ``None`` when it does not exist."""
    given = path or os.environ.get("CLEANARTICLE_BENCH")
    candidates = [REPO_ROOT / given] if given else list(DEFAULT_CANDIDATES)
    return next((c for c in candidates if c.is_dir()), None)


def data_root(path: str | None = None) -> Path:
    """Like :func:`find_data`, but stops the command with a message when there is no data."""
    root = find_data(path)
    if root is None:
        raise SystemExit(
            "benchmark data not found: pass --data or set CLEANARTICLE_BENCH "
            "(default ../shared/bench from the repository root)"
        )
    return root


@dataclass(frozen=True)
class Page:
    """One HTML page of an extraction set with its gold text and optional checks."""

    id: str
    url: str
    encoding: str
    gold: str
    raw: bytes
    title: str | None = None
    author: str | None = None
    date: str | None = None
    with_phrases: tuple[str, ...] = ()
    without_phrases: tuple[str, ...] = ()

    @property
    def html(self) -> str:
        """The page decoded with its ``encoding`` field (undecodable bytes replaced)."""
        try:
            return self.raw.decode(self.encoding or "utf-8", errors="replace")
        except LookupError:
            return self.raw.decode("utf-8", errors="replace")


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def load_pages(root: Path, name: str, limit: int | None = None) -> list[Page]:
    """The pages of ``extraction/<name>/pages.jsonl`` with their gzipped bytes read."""
    folder = root / "extraction" / name
    pages: list[Page] = []
    for row in read_jsonl(folder / "pages.jsonl"):
        if limit is not None and len(pages) >= limit:
            break
        raw = gzip.decompress((folder / row["html"]).read_bytes())
        pages.append(
            Page(
                id=str(row["id"]),
                url=row.get("url") or "",
                encoding=row.get("encoding") or "utf-8",
                gold=row.get("gold") or "",
                raw=raw,
                title=row.get("title"),
                author=row.get("author"),
                date=row.get("date"),
                with_phrases=tuple(row.get("with") or ()),
                without_phrases=tuple(row.get("without") or ()),
            )
        )
    return pages


def load_pairs(folder: Path, limit: int | None = None) -> list[Page]:
    """Pages of a folder of your own: every ``NAME.html`` (or ``html/NAME.html``) whose gold
    text is ``NAME.txt`` (or ``txt/NAME.txt``); pages without a gold file are left out. The
    pages are decoded as UTF-8 for the peers (cleanarticle reads the bytes itself)."""
    pages: list[Page] = []
    for html in sorted([*folder.glob("*.html"), *folder.glob("html/*.html")]):
        if limit is not None and len(pages) >= limit:
            break
        gold = next(
            (
                g
                for g in (html.with_suffix(".txt"), folder / "txt" / f"{html.stem}.txt")
                if g.exists()
            ),
            None,
        )
        if gold is not None:
            text = gold.read_text(encoding="utf-8", errors="replace")
            pages.append(
                Page(id=html.stem, url="", encoding="utf-8", gold=text, raw=html.read_bytes())
            )
    return pages


@dataclass(frozen=True)
class TextDoc:
    """One document of a text set: the scraped input and the gold article."""

    id: str
    input: str
    gold: str


def hard_wrap(text: str, width: int) -> str:
    """``text`` with each line wrapped at ``width`` by a greedy wrapper, as mail and console
    tools save text (blank lines kept; words broken at their hyphens too)."""
    return "\n".join(
        textwrap.fill(line, width) if line.strip() else line for line in text.split("\n")
    )


def load_text(path: Path, limit: int | None = None) -> list[TextDoc]:
    docs = [TextDoc(str(r["id"]), r["input"], r["gold"]) for r in read_jsonl(path)]
    return docs[:limit] if limit is not None else docs


@dataclass(frozen=True)
class Line:
    text: str
    label: str  # keep, offtopic or boilerplate
    same_topic: bool | None = None  # for offtopic lines: the intrusion's same_topic flag


@dataclass(frozen=True)
class SpliceDoc:
    id: str
    input: str
    gold: str
    lines: tuple[Line, ...] = field(default_factory=tuple)


def intrusion_owner(row: dict[str, Any]) -> dict[int, int]:
    """Map line index -> intrusion index.

    Checked on bbc-dev: an intrusion's ``at`` indexes the lines without the boilerplate lines,
    and intrusions were inserted one after the other (a later one shifts an earlier one's lines
    at or after its ``at``). Replaying the insertions reproduces exactly the ``offtopic`` labels.
    """
    labels = [line["label"] for line in row["lines"]]
    positions = [i for i, label in enumerate(labels) if label != "boilerplate"]
    intrusions = row.get("intrusions") or []
    owners: list[int | None] = [None] * (len(positions) - sum(x["n"] for x in intrusions))
    for k, intrusion in enumerate(intrusions):
        owners[intrusion["at"] : intrusion["at"]] = [k] * intrusion["n"]
    return {pos: k for pos, k in zip(positions, owners, strict=True) if k is not None}


def load_splice(path: Path, limit: int | None = None) -> list[SpliceDoc]:
    docs: list[SpliceDoc] = []
    for row in read_jsonl(path):
        if limit is not None and len(docs) >= limit:
            break
        owner = intrusion_owner(row)
        intrusions = row.get("intrusions") or []
        lines = tuple(
            Line(
                text=line["text"],
                label=line["label"],
                same_topic=bool(intrusions[owner[i]]["same_topic"]) if i in owner else None,
            )
            for i, line in enumerate(row["lines"])
        )
        docs.append(SpliceDoc(str(row["id"]), row["input"], row["gold"], lines))
    return docs


WrappedDoc = TypeVar("WrappedDoc", TextDoc, SpliceDoc)


def wrapped_docs(docs: list[WrappedDoc], width: int | None) -> list[WrappedDoc]:
    """``docs`` with their inputs hard-wrapped at ``width`` (unchanged when None)."""
    return docs if width is None else [replace(d, input=hard_wrap(d.input, width)) for d in docs]


SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9%][.!?]) (?=[A-Z\"])|(?<=[.!?]\") (?=[A-Z])")
"""A space between two sentences (a lower-case letter or figure and its stop, then a capital)."""


def sentence_paragraphs(docs: list[SpliceDoc], teaser_sentences: int = 2) -> list[SpliceDoc]:
    """``docs`` rewritten as sites that give each sentence its own paragraph write them: every
    labelled line of over 120 characters split into its sentences, each a paragraph; a
    teaser's paragraphs cut to their first ``teaser_sentences`` sentences."""
    out = []
    for doc in docs:
        lines: list[Line] = []
        for line in doc.lines:
            parts = SENTENCE_BREAK.split(line.text) if len(line.text) > 120 else [line.text]
            if line.label == "offtopic":
                parts = parts[:teaser_sentences]
            lines += [Line(part, line.label, line.same_topic) for part in parts]
        text = "\n\n".join(line.text for line in lines)
        out.append(replace(doc, input=text, lines=tuple(lines)))
    return out
