#!/usr/bin/env python3
"""Browser tests of the explorer page (`nexus build` writes DIR/NAME.html), in headless Chromium
through Selenium. Run by ExplorerBrowserTests (swift test); by hand:

    python3 Tests/Browser/explorer_test.py SAMPLES_PAGE HOSTILE_PAGE [SCREENSHOT.png]

SAMPLES_PAGE is the page built from Samples/; HOSTILE_PAGE one built from an article whose names
carry markup, or `-` to leave those checks out (Scripts/make-graphs.sh takes the screenshot so). Exits 0 when every check passes; prints one line per failed check otherwise.
"""
import sys, time
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL: " + message)


def driver():
    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,800"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def console_errors(d):
    return [e for e in d.get_log("browser") if e.get("level") == "SEVERE"]


def samples(d, page, screenshot):
    start = time.time()
    d.get("file://" + page)
    WebDriverWait(d, 10).until(lambda x: x.find_elements(By.CSS_SELECTOR, "g.node[data-id]"))
    print("loaded in %.2f s" % (time.time() - start))
    check(not console_errors(d), "console errors on load: %s" % console_errors(d))
    # Search highlights Antony Blinken.
    d.find_element(By.ID, "search").send_keys("Blinken")
    results = [e.text for e in d.find_elements(By.CSS_SELECTOR, "#results li")]
    check(any(r.startswith("Antony Blinken") for r in results), "search 'Blinken' lists Antony Blinken: %s" % results)
    hits = [g.get_attribute("data-id") for g in d.find_elements(By.CSS_SELECTOR, "g.node.hit")]
    check("person:antony-blinken" in hits, "search 'Blinken' highlights his node: %s" % hits)
    # Clicking him shows a sentence naming him.
    d.find_element(By.CSS_SELECTOR, "#results button").click()
    sentences = [e.text for e in d.find_elements(By.CSS_SELECTOR, "#panel-body .sentence")]
    check(any("Blinken" in s for s in sentences), "his panel shows a sentence with 'Blinken'")
    check(d.find_elements(By.CSS_SELECTOR, "#panel-body .sentence mark"), "names are highlighted in the sentences")
    if screenshot:
        d.save_screenshot(screenshot)
    # Clicking a node of the drawing opens it too.
    node = d.find_element(By.CSS_SELECTOR, 'g.node[data-id="country:kazakhstan"]')
    d.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", node.find_element(By.CSS_SELECTOR, "text"))
    check(d.find_element(By.CSS_SELECTOR, "#panel-body h2").text == "Kazakhstan", "clicking a node opens its panel")
    # Clicking an edge shows its evidence.
    edge = d.find_element(By.CSS_SELECTOR, "g.edge[data-edge]")
    d.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", edge.find_element(By.CSS_SELECTOR, "path"))
    check(d.find_elements(By.CSS_SELECTOR, "#panel-body .sentence"), "clicking an edge shows its sentences")
    # Who connects Kazakhstan and the Syrian Democratic Forces: each hop with its sentence.
    d.find_element(By.ID, "path-from").send_keys("Kazakhstan")
    d.find_element(By.ID, "path-to").send_keys("Syrian Democratic Forces")
    d.find_element(By.ID, "path-go").click()
    paths = d.find_elements(By.CSS_SELECTOR, "#path-result li.path")
    check(paths, "a path from Kazakhstan to the Syrian Democratic Forces is shown")
    for path in paths:
        hops = path.find_elements(By.CSS_SELECTOR, ".hop")
        check(hops and all(h.find_elements(By.CSS_SELECTOR, ".sentence") for h in hops), "every hop has its sentence")
    check(paths and "Kazakhstan" in paths[0].text and "Syrian Democratic Forces" in paths[0].text, "the path runs between the two")
    # A filter hides what it should, and only that.
    d.find_element(By.ID, "kind-country").click()
    countries = d.find_elements(By.CSS_SELECTOR, 'g.node[data-id^="country:"]')
    check(countries and all(not g.is_displayed() for g in countries), "unticking country hides every country node")
    people = d.find_elements(By.CSS_SELECTOR, 'g.node[data-id^="person:"]')
    check(people and all(g.is_displayed() for g in people), "people stay visible")
    d.find_element(By.ID, "kind-country").click()
    check(all(g.is_displayed() for g in countries), "ticking it again shows them")
    # The community filter keeps one community of the drawing.
    options = d.find_elements(By.CSS_SELECTOR, "#community option")
    check(len(options) > 2, "the drawing's communities are offered")
    if len(options) > 1:
        options[1].click()
        shown = [g for g in d.find_elements(By.CSS_SELECTOR, "g.node[data-id]") if g.is_displayed()]
        check(0 < len(shown) < len(d.find_elements(By.CSS_SELECTOR, "g.node[data-id]")), "a community shows part of the drawing")
        options[0].click()
    # The rankings table sorts and opens an entity.
    d.find_element(By.CSS_SELECTOR, "#rankings th:nth-child(3) button").click()
    check(len(d.find_elements(By.CSS_SELECTOR, "#rankings tbody tr")) > 10, "the rankings table has rows")
    check(len(d.find_elements(By.CSS_SELECTOR, "#commitments tbody tr")) > 5, "the commitments table has rows")
    check(not console_errors(d), "console errors after use: %s" % console_errors(d))


def hostile(d, page):
    d.get("file://" + page)
    WebDriverWait(d, 10).until(lambda x: x.find_elements(By.CSS_SELECTOR, "#tables"))
    d.find_element(By.ID, "search").send_keys("Acme")
    buttons = d.find_elements(By.CSS_SELECTOR, "#results button")
    check(buttons, "search finds the hostile article's organization")
    shown = ""
    for button in buttons:
        button.click()
        shown += d.find_element(By.ID, "panel-body").text
    check("onerror" in shown, "the markup in the evidence is shown as text")
    check(not d.find_elements(By.CSS_SELECTOR, "#panel-body img, #results img, #panel-body script"), "names with markup stay text")
    check(d.execute_script("return window.__nexusInjected === undefined"), "no script from the input ran")


def main():
    d = driver()
    try:
        samples(d, sys.argv[1], sys.argv[3] if len(sys.argv) > 3 else None)
        if sys.argv[2] != "-":
            hostile(d, sys.argv[2])
    finally:
        d.quit()
    if failures:
        sys.exit(1)
    print("explorer: all checks passed")


if __name__ == "__main__":
    main()
