"""Reports page: figures counted off the GUI thread, warnings shown, exports written and audited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.db import Database
from desktop.models.users import Role
from desktop.services.permissions import Actor
from desktop.views.context import PageContext, load_centre
from desktop.views.reports.models import FiguresModel, QualityModel
from desktop.views.reports.page import ReportsPage
from tests.unit.report_fixtures import OCTOBER, build_october


@pytest.fixture
def page(qtbot, db: Database, admin: Actor) -> ReportsPage:  # type: ignore[no-untyped-def]
    build_october(db, admin)
    widget = ReportsPage(PageContext(db, admin, load_centre(db)))
    qtbot.addWidget(widget)
    widget.set_period(OCTOBER)
    return widget


def rows_by_label(model: FiguresModel) -> dict[str, str]:
    return {model.data(model.index(r, FiguresModel.COL_LABEL)): model.data(model.index(r, FiguresModel.COL_VALUES))
            for r in range(model.rowCount())}


def test_show_figures_and_warnings(qtbot, qtmodeltester, page: ReportsPage) -> None:  # type: ignore[no-untyped-def]
    assert not page.export_buttons[".xlsx"].isEnabled()
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None, timeout=10_000)
    qtmodeltester.check(page.figures)
    qtmodeltester.check(page.quality)
    rows = rows_by_label(page.figures)
    assert rows["People served (unduplicated)"] == "7"
    assert rows["With children under 18"] == "1"
    assert rows["Food parcel"] == "Services: 3 · People: 6 · Households: 2"
    quality = page.quality
    labels = {quality.data(quality.index(r, QualityModel.COL_CHECK)): quality.data(quality.index(r, 1))
              for r in range(quality.rowCount())}
    assert labels["Households served without an address"] == "1"
    assert "Data-quality warnings: 7" in page.status.text()
    assert page.export_buttons[".xlsx"].isEnabled()


def test_export_json_from_preview(qtbot, page: ReportsPage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.run()
    qtbot.waitUntil(lambda: page.result is not None, timeout=10_000)
    target = tmp_path / "out.json"
    page.export(".json", target)
    qtbot.waitUntil(lambda: "Written" in page.status.text(), timeout=10_000)
    assert json.loads(target.read_text(encoding="utf-8"))["people"]["unduplicated"] == 7


def test_roles_see_only_what_they_may(qtbot, db: Database, actors: dict[Role, Actor]) -> None:  # type: ignore[no-untyped-def]
    coordinator = ReportsPage(PageContext(db, actors[Role.COORDINATOR], load_centre(db)))
    qtbot.addWidget(coordinator)
    assert not coordinator.people_button.isHidden() and not coordinator.export_buttons[".pdf"].isHidden()
    packs = [coordinator.pack.itemData(i) for i in range(coordinator.pack.count())]
    assert packs[:2] == ["monthly", "pl-mrpips03"]  # the routine monthly report, then the Polish centre's own


def test_warning_lists_its_records(qtbot, page: ReportsPage, shown) -> None:  # type: ignore[no-untyped-def]
    page.run()
    qtbot.waitUntil(lambda: page.result is not None, timeout=10_000)
    row = next(r for r, issue in enumerate(page.quality.issues) if issue.check == "households_without_address")
    page.show_quality_records(page.quality.index(row, 0))
    assert shown.texts() == ["Households served without an address: 1 record(s)."]
    assert shown.shown[0].hint.startswith("Record numbers: ")


def test_half_yearly_pack_defaults_to_a_half_year(qtbot, page: ReportsPage) -> None:  # type: ignore[no-untyped-def]
    page.pack.setCurrentIndex(page.pack.findData("pl-mrpips03"))
    start, end = page.date_from.date(), page.date_to.date()
    assert (start.month(), start.day()) in ((1, 1), (7, 1)) and end.month() - start.month() == 5
    page.pack.setCurrentIndex(page.pack.findData("monthly"))
    assert page.date_from.date().day() == 1 and page.date_from.date().month() == page.date_to.date().month()
