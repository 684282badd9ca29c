"""The benchmark harness's own helpers: intrusion indexing, the C4 rule, block text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks.data import Line, Page, SpliceDoc, find_data, intrusion_owner, load_pairs
from benchmarks.extraction import phrase_rates
from benchmarks.references import c4_filter, c4_keeps
from benchmarks.splice import line_figures
from benchmarks.splice_built import built_splice
from benchmarks.tools import Output, html_to_blocks


def test_intrusions_index_lines_without_boilerplate_inserted_in_turn() -> None:
    labels = ["keep", "boilerplate", "keep", "offtopic", "offtopic", "offtopic", "offtopic"]
    row: dict[str, Any] = {
        "lines": [{"text": str(i), "label": label} for i, label in enumerate(labels)],
        # first intrusion (2 lines) at 2, then the second (2 lines) at 3, inside the first
        "intrusions": [{"at": 2, "n": 2}, {"at": 3, "n": 2}],
    }
    assert intrusion_owner(row) == {3: 0, 4: 1, 5: 1, 6: 0}


def test_c4_rule() -> None:
    assert c4_keeps("The council approved the park.")
    assert not c4_keeps("Share this")
    assert not c4_keeps("Two words.")
    assert not c4_keeps("Please enable JavaScript to view this page.")
    assert not c4_keeps("This site uses cookies to improve your experience.")
    assert c4_filter("Menu\nIt rained all day.\n") == "It rained all day."


def test_html_to_blocks_one_line_per_block() -> None:
    html = "<div><h1>Title</h1><p>One <b>bold</b> word.</p><ul><li>a</li><li>b</li></ul></div>"
    assert html_to_blocks(html) == "Title\nOne bold word.\na\nb"


def test_splice_line_figures() -> None:
    doc = SpliceDoc(
        id="d",
        input="",
        gold="",
        lines=(
            Line("Real  line one.", "keep"),
            Line("Real line two.", "keep"),
            Line("Foreign headline", "offtopic", same_topic=True),
            Line("Foreign text.", "offtopic", same_topic=False),
            Line("Share", "boilerplate"),
        ),
    )
    clean_doc = SpliceDoc("c", "", "", (Line("Only real.", "keep"),))
    outputs = ["Real line one.\nForeign headline", "Only real."]
    figures = line_figures([doc, clean_doc], outputs)
    assert figures.boilerplate_recall == 1.0
    assert figures.offtopic_recall == 0.5
    assert figures.offtopic_recall_same == 0.0
    assert figures.offtopic_recall_other == 1.0
    assert figures.keep_rate == 2 / 3
    assert (figures.damaged, figures.damaged_share) == (1, 0.5)
    assert figures.untouched_clean == 1.0


def test_splice_failure_counts_against_everything() -> None:
    doc = SpliceDoc("d", "", "", (Line("Real.", "keep"), Line("Share", "boilerplate")))
    figures = line_figures([doc], [None])
    assert (figures.boilerplate_recall, figures.keep_rate, figures.damaged) == (0.0, 0.0, 1)


def test_folded_phrase_check_ignores_quote_and_dash_styles() -> None:
    page = Page(
        id="1",
        url="",
        encoding="utf-8",
        gold="",
        raw=b"",
        with_phrases=('it\'s a long-running "test"', "absent phrase"),
        without_phrases=("Share this",),
    )
    out = Output("He said it\u2019s a long\u2013running \u201ctest\u201d.  Share this")
    found, leaked, folded = phrase_rates([page], [out])
    assert (found, leaked, folded) == (0.0, 1.0, 0.5)
    assert phrase_rates([page], [None]) == (0.0, 1.0, 0.0)


def test_the_built_splice_set_labels_its_teasers_and_keeps_its_hosts_whole() -> None:
    root = find_data()
    if root is None:
        pytest.skip("benchmark data not present (set CLEANARTICLE_BENCH to ../shared/bench)")
    docs = built_splice(root)
    assert len(docs) > 500
    spliced = [d for d in docs if any(line.label == "offtopic" for line in d.lines)]
    assert 0.75 < len(spliced) / len(docs) < 0.85  # four in five
    for doc in docs[:50]:
        assert doc.input == "\n\n".join(line.text for line in doc.lines)
        real = [line.text for line in doc.lines if line.label == "keep"]
        assert doc.gold == "\n\n".join(real)
        assert doc.lines[0].label == "keep"  # the host's title heads it
    assert built_splice(root)[:20] == docs[:20]  # the same for a given seed


def test_a_folder_of_pages_and_gold_texts_loads_both_layouts(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("<p>A</p>", encoding="utf-8")
    (tmp_path / "a.txt").write_text("gold a", encoding="utf-8")
    (tmp_path / "html").mkdir()
    (tmp_path / "txt").mkdir()
    (tmp_path / "html" / "b.html").write_text("<p>B</p>", encoding="utf-8")
    (tmp_path / "txt" / "b.txt").write_text("gold b", encoding="utf-8")
    (tmp_path / "c.html").write_text("<p>no gold</p>", encoding="utf-8")
    pages = load_pairs(tmp_path)
    assert [(p.id, p.gold, p.raw) for p in pages] == [
        ("a", "gold a", b"<p>A</p>"),
        ("b", "gold b", b"<p>B</p>"),
    ]
