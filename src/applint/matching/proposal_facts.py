"""The project facts a free-form proposal leaves out of those the templates open with.

The Graduation and Incubation templates open with the project's facts under the title
(``Template.fields``): "Project Repo(s): $URL", "Project Site: $URL", "Sub-Projects: $LIST",
"Communication: $SLACK", "Project points of contacts: $NAME, $EMAIL". A TOC member sends a proposal
without them back. A proposal gives them in its own words as often as under the template's labels:

- the repository: a "Project Repo(s):" line, a label of its own ("GitHub:", "Source Control:",
  "Repository:") with an address, or a link to the project's GitHub organisation or repository
  itself (the organisation most of its links go to, or one named after the project), not only to
  files in it: "[Kelpie](https://github.com/kelpie-io/kelpie)";
- the site: a "Website:" / "Site:" / "Homepage:" label with an address, a link to the root of a
  host named after the project ("[kelpie.io](https://kelpie.io)"), a link to the root of a host
  whose text is the project's name ("[Kelpie](https://kp8.io/) joined the CNCF …", the project's
  own site under a short name), or a link whose text names the project's website ("[Website](…)",
  "* [Kelpie homepage](…)", "on [our website](…)", not "[Acme's website](…)"), on no code, chat or
  social host;
- the communication channels: a label naming them ("Slack:", "Mailing list:", "Communication:")
  with a channel or an address that is no issue tracker (where bugs are reported is not where the
  community talks: "Communication: [GitHub issues](…/issues)" gives none), a link to a chat or list
  host (Slack, Discord, Gitter, Google Groups, lists.*, Zulip) or naming one ("[Kelpie community
  Slack](…)"), or a channel named on one ("#kelpie on the CNCF Slack");
- the points of contact: an e-mail address (a maintainers' list with e-mails, "maintainers@…"),
  but not the security or conduct team's address, which reaches another team for another purpose;
  or a "Contact(s):" / "Point(s) of contact:" label whose value names a person ("Ada Example") or
  an address, not handles alone ("@ada, @grace") nor "via GitHub issues";

A table of facts is read row by row, its first cell the label ("| Website | https://kelpie.io |").
- the sub-projects: "Sub-Projects:" or a sub-project named anywhere; only said when other facts
  are missing too (most projects have none, and the template's line then says so).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Final
from urllib.parse import urlsplit

from applint.matching.companion_fields import read_labelled
from applint.matching.contact_facts import email_addresses
from applint.matching.project_links import ProjectLinks
from applint.matching.proposals import TITLE_CHARS, title_block
from applint.matching.topic_sentences import links_of
from applint.model import Block, BlockKind, Document, Unit
from applint.templates.records import Field, Template
from applint.text.normalize import normalize
from applint.text.patterns import LazyPattern

# The template's labels, normalised, by the fact each names.
REPOSITORY: Final = "project repo s"
SITE: Final = "project site"
SUB_PROJECTS: Final = "sub projects"
COMMUNICATION: Final = "communication"
CONTACTS: Final = "project points of contacts"

# A label of the author's own at the start of a line, up to its colon ("**Source Control**:").
_LABEL = LazyPattern(r"^[\s>*_|#-]*(?P<label>[A-Za-z][\w ()/'’-]{0,40}?)[\s*_]*:(?P<value>.*)$", re.DOTALL)
# The words of an author's label that name each fact ("Source Control", "Community mailing list").
_LABEL_WORDS: Final = {
    REPOSITORY: frozenset({"repo", "repos", "repository", "repositories", "github", "gitlab", "source"}),
    SITE: frozenset({"website", "site", "homepage"}),
    COMMUNICATION: frozenset(
        {"slack", "communication", "communications", "chat", "discord", "gitter", "forum", "mailing"}
    ),
    CONTACTS: frozenset({"contact", "contacts"}),
    SUB_PROJECTS: frozenset({"subprojects", "subproject"}),
}
# A label naming another team's contact ("Security contact: …") gives no point of contact.
_OTHER_CONTACTS: Final = frozenset({"security", "conduct", "vulnerability"})
# A chat channel named in the text ("#kelpie"), and the chats it may be on.
_NAMED_CHANNEL = LazyPattern(r"(?<![\w&#/])#[A-Za-z][\w-]+")
_CHAT_NAMES: Final = ("slack", "discord", "gitter", "irc", "matrix")
# A template label's value naming a channel without an address ("Communication: Slack").
_CHAT_WORDS: Final = frozenset({*_CHAT_NAMES, "mailing", "zulip", "forum", "channel", "channels"})
# Hosts of chat rooms and mailing lists.
_CHANNEL_HOSTS: Final = (
    "slack.",
    "discord.",
    "gitter.im",
    "groups.google.",
    "googlegroups.",
    "lists.",
    "zulip",
)
# An address's local part that reaches a team for another purpose than the project's contacts.
_OTHER_TEAMS: Final = frozenset({"security", "conduct", "coc", "noreply", "no-reply", "abuse"})
# Words of a title that are not the project's name (a host named after the project holds a name word).
_NOT_NAME: Final = frozenset(
    {
        "cncf",
        "proposal",
        "propose",
        "application",
        "graduation",
        "incubation",
        "incubating",
        "stage",
        "project",
    }
)
# The shortest name a host is compared with.
NAME_CHARS: Final = 3


class FactGap:
    """The project facts a proposal leaves out, and the line of its title, where they belong."""

    __slots__ = ("line", "missing", "sub_projects")

    def __init__(self, line: int, missing: tuple[Field, ...], sub_projects: Field | None) -> None:
        self.line: Final = line
        self.missing: Final = missing  # the repository, site, communication, contacts not given
        self.sub_projects: Final = sub_projects  # also not given (said only beside the others)


def missing_facts(document: Document, template: Template) -> FactGap | None:
    """The template's project facts the proposal gives neither under the template's labels nor in
    its own words (see the module's docstring); None when it gives them all, or the template has
    none."""
    fields = {normalize(field.label): field for field in template.fields}
    if not fields:
        return None
    name = _name(document)
    given = {
        normalize(found.field.label)
        for found in read_labelled(document, template.fields)
        if found.filled
        and _gives(normalize(found.field.label), found.value, _line_addresses(document, found.line), name)
    }
    given |= set(_own_words(document, name))
    missing = tuple(field for key, field in fields.items() if key not in given and key != SUB_PROJECTS)
    if not missing:
        return None
    title = title_block(document)
    sub_projects = fields.get(SUB_PROJECTS) if SUB_PROJECTS not in given else None
    return FactGap(title.line if title is not None else 1, missing, sub_projects)


def _own_words(document: Document, name: str) -> Iterator[str]:
    """The facts the document gives in its own words: labels of its own, links, addresses."""
    owners = ProjectLinks(document).owners
    for block in document.blocks:
        if block.kind in (BlockKind.COMMENT, BlockKind.FRONT_MATTER, BlockKind.CODE):
            continue
        addresses = _addresses(document, block)
        if block.kind is BlockKind.TABLE:
            for row, row_addresses in _table_rows(document, block):
                yield from _labelled(row, row_addresses, name)
        else:
            yield from _labelled(block.text.split("\n", 1)[0], addresses, name)
        linked = _link_texts(document, block)
        if _LINKED_CHANNEL.intersection(word for text, _ in linked for word in normalize(text).split()):
            yield COMMUNICATION
        if any(_links_site(text, address, name) for text, address in linked):
            yield SITE
        for address in addresses:
            yield from _linked(address, owners, name)
        text = block.text
        if _NAMED_CHANNEL.search(text) and set(_CHAT_NAMES).intersection(normalize(text).split()):
            yield COMMUNICATION  # "A public #strimzi channel, on the CNCF Slack workspace"
        if any(_reaches_contacts(found) for found in email_addresses(text)):
            yield CONTACTS
        if "subproject" in text.lower().replace("-", ""):
            yield SUB_PROJECTS


def _labelled(line: str, addresses: list[str], name: str) -> Iterator[str]:
    """The fact a line's own label names, when a value follows it that gives it: an address (for
    the channels, one that is no issue tracker, or a channel "#kelpie"), for the contacts a person's
    name or e-mail address, for the sub-projects any words: "Source Control: [Kelpie on GitHub](…)",
    "Contact: Ada Example"; not "Communication: [GitHub issues](…/issues)", "Contacts: @ada, @grace"."""
    found = _LABEL.match(line)
    if found is None:
        return
    words = normalize(found["label"]).replace("sub projects", "subprojects").split()
    value = found["value"].strip()
    if not words or not value:
        return
    for fact, label_words in _LABEL_WORDS.items():
        if not label_words.intersection(words) or (fact == CONTACTS and _OTHER_CONTACTS.intersection(words)):
            continue
        if fact in (CONTACTS, COMMUNICATION):
            if _gives(fact, value, addresses, name):
                yield fact
        elif fact == SUB_PROJECTS or addresses or "#" in value:
            yield fact


def _gives(fact: str, value: str, addresses: list[str], name: str) -> bool:
    """Whether a label's value gives the channels or the contacts the template asks for: a channel
    ("#kelpie") or an address that is no issue tracker ("[GitHub issues](…/issues)" is where bugs
    are reported, not a channel to talk on); a person's name or an e-mail address, not handles alone
    ("@ada, @grace") nor "via GitHub issues". Every other fact: any value."""
    if fact == CONTACTS:
        return bool(email_addresses(value)) or _names_person(value, name)
    if fact == COMMUNICATION:
        return (
            bool(_NAMED_CHANNEL.search(value))
            or any(not _ISSUE_TRACKER.search(address) for address in addresses)
            or (not addresses and bool(_CHAT_WORDS.intersection(normalize(value).split())))
        )
    return True


def _line_addresses(document: Document, line: int) -> list[str]:
    """The addresses a source line links or writes bare (none in a document of paragraphs)."""
    if document.unit is not Unit.LINE or not 0 < line <= len(document.source_lines):
        return []
    return _written_addresses(document.source_lines[line - 1])


def _written_addresses(written: str) -> list[str]:
    """The addresses of a line's Markdown links and those it writes bare."""
    return [address for _, address in links_of(written)] + _BARE_ADDRESS.findall(
        _MARKDOWN_LINK.sub(" ", written)
    )


