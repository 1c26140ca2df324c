"""What the business records: customers, interactions, promises, feedback, staff and the
team (hand-offs, PINs, roles), heads-ups, keeping in touch, the settings store, and the
change log with undo, merge and conflicts."""
