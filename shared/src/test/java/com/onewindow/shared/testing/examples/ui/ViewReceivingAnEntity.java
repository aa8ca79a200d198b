package com.onewindow.shared.testing.examples.ui;

import com.onewindow.shared.company.Company;

/** A view as it must not be written: a method of it takes an entity. */
public class ViewReceivingAnEntity {

  String title(Company company) {
    return company.getLegalName();
  }
}
