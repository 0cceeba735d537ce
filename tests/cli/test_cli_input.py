"""Bad command-line input: one line on stderr naming the rule, exit status 2, no traceback."""

from __future__ import annotations

import argparse
import socket
from collections.abc import Iterator

import pytest

from giftkit import cli, testing


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


PROVIDER = testing.providers()[0]

CASES = [
    # (argv, what stderr must say)
    ([], "required: COMMAND"),
    (["nope"], "invalid choice: 'nope'"),
    (["serve", "nope"], "unknown provider 'nope'"),
    (["serve", PROVIDER.upper()], f"did you mean {PROVIDER!r}"),
    (["contract", PROVIDER.title()], f"did you mean {PROVIDER!r}"),
    (["contract", PROVIDER[:-1]], f"did you mean {PROVIDER!r}"),
    (["serve", PROVIDER, "--port", "70000"], "port must be 0..65535, got 70000"),
    (["serve", PROVIDER, "--port", "-1"], "port must be 0..65535, got -1"),
    (["serve", PROVIDER, "--port", "http"], "must be a whole number, got 'http'"),
    (["serve", PROVIDER, "--host", "no-such-host.invalid"], "cannot resolve host"),
    (["serve", PROVIDER, "--port", "{busy}"], "cannot listen on 127.0.0.1:{busy}"),
    (["serve", PROVIDER, "--seed", "x"], "--seed: must be a whole number"),
    (["contract", PROVIDER, "--base-url", "not a url"], "must be an http:// or https:// URL"),
    (
        ["contract", PROVIDER, "--base-url", "ftp://127.0.0.1/"],
        "must be an http:// or https:// URL",
    ),
    (["contract", PROVIDER, "--base-url", "http://127.0.0.1:99999"], "not a URL"),
    (["contract", PROVIDER, "--base-url", "https://no-such-host.invalid"], "cannot resolve host"),
    (["contract", PROVIDER, "--max-examples", "0"], "--max-examples: must be 1 or more, got 0"),
    (["contract", PROVIDER, "--max-examples", "-3"], "--max-examples: must be 1 or more, got -3"),
    (["contract", PROVIDER, "--timeout", "0"], "--timeout: must be more than 0 seconds"),
    (["contract", PROVIDER, "--bogus"], "unrecognized arguments: --bogus"),
]


@pytest.mark.parametrize(("argv", "says"), CASES, ids=[" ".join(a) or "(none)" for a, _ in CASES])
def test_bad_input_is_one_line_and_exit_2(
    argv: list[str], says: str, busy_port: int, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [a.replace("{busy}", str(busy_port)) for a in argv]
    assert cli.main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert says.replace("{busy}", str(busy_port)) in lines[0]
    assert "Traceback" not in captured.err


def test_every_option_has_help_and_the_provider_lists_its_choices() -> None:
    parser = cli.build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(commands.choices) >= {"serve", "contract", "providers"}
    for name, sub in commands.choices.items():
        for action in sub._actions:
            assert action.help, f"giftkit {name} {action.option_strings or action.dest}: no help"
        positional = [a for a in sub._actions if a.dest == "provider"]
        for action in positional:
            assert all(p in (action.help or "") for p in testing.providers()), name


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    import giftkit

    with pytest.raises(SystemExit) as exit_:
        cli.main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"giftkit {giftkit.__version__}"
    assert giftkit.__version__[0].isdigit() and giftkit.__version__ != "0+unknown"
