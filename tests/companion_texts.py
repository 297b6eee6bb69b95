"""Texts the companion-document tests share: the openings of Kestrel's security self-assessment (its
title and Metadata table, as two revisions of the template ask for them), so that each test writes
only the answers it checks after them."""

# The Metadata table's rows as Kestrel fills them in (its header, its separator, four values).
METADATA_ROWS = """| | |
| -- | -- |
| Assessment Stage | Complete |
| Software | https://github.com/kestrel/kestrel |
| Security Provider | No |
| Languages | Go |
"""

SELF_ASSESSMENT_HEAD = (
    """# Kestrel Self-assessment

## Metadata

"""
    + METADATA_ROWS
    + """
## Overview

Kestrel schedules batch jobs on Kubernetes clusters for research teams and their pipelines.
"""
)

# The same opening as a later revision of the template asks for it: the title says "Security", the
# Metadata table names the SBOM, and the Security links table follows it.
SECURITY_LINKS_HEAD = (
    """# Kestrel Security Self-assessment

## Metadata

"""
    + METADATA_ROWS
    + """| SBOM | https://github.com/kestrel/kestrel/releases |

### Security links

| Doc | url |
| -- | -- |
| Security file | https://github.com/kestrel/kestrel/blob/main/SECURITY.md |
"""
)

# A GTR's title, and the facts it lists under it (project, version, website, dates, description).
GTR_TITLE = "# General Technical Review - Kestrel / Sandbox\n\n"
GTR_FACTS = """- **Project:** Kestrel
- **Project Version:** 2.3
- **Website:** https://kestrel.dev
- **Date Updated:** 2026-03-01
- **Template Version:** v1.0
- **Description:** Kestrel schedules batch jobs on Kubernetes.
"""

# The header a GTR opens with after its title ("# General Technical Review - Kestrel / Sandbox"), down
# to its first question: each test writes the title, then the answers it checks.
GTR_OPENING = (
    "\n"
    + GTR_FACTS
    + """
## Day 0 - Planning Phase

### Scope

- Describe the roadmap process, how scope is determined for mid to long term features, as well as how the roadmap maps back to current contributions and maintainer ladder?

"""
)
