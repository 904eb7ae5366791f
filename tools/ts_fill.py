"""Write translations into a .ts file from a JSON file of {"context": {"source": translation}}.

A translation is a string, or a list of plural forms for `%n` messages (pl: 3 forms, id: 1 form).
Usage: python tools/ts_fill.py LANG translations.json
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as StdElementTree
from pathlib import Path

from defusedxml import ElementTree

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"


def fill(code: str, mapping: dict[str, dict[str, str | list[str]]]) -> int:
    path = I18N / f"centredesk_{code}.ts"
    tree = ElementTree.parse(path)
    root = tree.getroot()
    root.set("language", {"id": "id_ID", "pl": "pl_PL", "en": "en_GB"}[code])
    done = 0
    for context in root.iter("context"):
        table = mapping.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if source not in table:
                continue
            value = table[source]
            node = message.find("translation")
            if node is None:
                node = StdElementTree.SubElement(message, "translation")
            for child in list(node):
                node.remove(child)
            node.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                node.text = None
                for form in forms:
                    StdElementTree.SubElement(node, "numerusform").text = form
            else:
                node.text = value if isinstance(value, str) else value[0]
            done += 1
    StdElementTree.indent(tree, space="    ")
    with path.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
    return done


if __name__ == "__main__":
    code, source = sys.argv[1], Path(sys.argv[2])
    print(f"{fill(code, json.loads(source.read_text(encoding='utf-8')))} translations written to {code}")
