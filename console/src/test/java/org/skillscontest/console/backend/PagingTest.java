package org.skillscontest.console.backend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Whole lists out of pages: every item once, in order, whatever the page size; a list that moves on is read again. */
class PagingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyPageIsReadUntilTheTotalAndNoFurther() {
        List<Integer> asked = new ArrayList<>();
        List<Integer> all = Paging.all(page -> {
            asked.add(page);
            List<Integer> items = IntStream.range(page * 3, Math.min(7, page * 3 + 3)).boxed().toList();
            return new Page<>(items, page, 3, 7);
        });
        assertThat(all).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(asked).containsExactly(0, 1, 2);
    }

    @Test
    void aRankingIsTheFirstPageWithEveryPlace() {
        JsonNode ranking = Paging.whole(page -> ranking(1, page, 2, 5), "places");
        assertThat(ranking.path("version").asInt()).isEqualTo(1);
        assertThat(ranking.path("places").findValuesAsText("place")).containsExactly("1", "2", "3", "4", "5");
        assertThat(Paging.items(page -> items(page, 2, 0))).isEmpty();
    }

    @Test
    void aListWhoseVersionMovesOnWhileItIsReadIsReadAgainFromTheStart() {
        int[] reads = {0};
        JsonNode ranking = Paging.whole(page -> ranking(reads[0]++ < 1 ? 1 : 2, page, 2, 3), "places");
        // page 0 of version 1, page 1 of version 2: read again, wholly of version 2
        assertThat(ranking.path("version").asInt()).isEqualTo(2);
        assertThat(ranking.path("places")).hasSize(3);
    }

    private static ObjectNode ranking(int version, int page, int size, int total) {
        ObjectNode answer = items(page, size, total);
        answer.set("places", answer.remove("items"));
        return answer.put("version", version);
    }

    private static ObjectNode items(int page, int size, int total) {
        ObjectNode answer = JSON.createObjectNode().put("page", page).put("size", size).put("total", total);
        ArrayNode items = answer.putArray("items");
        for (int i = page * size; i < Math.min(total, page * size + size); i++) {
            items.addObject().put("place", i + 1);
        }
        return answer;
    }
}
