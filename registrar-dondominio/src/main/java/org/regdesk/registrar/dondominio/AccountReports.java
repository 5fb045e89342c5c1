package org.regdesk.registrar.dondominio;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.regdesk.dondominio.client.Page;
import org.regdesk.dondominio.client.Paging;
import org.regdesk.dondominio.client.account.AccountInfo;
import org.regdesk.dondominio.client.account.AccountInfoRequest;
import org.regdesk.dondominio.client.account.AccountZonesRequest;
import org.regdesk.dondominio.client.account.Zone;
import org.regdesk.dondominio.client.account.ZonePrice;
import org.regdesk.dondominio.client.tool.HelloRequest;
import org.regdesk.dondominio.client.tool.HelloResponse;
import org.regdesk.registrar.dondominio.config.ApiEnvironment;
import org.regdesk.registrar.spi.error.AuthenticationFailedException;
import org.regdesk.registrar.spi.error.RegistrarException;
import org.regdesk.registrar.spi.operation.ConnectionReport;
import org.regdesk.registrar.spi.operation.OperationPrice;
import org.regdesk.registrar.spi.operation.TldPricing;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.regdesk.registrar.spi.value.Money;
import org.regdesk.registrar.spi.value.Period;
import org.regdesk.registrar.spi.value.Tld;

/** The account-level reads: the connection test with the balance, and the TLD price list. */
final class AccountReports {

  /** Zones per price-list page: the most DonDominio serves at once. */
  private static final int ZONES_PER_PAGE = Paging.MAX_PAGE_LENGTH;

  private final ApiContext api;

  AccountReports(ApiContext api) {
    this.api = api;
  }

  ConnectionReport testConnection() {
    ApiEnvironment environment = api.settings().environment();
    String label = environment.settingValue();
    boolean production = environment == ApiEnvironment.PRODUCTION;
    HelloResponse hello;
    try {
      hello = api.gateway().call(Optional.empty(), HelloRequest::new);
    } catch (AuthenticationFailedException e) {
      return ConnectionReport.rejectedCredentials(label, production, e.getMessage());
    } catch (RegistrarException e) {
      return ConnectionReport.unreachable(label, production, e.getMessage());
    }
    String greeting =
        "DonDominio API "
            + (hello.version().isEmpty() ? "(version not reported)" : hello.version())
            + " at "
            + api.settings().endpoint()
            + "; calls come from "
            + (hello.ip().isEmpty() ? "an unreported address" : hello.ip());
    try {
      AccountInfo account = api.gateway().call(Optional.empty(), AccountInfoRequest::new);
      return new ConnectionReport(
          true,
          true,
          Optional.of(money(account.balance())),
          account.threshold().map(AccountReports::money),
          label,
          production,
          Optional.of(greeting + "; account " + account.clientName()));
    } catch (AuthenticationFailedException e) {
      return ConnectionReport.rejectedCredentials(label, production, e.getMessage());
    } catch (RegistrarException e) {
      return new ConnectionReport(
          true,
          true,
          Optional.empty(),
          Optional.empty(),
          label,
          production,
          Optional.of(greeting + "; the balance could not be read: " + e.getMessage()));
    }
  }

  List<TldPricing> tldPricing() throws RegistrarException {
    AccountInfo account = api.gateway().call(Optional.empty(), AccountInfoRequest::new);
    Currency currency = account.balance().currency();
    List<TldPricing> prices = new ArrayList<>();
    List<Tld> learned = new ArrayList<>();
    AccountZonesRequest request = AccountZonesRequest.all(ZONES_PER_PAGE);
    int pageNumber = 1;
    while (true) {
      AccountZonesRequest atPage = request.atPage(pageNumber);
      Page<Zone> page = api.gateway().call(Optional.empty(), () -> atPage);
      for (Zone zone : page.items()) {
        Optional<Tld> tld = tld(zone.tld());
        if (tld.isEmpty()) {
          continue;
        }
        learned.add(tld.get());
        prices.add(
            new TldPricing(
                tld.get(),
                zone.create().flatMap(price -> price(price, currency)),
                zone.renew().flatMap(price -> price(price, currency)),
                zone.transfer().flatMap(price -> price(price, currency)),
                zone.authcodeRequired()));
      }
      OptionalInt next = page.nextPage();
      if (next.isEmpty() || next.getAsInt() <= pageNumber) {
        break;
      }
      pageNumber = next.getAsInt();
    }
    api.zones().learn(learned);
    return prices;
  }

  private static Optional<Tld> tld(String text) {
    try {
      return Optional.of(Tld.of(text));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  private static Optional<OperationPrice> price(ZonePrice price, Currency currency) {
    if (price.price().signum() < 0) {
      return Optional.empty();
    }
    Set<Period> periods = new TreeSet<>();
    for (int years : price.years()) {
      if (years >= Period.MIN_YEARS && years <= Period.MAX_YEARS) {
        periods.add(Period.ofYears(years));
      }
    }
    if (periods.isEmpty()) {
      periods.add(Period.ofYears(1));
    }
    return Optional.of(
        new OperationPrice(Money.of(price.price(), currency), periods, price.inPromo()));
  }

  private static Money money(org.regdesk.dondominio.client.value.Money money) {
    return Money.of(money.amount(), money.currency());
  }
}
