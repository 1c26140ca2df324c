"""Data in and out: CSV export and import with their safety rules, vCard, privacy export."""
