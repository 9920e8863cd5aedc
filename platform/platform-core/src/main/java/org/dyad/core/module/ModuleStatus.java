package org.dyad.core.module;

/** Platform-wide status of an installed plugin. */
public enum ModuleStatus {
    /** Started: its pages, tabs and cards appear for clinics that enabled it. */
    STARTED,
    /** Stopped by a platform administrator; its data stays. */
    STOPPED,
    /** Could not be loaded or started; see the failure reason. */
    FAILED
}
