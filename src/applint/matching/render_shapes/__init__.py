"""Shapes of a Markdown document's blocks that render other than meant, read from the blocks the
reader made (never from the raw text), one module per family of shapes, with how one source line
reads (``lines.py``) beneath them all:

- ``lists.py``: a sentence cut across two bullets ("- … hosted on" / "- GitHub, making it …"), a
  list item's title run into its text, a line meant as an item that lost its marker, an ordered
  list whose numbers show other than written;
- ``indentation.py``: sub-items indented short of their item's text, a fenced code block in a list
  item whose lines sit left of the item's text (GitHub cuts it off there), a list or prose indented
  into a code block;
- ``run_together.py``: lines holding a link alone, or a label and its value, which run together; a
  bold label run into its text; an advisory's title run into its description; two paragraphs typed
  on consecutive lines; a sentence with no full stop running into the next;
- ``split_text.py``: a sentence cut in two by a blank line; a line repeating the heading right above
  it ("### Communication Channels" then "kcp Communication Channels"), which renders as a lone
  paragraph under it;
- ``blanks.py``: characters that do not show in prose, table rows that hold nothing.

Each rule imports what it reads from its family, where a Markdown document is read: this module
imports none of them, so a DOCX or text document's run imports no shape."""

from __future__ import annotations
