"""A real-looking project repository built in a temporary folder, for the file-selection tests:
one application beside the other documents a CNCF project keeps, dependencies, a virtual
environment and build output (git-ignored and not)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.conftest import FIXTURES

COMPLETE = (FIXTURES / "apps" / "graduation-v1.6-complete.md").read_text(encoding="utf-8")
# The application has one finding: a placeholder at line 10, column 16.
APPLICATION = COMPLETE.replace("Project Site:  https://examplo.io", "Project Site:  $URL")
APPLICATION_PATH = "governance/graduation-application.md"

GTR = """# General Technical Review - Kelpie / Incubation

- **Project:** Kelpie
- **Project Version:** v1.6.0
- **Website:** https://kelpie.example.io
- **Date Updated:** 2025-03-01
- **Template Version:** v1.0
- **Description:** Kelpie schedules batch jobs across clusters.

## Day 0 - Planning Phase

### Scope

* Describe the roadmap process, how scope is determined for mid to long-term features, as well as how the roadmap maps back to current contributions and maintainer ladder?

  The roadmap lives in [ROADMAP.md](https://github.com/kelpie/kelpie/blob/main/ROADMAP.md).

### Usability

* How can users interact with your project?

  Through the `kelpie` command line and the Kubernetes API.
"""

GOVERNANCE_REVIEW = """# Kelpie Governance Review

Reviewer: a TOC member
Date: 2025-02-12

## Summary

Kelpie's governance is documented in [GOVERNANCE.md](https://github.com/kelpie/kelpie/blob/main/GOVERNANCE.md)
and matches its practice.

## Findings

- [x] Governance is documented and public.
- [x] Maintainers are listed with their affiliation.
- [ ] The election process for new maintainers is written down.
"""

SELF_ASSESSMENT = """# Kelpie Security Self-Assessment

## Table of contents

* [Metadata](#metadata)
* [Overview](#overview)

## Metadata

|   |  |
| -- | -- |
| Assessment Stage | Complete |
| Software | https://github.com/kelpie/kelpie |
| Security Provider | No |
| Languages | Go |
| SBOM | https://github.com/kelpie/kelpie/releases/download/v1.0.0/sbom.spdx.json |

## Overview

Kelpie schedules batch jobs across clusters.

### Actors

The controller, the scheduler and the agent.
"""

README = """# Kelpie

Kelpie schedules batch jobs across clusters. See the [graduation application](governance/graduation-application.md).

## Install

    go install github.com/kelpie/kelpie@latest
"""

CHANGELOG = """# Changelog

v1.6

## v1.6.0 - 2025-03-01

- The scheduler spreads jobs across zones.
- [#512](https://github.com/kelpie/kelpie/pull/512) fixes the agent's restart loop.

## v1.5.0 - 2024-11-02

- First release with the multi-cluster scheduler.
"""

# Relative path -> text. Copies of the application sit where a walk must never look.
FILES = {
    APPLICATION_PATH: APPLICATION,
    "docs/gtr.md": GTR,
    "docs/governance-review.md": GOVERNANCE_REVIEW,
    "security/self-assessment.md": SELF_ASSESSMENT,
    "README.md": README,
    "CHANGELOG.md": CHANGELOG,
    "node_modules/markdown-it/README.md": "# markdown-it\n\nA Markdown parser.\n",
    "node_modules/left-pad/graduation-application.md": APPLICATION,
    "out/graduation-application.md": APPLICATION,  # git-ignored build output
    "docs/generated/graduation-application.md": APPLICATION,  # ignored by docs/.gitignore
    "tools/env/graduation-application.md": APPLICATION,  # a virtual environment (pyvenv.cfg)
    "tools/env/pyvenv.cfg": "home = /usr/bin\n",
    "build/graduation-application.md": APPLICATION,  # a build folder, ignored or not
    "scratch.md": APPLICATION,  # ignored through .git/info/exclude
}
GITIGNORE = "out/\n*.log\n"
DOCS_GITIGNORE = "generated/\n"


def make_repository(root: Path, git: bool = True) -> Path:
    """The repository at ``root`` (a real ``git init`` when ``git``), returned for convenience."""
    root.mkdir(parents=True, exist_ok=True)
    if git:
        subprocess.run(["git", "init", "-q", str(root)], check=True)
        (root / ".git" / "info").mkdir(exist_ok=True)
        (root / ".git" / "info" / "exclude").write_text("/scratch.md\n")
    for relative, text in FILES.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / ".gitignore").write_text(GITIGNORE)
    (root / "docs" / ".gitignore").write_text(DOCS_GITIGNORE)
    return root


def git_would_list(root: Path) -> set[str]:
    """The Markdown files git itself lists as tracked-or-untracked-and-not-ignored: the truth the
    walk is compared with (git knows nothing of node_modules or build folders without a rule)."""
    listed = subprocess.run(
        ["git", "ls-files", "--others", "--cached", "--exclude-standard", "--", "*.md"],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return set(listed)
