"""review: people keep the register true — review decisions, corrections, status history, audit.

Every change goes through these functions, each of which writes an :class:`AuditEntry` in the
same transaction as the change itself, so no change can be made without its record.
"""
