/** Mail through a transactional outbox, dispatched once across instances (X3, P8). */
@NullMarked
package com.onewindow.shared.notification;

import org.jspecify.annotations.NullMarked;
