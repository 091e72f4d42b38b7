"""Bad input ends in one clear error line naming the file, a non-zero exit and an unchanged database.

These run the installed ``oversight`` command for real, as a person would.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.helpers.pdfs import image_only_pdf

OVERSIGHT = shutil.which("oversight") or str(Path(__file__).resolve().parents[2] / ".venv" / "bin" / "oversight")


def run(args: list[str], data_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "OVERSIGHT_DATA_DIR": str(data_dir), **env}
    environment.pop("OVERSIGHT_DATABASE_URL", None) if "OVERSIGHT_DATABASE_URL" not in env else None
    return subprocess.run([OVERSIGHT, *args], capture_output=True, text=True, env=environment, timeout=120)


def documents_in(data_dir: Path) -> int:
    db = data_dir / "oversight.sqlite3"
    if not db.exists():
        return 0
    with sqlite3.connect(db) as conn:
        return int(conn.execute("select count(*) from document").fetchone()[0])


def assert_clean_failure(proc: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    for fragment in fragments:
        assert fragment in proc.stderr, proc.stderr


def _corrupt_pdf(d: Path) -> Path:
    p = d / "corrupt.pdf"
    p.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage garbage\n%%EOF")
    return p


def _empty(d: Path) -> Path:
    p = d / "empty.txt"
    p.write_bytes(b"")
    return p


def _binary_txt(d: Path) -> Path:
    p = d / "binary.txt"
    p.write_bytes(bytes(range(256)) * 40)
    return p


def _scanned(d: Path) -> Path:
    return image_only_pdf(d / "scanned.pdf")


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (_corrupt_pdf, "is not a readable PDF"),
        (_empty, "is empty"),
        (_binary_txt, "looks like binary data"),
        (_scanned, "no text layer"),
    ],
)
def test_bad_files_fail_alone_with_a_sentence(tmp_path: Path, make, expected: str) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    bad = make(tmp_path)
    proc = run(["ingest", str(bad)], data)
    assert_clean_failure(proc, bad.name, expected)
    assert "0 inserted" in proc.stdout and "1 failed" in proc.stdout
    assert documents_in(data) == 0
    extracted = run(["extract", str(bad), "--json"], data)
    assert_clean_failure(extracted, bad.name, expected)


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("The force should improve. " * 60_000)  # about 1.5 MB
    proc = run(["ingest", str(big)], tmp_path / "data", OVERSIGHT_MAX_FILE_MB="1")
    assert_clean_failure(proc, "big.txt", "over the 1 MB limit")
    assert documents_in(tmp_path / "data") == 0


def test_a_folder_with_no_supported_files(tmp_path: Path) -> None:
    folder = tmp_path / "nothing-here"
    folder.mkdir()
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    proc = run(["ingest", str(folder)], tmp_path / "data")
    assert_clean_failure(proc, "nothing-here", "no .pdf, .html, .htm or .txt files")


def test_a_path_that_does_not_exist(tmp_path: Path) -> None:
    proc = run(["ingest", str(tmp_path / "missing.pdf")], tmp_path / "data")
    assert_clean_failure(proc, "missing.pdf", "no such file")


def test_a_dangling_link_is_unreadable(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "target-that-was-deleted.txt")
    proc = run(["extract", str(link)], tmp_path / "data")
    assert_clean_failure(proc, "gone.txt")


def test_an_unknown_database_scheme_is_named(tmp_path: Path) -> None:
    paper = tmp_path / "paper.txt"
    paper.write_text("Minutes of a meeting of the Police and Crime Panel.")
    proc = run(["ingest", str(paper)], tmp_path / "data", OVERSIGHT_DATABASE_URL="mongodb://localhost/x")
    assert_clean_failure(proc, "OVERSIGHT_DATABASE_URL", "mongodb")


def test_ingest_reports_unchanged_on_the_second_run(tmp_path: Path) -> None:
    seeds = Path(__file__).resolve().parents[2] / "oversight" / "samples" / "papers"
    data = tmp_path / "data"
    first = run(["ingest", str(seeds)], data)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("5 inserted")
    second = run(["ingest", str(seeds)], data)
    assert second.returncode == 0
    assert second.stdout.startswith("0 inserted") and "5 unchanged, 0 failed" in second.stdout


def test_users_add_from_the_command_line_and_refuse_a_weak_password(tmp_path: Path) -> None:
    data = tmp_path / "data"
    environment = {**os.environ, "OVERSIGHT_DATA_DIR": str(data)}
    environment.pop("OVERSIGHT_DATABASE_URL", None)
    ok = subprocess.run([OVERSIGHT, "users", "add", "admin", "--role", "administrator", "--password-stdin"],
                        input="correct horse battery staple\n", capture_output=True, text=True, env=environment)
    assert ok.returncode == 0, ok.stderr
    assert "Added admin as administrator." in ok.stdout
    weak = subprocess.run([OVERSIGHT, "users", "add", "bob", "--password-stdin"], input="short\n",
                          capture_output=True, text=True, env=environment)
    assert_clean_failure(weak, "at least 12 characters")
    listed = run(["users", "list"], data)
    assert "admin" in listed.stdout and "bob" not in listed.stdout
