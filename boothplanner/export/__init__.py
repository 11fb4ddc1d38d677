"""Paper output: PDFs drawn with reportlab. No Qt here."""
