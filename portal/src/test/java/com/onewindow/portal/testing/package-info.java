/** Test harness of the portal: a browser signed in as a demo customer. */
@NullMarked
package com.onewindow.portal.testing;

import org.jspecify.annotations.NullMarked;
