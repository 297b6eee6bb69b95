"""`python -m applint`: the same as the `applint` command."""

from applint.cli import main

main()
