"""Canvas tools: small state machines fed with positions in metres by the view."""
