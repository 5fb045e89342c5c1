/**
 * The desk: a Spring Boot web application that hosts registrar plugins.
 *
 * <p>Packages by feature ({@code customer}, {@code catalog}, {@code registrar}, {@code domain},
 * {@code job}, {@code importer}), by audience for the web ({@code web.admin}, {@code web.client},
 * {@code web.api}), plus {@code security}, {@code config}, {@code storage} and {@code web} for
 * shared infrastructure. This package holds the entry point and the service-boundary errors every
 * feature throws ({@link org.regdesk.app.DeskException}). See {@code app/CONVENTIONS.md}.
 */
package org.regdesk.app;
