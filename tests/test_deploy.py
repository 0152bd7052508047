"""deploy/: the systemd units, the cron line and the log rotation agree with each other and with
the `congdoan` command they run."""

import configparser
import re
import shlex
import subprocess
from pathlib import Path

import pytest

from crawler.cli import build_parser
from crawler.commands.common import EXIT_LOCKED

DEPLOY = Path(__file__).parents[1] / "deploy"
SERVICE = DEPLOY / "congdoan-archive.service"
TIMER = DEPLOY / "congdoan-archive.timer"


def unit(path: Path) -> configparser.ConfigParser:
    """A systemd unit file read as INI: keys keep their case, `%` and `$` are not interpolated."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str
    parser.read_string(path.read_text(encoding="utf-8"), source=str(path))
    return parser


def congdoan_argv(command: str, checkout: str) -> list[str]:
    """The arguments after `congdoan` in a command line that runs the checkout's congdoan."""
    words = [w for w in shlex.split(command) if not w.startswith("$")]  # $CRAWL_ARGS: optional
    program = next(w for w in words if w.endswith("/congdoan"))
    assert program in (f"{checkout}/.venv/bin/congdoan", ".venv/bin/congdoan")
    return words[words.index(program) + 1 :]


def parses(argv: list[str]) -> str:
    """The command `congdoan argv` runs; fails the test when congdoan would refuse argv."""
    try:
        return build_parser().parse_args(argv).command
    except SystemExit:
        pytest.fail(f"congdoan {shlex.join(argv)}: not a valid command line")


def test_the_service_runs_a_crawl_that_exists():
    service = unit(SERVICE)
    checkout = service["Service"]["WorkingDirectory"]
    assert checkout.startswith("/")
    argv = congdoan_argv(service["Service"]["ExecStart"], checkout)
    assert parses(argv) == "crawl"
    db = argv[argv.index("--db") + 1]
    assert f"{checkout}/{Path(db).parent}" in service["Service"]["ReadWritePaths"].split()


def test_the_service_is_a_background_one_shot():
    service = unit(SERVICE)["Service"]
    assert service["Type"] == "oneshot"
    assert 0 < int(service["Nice"]) <= 19
    assert service["IOSchedulingClass"] == "idle"
    assert service["User"] and service["User"] != "root"
    # Another run holding the archive is not a failure: the next hour's run catches up.
    assert str(EXIT_LOCKED) in service["SuccessExitStatus"].split()


def test_the_timer_starts_the_service_hourly():
    timer = unit(TIMER)
    assert timer["Timer"]["OnCalendar"] == "hourly"
    assert timer["Timer"]["Unit"] == SERVICE.name
    assert timer["Timer"].getboolean("Persistent")
    assert timer["Install"]["WantedBy"] == "timers.target"


def test_the_env_file_examples_are_valid_arguments():
    service = unit(SERVICE)["Service"]
    assert service["EnvironmentFile"].lstrip("-").endswith("congdoan-archive.env")
    examples = re.findall(
        r"^#?CRAWL_ARGS=(.*)$", (DEPLOY / "congdoan-archive.env").read_text(), re.M
    )
    assert examples
    for extra in examples:
        assert parses(["crawl", "--db", "data/archive.db", *shlex.split(extra)]) == "crawl"


def cron_line() -> tuple[list[str], str]:
    """The crontab's one entry: its five time fields and its command."""
    [line] = [
        line
        for line in (DEPLOY / "crontab").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    fields = line.split(None, 5)
    return fields[:5], fields[5]


def test_the_cron_line_runs_the_same_crawl_hourly():
    when, command = cron_line()
    minute, *rest = when
    assert 0 <= int(minute) <= 59 and rest == ["*", "*", "*", "*"]
    checkout = unit(SERVICE)["Service"]["WorkingDirectory"]
    assert command.startswith(f"cd {checkout} && ")
    run = command.split(" && ", 1)[1].split(">>")[0]
    assert parses(congdoan_argv(run, checkout)) == "crawl"


def test_logrotate_rotates_the_log_the_cron_line_writes():
    _, command = cron_line()
    checkout = command.split()[1]
    log = re.search(r">>\s*(\S+)\s+2>&1", command).group(1)
    config = (DEPLOY / "logrotate.conf").read_text(encoding="utf-8")
    match = re.search(r"^(\S+)\s*\{(.*?)^\}", config, re.M | re.S)
    assert match and match.group(1) == f"{checkout}/{log}"
    directives = {line.split()[0] for line in match.group(2).splitlines() if line.strip()}
    directives.discard("#")
    assert {"rotate", "compress", "missingok", "notifempty", "su"} <= directives


def test_the_deploy_readme_covers_every_file():
    readme = (DEPLOY / "README.md").read_text(encoding="utf-8")
    missing = [p.name for p in DEPLOY.iterdir() if p.name != "README.md" and p.name not in readme]
    assert not missing, f"deploy/README.md does not mention {missing}"


@pytest.mark.parametrize(("status", "mailed"), [(0, False), (75, False), (1, True), (3, True)])
def test_cron_mails_one_line_only_when_a_run_failed(status, mailed, tmp_path):
    # cron mails whatever a job prints: the line must print nothing for a good or a skipped run.
    _, command = cron_line()
    checkout = command.split()[1]
    fake = tmp_path / ".venv" / "bin" / "congdoan"
    fake.parent.mkdir(parents=True)
    fake.write_text(f"#!/bin/sh\necho 'a log line' >&2\nexit {status}\n")
    fake.chmod(0o755)
    (tmp_path / "data").mkdir()
    run = subprocess.run(
        ["/bin/sh", "-c", command.replace(checkout, str(tmp_path))],
        capture_output=True,
        text=True,
        timeout=30,
    )
    expected = f"congdoan crawl exited {status}: see {tmp_path}/data/crawl.log\n"
    assert run.stdout + run.stderr == (expected if mailed else "")
    assert (tmp_path / "data" / "crawl.log").read_text() == "a log line\n"
