package org.dyad.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/** Order statistics of a sample (nearest-rank percentiles). */
record Stats(int count, double min, double p50, double p95, double p99, double max) {

    static Stats of(Collection<? extends Number> values) {
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Stats(sorted.length, sorted[0], percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted[sorted.length - 1]);
    }

    /** The nearest-rank percentile of ascending values: the smallest value with at least p % of values at or below. */
    static double percentile(double[] ascending, double p) {
        if (ascending.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        int rank = (int) Math.ceil(p / 100.0 * ascending.length);
        return ascending[Math.max(0, Math.min(ascending.length - 1, rank - 1))];
    }

    static double median(double... values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    String format(String unit) {
        return String.format(Locale.ROOT, "n=%d  min=%.1f  p50=%.1f  p95=%.1f  p99=%.1f  max=%.1f %s",
                count, min, p50, p95, p99, max, unit);
    }
}
