package org.dyad.plugins.sessionlog.log;

/** The kinds of entry; the name is what the database and the CSV format store. */
public enum Kind {
    BREASTFEED("Breastfeed"), PUMP("Pump"), BOTTLE("Bottle"), DIAPER("Diaper"), WEIGHT("Weight");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Breastfeeds and pumping sessions remove milk from the breast; they drive supply. */
    public boolean isRemoval() {
        return this == BREASTFEED || this == PUMP;
    }
}
