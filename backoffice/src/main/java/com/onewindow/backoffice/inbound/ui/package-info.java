/** The inbound desk of the central number (C3). */
@NullMarked
package com.onewindow.backoffice.inbound.ui;

import org.jspecify.annotations.NullMarked;
