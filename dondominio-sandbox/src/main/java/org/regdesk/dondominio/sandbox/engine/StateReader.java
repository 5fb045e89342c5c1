package org.regdesk.dondominio.sandbox.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads what {@link StateWriter} wrote. Anything missing or malformed is an {@link
 * IllegalArgumentException} saying what and where, never a half-restored sandbox.
 */
final class StateReader {
  private final TldCatalogue catalogue;
  private final Map<String, Nameservers> nameserverSets = new HashMap<>();
  private final Map<String, Contact> contactsById = new HashMap<>();
  private SandboxState state;

  private StateReader(TldCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  static SandboxState read(JsonNode root, TldCatalogue catalogue) {
    try {
      return new StateReader(catalogue).readState(root);
    } catch (CorruptState e) {
      throw e;
    } catch (RuntimeException e) {
      throw new CorruptState("corrupt sandbox state: " + describe(e), e);
    }
  }

  /** A state file that cannot be restored. */
  static final class CorruptState extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    CorruptState(String message) {
      super(message);
    }

    CorruptState(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private SandboxState readState(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new CorruptState("corrupt sandbox state: not a JSON object");
    }
    if (!StateWriter.FORMAT.equals(text(root, "format"))) {
      throw new CorruptState("not a sandbox state file (format is not " + StateWriter.FORMAT + ")");
    }
    int version = root.path("version").asInt(-1);
    if (version != StateWriter.VERSION) {
      throw new CorruptState("unsupported sandbox state version " + version);
    }
    JsonNode accountNode = required(root, "account");
    Account account =
        new Account(
            text(accountNode, "clientName"),
            new BigDecimal(text(accountNode, "balance")),
            new BigDecimal(text(accountNode, "threshold")),
            text(accountNode, "currency"));
    for (JsonNode charge : array(accountNode, "charges")) {
      account.restoreCharge(
          new Charge(
              second(text(charge, "ts")),
              text(charge, "action"),
              text(charge, "domain"),
              new BigDecimal(text(charge, "amount")),
              new BigDecimal(text(charge, "balanceAfter"))));
    }
    IdSource ids =
        new IdSource(required(root, "seed").asLong(), required(root, "idPosition").asLong());
    state = new SandboxState(catalogue, account, ids);
    for (JsonNode node : array(root, "contacts")) {
      Contact contact = contact(node);
      state.contacts.add(contact);
      contactsById.put(contact.id(), contact);
    }
    List<String> columns = new ArrayList<>();
    array(root, "domainColumns").forEach(c -> columns.add(c.asString()));
    if (!columns.equals(StateWriter.DOMAIN_COLUMNS)) {
      throw new CorruptState("corrupt sandbox state: unexpected domainColumns");
    }
    for (JsonNode row : array(root, "domains")) {
      Domain domain = domain(row);
      state.domains.add(domain);
      if (domain.dueMinute != Dates.NONE) {
        state.queue.add(domain.dueMinute, domain.id);
      }
    }
    for (JsonNode node : array(root, "deleted")) {
      state.deleted.add(
          new DeletedDomain(
              required(node, "domainID").asInt(),
              text(node, "name"),
              text(node, "tld"),
              second(text(node, "tsDeleted")),
              text(node, "info")));
    }
    for (JsonNode node : array(root, "foreign")) {
      DomainName name = name(text(node, "domain"));
      state.foreign.put(
          name.ascii(),
          new ForeignDomain(
              name,
              text(node, "authcode"),
              day(text(node, "expiry")),
              required(node, "locked").asBoolean(),
              Nameservers.fromStateText(text(node, "nameservers"))));
    }
    for (JsonNode node : array(root, "operations")) {
      OperationCounts counts = state.counts(text(node, "domain"));
      counts.created = required(node, "created").asInt();
      counts.transferred = required(node, "transferred").asInt();
      counts.renewed = required(node, "renewed").asInt();
    }
    // never hand out an ID that is already taken, whatever the file says
    int highest = SandboxState.FIRST_DOMAIN_ID - 1;
    for (Domain domain : state.domains.inOrder()) {
      highest = Math.max(highest, domain.id);
    }
    for (DeletedDomain entry : state.deleted) {
      highest = Math.max(highest, entry.domainId());
    }
    state.nextDomainId = Math.max(required(root, "nextDomainId").asInt(), highest + 1);
    return state;
  }

  private Contact contact(JsonNode node) {
    ContactData data =
        new ContactData(
            ContactType.fromWire(text(node, "contactType"))
                .orElseThrow(() -> new CorruptState("corrupt sandbox state: bad contactType")),
            text(node, "firstName"),
            text(node, "lastName"),
            text(node, "orgName"),
            text(node, "orgType"),
            text(node, "identNumber"),
            text(node, "email"),
            text(node, "phone"),
            text(node, "fax"),
            text(node, "address"),
            text(node, "postalCode"),
            text(node, "city"),
            text(node, "state"),
            text(node, "country"));
    String id = text(node, "contactID");
    if (!ContactBook.ID_FORMAT.matcher(id).matches() || id.length() > 20) {
      throw new CorruptState("corrupt sandbox state: bad contactID " + id);
    }
    return new Contact(
        id,
        data,
        VerificationStatus.fromWire(text(node, "verificationstatus"))
            .orElseThrow(() -> new CorruptState("corrupt sandbox state: bad verificationstatus")),
        minute(node.get("verifiesAt")));
  }

  private Domain domain(JsonNode row) {
    if (!row.isArray() || row.size() != StateWriter.DOMAIN_COLUMNS.size()) {
      throw new CorruptState("corrupt sandbox state: a domain row has the wrong length");
    }
    int i = 0;
    int id = row.get(i++).asInt();
    DomainName name = name(row.get(i++).asString());
    DomainStatus status =
        DomainStatus.fromWire(row.get(i++).asString())
            .orElseThrow(
                () -> new CorruptState("corrupt sandbox state: bad status of " + name.ascii()));
    Domain d = new Domain(id, name, status);
    d.createdDay = day(row.get(i++).asString());
    d.expiryDay = day(row.get(i++).asString());
    d.periodYears = row.get(i++).asInt();
    d.dueMinute = minute(row.get(i++));
    d.awaitingAuthcode = row.get(i++).asBoolean();
    d.transferDeadlineMinute = minute(row.get(i++));
    JsonNode charge = row.get(i++);
    d.transferCharge = charge.isNull() ? null : new BigDecimal(charge.asString());
    d.owner = contactRef(row.get(i++));
    d.admin = contactRef(row.get(i++));
    d.tech = contactRef(row.get(i++));
    d.billing = contactRef(row.get(i++));
    // domains share nameserver sets, as they did before the export
    d.nameservers =
        nameserverSets.computeIfAbsent(row.get(i++).asString(), Nameservers::fromStateText);
    d.transferBlock = row.get(i++).asBoolean();
    d.modifyBlock = row.get(i++).asBoolean();
    d.whoisPrivacy = row.get(i++).asBoolean();
    d.viewWhois = row.get(i++).asBoolean();
    d.renewalMode =
        RenewalMode.fromWire(row.get(i++).asString())
            .orElseThrow(() -> new CorruptState("corrupt sandbox state: bad renewalMode"));
    d.tag = row.get(i++).asString();
    d.authcode = row.get(i++).asString();
    d.transferAuthcode = nullableText(row.get(i++));
    d.foaContact = nullableText(row.get(i++));
    JsonNode glue = row.get(i++);
    if (!glue.isNull()) {
      List<GlueRecord> records = new ArrayList<>();
      for (JsonNode g : glue) {
        records.add(new GlueRecord(g.get(0).asString(), g.get(1).asString(), g.get(2).asString()));
      }
      d.glue = List.copyOf(records);
    }
    JsonNode dnssec = row.get(i++);
    if (!dnssec.isNull()) {
      List<DsRecord> records = new ArrayList<>();
      for (JsonNode s : dnssec) {
        records.add(
            new DsRecord(
                s.get(0).asInt(), s.get(1).asInt(), s.get(2).asInt(), s.get(3).asString()));
      }
      d.dnssec = List.copyOf(records);
    }
    JsonNode extras = row.get(i++);
    if (!extras.isNull()) {
      Map<String, String> values = new LinkedHashMap<>();
      extras.forEachEntry((k, v) -> values.put(k, v.asString()));
      d.extras = values;
    }
    JsonNode history = row.get(i);
    if (!history.isNull()) {
      for (JsonNode h : history) {
        d.record(
            new HistoryEntry(
                second(h.get(0).asString()),
                h.get(1).asString(),
                h.get(2).asString(),
                h.get(3).asString(),
                h.get(4).asString()));
      }
    }
    return d;
  }

  private Contact contactRef(JsonNode node) {
    String id = node.asString();
    Contact contact = contactsById.get(id);
    if (contact == null) {
      throw new CorruptState("corrupt sandbox state: unknown contact " + id);
    }
    return contact;
  }

  private DomainName name(String ascii) {
    try {
      return DomainName.parse(ascii, catalogue);
    } catch (ApiError e) {
      throw new CorruptState("corrupt sandbox state: bad domain name " + ascii);
    }
  }

  private static int day(String text) {
    if (text.isEmpty()) {
      return Dates.NONE;
    }
    try {
      return Dates.parseIsoDay("date", text);
    } catch (ApiError e) {
      throw new CorruptState("corrupt sandbox state: bad date " + text);
    }
  }

  /** {@code YYYY-MM-DD HH:MM:SS}; parsed by hand because a state file holds a great many. */
  private static long second(String text) {
    if (text.length() != 19 || text.charAt(10) != ' ') {
      throw new CorruptState("corrupt sandbox state: bad timestamp " + text);
    }
    int day = day(text.substring(0, 10));
    int hour = twoDigits(text, 11);
    int minute = twoDigits(text, 14);
    int second = twoDigits(text, 17);
    if (text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || hour > 23
        || minute > 59
        || second > 59) {
      throw new CorruptState("corrupt sandbox state: bad timestamp " + text);
    }
    return day * 86_400L + hour * 3600L + minute * 60L + second;
  }

  private static int twoDigits(String text, int at) {
    char a = text.charAt(at);
    char b = text.charAt(at + 1);
    if (a < '0' || a > '9' || b < '0' || b > '9') {
      throw new CorruptState("corrupt sandbox state: bad timestamp " + text);
    }
    return (a - '0') * 10 + (b - '0');
  }

  private static int minute(JsonNode node) {
    if (node == null || node.isNull()) {
      return Dates.NONE;
    }
    return (int) Math.floorDiv(second(node.asString()), 60);
  }

  private static String nullableText(JsonNode node) {
    return node.isNull() ? null : node.asString();
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new CorruptState("corrupt sandbox state: missing " + field);
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isString()) {
      throw new CorruptState("corrupt sandbox state: " + field + " is not a string");
    }
    return value.asString();
  }

  private static JsonNode array(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isArray()) {
      throw new CorruptState("corrupt sandbox state: " + field + " is not an array");
    }
    return value;
  }

  private static String describe(RuntimeException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
