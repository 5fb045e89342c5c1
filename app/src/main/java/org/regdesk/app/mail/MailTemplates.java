package org.regdesk.app.mail;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The mail templates: Thymeleaf text templates in {@code mail/<name>.txt} on the class path. The
 * first line of a rendered template is {@code Subject: …}; the rest, after one empty line, is the
 * body.
 */
@Component
class MailTemplates {

  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  MailTemplates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("mail/");
    resolver.setSuffix(".txt");
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    engine.setTemplateResolver(resolver);
  }

  /** A rendered mail. */
  record Rendered(String subject, String body) {}

  Rendered render(String template, Map<String, Object> model) {
    String text = engine.process(template, new Context(java.util.Locale.ROOT, model));
    String[] parts = text.split("\\R", 2);
    if (!parts[0].startsWith("Subject: ")) {
      throw new IllegalStateException("mail/" + template + ".txt must start with 'Subject: '");
    }
    String body = parts.length > 1 ? parts[1].replaceFirst("^\\R", "") : "";
    return new Rendered(parts[0].substring("Subject: ".length()).strip(), body);
  }
}
