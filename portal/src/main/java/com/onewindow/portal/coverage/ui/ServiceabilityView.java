package com.onewindow.portal.coverage.ui;

import com.onewindow.shared.coverage.ServiceabilityService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** Anybody checks whether an address can be connected, before applying (P2). */
@Route("coverage")
@AnonymousAllowed
public class ServiceabilityView extends VerticalLayout implements HasDynamicTitle {

  private final TextField city = new TextField();
  private final TextField street = new TextField();
  private final TextField house = new TextField();
  private final ServiceabilityAnswer answer = new ServiceabilityAnswer();

  public ServiceabilityView(ServiceabilityService serviceability) {
    city.setLabel(getTranslation("address.city"));
    street.setLabel(getTranslation("address.street"));
    house.setLabel(getTranslation("address.house"));
    city.setPlaceholder(getTranslation("address.city.placeholder"));
    street.setPlaceholder(getTranslation("address.street.placeholder"));
    house.setPlaceholder(getTranslation("address.house.placeholder"));
    var check = new Button(getTranslation("coverage.check"));
    check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    check.addClickShortcut(Key.ENTER);
    var apply = new Anchor("connect", getTranslation("coverage.apply"));
    apply.setVisible(false);
    check.addClickListener(
        e -> {
          var result = serviceability.check(city.getValue(), street.getValue(), house.getValue());
          showErrors(result.fieldErrors());
          answer.show(result);
          apply.setVisible(result.isValid());
          // The wizard opens with the checked address as its site (see the wizard's
          // CheckedAddress).
          var checked =
              QueryParameters.simple(
                  Map.of(
                      "city", city.getValue().strip(),
                      "street", street.getValue().strip(),
                      "house", house.getValue().strip()));
          apply.setHref("connect?" + checked.getQueryString());
        });
    var form = new FormLayout(city, street, house);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
    setMaxWidth("60rem");
    add(
        new H1(getTranslation("coverage.heading")),
        new Paragraph(getTranslation("coverage.intro")),
        form,
        check,
        answer,
        apply);
  }

  private void showErrors(Map<String, String> errors) {
    Map.of("city", city, "street", street, "house", house)
        .forEach(
            (name, field) -> {
              String key = errors.get(name);
              field.setInvalid(key != null);
              field.setErrorMessage(key == null ? null : getTranslation(key));
            });
  }

  @Override
  public String getPageTitle() {
    return getTranslation("coverage.heading");
  }
}
