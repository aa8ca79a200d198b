/** Who is calling: the authenticated staff member or customer, for scoping queries. */
@NullMarked
package com.onewindow.shared.security;

import org.jspecify.annotations.NullMarked;
