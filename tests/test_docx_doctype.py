"""``docx_package._declares_doctype`` finds ``<!doctype`` in any case, as the case-insensitive
pattern it replaced did, and nothing else."""

from __future__ import annotations

import re

import pytest

from applint.readers.docx_package import _declares_doctype

_PATTERN = re.compile(rb"<!doctype", re.IGNORECASE)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"<!DOCTYPE w [<!ENTITY x 'y'>]><w:document/>",
        b'<?xml version="1.0"?>\n<!DocType x><a/>',
        b"<a><!-- a comment --><![CDATA[<!doctyp]]></a>",
        b"<!<!doctype>",
        b"<!doctyp",
        b"<! doctype>",
        b"<a>&lt;!doctype</a>",
        b"<a>" + b"x" * 5000 + b"<!dOcTyPe",
    ],
)
def test_as_the_pattern_did(data: bytes) -> None:
    assert _declares_doctype(data) == (_PATTERN.search(data) is not None)
