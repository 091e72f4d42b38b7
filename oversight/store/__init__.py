"""store: SQLAlchemy models for the domain, the database engine, ingest and search.

SQLite by default, PostgreSQL by URL, through the same code.  The schema is owned by Alembic
(``oversight db upgrade``); ``open_database`` upgrades a database to the latest revision.
"""
