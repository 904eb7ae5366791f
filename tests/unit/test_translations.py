"""Every visible string is in the catalogues, and Polish and Indonesian translate all of them."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import i18n_check  # noqa: E402

LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def sources(ts: Path) -> set[tuple[str, str]]:
    original = i18n_check.I18N
    try:
        i18n_check.I18N = ts.parent
        return {(c, s) for c, s, _f, kind, _n in i18n_check.messages(ts.stem.split("_")[-1])
                if kind not in ("obsolete", "vanished")}
    finally:
        i18n_check.I18N = original


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is installed with PySide6")
def test_catalogues_are_in_step_with_the_code(tmp_path: Path) -> None:
    """Re-extracting the strings finds nothing that the shipped .ts files lack (run `make translations`)."""
    copy = tmp_path / "centredesk_pl.ts"
    shutil.copy(ROOT / "resources" / "i18n" / "centredesk_pl.ts", copy)
    files = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "desktop").rglob("*.py"))]
    subprocess.run([str(LUPDATE), "-no-obsolete", "-locations", "none", *files, "-ts", str(copy)],
                   cwd=ROOT, check=True, capture_output=True)
    missing = sources(copy) - sources(ROOT / "resources" / "i18n" / "centredesk_pl.ts")
    assert not missing, f"{len(missing)} strings are not in the catalogues, e.g. {sorted(missing)[:5]}"


@pytest.mark.parametrize("code", ["id", "pl"])
def test_every_message_is_translated_with_its_placeholders(code: str) -> None:
    problems = i18n_check.problems(code)
    assert not problems, f"{len(problems)} problems, e.g. {problems[:5]}"


def _translation_wrappers(tree: ast.Module) -> set[str]:
    """Functions that pass one of their own parameters as the text to translate()/tr()."""
    wrappers = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef) or node.name in ("tr", "translate"):
            continue
        params = {a.arg for a in node.args.args}
        for call in ast.walk(node):
            if isinstance(call, ast.Call):
                name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
                if name in ("tr", "translate") and any(isinstance(a, ast.Name) and a.id in params
                                                       for a in call.args[:2]):
                    wrappers.add(node.name)
    return wrappers


def test_no_string_reaches_translation_through_a_wrapper_the_extractor_cannot_see() -> None:
    """pyside6-lupdate only extracts literal calls of tr/translate/QT_TRANSLATE_NOOP: a string given to a
    helper such as `_tr("Save")` never reaches the catalogues and stays English for every user."""
    hidden = []
    for path in sorted(Path("desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrappers = _translation_wrappers(tree)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in wrappers
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                hidden.append(f"{path}:{node.lineno} {node.func.id}({node.args[0].value!r})")
    assert not hidden, "\n".join(hidden)
