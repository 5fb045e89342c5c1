/**
 * How a plugin describes itself to the host: {@link
 * org.regdesk.registrar.spi.descriptor.RegistrarDescriptor} with its settings schema, Plugin
 * actions, {@link org.regdesk.registrar.spi.descriptor.Capabilities capabilities} and per-TLD
 * {@link org.regdesk.registrar.spi.descriptor.TldRequirements requirements}.
 *
 * <p>The host builds its forms (plugin settings, order fields, action inputs) and their validation
 * from these definitions and links stored values by stable keys, never by display labels.
 */
package org.regdesk.registrar.spi.descriptor;
