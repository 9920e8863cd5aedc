package org.dyad.api;

/**
 * Events the platform (and plugins) publish.
 *
 * @since 1.0
 */
public sealed interface PlatformEvent {

    long clinicId();

    /** A client record was created. @since 1.0 */
    record ClientCreated(long clinicId, long clientId) implements PlatformEvent {
    }

    /** A client record was archived. @since 1.0 */
    record ClientArchived(long clinicId, long clientId) implements PlatformEvent {
    }

    /** A module was enabled for a clinic. @since 1.0 */
    record ModuleEnabled(long clinicId, String moduleId) implements PlatformEvent {
    }

    /** A module was disabled for a clinic; its data stays. @since 1.0 */
    record ModuleDisabled(long clinicId, String moduleId) implements PlatformEvent {
    }

    /** An event of a plugin's own, identified by a type name such as {@code session-log.pump.logged}. @since 1.0 */
    record Custom(long clinicId, String type, long subjectId) implements PlatformEvent {
    }
}
