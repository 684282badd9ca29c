"""The whole flow of :func:`clean`, one stage after another."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Set
from dataclasses import dataclass, replace
from typing import Literal, TypeVar

from cleanarticle import boilerplate, extract, language, readers, segment, templates, topic
from cleanarticle.errors import (
    CleanArticleError,
    EmptyInputError,
    ProcessingError,
    TimeLimitError,
)
from cleanarticle.extract import mojibake
from cleanarticle.models import Article, Block, Kind, Metadata
from cleanarticle.options import Options

KindArg = Literal["auto", "html", "text"]

DEFAULT_OPTIONS = Options()
T = TypeVar("T")


def clean(
    source: str | bytes,
    *,
    kind: KindArg = "auto",
    url: str | None = None,
    options: Options | None = None,
    charset: str | None = None,
    furniture: Set[int] | None = None,
) -> Article:
    """Clean one document and return the :class:`Article`, every block with its verdict.

    1. read: decode bytes (BOM, declared charset, UTF-8, detection), tell HTML from text;
    2. extract: an HTML page yields its main-content blocks and metadata; text yields one
       block per paragraph or separate line;
    3. boilerplate: UI strings, share bars, credits and site furniture are judged;
       in batch runs, blocks in ``furniture`` (the site's template, learned across its
       documents, see :mod:`cleanarticle.templates`) are judged too;
    4. title: in text, a headline-like first block becomes the title;
    5. topic: runs of blocks that belong to another story are judged;
    6. the article is assembled from the blocks and their verdicts.

    >>> clean("Storm hits coast\\n\\nThe storm reached the coast at dawn, officials said.").body
    'The storm reached the coast at dawn, officials said.'
    """
    opts = options or DEFAULT_OPTIONS
    clock = _Deadline(opts.time_limit)

    def stages() -> Article:
        drafted = _draft(source, kind, url, opts, clock, charset)
        return _finish(drafted, url, opts, clock, furniture)

    return _guarded(clock, stages)


@dataclass(frozen=True, slots=True)
class Draft:
    """A document read, extracted and judged by the boilerplate stage: what the site-template
    and topic stages start from. A batch run's template learning pass keeps the drafts of the
    documents it samples, so that cleaning them later does not repeat this work."""

    kind: Kind
    chars: int
    """Length of the decoded document (for the note on pages read only in part)."""
    blocks: tuple[Block, ...]
    metadata: Metadata
    language: str | None


def draft(
    source: str | bytes,
    *,
    kind: KindArg = "auto",
    url: str | None = None,
    options: Options | None = None,
    charset: str | None = None,
) -> Draft:
    """Stages 1 to 3 of :func:`clean`: read, extract, judge boilerplate."""
    opts = options or DEFAULT_OPTIONS
    clock = _Deadline(opts.time_limit)
    return _guarded(clock, lambda: _draft(source, kind, url, opts, clock, charset))


def finish(
    drafted: Draft,
    *,
    url: str | None = None,
    options: Options | None = None,
    furniture: Set[int] | None = None,
) -> Article:
    """The rest of :func:`clean` on a :class:`Draft`: site templates, title, topic, article."""
    opts = options or DEFAULT_OPTIONS
    clock = _Deadline(opts.time_limit)
    return _guarded(clock, lambda: _finish(drafted, url, opts, clock, furniture))


def _guarded(clock: _Deadline, stages: Callable[[], T]) -> T:
    """Run ``stages``, turning unexpected failures into one-sentence errors."""
    try:
        return stages()
    except CleanArticleError:
        raise
    except RecursionError:
        raise ProcessingError("The page is nested too deeply to be cleaned.") from None
    except Exception as exc:
        if clock.expired():  # a time limit set from outside, raised inside a library
            clock.check("a stage was interrupted")
        raise ProcessingError(
            f"The document could not be cleaned because of an internal error "
            f"({type(exc).__name__}); please report it with the input."
        ) from exc


def _draft(
    source: str | bytes,
    kind: KindArg,
    url: str | None,
    opts: Options,
    clock: _Deadline,
    charset: str | None,
) -> Draft:
    document = readers.read(source, kind=kind, options=opts, charset=charset)
    if document.kind == "html":
        extracted = extract.extract_html(document.text, url=url, options=opts, utf8=document.utf8)
        blocks, metadata = extracted.blocks, extracted.metadata
    else:
        text = mojibake.repair(document.text)  # as in HTML, "cafÃ©" is read again as "café"
        text = mojibake.repair_stripped(text, opts.stripped_marks_min)  # "Earthâs", stripped
        blocks, metadata = segment.split_text(text, options=opts), Metadata()
    if not blocks:
        raise EmptyInputError("The input holds no readable text: nothing was found to clean.")
    clock.check("extraction")
    lang = metadata.language or language.detect(blocks)
    if opts.boilerplate:
        blocks = boilerplate.judge(blocks, kind=document.kind, language=lang, options=opts)
        clock.check("the boilerplate stage")
    return Draft(document.kind, len(document.text), blocks, metadata, lang)


def _finish(
    drafted: Draft,
    url: str | None,
    opts: Options,
    clock: _Deadline,
    furniture: Set[int] | None,
) -> Article:
    blocks, metadata, lang = drafted.blocks, drafted.metadata, drafted.language
    if furniture:
        blocks = templates.judge(blocks, furniture, title=metadata.title)
    if drafted.kind == "text":
        blocks = segment.mark_title(blocks, options=opts)
    title = metadata.title or _title(blocks) or ""
    if opts.topic:
        blocks = topic.judge(blocks, title=title, language=lang, options=opts, kind=drafted.kind)
        clock.check("the topic stage")
    article = Article(
        title=title,
        blocks=blocks,
        metadata=replace(metadata, url=url or metadata.url, title=title or None, language=lang),
        kind=drafted.kind,
    )
    notes = _notes(drafted, article, opts)
    return replace(article, notes=notes) if notes else article


def _notes(drafted: Draft, article: Article, opts: Options) -> tuple[str, ...]:
    """Remarks on the document as a whole: work bounds that left part of it unread, and a
    result with no article text (a page that is not an article: an index, a form)."""
    notes: list[str] = []
    if drafted.kind == "html" and drafted.chars > opts.extract_max_chars:
        notes.append(
            f"The page is {drafted.chars:,} characters long; only the first "
            f"{opts.extract_max_chars:,} were read (Options.extract_max_chars)."
        )
    if not article.kept_blocks:
        reasons = Counter(article.removed_by_reason())
        common = ", ".join(f"{reason} {n}" for reason, n in reasons.most_common(3))
        notes.append(
            f"No article text was found: all {sum(reasons.values())} blocks were removed "
            f"({common}); --explain shows why."
        )
    return tuple(notes)


class _Deadline:
    """The time by which one document must be done; checked between stages (0: no limit)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def expired(self) -> bool:
        return self.seconds > 0 and time.monotonic() > self.end

    def check(self, after: str) -> None:
        if self.expired():
            raise TimeLimitError(
                f"Cleaning took longer than the time limit of {self.seconds:g} seconds "
                f"(stopped after {after}); the document was skipped."
            )


def _title(blocks: tuple[Block, ...]) -> str:
    """The text of the kept block marked as the title, if any."""
    return next((b.text for b in blocks if b.role == "title" and b.kept), "")
