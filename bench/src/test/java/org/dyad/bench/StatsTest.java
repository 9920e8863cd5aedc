package org.dyad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void percentilesAreNearestRankOfTheSortedValues() {
        List<Integer> oneToHundred = IntStream.rangeClosed(1, 100).boxed().toList().reversed();
        Stats stats = Stats.of(oneToHundred);
        assertThat(stats.p50()).isEqualTo(50);
        assertThat(stats.p95()).isEqualTo(95);
        assertThat(stats.p99()).isEqualTo(99);
        assertThat(stats.min()).isEqualTo(1);
        assertThat(stats.max()).isEqualTo(100);
    }

    @Test
    void aSingleSlowValueIsTheP99OfASmallSample() {
        assertThat(Stats.of(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 900)).p99()).isEqualTo(900);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Stats.median(4, 1, 3, 2)).isEqualTo(2.5);
    }

    @Test
    void usedHeapIsReadFromJcmdHeapInfo() {
        String g1 = """
                12345:
                 garbage-first heap   total reserved 1048576K, committed 65536K, used 34123K [0x00000000c0000000, 0x0000000100000000)
                  region size 1024K, 3 young (3072K), 0 survivors (0K)
                """;
        assertThat(AppProcess.parseUsedKb(g1)).isEqualTo(34123);
    }
}
