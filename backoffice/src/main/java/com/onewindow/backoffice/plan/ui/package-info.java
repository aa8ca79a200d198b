/** My day, own targets and the head's live dashboard (C4, C5). */
@NullMarked
package com.onewindow.backoffice.plan.ui;

import org.jspecify.annotations.NullMarked;
