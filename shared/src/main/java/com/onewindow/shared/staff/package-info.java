/** Staff users: units, branches and roles. */
@NullMarked
package com.onewindow.shared.staff;

import org.jspecify.annotations.NullMarked;
