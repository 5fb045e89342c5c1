package org.regdesk.app.web.client;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The client area's home: a placeholder until the client area is built. */
@Controller
public class ClientHomeController {

  /**
   * Shows the placeholder.
   *
   * @param model the model
   * @return the view
   */
  @GetMapping("/client")
  public String home(Model model) {
    model.addAttribute("title", "Client area");
    return "coming-soon";
  }
}
