package org.dyad.plugins.sessionlog.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunningTimerTest {

    private static final Instant T = Instant.parse("2026-03-10T02:00:00Z");

    @Test
    void switching_sides_keeps_the_time_spent_on_the_first_side() {
        RunningTimer timer = RunningTimer.start(1, 2, Side.LEFT, T).switched(T.plusSeconds(600));

        assertThat(timer.side()).isEqualTo(Side.RIGHT);
        assertThat(timer.secondsOn(Side.LEFT, T.plusSeconds(900))).isEqualTo(600);
        assertThat(timer.secondsOn(Side.RIGHT, T.plusSeconds(900))).isEqualTo(300);
    }

    @Test
    void stopping_gives_a_breastfeed_that_ended_on_the_current_side() {
        Breastfeed feed = RunningTimer.start(1, 2, Side.LEFT, T).switched(T.plusSeconds(420)).stop(T.plusSeconds(1020));

        assertThat(feed).isEqualTo(new Breastfeed(1, T, T.plusSeconds(1020), 420, 600, Side.RIGHT, null, null));
    }
}
