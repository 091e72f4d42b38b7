"""Oversight: a linked, evidenced register of police governance papers in England and Wales.

The package folders follow the flow of a paper through the system:
read -> clean -> split -> classify -> extract -> store -> link -> rules -> serve.
"""

__version__ = "0.1.0"
