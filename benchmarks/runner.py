"""Running a text cleaner over documents: timed, guarded against exceptions."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from cleanarticle.boilerplate_memo import forget

Cleaner = Callable[[str], str]


def run_cleaner(cleaner: Cleaner, inputs: Sequence[str]) -> tuple[list[str | None], float]:
    """Each output (``None`` where the cleaner raised) and the seconds spent cleaning.

    A failure counts against every figure: an empty output for the F1, no line removed and
    every real line lost for the splice figures.
    """
    forget()  # every pass starts with nothing remembered from an earlier one
    outputs: list[str | None] = []
    seconds = 0.0
    for text in inputs:
        start = time.perf_counter()
        try:
            out: str | None = cleaner(text)
        except Exception:
            out = None
        seconds += time.perf_counter() - start
        outputs.append(out)
    return outputs, seconds


def failures(outputs: Sequence[str | None]) -> int:
    return sum(out is None for out in outputs)


def texts(outputs: Sequence[str | None]) -> list[str]:
    return [out or "" for out in outputs]
