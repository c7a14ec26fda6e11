"""Shared test set-up: hypothesis profiles and offscreen Qt (no window ever opens)."""

import os
import tempfile

from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read English unless they ask for another language (--lang, set_language), on a
# machine in any locale; compiled translations go to a folder of this run, not the user's.
os.environ["SEATCALC_LANG"] = "en"
os.environ.setdefault("SEATCALC_CACHE_DIR", tempfile.mkdtemp(prefix="seatcalc-cache-"))

# "ci" (the default) is deterministic so that a red run can be replayed; "dev" explores more.
settings.register_profile(
    "ci", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=500, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
