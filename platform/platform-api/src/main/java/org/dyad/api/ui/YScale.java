package org.dyad.api.ui;

import java.util.ArrayList;
import java.util.List;

/** A linear y scale with "nice" tick values (1, 2 or 5 times a power of ten). */
record YScale(double min, double max, double step) {

    private static final int TARGET_TICKS = 4;

    YScale {
        if (!(max > min) || !(step > 0)) {
            throw new IllegalArgumentException("Bad scale " + min + ".." + max + " step " + step);
        }
    }

    /** A scale covering the values; from zero when {@code fromZero} or when all values are non-negative and small. */
    static YScale covering(List<Double> values, boolean fromZero) {
        double lo = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double hi = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (fromZero) {
            lo = Math.min(0, lo);
            hi = Math.max(0, hi);
        }
        if (hi - lo < 1e-9) {
            double pad = Math.max(1, Math.abs(hi) * 0.1);
            lo -= fromZero && lo >= 0 ? 0 : pad;
            hi += pad;
        }
        double step = niceStep((hi - lo) / TARGET_TICKS);
        return new YScale(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step);
    }

    static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /** The tick values from min to max inclusive. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; min + i * step <= max + step / 1e6; i++) {
            ticks.add(min + i * step);
        }
        return ticks;
    }

    /** Maps a value to a pixel row: {@code top} for max, {@code bottom} for min. */
    double toY(double value, double top, double bottom) {
        return bottom - (value - min) / (max - min) * (bottom - top);
    }
}
