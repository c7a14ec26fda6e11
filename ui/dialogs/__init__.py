"""Dialogs that stand on their own (no table models): About."""
