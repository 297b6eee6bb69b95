"""Text: normalising, comparing and scanning short texts, independent of any document or template.

Takes plain strings; gives normalised forms, word sets, similarity scores and marker matches.
"""
