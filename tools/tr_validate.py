"""Check a translation JSON ({"context": {"source": translation}}) against a todo list before it is applied.

Usage: python tools/tr_validate.py LANG todo.json translations.json
Prints every missing message, placeholder mismatch and wrong number of plural forms; exit 1 if any.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")
FORMS = {"pl": 3, "id": 1, "en": 2}


def main(code: str, todo_path: str, tr_path: str) -> int:
    todo = json.loads(Path(todo_path).read_text(encoding="utf-8"))
    done = json.loads(Path(tr_path).read_text(encoding="utf-8"))
    problems = []
    for item in todo:
        ctx, src, numerus = item["context"], item["source"], item["numerus"]
        value = done.get(ctx, {}).get(src)
        if value is None:
            problems.append(f"missing: [{ctx}] {src!r}")
            continue
        forms = value if isinstance(value, list) else [value]
        if numerus and len(forms) != FORMS[code]:
            problems.append(f"needs {FORMS[code]} plural forms: [{ctx}] {src!r}")
        for form in forms:
            if not form.strip():
                problems.append(f"empty: [{ctx}] {src!r}")
            if set(PLACEHOLDER.findall(src)) - {"%n"} != set(PLACEHOLDER.findall(form)) - {"%n"}:
                problems.append(f"placeholders differ: [{ctx}] {src!r} -> {form!r}")
            if numerus and "%n" in src and "%n" not in form:
                problems.append(f"%n missing: [{ctx}] {src!r} -> {form!r}")
    for line in problems:
        print(line)
    print(f"{len(todo)} messages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
