/**
 * CSV export and import of a client's log: the module's own documented format and Huckleberry's export.
 *
 * <p><b>Dyad session-log CSV</b> (what export writes; import reads it back). UTF-8, comma separated, RFC 4180 quoting,
 * header exactly {@code kind,baby,start,end,left_min,right_min,end_side,left_ml,right_ml,total_ml,milk_type,wet,dirty,
 * weight_g,comfort,note}:
 * <ul>
 *   <li>{@code kind}: {@code BREASTFEED}, {@code PUMP}, {@code BOTTLE}, {@code DIAPER} or {@code WEIGHT};</li>
 *   <li>{@code baby}: the baby's name as in the client record (may be empty when the client has one baby);</li>
 *   <li>{@code start}, {@code end}: ISO date-time with offset ({@code 2026-03-10T08:30:00+01:00}, as exported) or
 *       local clinic time {@code 2026-03-10 08:30}; {@code end} only for breastfeeds and pumps;</li>
 *   <li>{@code left_min}, {@code right_min}: minutes on each side (decimals allowed); {@code end_side}:
 *       {@code LEFT}/{@code RIGHT};</li>
 *   <li>{@code left_ml}, {@code right_ml}, {@code total_ml}: pumped per side or in total; {@code total_ml} is also a
 *       bottle's volume; {@code milk_type}: {@code BREAST_MILK}, {@code FORMULA} or {@code MIXED};</li>
 *   <li>{@code wet}, {@code dirty}: {@code yes}/{@code no}; {@code weight_g}: grams; {@code comfort}: 0–10;
 *       {@code note}: free text.</li>
 * </ul>
 *
 * <p><b>Huckleberry export</b> (header {@code Type,Start,End,Duration,Start Condition,Start Location,End Condition,
 * Notes}, times {@code yyyy-MM-dd HH:mm} local): {@code Feed} rows with {@code Start Location} {@code Breast} (side
 * times such as {@code 0:10R} / {@code 05:00L} in Start and End Condition) or {@code Bottle} (milk type in Start
 * Condition, volume such as {@code 120ml} or {@code 4 oz} in End Condition); {@code Pump} rows (volume in a
 * condition column); {@code Diaper} rows ({@code Pee}, {@code Poo}, {@code Both}, {@code Pee + Poo}); {@code Growth}
 * rows (weight such as {@code 3.62 kg}, {@code 3620 g} or {@code 7.9 lb}). Other types (sleep, solids, bath…) are
 * skipped and listed as skipped. All rows go to the baby chosen for the import.
 *
 * <p>Limits: at most {@value org.dyad.plugins.sessionlog.csv.CsvText#MAX_BYTES} bytes; text only (a file with NUL
 * bytes or invalid UTF-8 is refused as binary).
 */
@NullMarked
package org.dyad.plugins.sessionlog.csv;

import org.jspecify.annotations.NullMarked;
