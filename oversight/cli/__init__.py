"""The ``oversight`` command: thin commands over the same functions the web app calls."""
