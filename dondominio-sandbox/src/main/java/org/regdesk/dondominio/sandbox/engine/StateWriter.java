package org.regdesk.dondominio.sandbox.engine;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the whole state as JSON, streaming, in the format {@link StateReader} reads. Domains are
 * rows of the columns {@link #DOMAIN_COLUMNS} rather than objects, which keeps the file and the
 * tree of a hundred thousand domains small; everything else is plain objects. Money is written as
 * decimal strings so it survives exactly.
 */
final class StateWriter {
  static final String FORMAT = "regdesk-dondominio-sandbox-state";
  static final int VERSION = 1;
  static final List<String> DOMAIN_COLUMNS =
      List.of(
          "domainID",
          "name",
          "status",
          "tsCreate",
          "tsExpir",
          "periodYears",
          "due",
          "awaitingAuthcode",
          "transferDeadline",
          "transferCharge",
          "owner",
          "admin",
          "tech",
          "billing",
          "nameservers",
          "transferBlock",
          "modifyBlock",
          "whoisPrivacy",
          "viewWhois",
          "renewalMode",
          "tag",
          "authcode",
          "transferAuthcode",
          "foaContact",
          "gluerecords",
          "dnssec",
          "extras",
          "history");

  private final JsonGenerator out;

  private StateWriter(JsonGenerator out) {
    this.out = out;
  }

  static void write(SandboxState state, long savedAtSecond, JsonGenerator out) {
    new StateWriter(out).writeState(state, savedAtSecond);
  }

  private void writeState(SandboxState state, long savedAtSecond) {
    out.writeStartObject();
    out.writeStringProperty("format", FORMAT);
    out.writeNumberProperty("version", VERSION);
    out.writeStringProperty("savedAt", Dates.timestamp(savedAtSecond));
    writeLongProperty("seed", state.ids.seed());
    writeLongProperty("idPosition", state.ids.position());
    out.writeNumberProperty("nextDomainId", state.nextDomainId);
    writeAccount(state.account);
    writeContacts(state);
    out.writeName("domainColumns");
    out.writeStartArray();
    for (String column : DOMAIN_COLUMNS) {
      out.writeString(column);
    }
    out.writeEndArray();
    out.writeName("domains");
    out.writeStartArray();
    for (Domain domain : state.domains.inOrder()) {
      writeDomain(domain);
    }
    out.writeEndArray();
    writeDeleted(state);
    writeForeign(state);
    writeCounts(state);
    out.writeEndObject();
    out.flush();
  }

  private void writeAccount(Account account) {
    out.writeName("account");
    out.writeStartObject();
    out.writeStringProperty("clientName", account.clientName());
    out.writeStringProperty("balance", account.balance().toPlainString());
    out.writeStringProperty("threshold", account.threshold().toPlainString());
    out.writeStringProperty("currency", account.currency());
    out.writeName("charges");
    out.writeStartArray();
    for (Charge charge : account.charges()) {
      out.writeStartObject();
      out.writeStringProperty("ts", Dates.timestamp(charge.epochSecond()));
      out.writeStringProperty("action", charge.action());
      out.writeStringProperty("domain", charge.domain());
      out.writeStringProperty("amount", charge.amount().toPlainString());
      out.writeStringProperty("balanceAfter", charge.balanceAfter().toPlainString());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private void writeContacts(SandboxState state) {
    out.writeName("contacts");
    out.writeStartArray();
    for (Contact contact : state.contacts.all()) {
      ContactData d = contact.data();
      out.writeStartObject();
      out.writeStringProperty("contactID", contact.id());
      out.writeStringProperty("contactType", d.type().wire());
      out.writeStringProperty("firstName", d.firstName());
      out.writeStringProperty("lastName", d.lastName());
      out.writeStringProperty("orgName", d.orgName());
      out.writeStringProperty("orgType", d.orgType());
      out.writeStringProperty("identNumber", d.identNumber());
      out.writeStringProperty("email", d.email());
      out.writeStringProperty("phone", d.phone());
      out.writeStringProperty("fax", d.fax());
      out.writeStringProperty("address", d.address());
      out.writeStringProperty("postalCode", d.postalCode());
      out.writeStringProperty("city", d.city());
      out.writeStringProperty("state", d.state());
      out.writeStringProperty("country", d.country());
      out.writeStringProperty("verificationstatus", contact.storedStatus().wire());
      writeMinuteProperty("verifiesAt", contact.verifiesAtMinute());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private void writeDomain(Domain d) {
    out.writeStartArray();
    out.writeNumber(d.id);
    out.writeString(d.name.ascii());
    out.writeString(d.status.wire());
    out.writeString(Dates.day(d.createdDay));
    out.writeString(Dates.day(d.expiryDay));
    out.writeNumber(d.periodYears);
    writeMinute(d.dueMinute);
    out.writeBoolean(d.awaitingAuthcode);
    writeMinute(d.transferDeadlineMinute);
    writeNullable(d.transferCharge == null ? null : d.transferCharge.toPlainString());
    out.writeString(d.owner.id());
    out.writeString(d.admin.id());
    out.writeString(d.tech.id());
    out.writeString(d.billing.id());
    out.writeString(d.nameservers.stateText());
    out.writeBoolean(d.transferBlock);
    out.writeBoolean(d.modifyBlock);
    out.writeBoolean(d.whoisPrivacy);
    out.writeBoolean(d.viewWhois);
    out.writeString(d.renewalMode.wire());
    out.writeString(d.tag);
    out.writeString(d.authcode);
    writeNullable(d.transferAuthcode);
    writeNullable(d.foaContact);
    if (d.glue == null) {
      out.writeNull();
    } else {
      out.writeStartArray();
      for (GlueRecord glue : d.glue) {
        out.writeStartArray();
        out.writeString(glue.host());
        out.writeString(glue.ipv4());
        out.writeString(glue.ipv6());
        out.writeEndArray();
      }
      out.writeEndArray();
    }
    if (d.dnssec == null) {
      out.writeNull();
    } else {
      out.writeStartArray();
      for (DsRecord ds : d.dnssec) {
        out.writeStartArray();
        out.writeNumber(ds.keytag());
        out.writeNumber(ds.algorithm());
        out.writeNumber(ds.digestType());
        out.writeString(ds.digest());
        out.writeEndArray();
      }
      out.writeEndArray();
    }
    if (d.extras == null) {
      out.writeNull();
    } else {
      out.writeStartObject();
      for (Map.Entry<String, String> extra : d.extras.entrySet()) {
        out.writeStringProperty(extra.getKey(), extra.getValue());
      }
      out.writeEndObject();
    }
    if (d.history == null) {
      out.writeNull();
    } else {
      out.writeStartArray();
      for (HistoryEntry entry : d.history) {
        out.writeStartArray();
        out.writeString(Dates.timestamp(entry.epochSecond()));
        out.writeString(entry.ip());
        out.writeString(entry.user());
        out.writeString(entry.title());
        out.writeString(entry.message());
        out.writeEndArray();
      }
      out.writeEndArray();
    }
    out.writeEndArray();
  }

  private void writeDeleted(SandboxState state) {
    out.writeName("deleted");
    out.writeStartArray();
    for (DeletedDomain entry : state.deleted) {
      out.writeStartObject();
      out.writeNumberProperty("domainID", entry.domainId());
      out.writeStringProperty("name", entry.name());
      out.writeStringProperty("tld", entry.tld());
      out.writeStringProperty("tsDeleted", Dates.timestamp(entry.deletedAt()));
      out.writeStringProperty("info", entry.info());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private void writeForeign(SandboxState state) {
    out.writeName("foreign");
    out.writeStartArray();
    for (ForeignDomain held : state.foreign.values()) {
      out.writeStartObject();
      out.writeStringProperty("domain", held.name().ascii());
      out.writeStringProperty("authcode", held.authcode());
      out.writeStringProperty("expiry", Dates.day(held.expiryDay()));
      out.writeBooleanProperty("locked", held.locked());
      out.writeStringProperty("nameservers", held.nameservers().stateText());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private void writeCounts(SandboxState state) {
    out.writeName("operations");
    out.writeStartArray();
    for (Map.Entry<String, OperationCounts> entry : new TreeMap<>(state.counts).entrySet()) {
      out.writeStartObject();
      out.writeStringProperty("domain", entry.getKey());
      out.writeNumberProperty("created", entry.getValue().created);
      out.writeNumberProperty("transferred", entry.getValue().transferred);
      out.writeNumberProperty("renewed", entry.getValue().renewed);
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  /** As an int when it fits, so a parsed file and {@code exportState()} give equal trees. */
  private void writeLongProperty(String name, long value) {
    if (value == (int) value) {
      out.writeNumberProperty(name, (int) value);
    } else {
      out.writeNumberProperty(name, value);
    }
  }

  private void writeMinute(int minute) {
    if (minute == Dates.NONE) {
      out.writeNull();
    } else {
      out.writeString(Dates.timestamp(minute * 60L));
    }
  }

  private void writeMinuteProperty(String name, int minute) {
    out.writeName(name);
    writeMinute(minute);
  }

  private void writeNullable(String value) {
    if (value == null) {
      out.writeNull();
    } else {
      out.writeString(value);
    }
  }
}
