"""Full-text search on PostgreSQL: ``unaccent``, ``pg_trgm`` and the ``portal_search`` configuration.

``portal_search`` is Italian (stemming and stop words) with accents folded first, so that
"permessi" finds "permesso" and "citta" finds "città". Words in other scripts (Arabic,
Urdu, Cyrillic, Chinese) go through the same two dictionaries unchanged: ``unaccent``
has no rules for them and the Italian stemmer only strips Latin suffixes.
``settings.PORTAL_SEARCH_CONFIG`` names it for Wagtail's search backend.

Nothing happens on SQLite (the embedded default), whose FTS5 index needs no extension.
Entries indexed before this migration were tokenised with another configuration: run
``manage.py update_index`` once after applying it to a database that already has pages.
"""

from django.db import migrations

CONFIGURATION = "portal_search"

FORWARD = [
    # pg_trgm and unaccent are "trusted" extensions (PostgreSQL 13+): the owner of the
    # database, which production connects as, may create them; CI connects as the
    # superuser postgres. Where a managed service forbids it, a superuser runs these two
    # statements once beforehand, and IF NOT EXISTS lets the migration pass afterwards.
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f"CREATE TEXT SEARCH CONFIGURATION {CONFIGURATION} (COPY = pg_catalog.italian)",
    # asciiword keeps italian_stem alone: a word of plain ASCII letters has nothing to fold.
    f"ALTER TEXT SEARCH CONFIGURATION {CONFIGURATION} "
    "ALTER MAPPING FOR word, hword, hword_part WITH unaccent, italian_stem",
]

# The extensions stay when the migration is reversed: they may predate it (IF NOT
# EXISTS), other objects may depend on them (e.g. the trigram indexes of Wagtail's
# ``enable_trigram`` command), and dropping them needs the same privileges again.
BACKWARD = [f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIGURATION}"]


def run_on_postgresql(statements: list[str]):
    def operation(apps, schema_editor) -> None:
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("portal", "0001_initial")]

    operations = [
        migrations.RunPython(
            run_on_postgresql(FORWARD), run_on_postgresql(BACKWARD), elidable=False
        ),
    ]
