"""Colours shared by the canvas and the printed plan, so a booth is the same colour on both."""

STATUS = {"available": "#e8f1fb", "reserved": "#ffe3a3", "sold": "#9fd4a8", "blocked": "#c9c9c9"}
CATEGORY = ("#8ecae6", "#ffb703", "#90be6d", "#f4a6c6", "#b8a1e3", "#f9844a", "#4d908e", "#e9c46a", "#bde0fe")
NO_CATEGORY = "#eeeeee"
WHEELCHAIR = "#1565c0"
