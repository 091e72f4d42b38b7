"""Settings are declared once, each with help, and the README documents every one."""

from __future__ import annotations

from pathlib import Path

import pytest

from oversight.errors import ConfigError
from oversight.settings import Settings
from oversight.store.db import make_engine

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_setting_has_a_description_and_is_in_the_readme() -> None:
    readme = README.read_text()
    for name, info in Settings.model_fields.items():
        assert info.description and len(info.description) > 10, name
        assert f"OVERSIGHT_{name.upper()}" in readme, name


def test_default_database_is_sqlite_in_the_data_dir(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    assert settings.resolved_database_url() == f"sqlite:///{tmp_path / 'oversight.sqlite3'}"


@pytest.mark.parametrize("url", ["mongodb://localhost/x", "mysql+pymysql://root@localhost/x", "not a url at all"])
def test_unsupported_database_urls_are_config_errors(url: str) -> None:
    with pytest.raises(ConfigError, match="OVERSIGHT_DATABASE_URL"):
        make_engine(url)
