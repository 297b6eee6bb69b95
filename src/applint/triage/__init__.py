"""Triage: the TOC's minimum triage set, item by item, for one application; and its GitHub comment.

Takes a model.Document (through engine.read_document), its Selection, Mapping and evidence from
matching/; gives a TriageResult (each item met, missing or weak, with its line and why), rendered
as text, JSON or the Markdown comment, and posted on the application issue through GitHub's REST API.
"""
