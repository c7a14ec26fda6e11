"""Qt names that table models use on every call, resolved once.

PySide6 looks the short names (``Qt.DisplayRole``, ``Qt.AlignRight``) up on every access,
about 4 µs each; a view asks a model's ``data()`` for a dozen roles per cell whenever it
resizes, which made an edit take 100 ms. Scoped names resolved here cost nothing per call.
"""

from PySide6.QtCore import Qt

_Role = Qt.ItemDataRole
DISPLAY = _Role.DisplayRole.value
EDIT = _Role.EditRole.value
DECORATION = _Role.DecorationRole.value
TOOLTIP = _Role.ToolTipRole.value
FONT = _Role.FontRole.value
ALIGNMENT = _Role.TextAlignmentRole.value
FOREGROUND = _Role.ForegroundRole.value
BACKGROUND = _Role.BackgroundRole.value
CHECK_STATE = _Role.CheckStateRole.value

HORIZONTAL = Qt.Orientation.Horizontal
_Align = Qt.AlignmentFlag
ALIGN_RIGHT = (_Align.AlignRight | _Align.AlignVCenter).value
ALIGN_LEFT = (_Align.AlignLeft | _Align.AlignVCenter).value

_Flag = Qt.ItemFlag
NO_FLAGS = _Flag.NoItemFlags
SELECTABLE = _Flag.ItemIsEnabled | _Flag.ItemIsSelectable
EDITABLE = SELECTABLE | _Flag.ItemIsEditable
CHECKABLE = SELECTABLE | _Flag.ItemIsUserCheckable
