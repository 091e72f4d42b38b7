"""accounts: who may change the register, and proof of who did.

Viewers are anonymous and read-only; editors review and correct records and track status;
administrators also manage users.  There are no default credentials: the first administrator is made
with ``oversight users add NAME --role administrator``.
"""
