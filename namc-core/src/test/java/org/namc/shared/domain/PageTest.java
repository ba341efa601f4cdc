package org.namc.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTest {
    private static final List<Integer> TWENTY_FIVE = IntStream.rangeClosed(1, 25).boxed().toList();

    @Test
    void theFirstPageHoldsTheFirstItems() {
        Page<Integer> page = Page.slice(TWENTY_FIVE, PageRequest.first(10));

        assertThat(page.items()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(page.totalItems()).isEqualTo(25);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void theLastPageHoldsTheRemainderAndHasNoNext() {
        Page<Integer> page = Page.slice(TWENTY_FIVE, new PageRequest(2, 10));

        assertThat(page.items()).containsExactly(21, 22, 23, 24, 25);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void aPageThatEndsExactlyAtTheLastItemHasNoNext() {
        Page<Integer> page = Page.slice(TWENTY_FIVE.subList(0, 20), new PageRequest(1, 10));

        assertThat(page.items()).hasSize(10);
        assertThat(page.totalPages()).isEqualTo(2);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void aPageBeyondTheEndIsEmptyButKnowsTheTotal() {
        Page<Integer> page = Page.slice(TWENTY_FIVE, new PageRequest(7, 10));

        assertThat(page.items()).isEmpty();
        assertThat(page.totalItems()).isEqualTo(25);
        assertThat(page.hasNext()).isFalse();
    }

    @ParameterizedTest(name = "{0} items in pages of {1} make {2} pages")
    @CsvSource({"0, 10, 0", "1, 10, 1", "10, 10, 1", "11, 10, 2", "500, 500, 1", "1001, 500, 3"})
    void totalPagesRoundsUp(long totalItems, int size, long pages) {
        Page<String> page = new Page<>(List.of(), PageRequest.first(size), totalItems);

        assertThat(page.totalPages()).isEqualTo(pages);
    }

    @Test
    void mapKeepsRequestAndTotal() {
        Page<String> page = Page.slice(TWENTY_FIVE, new PageRequest(1, 10)).map(i -> "#" + i);

        assertThat(page.items()).startsWith("#11").endsWith("#20");
        assertThat(page.request()).isEqualTo(new PageRequest(1, 10));
        assertThat(page.totalItems()).isEqualTo(25);
    }

    @Test
    void aPageDoesNotChangeWhenTheSourceListDoes() {
        List<Integer> source = new java.util.ArrayList<>(TWENTY_FIVE);
        Page<Integer> page = Page.slice(source, PageRequest.first(3));

        source.set(0, 99);

        assertThat(page.items()).containsExactly(1, 2, 3);
    }

    @Test
    void offsetIsPageTimesSizeWithoutOverflow() {
        assertThat(new PageRequest(3, 20).offset()).isEqualTo(60);
        assertThat(new PageRequest(PageRequest.MAX_PAGE, 500).offset()).isEqualTo(PageRequest.MAX_PAGE * 500L);
    }

    @Test
    void sizesFromOneToFiveHundredAreAccepted() {
        assertThat(PageRequest.first(1).size()).isEqualTo(1);
        assertThat(PageRequest.first(PageRequest.MAX_SIZE).size()).isEqualTo(500);
    }

    @ParameterizedTest(name = "page {0} of size {1} is refused naming {2}")
    @CsvSource({"0, 0, size", "0, 501, size", "0, -5, size", "-1, 10, page"})
    void pageRequestsOutsideTheLimitsAreRefusedNamingTheField(int page, int size, String field) {
        NamcException e = catchThrowableOfType(NamcException.class, () -> new PageRequest(page, size));

        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(e.violatedFields()).containsExactly(field);
    }

    @Test
    void aBadPageAndABadSizeAreReportedTogether() {
        NamcException e = catchThrowableOfType(NamcException.class, () -> new PageRequest(-1, 0));

        assertThat(e.violatedFields()).containsExactly("page", "size");
        assertThat(e.violations()).extracting(FieldViolation::rule).containsExactly("range", "range");
    }

    @Test
    void aNegativeTotalIsRefused() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> new Page<>(List.of(), PageRequest.first(10), -1))).isNotNull();
    }
}
