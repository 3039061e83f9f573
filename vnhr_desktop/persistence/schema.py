"""Identity of the database file and the schema generation this app understands.

Kept free of SQLAlchemy and Alembic so that start-up can check the file with a
plain sqlite3 query.
"""

APPLICATION_ID = 0x564E4852  # "VNHR"
# PRAGMA user_version after the newest migration; every migration bumps it.
SCHEMA_VERSION = 8
