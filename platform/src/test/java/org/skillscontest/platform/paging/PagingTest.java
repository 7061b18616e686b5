package org.skillscontest.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A page cut out of a list held whole: in order, the last one short, one past the end empty, no overflow. */
class PagingTest {

    private static final List<Integer> SEVEN = IntStream.range(0, 7).boxed().toList();

    /** page, size → first item and how many (-1: none) */
    @ParameterizedTest
    @CsvSource({"0, 3, 0, 3", "1, 3, 3, 3", "2, 3, 6, 1", "3, 3, -1, 0", "0, 500, 0, 7", "0, 1, 0, 1", "6, 1, 6, 1",
            "2147483647, 500, -1, 0", "4194305, 512, -1, 0"})
    void slicesInOrder(int page, int size, int first, int count) {
        List<Integer> slice = Paging.slice(SEVEN, page, size);
        assertThat(slice).hasSize(count);
        if (count > 0) {
            assertThat(slice).isEqualTo(IntStream.range(first, first + count).boxed().toList());
        }
        assertThat(Paging.slice(List.of(), page, size)).isEmpty();
    }
}
