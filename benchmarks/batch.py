"""Batch runs at corpus scale: throughput against trafilatura, scaling, memory, site templates.

    PYTHONPATH=src python -m benchmarks.batch [--pages 2000] [--big 20000] [--parts ...]
        [--rounds 2]

Parts (all by default):
- ``throughput``: a folder of ``--pages`` saved pages built in a temporary folder from every
  extraction set (pages repeated under new names when the sets hold fewer), cleaned by
  ``cleanarticle DIR -o OUT`` at ``-j`` = core count and ``-j 1``, and by
  ``trafilatura --input-dir DIR --output-dir OUT`` (its default: all cores), in the same run,
  taking turns ``--rounds`` times (each command's fastest run counts);
- ``memory``: peak RSS of ``cleanarticle DIR -f jsonl -o run.jsonl`` on ``--pages`` and on
  ``--big`` documents (hard links to the same pages);
- ``sites``: extraction F1 (body against gold) of the pages of sites with 5 or more distinct
  pages, with and without site templates;
- ``templates``: ``--site-docs`` BBC articles (the ``keep`` lines of the splice set) written as
  one site's text files with furniture lines no rule knows; the share of furniture lines removed
  and of real lines lost, by any step and by the template step.

Every command runs as a subprocess; its wall time is measured around it, its peak memory both
as the largest resident set of any one process (``/usr/bin/time``'s maximum RSS) and as the
largest sum over the process tree (sampled with psutil: RSS and PSS every 50 ms in the memory
runs, RSS every 0.5 s in the throughput runs, whose timing the sampling would bend), its CPU
time as the sum over the tree and for the command's own process alone (the same samples: the
last interval of each process is missed).
Nothing is written into the repository: the folders live in a temporary directory that is
removed at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import psutil

from benchmarks.data import data_root, load_splice, read_jsonl
from benchmarks.report import normalise_ws, table, write_json

REPO = Path(__file__).resolve().parents[1]
SETS = ("scrapinghub", "dragnet-train", "wcxb-dev-articles")
CORES = os.cpu_count() or 1


@dataclass(frozen=True)
class Measure:
    """One timed command."""

    label: str
    command: str
    docs: int
    seconds: float
    max_process_mb: float
    peak_tree_mb: float
    returncode: int
    peak_tree_pss_mb: float = 0.0
    cpu_seconds: float = 0.0
    main_cpu_seconds: float = 0.0
    """CPU of the command's own process (for cleanarticle: the parent that hands out the work,
    while its workers clean)."""

    @property
    def per_second(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0


SAMPLE_SECONDS = 0.05
"""How often the memory runs read the process tree's memory (RSS and PSS)."""
LIGHT_SAMPLE_SECONDS = 0.5
"""How often the throughput runs read the tree's CPU times and RSS: reading a tree's memory
maps every 50 ms costs a tenth of a core, which a run on every core pays in wall time (and a
run on one core does not, so it bent the scaling figure); every 0.5 s, without PSS, it costs
under 1 % (the CPU of the last half second of each process is then missed)."""


