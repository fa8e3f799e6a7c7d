package org.reportingportals.core.assessment.control;

import org.reportingportals.core.platform.entity.UtcInstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reportingportals.core.assessment.entity.Action;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Every assessment as CSV rows, oldest first, for seniors' own analysis. Nothing about reporters. */
@ApplicationScoped
public class AssessmentExport {

    public static final List<String> HEADER = List.of("assessed_at", "report_reference", "tenant", "url", "outcome",
            "hosting_country", "age_band", "self_generated", "actions", "notes", "analyst", "copied_from");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public String csv() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT a.assessed_at, r.reference, r.tenant_code, u.normalised_url, a.outcome, a.hosting_country, "
                        + "a.age_band, a.self_generated, a.actions, a.notes, a.analyst, a.copied_from "
                        + "FROM assessments a JOIN reports r ON r.id = a.report_id "
                        + "JOIN reported_urls u ON u.id = a.reported_url_id ORDER BY a.assessed_at, a.id")
                .getResultList();
        StringBuilder csv = new StringBuilder(CsvCells.row(HEADER));
        for (Object[] row : rows) {
            csv.append(CsvCells.row(List.of(
                    instant(row[0]), text(row[1]), text(row[2]), text(row[3]), code(row[4]), text(row[5]), text(row[6]),
                    text(row[7]), actions(row[8]), text(row[9]), text(row[10]), text(row[11]))));
        }
        return csv.toString();
    }

    private static String instant(Object value) {
        return value instanceof Timestamp ? UtcInstantConverter.column(value).toString() : text(value);
    }

    private static String code(Object enumName) {
        return enumName == null ? "" : enumName.toString().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String actions(Object names) {
        return names == null ? "" : Arrays.stream(names.toString().split(",")).map(Action::valueOf).map(Action::code)
                .sorted().collect(Collectors.joining(" "));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
