"""Readers turn an input's text or bytes into a model.Document, one module per format."""
