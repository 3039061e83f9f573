"""Identity of the database file and the schema generation this app understands.

Kept free of SQLAlchemy and Alembic so that start-up can check the file with a
plain sqlite3 query. On SQLite both live in PRAGMAs (application_id,
user_version); on PostgreSQL in the table vnhr_meta (persistence/postgres.py).
"""

APPLICATION_ID = 0x564E4852  # "VNHR"
# The schema version after the newest migration; every migration bumps it.
SCHEMA_VERSION = 10
