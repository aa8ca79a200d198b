package com.onewindow.portal.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.onewindow.portal.PortalApplication;
import com.onewindow.portal.testing.CustomerBrowsing;
import com.onewindow.shared.company.Inn;
import com.onewindow.shared.testing.BrowserHarness;
import com.onewindow.shared.testing.TestDatabase;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every portal page fits a phone's screen, 390 CSS pixels wide: nothing scrolls sideways, nothing
 * sticks out of the screen, and the header's actions are all on it.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@TestDatabase
class PhoneLayoutE2E {

  private static final int WIDTH = 390;
  private static final int HEIGHT = 844;

  /**
   * What is cut off for the user, through the components' shadow trees too: elements that stick out
   * of the screen on either side (except in the closed drawer, off the screen on purpose, and
   * inside an ancestor that clips them), and elements that clip their own text or children, as a
   * grid's cell does with an ellipsis or a select with a long choice. Elements of a pixel or less
   * are left out: they are hidden on purpose, for screen readers.
   */
  private static final String CUT_OFF =
      """
      () => {
        const width = document.documentElement.clientWidth;
        const out = [];
        const up = (el) => el.assignedSlot || el.parentElement
            || (el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null);
        const inDrawer = (el) => {
          for (let p = el; p; p = up(p)) if (p.getAttribute('slot') === 'drawer') return true;
          return false;
        };
        const clips = (el) => ['hidden', 'clip'].includes(getComputedStyle(el).overflowX);
        const clippedByAncestor = (el) => {
          for (let p = up(el); p; p = up(p)) {
            if (getComputedStyle(p).overflowX !== 'visible') {
              const r = p.getBoundingClientRect();
              if (r.left >= -1 && r.right <= width + 1) return true;
            }
          }
          return false;
        };
        const describe = (el, r, why) => el.tagName.toLowerCase()
            + (el.getAttribute('part') ? '[part=' + el.getAttribute('part') + ']' : '')
            + (el.className && typeof el.className === 'string' ? '.' + el.className : '')
            + ' [' + Math.round(r.left) + '..' + Math.round(r.right) + '] ' + why + ': '
            + (el.textContent || el.getAttribute('label') || '').trim().slice(0, 40);
        const visit = (root) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.shadowRoot) visit(el.shadowRoot);
            if (inDrawer(el)) continue;
            const r = el.getBoundingClientRect();
            if (r.width <= 1 || r.height <= 1) continue;
            if (getComputedStyle(el).visibility === 'hidden') continue;
            if ((r.right > width + 1 || r.left < -1) && !clippedByAncestor(el)) {
              out.push(describe(el, r, 'off the screen'));
            } else if (clips(el) && el.scrollWidth > el.clientWidth + 1) {
              out.push(describe(el, r, 'clipped'));
            }
          }
        };
        visit(document);
        return out;
      }
      """;

  private static BrowserHarness browser;

  @LocalServerPort int port;
  Page page;

