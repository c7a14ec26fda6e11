#!/usr/bin/env bash
# Refresh the translation sources from the code (README, "Translations"): every string marked
# for translation in core/, ui/ and main.py (self.tr, QCoreApplication.translate,
# QT_TRANSLATE_NOOP) into resources/i18n/seatcalc_<lang>.ts, one file per language.
#
#   build_spec/update_translations.sh       then translate the new entries (Qt Linguist:
#                                           .venv/bin/pyside6-linguist, or any editor) until
#                                           tests/text/test_translations.py passes
#
# Strings gone from the code are dropped (-no-obsolete); no line numbers are written
# (-locations none), so that an edit elsewhere in a file leaves the .ts alone.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-.venv/bin/pyside6-lupdate}
"$lupdate" -no-obsolete -locations none -extensions py core ui main.py \
    -ts resources/i18n/seatcalc_*.ts "$@"
