"""Fill English translations into a .ts file from a plain mapping: `German source = English`.

    python packaging/translate.py resources/i18n/en/core.ts translations.txt

Lines of the mapping file are `source = translation` (use \\n for line breaks); entries apply to every
context with that source text. Unknown sources are reported, not added. Maintainers use it after
`python3 dev.py i18n` to translate new strings without Qt Linguist.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, mapping: dict[str, str]) -> list[str]:
    tree = ET.parse(ts_path)
    used = set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        if source in mapping:
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            translation.text = mapping[source]
            used.add(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return sorted(set(mapping) - used)


def read_mapping(path: Path) -> dict[str, str]:
    mapping = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if " = " in line and not line.startswith("#"):
            source, translation = line.split(" = ", 1)
            mapping[source.replace("\\n", "\n")] = translation.replace("\\n", "\n")
    return mapping


if __name__ == "__main__":
    unknown = fill(Path(sys.argv[1]), read_mapping(Path(sys.argv[2])))
    for source in unknown:
        print(f"not in {sys.argv[1]}: {source}")
