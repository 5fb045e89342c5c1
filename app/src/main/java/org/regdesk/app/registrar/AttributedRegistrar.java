package org.regdesk.app.registrar;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.value.DomainName;

/**
 * The {@link Registrar} the desk hands its features: forwards every call to the plugin's current
 * instance (so a caller may keep it while the settings change) and makes the caller's {@link
 * Trigger} the trigger of every registrar call the plugin makes meanwhile, also on the plugin's own
 * threads. {@code close()} does nothing: the desk owns the plugin instances.
 */
final class AttributedRegistrar implements InvocationHandler {

  private final String plugin;
  private final Supplier<Registrar> current;
  private final InFlightTriggers inFlight;

  private AttributedRegistrar(
      String plugin, Supplier<Registrar> current, InFlightTriggers inFlight) {
    this.plugin = plugin;
    this.current = current;
    this.inFlight = inFlight;
  }

  /**
   * Creates the registrar callers use.
   *
   * @param plugin the plugin's stable name
   * @param current gives the plugin's current instance
   * @param inFlight where calls on plugin threads find their trigger
   * @return the registrar
   */
  static Registrar of(String plugin, Supplier<Registrar> current, InFlightTriggers inFlight) {
    return (Registrar)
        Proxy.newProxyInstance(
            Registrar.class.getClassLoader(),
            new Class<?>[] {Registrar.class},
            new AttributedRegistrar(plugin, current, inFlight));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        default -> "Registrar[" + plugin + "]";
      };
    }
    if (method.getName().equals("close") && method.getParameterCount() == 0) {
      return null;
    }
    Registrar target = current.get();
    Trigger trigger = Trigger.current();
    try (Trigger.Scope scope = trigger.enter();
        InFlightTriggers.Registration registration =
            inFlight.register(plugin, domains(args), trigger)) {
      return method.invoke(target, args);
    } catch (InvocationTargetException thrown) {
      throw thrown.getCause();
    }
  }

  /** The domains a call is about: plain domain arguments and lists of them. */
  private static List<DomainName> domains(Object[] args) {
    List<DomainName> domains = new ArrayList<>();
    if (args == null) {
      return domains;
    }
    for (Object arg : args) {
      if (arg instanceof DomainName domain) {
        domains.add(domain);
      } else if (arg instanceof Collection<?> many) {
        for (Object element : many) {
          if (element instanceof DomainName domain) {
            domains.add(domain);
          }
        }
      }
    }
    return domains;
  }
}
