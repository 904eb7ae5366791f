"""Charts for PDFs, drawn with reportlab.graphics (vector, no image files, no extra dependency)."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from desktop.reports.engine import Chart
from desktop.reports.pdf_common import FONT, FONT_BOLD, register_fonts

BAR_COLOUR = colors.HexColor("#3b6ea5")


def bar_chart(chart: Chart, width: float, height: float = 170) -> Drawing:
    """A titled vertical bar chart; long category labels are shortened and slanted."""
    register_fonts()
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, chart.title, fontName=FONT_BOLD, fontSize=10))
    bars = VerticalBarChart()
    bars.x, bars.y = 40, 45
    bars.width, bars.height = width - 60, height - 75
    values = list(chart.values) or [0.0]
    bars.data = [values]
    bars.bars[0].fillColor = BAR_COLOUR
    bars.valueAxis.valueMin = 0
    top = max(values) if max(values) > 0 else 1.0
    bars.valueAxis.valueMax = top * 1.15
    bars.valueAxis.labels.fontName = FONT
    bars.valueAxis.labels.fontSize = 7
    labels = [label if len(label) <= 18 else label[:17] + "…" for label in chart.labels] or [""]
    bars.categoryAxis.categoryNames = labels
    bars.categoryAxis.labels.fontName = FONT
    bars.categoryAxis.labels.fontSize = 7
    bars.categoryAxis.labels.angle = 30 if len(labels) > 5 else 0
    bars.categoryAxis.labels.boxAnchor = "ne" if len(labels) > 5 else "n"
    bars.barLabelFormat = "%.0f" if all(float(v).is_integer() for v in values) else "%.1f"
    bars.barLabels.fontName = FONT
    bars.barLabels.fontSize = 6
    bars.barLabels.nudge = 6
    drawing.add(bars)
    return drawing
