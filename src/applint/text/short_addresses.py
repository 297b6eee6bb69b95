"""A web address cut to fit a message while still naming what it opens: its site and the first two
segments of its path (a GitHub repository's owner and name), then the last segments of the path
that fit ("github.com/kubeflow/spark-operator/…/docs/design/ROADMAP.md"), so that a reader can tell
which of the document's links is meant; never cut inside a segment but the last one."""

from __future__ import annotations

# Segments kept at the front: the site, and a repository's owner and name.
_FRONT = 3
_GAP = "/…/"


def short_address(url: str, limit: int = 70) -> str:
    """``url`` without its scheme, whole when it fits in ``limit`` characters, else its front and
    as many of its last segments as fit (at least the last), joined by "/…/"."""
    shown = url.split("://", 1)[-1]
    if len(shown) <= limit:
        return shown
    bare = shown.split("#", 1)[0].split("?", 1)[0].rstrip("/")
    segments = bare.split("/")
    if len(segments) <= _FRONT + 1:
        return bare if len(bare) <= limit else bare[: limit - 1] + "…"
    front = "/".join(segments[:_FRONT])
    tail = [segments[-1]]
    for segment in reversed(segments[_FRONT:-1]):
        if len(front) + len(_GAP) + len("/".join([segment, *tail])) > limit:
            break
        tail.insert(0, segment)
    if len(tail) == len(segments) - _FRONT:
        return bare
    return front + _GAP + "/".join(tail)
