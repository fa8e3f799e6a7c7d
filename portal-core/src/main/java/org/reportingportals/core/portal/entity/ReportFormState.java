package org.reportingportals.core.portal.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report form as the page shows it: what was typed (kept on errors), how many address fields, and the
 * errors by field id, in the order of the form.
 *
 * @param errors      field id (the input's {@code id}) to the localised message
 * @param idempotency a key generated for this form, so a double click or a retried post creates one report
 */
public record ReportFormState(List<String> urls, String whereFound, Set<String> contentHints, String description,
                              boolean childInDanger, String email, String feedback, Map<String, String> errors,
                              String idempotency, int maxUrls) {

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hint(String code) {
        return contentHints.contains(code);
    }

    public boolean canAddUrl() {
        return urls.size() < maxUrls;
    }

    public ReportFormState withUrls(List<String> newUrls) {
        return new ReportFormState(newUrls, whereFound, contentHints, description, childInDanger, email, feedback, errors,
                idempotency, maxUrls);
    }

    public ReportFormState withErrors(Map<String, String> newErrors) {
        return new ReportFormState(urls, whereFound, contentHints, description, childInDanger, email, feedback, newErrors,
                idempotency, maxUrls);
    }
}
