"""Every command has --help with an example that is a valid command line, and is in the README."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest

from kg.cli import main
from kg.evaluate import ATTACKER_ALIASES
from kg.queries import list_queries

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
COMMANDS = sorted(main.commands)
QUERY_NAMES = {q.name for q in list_queries()}


def test_the_core_commands_are_registered() -> None:
    assert set(COMMANDS) >= {
        "build",
        "extract",
        "validate",
        "query",
        "export",
        "stats",
        "evaluate",
        "extractors",
    }


def test_top_level_help_lists_every_command(invoke) -> None:
    r = invoke("--help")

    assert r.exit_code == 0, r.output
    listed = re.findall(r"^  (\S+)  ", r.stdout.split("Commands:\n", 1)[1], re.MULTILINE)
    assert listed == COMMANDS


def examples(help_text: str) -> list[str]:
    """The command lines of the Example: block of a --help text."""
    block = help_text.split("\n  Example:\n", 1)[1].split("\nOptions:", 1)[0]
    return [line.strip() for line in block.splitlines() if line.strip()]


@pytest.mark.parametrize("name", COMMANDS)
def test_help_has_an_example(invoke, name: str) -> None:
    r = invoke(name, "--help")

    assert r.exit_code == 0, r.output
    assert r.stdout.startswith(f"Usage: kg {name} ")
    lines = examples(r.stdout)
    assert any(line.startswith(f"kg {name}") or f"&& kg {name} " in line for line in lines), lines


@pytest.mark.parametrize("name", COMMANDS)
def test_examples_are_valid_command_lines(invoke, name: str) -> None:
    """Each `kg ...` example line parses (click has not wrapped it) and names real queries."""
    lines = examples(invoke(name, "--help").stdout)

    for line in lines:
        for command in line.split("&&"):
            argv = shlex.split(command)
            if argv[:1] != ["kg"]:
                continue  # e.g. curl against `kg serve`
            check_parses(argv[1:])
            if argv[1] == "query" and not argv[2].startswith("-"):
                assert argv[2] in QUERY_NAMES, line


def check_parses(argv: list[str]) -> None:
    ctx = main.make_context("kg", list(argv), resilient_parsing=False)
    command = main.get_command(ctx, argv[0])
    assert command is not None, argv
    try:
        command.make_context(argv[0], argv[1:], parent=ctx)
    except click.BadParameter as exc:
        # Example paths (a gold folder, ../shared) need not exist where the tests run.
        assert "does not exist" in str(exc.format_message()), (argv, exc.format_message())


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_readme(name: str) -> None:
    assert f"`kg {name}" in README.read_text(encoding="utf-8")


def test_readme_states_the_exit_codes() -> None:
    text = README.read_text(encoding="utf-8")

    assert "**0** ok / conforms, **1** data violates the shapes, **2** usage or input error" in text


def test_bundled_queries_named_in_the_readme_exist() -> None:
    named = re.findall(r"kg query ([a-z][a-z0-9-]+)", README.read_text(encoding="utf-8"))

    assert named
    assert set(named) <= QUERY_NAMES


def test_the_build_summary_names_a_real_query(invoke, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("قصفت طائرات مسيّرة قاعدة التنف الأمريكية.", encoding="utf-8")

    r = invoke("build", article, "--store", tmp_path / "store")

    assert r.exit_code == 0, r.output
    [named] = re.findall(r"kg query ([a-z][a-z0-9-]+)", r.stderr)
    assert named in QUERY_NAMES


def test_every_attacker_alias_is_in_the_evaluation_guide() -> None:
    table = (ROOT / "docs" / "evaluation.md").read_text(encoding="utf-8").split("### The attacker alias table", 1)[1].casefold()
    assert [name for name in ATTACKER_ALIASES if name not in table] == []
