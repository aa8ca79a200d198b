/** Demo data for the embedded default only (X1). */
@NullMarked
package com.onewindow.shared.demo;

import org.jspecify.annotations.NullMarked;
