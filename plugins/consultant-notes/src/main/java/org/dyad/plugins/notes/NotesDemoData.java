package org.dyad.plugins.notes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.dyad.api.ClientRef;
import org.dyad.api.PluginContext;
import org.dyad.api.extension.DemoDataContributor;
import org.pf4j.Extension;

/**
 * The demo's visit notes: for the first three dyads of each clinic a signed initial consult with a weighed feed and a
 * LATCH score, its plan shared with the family; for the fourth a draft. Written through {@link NoteService}, so the
 * notes are validated, versioned and audited like a consultant's own.
 */
@Extension
public class NotesDemoData implements DemoDataContributor {

    private static final int SIGNED = 3;
    private static final String[][] VISITS = {
        {"Sore nipples on the left since day 3; wonders whether baby is getting enough.",
            "Feeds 9–11 times a day, 15–20 min, both sides; 6 wet diapers a day.",
            "Left nipple slightly compressed after feeds, no cracks; breasts soft after feeding.",
            "Shallow latch on the left causing the soreness. Milk transfer is good and weight is on track.",
            "Bring baby to the breast with the chin leading and nose opposite the nipple. Keep feeding on cue, "
                + "at least 8 times in 24 hours. A little lanolin or expressed milk on the nipple after feeds. "
                + "Call us if the soreness gets worse or you see a crack."},
        {"Baby sleepy at the breast, long feeds; parent tired.",
            "Feeds 8–10 times a day, often 40 min with long pauses; pumps once a day after the morning feed.",
            "Breasts full before feeds and softer after; nipples intact.",
            "Effective feeding once baby is kept awake with breast compressions; supply looks good.",
            "Use breast compressions when swallowing slows, then offer the second side. Skin to skin helps baby wake. "
                + "Keep the morning pump for a small store. Rest when baby sleeps; accept help with meals."},
        {"Worried about supply in the evenings; baby cluster-feeds 6–10 pm.",
            "10–12 feeds a day including a cluster in the evening; one formula top-up of 30 ml most evenings.",
            "Breasts soft in the evening, fuller in the morning. No pain.",
            "Evening cluster feeding is normal at this age; transfer is adequate and weight gain is good.",
            "Evening cluster feeds are normal and build supply. Follow baby's cues and try to skip the evening "
                + "top-up for a few days while watching diapers (at least 6 wet a day). Weigh again next week."},
    };

    private final PluginContext context;

    public NotesDemoData(PluginContext context) {
        this.context = context;
    }

    @Override
    public void write(DemoClinic clinic) {
        NoteService notes = new NoteService(context);
        String template = notes.templates().getFirst().key();
        List<ClientRef> clients = clinic.clients();
        for (int i = 0; i < Math.min(SIGNED + 1, clients.size()); i++) {
            ClientRef client = clients.get(i);
            long noteId = notes.startDraft(client.clientId(), template, null);
            Note draft = notes.open(noteId);
            String[] v = VISITS[i % VISITS.length];
            NoteContent content = new NoteContent(v[0], v[1], v[2], i < SIGNED ? v[3] : "", i < SIGNED ? v[4] : "",
                    Map.of(), sections(draft.content().babies(), client, i, clinic));
            int version = notes.save(noteId, draft.version(), content);
            if (i < SIGNED) {
                notes.sign(noteId, version);
                notes.shareCarePlan(noteId);
            }
        }
    }

    private static List<BabySection> sections(List<BabySection> blank, ClientRef client, int i, DemoClinic clinic) {
        return blank.stream().map(section -> {
            ClientRef.BabyRef baby = client.babies().stream().filter(b -> b.babyId() == section.babyId()).findFirst()
                    .orElseThrow();
            int weight = weightToday(baby, LocalDate.now(clinic.zone()));
            int transfer = 40 + 15 * i + (int) (baby.babyId() % 10);
            int swallowing = i == 1 ? 1 : 2;
            return new BabySection(section.babyId(), section.babyName(), weight,
                    "Tongue lifts and extends well, good cupping; palate intact.",
                    "Alert, good tone, pink and well hydrated.",
                    new WeighedFeed(weight, weight + transfer), new Latch(2, swallowing, 2, i == 0 ? 1 : 2, 1));
        }).toList();
    }

    /** Roughly what a thriving baby weighs: birth weight regained by day 10, then about 30 g a day. */
    private static int weightToday(ClientRef.BabyRef baby, LocalDate today) {
        long days = ChronoUnit.DAYS.between(baby.dateOfBirth(), today);
        int birth = baby.birthWeightGrams();
        if (days <= 10) {
            return (int) Math.round(birth * (days <= 3 ? 1 - 0.02 * days : 0.94 + 0.06 * (days - 3) / 7.0));
        }
        return (int) Math.min(birth + Math.min(days - 10, 60) * 30 + Math.max(0, days - 70) * 15, 9_500);
    }
}
