/**
 * The {@code audit} command's renderings of {@link org.vwb.headless.audit.AuditSimulation} (text and JSON), and
 * the preparation of imported configurations for a run.
 */
package org.vwb.headless.internal.audit;
