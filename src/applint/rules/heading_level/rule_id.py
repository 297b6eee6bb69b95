"""heading-level's id, which each of its passes reports under."""

ID = "heading-level"
