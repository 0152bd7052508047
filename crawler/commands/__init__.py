"""One module per `congdoan` command, each with `add_parser(subparsers)` and `run(args) -> int`."""

from . import (
    check,
    check_live,
    crawl,
    demo,
    extract,
    fixture,
    health,
    links,
    reextract,
    search,
    serve,
    sites,
    unionstats,
)

# The order `congdoan --help` lists them in.
COMMANDS = (extract, links, sites, fixture, check_live, reextract, check, crawl, demo, health)
COMMANDS += (serve, search, unionstats)
