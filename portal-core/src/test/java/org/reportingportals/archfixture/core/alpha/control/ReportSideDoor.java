package org.reportingportals.archfixture.core.alpha.control;

import jakarta.persistence.EntityManager;
import org.reportingportals.archfixture.core.reports.entity.Report;

/** Planted: another component loading and writing the Report aggregate with its own EntityManager. */
public class ReportSideDoor {

    public void overwrite(EntityManager em, String id) {
        em.merge(em.find(Report.class, id));
    }

    public int clear(EntityManager em) {
        return em.createNativeQuery("UPDATE reports SET description = NULL").executeUpdate();
    }
}
