"""Addresses as applint compares them: a host in lower case without ``www.``, the host of a
``scheme://host/…`` address, an address without its scheme, query, fragment and trailing ``/``, and a
GitHub repository's ``owner/repo`` as its links and remotes name it. The one place these are written,
for every reader of a link's address (the links model, the sign-in hosts, the checkout's remotes,
links into the checkout, the link checker, a link's text against its address). Pure string work."""

from __future__ import annotations


def web_host(host: str) -> str:
    """A host (or an address that opens with one) as two are compared: lower case, without the
    ``www.`` that names the same site."""
    return host.lower().removeprefix("www.")


def url_host(url: str, *, port: bool = True) -> str:
    """The host of an address written ``scheme://host…`` (up to its first ``/`` or ``?``), as
    ``web_host`` gives it; "" for an address with no ``://``. ``port=False`` drops a ``:port``, for
    a caller that compares the host alone with names or network prefixes (``localhost:8080``,
    ``wiki.corp:8443``)."""
    if "://" not in url:
        return ""
    host = url.split("://", 1)[1].split("/", 1)[0].split("?", 1)[0]
    return web_host(host.split(":", 1)[0] if not port else host)


def page_address(url: str) -> str:
    """An address without its scheme, fragment and query and without a trailing ``/``, its case as
    written: what stays the same across the links to one page."""
    return url.split("://", 1)[-1].split("#", 1)[0].split("?", 1)[0].rstrip("/")


def repository_key(owner: str, repository: str) -> str:
    """A GitHub repository's ``owner/repo`` in lower case, without the ``.git`` a clone address
    ends with (written in lower case)."""
    return f"{owner}/{repository.removesuffix('.git')}".lower()


def linked_repository(owner: str, repository: str) -> tuple[str, str]:
    """(owner, repository) of a GitHub address as a document's prose writes it, in lower case and
    without a full stop the sentence put after it ("github.com/etcd-io/etcd."), the repository
    without ``.git`` (in any case)."""
    return owner.lower().rstrip("."), repository.lower().rstrip(".").removesuffix(".git")


def address_name(url: str) -> str:
    """The last segment of an address's path, its case as written: the file a link opens
    (``…/blob/main/SECURITY.md?plain=1`` → ``SECURITY.md``), or its folder's or site's name."""
    return url.split("#", 1)[0].split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
