"""Settings, each declared once with its default and a line of help.

Everything that can be configured lives in :class:`Settings`.  Values come from environment
variables prefixed ``OVERSIGHT_`` (``OVERSIGHT_DATABASE_URL``, ``OVERSIGHT_DATA_DIR`` ...).  The help
lines feed ``oversight settings`` and the README; a test fails if a setting has no description.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from platformdirs import user_data_dir
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data_dir() -> Path:
    return Path(user_data_dir("oversight", appauthor=False))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="OVERSIGHT_", extra="ignore")

    data_dir: Path = Field(
        default_factory=_default_data_dir,
        description="Folder for the default SQLite database and other local state.",
    )
    database_url: str | None = Field(
        default=None,
        description=(
            "SQLAlchemy URL of the database. Unset means a SQLite file oversight.sqlite3 in the data "
            "folder; PostgreSQL is postgresql+psycopg://user@host/dbname."
        ),
    )
    max_file_mb: float = Field(
        default=200.0, description="Largest file, in megabytes, that ingest or extract will read."
    )
    host: str = Field(default="127.0.0.1", description="Address the web app listens on.")
    port: int = Field(default=8000, description="Port the web app listens on.")
    page_size: int = Field(default=50, description="Rows per page in web lists.")

    def resolved_database_url(self) -> str:
        """The database URL to use: the setting, or the SQLite file in the data folder."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'oversight.sqlite3'}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
