"""Readers: inputs found, read within limits and decoded, then parsed into a model.Document per format.

Takes paths (or standard input); gives Source bytes and, per format (Markdown, DOCX, text), a Document.
"""
