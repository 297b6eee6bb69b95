"""Network code: everything applint sends over a network lives in this package, and nothing imports
it unless the user asked for something that needs it (an issue reference, --post-comment,
--check-links, ...).

Takes an address (an issue reference, a repository) and the environment's GITHUB_TOKEN and
GITHUB_API_URL; gives what the server answered (an issue, a list of issues, a comment posted) or
one line saying why not. Each module owns one service: ``github.py`` GitHub's REST API,
``reference.py`` the issue references a user types (``cncf/toc#1822`` or the issue's URL),
``linkcheck.py`` whether each web link of a document answers (``check --check-links``).
"""
