"""Addresses as applint compares them: a host in lower case without ``www.``, the host of a
``scheme://host/…`` address, an address without its scheme, query, fragment and trailing ``/``, and a
GitHub repository's ``owner/repo`` as its links and remotes name it. The one place these are written,
for every reader of a link's address (the links model, the sign-in hosts, the checkout's remotes,
links into the checkout, the link checker, a link's text against its address), and whether a link's
text is itself an address (``shows_address``), so that the comparison is loaded only for a link
that shows one. Pure string work."""

from __future__ import annotations

# What may close the text of a link after its address without being part of it.
_TRAILING = ".,;:!?)]}>'\"`*_"
# What may open it.
_LEADING = "<([{'\"`*_"
# File name endings that make "NAME.md" a file, not a domain.
_FILE_ENDINGS = frozenset(
    {
        "md", "markdown", "txt", "rst", "adoc", "yaml", "yml", "json", "toml", "xml", "html", "htm", "go", "py",
        "rs", "js", "ts", "sh", "ps1", "java", "rb", "c", "h", "cpp", "proto", "png", "svg", "jpg", "jpeg",
        "gif", "webp", "pdf", "zip", "gz", "tgz", "tar", "lock", "mod", "sum", "csv", "tsv", "cfg", "conf",
        "ini", "sig", "pem", "asc", "crt", "key", "log", "diff", "patch", "bat", "cmd", "exe", "bin", "wasm",
        "jsonnet", "libsonnet", "tpl", "tf", "hcl", "cue", "rego", "star",
    }
)  # fmt: skip
_ELLIPSES = ("…", "...")


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


def shown_address(label: str) -> str:
    """The link's text as an address: one word, without the brackets, quotes, emphasis and
    punctuation around it; "" when the text is no single word or is shortened with an ellipsis."""
    text = _unescaped(label.strip()).lstrip(_LEADING).rstrip(_TRAILING)
    if not text or " " in text or "." not in text or any(mark in text for mark in _ELLIPSES):
        return ""
    return text


def _unescaped(text: str) -> str:
    """Text without Markdown's backslash escapes (``open\\_cost`` shows as ``open_cost``)."""
    if "\\" not in text:
        return text
    kept: list[str] = []
    escaped = False
    for char in text:
        if char == "\\" and not escaped:
            escaped = True
            continue
        if escaped and char.isalnum():
            kept.append("\\")
        kept.append(char)
        escaped = False
    return "".join(kept)


def looks_like_address(text: str) -> bool:
    """True for a URL (``https://…``, ``www.…``) or a domain with or without a path
    (``example.org``, ``github.com/org/repo``); not a file name (``SECURITY.md``), a version
    (``v1.2.3``) or a dotted name (``k8s.io`` passes; ``values.yaml`` does not)."""
    lowered = text.lower()
    if lowered.startswith(("http://", "https://", "www.")):
        return True
    host = lowered.split("/", 1)[0]
    parts = host.split(".")
    ending = parts[-1].split(":", 1)[0]
    if len(parts) < 2 or not all(parts) or not ending.isalpha() or len(ending) < 2:
        return False
    return ending not in _FILE_ENDINGS and all(part.replace("-", "").isalnum() for part in parts[:-1])


def shows_address(label: str) -> bool:
    """Whether a link's text is itself an address (an e-mail address, a URL, a domain with or without
    a path) that ``text/shown_addresses.py`` compares with the address the link opens."""
    text = shown_address(label)
    return bool(text) and (("@" in text and "/" not in text) or looks_like_address(text))
