"""Other extractors' output cleaned as plain text: does cleanarticle make it better?

    PYTHONPATH=src python -m benchmarks.peer_text --data ../shared/bench

Each peer extracts the pages of an HTML set; its output is then the input of
``clean(output, kind="text").body`` (the text sets' residue, made with more extractors). Each
table shows the peer's output passed through and cleaned, scored against the gold article (a
page the peer gives no text for stays empty: there is nothing to clean).
"""

from __future__ import annotations

import argparse
from dataclasses import asdict

from benchmarks.data import Page, TextDoc, data_root, load_pages
from benchmarks.references import cleanarticle_text, pass_through
from benchmarks.report import write_json
from benchmarks.text import measure, render
from benchmarks.tools import Tool, load_tools

DEFAULT_SETS = "scrapinghub,wcxb-dev-articles"
DEFAULT_PEERS = "trafilatura,readability,resiliparse,justext"


def peer_docs(pages: list[Page], peer: Tool) -> list[TextDoc]:
    """The peer's output for each page, as a text document with the page's gold."""
    docs = []
    for page in pages:
        try:
            text = peer(page).text
        except Exception:
            text = ""
        docs.append(TextDoc(page.id, text, page.gold))
    return docs


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", help="benchmark data root (default $CLEANARTICLE_BENCH)")
    parser.add_argument("--sets", default=DEFAULT_SETS, help=f"HTML sets (default {DEFAULT_SETS})")
    parser.add_argument(
        "--peers", default=DEFAULT_PEERS, help=f"extractors (default {DEFAULT_PEERS})"
    )
    parser.add_argument("--limit", type=int, help="first N pages of each set")
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args(argv)
    peers, skipped = load_tools(args.peers.split(","))
    for name, why in skipped.items():
        print(f"{name}: skipped, {why}")
    cleaner = cleanarticle_text("body")
    cleaners = {
        "pass-through": pass_through,
        "cleanarticle": lambda text: cleaner(text) if text.strip() else "",  # (nothing to clean)
    }
    figures: dict[str, object] = {}
    for set_name in args.sets.split(","):
        pages = load_pages(data_root(args.data), set_name, args.limit)
        for peer_name, peer in peers.items():
            results = measure(cleaners, peer_docs(pages, peer))
            print(render(f"{set_name}, {peer_name}'s output", results), flush=True)
            figures[f"{set_name}/{peer_name}"] = {t: asdict(r) for t, r in results.items()}
    write_json(args.json, {"peer_text": figures})


if __name__ == "__main__":
    main()
