"""The template library: add, rename, edit, delete, default; placeholders checked as you
type; a live preview on a real customer."""
# ruff: noqa: F811  (pytest fixtures imported from tests.ui.reminders_helpers)

from cxlogger.core.reminders import message_templates
from cxlogger.ui.dialogs.template_editor import TemplateEditorDialog
from tests.ui.reminders_helpers import add_anna, clock, ctx, log, utc  # noqa: F401


def make(qtbot, ctx) -> TemplateEditorDialog:
    dialog = TemplateEditorDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert ctx.ops.wait_idle()  # the templates and the customers arrived
    return dialog


def stored(ctx, kind):
    with ctx.session() as session:
        return [
            (t.name, t.subject, t.body, t.is_default)
            for t in message_templates.list_templates(session, kind)
        ]


def listed(editor):
    return [editor.list.item(i).text() for i in range(editor.list.count())]


def test_unknown_placeholder_is_an_error_in_the_editor_never_in_the_preview(qtbot, ctx):
    anna = add_anna(ctx)
    log(ctx, anna.id, customer_text="your new road bike")
    dialog = make(qtbot, ctx)
    editor = dialog.editor
    assert editor.customer.currentData() == anna.id
    assert "We hope you are happy with your new road bike." in editor.preview.toPlainText()
    assert editor.preview_subject.text() == "Subject: Thank you"
    assert not editor.save_button.isEnabled()

    editor.body.setPlainText("Hi {first_name}, about {unknown}.")

    assert ctx.ops.wait_idle()
    assert editor.error.isVisible()
    assert editor.error.text().startswith("{unknown} is not a placeholder. Use one of:")
    assert not editor.save_button.isEnabled()
    assert "{unknown}" not in editor.preview.toPlainText()
    assert editor.preview_note.text() == "Fix the template to see the preview."

    editor.body.setPlainText("Hi {first_name}, thanks for {item}!")

    assert ctx.ops.wait_idle()
    assert not editor.error.isVisible()
    assert editor.preview.toPlainText() == "Hi Anna, thanks for your new road bike!"
    assert editor.save_button.isEnabled()
    editor.save_button.click()
    assert ctx.ops.wait_idle()
    assert stored(ctx, "thank")[0][2] == "Hi {first_name}, thanks for {item}!"


def test_a_stray_brace_is_an_error_too(qtbot, ctx):
    dialog = make(qtbot, ctx)
    editor = dialog.editor
    editor.subject.setText("Thanks {first_name")
    assert ctx.ops.wait_idle()
    assert "has no partner" in editor.error.text()
    assert not editor.save_button.isEnabled()


def test_add_rename_make_default_and_delete(qtbot, ctx, monkeypatch):
    dialog = make(qtbot, ctx)
    editor = dialog.editor
    editor.kind.setCurrentIndex(editor.kind.findData("feedback"))
    assert ctx.ops.wait_idle()
    assert listed(editor) == ["Feedback request  (default)"]
    assert not editor.delete_button.isEnabled()  # the only one of its kind

    editor.ask_name = lambda title, text: "Short ask"
    editor.add_button.click()
    assert ctx.ops.wait_idle()
    assert listed(editor) == ["Feedback request  (default)", "Short ask"]
    assert editor.list.currentItem().text() == "Short ask"
    editor.body.setPlainText("How was {item}, {first_name}?")
    assert ctx.ops.wait_idle()
    editor.save_button.click()
    assert ctx.ops.wait_idle()

    editor.ask_name = lambda title, text: "Quick ask" if text == "Short ask" else None
    editor.rename_button.click()
    assert ctx.ops.wait_idle()
    editor.default_button.click()
    assert ctx.ops.wait_idle()
    assert listed(editor) == ["Quick ask  (default)", "Feedback request"]
    assert stored(ctx, "feedback")[0][::3] == ("Quick ask", True)
    assert stored(ctx, "feedback")[0][2] == "How was {item}, {first_name}?"

    editor.confirm_delete = lambda name: name == "Quick ask"
    editor.delete_button.click()
    assert ctx.ops.wait_idle()
    assert listed(editor) == ["Feedback request  (default)"]
    assert [row[0] for row in stored(ctx, "feedback")] == ["Feedback request"]


def test_a_duplicate_name_is_refused_with_a_sentence(qtbot, ctx, monkeypatch):
    dialog = make(qtbot, ctx)
    editor = dialog.editor
    warned = []
    editor._error = lambda exc: warned.append(str(exc))
    editor.ask_name = lambda title, text: "thank-YOU"
    editor.add_button.click()
    assert ctx.ops.wait_idle()
    assert warned == ["There is already a template called “thank-YOU”; choose another name."]
    assert len(stored(ctx, "thank")) == 1


def test_switching_with_unsaved_changes_asks(qtbot, ctx):
    dialog = make(qtbot, ctx)
    editor = dialog.editor
    editor.ask_name = lambda title, text: "Second"
    editor.add_button.click()
    assert ctx.ops.wait_idle()
    editor.body.setPlainText("Changed {first_name}")
    assert ctx.ops.wait_idle()
    editor.ask_unsaved = lambda: "cancel"
    editor.list.setCurrentRow(0)
    assert ctx.ops.wait_idle()
    assert editor.list.currentItem().text() == "Second"  # stayed
    editor.ask_unsaved = lambda: "save"
    editor.list.setCurrentRow(0)
    assert ctx.ops.wait_idle()
    assert editor.list.currentItem().text().startswith("Thank-you")
    assert ("Second", "Thank you", "Changed {first_name}", False) in stored(ctx, "thank")


def test_preview_without_customers_shows_example_values(qtbot, ctx):
    dialog = make(qtbot, ctx)
    editor = dialog.editor
    assert editor.customer.currentData() is None
    assert editor.preview.toPlainText().startswith("Hello [first_name],")


def test_a_failed_save_when_switching_stays_with_the_changes(qtbot, ctx, monkeypatch):
    from cxlogger.core.errors import UserError

    dialog = make(qtbot, ctx)
    editor = dialog.editor
    editor.ask_name = lambda title, text: "Second"
    editor.add_button.click()
    assert ctx.ops.wait_idle()
    editor.body.setPlainText("Changed {first_name}")

    def refuse(*_args, **_kwargs):
        raise UserError("The database is busy; nothing was saved. Try again in a moment.")

    monkeypatch.setattr(message_templates, "update_template", refuse)
    warned = []
    editor._error = lambda exc: warned.append(str(exc))
    editor.ask_unsaved = lambda: "save"
    editor.list.setCurrentRow(0)
    assert ctx.ops.wait_idle()
    assert warned == ["The database is busy; nothing was saved. Try again in a moment."]
    assert editor.list.currentItem().text() == "Second"  # stayed, nothing lost
    assert editor.body.toPlainText() == "Changed {first_name}" and editor.is_dirty()


def test_the_preview_follows_the_latest_keystroke(qtbot, ctx):
    anna = add_anna(ctx)
    log(ctx, anna.id, customer_text="the cake")
    dialog = make(qtbot, ctx)
    editor = dialog.editor
    for text in ("Hi {first_name}", "Hi {first_name}!", "Hi {first_name}, enjoy {item}!"):
        editor.body.setPlainText(text)  # asked at each keystroke; older answers dropped
    assert ctx.ops.wait_idle()
    assert editor.preview.toPlainText() == "Hi Anna, enjoy the cake!"
    editor.body.setPlainText("Hi {oops}")
    assert ctx.ops.wait_idle()
    assert editor.preview_note.text() == "Fix the template to see the preview."
    assert editor.preview.toPlainText() == ""
