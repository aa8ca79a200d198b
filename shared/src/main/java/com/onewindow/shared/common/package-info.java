/** Small value types used across features. */
@NullMarked
package com.onewindow.shared.common;

import org.jspecify.annotations.NullMarked;
