"""Report translation state of resources/i18n/*.ts; exit 1 if id or pl have unfinished messages.

Usage: python tools/i18n_check.py [--list LANG]   (--list prints the unfinished sources of LANG as JSON)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from defusedxml import ElementTree

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")


def messages(code: str) -> list[tuple[str, str, list[str], str | None, bool]]:
    """(context, source, translated forms, translation type, numerus) for every message."""
    tree = ElementTree.parse(I18N / f"centredesk_{code}.ts")
    result = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            forms = [f.text or "" for f in node.findall("numerusform")] if node is not None else []
            if node is not None and not forms:
                forms = [node.text or ""]
            result.append((name, message.findtext("source") or "", forms,
                           node.get("type") if node is not None else "unfinished",
                           message.get("numerus") == "yes"))
    return result


def problems(code: str) -> list[str]:
    found = []
    for context, source, forms, kind, numerus in messages(code):
        if kind in ("obsolete", "vanished"):
            continue
        if kind == "unfinished" or not any(forms):
            found.append(f"{code}: unfinished [{context}] {source!r}")
            continue
        wanted = set(PLACEHOLDER.findall(source))
        for form in forms:
            got = set(PLACEHOLDER.findall(form))
            missing = wanted - got - ({"%n"} if not numerus else set())
            if missing:
                found.append(f"{code}: [{context}] {source!r} -> {form!r} lacks {sorted(missing)}")
    return found


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--list":
        todo = [{"context": c, "source": s, "numerus": n} for c, s, f, k, n in messages(argv[1])
                if k not in ("obsolete", "vanished") and (k == "unfinished" or not any(f))]
        print(json.dumps(todo, ensure_ascii=False, indent=1))
        return 0
    issues = problems("id") + problems("pl")
    for line in issues[:200]:
        print(line)
    total = {code: len(messages(code)) for code in ("en", "id", "pl")}
    print(f"messages: {total}; problems: {len(issues)}")
    return 1 if issues else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
