"""cxlogger: log customer interactions, keep promises, be reminded to follow up."""

__version__ = "0.1.0"
APP_NAME = "cxlogger"
APP_TITLE = "cxlogger"
