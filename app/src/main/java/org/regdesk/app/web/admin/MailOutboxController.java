package org.regdesk.app.web.admin;

import org.regdesk.app.mail.MailOutbox;
import org.regdesk.app.storage.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The mail outbox: queued and sent mail, newest first; secrets (auth codes) are masked. */
@Controller
public class MailOutboxController {

  private final MailOutbox outbox;

  /**
   * Creates the controller.
   *
   * @param outbox the outbox
   */
  public MailOutboxController(MailOutbox outbox) {
    this.outbox = outbox;
  }

  /**
   * Lists the outbox.
   *
   * @param state {@code pending}, {@code sent}, or empty for all
   * @param page the page number
   * @param model the model
   * @return the view
   */
  @GetMapping("/admin/mail")
  public String list(
      @RequestParam(defaultValue = "") String state,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    String filter =
        "pending".equalsIgnoreCase(state) || "sent".equalsIgnoreCase(state) ? state : "";
    model.addAttribute("state", filter.toLowerCase(java.util.Locale.ROOT));
    model.addAttribute("sending", outbox.sending());
    model.addAttribute(
        "page", outbox.list(filter, new PageRequest(Math.max(1, page), PageRequest.DEFAULT_SIZE)));
    return "admin/mail/list";
  }
}
