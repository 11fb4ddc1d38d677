"""Boothplanner: to-scale floor plans for exhibitions and conferences."""

__version__ = "0.1.0"
