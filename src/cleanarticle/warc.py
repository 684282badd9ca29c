"""WARC input: the HTML responses of a web archive (``.warc`` or ``.warc.gz``) as batch jobs.

Each HTTP response record with an HTML content type becomes a job whose ``url`` is the record's
target URI and whose ``charset`` is the one the HTTP ``Content-Type`` header declared; every
other record is skipped with a counted reason (``not_response``, ``not_html``, ``http_error``,
``redirect``, ``too_large``; ``archive_error`` for a corrupt archive or a record whose length
covers the records after it). Output names come from the URL, made safe: only letters, digits,
``.``, ``-`` and ``_``, one folder per host, never outside the output folder, and a short hash
of the URI and record id so that two records never share a name.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from cleanarticle.batch import ARCHIVE_ERROR, DONE, OUTPUT_SUFFIXES, Job, OutputFormat, Skipped
from cleanarticle.errors import CleanArticleError
from cleanarticle.options import Options
from cleanarticle.templates import host_of

if TYPE_CHECKING:
    from fastwarc.warc import WarcRecord

_SWALLOWED_RECORD = re.compile(rb"\r?\n\r?\nWARC/1\.[01]\r?\n(?:[^\r\n]{0,200}\r?\n){0,20}?WARC-")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
NAME_CHARS = 60


def is_warc(path: Path) -> bool:
    """True for ``.warc`` and ``.warc.gz`` names."""
    return path.name.lower().endswith((".warc", ".warc.gz"))


def safe_name(uri: str, record_id: str) -> str:
    """``host/last-path-part-HASH``: a relative path made of safe characters only."""
    try:
        parts = urlsplit(uri)
        host, path = parts.hostname or "", parts.path
    except ValueError:
        host, path = "", ""
    host = _UNSAFE.sub("_", host.lower()).strip("._-") or "_"
    stem = _UNSAFE.sub("_", path.rstrip("/").rsplit("/", 1)[-1]).strip("._-")
    stem = stem[:NAME_CHARS] or "index"
    digest = hashlib.blake2b(f"{uri}\n{record_id}".encode(), digest_size=5).hexdigest()
    return f"{host}/{stem}-{digest}"


def warc_target(out_root: Path, uri: str, record_id: str, fmt: OutputFormat) -> Path:
    """The output file of a record: inside ``out_root`` whatever the URI holds."""
    return out_root / f"{safe_name(uri, record_id)}{OUTPUT_SUFFIXES[fmt]}"


def warc_jobs(
    archive: Path,
    out_root: Path | None,
    fmt: OutputFormat,
    *,
    skip_done: bool,
    options: Options,
) -> Iterator[Job | Skipped]:
    """A job per HTML response of ``archive``, a skip for every other record."""
    try:
        from fastwarc.warc import ArchiveIterator  # the optional 'warc' extra
    except ImportError:
        raise CleanArticleError(
            "Reading WARC archives needs fastwarc: pip install 'cleanarticle[warc]'."
        ) from None
    try:
        with archive.open("rb") as stream:
            for record in ArchiveIterator(stream, parse_http=True, auto_decode="all"):
                yield record_job(record, out_root, fmt, skip_done=skip_done, options=options)
    except OSError:  # unreadable, truncated or corrupt archive: what was read is kept
        yield Skipped(str(archive), ARCHIVE_ERROR)


def record_job(
    record: WarcRecord,
    out_root: Path | None,
    fmt: OutputFormat,
    *,
    skip_done: bool,
    options: Options,
) -> Job | Skipped:
    """The job of one record, or the reason it is skipped."""
    uri = str(record.headers.get("WARC-Target-URI") or "").strip()
    if uri.startswith("<") and uri.endswith(">"):  # some writers wrap the URI in brackets
        uri = uri[1:-1]
    reason = _skip_reason(record)
    if reason:
        return Skipped(uri or str(record.record_id), reason)
    target = None
    if out_root is not None and fmt != "jsonl":
        target = warc_target(out_root, uri, str(record.record_id), fmt)
        if skip_done and target.exists():
            return Skipped(uri, DONE)
    data = record.reader.read(options.max_input_bytes + 1)
    if len(data) > options.max_input_bytes:
        return Skipped(uri, "too_large")
    if _SWALLOWED_RECORD.search(data):
        # Its Content-Length ran past its end: the records after it were read as its content.
        return Skipped(uri, ARCHIVE_ERROR)
    return Job(
        uri,
        data=data,
        url=uri or None,
        charset=record.http_charset,
        target=None if target is None else str(target),
        site=host_of(uri) or "warc",
        fingerprint=int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big") or 1,
    )


def _skip_reason(record: WarcRecord) -> str | None:
    from fastwarc.warc import WarcRecordType

    if record.record_type != WarcRecordType.response or not record.is_http:
        return "not_response"
    status = record.http_headers.status_code if record.http_headers is not None else None
    if status is not None and 300 <= status < 400:
        return "redirect"
    if status is not None and status >= 400:
        return "http_error"
    if (record.http_content_type or "").lower() not in HTML_TYPES:
        return "not_html"
    return None
