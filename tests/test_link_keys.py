"""``unlinked_documents.LinkKeys``: the links up to a line, found by bisection and gathered once,
are exactly those a walk from the first link gives (a walk that stops at the first link after
the line, though a block lists its links by address, so a later one can sit on an earlier line)."""

from __future__ import annotations

from pathlib import Path

from applint.matching.named_files import keys_of
from applint.matching.project_links import Link, ProjectLinks
from applint.matching.unlinked_documents import LinkKeys
from applint.readers.markdown import read_markdown
from tests.conftest import FIXTURES


def _walk(links: tuple[Link, ...], last: int) -> list[Link]:
    """The links from the first up to the first one after line ``last``."""
    found: list[Link] = []
    for link in links:
        if link.line > last:
            break
        found.append(link)
    return found


def _check_document(text: str) -> int:
    links = ProjectLinks(read_markdown(text, "doc.md"))
    keys = LinkKeys(links)
    lines = text.count("\n") + 2
    # forwards (as criteria come), then backwards (a criterion out of document order)
    for last in [*range(lines), *reversed(range(lines))]:
        walked = _walk(links.links, last)
        linked, furthest = keys.linked_up_to(last)
        assert set(linked) == set().union(*(keys_of(link) for link in walked)), last
        assert furthest == max((link.line for link in walked), default=0), last
        for block in {id(link.block): link.block for link in links.links}.values():
            expected = [link for link in walked if link.block is block]
            assert list(keys.in_block_up_to(block, last)) == expected, (last, block.line)
    return len(links.links)


def test_a_link_listed_after_a_later_line_of_its_block_ends_the_stretch() -> None:
    # the block lists its links by address, the governance link at its labelled place (line 3)
    # before the charter link on line 2
    text = (
        "- Governance: <https://github.com/kelpie-io/community/blob/main/GOVERNANCE.md>\n"
        "  and [charter](https://github.com/kelpie-io/community/blob/main/CHARTER.md)\n"
        "  with [governance](https://github.com/kelpie-io/community/blob/main/GOVERNANCE.md)\n"
        "- Roadmap: [roadmap](https://github.com/kelpie-io/kelpie/blob/main/ROADMAP.md)\n"
    )
    assert [link.line for link in ProjectLinks(read_markdown(text, "doc.md")).links] == [3, 2, 4]
    assert _check_document(text) == 3


def test_every_fixture_application_agrees_with_the_walk() -> None:
    checked = 0
    for path in sorted(Path(FIXTURES, "apps").glob("*.md"))[:6]:
        checked += _check_document(path.read_text(encoding="utf-8"))
    assert checked > 0
