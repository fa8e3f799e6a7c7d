-- H2 has no SQL-bodied triggers: the same bookkeeping as PostgreSQL's V11_1, row by row, in Java.
CREATE TRIGGER reports_counted AFTER INSERT, UPDATE, DELETE ON reports
    FOR EACH ROW CALL 'org.reportingportals.core.reports.control.H2QueueCountTrigger';
