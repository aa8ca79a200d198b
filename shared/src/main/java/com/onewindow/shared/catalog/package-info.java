/** Catalog: products with prices and options, industry bundles and their rules (P1). */
@NullMarked
package com.onewindow.shared.catalog;

import org.jspecify.annotations.NullMarked;
