"""Icons, the .desktop file and other assets, packaged as cxlogger.resources."""
