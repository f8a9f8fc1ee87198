"""`innovdb report`: the HTML file as a person sees it, in headless Chromium (Debian's chromium and
chromium-driver, driven by Selenium), on the constructed histories of history_fixture.py."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import facts_fixture
import history_fixture as h
import psycopg
import pytest
from sqlalchemy import Engine, create_engine, pool
from sqlalchemy.engine import make_url

from etl.db import libpq_url
from etl.errors import UsageError
from etl.report import build_report, write_atomically

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / ".screenshots"
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
# Chromium as root in CI: no sandbox, no GPU, nothing that reaches the network, a fresh profile
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--window-size=1400,2400")


@pytest.fixture(scope="module")
def history_engine(server_url: str, template_url: str) -> Iterator[Engine]:
    name = f"innovdb_report_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(libpq_url(server_url), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{make_url(template_url).database}"')
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(libpq_url(url)) as conn:
        facts_fixture.load(conn, h.DOCS, h.FACTS, h.REGIONS, (), h.INDICATORS, ())
    eng = create_engine(url, poolclass=pool.NullPool)
    yield eng
    eng.dispose()
    with psycopg.connect(libpq_url(server_url), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def browser() -> Iterator[object]:
    webdriver = pytest.importorskip("selenium.webdriver")
    if not (os.access(CHROMIUM, os.X_OK) and os.access(CHROMEDRIVER, os.X_OK)):
        pytest.skip("needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="innovdb-chromium-")
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=webdriver.ChromeService(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _wait_for(condition, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("the page did not finish rendering its charts")
        time.sleep(0.2)


def test_report_renders_every_chart_without_console_errors(history_engine: Engine, browser, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    report = build_report(["Northport"], ["Southbay", "Eastvale"], history_engine)
    out = tmp_path / "report.html"
    write_atomically(out, report.html)
    browser.get(out.as_uri())
    charts = lambda: browser.find_elements(By.CSS_SELECTOR, "div.js-plotly-plot")  # noqa: E731
    _wait_for(lambda: len(charts()) == report.charts
              and all(c.find_elements(By.CSS_SELECTOR, "svg.main-svg .trace") for c in charts()))
    # one bar chart and one history chart per indicator Northport has a target for (6 indicators)
    assert report.charts == 12
    assert len(charts()) == 12
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []
    # each chart fits its box: nothing (a bar, a title) is cut off at the edge
    widths = browser.execute_script(
        "return [...document.querySelectorAll('section.chart')].map(s => [s.clientWidth,"
        " s.querySelector('svg.main-svg').getBoundingClientRect().width])")
    assert all(svg <= box + 1 for box, svg in widths), widths
    # self-contained: the page loaded nothing besides itself
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    y_titles = {e.text for e in browser.find_elements(By.CSS_SELECTOR, ".g-ytitle")}
    assert "R&D intensity (percent)" in y_titles and "high-tech enterprises (count)" in y_titles
    chart_titles = {" ".join(e.text.split()) for e in browser.find_elements(By.CSS_SELECTOR, ".gtitle")}
    assert "R&D intensity: history and targetsintensité de R&D" in chart_titles  # two lines, no space
    statuses = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "table.scorecard .status")]
    assert sorted(statuses) == sorted(["behind", "behind", "behind", "unknown", "unknown", "on track", "reached"])
    quotes = browser.find_elements(By.CSS_SELECTOR, "table.sources a")
    assert len(quotes) == report.sources > 0
    assert all("#:~:text=" in q.get_attribute("href") for q in quotes)
    SCREENSHOTS.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(SCREENSHOTS / "report.png"))


def test_report_cli_writes_the_file_atomically_and_refuses_a_symlink(tmp_path: Path, cli_env: dict[str, str]) -> None:
    with psycopg.connect(libpq_url(cli_env["DATABASE_URL"])) as conn:
        facts_fixture.load(conn, h.DOCS, h.FACTS, h.REGIONS, (), h.INDICATORS, ())
    out = tmp_path / "r.html"
    result = subprocess.run([sys.executable, "-m", "etl", "report", "--region", "Northport", "--against",
                             "Southbay", "--out", str(out)], env=cli_env, cwd=REPO, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["r.html"]  # no temporary file left behind
    target = tmp_path / "elsewhere.html"
    target.write_text("keep me", encoding="utf-8")
    link = tmp_path / "link.html"
    link.symlink_to(target)
    with pytest.raises(UsageError, match="symbolic link"):
        write_atomically(link, "<html></html>")
    assert target.read_text(encoding="utf-8") == "keep me" and link.is_symlink()


def test_report_refuses_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="does not exist"):
        write_atomically(tmp_path / "missing" / "r.html", "x")
    assert not (tmp_path / "missing").exists()
