from __future__ import annotations

from pathlib import Path

import pytest

from desktop import i18n


@pytest.fixture
def catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "resources" / "i18n"
    folder.mkdir(parents=True)
    (folder / "centredesk_pl.ts").write_text(
        """<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="pl">
<context><name>t</name>
<message><source>Hello</source><translation>Dzień dobry</translation></message>
<message><source>Draft</source><translation type="unfinished">Szkic</translation></message>
<message numerus="yes"><source>%n file(s)</source><translation>
<numerusform>%n plik</numerusform><numerusform>%n pliki</numerusform><numerusform>%n plików</numerusform>
</translation></message></context></TS>""",
        encoding="utf-8",
    )
    monkeypatch.setattr(i18n, "resources_dir", lambda: tmp_path / "resources")
    i18n._catalogue.cache_clear()
    yield
    i18n._catalogue.cache_clear()


def test_translates_and_falls_back(catalogue: None) -> None:
    i18n.set_language("pl")
    assert i18n.translate("t", "Hello") == "Dzień dobry"
    assert i18n.translate("t", "Draft") == "Draft"  # unfinished translations are not used
    assert i18n.translate("t", "Missing") == "Missing"


@pytest.mark.parametrize(("n", "expected"), [(1, "1 plik"), (3, "3 pliki"), (5, "5 plików"), (12, "12 plików"),
                                             (22, "22 pliki"), (0, "0 plików")])
def test_polish_plurals(catalogue: None, n: int, expected: str) -> None:
    i18n.set_language("pl")
    assert i18n.translate("t", "%n file(s)", n=n) == expected


def test_use_language_is_temporary(catalogue: None) -> None:
    i18n.set_language("en")
    with i18n.use_language("pl"):
        assert i18n.translate("t", "Hello") == "Dzień dobry"
    assert i18n.translate("t", "Hello") == "Hello"


def test_unknown_language_falls_back_to_english() -> None:
    i18n.set_language("xx")
    assert i18n.current_language() == "en"


def test_shipped_catalogues_translate_core_messages() -> None:
    """The real .ts files carry Polish and Indonesian for the service messages."""
    for code in ("pl", "id"):
        with i18n.use_language(code):
            text = i18n.translate("users", "Wrong login name or password.")
        assert text != "Wrong login name or password.", code
