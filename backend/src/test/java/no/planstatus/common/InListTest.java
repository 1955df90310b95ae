package no.planstatus.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class InListTest {

    @Test
    void listsShouldBePaddedToTheNextPowerOfTwoSoThatFewQueryTextsServeEveryLength() {
        assertEquals("(?1)", InList.placeholders(1));
        assertEquals("(?1, ?2)", InList.placeholders(2));
        assertEquals("(?1, ?2, ?3, ?4)", InList.placeholders(3));
        assertEquals(InList.placeholders(100), InList.placeholders(128));
        assertEquals(128, InList.placeholders(100).split(",").length);
        assertEquals(InList.MAX, InList.placeholders(InList.MAX).split(",").length);
        assertThrows(IllegalArgumentException.class, () -> InList.placeholders(0));
        assertThrows(IllegalArgumentException.class, () -> InList.placeholders(InList.MAX + 1));
    }

    @Test
    void paddingShouldRepeatTheLastIdSoTheListMeansTheSame() {
        assertArrayEquals(new Object[] {5L, 7L, 9L, 9L}, InList.parameters(List.of(5L, 7L, 9L)));
        assertArrayEquals(new Object[] {5L}, InList.parameters(List.of(5L)));
    }

    @Test
    void longListsShouldBeSplitInAscendingChunksWithoutDuplicates() {
        List<Long> ids = LongStream.rangeClosed(1, 2500).map(i -> 2501 - i).boxed().toList();
        List<List<Long>> chunks = InList.chunks(ids);
        assertEquals(List.of(1024, 1024, 452), chunks.stream().map(List::size).toList());
        assertEquals(1L, chunks.get(0).get(0));
        assertEquals(1025L, chunks.get(1).get(0));
        assertEquals(2500L, chunks.get(2).get(451));
        assertEquals(List.of(List.of(2L, 3L)), InList.chunks(List.of(3L, 2L, 3L)));
        assertEquals(List.of(), InList.chunks(List.of()));
    }
}
