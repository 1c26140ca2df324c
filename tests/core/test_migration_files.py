from alembic.script import ScriptDirectory

from cxlogger.core.storage import migrate


def test_quick_revision_listing_matches_alembic():
    """Start-up reads revisions from file names; they must agree with Alembic's chain."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    chain = [rev.revision for rev in script.walk_revisions()]  # newest first
    assert list(migrate.known_revisions()) == list(reversed(chain))
    assert migrate.head_revision() == script.get_current_head()
