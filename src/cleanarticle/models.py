"""The data that flows through the pipeline: blocks, verdicts, metadata and the finished article.

Every object here is a frozen dataclass. Stages never edit a block; they return a new one
carrying a :class:`Verdict` (see ``dataclasses.replace``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

Kind = Literal["html", "text"]
LIST_MARK = re.compile(r"^(?:[-*\u2022\u25aa\u25cf\u2013]|\d{1,3}[.)])\s+")
"""The mark that opens a list item written out in text ("- ", "• ", "3. ", "2) ")."""
TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|/|~)\s+|\s*[|»]\s*")
"""Between the parts of a page title: its headline, the site's name, a section ("Storm hits
coast - Daily News", "Storm hits coast | News » Daily News")."""
CELL_SEPARATOR = "\t"
"""Between the cells of a table row in a block's text: plain text stays plain, markdown output
draws the table."""
Role = Literal["title", "heading", "paragraph", "list_item", "quote", "table", "code", "caption"]

# Step names, in pipeline order.
STEP_EXTRACT = "extract"
STEP_BOILERPLATE = "boilerplate"
STEP_TOPIC = "topic"
STEP_TEMPLATE = "template"


@dataclass(frozen=True, slots=True)
class Verdict:
    """One stage's judgement of one block.

    ``score`` is the stage's confidence in its decision, between 0 and 1; ``reason`` is a short
    code (``content``, ``ui_string``, ``off_topic``, ...) that users see in ``--explain`` and JSON.
    """

    keep: bool
    step: str
    reason: str
    score: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {"keep": self.keep, "step": self.step, "reason": self.reason, "score": self.score}

    def __reduce__(self) -> tuple[type[Verdict], tuple[bool, str, str, float]]:
        """Pickled as its fields (see :meth:`Block.__reduce__`)."""
        return (Verdict, (self.keep, self.step, self.reason, self.score))


KEPT = Verdict(keep=True, step=STEP_EXTRACT, reason="content", score=1.0)


def slot_setters(cls: type) -> tuple[Callable[[Any, Any], None], ...]:
    """The setters of the fields of a frozen dataclass with slots, in field order, for the
    ``__init__`` of a class made once per block: calling one costs about half of the
    ``object.__setattr__`` call that a frozen dataclass's own ``__init__`` makes per field."""
    return tuple(cls.__dict__[f.name].__set__ for f in fields(cls))


@dataclass(frozen=True, slots=True, init=False)
class Block:
    """A unit of text: a paragraph, a heading, a list item, a line of plain text.

    ``link_density`` is the share of the block's characters inside links (HTML only);
    ``path`` is a short description of where the block came from (a tag path in HTML,
    ``line N`` in text), used by ``--explain``.
    """

    index: int
    text: str
    role: Role = "paragraph"
    link_density: float = 0.0
    path: str = ""
    verdict: Verdict = KEPT

    def __init__(
        self,
        index: int,
        text: str,
        role: Role = "paragraph",
        link_density: float = 0.0,
        path: str = "",
        verdict: Verdict = KEPT,
    ) -> None:
        _set_index(self, index)  # (see slot_setters)
        _set_text(self, text)
        _set_role(self, role)
        _set_link_density(self, link_density)
        _set_path(self, path)
        _set_verdict(self, verdict)

    @property
    def kept(self) -> bool:
        return self.verdict.keep

    def __reduce__(self) -> tuple[type[Block], tuple[Any, ...]]:
        """Pickled as its fields in order: the state a frozen dataclass with slots pickles by
        default is built and read back field by field in Python, which makes a page's blocks
        two to three times slower to store and load (the learning pass of a batch run keeps
        every sampled document's blocks on disk)."""
        fields_ = (self.index, self.text, self.role, self.link_density, self.path, self.verdict)
        return (Block, fields_)

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "text": self.text,
            "role": self.role,
            "kept": self.verdict.keep,
            "step": self.verdict.step,
            "reason": self.verdict.reason,
            "score": round(self.verdict.score, 4),
        }


_set_index, _set_text, _set_role, _set_link_density, _set_path, _set_verdict = slot_setters(Block)


@dataclass(frozen=True, slots=True)
class Metadata:
    """What is known about the document besides its text. Every field may be ``None``."""

    url: str | None = None
    title: str | None = None
    author: str | None = None
    date: str | None = None
    language: str | None = None
    site: str | None = None
    description: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Article:
    """The result of :func:`cleanarticle.clean`.

    ``blocks`` holds every block in document order, kept or removed, each with its verdict.
    """

    title: str
    blocks: tuple[Block, ...]
    metadata: Metadata = field(default_factory=Metadata)
    kind: Kind = "text"
    notes: tuple[str, ...] = ()

    @property
    def kept_blocks(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kept and b.role != "title")

    @property
    def body(self) -> str:
        """The kept blocks without the title: paragraphs apart by blank lines, the items of a
        list one a line, each marked "- " unless its text opens with a list mark of its own."""
        parts: list[str] = []
        in_list = False
        for block in self.kept_blocks:
            if block.role != "list_item":
                parts.append(block.text)
                in_list = False
                continue
            item = block.text if LIST_MARK.match(block.text) else f"- {block.text}"
            if in_list:
                parts[-1] += "\n" + item
            else:
                parts.append(item)
            in_list = True
        return "\n\n".join(parts)

    @property
    def text(self) -> str:
        """The title, a blank line, then the body: what the command line prints."""
        if self.title and self.body:
            return f"{self.title}\n\n{self.body}"
        return self.title or self.body

    def removed_by_reason(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for block in self.blocks:
            if not block.kept:
                counts[block.verdict.reason] = counts.get(block.verdict.reason, 0) + 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "body": self.body,
            "text": self.text,
            "kind": self.kind,
            "metadata": self.metadata.to_dict(),
            "blocks": [b.to_dict() for b in self.blocks],
            "removed": self.removed_by_reason(),
            "notes": list(self.notes),
        }


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the HTML extraction stage hands on: every text block of the page, in order, each
    kept (main content) or removed with its reason, and the page's metadata."""

    blocks: tuple[Block, ...]
    metadata: Metadata
