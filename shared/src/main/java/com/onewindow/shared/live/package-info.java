/**
 * Live updates that cross processes (X2): changes are written to a feed table in their own
 * transaction, and every app instance polls it and republishes them as in-process events.
 */
@NullMarked
package com.onewindow.shared.live;

import org.jspecify.annotations.NullMarked;
