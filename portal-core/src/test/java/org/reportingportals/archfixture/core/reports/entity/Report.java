package org.reportingportals.archfixture.core.reports.entity;

/** The fixture's aggregate, owned by its reports component. */
public class Report {
}
