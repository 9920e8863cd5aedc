package org.dyad.plugins.education;

import com.vaadin.flow.component.Component;
import org.dyad.api.extension.PortalPage;
import org.dyad.api.extension.StaffPage;
import org.pf4j.Extension;

/** The module's pages and where they are mounted. */
final class Pages {

    static final String STAFF = "staff/" + EducationLibraryModule.ID + "/";
    static final String PORTAL = "portal/" + EducationLibraryModule.ID + "/";

    private Pages() {
    }

    static String editor(long articleId) {
        return STAFF + "edit/" + articleId;
    }

    static String article(long articleId) {
        return PORTAL + "article/" + articleId;
    }

    static String library() {
        return PORTAL + "library";
    }

    /** Staff: the library list, search and "new article". */
    @Extension
    public static final class Library implements StaffPage {
        @Override public String path() { return ""; }
        @Override public String menuLabel() { return "Education library"; }
        @Override public String requiredPermission() { return Permissions.READ; }
        @Override public Class<? extends Component> viewClass() { return LibraryStaffView.class; }
    }

    /** Staff: the editor with live preview and version history, reached from the library list. */
    @Extension
    public static final class Editor implements StaffPage {
        @Override public String path() { return "edit"; }
        @Override public String menuLabel() { return ""; }
        @Override public String requiredPermission() { return Permissions.READ; }
        @Override public Class<? extends Component> viewClass() { return ArticleEditorView.class; }
    }

    /** Portal: "For you", the articles a consultant assigned. */
    @Extension
    public static final class ForYou implements PortalPage {
        @Override public String path() { return ""; }
        @Override public String menuLabel() { return "Learn"; }
        @Override public String requiredPermission() { return Permissions.READ; }
        @Override public Class<? extends Component> viewClass() { return ForYouView.class; }
    }

    /** Portal: the browsable, searchable library. */
    @Extension
    public static final class Browse implements PortalPage {
        @Override public String path() { return "library"; }
        @Override public String menuLabel() { return ""; }
        @Override public String requiredPermission() { return Permissions.READ; }
        @Override public Class<? extends Component> viewClass() { return LibraryPortalView.class; }
    }

    /** Portal: one article, phone first, with "mark as read". */
    @Extension
    public static final class Read implements PortalPage {
        @Override public String path() { return "article"; }
        @Override public String menuLabel() { return ""; }
        @Override public String requiredPermission() { return Permissions.READ; }
        @Override public Class<? extends Component> viewClass() { return ArticlePortalView.class; }
    }
}
