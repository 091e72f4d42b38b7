"""One module per page family; each holds the HTML page, its JSON twin and its downloads."""
