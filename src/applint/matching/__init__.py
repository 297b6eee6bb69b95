"""Matching: which template revision a document was written from, and where each part of it is.

Takes a model.Document and the templates; gives a Selection, a Mapping and the evidence under each criterion.
"""
