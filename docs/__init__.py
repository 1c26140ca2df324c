"""Documents installed with cxlogger (read with importlib.resources)."""
