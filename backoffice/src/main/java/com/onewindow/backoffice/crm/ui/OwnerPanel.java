package com.onewindow.backoffice.crm.ui;

import com.onewindow.shared.crm.ClientRule;
import com.onewindow.shared.crm.OwnerCard;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * Who owns a client, where, since when, and what the rules say about who handles it: the first
 * thing an agent or a manager needs to see.
 */
public class OwnerPanel extends Composite<Div> {

  public OwnerPanel(@Nullable OwnerCard owner, ClientRule rule) {
    var root = getContent();
    root.addClassName("owner-panel");
    root.getElement().setAttribute("role", "region");
    root.getElement().setAttribute("aria-label", getTranslation("owner.panel"));
    if (owner == null) {
      root.add(new Paragraph(getTranslation("client.noOwner")));
    } else {
      var name = new Span(owner.managerName());
      name.addClassName("owner-name");
      root.add(
          name,
          new Paragraph(
              getTranslation("unit." + owner.unit()) + " · " + owner.branch().in(getLocale())),
          new Paragraph(
              getTranslation(
                  "owner.since", Times.date(owner.since(), owner.branchZone(), getLocale()))),
          new Paragraph((owner.phone() == null ? "" : owner.phone() + " · ") + owner.email()));
    }
    var ruleText = new Paragraph(getTranslation(rule.messageKey()));
    ruleText.addClassName("rule");
    root.add(ruleText);
  }
}
