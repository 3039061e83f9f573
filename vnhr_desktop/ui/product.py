"""The product's name as officers read it. The program file stays
``vnhr-desktop``; every window and message-box title ends with the
Vietnamese name, which Qt appends from the application display name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

PROGRAM = "vnhr-desktop"


def product_name() -> str:
    return QCoreApplication.translate("Product", "Human-rights communication work")


def show_product_name(app) -> None:
    """Make the (translated) product name the display name of every window title."""
    if hasattr(app, "setApplicationDisplayName"):
        app.setApplicationDisplayName(product_name())