def _names_person(value: str, name: str) -> bool:
    """Whether a contact's value names a person: a first and last name, two capitalised words in a
    row that are not a service, a team or the project ("Ada Example", not "GitHub Issues", "Kelpie
    Maintainers"); handles and addresses left out ("@ada" is an account, not a name)."""
    text = _HANDLE_OR_ADDRESS.sub(" ", value)
    capitalised = [
        word[:1].isupper() and word.lower() not in _NOT_PERSON and word.lower() != name
        for word in _PERSON_WORD.findall(text)
    ]
    return any(first and second for first, second in itertools.pairwise(capitalised))


_PERSON_WORD = LazyPattern(r"[^\W\d_][\w'’.-]*")
_HANDLE_OR_ADDRESS = LazyPattern(r"https?://\S+|\S*@\S+|\]\([^)]*\)")
# Capitalised words that name a service, a place or a team, not a person.
_NOT_PERSON: Final = frozenset(
    {"github", "gitlab", "slack", "discord", "gitter", "issue", "issues", "discussion", "discussions"}
    | {"tracker", "pull", "request", "requests", "maintainers", "maintainer", "team", "community"}
    | {"project", "cncf", "mailing", "list", "google", "groups", "forum", "the", "our", "via", "open", "an"}
)
# An issue tracker's address: where users report bugs, not a channel the template means.
_ISSUE_TRACKER = LazyPattern(r"/issues\b|/-/issues\b|/pulls?\b", re.IGNORECASE)


