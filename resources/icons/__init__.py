"""Application icons (SVG)."""
