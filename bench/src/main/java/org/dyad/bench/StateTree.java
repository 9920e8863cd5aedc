package org.dyad.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The little of Vaadin's client-side state tree a load generator needs: which node is which element, each node's
 * parent and the text of text nodes, built from the {@code changes} of UIDL responses. Enough to find "the
 * vaadin-button whose text is X" and click it.
 */
final class StateTree {

    private final Map<Integer, Integer> parents = new HashMap<>();
    private final Map<Integer, String> tags = new HashMap<>();
    private final Map<Integer, String> texts = new HashMap<>();

    void apply(JsonNode changes) {
        if (changes == null || !changes.isArray()) {
            return;
        }
        for (JsonNode change : changes) {
            int node = change.path("node").asInt();
            switch (change.path("type").asString("")) {
                case "put" -> put(node, change);
                case "splice" -> change.path("addNodes").forEach(child -> parents.put(child.asInt(), node));
                case "detach" -> forget(node);
                default -> {
                }
            }
        }
    }

    private void put(int node, JsonNode change) {
        String key = change.path("key").asString("");
        if (key.equals("tag")) {
            tags.put(node, change.path("value").asString(""));
        } else if (key.equals("text")) {
            texts.put(node, change.path("value").asString(""));
        }
    }

    private void forget(int node) {
        parents.remove(node);
        tags.remove(node);
        texts.remove(node);
    }

    /** The newest element with the tag whose direct text child reads {@code text}. */
    Optional<Integer> element(String tag, String text) {
        return texts.entrySet().stream().filter(e -> e.getValue().equals(text))
                .map(e -> parents.get(e.getKey()))
                .filter(p -> p != null && tag.equals(tags.get(p)))
                .max(Integer::compare);
    }

    int size() {
        return tags.size();
    }
}
