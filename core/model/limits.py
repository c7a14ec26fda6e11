"""Limits on what SeatCalc accepts, far above any real election, checked before the work starts
so that a hostile or broken file is refused with a message naming the limit instead of taking
minutes or gigabytes (README, "Reliability"). Real reference points: the largest parliament has
about 3,000 seats, India's 2019 election 673 parties and 543 constituencies, the UK's largest
constituency ballot 13 candidates, the world's electorate about 5 × 10⁹.
"""

from __future__ import annotations

MAX_FILE_BYTES = 64 * 1024 * 1024  # a scenario file (the UK's 650 districts take 1 MB)
MAX_SEATS = 100_000  # seats of any tier, constituency or the house
MAX_PARTIES = 2_000
MAX_DISTRICTS = 20_000
MAX_CANDIDATES = 2_000  # in one district
MAX_CONSTITUENCIES = 5_000
MAX_VOTES = 10**12  # any one count of votes or ballots
MAX_TEXT = 10_000  # characters of a name, id or title (notes and sources: MAX_NOTES)
MAX_NOTES = 1_000_000
MAX_NUMBER_DIGITS = 40  # digits and exponent of a number written in a file
MAX_RUNS = 10_000_000  # Monte Carlo runs
MAX_POLLS = 10_000  # opinion polls kept with a scenario
MAX_IMAGE_SIDE = 20_000  # pixels of an exported or rendered image side
MAX_IMAGE_PIXELS = 200_000_000
