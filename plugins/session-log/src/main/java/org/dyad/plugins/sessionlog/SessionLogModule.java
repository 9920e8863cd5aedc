package org.dyad.plugins.sessionlog;

import java.util.List;
import org.dyad.api.Permission;
import org.dyad.api.SettingDefinition;
import org.dyad.api.extension.DyadModule;
import org.dyad.plugins.sessionlog.log.SessionLogPermissions;
import org.dyad.plugins.sessionlog.stats.Thresholds;
import org.pf4j.Extension;

/** The module: permissions and the dashboard thresholds as per-clinic settings. */
@Extension
public class SessionLogModule implements DyadModule {

    public static final String ID = "session-log";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Session log";
    }

    @Override
    public String description() {
        return "Breastfeeding, pumping, bottles, diapers and weight: a one-thumb log for parents and the "
                + "supply-and-demand picture for consultants.";
    }

    @Override
    public String icon() {
        return "vaadin:chart-timeline";
    }

    @Override
    public List<Permission> permissions() {
        return SessionLogPermissions.all();
    }

    @Override
    public List<SettingDefinition> settings() {
        Thresholds d = Thresholds.DEFAULTS;
        return List.of(
                SettingDefinition.integer(Thresholds.MIN_REMOVALS, "Fewest removals (breastfeeds + pumps) in 24 h",
                        d.minRemovals24h(), 0, 24),
                SettingDefinition.integer(Thresholds.MAX_WEIGHT_LOSS, "Largest weight loss from birth weight (%)",
                        d.maxWeightLossPercent(), 1, 50),
                SettingDefinition.integer(Thresholds.SILENT_HOURS, "Hours without any entry", d.silentHours(), 1,
                        24 * 14));
    }
}
