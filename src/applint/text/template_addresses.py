"""E-mail addresses no one can write to: a pattern or a stand-in left where the address goes
("cncf-examplo-*@lists.cncf.io", "<maintainers>@examplo.io", "{project}-security@lists.cncf.io",
"cncf-PROJECT-security@lists.cncf.io") or a name at a domain reserved for examples
("security@example.com", RFC 2606; not a made-up domain
under them, "security@kelpie.example.org"), given as a contact: on a line that speaks of reaching,
reporting, writing or a mailing list, not in a sign-off line ("Signed-off-by: Jane <jane@example.com>",
which shows the form of a commit, not a contact).
"""

from __future__ import annotations

import re

from applint.text.patterns import LazyPattern

# A written e-mail address: its local part may hold a pattern's or stand-in's marks (*, <…>, {…}).
_ADDRESS = LazyPattern(r"(?<![\w.+%*<>{}-])([\w.+%*<>{}-]+)@((?:[\w-]+\.)+[A-Za-z]{2,})\b")
# The marks of a pattern or stand-in in an address's local part.
_WILDCARD = LazyPattern(r"\*")
_STAND_IN = LazyPattern(r"<[\w .-]+>|\{[\w .-]+\}|\[[\w .-]+\]")
_UPPER_WORD = LazyPattern(
    r"(?:^|[-_.])(?:PROJECT|PROJECTNAME|NAME|YOUR|YOURNAME|USER|USERNAME|ORG|TEAM|COMPANY)(?:$|[-_.])"
)
# The domains reserved for examples themselves (RFC 2606): "security@example.com". (A made-up
# project's own domain under them, "security@kelpie.example.org", "ada@globex.example", stands for a
# real address in a sample document, as authors write one.)
_EXAMPLE_DOMAIN = LazyPattern(r"^example\.(?:com|org|net)$", re.IGNORECASE)
# A line giving an address as where to reach someone.
_CONTACT = LazyPattern(
    r"\b(?:contact(?:s|ed|ing)?|reach(?:ed)?|report(?:s|ed|ing)?|write\s+to|send|sent|e-?mail(?:s|ed)?"
    r"|mail(?:ing)?\s*lists?|disclos\w*|notify|notified|address|escalat\w*)\b",
    re.IGNORECASE,
)
_SIGN_OFF = LazyPattern(r"\b(?:signed-off-by|co-authored-by|author)\s*:", re.IGNORECASE)


def template_addresses(line: str) -> list[tuple[int, str, str]]:
    """Each address on ``line`` no one can write to, given as a contact: (its offset, the address,
    why: "a pattern", "a stand-in" or "an example domain")."""
    if "@" not in line or _SIGN_OFF.search(line) or not _CONTACT.search(line):
        return []
    found: list[tuple[int, str, str]] = []
    for match in _ADDRESS.finditer(line):
        local, domain = match.group(1), match.group(2)
        if _WILDCARD.search(local):
            why = "a pattern"
        elif _STAND_IN.search(local) or _UPPER_WORD.search(local):
            why = "a stand-in"
        elif _EXAMPLE_DOMAIN.search(domain):
            why = "an example domain"
        else:
            continue
        found.append((match.start(), match.group(0), why))
    return found