  @BeforeAll
  static void launchBrowser() {
    browser = BrowserHarness.launch();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @BeforeEach
  void open() {
    page = browser.newPage("http://localhost:" + port, WIDTH, HEIGHT);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/", "/coverage", "/login", "/register", "/forgot-password"})
  void a_page_open_to_visitors_fits_a_phone(String path) {
    page.navigate(path);
    assertThat(page.locator("h1").first()).isVisible();
    assertFitsThePhone("phone" + (path.equals("/") ? "-catalog" : path.replace('/', '-')));
    assertThat(headerButton("Войти")).isVisible();
  }

  @Test
  void the_answer_of_an_address_check_fits_a_phone() {
    page.navigate("/coverage");
    page.getByLabel("Город").fill("Саратов");
    page.getByLabel("Улица").fill("Московская");
    page.getByLabel("Дом").fill("12к1");
    button("Проверить").click();
    assertThat(page.getByText("Адрес подключается")).isVisible();
    assertFitsThePhone("phone-coverage-answer");
  }

  @Test
  void every_step_of_the_connect_wizard_fits_a_phone() {
    page.navigate("/connect");
    assertThat(page.getByText("Шаг 1 из 5")).isVisible();
    page.getByLabel("Название организации").fill("ООО «Сеть Поволжье»");
    String inn =
        Inn.withCheckDigits("64" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999)))
            .value();
    page.getByLabel("ИНН", new Page.GetByLabelOptions().setExact(true)).fill(inn);
    page.getByLabel("КПП").fill(inn.substring(0, 4) + "01001");
    page.getByLabel("Имя и фамилия").fill("Светлана Орлова");
    page.getByLabel("Телефон").fill("+7 (917) 555-12-34");
    page.getByLabel("Электронная почта").fill("phone@chain.example");
    assertFitsThePhone("phone-wizard-1-company");
    button("Далее").click();

    assertThat(page.getByText("Шаг 2 из 5")).isVisible();
    page.getByLabel("Город").fill("Саратов");
    page.getByLabel("Улица").fill("ул. Московская");
    page.getByLabel("Дом").fill("12к1");
    page.getByLabel("Дом").press("Tab");
    assertThat(page.getByText("Адрес подключается").first()).isVisible();
    assertFitsThePhone("phone-wizard-2-sites");
    button("Далее").click();

    assertThat(page.getByText("Шаг 3 из 5")).isVisible();
    page.getByLabel("Отраслевой пакет").click();
    var options = page.locator("vaadin-select-item[role=option]:visible");
    options.filter(new Locator.FilterOptions().setHasText("Офис")).first().click();
    assertThat(options).hasCount(0);
    assertFitsThePhone("phone-wizard-3-services");
    button("Далее").click();

    assertThat(page.getByText("Шаг 4 из 5")).isVisible();
    assertFitsThePhone("phone-wizard-4-schedule");
    button("Далее").click();

    assertThat(page.getByText("Шаг 5 из 5")).isVisible();
    assertFitsThePhone("phone-wizard-5-review");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/my-requests", "/my-company", "/my-company/users"})
  void a_page_of_a_signed_in_customer_fits_a_phone(String path) {
    CustomerBrowsing.signInAsOlga(page);
    page.navigate(path);
    assertThat(page.locator("h1").first()).isVisible();
    assertThat(page.locator("vaadin-grid-cell-content").first()).isAttached();
    assertFitsThePhone("phone" + path.replace('/', '-'));
    assertThat(headerButton("Выйти")).isVisible();
  }

  @Test
  void the_page_of_a_request_fits_a_phone() {
    CustomerBrowsing.signInAsOlga(page);
    CustomerBrowsing.openNewestRequest(page);
    assertFitsThePhone("phone-request");
  }

  @Test
  void the_menu_of_a_phone_offers_registration() {
    page.navigate("/coverage");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Меню")).click();
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Регистрация")))
        .isVisible();
    BrowserHarness.screenshot(page, "phone-menu");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Регистрация")).click();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Регистрация")))
        .isVisible();
    BrowserHarness.screenshot(page, "phone-register-from-menu");
  }

  private void assertFitsThePhone(String screenshot) {
    BrowserHarness.screenshot(page, screenshot);
    assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
        .as("width of the page %s", page.url())
        .isLessThanOrEqualTo(WIDTH);
    @SuppressWarnings("unchecked")
    var out = (List<String>) page.evaluate(CUT_OFF);
    assertThat(out).as("elements cut off on a %d px screen on %s", WIDTH, page.url()).isEmpty();
    var header =
        page.locator("vaadin-app-layout [slot=navbar] vaadin-button:visible, vaadin-drawer-toggle");
    assertThat(header.count()).isPositive();
    for (int i = 0; i < header.count(); i++) {
      var box = header.nth(i).boundingBox();
      assertThat(box.x).as("left of %s", header.nth(i).textContent()).isGreaterThanOrEqualTo(0);
      assertThat(box.x + box.width)
          .as("right of «%s» on %s", header.nth(i).textContent().strip(), page.url())
          .isLessThanOrEqualTo(WIDTH);
    }
  }

  private Locator headerButton(String name) {
    return page.locator("vaadin-app-layout [slot=navbar]")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  private Locator button(String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }
}
