"""Translations for the layers that have no Qt (services, CLI, reports).

The `.ts` files under `resources/i18n/` are the single catalogue: Qt views load the compiled `.qm`
through QTranslator, and this module reads the `.ts` XML directly so that service errors, CLI output
and generated documents speak the same words without importing Qt. `pyside6-lupdate` extracts every
`translate("context", "text")` call, so strings in the lower layers are found like `self.tr()` ones.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

from defusedxml import ElementTree

from desktop.paths import resources_dir

LANGUAGES: dict[str, str] = {"en": "English", "id": "Bahasa Indonesia", "pl": "Polski"}
DEFAULT_LANGUAGE = "en"

_state = threading.local()
_global_language = DEFAULT_LANGUAGE


def set_language(code: str) -> None:
    """Set the process-wide language (the GUI and CLI call this once at start-up)."""
    global _global_language
    _global_language = code if code in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return getattr(_state, "language", None) or _global_language


class use_language:  # noqa: N801 - used as a context manager, reads like a statement
    """Temporarily render in another language on this thread (e.g. a Polish report from an English UI)."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.previous: str | None = None

    def __enter__(self) -> None:
        self.previous = getattr(_state, "language", None)
        _state.language = self.code if self.code in LANGUAGES else DEFAULT_LANGUAGE

    def __exit__(self, *exc: object) -> None:
        _state.language = self.previous


def ts_path(code: str) -> Path:
    return resources_dir() / "i18n" / f"centredesk_{code}.ts"


@lru_cache(maxsize=8)
def _catalogue(code: str) -> dict[tuple[str, str], list[str]]:
    path = ts_path(code)
    if not path.exists():
        return {}
    tree = ElementTree.parse(path)
    result: dict[tuple[str, str], list[str]] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in node.findall("numerusform")]
            if not forms:
                forms = [node.text or ""]
            if any(forms):
                result[(name, source)] = forms
    return result


def _plural_index(code: str, n: int) -> int:
    """Plural form index as Qt uses it for these languages."""
    if code == "pl":
        if n == 1:
            return 0
        if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
            return 1
        return 2
    if code == "id":
        return 0
    return 0 if n == 1 else 1


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate `text` of `context` into the current language; `%n` is replaced by `n`."""
    code = current_language()
    # English is the source language, but its catalogue still carries the plural forms of `%n` messages.
    forms = _catalogue(code).get((context, text)) if code != DEFAULT_LANGUAGE or n >= 0 else None
    if forms:
        index = _plural_index(code, n) if n >= 0 else 0
        result = forms[min(index, len(forms) - 1)] or text
    else:
        result = text
    if n >= 0:
        result = result.replace("%n", str(n))
    return result


def translate_noop(context: str, text: str) -> str:
    """Mark `text` for extraction without translating it now (e.g. a constant label table)."""
    return text


QT_TRANSLATE_NOOP = translate_noop
