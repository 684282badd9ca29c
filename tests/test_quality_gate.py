"""Quality gate: cleanarticle's benchmark figures must not drop below benchmarks/baseline.json.

Needs the benchmark data (``$CLEANARTICLE_BENCH``, default ``../shared/bench`` from the
repository root); skipped when it is absent. Run alone with ``pytest -m gate``, leave out
with ``pytest -m "not gate"``.
"""

from __future__ import annotations

import pytest

from benchmarks.data import find_data
from benchmarks.gate import floors, measured

pytestmark = pytest.mark.gate

DATA = find_data()
FLOORS = list(floors())


@pytest.mark.parametrize(
    ("group", "set_name", "figure", "floor"),
    FLOORS,
    ids=[f"{g}/{s}/{f}" for g, s, f, _ in FLOORS],
)
def test_figure_not_below_floor(group: str, set_name: str, figure: str, floor: float) -> None:
    if DATA is None:
        pytest.skip("benchmark data not present (set CLEANARTICLE_BENCH to ../shared/bench)")
    value = measured(DATA, group, set_name)[figure]
    assert value is not None, f"{group}/{set_name}: no {figure} measured"
    assert value >= floor, (
        f"{group}/{set_name} {figure} = {value:.4f} fell below its floor {floor} "
        "(benchmarks/baseline.json); lowering a floor must be a deliberate, explained commit"
    )
