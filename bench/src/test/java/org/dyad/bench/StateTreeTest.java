package org.dyad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

class StateTreeTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void findsTheButtonWhoseTextChildMatches() {
        StateTree tree = new StateTree();
        tree.apply(json.readTree("""
                [{"node":5,"type":"put","key":"tag","feat":0,"value":"vaadin-button"},
                 {"node":6,"type":"put","key":"text","feat":7,"value":"Start left"},
                 {"node":5,"type":"splice","feat":2,"index":0,"addNodes":[6]},
                 {"node":7,"type":"put","key":"tag","feat":0,"value":"div"},
                 {"node":8,"type":"put","key":"text","feat":7,"value":"Stop"},
                 {"node":7,"type":"splice","feat":2,"index":0,"addNodes":[8]},
                 {"node":5,"type":"splice","feat":3,"index":0,"add":["primary"]}]
                """));
        assertThat(tree.element("vaadin-button", "Start left")).contains(5);
        assertThat(tree.element("vaadin-button", "Stop")).isEmpty();
    }

    @Test
    void forgetsDetachedNodes() {
        StateTree tree = new StateTree();
        tree.apply(json.readTree("""
                [{"node":5,"type":"put","key":"tag","feat":0,"value":"vaadin-button"},
                 {"node":6,"type":"put","key":"text","feat":7,"value":"Stop"},
                 {"node":5,"type":"splice","feat":2,"index":0,"addNodes":[6]},
                 {"node":5,"type":"detach"}]
                """));
        assertThat(tree.element("vaadin-button", "Stop")).isEmpty();
    }
}
