package org.regdesk.app.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regdesk.app.catalog.CheckedFieldValues;
import org.regdesk.app.customer.Customer;
import org.regdesk.app.customer.Customers;
import org.regdesk.app.domain.Domain;
import org.regdesk.app.domain.DomainState;
import org.regdesk.app.domain.Domains;
import org.regdesk.app.domain.NewDomain;
import org.regdesk.app.domain.TestDomains;
import org.regdesk.app.testing.WebTestSupport;
import org.regdesk.registrar.spi.operation.DomainSnapshot;
import org.regdesk.registrar.spi.operation.DomainStatus;
import org.regdesk.registrar.spi.value.DomainName;
import org.springframework.beans.factory.annotation.Autowired;

/** Automatic renewal: one renew order per domain and expiry, only for flagged domains when due. */
class AutoRenewalsTest extends WebTestSupport {

  @Autowired AutoRenewals renewals;
  @Autowired RecordingOrderDesk orders;
  @Autowired Domains domains;
  @Autowired Customers customers;

  private Customer owner;
  private LocalDate today;

  @BeforeEach
  void setUp() {
    owner = new TestDomains(customers, domains).customer("Renewtest");
    today = LocalDate.ofInstant(clock.instant(), clock.getZone());
  }

  @Test
  void aFlaggedDomainGetsOneRenewOrderPerExpiryWhenItIsDue() {
    Domain due = domain("due", true, today.plusDays(10));
    Domain later = domain("later", true, today.plusDays(30));
    Domain unflagged = domain("unflagged", false, today.plusDays(5));

    renewals.orderDue();
    renewals.orderDue();

    assertThat(orders.of(due.name()))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.type()).isEqualTo("renew");
              assertThat(o.customerId()).isEqualTo(owner.id());
              assertThat(o.years()).isEqualTo(1);
            });
    assertThat(orders.of(later.name())).isEmpty();
    assertThat(orders.of(unflagged.name())).isEmpty();
    assertThat(renewals.renewedExpiries(due.id())).containsExactly(today.plusDays(10));

    // the registrar reports a new expiry: that expiry is renewed once more when due
    domains.applySnapshot(
        domains.get(due.id()),
        DomainSnapshot.builder(due.name(), DomainStatus.ACTIVE, "active")
            .expires(today.plusDays(12))
            .build(),
        clock.instant());
    renewals.orderDue();
    renewals.orderDue();

    assertThat(orders.of(due.name())).hasSize(2);
    assertThat(renewals.renewedExpiries(due.id()))
        .containsExactly(today.plusDays(10), today.plusDays(12));
  }

  @Test
  void aRefusedOrderIsTriedAgainAndAnOpenOrderStopsAsking() {
    Domain refused = domain("refused", true, today.plusDays(3));
    Domain open = domain("open", true, today.plusDays(3));

    renewals.orderDue();

    assertThat(orders.of(refused.name())).isEmpty();
    assertThat(renewals.renewedExpiries(refused.id())).isEmpty();
    assertThat(orders.of(open.name())).isEmpty();
    assertThat(renewals.renewedExpiries(open.id())).containsExactly(today.plusDays(3));
  }

  private Domain domain(String label, boolean autoRenew, LocalDate expires) {
    DomainName name = DomainName.of(TestDomains.unique(label), "com");
    return domains.create(
        new NewDomain(
            name,
            owner.id(),
            "dondominio",
            DomainState.ACTIVE,
            autoRenew,
            Optional.of(
                DomainSnapshot.builder(name, DomainStatus.ACTIVE, "active")
                    .expires(expires)
                    .build()),
            CheckedFieldValues.NONE));
  }
}
