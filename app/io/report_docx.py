"""The activity report as an editable Word document (issue 14 #5): the office adds its narrative and publishes
from Word, whose PDF export keeps the tags.

    write_docx(path, options, stats)

The content is the very document model the PDF prints (app.io.report_content): Word's own "Title",
"Heading 1/2/3" and "List Bullet" styles, real tables whose header row repeats on every page, the charts as
PNG pictures (drawn by the same Typst code as in the PDF) with alternative text, a table of contents field
Word fills in when the file is opened, the document language, and "Seite x von y" in the footer.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from app.io import report_content, report_typst
from app.io.files import write_atomically
from app.io.report_content import ReportOptions
from app.services import settings, statistics
from app.services.statistics import Statistics

Progress = Callable[[int, int, str], None]

ACCENT = RGBColor(0x1F, 0x4E, 0x79)
MUTED = RGBColor(0x5F, 0x6B, 0x7A)
INK = RGBColor(0x1D, 0x27, 0x33)
FONT = "DejaVu Sans"
LANGUAGE_TAGS = {"de": "de-DE", "en": "en-GB"}
TOC_HINT = {"de": "Das Inhaltsverzeichnis füllt Word beim Öffnen aus (sonst: Rechtsklick → Felder aktualisieren).",
            "en": "Word fills in the table of contents when the file is opened (else: right-click → Update field)."}


def _shade(cell_or_paragraph_properties: Any, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell_or_paragraph_properties.append(shading)


def _field(paragraph: Paragraph, instruction: str, placeholder: str = "") -> None:
    """A Word field (PAGE, NUMPAGES, TOC …) inside `paragraph`."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")
    run._r.append(begin)
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    paragraph.add_run()._r.append(separate)
    paragraph.add_run(placeholder)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)


