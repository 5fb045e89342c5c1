package org.regdesk.app.catalog;

/**
 * A product group (Settings › Products): the TLD products of a group share the domain custom fields
 * that apply to it ({@link CustomFields#domainFieldsOf(long)}).
 *
 * @param id the row id
 * @param name the name, unique whatever the case, e.g. {@code Domains}
 * @param description a description for staff; may be empty
 * @param type what the group sells
 */
public record ProductGroup(long id, String name, String description, ProductGroupType type) {}
