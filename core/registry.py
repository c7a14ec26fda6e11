"""A registry: the entries of one extension point by key, in registration order.

Output formats, chart layouts, seat styles and commands each keep one; adding an entry is
one ``register`` call next to its code.
"""

from __future__ import annotations

from typing import Generic, TypeVar

T = TypeVar("T")


class Registry(Generic[T]):
    """Entries of one ``kind`` (e.g. "chart layout") by key; a key may be registered once.

    Looking up an unknown key is a ValueError, worded by ``missing`` (a format string with
    ``{key}`` and ``{known}``, the registered keys), so that it names the known ones.
    """

    def __init__(self, kind: str, missing: str) -> None:
        self.kind, self.missing = kind, missing
        self._entries: dict[str, T] = {}

    def register(self, key: str, entry: T) -> T:
        """Add ``entry`` under ``key`` and return it."""
        if key in self._entries:
            raise ValueError(f"{self.kind} {key!r} is already registered")
        self._entries[key] = entry
        return entry

    def __getitem__(self, key: str) -> T:
        try:
            return self._entries[key]
        except KeyError:
            raise ValueError(self.missing.format(key=key, known=", ".join(self._entries))
                             ) from None

    def entries(self) -> tuple[T, ...]:
        """Every entry, in registration order."""
        return tuple(self._entries.values())
