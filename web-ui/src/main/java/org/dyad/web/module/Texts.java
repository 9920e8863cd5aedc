package org.dyad.web.module;

/** The English strings of the module pages (kept here rather than in the shared translation file). */
final class Texts {

    static final String NOT_ENABLED_TITLE = "This module is not enabled for your clinic";
    static final String NOT_ENABLED_TEXT = "Ask your clinic admin to enable it on the Modules page, or go back to your start page.";
    static final String START_PAGE = "Go to my start page";
    static final String MODULES_TITLE = "Modules";
    static final String DISABLE_HEADER = "Disable %s?";
    static final String DISABLE_TEXT = "Its pages, tabs and cards disappear for everyone in your clinic at once. "
            + "Its data is kept: enabling it again shows all of it.";
    static final String PLUGINS_TITLE = "Plugins";

    private Texts() {
    }
}
