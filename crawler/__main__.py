"""`python -m crawler` is the `congdoan` command."""

from .cli import main

raise SystemExit(main())
