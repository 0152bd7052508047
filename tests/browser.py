"""Headless Chromium (Debian's chromium and chromium-driver, driven by Selenium) and a
`datasette serve` on 127.0.0.1, for tests/test_browser.py and tests/screenshots.py."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Debian's names; CHROMIUM_CANDIDATES covers the other distributions' too.
CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome")
DRIVER = "chromedriver"
WINDOW = (1200, 800)


def missing() -> str | None:
    """Why the browser cannot run here (None: it can)."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    if not chromium():
        return "no chromium binary (apt-get install chromium chromium-driver)"
    if not shutil.which(DRIVER):
        return "no chromedriver (apt-get install chromium-driver)"
    return None


def chromium() -> str | None:
    return next(filter(None, map(shutil.which, CHROMIUM_CANDIDATES)), None)


@contextmanager
def browser(width: int = WINDOW[0], height: int = WINDOW[1]) -> Iterator:
    """A headless Chromium session; quit on exit."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium()
    for argument in (
        "--headless=new",
        "--no-sandbox",  # root in CI containers
        "--disable-dev-shm-usage",
        "--disable-gpu",
        f"--window-size={width},{height}",
        "--lang=vi-VN",
        "--hide-scrollbars",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=Service(shutil.which(DRIVER)))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def datasette(db_path: Path, seconds: float = 30.0) -> Iterator[str]:
    """`datasette serve DB` on a free 127.0.0.1 port (the plugin loads through its entry
    point, as for any user); yields the base URL, stops the server on exit."""
    port = free_port()
    command = [sys.executable, "-m", "datasette", "serve", str(db_path)]
    command += ["-h", "127.0.0.1", "-p", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/-/versions.json", server, seconds)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        if server.stdout:
            server.stdout.close()


def wait_until_up(url: str, server: subprocess.Popen, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            if server.poll() is not None:
                output = server.stdout.read().decode(errors="replace") if server.stdout else ""
                raise RuntimeError(f"datasette exited with {server.returncode}: {output}") from None
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
