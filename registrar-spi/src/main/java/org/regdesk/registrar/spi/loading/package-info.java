/**
 * Finding and loading registrar plugins: {@link org.regdesk.registrar.spi.loading.RegistrarPlugins}
 * reads the application class path and the {@code plugins/registrars/} directory, skips and reports
 * broken jars, and refuses duplicate plugin names.
 */
package org.regdesk.registrar.spi.loading;
