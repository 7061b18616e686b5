package org.skillscontest.deploy.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.skillscontest.testing.Chromium;

/**
 * One person at the console in Debian's headless Chromium: signs in through the development sign-in
 * form, opens pages, waits for htmx to settle, and checks that a screenshot paints real text.
 */
public final class ConsoleBrowser implements AutoCloseable {

    /** A phone (iPhone-sized) and a tablet (iPad-sized, landscape) viewport. */
    public static final int[] PHONE = {390, 844};
    public static final int[] TABLET = {1024, 768};
    public static final int[] DESKTOP = {1280, 900};

    static final Path OUTPUT = Path.of("target", "console-browser").toAbsolutePath();

    private final String consoleUrl;
    private final Chromium chromium;
    private final Path downloads;

    public ConsoleBrowser(String consoleUrl, int[] viewport, String name) {
        this.consoleUrl = consoleUrl;
        this.downloads = OUTPUT.resolve("downloads-" + name);
        try {
            chromium = new Chromium(viewport[0], viewport[1], viewport != DESKTOP, OUTPUT.resolve(name + "-chromedriver.log"), downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return chromium.driver();
    }

    public Chromium chromium() {
        return chromium;
    }

    /** Where files the page downloads land. */
    public Path downloads() {
        return downloads;
    }

    /** Signs in through the development sign-in form, as a person of the local stack would, and lands on the start page. */
    public ConsoleBrowser signIn(String role, String subject, String federation) {
        open("/sign-in");
        new Select(driver().findElement(By.id("role"))).selectByValue(role);
        type(By.id("federation"), federation == null ? "" : federation);
        type(By.id("subject"), subject == null ? "" : subject);
        driver().findElement(By.cssSelector("#dev-sign-in button[type=submit]")).click();
        waitUntil(d -> d.getCurrentUrl().equals(consoleUrl + "/"));
        return this;
    }

    public ConsoleBrowser open(String path) {
        driver().get(consoleUrl + path);
        settle();
        return this;
    }

    public WebElement find(String css) {
        return driver().findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver().findElements(By.cssSelector(css));
    }

    public void type(By field, String text) {
        WebElement input = driver().findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    /** Waits until htmx has no request in flight and the page is loaded. */
    public void settle() {
        waitUntil(d -> Boolean.TRUE.equals(chromium.script(
                "return document.readyState === 'complete' && !document.querySelector('.htmx-request')")));
    }

    public void waitUntil(java.util.function.Function<ChromeDriver, Boolean> condition) {
        new WebDriverWait(driver(), Duration.ofSeconds(30)).until(d -> condition.apply((ChromeDriver) d));
    }

    /**
     * Saves a full-page screenshot as {@code target/console-browser/NAME.png} and checks that each element
     * named by {@code css} is painted with real text: many colours (anti-aliased glyphs), not empty boxes.
     */
    public BufferedImage screenshot(String name, String... css) {
        try {
            byte[] png = chromium.fullPageScreenshot();
            Files.createDirectories(OUTPUT);
            Files.write(OUTPUT.resolve(name + ".png"), png);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            for (String selector : css) {
                for (WebElement element : findAll(selector)) {
                    Chromium.Paint paint = Chromium.Paint.of(image, chromium.rectangle(element));
                    assertThat(paint.colours()).as("colours painted in %s (%s)", selector, element.getText()).isGreaterThanOrEqualTo(8);
                    assertThat(paint.inked()).as("share of text pixels in %s (%s)", selector, element.getText()).isGreaterThan(0.02);
                }
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Nothing wider than the viewport: a phone or tablet never scrolls sideways. */
    public void assertNoHorizontalOverflow() {
        int width = ((Number) chromium.script("return window.innerWidth")).intValue();
        int scroll = ((Number) chromium.script("return document.documentElement.scrollWidth")).intValue();
        assertThat(scroll).as("page width at a viewport of %d px", width).isLessThanOrEqualTo(width);
    }

    @Override
    public void close() {
        try {
            chromium.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
