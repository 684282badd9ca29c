"""Furniture of Russian pages goes; real lines that look like it stay."""

from __future__ import annotations

import pytest

from tests.line_sets import cleanarticle_text, measure, removed_between
from tests.russian_data import (
    HELD_ARTICLES,
    HELD_REAL,
    HELD_UI,
    LOOKALIKES,
    TUNE_ARTICLES,
    TUNE_REAL,
    TUNE_UI,
)

PARAGRAPH = (
    "В понедельник городская дума утвердила план ремонта старого моста через реку. Работы "
    "начнутся весной и продлятся около двух лет, сообщили в мэрии."
)
PARAGRAPH_2 = (
    "По словам депутатов, на время ремонта движение транспорта будет перекрыто, а для "
    "пешеходов построят временный переход рядом с набережной."
)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Поделиться", "ui_string"),
        ("Обновлено 12 марта 2024 в 14:30", "timestamp"),
        ("5 минут назад", "timestamp"),
        ("Время чтения: 4 минуты", "timestamp"),
        ("Фото: Иван Петров / ТАСС", "credit"),
        ("Текст: Анна Смирнова", "byline"),
        ("Читайте также", "related"),
        ("Все права защищены", "copyright"),
        ("При цитировании материалов ссылка на сайт обязательна", "copyright"),
        ("Реклама. ООО «Ромашка», ИНН 7700000000, erid: 2SDnjcAbCd", "advertisement"),
        ("Мы используем файлы cookie, чтобы сайт работал лучше.", "cookie_notice"),
        ("Подписывайтесь на наш канал в Telegram", "follow_prompt"),
        ("Теги: транспорт, ремонт", "tags"),
        ("Нашли ошибку? Выделите текст и нажмите Ctrl+Enter", "ui_string"),
        ("18+", "metadata"),
    ],
)
def test_russian_furniture_goes(line: str, reason: str) -> None:
    assert removed_between(line, PARAGRAPH, PARAGRAPH_2) == {line: reason}


@pytest.mark.parametrize(
    "line",
    [
        "Печать на заказ",  # a subheading: "печать" is a weak word, as "print shop" is not
        "«Дюна» (16+)",  # a film's title with its rating heads a review
        "Все права на бренд перешли к новому владельцу.",
        "Суд обязал сайт удалить файлы cookie пользователей, сообщил регулятор.",
        "Фото: как менялся город за сто лет",  # a caption's sentence, not a credit
        "Копирование чужих материалов без разрешения суд признал нарушением.",
        "Автор: Лев Толстой",  # a list of books names each one's author
        "Пресс-служба мэрии сообщила о переносе ярмарки.",  # a press office's news, no credit
    ],
)
def test_russian_lines_that_look_like_furniture_stay(line: str) -> None:
    assert removed_between(line, PARAGRAPH, PARAGRAPH_2) == {}


def test_a_russian_article_is_not_judged_by_the_topic_stage() -> None:
    """Its words come back inflected; the stage runs in the languages it was checked in."""
    article = TUNE_ARTICLES[0]
    assert cleanarticle_text(article).split() == article.split()


def test_tuning_set() -> None:
    figures = measure(cleanarticle_text, TUNE_UI, TUNE_REAL, TUNE_ARTICLES)
    assert figures.furniture_removed >= 0.94
    assert figures.real_kept == 1.0
    assert figures.article_lines_lost == 0


def test_held_set() -> None:
    """Measured only: the floor guards against a change that loses what generalised."""
    figures = measure(cleanarticle_text, HELD_UI, HELD_REAL, HELD_ARTICLES)
    assert figures.furniture_removed >= 0.74
    assert figures.real_kept == 1.0
    assert figures.article_lines_lost == 0


@pytest.mark.parametrize("line", LOOKALIKES)
def test_real_russian_lines_shaped_like_furniture_stay(line: str) -> None:
    assert removed_between(line, PARAGRAPH, PARAGRAPH_2) == {}
