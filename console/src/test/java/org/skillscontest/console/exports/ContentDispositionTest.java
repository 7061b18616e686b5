package org.skillscontest.console.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void namesTheFileInChineseWithAnAsciiFallback() {
        String header = ContentDisposition.attachment("2026年大赛-焊工-成绩.xlsx", "C1-welder-results.xlsx");
        assertThat(header).startsWith("attachment; filename=\"C1-welder-results.xlsx\"; filename*=UTF-8''");
        String encoded = header.substring(header.indexOf("UTF-8''") + 7);
        assertThat(encoded).matches("[A-Za-z0-9!#$&+\\-.^_`|~%]+");
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("2026年大赛-焊工-成绩.xlsx");
        assertThat(encoded).startsWith("2026%E5%B9%B4");
    }

    @Test
    void nothingInANameCanLeaveItsFolderOrBreakTheHeader() {
        assertThat(ContentDisposition.safe("../a/b\\c:d*e?\"f<g>h|i\n.pdf")).isEqualTo("download.._a_b_c_d_e__f_g_h_i_.pdf");
        assertThat(ContentDisposition.ascii("证书 \"x\" 100%.pdf")).isEqualTo("__ _x_ 100_.pdf");
        String header = ContentDisposition.attachment("a b;c.pdf", "a b;c.pdf");
        assertThat(header).contains("filename*=UTF-8''a%20b%3Bc.pdf");
    }
}
