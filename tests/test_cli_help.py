"""``rapport --help`` and every subcommand's help read as plain text in a terminal."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from bot.runtime.cli import parser
from tests.shell import Operator


def _every_parser(command: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield command
    for action in command._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _every_parser(sub)


def test_no_help_page_shows_markup() -> None:
    pages = {command.prog: command.format_help() for command in _every_parser(parser())}
    assert len(pages) > 20 and "rapport db check" in pages
    marked = [prog for prog, page in pages.items() if "`" in page or "**" in page]
    assert marked == []


async def test_rapport_help_says_what_it_is_and_lists_the_commands(operator: Operator) -> None:
    shown = await operator.rapport("--help")
    assert shown.code == 0
    assert "Rapport's command line, for operators and administrators." in shown.out
    for command in ("run", "demo", "invite", "sites", "staff", "audit", "export"):
        assert f"    {command}" in shown.out