def _table_rows(document: Document, block: Block) -> Iterator[tuple[str, list[str]]]:
    """A table's rows as labelled lines ("Website | https://kelpie.io" is "Website: https://…"),
    each with the addresses its source row links (or writes bare)."""
    rows = block.text.split("\n")
    source = [
        line
        for line in (
            document.source_lines[block.line - 1 : block.end_line] if document.unit is Unit.LINE else []
        )
        if not _SEPARATOR_ROW.match(line)
    ]
    for number, row in enumerate(rows):
        label, _, value = row.partition(" | ")
        written = source[number] if len(source) == len(rows) else row
        yield f"{label.strip()}: {value.strip()}", _written_addresses(written)


_SEPARATOR_ROW = LazyPattern(r"^\s*\|?\s*:?-{2,}")
_MARKDOWN_LINK = LazyPattern(r"\]\([^)]*\)")


def _linked(address: str, owners: frozenset[str], name: str) -> Iterator[str]:
    """The fact a link gives by where it goes: the project's GitHub organisation or repository
    itself, the root of a host named after the project, a chat room or a mailing list."""
    if address.startswith("mailto:"):
        if _reaches_contacts(address.removeprefix("mailto:").split("?")[0]):
            yield CONTACTS
        return
    parts = urlsplit(address if "://" in address else f"https://{address}")
    host = parts.netloc.lower().removeprefix("www.")
    path = [part for part in parts.path.split("/") if part]
    owner = path[0].lower() if path else ""
    if (
        host == "github.com"
        and len(path) <= 2
        and (owner in owners or (name and name in owner.replace("-", "")))
    ):
        yield REPOSITORY
    elif name and not path and name in host.rsplit(".", 1)[0].replace("-", ""):
        yield SITE
    if any(channel in host for channel in _CHANNEL_HOSTS):
        yield COMMUNICATION


