"""English is a complete second language: every visible string in app/ui has a finished translation."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import dev  # noqa: E402


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation, or None when missing or unfinished."""
    result = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") not in ("unfinished", "vanished",
                                                                                    "obsolete")
            if message.get("numerus") == "yes" and translation is not None:
                text = "".join(form.text or "" for form in translation.iter("numerusform"))
            else:
                text = translation.text if translation is not None else ""
            result[(name, message.findtext("source") or "")] = text if finished and text else None
    return result


def test_every_ui_file_belongs_to_a_translation_area() -> None:
    covered = {f for files in dev.i18n_areas().values() for f in files}
    sources = {str(p.relative_to(ROOT)) for p in (ROOT / "app" / "ui").rglob("*.py")}
    assert sources - covered == set(), "add these files to app/ui/i18n_areas.txt"


def test_english_translations_are_complete_and_current(tmp_path: Path) -> None:
    import PySide6  # the wheel carries lupdate: no particular virtual environment needed

    lupdate = Path(PySide6.__file__).parent / ("lupdate.exe" if sys.platform == "win32" else "lupdate")
    missing = []
    for area, files in dev.i18n_areas().items():
        committed = ROOT / "resources" / "i18n" / "en" / f"{area}.ts"
        fresh = tmp_path / f"{area}.ts"
        subprocess.run([str(lupdate), "-silent", "-source-language", "de", "-target-language", "en", *files,
                        "-ts", str(fresh)], cwd=ROOT, check=True)
        known = messages(committed) if committed.exists() else {}
        for key in messages(fresh):
            if known.get(key) is None:
                missing.append(f"{area}: [{key[0]}] {key[1]!r}")
    assert missing == [], "untranslated strings (run `python3 dev.py i18n`, then translate):\n" + "\n".join(missing)
