"""Reference rows for the text benchmarks: pass-through and a C4-style line filter.

The C4 line rule (Raffel et al. 2020, "Exploring the limits of transfer learning", section
2.2), applied line by line; the page-level rules of C4 (drop pages with fewer than 5
sentences, bad words, "lorem ipsum" or curly brackets) are left out, since they drop whole
documents rather than boilerplate. A line is kept when

* it ends in terminal punctuation: ``.``, ``!``, ``?`` or a closing quotation mark
  (an ellipsis counts as a period);
* it has at least 3 words (whitespace-separated);
* it does not contain the word "javascript" (any case);
* it does not contain a policy/cookie notice substring ("terms of use", "privacy policy",
  "cookie policy", "uses cookies", "use of cookies", "use cookies"), as C4's public code does.
"""

from __future__ import annotations

from collections.abc import Callable

TERMINAL = (".", "!", "?", '"', "\u201d", "\u2019", "'", "\u2026")
POLICY = (
    "terms of use",
    "privacy policy",
    "cookie policy",
    "uses cookies",
    "use of cookies",
    "use cookies",
)
MIN_WORDS = 3


def c4_keeps(line: str) -> bool:
    """Whether the C4 line rule keeps ``line``."""
    text = line.strip()
    lower = text.lower()
    return (
        text.endswith(TERMINAL)
        and len(text.split()) >= MIN_WORDS
        and "javascript" not in lower
        and not any(p in lower for p in POLICY)
    )


def c4_filter(text: str) -> str:
    """The lines of ``text`` that the C4 line rule keeps, one per line."""
    return "\n".join(line.strip() for line in text.splitlines() if c4_keeps(line))


def pass_through(text: str) -> str:
    return text


def cleanarticle_text(field: str = "body", *, topic: bool = True) -> Callable[[str], str]:
    """``clean(text, kind="text")`` returning ``Article.body`` or ``Article.text`` (``topic``:
    with the topic stage)."""
    from cleanarticle import Options, clean

    options = Options(topic=topic)

    def run(text: str) -> str:
        article = clean(text, kind="text", options=options)
        return article.body if field == "body" else article.text

    return run
