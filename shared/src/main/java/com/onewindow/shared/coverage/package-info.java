/** Branches, their time zones and the coverage of addresses (P2). */
@NullMarked
package com.onewindow.shared.coverage;

import org.jspecify.annotations.NullMarked;
