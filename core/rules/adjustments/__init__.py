"""The list-tier rules: the registry (``core.rules.adjustment``) with the built-in ones
registered. Import the registry from here, so that it is always complete. A new rule is one
module in this package and one line below; the order of the lines is the order in which they
apply, innermost first (a majority bonus is counted on the lists as grouped by surplus
agreements)."""

# isort: off
from core.rules.adjustment import (
    ADJUSTMENTS,
    Adjustment,
    adjusted_share,
    refuse_adjustments,
)
from core.rules.adjustments import majority_bonus
from core.rules.adjustments import surplus_agreements
from core.rules.adjustments import seat_caps
from core.rules.adjustments import opposition_minimum
# isort: on

__all__ = ["ADJUSTMENTS", "Adjustment", "adjusted_share", "majority_bonus",
           "opposition_minimum", "refuse_adjustments", "seat_caps",
           "surplus_agreements"]
