"""applint: lint CNCF Graduation and Incubation applications against their template.

Library use::

    from applint import lint_path, lint_text
    report = lint_path("application.md")
    for finding in report.findings:
        print(finding.line, finding.rule, finding.message)
"""

from __future__ import annotations

from applint._version import __version__

# Not `typing.TYPE_CHECKING`: importing typing here would run before the command line can make the
# garbage collector lazier (cli.py), and every run starts with this file. mypy knows the name.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from applint.batch import lint_paths
    from applint.engine import LintOptions, lint_path, lint_text

__all__ = ["LintOptions", "__version__", "lint_path", "lint_paths", "lint_text"]


def __getattr__(name: str) -> Any:
    # The engine imports mistune and the rules; keep `import applint` (and --version) cheap.
    if name == "lint_paths":
        from applint.batch import lint_paths

        return lint_paths
    if name in ("LintOptions", "lint_path", "lint_text"):
        from applint import engine

        return getattr(engine, name)
    raise AttributeError(name)
