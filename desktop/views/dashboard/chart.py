"""Bar chart of people served per month (last 12 months), from `dashboard_figures.people_served_by_month`."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QWidget


def month_label(key: str, locale: QLocale | None = None) -> str:
    """'2026-10' -> 'Oct 2026' in the user's language."""
    year, month = (int(part) for part in key.split("-"))
    name = (locale or QLocale()).monthName(month, QLocale.FormatType.ShortFormat)
    return f"{name} {year}"


class PeopleServedChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series_data: list[tuple[str, int]] = []
        chart = QChart()
        chart.setTitle(self.tr("People served per month (each person once a month)"))
        chart.legend().setVisible(False)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(self.fontMetrics().height() * 16)
        self.setAccessibleName(self.tr("Chart of people served per month"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_series(self, data: list[tuple[str, int]]) -> None:
        self.series_data = list(data)
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSet(self.tr("People served"))
        bars.append([float(count) for _, count in data])
        bars.setLabelColor(self.palette().color(QPalette.ColorRole.WindowText))  # labels sit above the bars
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([month_label(key) for key, _ in data])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        values = QValueAxis()
        top = max((count for _, count in data), default=0)
        values.setRange(0, max(1, top) * 1.15)  # room for the labels above the bars
        values.setLabelFormat("%d")
        values.applyNiceNumbers()
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        # Readers of the screen get the numbers the bars show.
        self.setAccessibleDescription(", ".join(f"{month_label(key)}: {count}" for key, count in data))
