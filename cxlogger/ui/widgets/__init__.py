"""Shared widgets and formatting: fields and labels, icons, dates and money, heads-up
widgets, the report's charts and PDF."""
