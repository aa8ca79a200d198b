package com.onewindow.shared.testing.examples.ui;

import com.onewindow.shared.catalog.Product;
import java.util.List;

/** A view as it must not be written, for the architecture rules' own test. */
public class ViewHoldingAnEntity {

  List<Product> products = List.of();
}
