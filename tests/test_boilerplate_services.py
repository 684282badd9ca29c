"""Furniture of documentation, science, press, public-service and booking pages (hand-written)."""

from __future__ import annotations

import pytest
from text_data import PARAGRAPH, PARAGRAPH_2, removed


def between_paragraphs(line: str) -> dict[str, str]:
    return removed("\n".join([PARAGRAPH, line, PARAGRAPH_2]))


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Copy to clipboard", "ui_string"),
        ("Codice copiato!", "button"),
        ("Deze pagina bewerken", "ui_string"),
        ("https://doi.org/10.1093/nar/gkab123", "metadata"),
        ("This work is licensed under a Creative Commons Attribution 4.0 License", "copyright"),
        ("Citations 12 · Downloads 3.4k", "metadata"),
        ("Pressekontakt: Anna Beispiel, Tel. 030 1234567", "press_boilerplate"),
        ("SOURCE Example Foods Ltd.", "press_boilerplate"),
        ("Dernière mise à jour le 4 mars 2024", "timestamp"),
        ("Se connecter avec FranceConnect", "button"),
        ("Comprar entradas", "ui_string"),
        ("Billets dès 25 € + frais de service", "call_to_action"),
        ("Gratis annuleren tot 24 uur van tevoren", "call_to_action"),
        ("9,1 Uitstekend · 812 beoordelingen", "ui_string"),
        ("12:04 / 58:30", "ui_string"),
        ("Folge 27 · 41 Min. · 3. Mai", "ui_string"),
        ("Ouça no Spotify e na Deezer", "ui_string"),
        ("Aktualisieren \u27f3", "button"),
        ("Makler kontaktieren", "call_to_action"),
        ("Posted 2 days ago · Full-time · Remote", "timestamp"),
        ("Über uns \u203a Presse \u203a Mitteilungen", "navigation"),
        ("Deutsch | English | Français", "navigation"),
    ],
)
def test_service_furniture_goes(line: str, code: str) -> None:
    assert between_paragraphs(line) == {line: code}


@pytest.mark.parametrize(
    "line",
    [
        "Copy the files to the new server before you start.",
        "This is a new service for residents who need help with their heating bills.",
        "Tickets cost €20 plus booking fees and sold out within an hour.",
        "Contact the agent if the landlord does not answer within a week.",
        "The museum was last modified in 1998, when a new wing opened.",
        "Listen to what the council has to say before you judge the plan.",
        "This article is republished from The Conversation under a Creative Commons license.",
        "English and Cymraeg are both taught at the school",
        "The price rose to €48 plus fees at the door",
        "Free Range Librarian \u203a The Fall Funnel of Fun",
        "Free Range Librarian \u203a The Reluctant Cataloger",
    ],
)
def test_service_furniture_lookalikes_stay(line: str) -> None:
    assert between_paragraphs(line) == {}
