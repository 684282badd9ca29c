"""Coverage-guided fuzz target for ``clean()`` on the HTML and text paths.

Run with atheris (``pip install atheris``), seeded with the bad-input corpus::

    PYTHONPATH=src python fuzz/fuzz_clean.py fuzz/corpus fixtures/bad -max_total_time=600

A finding (a crash or an input over ``-timeout`` seconds) is written by libFuzzer as
``crash-*`` / ``timeout-*``; turn it into a regression fixture under ``fixtures/bad/fuzz/``,
where ``tests/test_hostile.py`` replays every file through ``check``. Without atheris the same
``check`` runs under Hypothesis in ``tests/test_properties.py`` (set ``HYPOTHESIS_PROFILE=long``
for a long run).

The first byte of the input chooses how the rest is fed to ``clean()``: as bytes with the kind
detected, as bytes forced to HTML, or decoded (with surrogates kept) and given as ``str`` text.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from dataclasses import replace

from cleanarticle import Options, clean
from cleanarticle.errors import InputError, TimeLimitError
from cleanarticle.models import Article
from cleanarticle.render import render

# A generous limit: libFuzzer's own -timeout reports a slow input as a finding.
OPTIONS = replace(Options(), time_limit=0)
SPACES = re.compile(r"[\s\u200b]+")
SCRUB = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd\ud800-\udfff]")


class _Warnings(logging.Handler):
    """Collects warnings and errors logged by any library: the command line would print them
    (a traceback, often) on stderr."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def check(data: bytes) -> None:
    """Clean ``data`` one way or another; raise AssertionError when an invariant breaks."""
    if not data:
        return
    logged = _Warnings()
    logging.getLogger().addHandler(logged)
    try:
        _check(data)
    finally:
        logging.getLogger().removeHandler(logged)
    assert not logged.records, f"logged on stderr: {logged.records[0].getMessage()[:200]}"


def _check(data: bytes) -> None:
    mode, body = data[0] % 3, data[1:]
    try:
        if mode == 0:
            article = clean(body, options=OPTIONS)
        elif mode == 1:
            article = clean(body, kind="html", options=OPTIONS)
        else:
            text = body.decode("utf-8", errors="surrogateescape")
            article = clean(text, kind="text", options=OPTIONS)
    except (InputError, TimeLimitError):
        return  # a clear rejection is a correct outcome; ProcessingError is a bug
    _check_json(article)
    if mode == 2:
        _check_from_text_input(article, text)


def _check_json(article: Article) -> None:
    line = render(article, "json")
    assert line.endswith("\n") and "\n" not in line[:-1], "JSON output is not one line"
    assert json.loads(line) == json.loads(json.dumps(article.to_dict())), "JSON does not round-trip"


def _check_from_text_input(article: Article, text: str) -> None:
    source = normalise(text)
    for block in article.blocks:
        if block.kept:
            kept = normalise(block.text)
            assert kept in source, f"kept text not in the input: {kept[:80]!r}"


def normalise(text: str) -> str:
    """Text as the reader and segmenter see it: control characters, U+FFFD and lone surrogates
    dropped, every run of white space (zero-width space included) one space."""
    return SPACES.sub(" ", SCRUB.sub("", text)).strip()


def main() -> None:
    """Fuzz ``check`` with atheris, every loaded module instrumented for coverage."""
    import atheris  # imported here: the tests use ``check`` without atheris installed

    atheris.instrument_all()
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
