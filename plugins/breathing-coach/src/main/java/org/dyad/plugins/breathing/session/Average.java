package org.dyad.plugins.breathing.session;

import java.util.Collection;
import java.util.OptionalDouble;

/** A mean and the number of values behind it; no mean without values. */
public record Average(int n, OptionalDouble mean) {

    public Average {
        if (n < 0 || mean.isPresent() == (n == 0)) {
            throw new IllegalArgumentException("An average has a mean exactly when it has values: n=" + n);
        }
    }

    static Average of(Collection<? extends Number> values) {
        return new Average(values.size(), values.stream().mapToDouble(Number::doubleValue).average());
    }
}
