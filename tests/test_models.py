"""The pipeline's data classes stay frozen dataclasses when their ``__init__`` sets the fields
through their slots (``models.slot_setters``)."""

from __future__ import annotations

import pickle
from dataclasses import FrozenInstanceError, asdict, fields, replace

import pytest
from lxml import etree

from cleanarticle.boilerplate_facts import Facts, facts
from cleanarticle.extract.blocks import RawBlock
from cleanarticle.models import KEPT, Block, Verdict


def test_a_block_keeps_its_fields_defaults_and_frozenness() -> None:
    block = Block(3, "Storm hits coast", role="heading")
    assert asdict(block) == {
        "index": 3,
        "text": "Storm hits coast",
        "role": "heading",
        "link_density": 0.0,
        "path": "",
        "verdict": asdict(KEPT),
    }
    removed = Verdict(keep=False, step="boilerplate", reason="ui_string", score=0.9)
    assert replace(block, verdict=removed) == Block(
        3, "Storm hits coast", "heading", 0.0, "", removed
    )
    with pytest.raises(FrozenInstanceError):
        block.text = "changed"  # type: ignore[misc]  # (frozen on purpose)


def test_a_raw_block_keeps_its_fields_in_order_and_frozenness() -> None:
    path = (etree.Element("p"),)
    raw = RawBlock("Some text", 4, "paragraph", path, 8, 0.5, "p")
    assert [getattr(raw, f.name) for f in fields(RawBlock)] == [
        "Some text",
        4,
        "paragraph",
        path,
        8,
        0.5,
        "p",
    ]
    assert raw == RawBlock("Some text", 4, "paragraph", path, 8, 0.5, "p")
    with pytest.raises(FrozenInstanceError):
        raw.chars = 0  # type: ignore[misc]  # (frozen on purpose)


def test_a_blocks_facts_keep_their_fields_in_order_and_frozenness() -> None:
    found = facts("Share this story!", frozenset({"this"}))
    assert [getattr(found, f.name) for f in fields(Facts)] == [
        "Share this story!",
        "share this story!",
        ("share", "this", "story"),
        3,
        1,
        True,
    ]
    with pytest.raises(FrozenInstanceError):
        found.n = 0  # type: ignore[misc]  # (frozen on purpose)


def test_blocks_and_verdicts_pickle_to_equal_copies() -> None:
    removed = Verdict(keep=False, step="boilerplate", reason="ui_string", score=0.7)
    blocks = (
        Block(0, "Storm hits coast", "title"),
        Block(1, "Share", path="line 2", verdict=removed),
    )
    back = pickle.loads(pickle.dumps(blocks, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == blocks
    assert [fields_of(b) for b in back] == [fields_of(b) for b in blocks]
    assert back[0].verdict == KEPT


def fields_of(block: Block) -> tuple[object, ...]:
    return tuple(getattr(block, f.name) for f in fields(block))
