"""Import of real result tables (CSV and XLSX) into SeatCalc.

Steps, each usable on its own (the desktop app shows the second one to the user):

1. :func:`open_table` opens a CSV or XLSX file (``table``, ``csv_reader``, ``xlsx``): the
   format decided on the bytes, the limits checked first (``limits``), the header and the
   first rows read; its rows then stream in chunks. :func:`read_table` reads a whole table
   into a DataFrame of strings indexed by line.
2. :func:`guess_mapping` guesses a :class:`ColumnMapping` from the headers (English,
   Russian, Kazakh and Ukrainian, the protocol lines of ``protocol``) and the cells
   (``guess``); ``roles`` turns it into the roles the dialog and ``--map`` show and back.
3. :func:`import_table` reads the vote cells, lists every row it cannot read as a
   :class:`RowProblem`, tests the protocol's control relations, and aggregates the rest
   per party, per district and per station (``build``, ``long_layout``, ``stations``).
   :func:`merge_parties` and :func:`to_scenario` make the scenario (``scenario``).

A file that cannot be read at all raises :class:`TableImportError` with a one-line message
for an analyst (a template in context "refusal"); the rows not counted, the skipped columns
and the summary are ``import.*`` messages (``core.text.catalog_tables``), said in the
reader's language. pandas is imported at module level here (only ``core/io`` may); Qt never.
"""

from core.io.tables.build import OTHER_KINDS, import_table
from core.io.tables.guess import guess_mapping
from core.io.tables.names import slugify
from core.io.tables.protocol import KINDS, party_header, protocol_kind
from core.io.tables.records import (
    ColumnMapping,
    ImportCancelled,
    ImportResult,
    RowProblem,
    TableImportError,
)
from core.io.tables.roles import MappingError, apply_overrides
from core.io.tables.scenario import merge_parties, parse_merges, party_colours, to_scenario
from core.io.tables.table import Table, open_table, read_table
from core.model.numbers import parse_count

__all__ = [
    "KINDS",
    "OTHER_KINDS",
    "ColumnMapping",
    "ImportCancelled",
    "ImportResult",
    "MappingError",
    "RowProblem",
    "Table",
    "TableImportError",
    "apply_overrides",
    "guess_mapping",
    "import_table",
    "merge_parties",
    "open_table",
    "parse_count",
    "parse_merges",
    "party_colours",
    "party_header",
    "protocol_kind",
    "read_table",
    "slugify",
    "to_scenario",
]
