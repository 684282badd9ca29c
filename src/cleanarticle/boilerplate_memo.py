"""The line rules' verdicts on short lines, remembered across the documents of a run.

Furniture comes back document after document: "Share on Twitter", "Advertisement", a site's
menu. A short line goes through every line rule (some hundred tests, 40 µs), a long one
stops at the first length checks (1 µs), so a short line's :class:`Facts` and finding are kept
by its text, per options and language, and read back when the line comes again. They depend
on nothing else, so a remembered verdict is the verdict. Lines up to ``line_memo_max_chars``
characters are kept; past ``line_memo_max_entries`` lines the memo starts again empty (memory
stays bounded in batch runs).
"""

from __future__ import annotations

from cleanarticle.boilerplate_rules import Facts, Finding, facts
from cleanarticle.boilerplate_segments import line_finding
from cleanarticle.options import Options

Verdicts = dict[str, tuple[Facts, Finding | None]]

MAX_MEMOS = 16
"""Memos kept for this many (options, language) pairs at once; more, and all start again."""
_MEMOS: dict[tuple[int, int], tuple[Options, frozenset[str], Verdicts]] = {}


def judged_line(text: str, stop: frozenset[str], options: Options) -> tuple[Facts, Finding | None]:
    """The facts of ``text`` and what the line rules say of it (see the module)."""
    if len(text) > options.line_memo_max_chars:
        found = facts(text, stop)
        return found, line_finding(found, stop, options)
    memo = _memo(options, stop)
    verdict = memo.get(text)
    if verdict is None:
        found = facts(text, stop)
        verdict = (found, line_finding(found, stop, options))
        if len(memo) >= options.line_memo_max_entries:
            memo.clear()
        memo[text] = verdict
    return verdict


def forget() -> None:
    """Empty every memo (a benchmark timing one pass over its documents starts so)."""
    _MEMOS.clear()


def _memo(options: Options, stop: frozenset[str]) -> Verdicts:
    key = (id(options), id(stop))
    entry = _MEMOS.get(key)
    if entry is None:
        if len(_MEMOS) >= MAX_MEMOS:
            _MEMOS.clear()
        entry = _MEMOS[key] = (options, stop, {})  # (the pair is held: its ids stay theirs)
    return entry[2]
