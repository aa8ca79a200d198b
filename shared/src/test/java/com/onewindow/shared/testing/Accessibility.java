package com.onewindow.shared.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An automated WCAG 2.1 AA check of the page as it stands (Deque's axe-core), for the browser tests
 * of both apps. It finds what a machine can find (contrast, names, keyboard reach of scrolling
 * regions), not everything a person with a screen reader would notice.
 */
public final class Accessibility {

  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final Set<String> BLOCKING = Set.of("serious", "critical");

  private Accessibility() {}

  /** Fails listing rule, impact and elements of every serious or critical violation on the page. */
  public static void assertNoSeriousViolations(Page page) {
    var results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
    assertThat(results.isErrored()).as("axe-core ran: %s", results.getErrorMessage()).isFalse();
    var blocking =
        results.getViolations().stream().filter(r -> BLOCKING.contains(r.getImpact())).toList();
    assertThat(describe(blocking))
        .as("serious or critical WCAG 2.1 AA violations on %s", page.url())
        .isEmpty();
  }

  private static String describe(List<Rule> rules) {
    return rules.stream()
        .map(
            r ->
                "- %s (%s): %s%n%s"
                    .formatted(
                        r.getId(),
                        r.getImpact(),
                        r.getHelp(),
                        r.getNodes().stream()
                            .map(Accessibility::describe)
                            .collect(Collectors.joining(System.lineSeparator()))))
        .collect(Collectors.joining(System.lineSeparator()));
  }

  private static String describe(CheckedNode node) {
    return "    %s — %s"
        .formatted(node.getTarget(), String.valueOf(node.getFailureSummary()).replace('\n', ' '));
  }
}
