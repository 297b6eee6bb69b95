"""Rewriting Markdown applications: ``init``, ``fix`` and ``upgrade``.

Takes a Markdown file, its mapping onto a template revision and the revision's shipped text; gives
line edits that only insert lines (or remove template comments), written back atomically with the
file's encoding, byte order mark, line endings and mode kept.
"""
