"""Results: what becomes of the rules' findings before anyone reads them.

Takes findings and the document; gives suppressed and fingerprinted findings, scores, and Report records.
"""
