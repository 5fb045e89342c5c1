package org.regdesk.dondominio.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replaces the values golden files cannot pin by placeholders, after checking their form: the
 * caller's IP ({@code <caller-ip>}), generated auth codes ({@code <authcode>}) and contact IDs
 * ({@code <contact-1>}, {@code <contact-2>}, ... in order of first appearance, so that one contact
 * named twice keeps one placeholder across every answer of a case). Everything else, dates and
 * domain IDs included, is pinned as it is: the clock is frozen and IDs are allocated in order.
 */
final class Placeholders {
  private static final Pattern CONTACT_ID = Pattern.compile("[A-Z]{3}-[0-9]{7}");
  private static final Pattern GENERATED_AUTHCODE = Pattern.compile("[A-Za-z0-9#*+-]{14}");

  private final Map<String, String> contacts = new LinkedHashMap<>();

  JsonNode apply(JsonNode node) {
    return replace(node.deepCopy(), null);
  }

  private JsonNode replace(JsonNode node, String key) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      List<String> names = new ArrayList<>(object.propertyNames());
      for (String name : names) {
        object.set(name, replace(object.get(name), name));
      }
      return object;
    }
    if (node.isArray()) {
      ArrayNode array = (ArrayNode) node;
      for (int i = 0; i < array.size(); i++) {
        array.set(i, replace(array.get(i), key));
      }
      return array;
    }
    if (!node.isString()) {
      return node;
    }
    String value = node.asString();
    if ("ip".equals(key) && !value.isEmpty()) {
      assertThat(value).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
      return text("<caller-ip>");
    }
    if ("authcode".equals(key) && GENERATED_AUTHCODE.matcher(value).matches()) {
      return text("<authcode>");
    }
    if (CONTACT_ID.matcher(value).matches()) {
      return text(contacts.computeIfAbsent(value, v -> "<contact-" + (contacts.size() + 1) + ">"));
    }
    return node;
  }

  private static JsonNode text(String value) {
    return JsonNodeFactory.instance.stringNode(value);
  }
}
