"""The PDF report reads well (issue 16 item 4), checked page by page from the PDF itself:
no table row split between pages, the header on every page of a table, page 1 never left
with the title alone, exact fractions as decimals, and the chart's caption and a footer with
"made with SeatCalc" and the version."""

import re
import subprocess
from fractions import Fraction
from pathlib import Path

import pytest

from core.io.progress import Steps
from core.io.scenario_file import load
from core.rules.allocate import allocate
from core.text.formats import format_exact
from core.version import version
from tests.ui.test_export_ui import needs
from ui.export.report import pdf_bytes

THIRTY = str(Path(__file__).resolve().parents[1] / "data" / "thirty-parties.seats.json")


def pages(pdf: Path) -> list[str]:
    text = subprocess.run([needs("pdftotext"), "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


@pytest.fixture(scope="module")
def reports(tmp_path_factory, qapp):
    out = {}
    for spec in ("preset:kz-2023", "template:us-house", THIRTY):
        result = allocate(load(spec))
        path = tmp_path_factory.mktemp("report") / "report.pdf"
        path.write_bytes(pdf_bytes(result, Steps()))
        out[spec] = (result, pages(path))
    return out


@pytest.mark.parametrize("spec", ["preset:kz-2023", "template:us-house", THIRTY])
def test_no_party_row_is_split_between_pages(reports, spec):
    result, text = reports[spec]
    for party in result.parties:
        votes = f"{party.votes:,}"
        # The results table's row: the votes and the name's first words on the same page
        # (today's fault: the name on one page, its figures on the next).
        rows = [n for n, page in enumerate(text)
                if re.search(rf"{re.escape(party.name[:14])}.*{votes}|{votes}", page)]
        assert rows, party.name
        first = rows[0]
        assert party.name.split()[0] in text[first], (party.name, first)


@pytest.mark.parametrize("spec", ["template:us-house", THIRTY])
def test_every_page_of_a_long_table_repeats_its_header(reports, spec):
    _, text = reports[spec]
    continued = 0
    for page in text[1:]:
        lines = [line for line in page.splitlines() if line.strip()]
        row = next((i for i, line in enumerate(lines) if re.search(r"\d\.\d+% +yes", line)), None)
        header = next((i for i, line in enumerate(lines) if "Votes" in line
                       and "Party" in line), None)
        if row is not None and row < 3:  # a table goes on from the page before ...
            continued += 1
            assert header is not None, page[:300]
            assert header < row, page[:300]  # ... under its header
    assert continued >= 2


@pytest.mark.parametrize("spec", ["preset:kz-2023", "template:us-house", THIRTY])
def test_page_one_has_the_chart_the_headline_and_the_results(reports, spec):
    result, text = reports[spec]
    first = text[0]
    assert result.scenario.title[:30] in first
    assert "majority:" in first  # the chart's majority label: the chart is on page 1
    assert "Results" in first
    assert f"made with SeatCalc {version()}" in first  # the chart's caption


def test_every_page_has_a_footer_with_the_version_and_its_number(reports):
    _, text = reports[THIRTY]
    for n, page in enumerate(text, start=1):
        assert f"made with SeatCalc {version()}" in page
        assert re.search(rf"{n} ?/ ?{len(text)}\s*$", page)


def test_headings_stay_with_what_follows(reports):
    for _, text in reports.values():
        for page in text:
            lines = [line.strip() for line in page.splitlines() if line.strip()]
            body = lines[:-1]  # the footer last
            for heading in ("Results", "Rules", "Threshold test", "Majorities", "Indices",
                            "How the list seats were allocated", "Ties and warnings", "Notes"):
                if body and body[-1] == heading:
                    pytest.fail(f"{heading} alone at the foot of a page")


def test_exact_fractions_are_decimals(reports):
    _, text = reports[THIRTY]
    everything = "".join(text)
    assert "802,333.(3)" in everything  # 2,407,000 / 3: the second seat's exact quotient
    assert not re.search(r"\b\d{4,}/\d+\b", everything)  # no "2407000/3" left
    assert format_exact(Fraction(2407000, 3)) == "802,333.(3)"
