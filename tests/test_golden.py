"""Golden cases: one folder per case under fixtures/golden/, holding ``input.txt`` or
``input.html`` and ``expected.txt``; ``clean(...).text`` must equal the expected text.

Regenerate on purpose with ``pytest tests/test_golden.py --update-golden`` and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanarticle import clean

GOLDEN = Path(__file__).resolve().parent.parent / "fixtures" / "golden"
CASES = sorted(p for p in GOLDEN.iterdir() if p.is_dir()) if GOLDEN.is_dir() else []


def _input(case: Path) -> tuple[Path, str]:
    for name, kind in (("input.txt", "text"), ("input.html", "html")):
        if (case / name).exists():
            return case / name, kind
    raise FileNotFoundError(f"{case} holds no input.txt or input.html")


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden(case: Path, update_golden: bool) -> None:
    path, kind = _input(case)
    source = path.read_bytes() if kind == "html" else path.read_text(encoding="utf-8")
    got = clean(source, kind=kind).text  # type: ignore[arg-type]
    expected_path = case / "expected.txt"
    if update_golden:
        expected_path.write_text(got, encoding="utf-8")
    assert got == expected_path.read_text(encoding="utf-8").rstrip("\n")
