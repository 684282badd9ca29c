"""Functions run by pool workers in tests: a light module, so workers start fast."""

from __future__ import annotations

import os
import signal
import time


def stuck_or_double(x: int) -> int:
    """Doubles ``x``; for 3, hangs with the alarm signal blocked (like a stuck C call)."""
    if x == 3:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(60)
    if x == 5:
        os._exit(1)  # a crash of the worker process
    return 2 * x


def on_failure(x: int, reason: str) -> int:
    return -x


def worker_pid(x: int) -> int:
    return os.getpid()