def measure(label: str, command: list[str], docs: int, *, light: bool = False) -> Measure:
    """Run ``command`` (no output kept) and measure its wall time and peak memory (``light``:
    see :data:`LIGHT_SAMPLE_SECONDS`; no PSS)."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    fd, report = tempfile.mkstemp(suffix=".time")
    os.close(fd)
    timed = ["/usr/bin/time", "-f", "%M", "-o", report, *command]
    start = time.perf_counter()
    process = psutil.Popen(timed, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = peak_pss = 0
    cpu: dict[int, float] = {}
    main = 0
    every = LIGHT_SAMPLE_SECONDS if light else SAMPLE_SECONDS
    next_sample = 0.0
    while process.poll() is None:
        if not main:  # the command itself, started by /usr/bin/time
            with contextlib.suppress(psutil.Error, IndexError):
                main = process.children()[0].pid
        if time.perf_counter() >= next_sample:
            rss, pss = _tree_memory(process, cpu, pss=not light)
            peak, peak_pss = max(peak, rss), max(peak_pss, pss)
            next_sample = time.perf_counter() + every
        time.sleep(0.02)
    seconds = time.perf_counter() - start
    text = Path(report).read_text().strip().splitlines()
    Path(report).unlink()
    max_kb = int(text[-1]) if text and text[-1].isdigit() else 0
    shown = " ".join(Path(c).name if c.startswith("/tmp") else c for c in command)
    return Measure(
        label,
        shown,
        docs,
        seconds,
        max_kb / 1024,
        peak / 2**20,
        process.returncode or 0,
        peak_pss / 2**20,
        sum(cpu.values()),
        cpu.get(main, 0.0),
    )


def _tree_memory(
    process: psutil.Process, cpu: dict[int, float], *, pss: bool = True
) -> tuple[int, int]:
    """The summed RSS and PSS (shared pages split between the processes sharing them; RSS where
    the system gives no PSS, 0 without ``pss``) of the process tree; records each member's CPU
    seconds so far in ``cpu``."""
    rss = shared = 0
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.Error:
        return 0, 0
    for member in members:
        with contextlib.suppress(psutil.Error):
            info = member.memory_full_info() if pss else member.memory_info()
            rss += info.rss
            shared += getattr(info, "pss", info.rss) if pss else 0
            times = member.cpu_times()
            cpu[member.pid] = times.user + times.system
    return rss, shared


def build_pages(root: Path, folder: Path, count: int) -> int:
    """Write ``count`` pages (raw bytes, ``.html``) into ``folder``; returns the unique count."""
    import gzip

    folder.mkdir(parents=True)
    sources = [
        (name, row)
        for name in SETS
        for row in read_jsonl(root / "extraction" / name / "pages.jsonl")
    ]
    for i in range(count):
        name, row = sources[i % len(sources)]
        raw = gzip.decompress((root / "extraction" / name / row["html"]).read_bytes())
        copy = i // len(sources)
        (folder / f"{name}-{str(row['id'])[:16]}-{copy}.html").write_bytes(raw)
    return min(count, len(sources))


def link_pages(pages: Path, folder: Path, count: int) -> None:
    """``count`` hard links to the pages of ``pages``, in ``folder``."""
    folder.mkdir(parents=True)
    files = sorted(pages.iterdir())
    for i in range(count):
        source = files[i % len(files)]
        os.link(source, folder / f"{i // len(files):03d}-{source.name}")


def peer_command(name: str) -> str:
    """A peer's console script: beside this interpreter (its virtual environment), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def cleanarticle(*args: str) -> list[str]:
    return [sys.executable, "-m", "cleanarticle", *args, "-q"]


def throughput(pages: Path, work: Path, count: int, rounds: int = 1) -> list[Measure]:
    """cleanarticle at -j cores (with and without site templates) and -j 1 (without, so the
    scaling figure is about the pool), trafilatura at its default, on the same folder; the
    commands take turns ``rounds`` times, and each one's fastest run counts (every output
    folder is new)."""
    best: dict[str, Measure] = {}
    for n in range(rounds):
        for label, command in _throughput_runs(pages, work / f"round{n}"):
            run = measure(label, command, count, light=True)
            if label not in best or run.seconds < best[label].seconds:
                best[label] = run
        shutil.rmtree(work / f"round{n}", ignore_errors=True)
    return list(best.values())


def _throughput_runs(pages: Path, work: Path) -> list[tuple[str, list[str]]]:
    return [
        (
            f"cleanarticle -j {CORES}",
            cleanarticle(str(pages), "-o", str(work / "ca"), "-j", str(CORES)),
        ),
        (
            "trafilatura",
            [
                peer_command("trafilatura"),
                *("--input-dir", str(pages), "--output-dir", str(work / "tr")),
            ],
        ),
        (
            f"cleanarticle -j {CORES} --keep-templates",
            cleanarticle(str(pages), "-o", str(work / "cak"), "-j", str(CORES), "--keep-templates"),
        ),
        (
            "cleanarticle -j 1 --keep-templates",
            cleanarticle(str(pages), "-o", str(work / "ca1"), "-j", "1", "--keep-templates"),
        ),
    ]


