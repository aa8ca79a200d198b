package com.onewindow.portal.request.ui;

import com.onewindow.portal.base.ui.Problems;
import com.onewindow.portal.security.SignedInCustomer;
import com.onewindow.shared.account.CompanyUsersService;
import com.onewindow.shared.account.MyCompany;
import com.onewindow.shared.account.MyCompanyService;
import com.onewindow.shared.catalog.CatalogService;
import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.coverage.ServiceabilityService;
import com.onewindow.shared.request.OrderProblem;
import com.onewindow.shared.request.OrderRefused;
import com.onewindow.shared.request.OrderRules;
import com.onewindow.shared.request.RequestSubmissionService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The connection request wizard (P3): company and contact, sites checked as they are entered,
 * services or a bundle per site, date and comment, review and submit. A guest walks it all and
 * signs in or registers at the end; the draft lives in the browser, the server keeps only it.
 */
@Route("connect")
@AnonymousAllowed
public class ConnectWizardView extends VerticalLayout
    implements HasDynamicTitle, BeforeEnterObserver {

  static final int COMPANY = 0;
  static final int SITES = 1;
  static final int SERVICES = 2;
  static final int SCHEDULE = 3;
  static final int REVIEW = 4;
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  final ServiceabilityService serviceability;
  final RequestSubmissionService submission;
  final SignedInCustomer customer;
  final OrderRules rules;
  final CatalogService catalog;
  private final MyCompanyService myCompany;
  private final CompanyUsersService myAccount;

  WizardDraft draft = new WizardDraft();

  /** The signed-in customer's company: step 1 shows it instead of asking for it. */
  @Nullable MyCompany companyOnFile;

  /** An address checked on the coverage page, to become a site of the draft. */
  private @Nullable CheckedAddress checkedAddress;

  /** The fields of the step on screen, by the rules' field names, for errors next to them. */
  final Map<String, HasValidation> fields = new HashMap<>();

  final Map<String, Span> errorLines = new HashMap<>();
  private final Span stepTitle = new Span();
  private final Div body = new Div();
  private final Button back = new Button();
  private final Button next = new Button();

  public ConnectWizardView(
      CatalogService catalog,
      ServiceabilityService serviceability,
      RequestSubmissionService submission,
      SignedInCustomer customer,
      MyCompanyService myCompany,
      CompanyUsersService myAccount) {
    this.catalog = catalog;
    this.myCompany = myCompany;
    this.myAccount = myAccount;
    this.serviceability = serviceability;
    this.submission = submission;
    this.customer = customer;
    this.rules = new OrderRules(catalog.products(), catalog.bundles());
    setMaxWidth("60rem");
    stepTitle.addClassName("wizard-step");
    body.setWidthFull();
    back.setText(getTranslation("wizard.back"));
    back.addClickListener(e -> show(draft.step - 1));
    next.setText(getTranslation("wizard.next"));
    next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    next.addClickListener(e -> nextStep());
    var buttons = new HorizontalLayout(back, next);
    add(new H1(getTranslation("wizard.heading")), stepTitle, body, buttons);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    checkedAddress = CheckedAddress.from(event.getLocation().getQueryParameters());
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    body.add(new Paragraph(getTranslation("wizard.loading")));
    DraftStorage.load(
        this,
        json -> {
          draft = WizardDraft.fromJson(json);
          if (checkedAddress != null) {
            checkedAddress.addTo(draft);
          }
          if (customer.isSignedIn()) {
            fillFromAccount();
          }
          show(draft.step);
        });
  }

  /**
   * A signed-in customer's company is the one on file (a typed one would be replaced anyway), and
   * their own contact details are the default contact.
   */
  private void fillFromAccount() {
    companyOnFile = myCompany.myCompany().orElse(null);
    if (companyOnFile != null) {
      draft.legalName = companyOnFile.legalName();
      draft.inn = companyOnFile.inn();
      draft.kpp = companyOnFile.kpp() == null ? "" : companyOnFile.kpp();
    }
    var me = myAccount.myAccount();
    if (draft.contactName.isBlank() && draft.contactPhone.isBlank()) {
      draft.contactName = me.fullName();
      draft.contactPhone = me.phone() == null ? "" : me.phone();
    }
    if (draft.contactEmail.isBlank()) {
      draft.contactEmail = me.email();
    }
  }

  /** Every change goes to the browser at once: a reload or a sign-in loses nothing. */
  void changed() {
    DraftStorage.save(this, draft);
  }

  void show(int step) {
    draft.step = Math.max(COMPANY, Math.min(REVIEW, step));
    changed();
    fields.clear();
    errorLines.clear();
    body.removeAll();
    stepTitle.setText(
        getTranslation(
            "wizard.stepOf",
            draft.step + 1,
            REVIEW + 1,
            getTranslation("wizard.step." + draft.step)));
    body.add(
        switch (draft.step) {
          case COMPANY -> new CompanyStep(this);
          case SITES -> new SitesStep(this);
          case SERVICES -> new ServicesStep(this);
          case SCHEDULE -> new ScheduleStep(this);
          default -> new ReviewStep(this);
        });
    back.setVisible(draft.step > COMPANY);
    next.setVisible(draft.step < REVIEW);
  }

  private void nextStep() {
    var problems = problemsOf(draft.step);
    showProblems(problems);
    if (problems.isEmpty()) {
      show(draft.step + 1);
    }
  }

  List<OrderProblem> problemsOf(int step) {
    var order = draft.toOrder();
    return switch (step) {
      case COMPANY -> OrderRules.company(order.company(), order.contact());
      case SITES -> {
        var problems = new java.util.ArrayList<OrderProblem>();
        for (int i = 0; i < order.sites().size(); i++) {
          problems.addAll(OrderRules.siteAddress(i, order.sites().get(i)));
        }
        yield problems;
      }
      case SERVICES -> {
        var problems = new java.util.ArrayList<OrderProblem>();
        for (int i = 0; i < order.sites().size(); i++) {
          problems.addAll(rules.siteServices(i, order.sites().get(i), order.sites().size()));
        }
        yield problems;
      }
      case SCHEDULE -> OrderRules.schedule(order.desiredDate(), order.comment(), today());
      default -> rules.check(order, today());
    };
  }

  /** Puts each problem next to its field; clears the fields that are fine now. */
  void showProblems(List<OrderProblem> problems) {
    fields.values().forEach(f -> f.setInvalid(false));
    errorLines.values().forEach(s -> s.setVisible(false));
    for (OrderProblem problem : problems) {
      String text = Problems.text(this, problem);
      var field = fields.get(problem.field());
      var line = errorLines.get(problem.field());
      if (field != null) {
        field.setErrorMessage(text);
        field.setInvalid(true);
      } else if (line != null) {
        line.setText(text);
        line.setVisible(true);
      } else {
        error(text);
      }
    }
  }

  /** An error line under a group of fields (a site's services, a product). */
  Span errorLine(String field) {
    var line = new Span();
    line.addClassName("field-error");
    line.setVisible(false);
    errorLines.put(field, line);
    return line;
  }

  LocalDate today() {
    return LocalDate.now(MOSCOW);
  }

  /** Submits the draft; on a refusal goes back to the step of the first problem. */
  void submit(Button button) {
    var problems = problemsOf(REVIEW);
    if (!problems.isEmpty()) {
      returnTo(problems);
      button.setEnabled(true);
      return;
    }
    try {
      var submitted = submission.submit(draft.toOrder());
      DraftStorage.clear(this, draft);
      customer.refresh();
      OrderFinish.show(this, submitted);
    } catch (OrderRefused refused) {
      returnTo(refused.problems());
      button.setEnabled(true);
    } catch (BusinessRuleViolation refused) {
      error(getTranslation(refused.messageKey(), refused.arguments()));
      button.setEnabled(true);
    }
  }

  private void returnTo(List<OrderProblem> problems) {
    String first = problems.getFirst().field();
    int step =
        first.startsWith("sites[")
                && (first.endsWith("city") || first.endsWith("street") || first.endsWith("house"))
            ? SITES
            : first.startsWith("sites")
                ? SERVICES
                : first.equals("desiredDate") || first.equals("comment")
                    ? SCHEDULE
                    : first.equals("consent") ? REVIEW : COMPANY;
    show(step);
    showProblems(problems);
  }

  void error(String text) {
    Notification.show(text, 8000, Notification.Position.TOP_CENTER)
        .addThemeVariants(NotificationVariant.LUMO_ERROR);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("wizard.heading");
  }
}
