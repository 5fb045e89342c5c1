package org.regdesk.app.importer;

import java.util.Optional;

/**
 * What an import would do now: how many domains the registrar lists and how many of them the desk
 * lacks.
 *
 * @param plugin the registrar plugin
 * @param found domains in the registrar's listing
 * @param missing of those, domains the desk does not hold
 * @param problem why the listing could not be read, if it could not (the counts are then 0)
 */
public record ImportPreview(String plugin, int found, int missing, Optional<String> problem) {}
