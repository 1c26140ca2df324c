"""The bundle's entry point: the same as ``python -m cxlogger``."""

import sys

from cxlogger.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
