"""intake: papers arriving through the web app — uploads and web addresses — made safe to read.

What arrives is untrusted: its name may be a path (``../../etc/passwd``), its extension may lie, its
size may be anything.  These modules decide what a file really is, what to call it and how much of
it to take, before :mod:`oversight.read` sees a byte of it.
"""
