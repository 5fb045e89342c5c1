package org.regdesk.app.registrar;

/**
 * Published when a Test connection of a plugin's settings succeeded: the registrar accepts them, so
 * a flag from an earlier authentication failure no longer holds.
 *
 * @param plugin the plugin's stable name
 */
record RegistrarConnectionSucceeded(String plugin) {}
