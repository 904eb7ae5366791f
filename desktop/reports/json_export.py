"""JSON export: the same figures as the Excel and PDF files, under stable keys, for automation and tests."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.errors import UserError
from desktop.i18n import translate
from desktop.reports.engine import PackResult


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def to_document(result: PackResult) -> dict[str, Any]:
    document = dict(result.figures)
    document["generated"] = {"at": result.generated_at.isoformat(timespec="seconds"), "by": result.generated_by,
                             "centre": result.centre_name, "language": result.language}
    return document


def write_json(result: PackResult, path: Path) -> Path:
    try:
        path.write_text(json.dumps(to_document(result), ensure_ascii=False, indent=2, sort_keys=True,
                                   default=_default), encoding="utf-8")
    except OSError as exc:
        raise UserError(translate("reports", "Cannot write {path}: {reason}").format(
            path=path, reason=exc.strerror or exc)) from exc
    return path
