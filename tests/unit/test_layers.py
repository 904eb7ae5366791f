"""STYLE.md: models, services and reports never import Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "desktop"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [f"{path.relative_to(ROOT.parent)}:{node.lineno} {n}" for n in names if n.startswith(QT_MODULES)]
    return found


@pytest.mark.parametrize("layer", ["models", "services", "reports"])
def test_layer_has_no_qt(layer: str) -> None:
    files = sorted((ROOT / layer).rglob("*.py"))
    assert files, f"desktop/{layer} has no modules"
    offenders = [hit for f in files for hit in qt_imports(f)]
    assert offenders == []


def test_cli_and_core_modules_import_qt_only_lazily() -> None:
    """The CLI may start the GUI, but only inside a function: `centredesk check` never loads Qt."""
    for name in ("cli.py", "db.py", "schema.py", "backup.py", "i18n.py", "errors.py", "progress.py"):
        tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
        top_level = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
        for node in top_level:
            module = node.module if isinstance(node, ast.ImportFrom) else node.names[0].name
            assert not (module or "").startswith(QT_MODULES), f"{name} imports {module} at module level"
            assert module != "desktop.app", f"{name} imports the GUI at module level"
