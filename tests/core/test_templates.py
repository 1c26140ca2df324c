"""Templates and mailto: URLs."""

from urllib.parse import parse_qs, unquote, urlsplit

from cxlogger.core.reminders import templates


def test_fill_replaces_known_placeholders_only():  # render() refuses unknown ones
    text = templates.fill(
        "Hi {customer_name}, {unknown} {item} {",
        {"customer_name": "{staff_name}", "item": "cake", "staff_name": "Sam"},
    )
    assert text == "Hi {staff_name}, {unknown} cake {"  # values are not parsed again


def test_empty_signature_leaves_no_blank_lines():
    values = dict.fromkeys(templates.PLACEHOLDERS, "")
    values.update(first_name="Anna", item="cake")
    _, subject, body = templates.DEFAULT_TEMPLATES["thank"]
    message = templates.render(subject, body, values)
    assert message.body.endswith("Kind regards,")


def test_mailto_escapes_names_umlauts_ampersands_and_newlines():
    url = templates.mailto_url(
        "jürgen&co@example.com",
        "Danke & bis bald?",
        "Hallo Jürgen Weber & Söhne,\nZeile 2 #1 100%",
    )
    assert url == (
        "mailto:j%C3%BCrgen%26co@example.com?subject=Danke%20%26%20bis%20bald%3F"
        "&body=Hallo%20J%C3%BCrgen%20Weber%20%26%20S%C3%B6hne%2C%0D%0AZeile%202%20%231%20100%25"
    )
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    assert unquote(parts.path) == "jürgen&co@example.com"
    assert query["subject"] == ["Danke & bis bald?"]
    assert query["body"] == ["Hallo Jürgen Weber & Söhne,\r\nZeile 2 #1 100%"]


def test_mailto_subject_is_one_line_and_empty_parts_are_left_out():
    assert templates.mailto_url("a@b.de", "Two\nlines", "") == "mailto:a@b.de?subject=Two%20lines"
    assert templates.mailto_url("", "", "") == "mailto:"
