"""UI tests run with the application's English plurals, as cxlogger starts with them."""

import pytest


@pytest.fixture(autouse=True)
def english_plurals(qapp):
    from cxlogger.ui.formats import install_plurals

    install_plurals(qapp)
