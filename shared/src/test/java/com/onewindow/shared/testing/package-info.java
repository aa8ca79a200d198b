/** Test harness shared by the integration and browser tests of all three modules. */
@NullMarked
package com.onewindow.shared.testing;

import org.jspecify.annotations.NullMarked;
