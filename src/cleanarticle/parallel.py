"""A small process pool for batch runs.

- results come back in the order of the inputs, whatever the number of workers;
- work is pulled from the input iterator lazily, with a bounded number of tasks in flight or
  waiting to be handed on, so memory stays flat however many inputs there are;
- a task has a soft time limit inside its worker (:func:`time_limit`, a signal timer) and a hard
  one outside: a worker still busy well past the limit (stuck in C code, say) is killed and
  replaced, and its task is reported through ``on_failure``; a worker that dies is treated alike.

Workers start from a fork server that has imported the pipeline once, so starting or replacing
one is cheap and safe even when the parent runs threads (the progress bar). :func:`start_server`
starts it early, so that its imports overlap the caller's own preparations.
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from multiprocessing.reduction import ForkingPickler
from types import FrameType
from typing import Generic, TypeVar

from cleanarticle.errors import TimeLimitError

T = TypeVar("T")
R = TypeVar("R")

PRELOAD = ["cleanarticle.batch", "cleanarticle.pipeline"]
"""Imported once by the fork server (see also :func:`_preload`)."""
HARD_LIMIT_FACTOR = 2.0
"""A worker busy longer than this many times the soft limit (plus a few seconds) is killed."""
HARD_LIMIT_GRACE = 5.0
POLL_SECONDS = 0.5
START_TIMEOUT = 120.0
TASKS_PER_WORKER = 1000
"""A worker is replaced by a fresh one after this many tasks, so that memory a library keeps
(caches, fragmentation) cannot grow over a long run."""
QUEUE_DEPTH = 3
"""Tasks a worker holds at once: the next ones wait in its pipe while it works, so it never
sits idle while the parent takes its results and hands it more work."""
NAP_SHARE = 0.5
"""While every worker has tasks waiting behind the one it works on, the parent sleeps for this
share of the time they will take (the fewest waiting, times the mean time of a task so far)
before it looks for results: it then takes several results per wake-up instead of one, and
spends less of the machine's time on waking up."""
MAX_NAP = 0.05
"""The longest such sleep, in seconds."""
MAX_QUEUED_BYTES = 4096
"""A task larger than this (pickled) is handed only to a worker with nothing to do. The parent
writes a task into the worker's pipe while the worker may be busy; when the pipe is full, the
write waits for the worker to read, and a worker that is sending a large result at the same
time waits for the parent: a deadlock (a WARC record travels with its page). Small tasks (a
file's path) always fit in the pipe beside the ones already waiting there."""
READY = "ready"


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`TimeLimitError` in the block when it runs longer than ``seconds``.

    Uses ``SIGALRM``, so it only acts in the main thread of a process (pool workers are);
    elsewhere, or with ``seconds <= 0``, it does nothing.
    """
    if seconds <= 0 or not _in_main_thread():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise TimeLimitError(f"Cleaning took longer than the limit of {seconds:g} s; stopped.")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def start_server() -> None:
    """Start the fork server (it imports :data:`PRELOAD`) without waiting for it."""
    from multiprocessing import forkserver

    multiprocessing.get_context("forkserver").set_forkserver_preload(_preload())
    forkserver.ensure_running()


def _preload() -> list[str]:
    """:data:`PRELOAD`, and the command line module when the parent runs the installed
    ``cleanarticle`` command: every worker runs the parent's main script again (a script, not a
    module run with ``-m``), and that one imports it."""
    main = sys.modules.get("__main__")
    script = getattr(main, "__spec__", None) is None and hasattr(main, "__file__")
    if script and "cleanarticle.cli" in sys.modules:
        return [*PRELOAD, "cleanarticle.cli"]
    return PRELOAD


def _in_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _worker_main(conn: Connection, func: Callable[[T], R]) -> None:
    """Run tasks from ``conn`` until it closes or sends ``None``; Ctrl-C is the parent's job.

    What the fork server imported is set aside from garbage collection: the collector would
    walk it again and again, and touch, so copy, memory the worker shares with the server.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.freeze()
    conn.send(READY)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        seq, item = message
        start = time.perf_counter()
        result = func(item)
        try:
            conn.send((seq, result, time.perf_counter() - start))
        except OSError:
            return


@dataclass(slots=True)
class _Worker(Generic[T]):
    process: BaseProcess
    conn: Connection
    tasks: deque[tuple[int, T]] = field(default_factory=deque)
    """Tasks handed to the worker and not answered yet, the one it works on first."""
    started: float = 0.0
    """When the worker started its first task."""
    handed: int = 0


