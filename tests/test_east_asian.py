"""Furniture of Chinese, Japanese and Korean pages goes; real lines that look like it stay."""

from __future__ import annotations

import pytest

from tests.east_asian_data import (
    HELD_ARTICLES,
    HELD_REAL,
    HELD_UI,
    LOOKALIKES,
    TUNE_ARTICLES,
    TUNE_REAL,
    TUNE_UI,
)
from tests.line_sets import cleanarticle_text, measure, removed_between

PARAGRAPH = (
    "清晨六点半，山村小学的教室里已经亮起了灯。老师打开投影仪，城里学校的课程准时开始，"
    "四十多名学生坐得整整齐齐，认真地看着屏幕上的板书。"
)
PARAGRAPH_2 = (
    "县教育局表示，今年将为每所接入远程课堂的学校配备一名技术员，并在三年内完成全部教室的"
    "改造，让更多乡村孩子享受到优质的教育资源。"
)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("分享到： 微信 | 微博 | QQ空间", "ui_string"),
        ("印刷する", "ui_string"),
        ("네이버에서 구독하기", "ui_string"),
        ("【责任编辑：王小明】", "credit"),
        ("（记者 张三 李四）", "credit"),
        ("김철수 기자 kim@example.co.kr", "credit"),
        ("（共同）", "credit"),
        ("未经授权，不得转载。", "copyright"),
        ("무단전재 및 재배포 금지", "copyright"),
        ("この記事は会員限定です。", "paywall"),
        ("相关新闻", "related"),
        ("많이 본 뉴스", "related"),
        ("发布时间：2023年11月08日 14:30", "timestamp"),
        ("입력 2024.03.15 09:42", "timestamp"),
        ("首页 > 国际 > 亚太", "navigation"),
        ("【纠错】 【责任编辑：张三】", "ui_string"),
    ],
)
def test_east_asian_furniture_goes(line: str, reason: str) -> None:
    assert removed_between(line, PARAGRAPH, PARAGRAPH_2) == {line: reason}


@pytest.mark.parametrize(
    "line",
    [
        "记者手记",  # a reporter's note: a heading
        "该网站因未经授权转载文章被起诉。",  # a story about reprints, not a notice
        "会員限定のセールに長い行列ができた。",  # told in the plain voice, not a prompt
        "2024年3月",  # a date alone may head a part of a timeline
        "图：北京街头，游客排队购票",  # a caption, not a credit
        "分享经济的新变化",
        "作者：鲁迅",  # a list of books names each one's author
    ],
)
def test_east_asian_lines_that_look_like_furniture_stay(line: str) -> None:
    assert removed_between(line, PARAGRAPH, PARAGRAPH_2) == {}


KNOWN_LOSSES = {"ko": 3}
"""A related heading put right above the article's numbered list takes its three items for
teasers, as in any language ("관련기사" over "1. ...", "2. ...", "3. ...")."""


@pytest.mark.parametrize("language", ["zh", "ja", "ko"])
def test_tuning_set(language: str) -> None:
    figures = measure(
        cleanarticle_text,
        TUNE_UI[language],
        TUNE_REAL[language],
        TUNE_ARTICLES[language],
    )
    assert figures.furniture_removed >= 0.95
    assert figures.real_kept == 1.0
    assert figures.article_lines_lost == KNOWN_LOSSES.get(language, 0)


@pytest.mark.parametrize(("language", "floor"), [("zh", 0.5), ("ja", 0.6), ("ko", 0.7)])
def test_held_set(language: str, floor: float) -> None:
    """Measured only: the floors guard against a change that loses what generalised."""
    figures = measure(
        cleanarticle_text,
        HELD_UI[language],
        HELD_REAL[language],
        HELD_ARTICLES[language],
    )
    assert figures.furniture_removed >= floor
    assert figures.real_kept == 1.0
    assert figures.article_lines_lost == 0


PARAGRAPHS = {
    "zh": (PARAGRAPH, PARAGRAPH_2),
    "ja": (
        "町の中心部を走るローカル線は、利用者の減少が続き、存続が危ぶまれていた。住民たちは"
        "署名を集め、県に支援を求めてきた。",
        "県は来年度から三年間、運行経費の一部を補助することを決めた。沿線の自治体も観光客の"
        "誘致に力を入れる方針だ。",
    ),
    "ko": (
        "전통시장 골목에 청년 상인들이 하나둘 가게를 열면서 오랫동안 비어 있던 점포가 다시 "
        "채워지고 있다. 상인회는 방문객이 눈에 띄게 늘었다고 말했다.",
        "구청은 내년부터 청년 상인의 임대료 일부를 지원하고 주차 공간도 확충할 계획이라고 "
        "밝혔다. 상인들은 지원이 꾸준히 이어지기를 바란다.",
    ),
}


@pytest.mark.parametrize(
    ("language", "line"), [(lang, line) for lang, lines in LOOKALIKES.items() for line in lines]
)
def test_real_east_asian_lines_shaped_like_furniture_stay(language: str, line: str) -> None:
    assert removed_between(line, *PARAGRAPHS[language]) == {}
