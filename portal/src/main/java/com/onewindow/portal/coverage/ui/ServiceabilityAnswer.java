package com.onewindow.portal.coverage.ui;

import com.onewindow.shared.coverage.CoverageStatus;
import com.onewindow.shared.coverage.Serviceability;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The answer of the serviceability check, in a few plain words; shown on its page and per site. */
public class ServiceabilityAnswer extends Div {

  public ServiceabilityAnswer() {
    addClassName("coverage-answer");
    setVisible(false);
  }

  public void show(Serviceability answer) {
    removeAll();
    removeClassNames("covered", "survey", "not-covered");
    if (!answer.isValid() || answer.status() == null) {
      setVisible(false);
      return;
    }
    setVisible(true);
    CoverageStatus status = answer.status();
    addClassName(
        switch (status) {
          case COVERED -> "covered";
          case SURVEY_NEEDED -> "survey";
          case NOT_COVERED -> "not-covered";
        });
    var headline = new Span(getTranslation("coverage.answer." + status));
    headline.addClassName("headline");
    add(headline);
    if (answer.technology() != null) {
      add(
          new Span(
              getTranslation(
                  "coverage.answer.technology",
                  getTranslation("technology." + answer.technology()),
                  answer.bestSpeedMbps())));
    }
    if (answer.branchName() != null) {
      add(new Span(getTranslation("coverage.answer.branch", answer.branchName().in(getLocale()))));
    }
    if (status == CoverageStatus.NOT_COVERED) {
      add(new Span(getTranslation("coverage.answer.weWillCheck")));
    }
  }
}
