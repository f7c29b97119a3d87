package org.skilleval.browsertests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * How fast the console's first screen is usable, in Debian's Chromium against the built
 * distribution on this machine. Not part of the build (its name does not end in IT): run it with
 * {@code karaf-distribution/benchmarks/console-benchmark.sh}.
 *
 * <p>For {@code /login} and {@code /public}, each run opens a fresh browser profile (empty cache:
 * the first visit) and then loads the page again (the hashed files now come from the cache). A
 * script installed before the page's own records when the page's first screen is shown (the
 * console's {@code skilleval-console-ready} mark: the page rendered, its form usable) and when
 * the page's data are on screen (the publicity cards; the sign-in button for {@code /login}), in
 * milliseconds from the start of navigation, and how many bytes went over the wire.
 */
class ConsoleBenchmark {

    private static final int RUNS = Integer.getInteger("skilleval.benchmark.runs", 10);

    @Test
    void firstScreen() throws Exception {
        Distribution distribution = Distribution.get();
        for (String[] page : new String[][] {{"/login", "[data-test=sign-in]"}, {"/public", "[data-test=publicity]"}}) {
            List<Double> coldReady = new ArrayList<>();
            List<Double> coldShown = new ArrayList<>();
            List<Double> warmShown = new ArrayList<>();
            List<Double> coldBytes = new ArrayList<>();
            List<Double> warmBytes = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                try (Browser browser = Browser.open(distribution, Browser.DESKTOP)) {
                    browser.driver.executeCdpCommand(
                            "Page.addScriptToEvaluateOnNewDocument", Map.of("source", watchFor(page[1])));
                    Map<String, Double> cold = load(browser, distribution.url(page[0]));
                    Map<String, Double> warm = load(browser, distribution.url(page[0]));
                    coldReady.add(cold.get("ready"));
                    coldShown.add(cold.get("shown"));
                    coldBytes.add(cold.get("bytes"));
                    warmShown.add(warm.get("shown"));
                    warmBytes.add(warm.get("bytes"));
                }
            }
            System.out.printf(
                    "%-8s first visit: page usable %s, data shown %s, %s transferred%n",
                    page[0], ms(coldReady), ms(coldShown), kb(coldBytes));
            System.out.printf(
                    "%-8s next visit:  data shown %s, %s transferred%n", page[0], ms(warmShown), kb(warmBytes));
        }
    }

    private static String watchFor(String selector) {
        return "window.__bench = {};"
                + "new MutationObserver((_, observer) => {"
                + "  if (!window.__bench.shown && document.querySelector('" + selector + "')) {"
                + "    window.__bench.shown = performance.now(); observer.disconnect(); }"
                + "}).observe(document, {childList: true, subtree: true});";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> load(Browser browser, String url) throws InterruptedException {
        browser.driver.get(url);
        JavascriptExecutor js = browser.driver;
        for (int i = 0; i < 200; i++) {
            Object done = js.executeScript("return window.__bench && window.__bench.shown ? true : false");
            if (Boolean.TRUE.equals(done)) {
                break;
            }
            Thread.sleep(25);
        }
        Thread.sleep(300); // let late resources finish so their sizes count
        Map<String, Object> m = (Map<String, Object>)
                js.executeScript(
                        "const mark = performance.getEntriesByName('skilleval-console-ready')[0];"
                                + "const nav = performance.getEntriesByType('navigation')[0];"
                                + "const bytes = performance.getEntriesByType('resource').reduce((s, r) => s + r.transferSize, nav.transferSize);"
                                + "return {ready: mark ? mark.startTime : -1, shown: window.__bench.shown || -1, bytes: bytes};");
        return Map.of(
                "ready", ((Number) m.get("ready")).doubleValue(),
                "shown", ((Number) m.get("shown")).doubleValue(),
                "bytes", ((Number) m.get("bytes")).doubleValue());
    }

    private static String ms(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(
                "median %.0f ms (min %.0f, max %.0f, n=%d)",
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }

    private static String kb(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format("%.1f KB", sorted.get(sorted.size() / 2) / 1000);
    }
}
