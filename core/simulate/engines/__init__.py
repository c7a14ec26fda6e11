"""The simulation engines: the registry with the built-in ones registered (import it from
here, so that it is complete), and the choice of engine for a scenario."""

# isort: off
from core.simulate.engines.registry import ENGINES, register
from core.simulate.engines import parallel
from core.simulate.engines import compensatory
from core.simulate.engines import additional_member
# isort: on

__all__ = ["ENGINES", "additional_member", "compensatory", "parallel", "register"]
