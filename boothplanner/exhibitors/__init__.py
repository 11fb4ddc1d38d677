"""Exhibitor lists in and out: CSV import, the booth schedule (CSV and PDF). No Qt here."""
