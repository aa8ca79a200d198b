/** The connection request aggregate, its lines, lifecycle and timeline (P3, B1-B4). */
@NullMarked
package com.onewindow.shared.request;

import org.jspecify.annotations.NullMarked;
