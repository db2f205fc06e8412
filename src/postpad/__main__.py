"""`python -m postpad` runs the same entry point as the `postpad` command."""

from postpad.cli import main

raise SystemExit(main())
