"""Models of the HUBs app, one module per concept."""

from .documents import Document

__all__ = ["Document"]
