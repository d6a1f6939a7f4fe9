"""The demo's web chat in a real browser (Debian's headless Chromium, driven by Selenium through
chromedriver; nothing is downloaded): what a newcomer does first after ``make demo``. Each step
leaves a screenshot in the test's temporary folder (``screens/``), kept as a CI artifact. The
browser runs in Tokyo's time zone, so times that read as Toronto's are the site's, not the
browser's. Skipped where Chromium or its driver is absent (``.ci/run`` installs them)."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import pytest

from bot.i18n import t

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="Chromium and chromedriver are absent (apt-get install chromium chromium-driver)",
)
webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import WebDriverException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

T = TypeVar("T")
SITE_ZONE = ZoneInfo("America/Toronto")  # the demo site's
BROWSER_ZONE = "Asia/Tokyo"  # never the site's: a time shown in it would be the browser's
STARTUP_S = 90.0
STEP_S = 20.0
IMMEDIATE = "482913K 4B range 20 min ago hiding something in his waistband, looked like a shank"
FRENCH = "517204C rangée 4B il y a 10 min refuse de regagner sa cellule, ton menaçant"


def _plain(text: str) -> str:
    """Text as the browser reports it: non-breaking spaces read as spaces."""
    return re.sub(r"[\u00a0\u202f]", " ", text)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=5) as response:
        return json.loads(response.read())


def _until(check: Callable[[], T], within: float, what: str) -> T:
    """Poll ``check`` until it returns something truthy; fail naming ``what`` otherwise."""
    deadline = time.monotonic() + within
    while True:
        try:
            found = check()
        except (WebDriverException, OSError):
            found = None
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {within:.0f} s for {what}")
        time.sleep(0.2)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``rapport demo`` on a free port, in its own process: the URL of its web chat."""
    folder = tmp_path_factory.mktemp("demo")
    port = _free_port()
    command = [sys.executable, "-m", "bot.runtime.cli", "demo", "--port", str(port)]
    command += ["--database-url", f"sqlite+aiosqlite:///{folder / 'demo.db'}"]
    log = (folder / "demo.log").open("w")
    process = subprocess.Popen(command, cwd=folder, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:

        def polling() -> bool:
            if process.poll() is not None:
                raise AssertionError((folder / "demo.log").read_text())
            return bool(_get(f"{url}/control/calls?method=getUpdates"))

        _until(polling, STARTUP_S, "the demo bot to poll the sandbox")
        yield url
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


class WebChat:
    """The web chat page as a person uses it: pick a persona, type, tap, read."""

    def __init__(self, driver: Any, screens: Path) -> None:
        self.driver = driver
        self.screens = screens
        self.step = 0

    def snap(self, what: str) -> None:
        """A screenshot of this step, numbered in order."""
        self.step += 1
        self.driver.save_screenshot(str(self.screens / f"{self.step:02d}-{what}.png"))

    def pick(self, name: str) -> None:
        """Be this persona."""
        xpath = f"//button[contains(@class,'persona')][starts-with(normalize-space(), '{name}')]"
        _until(lambda: self.driver.find_element(By.XPATH, xpath), STEP_S, name).click()
        _until(lambda: name in self.driver.find_element(By.ID, "title").text, STEP_S, name)

    def send(self, text: str) -> None:
        """Type a message and send it."""
        self.driver.find_element(By.ID, "text").send_keys(text)
        self.driver.find_element(By.ID, "sendButton").click()

    def bot_says(self, *words: str) -> str:
        """The text of the latest bot message holding all ``words``, once there is one."""

        def found() -> str | None:
            for message in reversed(self.driver.find_elements(By.CSS_SELECTOR, ".msg:not(.me)")):
                text = _plain(message.text)
                if all(_plain(word) in text for word in words):
                    return text
            return None

        return _until(found, STEP_S, f"a bot message holding {words}")

    def tap(self, label: str, *, on: str) -> None:
        """Tap the button ``label`` on the latest bot message holding ``on`` (the page redraws
        as messages arrive, so the button is looked up afresh until the tap lands)."""
        on, label = _plain(on), _plain(label)

        def tapped() -> bool:
            for message in reversed(self.driver.find_elements(By.CSS_SELECTOR, ".msg:not(.me)")):
                if on in _plain(message.text):
                    for button in message.find_elements(By.TAG_NAME, "button"):
                        if _plain(button.text) == label:
                            button.click()
                            return True
            return False

        _until(tapped, STEP_S, f"the button {label!r} on a message holding {on!r}")

    def hint(self) -> str:
        """What the page says about the current persona."""
        return self.driver.find_element(By.ID, "hint").text

    def menu(self) -> str:
        """The bot's command menu as the current persona sees it."""
        self.driver.find_element(By.ID, "menuButton").click()
        return _plain(_until(lambda: self.driver.find_element(By.ID, "menu").text, STEP_S, "menu"))

    def last_time_shown(self) -> str:
        """The time printed under the latest message."""
        return self.driver.find_elements(By.CSS_SELECTOR, ".msg .meta")[-1].text


@pytest.fixture
def chat(demo: str, tmp_path: Path) -> Iterator[WebChat]:
    """A headless Chromium on the demo's web chat, in a time zone that is not the site's."""
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    options.add_argument("--window-size=1280,900")
    options.add_argument("--lang=en-US")
    service = Service(str(CHROMEDRIVER), env={**os.environ, "TZ": BROWSER_ZONE})
    driver = webdriver.Chrome(service=service, options=options)
    screens = tmp_path / "screens"
    screens.mkdir()
    try:
        driver.get(f"{demo}/")
        yield WebChat(driver, screens)
    finally:
        driver.quit()


def _hour_shown(clock: str) -> int:
    """The hour (0-23) of a time as the page prints it, e.g. "11:35:46 AM"."""
    hour = int(clock.split(":")[0])
    if clock.endswith("PM") and hour != 12:
        hour += 12
    if clock.endswith("AM") and hour == 12:
        hour = 0
    return hour


def test_an_officers_immediate_observation_reaches_the_supervisor_and_comes_back_acknowledged(
    chat: WebChat,
) -> None:
    chat.pick("Alex Martin")
    assert "Correctional Officer" in chat.hint() and "Try:" in chat.hint()
    chat.snap("alex-picked")
    menu = chat.menu()
    assert "/observe" in menu and "/invite" not in menu and "/register" not in menu
    chat.snap("alex-menu")

    chat.send(IMMEDIATE)
    card = chat.bot_says(t("en", "capture.card_title"), "BOUCHARD")
    assert "IMMEDIATE" in card
    chat.snap("alex-card")
    chat.tap(t("en", "capture.submit"), on=t("en", "capture.card_title"))
    [reference] = re.findall(r"R-\d{4}-\d{6}", chat.bot_says("R-", "Jordan Roy"))[:1]
    chat.snap("alex-submitted")

    shown = chat.last_time_shown()
    site_hours = {(datetime.now(SITE_ZONE) - timedelta(minutes=m)).hour for m in (0, 2)}
    assert _hour_shown(shown) in site_hours, f"{shown} is not the site's time"

    chat.pick("Jordan Roy")
    alert = t("en", "alerts.heading", reference=reference)
    assert "BOUCHARD" in chat.bot_says(alert)
    chat.snap("jordan-alert")
    chat.tap(t("en", "alerts.acknowledge"), on=alert)
    chat.bot_says(alert, "Acknowledged by Jordan Roy")
    chat.snap("jordan-acknowledged")

    chat.pick("Alex Martin")
    chat.bot_says(f"{reference}: acknowledged by Jordan Roy")
    chat.snap("alex-sees-the-acknowledgement")


def test_a_french_officer_reads_the_page_and_the_bot_in_french(chat: WebChat) -> None:
    chat.pick("Chloé Lavoie")
    assert "speaks French" in chat.hint()
    assert _plain(t("fr", "commands.observe")) in chat.menu()
    chat.send(FRENCH)
    card = chat.bot_says(t("fr", "capture.card_title"))
    assert "WHITEHORSE" in card
    chat.snap("chloe-card")
