/**
 * Checks shared by the SPI's value types. Public only because Java packages cannot share
 * package-private code; plugins and hosts should not depend on anything here, and it may change
 * without notice.
 */
package org.regdesk.registrar.spi.internal;
