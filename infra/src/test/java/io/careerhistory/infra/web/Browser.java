package io.careerhistory.infra.web;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

/**
 * Debian's headless Chromium, driven through its chromedriver (no driver or browser is downloaded), with the flags
 * this closed network needs; screenshots go to {@code target/screenshots}, kept as test artifacts.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;

    Browser(int port, int width, int height) {
        try {
            this.profile = Files.createTempDirectory("career-history-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync",
                             "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                             "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                                                                       .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.baseUrl = "http://localhost:" + port;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    WebElement find(String css) {
        return find(By.cssSelector(css));
    }

    /** Waits until the element is on screen: a view renders after the click that opened it, not with it. */
    WebElement find(By locator) {
        return until(d -> shown(d, locator));
    }

    void click(String css) {
        click(By.cssSelector(css));
    }

    /** Clicks the element once it is on screen, looking for it again if the view re-renders it meanwhile. */
    void click(By locator) {
        until(d -> {
            WebElement element = shown(d, locator);
            if (element == null) {
                return null;
            }
            element.click();
            return true;
        });
    }

    private static WebElement shown(WebDriver driver, By locator) {
        var found = driver.findElements(locator);
        return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
    }

    /** Waits for the condition; on a timeout, the screen as it was is kept for whoever reads the failure. */
    <T> T until(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(100))
                    // a view that re-renders replaces the element just found: look again
                    .ignoring(StaleElementReferenceException.class)
                    .until(condition::apply);
        } catch (TimeoutException e) {
            screenshot("timed-out-" + System.currentTimeMillis());
            throw e;
        }
    }

    /**
     * Reloads the page until {@code shown} holds: views follow the commands asynchronously, and a page shows what the
     * view held when it loaded. Each reload waits for the page to be signed in and showing {@code ready} first.
     */
    void reloadUntil(String ready, Function<WebDriver, Boolean> shown) {
        until(d -> {
            d.navigate().refresh();
            new WebDriverWait(d, Duration.ofSeconds(5)).until(x -> !x.findElements(By.cssSelector(ready)).isEmpty());
            return shown.apply(d) ? true : null;
        });
    }

    String text(String css) {
        return find(css).getText();
    }

    Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    ChromeDriver driver() {
        return driver;
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in through the form, as a person would. */
    void signIn(String user, String password) {
        open("/#/signin");
        find("#user").clear();
        find("#user").sendKeys(user);
        find("#password").clear();
        find("#password").sendKeys(password);
        click("form button[type=submit]");
        until(d -> d.findElement(By.cssSelector("[data-test=signed-in-as]")).getText().contains(user));
    }

    /** Quits the browser and removes its profile: each run made one, and /tmp kept hundreds. */
    @Override
    public void close() {
        driver.quit();
        FileSystemUtils.deleteRecursively(profile.toFile());
    }
}
