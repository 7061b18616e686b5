package org.skillscontest.testing;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium (/usr/bin/chromium), headless, at a phone's or a tablet's viewport, driven through Debian's
 * ChromeDriver (/usr/bin/chromedriver). Both paths are given explicitly, so Selenium Manager never
 * looks for, or downloads, a browser or driver of its own. {@code deploy/browser/install-chromium}
 * installs both, and a Chinese font; the test only checks that they are there.
 */
public final class Chromium implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final String INSTALL_SCRIPT = "deploy/browser/install-chromium";

    private final ChromeDriver driver;
    private final Path profile;

    /**
     * Fails at once, saying what to install, when the browser, its driver or a Chinese font is missing.
     * A test installs nothing: {@code .ci/run} runs the install script, and the README says so.
     */
    public static void requireInstalled() {
        if (!installed()) {
            throw new AssertionError("The browser tests need Debian's chromium, chromium-driver and a Chinese font ("
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

    /** A fresh headless Chromium with an empty profile, a phone's viewport {@code width}×{@code height} at device scale 1. */
    public Chromium(int width, int height, Path driverLog) throws IOException {
        this(width, height, true, driverLog, null);
    }

    /**
     * A fresh headless Chromium with an empty profile and the viewport {@code width}×{@code height} at device scale 1,
     * touch and mobile when {@code mobile}; files it downloads go to {@code downloads} (when given).
     */
    public Chromium(int width, int height, boolean mobile, Path driverLog, Path downloads) throws IOException {
        profile = Files.createTempDirectory("chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // as the machine notes say: root needs --no-sandbox, and the closed network needs the background traffic off
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile);
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", width, "height", height, "pixelRatio", 1.0, "mobile", mobile, "touch", mobile)));
        if (downloads != null) {
            Files.createDirectories(downloads);
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false));
        }
        Files.createDirectories(driverLog.toAbsolutePath().getParent());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(driverLog.toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Object script(String javaScript, Object... arguments) {
        return driver.executeScript(javaScript, arguments);
    }

    /** The whole page as PNG, beyond the viewport, through the DevTools protocol's Page.captureScreenshot. */
    public byte[] fullPageScreenshot() {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "fromSurface", true));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** The element's rectangle on the full page, in CSS pixels (= screenshot pixels at device scale 1): x, y, width, height. */
    public int[] rectangle(WebElement element) {
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) script(
                "const r = arguments[0].getBoundingClientRect();"
                        + "return [r.left + window.scrollX, r.top + window.scrollY, r.width, r.height];", element);
        return new int[] {(int) Math.floor(r.get(0).doubleValue()), (int) Math.floor(r.get(1).doubleValue()),
                (int) Math.ceil(r.get(2).doubleValue()), (int) Math.ceil(r.get(3).doubleValue())};
    }

    /** Distinct colours in a rectangle of a screenshot, and the share of its pixels that differ from its most common (background) colour. */
    public record Paint(int colours, double inked) {

        /** What a rectangle {x, y, width, height} of {@code image} holds: text painted with a real font shows many colours (anti-aliasing). */
        public static Paint of(BufferedImage image, int[] r) {
            Map<Integer, Integer> counts = new HashMap<>();
            int x1 = Math.min(image.getWidth(), r[0] + r[2]);
            int y1 = Math.min(image.getHeight(), r[1] + r[3]);
            int total = 0;
            for (int y = Math.max(0, r[1]); y < y1; y++) {
                for (int x = Math.max(0, r[0]); x < x1; x++) {
                    counts.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
                    total++;
                }
            }
            int background = counts.values().stream().max(Integer::compare).orElse(0);
            return new Paint(counts.size(), total == 0 ? 0 : (total - background) / (double) total);
        }
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
