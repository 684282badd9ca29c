"""Test data for batch runs, generated at test time: articles of one site with its furniture,
small HTML pages, and WARC archives written by hand."""

from __future__ import annotations

import gzip
import random
from pathlib import Path

TOWNS = [
    "Ashford",
    "Brampton",
    "Carlow",
    "Dunmore",
    "Elston",
    "Fairlie",
    "Glenroy",
    "Hartley",
    "Inverary",
    "Jarrow",
    "Kelso",
    "Lanark",
    "Melrose",
    "Newbury",
    "Oakham",
    "Penrith",
    "Queensbury",
    "Redruth",
    "Selby",
    "Thirsk",
    "Ullapool",
    "Ventnor",
    "Wetherby",
    "Yeovil",
    "Alnwick",
    "Bideford",
    "Cromer",
    "Dornoch",
    "Exmouth",
    "Frome",
    "Girvan",
    "Hexham",
    "Ilkley",
    "Keswick",
    "Ludlow",
    "Malton",
    "Nairn",
    "Oban",
    "Peebles",
    "Ripon",
]
THINGS = ["footbridge", "library", "bus depot", "clinic", "skate park", "market hall", "school"]
PARAGRAPHS = [
    "The {town} council voted {a} to {b} on Tuesday to approve the new {thing}, ending a "
    "debate that began more than {c} years ago.",
    "Residents of {town} packed the chamber, and several of them said the {thing} would "
    "change how they get around the centre of town.",
    "Work on the {thing} in {town} is expected to start in the spring and to cost about "
    "{a} million pounds, paid for mostly by a regional grant.",
    "Opponents in {town} argued that the money should go to road repairs instead, pointing "
    "to {b} complaints about potholes filed last year.",
    "The {town} mayor said the vote showed the council could still agree on large projects "
    "despite the tight budget of recent years.",
    "A final design for the {thing} will be shown to {town} residents at a public meeting "
    "next month, the council said in a statement.",
]
FURNITURE = [
    "Riverside Gazette | Local news you can trust",
    "Follow the Gazette on your favourite apps for more stories like this one",
    "Posted {a} hours ago by the Gazette newsroom",
    "Got a story? Tell the Gazette newsroom what is happening on your street",
    "More from the Riverside Gazette newsroom",
    "Copyright 2024 Riverside Gazette Media Group. Reproduction only with permission.",
]
BIO = "Jane Moss covers city hall, planning and transport for the Gazette."
RARE_LINE = "The committee will publish its full report on the proposals in the autumn."


def site_articles(count: int = 32, seed: int = 7) -> list[tuple[str, list[str], list[str]]]:
    """``count`` articles as (text, real lines, furniture lines): each real paragraph names its
    own town, so it is unique; one real line repeats in three articles."""
    rng = random.Random(seed)
    articles = []
    for i in range(count):
        town = TOWNS[i % len(TOWNS)] + ("" if i < len(TOWNS) else f" {i}")
        fill = {"town": town, "thing": rng.choice(THINGS)}
        real = [f"{town} approves new {fill['thing']}"]
        for template in PARAGRAPHS:
            real.append(
                template.format(
                    a=rng.randint(2, 9), b=rng.randint(1, 9), c=rng.randint(2, 12), **fill
                )
            )
        if i in (3, 11, 20):
            real.insert(4, RARE_LINE)
        furniture = [f.format(a=rng.randint(1, 23)) for f in FURNITURE if rng.random() < 0.85]
        if rng.random() < 0.4:
            furniture.append(BIO)
        top, bottom = furniture[:2], furniture[2:]
        lines = [*top, *real[:1], *real[1:4], *bottom[:1], *real[4:], *bottom[1:]]
        articles.append(("\n\n".join(lines) + "\n", real, furniture))
    return articles


def write_site(folder: Path, count: int = 32) -> list[tuple[Path, list[str], list[str]]]:
    """The site's articles as text files in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for i, (text, real, furniture) in enumerate(site_articles(count)):
        path = folder / f"story-{i:03d}.txt"
        path.write_text(text, encoding="utf-8")
        written.append((path, real, furniture))
    return written


def page(title: str, paragraphs: list[str], *, lang: str = "en") -> str:
    """A small article page."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="{lang}"><head><title>{title}</title></head>'
        f"<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>Contact us</footer></body></html>"
    )


def warc_record(uri: str, block: bytes, *, record_type: str = "response", n: int = 0) -> bytes:
    """One gzipped WARC record."""
    head = (
        f"WARC/1.0\r\nWARC-Type: {record_type}\r\nWARC-Target-URI: {uri}\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012d}>\r\n"
        f"WARC-Date: 2024-05-01T12:00:00Z\r\n"
        f"Content-Type: application/http; msgtype={record_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + block + b"\r\n\r\n")


def http_response(body: bytes, content_type: str, status: str = "200 OK") -> bytes:
    """An HTTP response message."""
    return (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body