def _links_site(text: str, address: str, name: str) -> bool:
    """Whether a link gives the project's site by what its text says: the project's name linked to
    the root of a host ("[Kelpie](https://kp8.io/)"), or words naming the website ("[Website](…)",
    "[our website](…)", "[Kelpie homepage](…)", not "[Acme's website](…)"), the address on no code,
    chat or social host."""
    parts = urlsplit(address)
    host = parts.netloc.lower().removeprefix("www.")
    if parts.scheme not in ("http", "https") or not host or _no_site_host(host) or host.startswith("lists."):
        return False
    words = normalize(text).replace("-", " ").split()
    root = not [part for part in parts.path.split("/") if part]
    if root and name and "".join(words) == name:
        return True
    if not _SITE_WORDS.intersection(words):
        return False
    owner = "".join(word for word in words if word not in _SITE_WORDS and word not in _OWN_SITE_WORDS)
    return not owner or owner == name  # "[Acme's website](…)" is another's


# Link words naming a website, and those saying it is the project's own ("[our website](…)",
# "[the Kelpie project website](…)", "[its official site](…)").
_SITE_WORDS: Final = frozenset({"website", "homepage", "site"})
_OWN_SITE_WORDS: Final = frozenset({"our", "its", "the", "project", "main", "official", "s"})
# Hosts of code, chat, social and video pages (a label of the host's name, or the host and its
# subdomains): a link there is no project site.
_NOT_SITE_NAMES: Final = frozenset(
    {"github", "gitlab", "bitbucket", "twitter", "linkedin", "youtube", "medium", "slack", "discord"}
    | {"gitter", "zulipchat", "googlegroups"}
)
_NOT_SITE_DOMAINS: Final = ("x.com", "youtu.be", "cncf.io", "groups.google.com", "devstats.cncf.io")


def _no_site_host(host: str) -> bool:
    """Whether a host serves code, chat, social or video pages, or is the CNCF's (not a project's)."""
    return bool(_NOT_SITE_NAMES.intersection(host.split("."))) or any(
        host == domain or host.endswith(f".{domain}") for domain in _NOT_SITE_DOMAINS
    )


def _reaches_contacts(address: str) -> bool:
    local = address.lower().partition("@")[0]
    return not _OTHER_TEAMS.intersection(re.split(r"[-._+]", local))


def _addresses(document: Document, block: Block) -> list[str]:
    """The addresses a block links (written in its source as links or bare)."""
    if block.links:
        return list(block.links)
    if document.unit is not Unit.LINE:
        return []
    source = " ".join(document.source_lines[block.line - 1 : block.end_line])
    return _BARE_ADDRESS.findall(source)


def _link_texts(document: Document, block: Block) -> tuple[tuple[str, str], ...]:
    """The (text, address) of the links a block's Markdown source writes."""
    if document.unit is not Unit.LINE or not block.links:
        return ()
    return links_of("\n".join(document.source_lines[block.line - 1 : block.end_line]))


# A link's words that name a channel: "[Cilium community Slack](https://cilium.herokuapp.com/)".
_LINKED_CHANNEL: Final = frozenset({"slack", "discord", "gitter", "mailing", "zulip", "forum"})
_BARE_ADDRESS = LazyPattern(r"https?://[^\s)\]>]+")


def _name(document: Document) -> str:
    """The project's name from the title, lower case, its words run together ("Open Policy Agent"
    gives "openpolicyagent", "Chaos Mesh" "chaosmesh"); from an opening sentence, the capitalised
    words it opens with ("[Istio](https://istio.io) is an open source service mesh"); "" when
    neither gives one."""
    title = title_block(document)
    if title is None:
        return ""
    written = title.text.replace("*", " ").split()
    if title.kind is not BlockKind.HEADING and len(title.text) > TITLE_CHARS:
        written = list(itertools.takewhile(lambda word: word[:1].isupper(), written))
    words = (word.strip(":,.*_()[]").lower() for word in written if word[:1].isupper())
    joined = "".join(word for word in words if word not in _NOT_NAME).replace("-", "")
    return joined if len(joined) >= NAME_CHARS else ""
