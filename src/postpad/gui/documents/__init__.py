"""Documents: one tab per open post, and the manager that opens, saves and closes them."""
