"""Addresses as applint compares them (``text/addresses.py``), the one normalising every reader of a
link's address uses: the host without case or ``www.``, with or without its port, the address without
scheme, query and fragment, a repository's ``owner/repo`` from a remote and from prose. The callers'
own tests (private-document, link checking, unresolved-link, the project's repositories) hold what
each makes of them; these hold the differences between the options, which callers rely on."""

from __future__ import annotations

import pytest

from applint.text.addresses import (
    address_name,
    linked_repository,
    page_address,
    repository_key,
    url_host,
    web_host,
)


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("WWW.GitHub.com", "github.com"),
        ("github.com", "github.com"),
        ("docs.www.example.org", "docs.www.example.org"),  # only a leading "www." names the same site
        ("wwwexample.org", "wwwexample.org"),
        ("", ""),
    ],
)
def test_web_host_drops_case_and_a_leading_www(host: str, expected: str) -> None:
    assert web_host(host) == expected


@pytest.mark.parametrize(
    ("url", "with_port", "without_port"),
    [
        ("https://www.Example.org/path?q=1", "example.org", "example.org"),
        ("http://localhost:8080/wiki", "localhost:8080", "localhost"),
        ("https://wiki.corp:8443?page=2", "wiki.corp:8443", "wiki.corp"),
        ("example.org/no-scheme", "", ""),  # no "://": no host read
        ("mailto:dev@example.org", "", ""),
    ],
)
def test_url_host_keeps_the_port_unless_asked_not_to(url: str, with_port: str, without_port: str) -> None:
    assert url_host(url) == with_port
    assert url_host(url, port=False) == without_port


def test_page_address_keeps_case_and_drops_scheme_query_fragment_and_trailing_slash() -> None:
    assert page_address("https://GitHub.com/Org/Repo/?tab=readme#top") == "GitHub.com/Org/Repo"
    assert page_address("github.com/org/repo/") == "github.com/org/repo"
    assert web_host(page_address("https://www.Example.org/Doc/")) == "example.org/doc"


def test_repository_key_lowers_and_drops_a_lower_case_git_ending() -> None:
    assert repository_key("Kelpie-IO", "Community.git") == "kelpie-io/community"
    assert repository_key("kelpie-io", "community") == "kelpie-io/community"
    # only ".git" as a clone address writes it: the ending is dropped before the case is
    assert repository_key("kelpie-io", "community.GIT") == "kelpie-io/community.git"


def test_linked_repository_drops_a_sentences_full_stop_and_git_in_any_case() -> None:
    assert linked_repository("etcd-io", "etcd.") == ("etcd-io", "etcd")
    assert linked_repository("Kelpie-IO.", "") == ("kelpie-io", "")
    assert linked_repository("kelpie-io", "Community.GIT") == ("kelpie-io", "community")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://github.com/o/r/blob/main/SECURITY.md?plain=1#L3", "SECURITY.md"),
        ("https://example.org/docs/", "docs"),
        ("https://example.org", "example.org"),
    ],
)
def test_address_name_is_the_last_segment_of_the_path(url: str, expected: str) -> None:
    assert address_name(url) == expected
