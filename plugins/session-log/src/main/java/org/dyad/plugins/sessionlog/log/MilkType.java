package org.dyad.plugins.sessionlog.log;

/** What a bottle held. */
public enum MilkType {
    BREAST_MILK("expressed breast milk"), FORMULA("formula"), MIXED("mixed");

    private final String label;

    MilkType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
