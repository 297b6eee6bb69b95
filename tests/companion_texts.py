"""Texts the companion-document tests share: the openings of Kestrel's security self-assessment (its
title and Metadata table, as two revisions of the template ask for them), so that each test writes
only the answers it checks after them."""

SELF_ASSESSMENT_HEAD = """# Kestrel Self-assessment

## Metadata

| | |
| -- | -- |
| Assessment Stage | Complete |
| Software | https://github.com/kestrel/kestrel |
| Security Provider | No |
| Languages | Go |

## Overview

Kestrel schedules batch jobs on Kubernetes clusters for research teams and their pipelines.
"""

# The same opening as a later revision of the template asks for it: the title says "Security", the
# Metadata table names the SBOM, and the Security links table follows it.
SECURITY_LINKS_HEAD = """# Kestrel Security Self-assessment

## Metadata

| | |
| -- | -- |
| Assessment Stage | Complete |
| Software | https://github.com/kestrel/kestrel |
| Security Provider | No |
| Languages | Go |
| SBOM | https://github.com/kestrel/kestrel/releases |

### Security links

| Doc | url |
| -- | -- |
| Security file | https://github.com/kestrel/kestrel/blob/main/SECURITY.md |
"""
