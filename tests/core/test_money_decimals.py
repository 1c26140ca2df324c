"""Money decimals of common currencies come from a small table, babel only for the rest."""

import subprocess
import sys

import pytest
from babel.core import get_global

from cxlogger.core.records import money


@pytest.mark.parametrize("code", sorted(money.KNOWN_DECIMALS))
def test_the_table_says_what_babel_says(code):
    fractions = get_global("currency_fractions")
    assert code in get_global("all_currencies")
    assert money.KNOWN_DECIMALS[code] == fractions.get(code, fractions["DEFAULT"])[0]


def test_the_shop_currencies_offered_are_all_in_the_table():
    assert set(money.COMMON_CURRENCIES) <= set(money.KNOWN_DECIMALS)


def test_common_amounts_need_no_babel_and_others_still_do():
    code = (
        "import sys\n"
        "from cxlogger.core.records import money\n"
        "assert money.plain(1250, 'EUR') == '12.50' and money.decimals('jpy') == 0\n"
        "assert money.decimals('KWD') == 3\n"
        "assert 'babel' not in sys.modules, 'babel loaded'\n"
        "assert money.decimals('XAF') == 0 and 'babel' in sys.modules\n"
        "money.warm(['XPF', None, ''])\n"
        "try:\n"
        "    money.decimals('ABC')\n"
        "except ValueError:\n"
        "    pass\n"
        "else:\n"
        "    raise SystemExit('ABC accepted')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
