/** The services a client company has running at its sites (B5), made by activating requests. */
@NullMarked
package com.onewindow.shared.inventory;

import org.jspecify.annotations.NullMarked;
