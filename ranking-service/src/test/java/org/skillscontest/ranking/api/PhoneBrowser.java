package org.skillscontest.ranking.api;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium (/usr/bin/chromium), headless, at a phone's viewport, driven through Debian's
 * ChromeDriver (/usr/bin/chromedriver). Both paths are given explicitly, so Selenium Manager never
 * looks for, or downloads, a browser or driver of its own. {@code deploy/browser/install-chromium}
 * installs both, and a Chinese font; the test only checks that they are there.
 */
final class PhoneBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String INSTALL_SCRIPT = "deploy/browser/install-chromium";

    private final ChromeDriver driver;
    private final Path profile;

    /**
     * Fails at once, saying what to install, when the browser, its driver or a Chinese font is missing.
     * A test installs nothing: {@code .ci/run} runs the install script, and the README says so.
     */
    static void requireInstalled() {
        if (!installed()) {
            throw new AssertionError("The results page's browser test needs Debian's chromium, chromium-driver and a Chinese font ("
                    + CHROMIUM + ", " + CHROMEDRIVER + ", fc-list :lang=zh). Install them with `sudo bash " + INSTALL_SCRIPT
                    + "` (.ci/run does) and test again.");
        }
    }

    private static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) && hasChineseFont();
    }

    private static boolean hasChineseFont() {
        try {
            Process fcList = new ProcessBuilder("fc-list", ":lang=zh", "family").redirectErrorStream(true).start();
            String fonts = new String(fcList.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return fcList.waitFor(30, TimeUnit.SECONDS) && fcList.exitValue() == 0 && !fonts.isBlank();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A fresh headless Chromium with an empty profile, the viewport {@code width}×{@code height} at device scale 1. */
    PhoneBrowser(int width, int height, Path driverLog) throws IOException {
        profile = Files.createTempDirectory("results-page-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // as the machine notes say: root needs --no-sandbox, and the closed network needs the background traffic off
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile);
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", width, "height", height, "pixelRatio", 1.0, "mobile", true, "touch", true)));
        Files.createDirectories(driverLog.getParent());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(driverLog.toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    ChromeDriver driver() {
        return driver;
    }

    Object script(String javaScript, Object... arguments) {
        return driver.executeScript(javaScript, arguments);
    }

    /** The whole page as PNG, beyond the viewport, through the DevTools protocol's Page.captureScreenshot. */
    byte[] fullPageScreenshot() {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "fromSurface", true));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                List<File> all = files.sorted(Comparator.reverseOrder()).map(Path::toFile).toList();
                all.forEach(File::delete);
            }
        }
    }
}
