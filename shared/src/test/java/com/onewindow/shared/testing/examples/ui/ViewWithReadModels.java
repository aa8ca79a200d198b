package com.onewindow.shared.testing.examples.ui;

import com.onewindow.shared.catalog.CatalogProduct;
import com.onewindow.shared.company.Company;
import java.util.List;

/** A view as it should be written: read models, and an entity's length constant. */
public class ViewWithReadModels {

  List<CatalogProduct> products = List.of();
  int nameMax = Company.LEGAL_NAME_MAX;
}
