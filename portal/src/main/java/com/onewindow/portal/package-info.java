/** The customer portal. Each feature package has a {@code ui} package with its views. */
@NullMarked
package com.onewindow.portal;

import org.jspecify.annotations.NullMarked;
