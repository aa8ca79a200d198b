package com.onewindow.backoffice.inbound.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.onewindow.backoffice.BackofficeApplication;
import com.onewindow.shared.testing.BrowserHarness;
import com.onewindow.shared.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The source article's story (R4, R6): a caller from Saratov, whose company a Saratov service
 * manager has served for three years, calls the central number. The inbound agent in Perm finds the
 * company by INN, sees its owner and the rule, and hands the call over; the owner sees the task.
 */
@SpringBootTest(classes = BackofficeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@TestDatabase
class InboundHandoverE2E {

  private static final String BAKERY = "ООО «Саратовский хлебозавод»";
  private static final String CALLER = "+7 (8452) 55-12-34";

  private static BrowserHarness browser;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  static void launchBrowser() {
    browser = BrowserHarness.launch();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @Test
  void
      the_agent_finds_the_saratov_client_by_inn_sees_its_service_manager_and_hands_the_call_over() {
    String inn =
        jdbc.queryForObject("select inn from company where legal_name = ?", String.class, BAKERY);
    Page agent = signIn("inbound.perm");
    agent.navigate("/inbound");

    agent.getByLabel("Номер звонящего").fill(CALLER);
    agent
        .getByLabel("Причина звонка")
        .fill("Потеряли визитку менеджера, просят интернет 500 Мбит/с");
    button(agent, "Записать звонок").click();
    assertThat(agent.getByText("Звонок с " + CALLER + " записан")).isVisible();

    agent.getByLabel("Найти клиента").fill(inn);
    agent.locator("vaadin-grid-cell-content").getByText(BAKERY).click();

    var owner =
        agent.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Владелец клиента"));
    assertThat(owner).containsText("Киселёва Елена Викторовна");
    assertThat(owner).containsText("Сервисные продажи");
    assertThat(owner).containsText("Саратов");
    assertThat(owner).containsText("подключает его сервисный менеджер (регламент R4)");
    assertThat(agent.getByText("У клиента сейчас")).containsText("(Саратовский филиал)");
    owner.scrollIntoViewIfNeeded();
    BrowserHarness.screenshot(agent, "inbound-desk-owner-and-rule");

    agent
        .getByLabel("Что передать владельцу")
        .fill("Перезвонить: клиент хочет 500 Мбит/с на производстве");
    button(agent, "Передать владельцу").click();
    assertThat(
            agent
                .getByText("Звонок передан: Киселёва Елена Викторовна перезвонит клиенту.")
                .first())
        .isVisible();
    BrowserHarness.screenshot(agent, "inbound-desk-handed-over");
    agent.getByText("Открыть карточку клиента").click();
    assertThat(agent.getByText("Передан в сервис после 3 месяцев")).isVisible();
    BrowserHarness.screenshot(agent, "client-card-with-owner-history");

    Page owner2 = signIn("service.saratov");
    owner2.navigate("/tasks");
    var row = owner2.locator("vaadin-grid-cell-content").getByText(CALLER);
    assertThat(row).isVisible();
    assertThat(owner2.locator("vaadin-grid-cell-content").getByText(BAKERY).first()).isVisible();
    assertThat(
            owner2.locator("vaadin-grid-cell-content").getByText("Лебедева Юлия Андреевна").first())
        .isVisible();
    BrowserHarness.screenshot(owner2, "owner-sees-the-callback-task");
  }

  private Page signIn(String username) {
    Page page = browser.newPage("http://localhost:" + port);
    page.navigate("/login");
    page.getByLabel("Имя пользователя").fill(username);
    page.getByLabel("Пароль", new Page.GetByLabelOptions().setExact(true)).fill("demo12345");
    button(page, "Войти").click();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Заявки")))
        .isVisible();
    return page;
  }

  private static com.microsoft.playwright.Locator button(Page page, String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }
}
