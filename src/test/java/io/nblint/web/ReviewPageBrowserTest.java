package io.nblint.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Drives the page in headless Chromium (Debian packages chromium + chromium-driver): sign in, upload
 * seed 001, see its score on the scoreboard, open the report, find the highlighted table 三 cell of the
 * failing finding, dismiss the finding and see the score change. Skipped when Chromium is not installed.
 * Shares the app boot and test rules of {@link ServiceApiTest}.
 */
@QuarkusTest
class ReviewPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TestHTTPResource("/")
    URL root;

    private ChromeDriver browser;
    private Path profile;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "headless Chromium not installed (apt-get install chromium chromium-driver)");
        profile = Files.createTempDirectory("nblint-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1500,1100", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
    }

    @Test
    void uploadOpenHighlightDismiss() throws Exception {
        var seed = Seeds.find("001_");
        assumeTrue(seed.isPresent(), "seed 001 not found");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.get(root.toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user"))).sendKeys("admin");
        browser.findElement(By.id("login-password")).sendKeys(ServiceTestResource.ADMIN_PASSWORD);
        browser.findElement(By.id("login-submit")).click();

        // Upload through the file input (what drag and drop also feeds).
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file-input")))
                .sendKeys(seed.get().toAbsolutePath().toString());
        WebElement outcome = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#upload-result li a")));
        String reportLink = outcome.getAttribute("href");
        String id = reportLink.substring(reportLink.lastIndexOf('/') + 1);

        // Scoreboard row: 100 - 10 (SVC-T3) - 1 (SVC-TITLE), unless a previous run dismissed it already.
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#scoreboard tr[data-id='" + id + "']")));
        assertEquals("89", row.findElement(By.className("score-cell")).getText());
        screenshot("scoreboard.png");

        browser.get(root + "#/report/" + id);
        // Seed 001, table 三 row 一、本年新收 column 总计: the file says 2.
        WebElement cell = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#table-3 td.hit[data-row='R1'][data-col='total']")));
        assertEquals("2", cell.getText());
        assertEquals("89", browser.findElement(By.id("report-score")).getText());
        screenshot("report.png");

        cell.click();
        WebElement card = browser.findElement(By.cssSelector(".finding[data-rule='SVC-T3']"));
        card.findElement(By.className("comment")).sendKeys("复核：数字与原文一致，不计扣分");
        card.findElement(By.className("dismiss")).click();
        wait.until(ExpectedConditions.textToBe(By.id("report-score"), "99"));
        WebElement dismissedCell = browser.findElement(By.cssSelector("#table-3 td.hit[data-row='R1'][data-col='total']"));
        assertTrue(dismissedCell.getAttribute("class").contains("dismissed"));
        assertTrue(browser.findElement(By.cssSelector(".finding[data-rule='SVC-T3']")).getText().contains("已驳回"));
    }

    /** Kept under target/ for a look; docs/ screenshots are taken from a run with the real rules. */
    private void screenshot(String name) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(shot.toPath(), dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
