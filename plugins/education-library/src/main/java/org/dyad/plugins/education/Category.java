package org.dyad.plugins.education;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.dyad.api.ValidationException;

/** The fixed list of library categories; an article's category must be one of them. */
enum Category {
    HOW_MILK_IS_MADE("How milk is made"),
    FEEDING("Feeding and latch"),
    SUPPLY("Milk supply"),
    PUMPING("Pumping"),
    WELLBEING("Rest and wellbeing"),
    GETTING_HELP("When to get help");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The category with this name, or a {@link ValidationException} naming the allowed ones. */
    static Category parse(String name) {
        return Arrays.stream(values())
                .filter(c -> c.name().equalsIgnoreCase(name.trim()))
                .findFirst()
                .orElseThrow(() -> new ValidationException("category",
                        "Unknown category '" + name + "'. Choose one of: " + allowed() + "."));
    }

    private static String allowed() {
        return Arrays.stream(values()).map(Category::name).collect(Collectors.joining(", "));
    }
}
