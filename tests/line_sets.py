"""Measuring a cleaner on a set of furniture lines, real lines and articles: each line is put
into a copy of an article (under the headline, in the middle, at the end, by turns), the text
is cleaned, and the furniture removed and the real lines kept are counted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Cleaner = Callable[[str], str]


@dataclass(frozen=True)
class Figures:
    """What a cleaner did with one language of a set."""

    furniture_removed: float
    real_kept: float
    article_lines_lost: int
    """Lines of the articles lost, cleaned alone or beside a furniture or real line."""


def article_lines(article: str) -> list[str]:
    return [line.strip() for line in article.split("\n") if line.strip()]


def _kept(output: str, line: str) -> bool:
    return " ".join(line.split()) in " ".join(output.split())


def measure(
    cleaner: Cleaner,
    furniture: tuple[str, ...],
    real: tuple[str, ...],
    articles: tuple[str, ...],
) -> Figures:
    """Each line in a copy of an article, cleaned (see the module)."""
    hosts = [article_lines(a) for a in articles]
    lost = 0
    for host in hosts:
        output = cleaner("\n\n".join(host))
        lost += sum(not _kept(output, line) for line in host)
    counts = []
    for lines in (furniture, real):
        kept = 0
        for k, line in enumerate(lines):
            host = hosts[k % len(hosts)]
            text = [*host]
            text.insert((1, len(host) // 2, len(host) - 1)[k % 3], line)
            output = cleaner("\n\n".join(text))
            kept += _kept(output, line)
            lost += sum(not _kept(output, other) for other in host)
        counts.append(kept)
    return Figures(1 - counts[0] / len(furniture), counts[1] / len(real), lost)


def cleanarticle_text(text: str) -> str:
    from cleanarticle import clean

    return clean(text, kind="text").text


def removed_between(line: str, before: str, after: str) -> dict[str, str]:
    """Removed block text -> reason, after cleaning ``line`` between two paragraphs as text."""
    from cleanarticle import clean

    article = clean("\n\n".join([before, line, after]), kind="text")
    return {b.text: b.verdict.reason for b in article.blocks if not b.kept}
