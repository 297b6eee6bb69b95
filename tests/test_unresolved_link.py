"""unresolved-link: links into the document's own repository, resolved against its working tree.

Each test builds a small checkout in a temporary folder (a ``.git`` written by hand, so no git
program is needed; one test uses git itself for a linked worktree) holding an application and the
files it links, and asserts every unresolved-link finding (severity, line, column) and the links
that must stay quiet.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from applint.engine import lint_path, lint_text
from applint.matching.checkout import find_checkout, github_repository, remote_urls
from applint.text.links import heading_anchors
from tests.docx_builder import DocxBuilder

HEAD = "# Kelpie Incubation Application\n\nv1.6\n\n"
GOVERNANCE = """# Governance

## Voting

## Voting

## Roles & Responsibilities?

<a name="decision-log"></a>
Some text.

## Contributor Ladder (draft)
"""


def checkout(
    tmp_path: Path, remote: str | None = "git@github.com:Kelpie-IO/community.git", head: str = "main"
) -> Path:
    root = tmp_path / "community"
    (root / ".git").mkdir(parents=True)
    config = "[core]\n\trepositoryformatversion = 0\n"
    if remote:
        config += f'[remote "origin"]\n\turl = {remote}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n'
    (root / ".git" / "config").write_text(config, encoding="utf-8")
    (root / ".git" / "HEAD").write_text(f"ref: refs/heads/{head}\n", encoding="utf-8")
    (root / "docs").mkdir()
    (root / "docs" / "GOVERNANCE.md").write_text(GOVERNANCE, encoding="utf-8")
    (root / "docs" / "policy.yaml").write_text("a: 1\n", encoding="utf-8")
    (root / "docs" / "README.md").write_text("# Docs\n\n## Index\n", encoding="utf-8")
    (root / "SECURITY.md").write_text("# Security\n\n## Reporting a vulnerability\n", encoding="utf-8")
    return root


def findings(path: Path) -> list[tuple[str, int | None, int | None, str]]:
    report = lint_path(str(path))
    return [
        (f.severity.label, f.line, f.column, f.details["target"])
        for f in report.findings
        if f.rule == "unresolved-link"
    ]


def write(root: Path, body: str, name: str = "app.md") -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEAD + body, encoding="utf-8")
    return path


def test_relative_links_to_missing_files_are_reported_at_the_link(tmp_path: Path) -> None:
    root = checkout(tmp_path)
    path = write(
        root,
        "- [gov](docs/GOVERNANCE.md), [sec](SECURITY.md), [folder](docs/), [dot](./docs/policy.yaml)\n"
        "- [moved](docs/SECURITY.md) and [case](docs/governance.md)\n"
        "- [root](/SECURITY.md) [rootmissing](/MAINTAINERS.md)\n",
    )
    assert findings(path) == [
        ("error", 6, 10, "docs/SECURITY.md"),
        ("error", 6, 39, "docs/governance.md"),  # GitHub's paths are case-sensitive
        ("error", 7, 37, "/MAINTAINERS.md"),
    ]
    message = next(f.message for f in lint_path(str(path)).findings if f.rule == "unresolved-link")
    assert message == (
        "the link to 'docs/SECURITY.md' does not resolve: there is no 'docs/SECURITY.md' in this "
        "repository's working tree; correct the path (was the file moved or renamed?)"
    )


def test_links_from_a_subfolder_resolve_from_that_folder(tmp_path: Path) -> None:
    root = checkout(tmp_path)
    path = write(
        root,
        "[up](../SECURITY.md) [here](GOVERNANCE.md) [wrong](SECURITY.md)\n",
        name="docs/application.md",
    )
    assert findings(path) == [("error", 5, 51, "SECURITY.md")]


def test_anchors_follow_githubs_heading_rule(tmp_path: Path) -> None:
    root = checkout(tmp_path)
    path = write(
        root,
        "- [a](docs/GOVERNANCE.md#voting) [b](docs/GOVERNANCE.md#voting-1) [c](docs/GOVERNANCE.md#roles--responsibilities)\n"
        "- [d](docs/GOVERNANCE.md#contributor-ladder-draft) [e](docs/GOVERNANCE.md#decision-log) [f](docs/GOVERNANCE.md#Voting)\n"
        "- [g](docs/GOVERNANCE.md#voting-2) [h](docs/GOVERNANCE.md#contributor-ladder)\n"
        "- [i](docs/policy.yaml#anything) [j](docs/GOVERNANCE.md#L3) [k](docs/#index) [l](docs/#nothing)\n"
        "- [m](app.md#kelpie-incubation-application) [n](app.md#kelpie)\n",
    )
    assert findings(path) == [
        ("error", 7, 6, "docs/GOVERNANCE.md#voting-2"),
        ("error", 7, 39, "docs/GOVERNANCE.md#contributor-ladder"),
        ("error", 8, 81, "docs/#nothing"),  # a folder's anchors are its README's
        ("error", 9, 48, "app.md#kelpie"),
    ]
    message = next(f.message for f in lint_path(str(path)).findings if f.rule == "unresolved-link")
    assert (
        "'docs/GOVERNANCE.md' has no heading with the anchor '#voting-2'; link one of its headings" in message
    )


def test_github_links_into_the_checkouts_own_repository(tmp_path: Path) -> None:
    root = checkout(tmp_path)
    own = "https://github.com/kelpie-io/community"
    path = write(
        root,
        f"- {own}/blob/main/docs/GOVERNANCE.md and {own}/tree/main/docs and {own}/tree/main\n"
        f"- {own}/blob/main/docs/MISSING.md\n"
        f"- [anchor]({own}/blob/HEAD/docs/GOVERNANCE.md#nope) [master]({own}/blob/master/SECURITY.md)\n"
        f"- pinned {own}/blob/v1.0/docs/MISSING.md and {own}/blob/0123abcd/x.md, other branch {own}/blob/dev/x.md\n"
        "- another repository https://github.com/kelpie-io/kelpie/blob/main/MISSING.md\n",
    )
    assert findings(path) == [
        ("error", 6, 3, f"{own}/blob/main/docs/MISSING.md"),
        ("error", 7, 11, f"{own}/blob/HEAD/docs/GOVERNANCE.md#nope"),
    ]


def test_the_default_branch_and_a_branch_with_slashes(tmp_path: Path) -> None:
    root = checkout(tmp_path, head="release/1.0")
    (root / ".git" / "refs" / "remotes" / "origin").mkdir(parents=True)
    (root / ".git" / "refs" / "remotes" / "origin" / "HEAD").write_text(
        "ref: refs/remotes/origin/trunk\n", encoding="utf-8"
    )
    own = "https://github.com/kelpie-io/community"
    path = write(
        root,
        f"- {own}/blob/release/1.0/SECURITY.md {own}/blob/release/1.0/NOPE.md\n"
        f"- {own}/blob/trunk/NOPE.md and {own}/blob/main/NOPE.md\n",  # main is not the default here
    )
    assert findings(path) == [
        ("error", 5, 71, f"{own}/blob/release/1.0/NOPE.md"),
        ("error", 6, 3, f"{own}/blob/trunk/NOPE.md"),
    ]


def test_without_a_github_remote_the_project_repo_line_names_the_repository(tmp_path: Path) -> None:
    root = checkout(tmp_path, remote=None)
    body = (
        "Project Repo(s): https://github.com/kelpie-io/community\n\n"
        "See https://github.com/kelpie-io/community/blob/main/NOPE.md and [rel](NOPE.md).\n"
    )
    path = write(root, body)
    assert findings(path) == [
        ("error", 7, 5, "https://github.com/kelpie-io/community/blob/main/NOPE.md"),
        ("error", 7, 71, "NOPE.md"),
    ]
    # A checkout whose folder does not bear the repository's name may be any repository: the
    # line names where the project lives, not which checkout this is. Relative links still count.
    other = tmp_path / "elsewhere"
    shutil.move(str(root), str(other))
    assert findings(other / "app.md") == [("error", 7, 71, "NOPE.md")]


def test_links_above_the_root_and_pages_of_the_repository(tmp_path: Path) -> None:
    root = checkout(tmp_path)
    path = write(
        root, "[a](../x.md) [issues](../../issues/12) [other](../../../other/repo) [b](../../nothing.md)\n"
    )
    assert findings(path) == [("error", 5, 4, "../x.md"), ("error", 5, 72, "../../nothing.md")]


def test_messages_for_an_address_without_scheme_and_an_invisible_character(tmp_path: Path) -> None:
    root = checkout(tmp_path)
    path = write(root, "[site](kelpie.example.org) and [sec](SECURITY.md%E2%80%8E)\n")
    report = lint_path(str(path))
    messages = [(f.line, f.column, f.message) for f in report.findings if f.rule == "unresolved-link"]
    assert messages == [
        (
            5,
            7,
            "the link to 'kelpie.example.org' does not resolve: there is no 'kelpie.example.org' in this "
            "repository's working tree, and an address without 'https://' is read as a path; add 'https://' "
            "before a web address",
        ),
        (
            5,
            37,
            "the link to 'SECURITY.md%E2%80%8E' does not resolve: there is no 'SECURITY.md\u200e' in this "
            "repository's working tree: the path holds an invisible U+200E character; delete it (retype the path)",
        ),
    ]


def test_one_finding_per_link_and_none_for_what_broken_link_reports(tmp_path: Path) -> None:
    root = checkout(tmp_path)
    own = "https://github.com/kelpie-io/community/blob/main/NOPE.md"
    path = write(
        root,
        f"[{own}]({own}) and <{own}> and [x]() and [y](#nowhere) and [z](dev@example.org)\n"
        "[ref link][r] and ![image](img/missing.png)\n"
        "[double](https://github.com/kelpie-io/community/blob/main//NOPE.md)\n\n"
        "[r]: docs/NOPE.md\n",
    )
    report = lint_path(str(path))
    assert [(f.rule, f.line, f.column) for f in report.findings if "link" in f.rule] == [
        # The same missing file linked twice on the line (as a link and as an autolink): one problem,
        # one path to correct (two findings before, one per link).
        ("unresolved-link", 5, 59),
        ("broken-link", 5, 185),
        ("broken-link", 5, 198),
        ("broken-link", 5, 213),
        ("unresolved-link", 6, 27),
        ("broken-link", 7, 10),  # the empty path segment: broken-link's alone
        ("unresolved-link", 9, 6),  # a reference link: at its definition, where the fix is made
    ]
    first = next(f for f in report.findings if f.rule == "unresolved-link")
    assert first.message.endswith("(the same again on this line)")


def test_the_template_links_relative_to_cncf_toc_are_left_alone(tmp_path: Path) -> None:
    root = checkout(tmp_path)
    path = write(
        root,
        "[GTR](../toc_subprojects/project-reviews-subproject/general-technical-questions.md) "
        "[ours](../toc_subprojects/project-reviews-subproject/ours.md)\n",
        name="governance/app.md",
    )
    assert findings(path) == [("error", 5, 91, "../toc_subprojects/project-reviews-subproject/ours.md")]


def test_nothing_is_resolved_outside_a_checkout_or_from_standard_input(tmp_path: Path) -> None:
    body = "[moved](docs/SECURITY.md) https://github.com/kelpie-io/community/blob/main/NOPE.md\n"
    path = write(tmp_path / "plain", body)
    assert find_checkout(str(path)) is None
    assert findings(path) == []
    root = checkout(tmp_path)
    assert [f for f in lint_text(HEAD + body, "-").findings if f.rule == "unresolved-link"] == []
    # text in memory named like a file that is not there: a label, not a place
    assert [
        f for f in lint_text(HEAD + body, str(root / "nope.md")).findings if f.rule == "unresolved-link"
    ] == []


def test_docx_and_text_resolve_github_links_but_not_relative_ones(tmp_path: Path) -> None:
    root = checkout(tmp_path)
    own = "https://github.com/kelpie-io/community/blob/main"
    docx = (
        DocxBuilder()
        .heading("Kelpie Incubation Application", 1)
        .paragraph("v1.6")
        .hyperlink("Governance: ", "governance", f"{own}/docs/GOVERNANCE.md")
        .hyperlink("Security: ", "security", f"{own}/docs/SECURITY.md")
        .hyperlink("Relative: ", "relative", "docs/NOPE.md")
    )
    path = docx.save(root / "app.docx")
    report = lint_path(str(path))
    assert [
        (f.paragraph, f.line, f.details["target"]) for f in report.findings if f.rule == "unresolved-link"
    ] == [(4, None, f"{own}/docs/SECURITY.md")]
    text = root / "app.txt"
    text.write_text(
        f"Kelpie Incubation Application\n\nv1.6\n\nSecurity {own}/NOPE.md\nRelative docs/NOPE.md\n",
        encoding="utf-8",
    )
    assert findings(text) == [("error", 5, 10, f"{own}/NOPE.md")]


def test_a_linked_worktree_reads_the_remote_from_the_main_repository(tmp_path: Path) -> None:
    git = shutil.which("git")
    if git is None:
        pytest.skip("no git program to make a linked worktree with")
    main = tmp_path / "main"
    main.mkdir()

    def run(*args: str, cwd: Path = main) -> None:
        subprocess.run([git, *args], cwd=cwd, check=True, capture_output=True)

    run("init", "-q", "-b", "main")
    run("remote", "add", "origin", "https://github.com/kelpie-io/community.git")
    (main / "README.md").write_text("# Readme\n", encoding="utf-8")
    run("add", "README.md")
    run("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "first")
    run("worktree", "add", "-q", "-b", "feature", str(tmp_path / "feature"))
    path = write(
        tmp_path / "feature",
        "https://github.com/kelpie-io/community/blob/feature/NOPE.md https://github.com/kelpie-io/community/blob/main/README.md\n",
    )
    found = find_checkout(str(path))
    assert found is not None and found.repositories == frozenset({"kelpie-io/community"})
    assert found.head_branch == "feature"
    assert findings(path) == [("error", 5, 1, "https://github.com/kelpie-io/community/blob/feature/NOPE.md")]


@pytest.mark.parametrize(
    ("url", "repository"),
    [
        ("https://github.com/Kelpie-IO/community.git", "kelpie-io/community"),
        ("https://user:secret@github.com/kelpie-io/community", "kelpie-io/community"),
        ("git@github.com:kelpie-io/community.git", "kelpie-io/community"),
        ("ssh://git@github.com:22/kelpie-io/community.git", "kelpie-io/community"),
        ("git://github.com/kelpie-io/community", "kelpie-io/community"),
        ("https://gitlab.com/kelpie-io/community.git", None),
        ("/srv/mirrors/community.git", None),
    ],
)
def test_remote_urls_name_github_repositories(url: str, repository: str | None) -> None:
    assert github_repository(url, frozenset({"github.com"})) == repository


def test_git_config_remotes_are_read_without_git() -> None:
    config = (
        '[core]\n\tbare = false\n[remote "origin"]\n\turl = "git@github.com:a/b.git" ; a comment\n'
        '\tfetch = +refs/heads/*:refs/remotes/origin/*\n[remote "up stream"]\n  url=https://github.com/c/d\n'
        '[branch "main"]\n\turl = not-a-remote\n'
    )
    assert remote_urls(config) == {"origin": "git@github.com:a/b.git", "up stream": "https://github.com/c/d"}


def test_an_enterprise_host_from_github_server_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_SERVER_URL", "https://git.example.com")
    root = checkout(tmp_path, remote="https://git.example.com/kelpie-io/community.git")
    path = write(root, "https://git.example.com/kelpie-io/community/blob/main/NOPE.md\n")
    assert findings(path) == [
        ("error", 5, 1, "https://git.example.com/kelpie-io/community/blob/main/NOPE.md")
    ]


def test_heading_anchors_number_repeated_titles() -> None:
    assert heading_anchors(["Voting", "Voting", "Voting", "Roles & Responsibilities?", "Ünïcode Title"]) == {
        "voting",
        "voting-1",
        "voting-2",
        "roles--responsibilities",
        "ünïcode-title",
    }


@pytest.mark.parametrize(
    ("dot_git", "expected"),
    [
        ("file:garbage\x00\xff", []),  # a .git file that names no git directory: no checkout
        (
            "file:gitdir: ../nowhere",
            [("error", 5, 17, "NOPE.md")],
        ),  # a working tree without its git directory
        ("config:\x00\x01binary[remote", [("error", 5, 17, "NOPE.md")]),
        ("config:" + '[remote "origin"]\n\turl = ' + "x" * 3_000_000, [("error", 5, 17, "NOPE.md")]),
    ],
)
def test_an_odd_git_folder_never_fails_the_run(tmp_path: Path, dot_git: str, expected: list[object]) -> None:
    root = tmp_path / "community"
    root.mkdir()
    kind, content = dot_git.split(":", 1)
    if kind == "file":
        (root / ".git").write_text(content, encoding="utf-8", errors="surrogateescape")
    else:
        (root / ".git").mkdir()
        (root / ".git" / "config").write_text(content, encoding="utf-8")
    path = write(root, "[x](x.md) [nope](NOPE.md)\n")
    (root / "x.md").write_text("# X\n", encoding="utf-8")
    assert findings(path) == expected


def test_a_link_to_a_device_or_a_pipe_is_never_read(tmp_path: Path) -> None:
    root = checkout(tmp_path)
    (root / "zero.md").symlink_to("/dev/zero")
    os.mkfifo(root / "pipe.md")
    path = write(root, "[zero](zero.md#a) [pipe](pipe.md#b) [gone](gone.md#c)\n")
    assert findings(path) == [("error", 5, 43, "gone.md#c")]  # the others exist; their anchors are not read


def test_the_anchors_of_a_linked_file_come_from_its_headings_only(tmp_path: Path) -> None:
    from applint.matching.anchors import markdown_anchors
    from applint.readers.markdown import read_markdown

    text = (
        "---\ntitle: x\n# not a heading\n---\n\n# The **Kelpie** [project](https://k.io)\n\n"
        "```sh\n# a shell comment\n```\n\n~~~~\n## inside tildes\n~~~~\n\n"
        "Setext title\n============\n\nSecond `setext`\n---\n\n    # indented code\n\n"
        '## Roles <a id="Roles-Anchor"></a>\n\n<a name="old-name"></a>\n\n## Roles\n'
    )
    target = tmp_path / "t.md"
    target.write_text(text, encoding="utf-8")
    other = read_markdown("# Other\n", str(tmp_path / "other.md"))
    assert markdown_anchors(str(target), other) == {
        "the-kelpie-project",
        "setext-title",
        "second-setext",
        "roles",
        "roles-1",
        "roles-anchor",
        "old-name",
    }


def test_an_html_anchor_in_the_document_itself_is_a_target_for_broken_link_too() -> None:
    text = HEAD + '<a name="old-name"></a>\n\nSee [old](#old-name) and [gone](#no-such-place).\n'
    found = [(f.rule, f.line, f.column) for f in lint_text(text, "-").findings if f.rule == "broken-link"]
    assert found == [("broken-link", 7, 32)]
