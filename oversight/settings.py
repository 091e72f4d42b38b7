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
    secret_key: str | None = Field(
        default=None,
        description=(
            "Key that signs the web app's form tokens. Unset means a random key is made once and kept in "
            "secret.key in the data folder; set it when several servers share one database."
        ),
    )
    secure_cookies: bool = Field(
        default=True,
        description=(
            "Mark sign-in cookies Secure (sent over HTTPS only; browsers also send them to localhost). "
            "Leave on unless the app is served over plain HTTP on a host other than localhost."
        ),
    )
    fetch_timeout_seconds: float = Field(
        default=30.0, description="How long adding a paper by its web address may wait for the other server."
    )

    def resolved_database_url(self) -> str:
        """The database URL to use: the setting, or the SQLite file in the data folder."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'oversight.sqlite3'}"

    def signing_key(self) -> bytes:
        """The key for form tokens: the setting, or a random one kept (readable by its owner only) in
        the data folder, so tokens survive a restart and every worker process agrees on them."""
        if self.secret_key:
            return self.secret_key.encode()
        path = self.data_dir / "secret.key"
        if not path.exists():
            import os
            import secrets
            import tempfile

            self.data_dir.mkdir(parents=True, exist_ok=True)
            descriptor, draft = tempfile.mkstemp(dir=self.data_dir, prefix=".secret-")
            with os.fdopen(descriptor, "w") as handle:
                handle.write(secrets.token_hex(32))
            try:
                os.link(draft, path)  # atomic: when two workers race, the first key wins for both
            except FileExistsError:
                pass
            finally:
                os.unlink(draft)
        return path.read_text().strip().encode()


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
