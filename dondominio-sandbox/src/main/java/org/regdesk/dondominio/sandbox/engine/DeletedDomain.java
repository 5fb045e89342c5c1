package org.regdesk.dondominio.sandbox.engine;

/**
 * An entry of {@code domain/listdeleted}.
 *
 * @param name the UTF-8 name
 * @param deletedAt epoch second ({@code tsDeleted})
 * @param info why it went away
 */
record DeletedDomain(int domainId, String name, String tld, long deletedAt, String info) {}
