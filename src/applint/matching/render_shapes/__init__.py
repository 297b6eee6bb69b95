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

This module is the one place the rules take them from."""

from __future__ import annotations

from applint.matching.render_shapes.blanks import (
    INVISIBLE_IN_PROSE,
    empty_table_rows,
    invisible_characters,
    row_line,
)
from applint.matching.render_shapes.indentation import (
    coded_list,
    coded_prose,
    outdented_fences,
    unnested_items,
)
from applint.matching.render_shapes.lines import ends_open, line_key
from applint.matching.render_shapes.lists import (
    cut_items,
    labelled_item_above,
    misnumbered_items,
    titled_items,
)
from applint.matching.render_shapes.run_together import (
    key_value_runs,
    link_alone,
    link_line_runs,
    run_in_labels,
    run_together_paragraphs,
    run_together_titles,
    unstopped_sentences,
)
from applint.matching.render_shapes.split_text import echoed_headings, split_sentences

__all__ = [
    "INVISIBLE_IN_PROSE",
    "coded_list",
    "coded_prose",
    "cut_items",
    "echoed_headings",
    "empty_table_rows",
    "ends_open",
    "invisible_characters",
    "key_value_runs",
    "labelled_item_above",
    "line_key",
    "link_alone",
    "link_line_runs",
    "misnumbered_items",
    "outdented_fences",
    "row_line",
    "run_in_labels",
    "run_together_paragraphs",
    "run_together_titles",
    "split_sentences",
    "titled_items",
    "unnested_items",
    "unstopped_sentences",
]
