"""Shared reportlab pieces: fonts that print Polish and Indonesian, styles, A4 pages with the centre's
header and page numbers. Every PDF in CentreDesk is built from these so they look like one product."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from desktop.errors import UserError
from desktop.i18n import translate
from desktop.paths import resources_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
MARGIN = 15 * mm


@cache
def register_fonts() -> None:
    folder = resources_dir() / "fonts"
    for name in (FONT, FONT_BOLD, FONT_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = getSampleStyleSheet()
    result = {
        "body": ParagraphStyle("body", parent=base["Normal"], fontName=FONT, fontSize=10, leading=13),
        "small": ParagraphStyle("small", parent=base["Normal"], fontName=FONT, fontSize=8, leading=10),
        "title": ParagraphStyle("title", parent=base["Title"], fontName=FONT_BOLD, fontSize=16, leading=20,
                                alignment=0, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base["Heading2"], fontName=FONT_BOLD, fontSize=12, leading=15,
                             spaceBefore=8, spaceAfter=4),
        "cell": ParagraphStyle("cell", parent=base["Normal"], fontName=FONT, fontSize=9, leading=11),
        "cell_bold": ParagraphStyle("cell_bold", parent=base["Normal"], fontName=FONT_BOLD, fontSize=9, leading=11),
    }
    return result


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text (escaped: names can contain & or <)."""
    from xml.sax.saxutils import escape

    return Paragraph(escape(text).replace("\n", "<br/>"), styles()[style])


def table(rows: Sequence[Sequence[Any]], col_widths: Sequence[float] | None = None, *, header_rows: int = 1,
          number_columns: Sequence[int] = ()) -> Table:
    """A table that repeats its header on every page and splits cleanly across pages."""
    cells = [[c if isinstance(c, Flowable) else para("" if c is None else str(c),
                                                     "cell_bold" if r < header_rows else "cell")
              for c in row] for r, row in enumerate(rows)]
    result = Table(cells, colWidths=col_widths, repeatRows=header_rows, hAlign="LEFT")
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e8eef5")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    style += [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in number_columns]
    result.setStyle(TableStyle(style))
    return result


class CentreDocument(BaseDocTemplate):
    """A4 (or landscape A4) with the centre's name and the document title on top, page X of Y below."""

    def __init__(self, path: Path, *, centre_name: str, centre_address: str, title: str,
                 landscape_pages: bool = False, generated_by: str = "") -> None:
        register_fonts()
        size = landscape(A4) if landscape_pages else A4
        super().__init__(str(path), pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN + 12 * mm, bottomMargin=MARGIN + 6 * mm, title=title,
                         author=centre_name, creator="CentreDesk")
        self.centre_name, self.centre_address, self.doc_title = centre_name, centre_address, title
        self.generated = translate("pdf", "Printed {when}").format(when=datetime.now().strftime("%Y-%m-%d %H:%M"))
        if generated_by:
            self.generated += " · " + generated_by
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 10)
        canvas.drawString(MARGIN, height - MARGIN, self.centre_name)
        canvas.setFont(FONT, 8)
        if self.centre_address:
            canvas.drawString(MARGIN, height - MARGIN - 11, self.centre_address)
        canvas.drawRightString(width - MARGIN, height - MARGIN, self.doc_title)
        canvas.setStrokeColor(colors.grey)
        canvas.line(MARGIN, height - MARGIN - 15, width - MARGIN, height - MARGIN - 15)
        canvas.drawString(MARGIN, MARGIN, self.generated)
        canvas.restoreState()

    def build_with_page_numbers(self, story: list[Flowable]) -> None:
        """Build, writing "Page X of Y" (two passes, the total is known only at the end)."""
        page_label = translate("pdf", "Page {page} of {pages}")

        def canvas_factory(*args: Any, **kwargs: Any) -> Canvas:
            return _NumberedCanvas(page_label, *args, **kwargs)

        try:
            self.build(story, canvasmaker=canvas_factory)
        except OSError as exc:
            raise UserError(translate("pdf", "Cannot write the PDF file: {reason}").format(
                reason=exc.strerror or exc)) from exc


class _NumberedCanvas(Canvas):
    def __init__(self, label: str, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._label = label
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            width, _ = self._pagesize
            self.setFont(FONT, 8)
            self.drawRightString(width - MARGIN, MARGIN, self._label.format(page=self._pageNumber, pages=total))
            super().showPage()
        super().save()


