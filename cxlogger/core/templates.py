"""Message templates with placeholders, and mailto: URLs that any mail client reads right."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from cxlogger.core.settings import DEFAULTS

PLACEHOLDERS = {
    "customer_name": "the customer's name",
    "first_name": "the customer's first name",
    "item": "what they bought or raised",
    "action": "what was done (the action taken, or the promise's outcome)",
    "staff_name": "your name",
    "business_name": "the business name (from settings)",
}
# which template a follow-up uses: the rule_key prefix / kind decides
TEMPLATE_NAMES = ("thank", "feedback", "report_back", "tell")
TEMPLATE_LABELS = {
    "thank": "Thank-you",
    "feedback": "Feedback request",
    "report_back": "Report-back",
    "tell": "Promise kept",
}

_PLACEHOLDER_RE = re.compile(r"\{(\w+)\}")


def fill(template: str, values: dict[str, str]) -> str:
    """Replace ``{name}`` placeholders; unknown ones and stray braces stay as typed.

    Values are inserted once and never parsed again, so a customer called
    "{staff_name}" stays that way.
    """

    def sub(match: re.Match) -> str:
        key = match.group(1)
        return str(values[key]) if key in values else match.group(0)

    text = _PLACEHOLDER_RE.sub(sub, template)
    # an empty business or staff name must not leave blank lines at the end
    return "\n".join(line.rstrip() for line in text.strip().splitlines()).strip()


@dataclass
class Message:
    to: str
    subject: str
    body: str

    @property
    def text(self) -> str:
        """What "Copy text" puts on the clipboard."""
        return self.body

    def mailto(self) -> str:
        return mailto_url(self.to, self.subject, self.body)


def render(settings: dict[str, Any], name: str, values: dict[str, str], to: str = "") -> Message:
    subject = settings.get(f"template_{name}_subject") or DEFAULTS[f"template_{name}_subject"]
    body = settings.get(f"template_{name}_body") or DEFAULTS[f"template_{name}_body"]
    return Message(to, " ".join(fill(subject, values).split()), fill(body, values))


def mailto_url(to: str, subject: str, body: str) -> str:
    """A RFC 6068 mailto: URL. Everything is percent-encoded as UTF-8 (so ``&``, ``?``,
    ``#``, ``%``, umlauts and spaces survive), and line breaks become %0D%0A."""
    address = quote(to.strip(), safe="@")
    params = []
    if subject:
        params.append("subject=" + quote(_one_line(subject), safe=""))
    if body:
        params.append("body=" + quote(_crlf(body), safe=""))
    return f"mailto:{address}" + ("?" + "&".join(params) if params else "")


def _crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def _one_line(text: str) -> str:
    return " ".join(text.split())
