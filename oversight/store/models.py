"""The domain model of DESIGN.md as SQLAlchemy 2 tables.

Evidence is a table of its own: every extracted record points at one Evidence row (``evidence_id``
NOT NULL), so a finding, decision or figure without a quote and a page cannot be written.  A test
walks this metadata to hold that rule for every record table.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


def _fk(target: str, nullable: bool = False, ondelete: str = "CASCADE") -> Mapped[Any]:
    return mapped_column(ForeignKey(target, ondelete=ondelete), index=True, nullable=nullable)


# --- Who ---------------------------------------------------------------------------------------


class Organisation(Base):
    """A force, PCC office, panel, inspectorate, council or partnership (Popolo: Organization)."""

    __tablename__ = "organisation"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    classification: Mapped[str] = mapped_column(String(40), default="other")


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)


class Membership(Base):
    __tablename__ = "membership"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = _fk("person.id")
    organisation_id: Mapped[int] = _fk("organisation.id")
    role: Mapped[str | None] = mapped_column(String(200))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)


# --- What was read -----------------------------------------------------------------------------


class Document(Base):
    """One ingested file, keyed by the SHA-256 of its bytes (so ingesting it twice changes nothing)."""

    __tablename__ = "document"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(String(500))
    media_type: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str | None] = mapped_column(String(40))
    title: Mapped[str | None] = mapped_column(Text)
    published_on: Mapped[date | None] = mapped_column(Date)
    page_count: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    page_starts: Mapped[list[int]] = mapped_column(JSON)
    # The reader's pages before cleaning, so records can be extracted again after the extractors
    # improve, without the original file.
    raw_pages: Mapped[list[str] | None] = mapped_column(JSON)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    papers: Mapped[list[Paper]] = relationship(back_populates="document", order_by="Paper.seq",
                                               cascade="all, delete-orphan")


class Paper(Base):
    """One constituent paper of a document (a pack binds many), with its kind and metadata."""

    __tablename__ = "paper"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = _fk("document.id")
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    first_page: Mapped[int] = mapped_column(Integer)
    last_page: Mapped[int] = mapped_column(Integer)
    force: Mapped[str | None] = mapped_column(String(200), index=True)
    body: Mapped[str | None] = mapped_column(String(300))
    document_date: Mapped[date | None] = mapped_column(Date, index=True)
    agenda_item: Mapped[str | None] = mapped_column(String(20))
    contact_officer: Mapped[str | None] = mapped_column(String(300))
    signals: Mapped[list[str]] = mapped_column(JSON, default=list)
    statutory_references: Mapped[list[str]] = mapped_column(JSON, default=list)
    dates_mentioned: Mapped[list[str]] = mapped_column(JSON, default=list)
    # A report's stated purpose and the panel terms of reference it cites, each {"text", "page", "quote"}.
    purpose: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    terms_of_reference: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)

    document: Mapped[Document] = relationship(back_populates="papers")
    __table_args__ = (UniqueConstraint("document_id", "seq"),)


class Evidence(Base):
    """The verbatim words a record stands on: page, span into the document's cleaned text, quote."""

    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = _fk("document.id")
    paper_id: Mapped[int] = _fk("paper.id")
    page: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)


class _Record:
    """Columns every extracted record shares: where it came from and the evidence it stands on."""

    id: Mapped[int] = mapped_column(primary_key=True)
    paper_id: Mapped[int] = _fk("paper.id")
    evidence_id: Mapped[int] = _fk("evidence.id")
    # Identity from declared content (see oversight.store.identity): the same record extracted again
    # gets the same key, which is how re-extraction recognises a record a person has touched.
    record_key: Mapped[str | None] = mapped_column(String(64), index=True)


# --- Inspections -------------------------------------------------------------------------------


class Judgement(_Record, Base):
    __tablename__ = "judgement"
    question: Mapped[str] = mapped_column(Text)
    grade: Mapped[str] = mapped_column(String(40), index=True)
    year: Mapped[int | None] = mapped_column(Integer)


class Finding(_Record, Base):
    """An area for improvement, recommendation or cause of concern."""

    __tablename__ = "finding"
    kind: Mapped[str] = mapped_column(String(40), index=True)
    number: Mapped[str | None] = mapped_column(String(40))
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    addressees: Mapped[list[str]] = mapped_column(JSON, default=list)
    due: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(40), default="open", index=True)


class Response(_Record, Base):
    __tablename__ = "response"
    finding_id: Mapped[int | None] = _fk("finding.id", nullable=True, ondelete="SET NULL")
    recommendation_ref: Mapped[str | None] = mapped_column(String(40))
    responder: Mapped[str | None] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    date: Mapped[date | None] = mapped_column(Date)


class Metric(_Record, Base):
    __tablename__ = "metric"
    name: Mapped[str] = mapped_column(Text)
    period: Mapped[str | None] = mapped_column(String(200))
    value: Mapped[float] = mapped_column(Float)
    value_text: Mapped[str | None] = mapped_column(String(200))
    unit: Mapped[str | None] = mapped_column(String(80))


# --- Panels ------------------------------------------------------------------------------------


class Meeting(_Record, Base):
    __tablename__ = "meeting"
    body: Mapped[str | None] = mapped_column(String(300))
    date: Mapped[date | None] = mapped_column(Date, index=True)
    start_time: Mapped[str | None] = mapped_column(String(5))
    end_time: Mapped[str | None] = mapped_column(String(5))
    venue: Mapped[str | None] = mapped_column(Text)
    declarations: Mapped[list[str]] = mapped_column(JSON, default=list)
    declarations_none: Mapped[bool] = mapped_column(Boolean, default=False)


class Attendance(Base):
    __tablename__ = "attendance"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _fk("meeting.id")
    person_name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))


