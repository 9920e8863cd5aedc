package org.dyad.plugins.education;

import java.util.List;
import org.dyad.testkit.PluginContractTest;
import org.dyad.testkit.TestKit;
import org.dyad.testkit.TestParent;

/** The platform's plugin contract, run against the shaded plugin jar loaded by the real host. */
class EducationLibraryContractIT extends PluginContractTest {

    @Override
    protected void createClientData(TestKit kit, TestParent parent) {
        long article = new ReaderService(kit.context()).browse(null).getFirst().articleId();
        new ReadingService(kit.context()).assign(new Assignment(parent.clientId(), List.of(article),
                "Have a look before our next visit."));
    }
}