class _Writer:
    def __init__(self, document: Mapping[str, Any]) -> None:
        self.data = document
        self.lang = str(document["lang"])
        self.doc: DocumentObject = Document()
        self._styles()

    # --- styles and page furniture --------------------------------------------------------------------

    def _styles(self) -> None:
        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(10)
        normal.font.color.rgb = INK
        properties = normal.element.get_or_add_rPr()
        language = OxmlElement("w:lang")
        tag = LANGUAGE_TAGS.get(self.lang, "de-DE")
        for attribute in ("w:val", "w:bidi", "w:eastAsia"):
            language.set(qn(attribute), tag if attribute != "w:bidi" else "ar-SA")
        properties.append(language)
        for name, size in (("Title", 28), ("Heading 1", 17), ("Heading 2", 13), ("Heading 3", 10.5)):
            style = styles[name]
            style.font.name = FONT
            style.font.size = Pt(size)
            style.font.color.rgb = ACCENT if name != "Heading 3" else INK
            style.font.bold = True
        for name in ("Header", "Footer", "Caption"):
            styles[name].font.name = FONT
            styles[name].font.size = Pt(8)
            styles[name].font.color.rgb = MUTED
        core = self.doc.core_properties
        core.title = str(self.data["title"])
        core.author = str(self.data.get("author") or "")
        core.language = tag
        core.subject = str(self.data["header"][0])
        update = OxmlElement("w:updateFields")  # Word fills in the table of contents on opening
        update.set(qn("w:val"), "true")
        self.doc.settings.element.append(update)
        section = self.doc.sections[0]
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin = section.right_margin = Cm(2.0)
        section.top_margin, section.bottom_margin = Cm(2.4), Cm(2.0)

    def _page_furniture(self) -> None:
        """Running header and "Seite x von y" on every page after the cover."""
        section = self.doc.sections[0]
        section.different_first_page_header_footer = True
        header = section.header.paragraphs[0]
        header.text = f"{self.data['header'][0]}\t\t{self.data['header'][1]}"
        header.style = self.doc.styles["Header"]
        footer = section.footer.paragraphs[0]
        footer.style = self.doc.styles["Footer"]
        footer.add_run(f"{self.data['footer']}\t\t")
        before, _, rest = str(self.data["page_of"]).partition("{page}")
        middle, _, after = rest.partition("{pages}")
        footer.add_run(before)
        _field(footer, "PAGE", "1")
        footer.add_run(middle)
        _field(footer, "NUMPAGES", "1")
        footer.add_run(after)

    # --- blocks -------------------------------------------------------------------------------------------

    def paragraph(self, text: str, *, size: float | None = None, color: RGBColor | None = None,
                  bold: bool = False, style: str | None = None) -> Paragraph:
        paragraph = self.doc.add_paragraph(style=style)
        run = paragraph.add_run(text)
        if size:
            run.font.size = Pt(size)
        if color is not None:
            run.font.color.rgb = color
        run.bold = bold or None
        return paragraph

    def cover(self) -> None:
        cover = self.data["cover"]
        self.paragraph(cover["office"], size=14, bold=True).paragraph_format.space_before = Pt(90)
        title = self.doc.add_paragraph(cover["title"], style="Title")
        title.paragraph_format.space_before = Pt(60)
        self.paragraph(cover["period"], size=20)
        if cover["commissioner"]:
            self.paragraph(cover["commissioner"], size=14, bold=True).paragraph_format.space_before = Pt(70)
            if cover["role"]:
                self.paragraph(cover["role"], size=11, color=MUTED)
        for line in cover["lines"]:
            self.paragraph(line, size=11, color=MUTED)
        if cover["letterhead"]:
            self.paragraph(cover["letterhead"], size=8, color=MUTED).paragraph_format.space_before = Pt(40)

    def contents(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        self.doc.add_paragraph(str(self.data["contents"]), style="TOC Heading")
        _field(self.doc.add_paragraph(), 'TOC \\o "1-2" \\h \\z \\u', TOC_HINT.get(self.lang, TOC_HINT["de"]))

    def table(self, block: Mapping[str, Any]) -> Table:
        header: Sequence[str] = block["header"]
        widths = [Cm(w) for w in block["widths"]]
        columns = len(widths)
        table = self.doc.add_table(rows=1, cols=columns)
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        right = set(block["right"])
        head = table.rows[0]
        head_properties = head._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")  # the header row repeats on every page and marks header cells
        repeat.set(qn("w:val"), "true")
        head_properties.append(repeat)
        for index, (cell, text) in enumerate(zip(head.cells, header, strict=True)):
            cell.width = widths[index]
            _shade(cell._tc.get_or_add_tcPr(), "1F4E79")
            paragraph = cell.paragraphs[0]
            run = paragraph.add_run(text)
            run.bold, run.font.size, run.font.color.rgb = True, Pt(8.5), RGBColor(0xFF, 0xFF, 0xFF)
            if index in right:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for number, row in enumerate(block["rows"]):
            cells = table.add_row().cells
            if row.get("g"):
                merged = cells[0].merge(cells[-1])
                _shade(merged._tc.get_or_add_tcPr(), "DFE8F2")
                run = merged.paragraphs[0].add_run(row["c"][0])
                run.bold, run.font.size = True, Pt(8.5)
                continue
            zebra = block.get("zebra") and number % 2 == 1
            for index, (cell, value) in enumerate(zip(cells, row["c"], strict=True)):
                cell.width = widths[index]
                if zebra:
                    _shade(cell._tc.get_or_add_tcPr(), "F2F5F9")
                paragraph = cell.paragraphs[0]
                if index in right:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                text, small = (value["t"], value["s"]) if isinstance(value, dict) else (value, "")
                run = paragraph.add_run(("    " if index == 0 and row.get("i") else "") + text)
                run.font.size = Pt(8.5)
                run.bold = bool(row.get("b")) or None
                if row.get("m"):
                    run.font.color.rgb = MUTED
                if small:
                    run.add_break()
                    extra = paragraph.add_run(small)
                    extra.font.size, extra.font.color.rgb = Pt(7.5), MUTED
        return table

    def facts(self, rows: Sequence[Sequence[str]]) -> None:
        table = self.doc.add_table(rows=0, cols=2)
        table.style = self.doc.styles["Table Grid"]
        for label, value in rows:
            cells = table.add_row().cells
            cells[0].width, cells[1].width = Cm(7.5), Cm(9.5)
            for cell, text in ((cells[0], label), (cells[1], value)):
                cell.paragraphs[0].add_run(text).font.size = Pt(8.5)

    def chart(self, block: Mapping[str, Any]) -> None:
        caption = self.doc.add_paragraph(style="Caption")
        run = caption.add_run(block["title"])
        run.bold, run.font.size, run.font.color.rgb = True, Pt(10), INK
        caption.paragraph_format.keep_with_next = True
        picture = self.doc.add_paragraph().add_run().add_picture(io.BytesIO(report_typst.chart_png(block)),
                                                                 width=Cm(16.5))
        properties = picture._inline.docPr
        properties.set("descr", block["alt"])  # Word's "alternative text"
        properties.set("title", block["title"])

    def block(self, block: Mapping[str, Any]) -> None:
        kind = block["type"]
        if kind == "h2":
            self.doc.add_heading(block["text"], level=2)
        elif kind == "h3":
            self.doc.add_heading(block["text"], level=3)
        elif kind == "p":
            small = block["style"] == "small"
            self.paragraph(block["text"], size=8 if small else None, color=MUTED if small else None)
        elif kind == "box":
            paragraph = self.paragraph(block["title"], size=8.5, bold=True)
            paragraph.add_run().add_break()
            paragraph.add_run(block["text"]).font.size = Pt(8.5)
            _shade(paragraph._p.get_or_add_pPr(), "F2F5F9")
        elif kind == "facts":
            self.facts(block["rows"])
        elif kind == "list":
            for item in block["items"]:
                self.doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            self.table(block)
            self.doc.add_paragraph()
        elif kind == "chart":
            self.chart(block)

    def write(self, target: Path) -> None:
        self.cover()
        self._page_furniture()
        self.contents()
        for section in self.data["sections"]:
            self.doc.add_section(WD_SECTION.NEW_PAGE)
            self.doc.add_heading(section["title"], level=1)
            for block in section["blocks"]:
                self.block(block)
        self.doc.save(str(target))


def write_docx(path: Path | str, options: ReportOptions, stats: Statistics | None = None,
               office: Mapping[str, str] | None = None) -> Path:
    """Write the report as .docx; the file appears whole or not at all."""
    if stats is None:
        stats = statistics.collect(options.period, lists=True)
    office = settings.get_all() if office is None else office
    document = report_content.build(stats, options, office)
    path = Path(path)
    write_atomically(path, _Writer(document).write)
    return path
