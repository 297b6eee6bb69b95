"""Templates: the shipped schemas of every published template revision, and what to do with them.

Takes schema JSON (shipped, bundled or a user's file); gives Template records, boilerplate text and diffs.
"""
