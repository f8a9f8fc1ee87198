"""The review page as a person sees it: headless Chromium (Debian's chromium + chromium-driver) via Selenium."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from etl.config import DEFAULT_MIN_CONFIDENCE
from etl.pipeline import process_path
from etl.review import review

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "documents"

HOSTILE = ("<script>document.title='owned'</script> Hefei aims to raise its R&D intensity to 3.5% by 2030. "
           "Wuhan had 14,000 high-tech enterprises in 2023. <img src=x onerror=alert(1)>\n")

pytestmark = pytest.mark.skipif(
    not (Path(CHROMIUM).exists() and Path(DRIVER).exists()),
    reason="headless browser tests need the Debian packages chromium and chromium-driver "
           "(apt-get install -y chromium chromium-driver)",
)


@pytest.fixture
def browser(tmp_path: Path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={tmp_path / 'chromium-profile'}", "--window-size=1400,1000"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=DRIVER))
    yield driver
    driver.quit()


def severe(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def fact_count(path: Path) -> int:
    return len(process_path(path).facts)


def test_a_seed_review_page_highlights_every_fact_without_console_errors(browser, tmp_path: Path) -> None:
    out = tmp_path / "review"
    review([str(SEEDS)], out, min_confidence=DEFAULT_MIN_CONFIDENCE)
    pages = sorted(out.glob("0*.html"))
    documents = sorted(SEEDS.glob("*.txt"))
    busiest = max(range(len(documents)), key=lambda i: fact_count(documents[i]))
    browser.get(pages[busiest].as_uri())
    marks = browser.find_elements("css selector", "mark.fact[tabindex]")
    assert len(marks) == fact_count(documents[busiest]) > 0
    assert len({m.get_attribute("data-fact") for m in browser.find_elements("css selector", "mark.fact")}) == len(marks)
    assert len(browser.find_elements("css selector", "#facts tbody tr")) == len(marks)
    browser.find_element("tag name", "body").send_keys("j")
    browser.save_screenshot(str(tmp_path / "review-seed.png"))
    assert (tmp_path / "review-seed.png").stat().st_size > 10_000
    browser.get((out / "index.html").as_uri())
    assert len(browser.find_elements("css selector", "#documents tbody tr")) == len(documents)
    browser.save_screenshot(str(tmp_path / "review-index.png"))
    assert severe(browser) == []


def test_hostile_text_is_shown_as_text_and_runs_nothing(browser, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    review([str(docs)], tmp_path / "review", min_confidence=DEFAULT_MIN_CONFIDENCE)
    browser.get((tmp_path / "review" / "0001-hostile.txt.html").as_uri())
    text = browser.find_element("id", "text").text
    assert "<script>document.title='owned'</script>" in text and "<img src=x onerror=alert(1)>" in text
    assert browser.execute_script("return document.title") != "owned"
    assert browser.find_elements("css selector", "#text script, #text img") == []
    assert len(browser.find_elements("css selector", "mark.fact[tabindex]")) == fact_count(docs / "hostile.txt")
    assert severe(browser) == []


def test_keys_move_between_facts_and_show_their_details(browser, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "plan.txt").write_text(HOSTILE, encoding="utf-8")
    review([str(docs)], tmp_path / "review", min_confidence=DEFAULT_MIN_CONFIDENCE)
    browser.get((tmp_path / "review" / "0001-plan.txt.html").as_uri())
    body = browser.find_element("tag name", "body")
    active = lambda: browser.switch_to.active_element.get_attribute("id")  # noqa: E731
    body.send_keys("j")
    assert active() == "fact-1"
    assert "Hefei" in browser.find_element("id", "details").text
    browser.switch_to.active_element.send_keys("j")
    assert active() == "fact-2"
    assert "Wuhan" in browser.find_element("id", "details").text
    browser.switch_to.active_element.send_keys("k")
    assert active() == "fact-1"
    assert severe(browser) == []


def test_the_side_table_sorts_and_copy_shows_the_yaml(browser, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "plan.txt").write_text(HOSTILE, encoding="utf-8")
    review([str(docs)], tmp_path / "review", min_confidence=DEFAULT_MIN_CONFIDENCE)
    browser.get((tmp_path / "review" / "0001-plan.txt.html").as_uri())
    subjects = lambda: [r.find_elements("tag name", "td")[2].text  # noqa: E731
                        for r in browser.find_elements("css selector", "#facts tbody tr")]
    header = browser.find_elements("css selector", "#facts th button.sort")[2]
    header.click()
    assert subjects() == ["Hefei", "Wuhan"]
    header.click()
    assert subjects() == ["Wuhan", "Hefei"]
    browser.find_element("css selector", '#facts button.copy[data-action="reject"][data-fact="2"]').click()
    yaml_text = browser.find_element("id", "yaml-out").text
    assert "action: reject" in yaml_text and "document: plan.txt" in yaml_text
    assert severe(browser) == []
