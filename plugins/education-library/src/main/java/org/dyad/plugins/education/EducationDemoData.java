package org.dyad.plugins.education;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.dyad.api.ClientRef;
import org.dyad.api.PluginContext;
import org.dyad.api.extension.DemoDataContributor;
import org.pf4j.Extension;

/**
 * The demo's reading: every parent with a portal account is assigned three starter articles with a personal note,
 * through {@link ReadingService} like a consultant's assignment. The parent's progress (one finished, one opened) is
 * written straight into the module's reading store, as nobody is signed in as that parent at start-up.
 */
@Extension
public class EducationDemoData implements DemoDataContributor {

    private static final List<String> ARTICLES = List.of("supply-and-demand", "is-baby-getting-enough",
            "prolactin-and-night-feeds");
    private static final String NOTE = "Lovely to meet you both today, %s. These three are short and match what we "
            + "talked about: how feeding often builds your supply, and the signs that baby is getting enough. "
            + "Read them when you have a quiet moment; no rush. Message us any time.";

    private final PluginContext context;

    public EducationDemoData(PluginContext context) {
        this.context = context;
    }

    @Override
    public void write(DemoClinic clinic) {
        new StarterSeeder(context.data(), context.clock()).ensureSeeded();
        ArticleStore articles = new ArticleStore(context.data());
        List<Long> ids = ARTICLES.stream()
                .map(key -> articles.findStarter(key).orElseThrow(() -> new IllegalStateException("No starter " + key)))
                .map(Article::id).toList();
        ReadingService reading = new ReadingService(context);
        ReadingStore progress = new ReadingStore(context.data());
        LocalDateTime now = LocalDateTime.now(context.clock().withZone(ZoneOffset.UTC));
        for (ClientRef client : clinic.clients()) {
            if (!clinic.hasPortal(client.clientId())) {
                continue;
            }
            String firstName = client.displayName().split(" ")[0];
            reading.assign(new Assignment(client.clientId(), ids, NOTE.formatted(firstName)));
            progress.finished(client.clientId(), ids.get(0), now);
            progress.opened(client.clientId(), ids.get(1), now);
        }
    }
}
