"""The tier linkages: the registry (``core.rules.linkage``) with the built-in ones registered.
Import the registry from here, so that it is always complete. A new linkage is one module in
this package and one line below (the order of the lines is the order of the menus)."""

# isort: off
from core.rules.linkage import LINKAGES, Linkage, overhang_rules
from core.rules.linkages import parallel
from core.rules.linkages import compensatory
from core.rules.linkages import additional_member
from core.rules.linkages import land_lists
from core.rules.linkages import levelling
from core.rules.linkages import biproportional
from core.rules.linkages import second_scrutiny
# isort: on

__all__ = ["LINKAGES", "Linkage", "additional_member", "biproportional", "compensatory",
           "land_lists", "levelling", "overhang_rules", "parallel", "second_scrutiny"]
