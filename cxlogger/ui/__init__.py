"""Qt widgets on top of cxlogger.core. Never runs SQL itself: it calls core services."""
