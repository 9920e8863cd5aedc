package org.dyad.plugins.notes;

/** Paths of the module's pages, shared by the extensions that register them and the views that link to them. */
final class Extensions {

    static final String NOTE_PATH = "note";
    static final String TEMPLATES_PATH = "templates";
    static final String CARE_PLAN_PATH = "care-plan";

    private Extensions() {
    }

    static String noteUrl(long noteId) {
        return "staff/" + ConsultantNotesModule.ID + "/" + NOTE_PATH + "/" + noteId;
    }
}