class Pool(Generic[T, R]):
    """``jobs`` worker processes applying ``func`` (a picklable callable) to small items."""

    def __init__(
        self,
        func: Callable[[T], R],
        *,
        jobs: int,
        time_limit: float,
        on_failure: Callable[[T, str], R],
        grace: float = HARD_LIMIT_GRACE,
    ) -> None:
        self.func = func
        self.jobs = max(1, jobs)
        self.hard_limit = time_limit * HARD_LIMIT_FACTOR + grace if time_limit > 0 else 0.0
        self.on_failure = on_failure
        self.window = max(16, self.jobs * 8)
        self._context = multiprocessing.get_context("forkserver")
        start_server()  # already running when the caller started it early
        self._workers: list[_Worker[T]] = []
        self._answered = 0
        self._busy_seconds = 0.0
        """Tasks answered so far and the time the workers spent on them."""
        self._backlog: deque[tuple[int, T, bytes]] = deque()
        """Tasks numbered and pickled but not handed out yet: a large one waiting for an idle
        worker, and those a replaced worker had waiting."""

    def _spawn(self) -> _Worker[T]:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_worker_main, args=(child, self.func), daemon=True)
        process.start()
        child.close()
        # Wait until the worker runs, so that a task's clock does not count its start-up.
        if not parent.poll(START_TIMEOUT) or parent.recv() != READY:
            process.kill()
            raise OSError("A worker process did not start.")
        return _Worker(process, parent)

    def imap(self, items: Iterable[T]) -> Iterator[R]:
        """The results of ``func`` over ``items``, in input order."""
        self._workers = [self._spawn() for _ in range(self.jobs)]
        done: dict[int, R] = {}
        source = iter(items)
        next_in = next_out = 0
        exhausted = False
        try:
            while True:
                if not exhausted or self._backlog:
                    next_in, exhausted = self._dispatch(source, next_in, next_out, exhausted)
                while next_out in done:
                    yield done.pop(next_out)
                    next_out += 1
                if exhausted and next_out == next_in:
                    return
                self._nap()
                self._collect(done)
        finally:
            self.close()

    def _dispatch(
        self, source: Iterator[T], next_in: int, next_out: int, exhausted: bool
    ) -> tuple[int, bool]:
        """Hand out tasks, the backlog's first, until every worker has ``QUEUE_DEPTH`` tasks:
        idle workers first, and a large task only to an idle worker (:data:`MAX_QUEUED_BYTES`).
        Returns the next item's number and whether ``source`` is exhausted."""
        for depth in range(QUEUE_DEPTH):
            for worker in self._workers:
                if len(worker.tasks) > depth or worker.handed >= TASKS_PER_WORKER:
                    continue
                if not self._backlog:
                    if exhausted or next_in >= next_out + self.window:
                        return next_in, exhausted
                    try:
                        item = next(source)
                    except StopIteration:
                        return next_in, True
                    self._backlog.append((next_in, item, _message(next_in, item)))
                    next_in += 1
                seq, item, message = self._backlog[0]
                if worker.tasks and len(message) > MAX_QUEUED_BYTES:
                    return next_in, exhausted  # it waits for a worker to be idle
                self._backlog.popleft()
                self._hand(worker, seq, item, message)
        return next_in, exhausted

    def _hand(self, worker: _Worker[T], seq: int, item: T, message: bytes) -> None:
        if not worker.tasks:
            worker.started = time.monotonic()
        # A worker that died on its current task no longer reads: the task waits with it and
        # is handed on when the death is noticed (in _collect).
        with suppress(OSError):
            worker.conn.send_bytes(message)
        worker.tasks.append((seq, item))
        worker.handed += 1

    def _nap(self) -> None:
        """Sleep while every worker has work waiting (see :data:`NAP_SHARE`)."""
        waiting = min(len(worker.tasks) - 1 for worker in self._workers)
        if waiting > 0 and self._answered:
            mean = self._busy_seconds / self._answered
            time.sleep(min(MAX_NAP, NAP_SHARE * waiting * mean))

    def _collect(self, done: dict[int, R]) -> None:
        busy = [w for w in self._workers if w.tasks]
        if not busy:
            return
        ready = wait([w.conn for w in busy], timeout=POLL_SECONDS)
        for worker in busy:
            if worker.conn in ready:
                self._receive(worker, done)
        self._enforce_limit(done)

    def _receive(self, worker: _Worker[T], done: dict[int, R]) -> None:
        """Take every result ``worker`` has sent (several when the parent slept)."""
        while True:
            try:
                seq, result, seconds = worker.conn.recv()
            except (EOFError, OSError):
                self._fail(worker, done, "The worker process died while cleaning it.")
                return
            done[seq] = result
            worker.tasks.popleft()
            worker.started = time.monotonic()
            self._answered += 1
            self._busy_seconds += seconds
            if not worker.tasks:
                if worker.handed >= TASKS_PER_WORKER:
                    self._retire(worker)
                return
            if not worker.conn.poll():
                return

    def _enforce_limit(self, done: dict[int, R]) -> None:
        if not self.hard_limit:
            return
        now = time.monotonic()
        for worker in self._workers:
            if worker.tasks and now - worker.started > self.hard_limit:
                seconds = now - worker.started
                reason = f"Cleaning did not stop after {seconds:.0f} s; the worker was killed."
                self._fail(worker, done, reason)

    def _fail(self, worker: _Worker[T], done: dict[int, R], reason: str) -> None:
        """Report the task ``worker`` works on as failed and replace the worker."""
        seq, item = worker.tasks.popleft()
        done[seq] = self.on_failure(item, reason)
        self._replace(worker)

    def _retire(self, worker: _Worker[T]) -> None:
        """Stop an idle worker politely and start a fresh one in its place."""
        with suppress(OSError):
            worker.conn.send(None)
        worker.process.join(2.0)
        self._replace(worker)

    def _replace(self, worker: _Worker[T]) -> None:
        """Kill ``worker`` and start a fresh one, which gets the tasks still waiting."""
        worker.process.kill()
        worker.process.join()
        worker.conn.close()
        self._workers[self._workers.index(worker)] = self._spawn()
        self._backlog.extendleft(
            (seq, item, _message(seq, item)) for seq, item in reversed(worker.tasks)
        )

    def close(self) -> None:
        """Stop every worker: ask politely, then kill the ones still running."""
        for worker in self._workers:
            with suppress(OSError):
                worker.conn.send(None)
        deadline = time.monotonic() + 2.0
        for worker in self._workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self._workers = []


def _message(seq: int, item: T) -> bytes:
    """The task as the worker reads it (``Connection.recv`` unpickles what this pickles)."""
    return bytes(ForkingPickler.dumps((seq, item)))
