package org.regdesk.app.registrar;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.regdesk.app.RegdeskApplication;
import org.regdesk.registrar.spi.Registrar;
import org.regdesk.registrar.spi.RegistrarContext;
import org.regdesk.registrar.spi.audit.SecretMasker;
import org.regdesk.registrar.spi.descriptor.RegistrarSettings;
import org.regdesk.registrar.spi.error.InvalidInputException;
import org.regdesk.registrar.spi.loading.LoadedPlugin;
import org.regdesk.registrar.spi.value.FieldError;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates a plugin's {@link Registrar} from plain setting values: binds them to the plugin's
 * schema, and hands the plugin a {@link RegistrarContext} with the desk's clock, the call audit and
 * a logger that scrubs the plugin's secrets. No network I/O happens here (the SPI forbids it in
 * {@code create}).
 */
@Component
class RegistrarFactory {

  /** The host's name and version, sent by plugins in their user agents. */
  static final String HOST_VERSION = "Regdesk/" + version();

  private final Clock clock;
  private final RegistrarCallRecorder recorder;

  /**
   * Creates the factory.
   *
   * @param clock the desk's clock, for plugins to read time from
   * @param recorder stores the calls plugins report
   */
  RegistrarFactory(Clock clock, RegistrarCallRecorder recorder) {
    this.clock = clock;
    this.recorder = recorder;
  }

  /**
   * Creates a registrar.
   *
   * @param plugin the plugin
   * @param values the values by setting key, secrets decrypted; blank means "not set"
   * @return the registrar; the caller closes it
   * @throws InvalidSettingsException naming each setting the schema or the plugin refused
   */
  Registrar create(LoadedPlugin plugin, Map<String, String> values) {
    RegistrarSettings settings;
    try {
      settings = plugin.descriptor().settings().bind(values);
    } catch (InvalidValueException invalid) {
      throw new InvalidSettingsException(invalid.errors());
    }
    MaskingLogger logger =
        new MaskingLogger(
            LoggerFactory.getLogger(plugin.provider().getClass().getPackageName()),
            SecretMasker.standard().withSecretValues(settings.secretValues()));
    RegistrarContext context =
        new RegistrarContext(
            settings, clock, recorder.sinkFor(plugin.name()), logger, HOST_VERSION);
    try {
      Registrar registrar = plugin.provider().create(context);
      if (registrar == null) {
        throw new IllegalStateException("create() returned null");
      }
      return registrar;
    } catch (InvalidInputException refused) {
      throw new InvalidSettingsException(refused.errors());
    } catch (RuntimeException | LinkageError broken) {
      logger.log(
          System.Logger.Level.ERROR,
          "Registrar plugin '" + plugin.name() + "' failed to start",
          broken);
      throw new InvalidSettingsException(
          List.of(
              new FieldError(
                  "settings",
                  "the plugin could not start with these settings ("
                      + broken.getClass().getSimpleName()
                      + "); the desk's log has the details")));
    }
  }

  private static String version() {
    String version = RegdeskApplication.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  /** The schema or the plugin refused the settings; each error names a setting key. */
  static final class InvalidSettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    InvalidSettingsException(List<FieldError> errors) {
      super(errors.toString());
      this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
      return errors;
    }
  }
}
