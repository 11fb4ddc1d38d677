"""The largest values a layout may hold, far beyond any real event. They exist so that a file
(or a typing slip) asking for a billion rows is refused instead of exhausting memory: seats,
wheelchair places and tables are laid out one by one. The file format's schema states the same
numbers, and a test keeps the two equal."""

MAX_COORDINATE = 100_000.0  # metres from the origin
MAX_LENGTH = 10_000.0  # metres: a booth side, a seat, an aisle
MAX_ROWS = 1000
MAX_SEATS_PER_ROW = 1000
MAX_SEATS_PER_TABLE = 100
MAX_ATTENDANCE = 10_000_000
