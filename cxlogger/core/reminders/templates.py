"""Message templates: the customer-safe placeholders, checking a template, filling it in,
and mailto: URLs that any mail client reads right.

Only the placeholders in ``PLACEHOLDERS`` exist, and core/messages.py fills them from
customer-facing fields only (names, the customer-facing texts, dates, business
details). A template naming anything else is refused when it is saved and when it
is rendered, so a literal ``{x}`` never reaches a customer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from cxlogger.core.errors import UserError

# name -> what it is (shown in the template editor). Every one is customer-safe.
PLACEHOLDERS = {
    "first_name": "the customer's first name",
    "customer_name": "the customer's full name",
    "item": "what it was about, in words for the customer (e.g. “your new road bike”)",
    "promise": "what was promised, as it was promised to the customer",
    "promise_due": "when the promise was due (a date)",
    "action": "what was done, in words for the customer (never the internal note)",
    "staff_name": "your name",
    "business_name": "the business name (from settings)",
}

# which follow-up a template is for (models.MESSAGE_KINDS)
TEMPLATE_NAMES = ("thank", "tell", "feedback", "report_back")
TEMPLATE_LABELS = {
    "thank": "Thank-you",
    "tell": "Promise kept (close the loop)",
    "feedback": "Feedback request",
    "report_back": "Report-back",
}

_SIGNATURE = "\n\nKind regards,\n{staff_name}\n{business_name}"

# The templates a new database starts with (migration 0009 seeds a frozen copy;
# core/message_templates.restore_defaults adds back any that were deleted).
DEFAULT_TEMPLATES: dict[str, tuple[str, str, str]] = {
    # kind: (name, subject, body)
    "thank": (
        "Thank-you",
        "Thank you",
        "Hello {first_name},\n\n"
        "Thank you for choosing us. We hope you are happy with {item}.\n"
        "If there is anything else we can do, just reply to this message." + _SIGNATURE,
    ),
    "tell": (
        "Promise kept",
        "Done as promised",
        "Hello {first_name},\n\n"
        "We promised you:\n{promise}\n\n"
        "This is now done. {action}\n\n"
        "If anything is not as it should be, just reply to this message." + _SIGNATURE,
    ),
    "feedback": (
        "Feedback request",
        "How did we do?",
        "Hello {first_name},\n\n"
        "A few days ago you were in touch with us about {item}.\n"
        "How did we do? A rating from 1 (poor) to 5 (excellent) and a sentence or two "
        "in reply would help us a lot.\n\n"
        "Thank you,\n{staff_name}\n{business_name}",
    ),
    "report_back": (
        "Report-back",
        "What we did with your feedback",
        "Hello {first_name},\n\n"
        "Thank you again for your feedback about {item}. We have acted on it. {action}"
        + _SIGNATURE,
    ),
}

_BRACES_RE = re.compile(r"\{([^{}\n]*)\}")
_PLACEHOLDER_RE = re.compile(r"\{(\w+)\}")


class TemplateError(UserError):
    """A template that cannot be used as it is; the message says what to fix."""


def check(text: str) -> list[str]:
    """Problems with a subject or body, as sentences (empty: it is fine).

    An unknown placeholder, or a brace without its partner, is a problem: in a
    message it would read as a literal ``{x}``.
    """
    problems = []
    unknown = []
    for match in _BRACES_RE.finditer(text):
        name = match.group(1)
        if name not in PLACEHOLDERS and match.group(0) not in unknown:
            unknown.append(match.group(0))
    for item in unknown:
        problems.append(
            f"{item} is not a placeholder. Use one of: "
            + ", ".join(f"{{{k}}}" for k in PLACEHOLDERS)
            + "."
        )
    rest = _BRACES_RE.sub("", text)
    if "{" in rest or "}" in rest:
        problems.append("A brace “{” or “}” has no partner; placeholders look like {first_name}.")
    return problems


def placeholders_in(text: str) -> set[str]:
    return {m.group(1) for m in _PLACEHOLDER_RE.finditer(text)}


def fill(template: str, values: dict[str, str]) -> str:
    """Replace ``{name}`` placeholders (call ``check`` first: unknown ones stay as typed).

    Values are inserted once and never parsed again, so a customer called
    "{staff_name}" stays that way.
    """

    def sub(match: re.Match) -> str:
        key = match.group(1)
        return str(values[key]) if key in values else match.group(0)

    text = _PLACEHOLDER_RE.sub(sub, template)
    # an empty placeholder must not leave trailing spaces, nor blank lines at the end
    lines = [line.rstrip() for line in text.strip().splitlines()]
    # ... nor more than one empty line in a row (an empty {action} on its own line)
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    return "\n".join(kept).strip()


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


def render(subject: str, body: str, values: dict[str, str], to: str = "") -> Message:
    """Fill a template in. Refuses (TemplateError) one with an unknown placeholder.

    ``values`` must hold every placeholder (core/messages.py builds them from
    customer-safe fields only)."""
    problems = check(subject) + check(body)
    if problems:
        raise TemplateError(
            "This message template cannot be used: "
            + " ".join(problems)
            + " Fix it under Edit → Message templates…"
        )
    missing = (placeholders_in(subject) | placeholders_in(body)) - set(values)
    if missing:  # a bug: messages.py offers every placeholder
        raise KeyError(f"no value for placeholders {sorted(missing)}")
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
