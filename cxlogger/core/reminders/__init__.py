"""What to do next: the set-based rule engine, follow-ups, business hours, message
templates and messages, and the due list."""
