"""The one parser of GitHub issue, pull request and discussion addresses, and what each reader of it
takes: the facts' review links, bare-reference's linked items, the DD's application link and
misnamed-link's issue labels."""

from __future__ import annotations

import pytest

from applint.matching.dd_application import toc_item_number
from applint.text.github_items import parse_github_item

# address -> (repository, kind, number, rest, www) or None
PARSED = [
    ("https://github.com/cncf/toc/issues/1234", ("cncf/toc", "issues", "1234", "", False)),
    ("http://github.com/cncf/toc/pull/12", ("cncf/toc", "pull", "12", "", False)),
    ("https://www.github.com/cncf/toc/pull/12", ("cncf/toc", "pull", "12", "", True)),
    ("https://GitHub.com/CNCF/TOC/Issues/7", ("CNCF/TOC", "issues", "7", "", False)),
    (
        "https://github.com/kelpie-io/kelpie/pull/12/files",
        ("kelpie-io/kelpie", "pull", "12", "/files", False),
    ),
    (
        "https://github.com/kelpie-io/kelpie/issues/9#issuecomment-3",
        ("kelpie-io/kelpie", "issues", "9", "#issuecomment-3", False),
    ),
    ("https://github.com/kelpie-io/kelpie/issues/9?x=1", ("kelpie-io/kelpie", "issues", "9", "?x=1", False)),
    (
        "https://github.com/kelpie-io/kelpie/discussions/44",
        ("kelpie-io/kelpie", "discussions", "44", "", False),
    ),
    ("https://github.com/kelpie-io/kelpie/issues/9abc", ("kelpie-io/kelpie", "issues", "9", "abc", False)),
    (
        "https://github.com/kelpie.io/kelpie-core.go/pull/3.",
        ("kelpie.io/kelpie-core.go", "pull", "3", ".", False),
    ),
    ("https://github.com/kelpie-io/kelpie/pulls/12", None),  # the list of pull requests
    ("https://github.com/kelpie-io/kelpie/issues", None),
    ("https://github.com/kelpie-io/kelpie/issues/new", None),
    ("https://github.com/kelpie-io/issues/12", None),  # no repository
    ("https://gitlab.com/kelpie-io/kelpie/issues/12", None),
    ("https://api.github.com/repos/kelpie-io/kelpie/issues/12", None),
    ("https://web.archive.org/web/2024/https://github.com/kelpie-io/kelpie/issues/12", None),
    ("github.com/kelpie-io/kelpie/issues/12", None),  # no scheme: not an address a reader follows
    ("", None),
]


@pytest.mark.parametrize(("url", "expected"), PARSED)
def test_parse_github_item(url: str, expected: tuple[str, str, str, str, bool] | None) -> None:
    item = parse_github_item(url)
    assert (tuple(item) if item else None) == expected


@pytest.mark.parametrize(
    ("url", "ends_at_number", "ends_at_segment"),
    [
        ("https://github.com/o/r/issues/9", True, True),
        ("https://github.com/o/r/issues/9/", True, True),
        ("https://github.com/o/r/issues/9#x", True, True),
        ("https://github.com/o/r/issues/9?x", True, True),
        ("https://github.com/o/r/issues/9.", True, False),
        ("https://github.com/o/r/issues/9-x", True, False),
        ("https://github.com/o/r/issues/9abc", False, False),
        ("https://github.com/o/r/issues/9_x", False, False),
    ],
)
def test_where_the_number_ends(url: str, ends_at_number: bool, ends_at_segment: bool) -> None:
    item = parse_github_item(url)
    assert item is not None
    assert (item.ends_at_number, item.ends_at_segment) == (ends_at_number, ends_at_segment)


@pytest.mark.parametrize(
    ("url", "number"),
    [
        ("https://github.com/cncf/toc/issues/1234", "1234"),
        ("https://www.github.com/cncf/toc/pull/99#discussion_r1", "99"),
        ("https://github.com/CNCF/toc/issues/5", "5"),
        ("https://github.com/cncf/toc/discussions/5", None),  # a discussion is no application
        ("https://github.com/cncf/toc/issues/5x", None),
        ("https://github.com/cncf/tag-security/issues/5", None),
        ("https://github.com/other/toc/issues/5", None),
    ],
)
def test_toc_item_number(url: str, number: str | None) -> None:
    assert toc_item_number(url) == number
