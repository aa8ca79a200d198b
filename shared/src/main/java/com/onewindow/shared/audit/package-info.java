/** The audit trail (X5): every staff action that changes data, with who, when and what changed. */
@NullMarked
package com.onewindow.shared.audit;

import org.jspecify.annotations.NullMarked;
