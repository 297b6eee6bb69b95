"""The one parser of GitHub issue, pull request and discussion addresses (network/reference), and
what each reader of it takes: the facts' review links, bare-reference's linked items, the DD's
application link, misnamed-link's issue labels and the command line's issue references."""

from __future__ import annotations

import pytest

from applint.matching.dd_application import toc_item_number
from applint.text.github_items import parse_github_item, parse_item_address

# address -> (host, repository, kind, number, rest) or None
PARSED = [
    ("https://github.com/cncf/toc/issues/1234", ("github.com", "cncf/toc", "issues", "1234", "")),
    ("http://github.com/cncf/toc/pull/12", ("github.com", "cncf/toc", "pull", "12", "")),
    ("https://www.github.com/cncf/toc/pull/12", ("www.github.com", "cncf/toc", "pull", "12", "")),
    ("https://GitHub.com/CNCF/TOC/Issues/7", ("github.com", "CNCF/TOC", "issues", "7", "")),
    (
        "https://github.com/kelpie-io/kelpie/pull/12/files",
        ("github.com", "kelpie-io/kelpie", "pull", "12", "/files"),
    ),
    (
        "https://github.com/kelpie-io/kelpie/issues/9#issuecomment-3",
        ("github.com", "kelpie-io/kelpie", "issues", "9", "#issuecomment-3"),
    ),
    (
        "https://github.com/kelpie-io/kelpie/issues/9?x=1",
        ("github.com", "kelpie-io/kelpie", "issues", "9", "?x=1"),
    ),
    (
        "https://github.com/kelpie-io/kelpie/discussions/44",
        ("github.com", "kelpie-io/kelpie", "discussions", "44", ""),
    ),
    (
        "https://github.com/kelpie-io/kelpie/issues/9abc",
        ("github.com", "kelpie-io/kelpie", "issues", "9", "abc"),
    ),
    (
        "https://github.com/kelpie.io/kelpie-core.go/pull/3.",
        ("github.com", "kelpie.io/kelpie-core.go", "pull", "3", "."),
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
def test_parse_github_item(url: str, expected: tuple[str, str, str, str, str] | None) -> None:
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


def test_an_address_on_another_host_is_an_item_but_not_a_github_one() -> None:
    url = "https://GitHub.example.org/org/app.repo/issues/7/"
    item = parse_item_address(url)
    assert item is not None and tuple(item) == ("github.example.org", "org/app.repo", "issues", "7", "/")
    assert parse_github_item(url) is None
