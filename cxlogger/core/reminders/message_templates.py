"""The library of message templates: list, add, rename, edit, delete, choose the default.

Each template is for one kind of follow-up (templates.TEMPLATE_NAMES). One template
per kind is the default, used unless staff pick another in the message preview.
Every change is checked (templates.check) and is one transaction.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cxlogger.core.errors import ValidationError
from cxlogger.core.models import MessageTemplate
from cxlogger.core.reminders import templates

NAME_LIMIT = 100
SUBJECT_LIMIT = 300


def list_templates(session: Session, kind: str | None = None) -> list[MessageTemplate]:
    """Templates of a kind (or all), the default first, then by name."""
    query = select(MessageTemplate)
    if kind is not None:
        query = query.where(MessageTemplate.kind == kind)
    query = query.order_by(
        MessageTemplate.kind, MessageTemplate.is_default.desc(), func.lower(MessageTemplate.name)
    )
    return list(session.scalars(query))


def get_template(session: Session, template_id: int) -> MessageTemplate:
    template = session.get(MessageTemplate, template_id)
    if template is None:
        raise ValidationError({"template": "That template no longer exists; choose another."})
    return template


def default_template(session: Session, kind: str) -> MessageTemplate | None:
    """The kind's default template (or any of that kind if none is marked)."""
    found = list_templates(session, kind)
    return found[0] if found else None


def _errors(
    session: Session, kind: str, name: str, subject: str, body: str, exclude_id: int | None
) -> dict[str, str]:
    errors = {}
    if kind not in templates.TEMPLATE_NAMES:
        errors["kind"] = "Choose which follow-up the template is for."
    if not name:
        errors["name"] = "Give the template a name."
    elif len(name) > NAME_LIMIT:
        errors["name"] = f"Keep the name under {NAME_LIMIT} characters."
    elif kind in templates.TEMPLATE_NAMES:
        query = select(MessageTemplate.id).where(
            MessageTemplate.kind == kind, func.lower(MessageTemplate.name) == name.lower()
        )
        if exclude_id is not None:
            query = query.where(MessageTemplate.id != exclude_id)
        if session.scalar(query.limit(1)) is not None:
            errors["name"] = f"There is already a template called “{name}”; choose another name."
    problems = templates.check(subject)
    if problems:
        errors["subject"] = " ".join(problems)
    elif len(subject) > SUBJECT_LIMIT:
        errors["subject"] = f"Keep the subject under {SUBJECT_LIMIT} characters."
    problems = templates.check(body)
    if problems:
        errors["body"] = " ".join(problems)
    elif not body.strip():
        errors["body"] = "Write the message."
    return errors


def _clean_name(name: str) -> str:
    return " ".join(name.split())


def add_template(
    session: Session, kind: str, name: str, subject: str, body: str, now: datetime
) -> MessageTemplate:
    name = _clean_name(name)
    with session.begin():
        errors = _errors(session, kind, name, subject, body, None)
        if errors:
            raise ValidationError(errors)
        first = session.scalar(select(MessageTemplate.id).where(MessageTemplate.kind == kind))
        template = MessageTemplate(
            kind=kind,
            name=name,
            subject=" ".join(subject.split()),
            body=body.strip(),
            is_default=first is None,
            created_at=now,
            updated_at=now,
        )
        session.add(template)
    return template


def update_template(
    session: Session,
    template_id: int,
    now: datetime,
    name: str | None = None,
    subject: str | None = None,
    body: str | None = None,
) -> MessageTemplate:
    """Rename and/or edit a template (None leaves a part as it is)."""
    with session.begin():
        template = get_template(session, template_id)
        name = template.name if name is None else _clean_name(name)
        subject = template.subject if subject is None else " ".join(subject.split())
        body = template.body if body is None else body.strip()
        errors = _errors(session, template.kind, name, subject, body, template.id)
        if errors:
            raise ValidationError(errors)
        template.name, template.subject, template.body = name, subject, body
        template.updated_at = now
    return template


def rename_template(session: Session, template_id: int, name: str, now: datetime):
    return update_template(session, template_id, now, name=name)


def set_default(session: Session, template_id: int, now: datetime) -> MessageTemplate:
    with session.begin():
        template = get_template(session, template_id)
        for other in session.scalars(
            select(MessageTemplate).where(MessageTemplate.kind == template.kind)
        ):
            other.is_default = other.id == template.id
    return template


def delete_template(session: Session, template_id: int) -> None:
    """Delete a template; the last one of a kind stays (edit it instead)."""
    with session.begin():
        template = get_template(session, template_id)
        others = [t for t in list_templates(session, template.kind) if t.id != template.id]
        if not others:
            label = templates.TEMPLATE_LABELS[template.kind].lower()
            raise ValidationError(
                {"template": f"This is the only {label} template; edit it instead of deleting it."}
            )
        if template.is_default:
            others[0].is_default = True
        session.delete(template)


def restore_defaults(session: Session, now: datetime, language: str | None = None) -> int:
    """Add back the built-in templates that are missing (by name), in ``language``
    (template_languages; English by default); returns how many."""
    from cxlogger.core.reminders.template_languages import defaults_for

    added = 0
    with session.begin():
        for kind, (name, subject, body) in defaults_for(language).items():
            exists = session.scalar(
                select(MessageTemplate.id).where(
                    MessageTemplate.kind == kind, func.lower(MessageTemplate.name) == name.lower()
                )
            )
            if exists is None:
                any_of_kind = session.scalar(
                    select(MessageTemplate.id).where(MessageTemplate.kind == kind).limit(1)
                )
                session.add(
                    MessageTemplate(
                        kind=kind,
                        name=name,
                        subject=subject,
                        body=body,
                        is_default=any_of_kind is None,
                        created_at=now,
                        updated_at=now,
                    )
                )
                added += 1
    return added
