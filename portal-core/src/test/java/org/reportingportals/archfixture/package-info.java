/**
 * Planted violations for {@code org.reportingportals.core.ArchitectureTest}: a tiny codebase shaped like ours
 * that breaks each architecture rule exactly once, so the test can show that every rule fails when it should.
 * Never imported by anything; not part of the platform.
 */
package org.reportingportals.archfixture;
