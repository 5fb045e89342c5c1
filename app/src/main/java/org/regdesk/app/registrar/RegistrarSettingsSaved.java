package org.regdesk.app.registrar;

/**
 * Published when a plugin's settings were saved; listeners run after the commit and drop what they
 * cached from the old settings.
 *
 * @param plugin the plugin's stable name
 */
record RegistrarSettingsSaved(String plugin) {}
