package org.reportingportals.core.console.boundary;

import jakarta.ws.rs.FormParam;

import java.util.List;
import java.util.UUID;

/**
 * The fields of a finding as the console's forms post them: an analyst's assessment of a URL and a senior's
 * changed decision use the same ones, so both screens bind them with {@code @BeanParam}.
 */
public class FindingFields {

    @FormParam("outcome")
    String outcome;

    @FormParam("hostingCountry")
    String hostingCountry;

    @FormParam("ageBand")
    String ageBand;

    @FormParam("selfGenerated")
    String selfGenerated;

    @FormParam("actions")
    List<String> actions;

    @FormParam("notes")
    String notes;

    AssessmentForm form(UUID target, boolean applyToDuplicates) {
        return new AssessmentForm(target, outcome, hostingCountry, ageBand, selfGenerated, actions, notes,
                applyToDuplicates);
    }

    String notes() {
        return notes;
    }
}
