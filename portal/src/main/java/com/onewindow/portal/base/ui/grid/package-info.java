/**
 * Grid helpers every view may use; they depend on no view, so no layout cycle runs through them.
 */
@NullMarked
package com.onewindow.portal.base.ui.grid;

import org.jspecify.annotations.NullMarked;
