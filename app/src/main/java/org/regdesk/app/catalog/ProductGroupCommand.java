package org.regdesk.app.catalog;

import java.util.List;

/**
 * What an admin asks for when creating or changing a product group, as typed; {@link ProductGroups}
 * checks every part and names the field of each problem.
 *
 * @param name the name
 * @param description a description; null or blank for none
 * @param type {@code DOMAIN} (any case); null means domain
 * @param customFields the stable keys of the domain fields that apply to this group. Fields that
 *     apply to all groups may be listed or not (they apply anyway); a field limited to chosen
 *     groups applies to this one exactly when listed. Null leaves the fields as they are (on
 *     create: none)
 */
public record ProductGroupCommand(
    String name, String description, String type, List<String> customFields) {}
