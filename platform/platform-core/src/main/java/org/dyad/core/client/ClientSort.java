package org.dyad.core.client;

/** Sort orders of the clients grid. */
public enum ClientSort {
    PARENT_ASC, PARENT_DESC, BABY_AGE_ASC, BABY_AGE_DESC, LAST_ACTIVITY_ASC, LAST_ACTIVITY_DESC
}
