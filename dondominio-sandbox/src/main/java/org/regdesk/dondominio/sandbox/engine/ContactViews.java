package org.regdesk.dondominio.sandbox.engine;

import tools.jackson.databind.node.ObjectNode;

/** The JSON shapes of a contact: the full object (§4 response keys) and the list item. */
final class ContactViews {
  private ContactViews() {}

  static ObjectNode full(Contact contact, long nowMinute) {
    ContactData data = contact.data();
    ObjectNode node = Json.object();
    node.put("contactID", contact.id());
    node.put("contactType", data.type().wire());
    node.put("firstName", data.firstName());
    node.put("lastName", data.lastName());
    node.put("orgName", data.orgName());
    node.put("orgType", data.orgType());
    node.put("identNumber", data.identNumber());
    node.put("email", data.email());
    node.put("phone", data.phone());
    node.put("fax", data.fax());
    node.put("address", data.address());
    node.put("postalCode", data.postalCode());
    node.put("city", data.city());
    node.put("state", data.state());
    node.put("country", data.country());
    node.put("verificationstatus", contact.verification(nowMinute).wire());
    node.put("daaccepted", contact.daAccepted(nowMinute));
    return node;
  }

  static ObjectNode listItem(Contact contact, long nowMinute) {
    ContactData data = contact.data();
    ObjectNode node = Json.object();
    node.put("contactID", contact.id());
    node.put("contactType", data.type().wire());
    node.put("contactName", data.contactName());
    node.put("identNumber", data.identNumber());
    node.put("email", data.email());
    node.put("country", data.country());
    node.put("verificationstatus", contact.verification(nowMinute).wire());
    node.put("daaccepted", contact.daAccepted(nowMinute));
    return node;
  }
}
