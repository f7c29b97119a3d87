package org.skilleval.browsertests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (never one Selenium would
 * download), on a fresh profile. Elements are found by their {@code data-test} attribute.
 */
final class Browser implements AutoCloseable {

    static final Dimension DESKTOP = new Dimension(1366, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    final ChromeDriver driver;
    private final Distribution distribution;
    private final WebDriverWait wait;
    private final Path profile;

    private Browser(ChromeDriver driver, Distribution distribution, Path profile) {
        this.driver = driver;
        this.distribution = distribution;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, PATIENCE);
    }

    static Browser open(Distribution distribution, Dimension size) throws IOException {
        Path chromium = Path.of(System.getProperty("skilleval.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("skilleval.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            fail("The browser tests need Debian's Chromium and its driver at " + chromium + " and " + chromedriver
                    + ": apt-get install -y chromium chromium-driver fonts-noto-cjk (.ci/run installs them)");
        }
        Path profile = Files.createTempDirectory("skilleval-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-default-apps",
                "--no-first-run",
                "--no-default-browser-check",
                "--lang=zh-CN",
                "--user-data-dir=" + profile,
                "--window-size=" + size.getWidth() + "," + size.getHeight());
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(size);
        return new Browser(driver, distribution, profile);
    }

    void go(String path) {
        driver.get(distribution.url(path));
        waitUntilReady();
    }

    void waitUntilReady() {
        wait.until(d -> "true"
                .equals(((JavascriptExecutor) d)
                        .executeScript("return document.documentElement.dataset.ready || null")));
    }

    /**
     * Forgets the session: every cookie of the browser (the session cookie's path is /api, where
     * WebDriver's own cookie calls on a page do not reach).
     */
    void forgetSession() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** Signs in on the console's sign-in page and waits for the role's landing page. */
    void signIn(String username, String password) {
        forgetSession();
        go("/login");
        type("username", username);
        type("password", password);
        click("sign-in");
        try {
            wait.until(d -> !d.getCurrentUrl().contains("/login"));
        } catch (org.openqa.selenium.TimeoutException e) {
            List<WebElement> problem = driver.findElements(By.cssSelector(testSelector("problem")));
            throw new AssertionError(
                    username + " could not sign in: "
                            + (problem.isEmpty() ? "no answer" : problem.get(0).getText()),
                    e);
        }
        waitUntilReady();
    }

    void signOut() {
        click("sign-out");
        wait.until(d -> d.getCurrentUrl().contains("/login"));
    }

    WebElement find(String test) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(testSelector(test))));
    }

    List<WebElement> all(String test) {
        return driver.findElements(By.cssSelector(testSelector(test)));
    }

    void click(String test) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(testSelector(test))));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    void type(String test, String text) {
        WebElement element = find(test);
        element.clear();
        element.sendKeys(text);
    }

    /** Sets a value the way typing would end, for date and month fields whose typing depends on the locale. */
    void set(String test, String value) {
        WebElement element = find(test);
        ((JavascriptExecutor) driver)
                .executeScript(
                        "const e = arguments[0]; e.value = arguments[1];"
                                + " e.dispatchEvent(new Event('input', {bubbles: true}));"
                                + " e.dispatchEvent(new Event('change', {bubbles: true}));"
                                + " e.dispatchEvent(new Event('blur'));",
                        element,
                        value);
    }

    void select(String test, String value) {
        new Select(find(test)).selectByValue(value);
    }

    void upload(String test, Path file) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(testSelector(test))));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    String text(String test) {
        return find(test).getText();
    }

    /** Waits until the page shows this text. */
    void waitForText(String text) {
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    void waitFor(String test) {
        find(test);
    }

    /** Waits until an element marked {@code test} shows exactly this text (for data that loads after its table). */
    void waitForCell(String test, String text) {
        wait.until(d -> {
            try {
                return d.findElements(By.cssSelector(testSelector(test))).stream()
                        .anyMatch(cell -> cell.getText().strip().equals(text));
            } catch (StaleElementReferenceException rerendered) {
                // the table was drawn again between finding a cell and reading it: look again
                return false;
            }
        });
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * What the server answers to a link of the page, asked for the way the browser follows it: from
     * the page, to the link's address, with the browser's own session cookie and nothing else (no
     * bearer token, no CSRF header: a download is a GET).
     */
    record Download(String address, int status, String contentType, String disposition, byte[] body) {}

    /** Follows the link {@code test} (see {@link #fetch}). */
    Download follow(String test) {
        return fetch(find(test).getAttribute("href"));
    }

    /** Fetches an address from the page, as a link of the page would (see {@link Download}). */
    @SuppressWarnings("unchecked")
    Download fetch(String address) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Map<String, Object> answer = (Map<String, Object>) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin', cache: 'no-store'})"
                        + ".then(async r => { const bytes = new Uint8Array(await r.arrayBuffer()); let s = '';"
                        + " for (let i = 0; i < bytes.length; i += 32768) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 32768));"
                        + " done({status: r.status, type: r.headers.get('Content-Type'),"
                        + " disposition: r.headers.get('Content-Disposition'), body: btoa(s)}); })"
                        + ".catch(e => done({status: 0, type: String(e), disposition: null, body: ''}));",
                address);
        return new Download(
                address,
                ((Number) answer.get("status")).intValue(),
                (String) answer.get("type"),
                (String) answer.get("disposition"),
                java.util.Base64.getDecoder().decode((String) answer.get("body")));
    }

    /** Saves the whole page (not just the window) under target/screenshots. */
    Path screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("skilleval.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Dimension window = driver.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) driver)
                .executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(window.getWidth(), Math.min(6000, height.intValue() + 140)));
        try {
            Path file = dir.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /**
     * Runs axe-core (injected from the console build's copy) on the page against WCAG 2.1 A and AA;
     * returns one line per violation.
     */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() throws IOException {
        Path axe = Path.of(System.getProperty("skilleval.axe", "axe.min.js"));
        if (!Files.isRegularFile(axe)) {
            fail("axe-core is missing at " + axe + ": it comes with the console's front-end build (npm ci)");
        }
        JavascriptExecutor js = driver;
        js.executeScript(Files.readString(axe));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        List<Map<String, Object>> violations =
                (List<Map<String, Object>>) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\n/g, ' '))}))))"
                        + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));");
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> v : violations) {
            lines.add(v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " " + v.get("nodes"));
        }
        return lines;
    }

    /** Console errors of the page (script errors, CSP violations); refused API calls are expected. */
    List<String> scriptErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            boolean refusedRequest = message.contains("Failed to load resource") && message.contains("status of 4");
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !refusedRequest) {
                errors.add(message);
            }
        }
        return errors;
    }

    private static String testSelector(String test) {
        return test.startsWith("css:") ? test.substring(4) : "[data-test=\"" + test + "\"]";
    }

    @Override
    public void close() {
        driver.quit();
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temporary profile
        }
    }
}
