"""The hemicycle chart: seats drawn, styles told apart, sizes, legend and exports."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import dataclasses
import xml.etree.ElementTree as ET
from collections import Counter

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from core.chart.seating import APPOINTED, party_colors, seat_groups
from core.chart.svg import result_svg
from core.io.scenario_file import load
from core.rules.allocate import allocate
from ui.chart.chart_export import chart_png
from ui.chart.hemicycle_widget import HemicycleWidget, seat_look
from ui.text import plain_tooltip

AMANAT = "#1f5aa6"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def kz2023():
    return allocate(load("preset:kz-2023"))


@pytest.fixture(scope="module")
def kz2021():
    return allocate(load("preset:kz-2021"))


@pytest.fixture
def chart(qtbot):
    widget = HemicycleWidget()
    qtbot.addWidget(widget)
    widget.resize(900, 560)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _spots(widget):
    """(pen, brush, symbol) per spot, as the scatter holds them."""
    data = widget.scatter_item().data
    return list(zip(data["pen"], data["brush"], data["symbol"], strict=True))


def _colour(spot):
    """The colour a seat is drawn in: its outline when it has one, else its fill."""
    pen, brush, _ = spot
    return (pen.color() if pen.style() != Qt.PenStyle.NoPen else brush.color()).name()


def test_kz2023_draws_98_seats_with_party_colours(chart, kz2023):
    chart.set_result(kz2023)
    spots = _spots(chart)
    assert len(spots) == 98 == kz2023.seats_total
    colours = Counter(_colour(s) for s in spots)
    # Amanat: 40 list + 22 district + 1 self-nominated winner who sits with it.
    assert colours[AMANAT] == 63
    shown = party_colors(kz2023)  # Auyl's teal turns the independents' grey when colour-blind
    assert shown["auyl"] != kz2023.party("auyl").color
    for party in kz2023.parties[1:]:
        assert colours[shown[party.id]] == party.seats_with_affiliated
    assert colours["#8c8c8c"] == 6  # independents who sit with no party


def test_kz2023_list_district_and_affiliated_seats_look_different(chart, kz2023):
    chart.set_result(kz2023)
    amanat = [s for s in _spots(chart) if _colour(s) == AMANAT]
    looks = {style: seat_look(style, AMANAT) for style in ("list", "district", "affiliated")}
    by_look = Counter(
        name for pen, brush, symbol in amanat for name, (sym, pn, br) in looks.items()
        if symbol is sym and pen is pn and brush is br  # the cached objects, shared
    )
    assert by_look == {"list": 40, "district": 22, "affiliated": 1}
    assert len({(id(sym), id(pn), id(br)) for sym, pn, br in looks.values()}) == 3
    assert looks["affiliated"][2].color() != QColor(AMANAT)  # grey fill, party outline
    # A district seat is a square, a list seat a disc: the same colour, another shape.
    assert looks["district"][2].color() == looks["list"][2].color() == QColor(AMANAT)
    assert looks["district"][0].elementCount() == 5  # four corners, closed
    assert looks["list"][0].elementCount() > 5  # an ellipse's curves


def test_kz2023_seats_run_in_party_order_left_to_right(chart, kz2023):
    chart.set_result(kz2023)
    order = [_colour(s) for s in _spots(chart)]
    runs = [c for i, c in enumerate(order) if i == 0 or order[i - 1] != c]
    shown = party_colors(kz2023)
    seated = [shown[p.id] for p in kz2023.parties if p.seats_with_affiliated]
    assert runs == [*seated, "#8c8c8c"]


def test_kz2023_legend_counts_and_labels(chart, kz2023):
    chart.set_result(kz2023)
    legend = chart.legend_text().splitlines()
    assert "Amanat 62 (+1)" in legend
    assert "Respublica 6" in legend
    # As the result table counts them: all 7, one of whom sits with Amanat.
    assert "Independents (self-nominated) 7 (1 sits with a party)" in legend
    assert {"list", "district", "self-nominated, sits with party"} <= set(legend)
    assert not any("Baytaq" in line for line in legend)  # no seats, nothing to point at
    assert chart._majority_text == "majority: 50 of 98"
    assert chart._total_label.toPlainText() == "98 seats"


def test_tooltips_name_party_and_tier(chart, kz2023):
    chart.set_result(kz2023)
    data = chart.scatter_item().data["data"]
    tips = [chart._tip(0.0, 0.0, d) for d in data]
    assert tips[0] == plain_tooltip(
        "Amanat\nlist seat\n3,431,510 list votes, 53.90% of the threshold base")
    assert tips[45] == plain_tooltip(  # kz-2023 gives its district seats as declared totals
        "Amanat\ndistrict seat\nknown from the declared totals (no district results)")
    assert tips[62] == plain_tooltip("Self-nominated district winner, sits with Amanat")
    assert tips[-1].startswith("<qt>Independent")


def test_kz2021_shows_nine_appointed_seats_at_the_right(chart, kz2021):
    chart.set_result(kz2021)
    spots = _spots(chart)
    assert len(spots) == 107
    appointed = seat_look(APPOINTED, "#6e6e6e")
    is_appointed = [(sym, pen, brush) == appointed for pen, brush, sym in spots]
    assert sum(is_appointed) == 9
    assert all(is_appointed[-9:])
    assert "Appointed (not elected) 9" in chart.legend_text().splitlines()
    tips = [chart._tip(0.0, 0.0, d) for d in chart.scatter_item().data["data"]]
    assert tips[-1] == plain_tooltip("Appointed (not elected)\nby the Assembly of the People of "
                                     "Kazakhstan")


@pytest.mark.parametrize(("width", "height"), [(400, 250), (900, 560), (1800, 1000)])
def test_dots_never_overlap_on_screen(qtbot, chart, kz2023, width, height):
    chart.set_result(kz2023)
    chart.resize(width, height)
    qtbot.waitUntil(lambda: chart._view.width() > 0)
    qtbot.wait(10)
    points = chart.seat_pixel_positions()
    gaps = np.linalg.norm(points[:, None, :] - points[None, :, :], axis=-1)
    np.fill_diagonal(gaps, np.inf)
    nearest = gaps.min()
    item = chart.scatter_item()
    drawn = np.where(item.data["size"] < 0, item.opts["size"], item.data["size"])  # -1: default
    assert np.all(drawn == chart.dot_pixel_size())
    assert 0 < chart.dot_pixel_size() <= nearest
    assert chart.dot_pixel_size() >= 0.7 * nearest  # and not lost in empty space
    # every seat inside the chart's visible area
    view = chart._view
    assert points[:, 0].min() >= 0
    assert points[:, 0].max() <= view.width()
    assert points[:, 1].min() >= 0
    assert points[:, 1].max() <= view.height()


def test_dots_grow_with_the_window(qtbot, chart, kz2023):
    chart.set_result(kz2023)
    chart.resize(400, 250)
    qtbot.wait(10)
    small = chart.dot_pixel_size()
    chart.resize(1800, 1000)
    qtbot.wait(10)
    assert chart.dot_pixel_size() > 4 * small


def test_new_result_reuses_the_scatter_item(chart, kz2023, kz2021):
    chart.set_result(kz2023)
    item = chart.scatter_item()
    chart.set_result(kz2021)
    assert chart.scatter_item() is item
    assert len(item.data) == 107
    assert chart.last_update_seconds > 0


def test_650_seat_house(chart, kz2023):
    # A UK-sized house: every seat count scaled up, drawn without overlap.
    big = dataclasses.replace(
        kz2023,
        parties=tuple(dataclasses.replace(p, list_seats=p.list_seats * 7 - (42 if i == 0 else 0),
                                          district_seats=p.district_seats * 7,
                                          affiliated_seats=p.affiliated_seats * 7)
                      for i, p in enumerate(kz2023.parties)),
        independent_seats=kz2023.independent_seats * 7 + 6,
    )
    assert big.seats_total == 650
    chart.set_result(big)
    assert len(chart.scatter_item().data) == 650 == sum(g.count for g in seat_groups(big))
    points = chart.seat_pixel_positions()
    gaps = np.linalg.norm(points[:, None, :] - points[None, :, :], axis=-1)
    np.fill_diagonal(gaps, np.inf)
    assert 0 < chart.dot_pixel_size() <= gaps.min()


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    raw = np.array(image.constBits(), copy=True, dtype=np.uint8)  # a copy: outlives the image
    raw = raw.reshape(image.height(), image.bytesPerLine() // 4, 4)
    return raw[:, : image.width(), 2::-1]  # BGRA in memory -> RGB


def _share_of_colour(path, colour: str) -> float:
    rgb = _pixels(QImage(str(path)))
    target = np.array(QColor(colour).getRgb()[:3])
    return float(np.mean(np.abs(rgb.astype(int) - target).sum(axis=-1) < 12))


@pytest.mark.parametrize("width", [800, 1600])
def test_png_export_of_a_result(qtbot, tmp_path, kz2023, width):
    path = tmp_path / "chart.png"
    path.write_bytes(chart_png(kz2023, width_px=width))
    image = QImage(str(path))
    assert image.width() == width
    assert _share_of_colour(path, AMANAT) > 0.03  # Amanat's seats are painted
    assert _share_of_colour(path, "#ffffff") > 0.4  # on a white background


def test_png_export_of_a_shown_widget(tmp_path, chart, kz2021):
    chart.set_result(kz2021)
    path = tmp_path / "shown.png"
    path.write_bytes(chart_png(chart, width_px=2000))
    assert QImage(str(path)).width() == 2000
    assert _share_of_colour(path, AMANAT) > 0.03


@pytest.mark.parametrize("preset", ["kz-2023", "kz-2021", "template:nz"])
def test_svg_draws_the_widgets_seats_legend_and_majority(chart, preset):
    result = allocate(load(preset if ":" in preset else f"preset:{preset}"))
    chart.set_result(result)
    root = ET.fromstring(result_svg(result))
    circles = [c for c in root.iter() if c.get("class") == "seat"]
    widget_tips = [chart._tip(0.0, 0.0, d) for d in chart.scatter_item().data["data"]]
    assert [plain_tooltip(c.find(f"{SVG}title").text) for c in circles] == widget_tips
    (legend,) = [g for g in root.iter(f"{SVG}g") if g.get("class") == "legend"]
    lines = ["".join(t.itertext()) for t in legend.iter(f"{SVG}text")]
    assert lines == chart.legend_text().splitlines()
    (majority,) = [t for t in root.iter(f"{SVG}text") if t.get("class") == "majority"]
    assert majority.text == chart._majority_text


def test_an_empty_house_draws_nothing(chart, kz2023):
    empty = dataclasses.replace(kz2023, parties=(), independent_seats=0)
    chart.set_result(empty)
    assert len(chart.scatter_item().data) == 0
    assert chart._total_label.toPlainText() == "0 seats"
    chart.set_result(kz2023)  # and recovers
    assert len(chart.scatter_item().data) == 98