def memory(pages: Path, big: Path, work: Path, small_n: int, big_n: int) -> list[Measure]:
    """Peak memory of a JSON Lines run on the small and the big folder."""
    return [
        measure(
            f"jsonl, {n:,} documents",
            cleanarticle(str(f), "-f", "jsonl", "-o", str(work / f"{n}.jsonl")),
            n,
        )
        for f, n in ((pages, small_n), (big, big_n))
    ]


FURNITURE = [
    "Newsround Extra | Stories from around the country",
    "Watch the evening bulletin again on the catch-up service",
    "Updated {n} minutes ago",
    "Have your say on this story in the readers' forum below",
    "Produced by the regional desk in Salford",
    "Join our correspondents live every Thursday at noon",
]
BIO = "Sam Patel is the site's education reporter and has covered schools since 2001."


def build_site(root: Path, folder: Path, docs: int) -> list[tuple[list[str], list[str]]]:
    """``docs`` articles of one site with furniture; returns (real lines, furniture) each."""
    rng = random.Random(11)
    folder.mkdir(parents=True)
    made = []
    for i, doc in enumerate(load_splice(root / "splice" / "bbc-dev.jsonl", limit=docs)):
        real = [line.text for line in doc.lines if line.label == "keep"]
        furniture = [f.format(n=rng.randint(2, 59)) for f in FURNITURE if rng.random() < 0.85]
        if rng.random() < 0.4:
            furniture.append(BIO)
        middle = len(real) // 2
        lines = [*furniture[:2], *real[:middle], *furniture[2:3], *real[middle:], *furniture[3:]]
        (folder / f"story-{i:03d}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        made.append((real, furniture))
    return made


def templates(root: Path, work: Path, docs: int) -> dict[str, Any]:
    """Furniture removed and real lines lost on the generated site."""
    site = work / "site"
    made = build_site(root, site, docs)
    result = subprocess.run(
        cleanarticle(str(site), "-f", "jsonl"),
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
        capture_output=True,
        text=True,
        check=False,
    )
    records = [json.loads(line) for line in result.stdout.splitlines()]
    figures = {
        "documents": len(records),
        "furniture": 0,
        "furniture_removed": 0,
        "furniture_by_template": 0,
        "real": 0,
        "real_lost": 0,
        "real_lost_by_template": 0,
    }
    for (real, furniture), record in zip(made, records, strict=True):
        text = normalise_ws(record["text"])
        by_template = {
            normalise_ws(b["text"]) for b in record["blocks"] if b["reason"] == "site_template"
        }
        for line in furniture:
            removed = normalise_ws(line) not in text
            figures["furniture"] += 1
            figures["furniture_removed"] += removed
            figures["furniture_by_template"] += normalise_ws(line) in by_template
        for line in real:
            figures["real"] += 1
            figures["real_lost"] += normalise_ws(line) not in text
            figures["real_lost_by_template"] += normalise_ws(line) in by_template
    return figures


def site_pages(pages: Path, folder: Path, min_docs: int = 5) -> int:
    """Hard links in ``folder`` to the pages of sites with at least ``min_docs`` distinct pages
    (the site as cleanarticle sees it: declared host, else the folder)."""
    from collections import defaultdict

    from cleanarticle.sources import site_and_fingerprint

    by_site: dict[str, dict[int, Path]] = defaultdict(dict)
    for path in sorted(pages.iterdir()):
        site, fingerprint = site_and_fingerprint(path, ".")
        by_site[site].setdefault(fingerprint, path)
    folder.mkdir(parents=True)
    chosen = [p for found in by_site.values() if len(found) >= min_docs for p in found.values()]
    for path in chosen:
        os.link(path, folder / path.name)
    return len(chosen)


def real_sites(root: Path, pages: Path, work: Path) -> dict[str, Any]:
    """Extraction F1 of the bench pages of sites with several pages, with and without site
    templates (the body against the gold text), and the pages templates changed."""
    from benchmarks.metric import evaluate

    folder = work / "sites"
    site_pages(pages, folder)
    gold = {
        f"{name}-{str(row['id'])[:16]}": row["gold"]
        for name in SETS
        for row in read_jsonl(root / "extraction" / name / "pages.jsonl")
    }
    bodies: dict[str, dict[str, str]] = {}
    for label, extra in (("templates", []), ("keep-templates", ["--keep-templates"])):
        out = subprocess.run(
            cleanarticle(str(folder), "-f", "jsonl", *extra),
            env={**os.environ, "PYTHONPATH": str(REPO / "src")},
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        records = (json.loads(line) for line in out.splitlines())
        bodies[label] = {Path(r["source"]).name.rsplit("-", 1)[0]: r["body"] for r in records}
    names = sorted(set(bodies["templates"]) & set(bodies["keep-templates"]))
    changed = [n for n in names if bodies["templates"][n] != bodies["keep-templates"][n]]
    figures: dict[str, Any] = {"pages": len(names), "changed": len(changed)}
    for label, found in bodies.items():
        for subset, chosen in (("all", names), ("changed", changed)):
            score = evaluate((found[n], gold[n]) for n in chosen)
            figures[f"{label} {subset}"] = [score.f1, score.precision, score.recall]
    return figures


def render(results: dict[str, Any]) -> str:
    out = []
    headers = [
        "run",
        "documents",
        "wall s",
        "docs/s",
        "CPU ms/doc",
        "main CPU ms/doc",
        "main process MB",
        "peak tree RSS MB",
        "peak tree PSS MB",
        "exit",
    ]
    for key, title in (("throughput", "Folder throughput"), ("memory", "JSON Lines memory")):
        if key in results:
            rows = [
                [
                    m["label"],
                    m["docs"],
                    m["seconds"],
                    m["docs"] / m["seconds"],
                    1000 * m.get("cpu_seconds", 0.0) / m["docs"],
                    1000 * m.get("main_cpu_seconds", 0.0) / m["docs"],
                    m["max_process_mb"],
                    m["peak_tree_mb"],
                    m.get("peak_tree_pss_mb") or None,
                    m["returncode"],
                ]
                for m in results[key]
            ]
            out.append(table(title, headers, rows))
    if "sites" in results:
        s = results["sites"]
        rows = [[key, *s[key]] for key in s if key not in ("pages", "changed")]
        title = (
            f"Site templates on real pages ({s['pages']} pages of sites with 5+ pages; "
            f"{s['changed']} changed)"
        )
        out.append(table(title, ["run, pages", "F1", "P", "R"], rows))
    if "templates" in results:
        t = results["templates"]
        rows = [
            ["furniture lines removed (any step)", t["furniture_removed"], t["furniture"]],
            [
                "furniture lines removed by site_template",
                t["furniture_by_template"],
                t["furniture"],
            ],
            ["real lines lost (any step)", t["real_lost"], t["real"]],
            ["real lines lost to site_template", t["real_lost_by_template"], t["real"]],
        ]
        rows = [[a, b, c, b / c if c else None] for a, b, c in rows]
        out.append(
            table(
                f"Site templates ({t['documents']} articles of one site)",
                ["figure", "lines", "of", "share"],
                rows,
            )
        )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--big", type=int, default=20000)
    parser.add_argument("--site-docs", type=int, default=40)
    parser.add_argument("--parts", default="throughput,memory,templates,sites")
    parser.add_argument(
        "--rounds", type=int, default=2, help="turns of the throughput commands (fastest counts)"
    )
    parser.add_argument("--json", default=None)
    args = parser.parse_args(argv)
    root = data_root(args.data)
    parts = set(args.parts.split(","))
    results: dict[str, Any] = {"cores": CORES}
    with tempfile.TemporaryDirectory(prefix="cleanarticle-batch-") as temp:
        work = Path(temp)
        pages = work / "pages"
        results["unique_pages"] = build_pages(root, pages, args.pages)
        if "throughput" in parts:
            runs = throughput(pages, work, args.pages, args.rounds)
            results["throughput"] = [asdict(m) for m in runs]
        if "memory" in parts:
            link_pages(pages, work / "big", args.big)
            runs = memory(pages, work / "big", work, args.pages, args.big)
            results["memory"] = [asdict(m) for m in runs]
        if "sites" in parts:
            results["sites"] = real_sites(root, pages, work)
        if "templates" in parts:
            results["templates"] = templates(root, work, args.site_docs)
    print(f"{CORES} cores; {args.pages} pages ({results['unique_pages']} distinct)\n")
    print(render(results))
    write_json(args.json, results)


if __name__ == "__main__":
    main()
