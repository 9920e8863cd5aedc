package org.dyad.plugins.sessionlog.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.dyad.api.ClientRef;
import org.dyad.api.ValidationException;
import org.dyad.plugins.sessionlog.log.Bottle;
import org.dyad.plugins.sessionlog.log.Breastfeed;
import org.dyad.plugins.sessionlog.log.Diaper;
import org.dyad.plugins.sessionlog.log.LoggedEntry;
import org.dyad.plugins.sessionlog.log.MilkType;
import org.dyad.plugins.sessionlog.log.Pump;
import org.dyad.plugins.sessionlog.log.Side;
import org.dyad.plugins.sessionlog.log.Weighing;
import org.junit.jupiter.api.Test;

class CsvImportTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-03-12T12:00:00Z");
    private static final ImportSetup SETUP = new ImportSetup(List.of(
            new ClientRef.BabyRef(7, "Mia", LocalDate.of(2026, 3, 1), 3500, 39),
            new ClientRef.BabyRef(8, "Noah", LocalDate.of(2026, 3, 1), 3300, 39)), 7, ZONE, NOW);
    private static final String HEADER = String.join(",", DyadCsv.HEADER) + "\n";

    @Test
    void an_export_reads_back_as_the_same_entries() {
        Instant t = Instant.parse("2026-03-10T07:30:00Z");
        List<LoggedEntry> logged = List.of(
                new LoggedEntry(1, 5, new Breastfeed(7, t, t.plusSeconds(1500), 600, 900, Side.RIGHT, 3, "sore, \"left\"")),
                new LoggedEntry(2, 5, Pump.perSide(8, t.plusSeconds(3600), t.plusSeconds(4500), 60, 45)),
                new LoggedEntry(3, 5, new Bottle(7, t.plusSeconds(1600), 30, MilkType.FORMULA)),
                new LoggedEntry(4, 5, new Diaper(7, t, true, false)),
                new LoggedEntry(5, 5, new Weighing(7, t, 3420)));

        String csv = DyadCsv.write(logged, Map.of(7L, "Mia", 8L, "Noah"), ZONE);
        ImportPreview preview = CsvImport.preview(csv, SETUP);

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.entries()).containsExactlyElementsOf(logged.stream().map(LoggedEntry::entry).toList());
    }

    @Test
    void times_without_an_offset_are_clinic_time() {
        ImportPreview preview = CsvImport.preview(HEADER + "WEIGHT,,2026-03-10 08:30,,,,,,,,,,,3400,,\n", SETUP);

        assertThat(preview.entries()).containsExactly(new Weighing(7, Instant.parse("2026-03-10T07:30:00Z"), 3400));
    }

    @Test
    void every_bad_row_is_reported_with_its_line_and_nothing_is_importable() {
        String csv = HEADER
                + "WEIGHT,,2026-03-10 08:30,,,,,,,,,,,3400,,\n"
                + "WEIGHT,,2026-13-10 08:30,,,,,,,,,,,3400,,\n"
                + "BOTTLE,,2026-03-10 09:00,,,,,,,600,FORMULA,,,,,\n"
                + "BREASTFEED,,2026-03-10 09:00,2026-03-10 08:00,,,,,,,,,,,,\n"
                + "WEIGHT,Lena,2026-03-10 08:30,,,,,,,,,,,3400,,\n"
                + "WEIGHT,,2026-03-12 13:06,,,,,,,,,,,3400,,\n";

        ImportPreview preview = CsvImport.preview(csv, SETUP);

        assertThat(preview.canImport()).isFalse();
        assertThat(preview.errors()).extracting(ImportRow::line, ImportRow::problem).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "The start '2026-13-10 08:30' is not a date and time like 2026-03-10 08:30."),
                org.assertj.core.groups.Tuple.tuple(4, "Volume must be between 0 and 500 ml."),
                org.assertj.core.groups.Tuple.tuple(5, "The end must be after the start."),
                org.assertj.core.groups.Tuple.tuple(6, "No baby called 'Lena' in this record."),
                org.assertj.core.groups.Tuple.tuple(7, "Times more than 5 minutes in the future cannot be logged."));
    }

    @Test
    void overlapping_breastfeeds_within_the_file_are_reported() {
        String csv = HEADER + "BREASTFEED,Mia,2026-03-10 08:00,2026-03-10 08:30,,,,,,,,,,,,\n"
                + "BREASTFEED,Mia,2026-03-10 08:20,2026-03-10 08:40,,,,,,,,,,,,\n"
                + "BREASTFEED,Noah,2026-03-10 08:20,2026-03-10 08:40,,,,,,,,,,,,\n";

        assertThat(CsvImport.preview(csv, SETUP).errors()).extracting(ImportRow::line, ImportRow::problem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3,
                        "This feed overlaps another breastfeed of the same baby."));
    }

    @Test
    void a_file_with_unknown_columns_is_refused_as_a_whole() {
        assertThatThrownBy(() -> CsvImport.preview("date,amount\n2026-03-10,30\n", SETUP))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("The columns do not match a known format. Expected the Dyad format (kind,baby,");
    }

    @Test
    void a_100_megabyte_upload_is_refused_before_it_is_read() {
        InputStream never = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("must not be read");
            }
        };
        assertThatThrownBy(() -> CsvImport.preview(never, 100L * 1024 * 1024, SETUP))
                .hasMessage("The file is 100.0 MB; files up to 5 MB can be imported. Split it into smaller files.");
    }

    @Test
    void a_large_upload_without_a_declared_size_is_cut_off_at_the_limit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };
        assertThatThrownBy(() -> CsvImport.preview(endless, -1, SETUP))
                .hasMessage("The file is 5.0 MB; files up to 5 MB can be imported. Split it into smaller files.");
    }

    @Test
    void binary_junk_is_refused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> CsvImport.preview(new ByteArrayInputStream(png), png.length, SETUP))
                .hasMessage("This file is not a CSV text file (it contains binary data). Export a CSV file and try again.");
        byte[] latin1 = "kind,baby\nWEIGHT,J\u00f6rg\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvImport.preview(new ByteArrayInputStream(latin1), latin1.length, SETUP))
                .hasMessageStartingWith("This file is not a CSV text file");
    }

    @Test
    void a_huckleberry_export_is_read_and_other_activities_skipped() {
        String csv = "\uFEFFType,Start,End,Duration,Start Condition,Start Location,End Condition,Notes\r\n"
                + "Feed,2026-03-10 08:00,2026-03-10 08:15,0:15,0:10R,Breast,0:05L,\r\n"
                + "Feed,2026-03-10 08:20,,,Formula,Bottle,60ml,\r\n"
                + "Feed,2026-03-10 11:00,2026-03-10 11:20,00:20,10:00R,Breast,08:30L,\"calm, sleepy\"\r\n"
                + "Diaper,2026-03-10 09:00,,,Pee + Poo,,,\r\n"
                + "Sleep,2026-03-10 09:30,2026-03-10 10:30,01:00,,,,\r\n"
                + "Growth,2026-03-10 12:00,,,3.42 kg,,,\r\n"
                + "Pump,2026-03-10 13:00,2026-03-10 13:20,00:20,,,4 oz,\r\n";

        ImportPreview preview = CsvImport.preview(csv, SETUP);

        Instant t = Instant.parse("2026-03-10T07:00:00Z");
        assertThat(preview.format()).isEqualTo("Huckleberry export");
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.skipped()).extracting(ImportRow::line).containsExactly(6);
        assertThat(preview.entries()).containsExactly(
                new Breastfeed(7, t, t.plusSeconds(900), 300, 600, Side.LEFT, null, null),
                new Bottle(7, t.plusSeconds(1200), 60, MilkType.FORMULA),
                new Breastfeed(7, t.plusSeconds(3 * 3600), t.plusSeconds(3 * 3600 + 1200), 510, 600, Side.LEFT, null,
                        "calm, sleepy"),
                new Diaper(7, t.plusSeconds(3600), true, true),
                new Weighing(7, t.plusSeconds(4 * 3600), 3420),
                new Pump(7, t.plusSeconds(5 * 3600), t.plusSeconds(5 * 3600 + 1200), null, null, 118));
    }

    @Test
    void a_spreadsheet_formula_in_a_note_is_neutralised_on_export() {
        assertThat(DyadCsv.quote("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(DyadCsv.quote("-5")).isEqualTo("-5");
    }
}
