"""One exception family for problems in the user's setup; the CLI turns them into exit code 2.

Problems in the user's documents are findings, never exceptions.
"""

from __future__ import annotations


class ApplintError(Exception):
    """Root of every setup error: bad option, bad config, unknown rule, invalid template file."""


class TemplateError(ApplintError):
    """A template id that does not exist or a template file that fails its schema."""


class ConfigError(ApplintError):
    """A configuration file or option that is invalid."""
