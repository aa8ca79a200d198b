/** Companies (unique by INN), their sites and contacts (C1). */
@NullMarked
package com.onewindow.shared.company;

import org.jspecify.annotations.NullMarked;
