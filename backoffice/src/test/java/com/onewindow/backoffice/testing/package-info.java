/** Test harness of the backoffice: the portal in its own process, for tests across both apps. */
@NullMarked
package com.onewindow.backoffice.testing;

import org.jspecify.annotations.NullMarked;
