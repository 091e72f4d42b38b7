"""Typed responses of the JSON API under ``/api/v1``: one pydantic model per shape, so the OpenAPI
schema at ``/api/v1/openapi.json`` names and describes every field.

Where the Popolo / Open Civic Data vocabulary has a name for a thing, the model is named for it
(:class:`~oversight.serve.schemas.people.Organization`, ``Person``, ``Membership``,
:class:`~oversight.serve.schemas.meetings.Event`, :class:`~oversight.serve.schemas.votes.VoteEvent`)
and its Popolo fields sit alongside the register's own, which clients already use.

Each field's description is the docstring written under it (``use_attribute_docstrings``), so the
words a reader of the code sees are the words a reader of the schema sees.
"""