class Question(_Record, Base):
    __tablename__ = "question"
    asker: Mapped[str | None] = mapped_column(String(300))
    respondent: Mapped[str | None] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    answer: Mapped[str | None] = mapped_column(Text)


class Decision(_Record, Base):
    __tablename__ = "decision"
    text: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(40), index=True)
    vote: Mapped[str | None] = mapped_column(String(200))
    unanimous: Mapped[bool | None] = mapped_column(Boolean)


class Action(_Record, Base):
    __tablename__ = "action"
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(300))
    due: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(40), default="open", index=True)


class Deliverable(_Record, Base):
    __tablename__ = "deliverable"
    theme: Mapped[str | None] = mapped_column(String(300), index=True)
    title: Mapped[str] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(40), index=True)
    target: Mapped[str | None] = mapped_column(String(100))
    target_start: Mapped[date | None] = mapped_column(Date)
    target_end: Mapped[date | None] = mapped_column(Date)


class DeliverableUpdate(_Record, Base):
    __tablename__ = "deliverable_update"
    deliverable_id: Mapped[int] = _fk("deliverable.id")
    text: Mapped[str] = mapped_column(Text)


class ForwardPlanEntry(_Record, Base):
    __tablename__ = "forward_plan_entry"
    date: Mapped[date | None] = mapped_column(Date, index=True)
    time: Mapped[str | None] = mapped_column(String(5))
    venue: Mapped[str | None] = mapped_column(Text)
    items: Mapped[list[str]] = mapped_column(JSON, default=list)


# --- Link and rules ----------------------------------------------------------------------------


class Deadline(Base):
    """A statutory date computed by a rule over stored records (see :mod:`oversight.rules`)."""

    __tablename__ = "deadline"
    id: Mapped[int] = mapped_column(primary_key=True)
    rule: Mapped[str] = mapped_column(String(80), index=True)
    subject_type: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[int] = mapped_column(Integer)
    due: Mapped[date | None] = mapped_column(Date, index=True)
    met_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    evidence_id: Mapped[int | None] = _fk("evidence.id", nullable=True, ondelete="SET NULL")
    # "derived" rows are recomputed on every refresh; anything else (a person's entry) is never touched.
    origin: Mapped[str] = mapped_column(String(20), default="human", server_default="human", index=True)


class Link(Base):
    """A typed, scored link between two records, with the reason shown to people."""

    __tablename__ = "link"
    id: Mapped[int] = mapped_column(primary_key=True)
    from_type: Mapped[str] = mapped_column(String(40))
    from_id: Mapped[int] = mapped_column(Integer)
    to_type: Mapped[str] = mapped_column(String(40))
    to_id: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    score: Mapped[float] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text, default="")
    evidence_id: Mapped[int | None] = _fk("evidence.id", nullable=True, ondelete="SET NULL")
    # "derived" rows are recomputed on every refresh; anything else (a person's entry) is never touched.
    origin: Mapped[str] = mapped_column(String(20), default="human", server_default="human", index=True)
    __table_args__ = (
        Index("ix_link_from", "from_type", "from_id"),
        Index("ix_link_to", "to_type", "to_id"),
        UniqueConstraint("from_type", "from_id", "to_type", "to_id", "kind"),
    )


class SearchEntry(Base):
    """One searchable text per record; SQLite mirrors it into FTS5, PostgreSQL indexes a tsvector."""

    __tablename__ = "search_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = _fk("document.id")
    paper_id: Mapped[int | None] = _fk("paper.id", nullable=True)
    record_type: Mapped[str] = mapped_column(String(40), index=True)
    record_id: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)


# --- People and their changes ------------------------------------------------------------------


class UserAccount(Base):
    """Someone who may change the register.  Accounts are disabled, never deleted, so the audit log
    always names who did what."""

    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class UserSession(Base):
    """A signed-in browser.  Only the SHA-256 of the session id is stored."""

    __tablename__ = "user_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = _fk("user_account.id")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AuditEntry(Base):
    """One change to the register: who, when, what before, what after, why.  Append-only: the
    database refuses updates and deletes of these rows (triggers in migration 0003)."""

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    user_id: Mapped[int | None] = _fk("user_account.id", nullable=True, ondelete="RESTRICT")
    username: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(40), index=True)
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_audit_entry_record", "record_type", "record_id"),)


class StatusChange(Base):
    """A finding's, action's or deliverable's status from a date, set by a person with a note and
    optional evidence (a quote from a paper in the register, or a link)."""

    __tablename__ = "status_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(40))
    effective_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    user_id: Mapped[int] = _fk("user_account.id", ondelete="RESTRICT")
    note: Mapped[str] = mapped_column(Text, default="")
    evidence_quote: Mapped[str | None] = mapped_column(Text)
    evidence_url: Mapped[str | None] = mapped_column(String(1000))
    __table_args__ = (Index("ix_status_change_record", "record_type", "record_id"),)


class Review(Base):
    """A person's decision on an extracted record: accepted, corrected or rejected (with a reason).
    A record with no review is awaiting one."""

    __tablename__ = "review"
    id: Mapped[int] = mapped_column(primary_key=True)
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int] = mapped_column(Integer)
    record_key: Mapped[str | None] = mapped_column(String(64), index=True)
    state: Mapped[str] = mapped_column(String(20), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int] = _fk("user_account.id", ondelete="RESTRICT")
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    __table_args__ = (UniqueConstraint("record_type", "record_id"),)


# Record tables that must carry evidence (all of them derive from _Record).
RECORD_TABLES: tuple[type[Base], ...] = (
    Judgement, Finding, Response, Metric, Meeting, Question, Decision, Action, Deliverable,
    DeliverableUpdate, ForwardPlanEntry,
)
