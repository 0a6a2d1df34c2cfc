"""The activity report as an editable Word document (issue 14 #5): the office adds its narrative and publishes
from Word, whose PDF export keeps the tags.

    write_docx(path, document)

The content is the very document model the PDF prints (app.services.report_document): Word's own "Title",
"Heading 1/2/3" and "List Bullet" styles, real tables whose header row repeats on every page, the charts as
PNG pictures (drawn by the same Typst code as in the PDF) with alternative text, a table of contents field
Word fills in when the file is opened, the document language, and "Seite x von y" in the footer.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from app.io import report_typst
from app.io.files import write_atomically

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


TWIPS_PER_CM = 567


def _runs(text: str, size: int, *, bold: bool = False, color: str = "") -> str:
    """WordprocessingML runs for `text` (half-point `size`); line breaks become <w:br/>."""
    properties = ("<w:b/>" if bold else "") + (f'<w:color w:val="{color}"/>' if color else "") + \
        f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    lines = [f'<w:t xml:space="preserve">{escape(line)}</w:t>' for line in text.split("\n")]
    return f"<w:r><w:rPr>{properties}</w:rPr>{'<w:br/>'.join(lines)}</w:r>"


def _row(cells: Sequence[Any], widths: Sequence[int], right: set[int], *, header: bool = False,
         bold: bool = False, muted: bool = False, indent: bool = False, zebra: bool = False) -> str:
    row_properties = "<w:cantSplit/><w:tblHeader/>" if header else "<w:cantSplit/>"
    parts = [f"<w:tr><w:trPr>{row_properties}</w:trPr>"]
    fill = "1F4E79" if header else ("F2F5F9" if zebra else "")
    for index, (value, width) in enumerate(zip(cells, widths, strict=True)):
        shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
        alignment = '<w:jc w:val="right"/>' if index in right else ""
        spacing = '<w:spacing w:before="0" w:after="0"/>'
        text, small = (value["t"], value["s"]) if isinstance(value, dict) else (str(value), "")
        if index == 0 and indent:
            text = "    " + text
        if header:
            body = _runs(text, 16, bold=True, color="FFFFFF")
        else:
            body = _runs(text, 17, bold=bold, color="5F6B7A" if muted else "")
            if small:
                body += "<w:r><w:br/></w:r>" + _runs(small, 15, color="5F6B7A")
        parts.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shading}</w:tcPr>'
                     f"<w:p><w:pPr>{spacing}{alignment}</w:pPr>{body}</w:p></w:tc>")
    parts.append("</w:tr>")
    return "".join(parts)


def _group_row(text: str, width: int, columns: int) -> str:
    return (f'<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>'
            f'<w:gridSpan w:val="{columns}"/><w:shd w:val="clear" w:color="auto" w:fill="DFE8F2"/></w:tcPr>'
            f'<w:p><w:pPr><w:keepNext/><w:spacing w:before="0" w:after="0"/></w:pPr>{_runs(text, 17, bold=True)}'
            "</w:p></w:tc></w:tr>")


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
        header._p.style = "Header"
        footer = section.footer.paragraphs[0]
        footer._p.style = "Footer"
        footer.add_run(f"{self.data['footer']}\t\t")
        before, _, rest = str(self.data["page_of"]).partition("{page}")
        middle, _, after = rest.partition("{pages}")
        footer.add_run(before)
        _field(footer, "PAGE", "1")
        footer.add_run(middle)
        _field(footer, "NUMPAGES", "1")
        footer.add_run(after)

    # --- blocks -------------------------------------------------------------------------------------------

    def styled(self, text: str, style_id: str) -> Paragraph:
        """A paragraph in one of Word's styles by id ("Heading1", "ListBullet" …): python-docx's lookup by
        name scans every style for each paragraph."""
        paragraph = self.doc.add_paragraph(text)
        paragraph._p.style = style_id
        return paragraph

    def paragraph(self, text: str, *, size: float | None = None, color: RGBColor | None = None,
                  bold: bool = False) -> Paragraph:
        paragraph = self.doc.add_paragraph()
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
        title = self.styled(cover["title"], "Title")
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
        self.styled(str(self.data["contents"]), "TOCHeading")
        _field(self.doc.add_paragraph(), 'TOC \\o "1-2" \\h \\z \\u', TOC_HINT.get(self.lang, TOC_HINT["de"]))

    def table(self, block: Mapping[str, Any]) -> Table:
        """A table whose header row repeats on every page (and so marks header cells); the body rows are
        written as one XML fragment – python-docx's cell objects would take seconds for a busy year."""
        header: Sequence[str] | None = block.get("header")
        widths = [int(w * TWIPS_PER_CM) for w in block["widths"]]
        right = set(block["right"])
        table = self.doc.add_table(rows=0, cols=len(widths))
        table._tbl.tblPr.append(parse_xml(f'<w:tblStyle {nsdecls("w")} w:val="TableGrid"/>'))
        for column, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
            column.set(qn("w:w"), str(width))
        rows = [_row(header, widths, right, header=True)] if header else []
        for number, row in enumerate(block["rows"]):
            if row.get("g"):
                rows.append(_group_row(row["c"][0], sum(widths), len(widths)))
            else:
                rows.append(_row(row["c"], widths, right, bold=bool(row.get("b")), muted=bool(row.get("m")),
                                 indent=bool(row.get("i")), zebra=bool(block.get("zebra")) and number % 2 == 1))
        fragment = parse_xml(f'<w:tbl {nsdecls("w")}>{"".join(rows)}</w:tbl>')
        for tr in list(fragment):
            table._tbl.append(tr)
        return table

    def facts(self, rows: Sequence[Sequence[str]]) -> None:
        self.table({"widths": [7.5, 9.5], "right": [], "rows": [{"c": list(row)} for row in rows]})

    def chart(self, block: Mapping[str, Any]) -> None:
        caption = self.styled("", "Caption")
        run = caption.add_run(block["title"])
        run.bold, run.font.size, run.font.color.rgb = True, Pt(10), INK
        caption.paragraph_format.keep_with_next = True
        picture = self.doc.add_paragraph().add_run().add_picture(io.BytesIO(report_typst.chart_png(block)),
                                                                 width=Cm(15.5))
        properties = picture._inline.docPr
        properties.set("descr", block["alt"])  # Word's "alternative text"
        properties.set("title", block["title"])

    def block(self, block: Mapping[str, Any]) -> None:
        kind = block["type"]
        if kind in ("h2", "h3"):
            self.styled(block["text"], "Heading" + kind[1])
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
                self.styled(item, "ListBullet")
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
            self.styled(section["title"], "Heading1").paragraph_format.page_break_before = True
            for block in section["blocks"]:
                self.block(block)
        self.doc.save(str(target))


def write_docx(path: Path | str, document: Mapping[str, Any]) -> Path:
    """Write the report's document model (app.services.report_document) as .docx; whole or not at all."""
    path = Path(path)
    write_atomically(path, _Writer(document).write)
    return path
