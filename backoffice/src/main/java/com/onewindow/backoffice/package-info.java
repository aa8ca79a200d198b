/** The staff backoffice. Each feature package has a {@code ui} package with its views. */
@NullMarked
package com.onewindow.backoffice;

import org.jspecify.annotations.NullMarked;
