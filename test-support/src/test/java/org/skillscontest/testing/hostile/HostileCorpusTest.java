package org.skillscontest.testing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.CheckCharacters;

/** The corpus is generated from the rules: each request the valid one with one thing changed, and what must come back. */
class HostileCorpusTest {

    private static final String ID_NUMBER = "11010519491231002X";

    private final List<HostileRequest> corpus = HostileCorpus.of(Endpoint.of("register", "POST", "/api/v1/competitions/{c}/entries")
            .caller("federation-KRMY", Set.of("federation"), "KRMY")
            .path("c", "krmy-17", Kind.CODE)
            .body(Map.of("name", "王芳", "idNumber", ID_NUMBER, "level", 3, "rows", List.of(Map.of("a", 1))))
            .field("name", Kind.NAME).field("idNumber", Kind.ID_NUMBER).field("level", Kind.INTEGER)
            .field(Field.of("rows", Kind.LIST).maxItems(2)));

    @Test
    void everyOtherRoleNoRoleAndEveryBadTokenAreRefused() {
        for (String role : List.of("organizer", "judge", "chief-judge", "auditor")) {
            assertThat(one("role " + role).expect().statuses()).containsExactly(403);
        }
        assertThat(one("no role").expect().statuses()).containsExactly(403);
        assertThat(corpus.stream().filter(r -> r.label().startsWith("role federation"))).isEmpty();
        assertThat(corpus.stream().filter(r -> r.label().startsWith("a bad token: ")).map(HostileRequest::label))
                .contains("a bad token: expired", "a bad token: unsigned", "a bad token: foreignKey", "a bad token: wrongIssuer",
                        "a bad token: tampered")
                .allSatisfy(label -> assertThat(one(label).expect().statuses()).containsExactly(401));
        assertThat(one("no token").headers()).doesNotContainKey("Authorization");
    }

    @Test
    void aFieldsValueIsReplacedAndNothingElse() throws Exception {
        HostileRequest surrogate = one("name: a lone high surrogate");
        String body = new String(surrogate.body(), StandardCharsets.UTF_8);
        assertThat(body).contains("\"name\":\"王芳\\ud800\"").contains("\"idNumber\":\"" + ID_NUMBER + "\"");
        assertThat(surrogate.expect()).isEqualTo(Expect.invalid("name"));
        assertThat(surrogate.headers()).containsEntry("Content-Type", "application/json").containsKey("Authorization");

        Map<?, ?> level = new ObjectMapper().readValue(one("level: 2^63").body(), Map.class);
        assertThat(level.get("level")).hasToString("9223372036854775808");
        assertThat(new ObjectMapper().readValue(one("rows: 3 items").body(), Map.class).get("rows")).asList().hasSize(3);
    }

    @Test
    void idNumberNearMissesKeepEverythingButTheirDefect() throws Exception {
        String offByOne = idNumberOf("idNumber: check digit off by one");
        assertThat(offByOne).hasSize(18).startsWith(ID_NUMBER.substring(0, 17)).isNotEqualTo(ID_NUMBER);
        String month13 = idNumberOf("idNumber: birth date month 13 (check digit right)");
        assertThat(month13.substring(6, 14)).isEqualTo("19901301");
        assertThat(month13.charAt(17)).isEqualTo(CheckCharacters.idNumber(month13.substring(0, 17)));
        assertThat(idNumberOf("idNumber: full-width characters")).isEqualTo("１１０１０５１９４９１２３１００２Ｘ");
    }

    @Test
    void onlyIdentifiersGetInjectionStringsAndLookAlikes() {
        assertThat(labels(l -> l.startsWith("idNumber: injection "))).hasSize(HostileValues.INJECTIONS.size());
        assertThat(labels(l -> l.startsWith("name: injection ") || l.startsWith("name: combining"))).isEmpty();
        assertThat(labels(l -> l.startsWith("name: a right-to-left override"))).hasSize(1);
    }

    @Test
    void pathSegmentsArePercentEncodedAndAnUnknownCodeIsNotFound() {
        HostileRequest injection = one("path c: injection ' OR '1'='1");
        assertThat(injection.target()).isEqualTo("/api/v1/competitions/%27%20OR%20%271%27%3D%271/entries");
        assertThat(injection.expect().statuses()).containsExactlyInAnyOrder(400, 404);
        assertThat(one("path c: unknown").expect().statuses()).containsExactly(404);
    }

    @Test
    void theBodyAsAWholeIsBrokenInEveryWay() {
        assertThat(one("an empty body").body()).isEmpty();
        assertThat(one("truncated by its last byte").body()).hasSize(one("no token").body().length - 1);
        assertThat(one("10 MiB").body()).hasSize(HostileCorpus.OVERSIZED);
        assertThat(one("10 MiB").expect().statuses()).containsExactly(413);
        assertThat(one("content type text/plain").expect().statuses()).containsExactly(415);
        assertThat(one("100,000 opening brackets").expect().statuses()).contains(400);
    }

    private HostileRequest one(String label) {
        List<HostileRequest> found = corpus.stream().filter(r -> r.label().equals(label)).toList();
        assertThat(found).as(label).hasSize(1);
        return found.get(0);
    }

    private List<String> labels(Predicate<String> matching) {
        return corpus.stream().map(HostileRequest::label).filter(matching).toList();
    }

    private String idNumberOf(String label) throws Exception {
        return (String) new ObjectMapper().readValue(one(label).body(), Map.class).get("idNumber");
    }
}
